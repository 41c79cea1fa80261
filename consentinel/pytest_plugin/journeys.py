"""YAML journeys as pytest items, run through the engine in one session-wide browser.

``pytest flows/`` collects every ``*.yaml``/``*.yml`` file directly inside a folder named on the
command line (or in ``testpaths``), or named itself, that is a journey (a mapping with
``version`` and ``steps``; other YAML is left alone) as one test item named after the journey,
in the manner of pytest's ``doc/en/example/nonpython``. Items carry the ``browser`` marker
(they launch Chromium), so ``-m "not browser"`` leaves them out.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml

from consentinel import engine
from consentinel.pytest_plugin.messages import journey_failure_text, journey_summary_text
from consentinel.pytest_plugin.state import MARKER_CHECKS, ConsentState, state_of

if TYPE_CHECKING:
    from consentinel.journeys import Journey

JOURNEY_SUFFIXES = (".yaml", ".yml")
BROWSER_MARKER = "browser"
# Journeys look like this at their top: enough to tell them from other YAML without parsing
# a whole (possibly broken) file. A broken file with both keys is still collected, so its
# syntax error is reported instead of the file being silently skipped.
_JOURNEY_KEY = re.compile(r"^(version|steps)\s*:", re.MULTILINE)
_ROOTS_KEY = pytest.StashKey[tuple[set[Path], set[Path]]]()


class JourneyWorker:
    """Runs journeys in one long-lived thread that owns Playwright and the browser.

    Playwright's sync API binds to the thread that started it, and a second sync Playwright in
    the main thread (pytest-playwright's) would refuse to start; a dedicated thread keeps one
    browser (one engine session) for all YAML items without touching the main thread's loop.
    """

    def __init__(self, state: ConsentState) -> None:
        self.state = state
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="consentinel-browser")
        self._session_stack = contextlib.ExitStack()
        self._session: Any = None

    def run(self, plan: engine.Plan) -> tuple[engine.Outcome, dict[int, bytes]]:
        """Run the plan's journeys; returns the outcome and annotated screenshots per step index."""
        return self._executor.submit(self._run, plan).result()

    def _run(self, plan: engine.Plan) -> tuple[engine.Outcome, dict[int, bytes]]:
        if self._session is None:
            self._session = self._session_stack.enter_context(engine.open_session(plan))
        outcome = engine.run(plan, session=self._session)
        annotated: dict[int, bytes] = {}
        for journey in outcome.run.journeys:
            annotated.update(self.state.recorder.annotate(self._session.browser, plan.out_dir, journey))
        return outcome, annotated

    def close(self) -> None:
        def stop() -> None:
            self._session_stack.close()
            self._session = None

        with contextlib.suppress(Exception):
            self._executor.submit(stop).result(timeout=60)
        self._executor.shutdown(wait=False)


def _looks_like_journey(path: Path) -> bool:
    """A mapping with ``version`` and ``steps`` (cheap text test, then a YAML parse)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    keys = {m.group(1) for m in _JOURNEY_KEY.finditer(text)}
    if keys != {"version", "steps"}:
        return False
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return True  # has both keys but does not parse: report its error rather than skip it
    return isinstance(data, dict) and "version" in data and "steps" in data


def _journey_roots(config: pytest.Config) -> tuple[set[Path], set[Path]]:
    """(folders, files) given on the command line or in ``testpaths``, resolved once per session.

    Journeys are collected from these folders *directly* (not their subfolders), like
    ``consentinel run flows/``: a test suite's own fixture data (``tests/data/*.yaml``, often
    deliberately invalid journeys) is never mistaken for journeys to run.
    """
    cached = config.stash.get(_ROOTS_KEY, None)
    if cached is not None:
        return cached
    base = config.invocation_params.dir
    folders: set[Path] = set()
    files: set[Path] = set()
    for arg in config.args:
        raw = str(arg).split("::", 1)[0]
        if not raw or raw.startswith("-"):
            continue
        path = (base / raw).resolve()
        if path.is_dir():
            folders.add(path)
        elif path.is_file():
            files.add(path)
    config.stash[_ROOTS_KEY] = (folders, files)
    return folders, files


def collect_journey_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """``pytest_collect_file``: a JourneyFile for journey YAML among the collected paths."""
    if file_path.suffix.lower() not in JOURNEY_SUFFIXES:
        return None
    config = parent.config
    if not config.getini("consent_collect_journeys"):
        return None
    folders, files = _journey_roots(config)
    resolved = file_path.resolve()
    if resolved not in files and resolved.parent not in folders:
        return None
    if not _looks_like_journey(file_path):
        return None
    return JourneyFile.from_parent(parent, path=file_path)


class JourneyFile(pytest.File):
    """A journey YAML file: validated up front (every problem as ``file:line:``), one item."""

    def collect(self) -> Iterator[pytest.Item]:
        from consentinel.journeys import load_journey_text

        state = state_of(self.config)
        text = self.path.read_text(encoding="utf-8")
        try:
            display = self.path.relative_to(self.config.rootpath)
        except ValueError:
            display = self.path
        journey, errors = load_journey_text(text, display, require_base_url=state.base_url() is None,
                                            allow_env=self.config.getoption("consent_allow_env") or (),
                                            allow_file_urls=bool(self.config.getoption("consent_allow_file_urls")))
        if errors or journey is None:
            # The loader speaks CLI; in pytest the origin comes from the plugin's options.
            errors = [e.replace("--base-url", "--consent-base-url / --consent-serve")
                      .replace("--allow-env", "--consent-allow-env")
                      .replace("--allow-file-urls", "--consent-allow-file-urls") for e in errors]
            raise self.CollectError("invalid journey:\n" + "\n".join(errors))
        yield JourneyItem.from_parent(self, name=journey.name, journey=journey)


class JourneyFailed(AssertionError):
    """A journey item failed; the message is the readable list of failed steps."""


class JourneyItem(pytest.Item):
    """One journey run as a test: steps become sub-steps in the report, allure and the message."""

    def __init__(self, *, journey: Journey, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.journey = journey
        self.outcome: engine.Outcome | None = None
        self.add_marker(BROWSER_MARKER)  # it launches Chromium: `-m "not browser"` deselects it

    def runtest(self) -> None:
        state = state_of(self.config)
        marker = self.get_closest_marker(MARKER_CHECKS)
        overrides: dict[str, Any] = {"journeys": (self.journey,)}
        if marker and marker.args:
            overrides["checks"] = list(marker.args)
        plan = state.plan(**overrides)
        setup_problem = ""
        try:
            outcome, annotated = state.journey_worker().run(plan)
        except engine.SetupError as exc:  # a setup problem: one clear line, no traceback
            setup_problem = f"consentinel: {exc}"
        if setup_problem:
            pytest.fail(setup_problem, pytrace=False)
        if outcome.interrupted:
            raise KeyboardInterrupt
        self.outcome = outcome
        state.run.journeys.extend(outcome.run.journeys)
        state.run.browser = state.run.browser or outcome.run.browser
        verdict = outcome.verdict.journeys[0]
        state.recorder.journey(self, verdict, plan.out_dir, annotated)
        self.add_report_section("call", "consentinel", journey_summary_text(verdict))
        if not verdict.passed:
            raise JourneyFailed(journey_failure_text(verdict, plan.fail_on))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, JourneyFailed):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        first_line = min((s.line for s in self.journey.steps if s.line), default=1)
        return self.path, first_line - 1, f"journey: {self.name}"


__all__ = ["JourneyFailed", "JourneyFile", "JourneyItem", "JourneyWorker", "collect_journey_file"]
