"""Consentinel's pytest plugin (registered through the ``pytest11`` entry point).

Two ways into a pytest suite, both reporting through pytest itself (so ``-k``, ``--junitxml``,
allure and CI integrations work unchanged):

* **YAML journeys as tests.** ``pytest flows/`` collects every ``*.yaml``/``*.yml`` file directly
  inside a folder named on the command line (or in ``testpaths``), or named itself, that is a
  journey (a mapping with ``version`` and ``steps``; other YAML is left alone) as one test item
  named after the journey. The runner executes it in one session-wide browser; each step is a
  sub-step in the failure message, the ``consentinel`` report section and allure. An item fails
  when an audit finds violations at or above ``--consent-fail-on`` (only *new* ones with
  ``--consent-baseline``), an ``expect:`` does not hold, or a step errors. An audit whose
  ``expect:`` (on the audit or the ``expect`` step after it) names the findings is judged by
  that expectation alone: the journey author has said which findings are intended.
  Invalid journeys are collection errors listing ``file:line: what is wrong``.
* **The ``consent_audit`` fixture** for Python Playwright tests (pytest-playwright's ``page`` or a
  page the test made)::

      def test_signup(page, consent_audit):
          page.goto("https://staging.example.com/signup")
          consent_audit(page).assert_clean(fail_on="serious")

      @pytest.mark.consent_checks("preselected-consent", "hidden-consent")
      def test_bill(page, consent_audit):
          ...

Relative ``goto`` paths in journeys need an origin: ``--consent-base-url URL``, or
``--consent-serve DIR`` to serve a static folder on 127.0.0.1 for the session (a project's
``conftest.py`` can set either in ``pytest_configure``). The ``consentinel_base_url`` fixture
gives Python tests the same origin.

Browsers: the YAML items' browser lives in one dedicated thread for the whole session, so it
never collides with pytest-playwright's sync API in the main thread.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from consentinel import allure_support
from consentinel.baseline import Baseline, BaselineDiff, BaselineError, diff_findings, run_findings
from consentinel.checks.base import IMPACTS, Finding, impact_rank
from consentinel.reports.junit import asserted_audits, finding_line, step_title
from consentinel.results import JourneyResult, RunResult, StepResult

JOURNEY_SUFFIXES = (".yaml", ".yml")
DEFAULT_FAIL_ON = "minor"
MARKER_CHECKS = "consent_checks"
# Journeys look like this at their top: enough to tell them from other YAML without parsing
# a whole (possibly broken) file. A broken file with both keys is still collected, so its
# syntax error is reported instead of the file being silently skipped.
_JOURNEY_KEY = re.compile(r"^(version|steps)\s*:", re.MULTILINE)
_STATE_KEY = pytest.StashKey["ConsentState"]()
_ROOTS_KEY = pytest.StashKey[tuple[set[Path], set[Path]]]()


# ---------------------------------------------------------------------------------------------
# Options
# ---------------------------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("consentinel", "Consentinel consent dark-pattern checks")
    group.addoption(
        "--consent-fail-on",
        choices=IMPACTS,
        default=None,
        help=f"lowest impact that fails a test (default: {DEFAULT_FAIL_ON})",
    )
    group.addoption(
        "--consent-report",
        metavar="DIR",
        default=None,
        help="write report.json and report.html (with screenshots) for the session to DIR",
    )
    group.addoption(
        "--consent-sarif",
        metavar="FILE",
        default=None,
        help="write the session's findings as SARIF 2.1.0 (GitHub code scanning)",
    )
    group.addoption(
        "--consent-baseline",
        metavar="FILE",
        default=None,
        help="accepted findings: only findings not in this baseline fail tests",
    )
    group.addoption(
        "--consent-write-baseline",
        metavar="FILE",
        default=None,
        help="record the session's findings as a new baseline file",
    )
    group.addoption(
        "--consent-base-url",
        metavar="URL",
        default=None,
        help="origin for relative journey paths (overrides a journey's base_url)",
    )
    group.addoption(
        "--consent-serve",
        metavar="DIR",
        default=None,
        help="serve DIR on 127.0.0.1 for the session and use it as the base URL",
    )
    group.addoption(
        "--consent-allow-env",
        metavar="NAME",
        action="append",
        default=[],
        help="let journeys read ${NAME} (repeatable); without it only CONSENTINEL_* variables are read",
    )
    group.addoption(
        "--consent-allow-file-urls",
        action="store_true",
        default=False,
        help="allow file: URLs in journeys (they read this machine's files; refused by default)",
    )
    group.addoption("--consent-device", default=None, help="device to emulate, e.g. 'iPhone 13' (YAML items)")
    group.addoption("--consent-locale", default=None, help="browser locale, e.g. zh-CN (YAML items)")
    group.addoption("--consent-timezone", default=None, help="time zone, e.g. Asia/Shanghai (YAML items)")
    group.addoption(
        "--consent-headed", action="store_true", default=False, help="show the browser window (YAML items)"
    )
    group.addoption(
        "--consent-browser",
        metavar="PATH",
        default=None,
        help="Chromium/Chrome executable to use (else found automatically)",
    )
    group.addoption(
        "--consent-checks",
        metavar="IDS",
        default=None,
        help="comma-separated check ids for audits that do not name their own",
    )
    group.addoption(
        "--consent-axe",
        action="store_true",
        default=False,
        help="run axe-core beside the checks as a cross-check (slower)",
    )
    parser.addini(
        "consent_collect_journeys",
        type="bool",
        default=True,
        help="collect YAML journeys as test items (default: true)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER_CHECKS}(*ids): consent check ids the consent_audit fixture (or a YAML item) runs",
    )
    config.stash[_STATE_KEY] = ConsentState(config)


def pytest_unconfigure(config: pytest.Config) -> None:
    state = config.stash.get(_STATE_KEY, None)
    if state is not None:
        state.close()


def _state(config: pytest.Config) -> ConsentState:
    return config.stash[_STATE_KEY]


# ---------------------------------------------------------------------------------------------
# Session state: options, base URL, browser worker, the session's RunResult
# ---------------------------------------------------------------------------------------------


class ConsentState:
    """Everything the plugin keeps for one pytest session; created in ``pytest_configure``."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        option = config.getoption
        self.fail_on: str = option("consent_fail_on") or DEFAULT_FAIL_ON
        report = option("consent_report")
        self.report_dir: Path | None = Path(report) if report else None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self.baseline: Baseline | None = None
        self.baseline_error: str | None = None
        baseline_path = option("consent_baseline")
        if baseline_path:
            try:
                self.baseline = Baseline.load(Path(baseline_path))
            except BaselineError as exc:
                raise pytest.UsageError(str(exc)) from None
        device = option("consent_device")
        if device:
            from consentinel.journeys import known_devices

            canonical = {d.lower(): d for d in known_devices()}.get(device.strip().lower())
            if canonical is None:
                raise pytest.UsageError(
                    f"--consent-device: unknown device {device!r}; see `consentinel devices`"
                )
            config.option.consent_device = canonical
        checks = option("consent_checks")
        self.checks: list[str] | None = (
            [c.strip() for c in checks.split(",") if c.strip()] if checks else None
        )
        self._run: RunResult | None = None
        self.final_diff: BaselineDiff | None = None
        self.outputs: list[str] = []
        self._browser_env: tuple[str, str | None] | None = None
        browser = option("consent_browser")
        if browser:
            from consentinel.gather.browser import ENV_BROWSER

            # The runner and consentinel_launch_args find their browser through this variable.
            self._browser_env = (ENV_BROWSER, os.environ.get(ENV_BROWSER))
            os.environ[ENV_BROWSER] = str(browser)
        self._server: contextlib.ExitStack | None = None
        self._base_url: str | None = None
        self._base_url_lock = threading.Lock()
        self.worker: JourneyWorker | None = None

    @property
    def run(self) -> RunResult:
        """The session's RunResult (created on first use: plain pytest runs never import Playwright)."""
        if self._run is None:
            self._run = _new_run()
        return self._run

    @property
    def has_results(self) -> bool:
        return self._run is not None and bool(self._run.journeys)

    @property
    def out_dir(self) -> Path:
        """Where screenshots and snapshots go: the report folder, else a session temp folder."""
        if self.report_dir is not None:
            self.report_dir.mkdir(parents=True, exist_ok=True)
            return self.report_dir
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="consentinel-pytest-")
        return Path(self._tmp.name)

    def base_url(self) -> str | None:
        """``--consent-base-url``, else the ``--consent-serve`` folder's loopback URL (started once)."""
        explicit = self.config.getoption("consent_base_url")
        if explicit:
            return str(explicit).rstrip("/")
        folder = self.config.getoption("consent_serve")
        if not folder:
            return None
        with self._base_url_lock:
            if self._base_url is None:
                from consentinel.server import serve_directory

                path = Path(folder)
                if not path.is_dir():
                    raise pytest.UsageError(f"--consent-serve {folder}: no such folder")
                self._server = contextlib.ExitStack()
                self._base_url = self._server.enter_context(serve_directory(path))
        return self._base_url

    def diff(self, findings: Sequence[Finding]) -> BaselineDiff | None:
        return diff_findings(findings, self.baseline) if self.baseline is not None else None

    def journey_worker(self) -> JourneyWorker:
        if self.worker is None:
            self.worker = JourneyWorker(self)
        return self.worker

    def close(self) -> None:
        if self.worker is not None:
            self.worker.close()
            self.worker = None
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
        if self._browser_env is not None:
            name, previous = self._browser_env
            if previous is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = previous
            self._browser_env = None


def _new_run() -> RunResult:
    from consentinel.gather.runner import RunOptions, new_run

    return new_run("pytest", RunOptions(out_dir=Path(".")))


class JourneyWorker:
    """Runs journeys in one long-lived thread that owns Playwright and the browser.

    Playwright's sync API binds to the thread that started it, and a second sync Playwright in
    the main thread (pytest-playwright's) would refuse to start; a dedicated thread keeps one
    browser for all YAML items without touching the main thread's event loop.
    """

    def __init__(self, state: ConsentState) -> None:
        self.state = state
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="consentinel-browser")
        self._session: Any = None

    def _options(self, checks: list[str] | None) -> Any:
        from consentinel.gather.runner import RunOptions

        opt = self.state.config.getoption
        return RunOptions(
            out_dir=self.state.out_dir,
            base_url=self.state.base_url(),
            device=opt("consent_device"),
            locale=opt("consent_locale"),
            timezone=opt("consent_timezone"),
            checks=checks,
            headless=not opt("consent_headed"),
            axe_cross_check=bool(opt("consent_axe")),
            run_id=self.state.run.run_id,
        )

    def _ensure_session(self) -> Any:
        if self._session is None:
            from consentinel.gather.runner import Session

            session = Session(self._options(self.state.checks))
            session.__enter__()
            self._session = session
            self.state.run.browser = session.browser_line
        return self._session

    def run(
        self, journey: Any, checks: list[str] | None, annotate: bool
    ) -> tuple[JourneyResult, dict[int, bytes]]:
        """Run ``journey``; returns its result and annotated screenshots per step index."""
        return self._executor.submit(self._run, journey, checks, annotate).result()

    def _run(
        self, journey: Any, checks: list[str] | None, annotate: bool
    ) -> tuple[JourneyResult, dict[int, bytes]]:
        session = self._ensure_session()
        session.options = self._options(checks if checks is not None else self.state.checks)
        result = session.run_journey(journey)
        annotated: dict[int, bytes] = {}
        if annotate:
            for step in result.steps:
                png = _read_artifact(self.state.out_dir, step.screenshot)
                if png and step.findings:
                    drawn = allure_support.render_annotated_png(
                        session.browser, png, step.screenshot_box, step.findings
                    )
                    if drawn:
                        annotated[step.index] = drawn
        return result, annotated

    def close(self) -> None:
        def stop() -> None:
            if self._session is not None:
                self._session.__exit__(None, None, None)
                self._session = None

        with contextlib.suppress(Exception):
            self._executor.submit(stop).result(timeout=60)
        self._executor.shutdown(wait=False)


def _read_artifact(out_dir: Path, relative: str | None) -> bytes | None:
    if not relative:
        return None
    try:
        return (out_dir / relative).read_bytes()
    except OSError:
        return None


def _html_excerpts(out_dir: Path, step: StepResult) -> dict[str, str]:
    raw = _read_artifact(out_dir, step.snapshot)
    if not raw:
        return {}
    from consentinel.facts.snapshot import Snapshot

    try:
        snapshot = Snapshot.from_dict(json.loads(raw))
    except (ValueError, TypeError):
        return {}
    return allure_support.html_of(snapshot, step.findings)


# ---------------------------------------------------------------------------------------------
# Judging a journey: which steps fail, and the readable message
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class StepVerdict:
    """One step's outcome for the test report."""

    step: StepResult
    failing: list[Finding] = field(default_factory=list)
    known: list[Finding] = field(default_factory=list)  # in the baseline: reported, not failing
    problem: str = ""  # expectation or error text

    @property
    def failed(self) -> bool:
        return bool(self.failing or self.problem)


def judge_journey(result: JourneyResult, fail_on: str, diff: BaselineDiff | None) -> list[StepVerdict]:
    """Per-step verdicts: errors, failed expectations, and violations at/above ``fail_on``.

    Audits covered by an expectation (their own ``expect:`` or an ``expect`` step after them)
    are judged by that expectation only. With a baseline, known findings never fail.
    """
    covered = asserted_audits(result)
    threshold = impact_rank(fail_on)
    verdicts = []
    for step in result.steps:
        verdict = StepVerdict(step)
        if step.error:
            verdict.problem = f"error: {step.error}"
        elif step.expectation_failed:
            detail = step.extra.get("expectation_detail", "")
            verdict.problem = f"expected {step.expectation}" + (f" ({detail})" if detail else "")
        if step.index not in covered:
            for finding in step.findings:
                if finding.outcome != "violation" or impact_rank(finding.impact) < threshold:
                    continue
                if diff is not None and not diff.is_new(finding):
                    verdict.known.append(finding)
                else:
                    verdict.failing.append(finding)
        verdicts.append(verdict)
    return verdicts


def _clean(text: str, limit: int = 300) -> str:
    from consentinel.redact import terminal_safe

    flat = terminal_safe(text, single_line=True)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def format_findings(findings: Sequence[Finding], indent: str = "  ") -> list[str]:
    """One line per finding: check id, impact, text excerpt, selector (and page)."""
    return [indent + finding_line(f) for f in findings]


def journey_failure_text(result: JourneyResult, verdicts: Sequence[StepVerdict], fail_on: str) -> str:
    """The failure message of a journey item: every failed step with its findings."""
    lines = [f"journey {_clean(result.name)!r} ({result.source}) failed (fail-on: {fail_on}):"]
    if result.error:
        lines.append(f"  error: {_clean(result.error, 600)}")
    for verdict in verdicts:
        if not verdict.failed:
            continue
        where = f" (line {verdict.step.line})" if verdict.step.line else ""
        lines.append(f"  {step_title(verdict.step)}{where}:")
        if verdict.problem:
            lines.append(f"    {_clean(verdict.problem, 600)}")
        if verdict.failing:
            lines.append(f"    {len(verdict.failing)} finding(s) at or above {fail_on}:")
            lines.extend(format_findings(verdict.failing, indent="      "))
    return "\n".join(lines)


def journey_summary_text(result: JourneyResult, verdicts: Sequence[StepVerdict]) -> str:
    """Every step with its status: the ``consentinel`` report section of an item."""
    lines = []
    for verdict in verdicts:
        step = verdict.step
        status = "SKIPPED" if getattr(step, "skipped", False) else "FAILED" if verdict.failed else "ok"
        detail = ""
        if step.findings:
            violations = [f for f in step.findings if f.outcome == "violation"]
            reviews = len(step.findings) - len(violations)
            detail = f" - {len(violations)} violation(s)" + (f", {reviews} to review" if reviews else "")
            if verdict.known:
                detail += f", {len(verdict.known)} known (baseline)"
        if step.expectation and not step.expectation_failed:
            detail += f" - expectation held: {step.expectation}"
        lines.append(f"[{status}] {step_title(step)}{detail}")
        for finding in step.findings:
            lines.append("    " + finding_line(finding))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# YAML journeys as test items
# ---------------------------------------------------------------------------------------------


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


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
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

        state = _state(self.config)
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

    def __init__(self, *, journey: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.journey = journey
        self.result: JourneyResult | None = None

    def runtest(self) -> None:
        state = _state(self.config)
        marker = self.get_closest_marker(MARKER_CHECKS)
        checks = list(marker.args) if marker and marker.args else None
        annotate = allure_support.allure_enabled(self.config)
        from consentinel.gather.browser import BrowserNotFoundError

        setup_problem = ""
        try:
            result, annotated = state.journey_worker().run(self.journey, checks, annotate)
        except BrowserNotFoundError as exc:  # a setup problem: one clear line, no traceback
            setup_problem = f"consentinel: {exc}"
        if setup_problem:
            pytest.fail(setup_problem, pytrace=False)
        self.result = result
        state.run.journeys.append(result)
        diff = state.diff(result.findings)
        verdicts = judge_journey(result, state.fail_on, diff)
        self._report(state, result, verdicts, annotated)
        failed = bool(result.error) or any(v.failed for v in verdicts)
        self.add_report_section("call", "consentinel", journey_summary_text(result, verdicts))
        if failed:
            raise JourneyFailed(journey_failure_text(result, verdicts, state.fail_on))

    def _report(
        self,
        state: ConsentState,
        result: JourneyResult,
        verdicts: Sequence[StepVerdict],
        annotated: dict[int, bytes],
    ) -> None:
        """Sub-steps: user properties (JUnit XML) and allure steps with attachments."""
        for verdict in verdicts:
            step = verdict.step
            if step.kind in ("audit", "explore-consent") or step.findings:
                ids = sorted({f.check for f in step.findings if f.outcome == "violation"})
                self.user_properties.append(
                    (
                        step_title(step),
                        ("FAILED: " if verdict.failed else "ok: ") + (", ".join(ids) or "clean"),
                    )
                )
                allure_support.audit_step(
                    step_title(step),
                    step.findings,
                    allure_support.AuditAttachments(
                        screenshot_png=_read_artifact(state.out_dir, step.screenshot),
                        annotated_png=annotated.get(step.index),
                        html_excerpts=_html_excerpts(state.out_dir, step) if step.findings else None,
                    ),
                    failed=verdict.failed,
                    failure_text=verdict.problem or "\n".join(format_findings(verdict.failing)),
                )
            else:
                allure_support.plain_step(
                    step_title(step), failed=verdict.failed, failure_text=verdict.problem
                )
        allure_support.label_findings(result.findings)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, JourneyFailed):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        first_line = min((s.line for s in self.journey.steps if s.line), default=1)
        return self.path, first_line - 1, f"journey: {self.name}"


# ---------------------------------------------------------------------------------------------
# The consent_audit fixture
# ---------------------------------------------------------------------------------------------


class AuditFindings(list[Finding]):
    """Findings of one ``consent_audit(page)`` call, with an assertion that lists them.

    A plain list of :class:`~consentinel.checks.base.Finding` (violations and reviews) plus
    ``known``: those already in ``--consent-baseline`` (they never fail ``assert_clean``).
    """

    def __init__(
        self,
        findings: Sequence[Finding],
        *,
        url: str = "",
        fail_on: str = DEFAULT_FAIL_ON,
        known: Sequence[Finding] = (),
    ) -> None:
        super().__init__(findings)
        self.url = url
        self.fail_on = fail_on
        self.known = list(known)

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self if f.outcome == "violation"]

    def failing(self, fail_on: str | None = None) -> list[Finding]:
        """New violations at or above ``fail_on`` (default: ``--consent-fail-on``)."""
        threshold = impact_rank(fail_on or self.fail_on)
        return [
            f
            for f in self.violations
            if impact_rank(f.impact) >= threshold and not any(f is k for k in self.known)
        ]

    def assert_clean(self, fail_on: str | None = None) -> None:
        """Raise AssertionError listing each failing finding's check id, impact, text and selector."""
        if fail_on is not None and fail_on not in IMPACTS:
            raise ValueError(f"fail_on must be one of {', '.join(IMPACTS)}, not {fail_on!r}")
        failing = self.failing(fail_on)
        if failing:
            where = f" on {_clean(self.url)}" if self.url else ""
            raise AssertionError(
                "\n".join(
                    [
                        f"{len(failing)} consent problem(s){where} at or above {fail_on or self.fail_on}:",
                        *format_findings(failing),
                    ]
                )
            )


@dataclass
class ConsentAudit:
    """The callable behind the ``consent_audit`` fixture: ``consent_audit(page, checks=None)``."""

    state: ConsentState
    node: pytest.Item
    journey: JourneyResult | None = None
    calls: int = 0

    def __call__(
        self,
        page: Any,
        checks: Sequence[str] | None = None,
        *,
        label: str | None = None,
        axe_cross_check: bool | None = None,
    ) -> AuditFindings:
        from consentinel.gather.audit import audit

        marker = self.node.get_closest_marker(MARKER_CHECKS)
        ids = (
            list(checks)
            if checks is not None
            else (list(marker.args) if marker and marker.args else self.state.checks)
        )
        axe = bool(self.state.config.getoption("consent_axe")) if axe_cross_check is None else axe_cross_check
        outcome = audit(page, ids, None, screenshot=True, axe_cross_check=axe)
        self.calls += 1
        step_label = label or f"consent audit {self.calls}"
        url = page.url
        findings = list(outcome.findings)
        for finding in findings:
            finding.url = finding.url or url
            finding.step = finding.step or step_label
        step = self._record(step_label, url, outcome, findings)
        diff = self.state.diff(findings)
        known = diff.known if diff is not None else []
        result = AuditFindings(findings, url=url, fail_on=self.state.fail_on, known=known)
        if allure_support.allure_enabled(self.state.config):
            annotated = None
            if outcome.screenshot_png and findings:
                browser = getattr(page.context, "browser", None)
                annotated = allure_support.render_annotated_png(
                    browser, outcome.screenshot_png, step.screenshot_box, findings
                )
            allure_support.audit_step(
                step_label,
                findings,
                allure_support.AuditAttachments(
                    screenshot_png=outcome.screenshot_png,
                    annotated_png=annotated,
                    html_excerpts=allure_support.html_of(outcome.snapshot, findings),
                ),
                failed=bool(result.failing()),
                failure_text="\n".join(format_findings(result.failing())),
            )
            allure_support.label_findings(findings)
        return result

    def _record(self, label: str, url: str, outcome: Any, findings: list[Finding]) -> StepResult:
        """Add this audit to the session's run (for --consent-report / --consent-sarif)."""
        if self.journey is None:
            path, _line, _ = self.node.reportinfo()
            self.journey = JourneyResult(name=self.node.nodeid, source=str(path))
            self.state.run.journeys.append(self.journey)
        step = StepResult(
            index=len(self.journey.steps) + 1, kind="audit", label=label, url=url, findings=findings
        )
        box = getattr(outcome, "screenshot_box", None)
        if box is not None:
            step.screenshot_box = (
                box
                if isinstance(box, dict)
                else {k: float(getattr(box, k)) for k in ("x", "y", "width", "height")}
            )
        if self.state.report_dir is not None and outcome.screenshot_png:
            folder = self.state.out_dir / "pytest" / _slug(self.node.nodeid)
            folder.mkdir(parents=True, exist_ok=True)
            png = folder / f"audit-{step.index}.png"
            png.write_bytes(outcome.screenshot_png)
            step.screenshot = png.relative_to(self.state.out_dir).as_posix()
        self.journey.steps.append(step)
        return step


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:80] or "test"


@pytest.fixture
def consent_audit(request: pytest.FixtureRequest) -> ConsentAudit:
    """Audit a Playwright page for consent dark patterns: ``consent_audit(page).assert_clean()``.

    Checks: ``checks=`` argument, else the test's ``@pytest.mark.consent_checks(...)``, else
    ``--consent-checks``, else every snapshot check.
    """
    return ConsentAudit(state=_state(request.config), node=request.node)


@pytest.fixture(scope="session")
def consentinel_base_url(pytestconfig: pytest.Config) -> str | None:
    """The origin YAML journeys use (``--consent-base-url`` or the ``--consent-serve`` folder)."""
    return _state(pytestconfig).base_url()


def consentinel_launch_args(headless: bool = True) -> dict[str, Any]:
    """Launch arguments for pytest-playwright's ``browser_type_launch_args`` fixture.

    Where Playwright's own Chromium is not installed, this points pytest-playwright at the
    browser Consentinel finds (``CONSENTINEL_BROWSER``, Playwright's, or a system Chromium)
    with the same flags the product uses::

        @pytest.fixture(scope="session")
        def browser_type_launch_args(browser_type_launch_args):
            return {**browser_type_launch_args, **consentinel_launch_args()}
    """
    from playwright.sync_api import sync_playwright

    from consentinel.gather.browser import BrowserSettings, find_browser, launch_args, sandbox_blocker

    result: dict[str, Any] = {}
    holder: dict[str, Any] = {}

    def find() -> None:  # in a thread: the caller's thread may already run a sync Playwright
        with sync_playwright() as pw:
            holder["choice"] = find_browser(pw)

    thread = threading.Thread(target=find)
    thread.start()
    thread.join()
    choice = holder.get("choice")
    if choice is not None and choice.executable:
        result["executable_path"] = choice.executable
    result["args"] = launch_args(BrowserSettings(headless=headless, hide_automation=False))
    # Playwright adds --no-sandbox unless asked not to; keep the sandbox wherever it can run.
    result["chromium_sandbox"] = sandbox_blocker() is None
    return result


# ---------------------------------------------------------------------------------------------
# Session outputs
# ---------------------------------------------------------------------------------------------


def _write_report(run: RunResult, folder: Path) -> str:
    from consentinel.reports import write_reports

    return f"report: {write_reports(run, folder)['html']}"


def _write_sarif(run: RunResult, path: Path, diff: BaselineDiff | None, root: Path) -> str:
    from consentinel.reports.sarif import write_sarif

    write_sarif(run, path, baseline_diff=diff, source_root=root)
    return f"SARIF: {path}"


def _write_baseline(run: RunResult, path: Path) -> str:
    from consentinel.baseline import write_baseline

    return f"baseline: {path} ({len(write_baseline(run, path).entries)} finding(s))"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Write the session's outputs; each independently, so one failing never loses the others."""
    state = session.config.stash.get(_STATE_KEY, None)
    if state is None or not state.has_results:
        return
    from consentinel.gather.runner import utc_now

    option = session.config.getoption
    state.run.finished_at = utc_now()
    diff = state.diff(run_findings(state.run))
    state.final_diff = diff
    writers: list[tuple[str, Any]] = []
    if state.report_dir is not None:
        writers.append(("report", lambda: _write_report(state.run, state.report_dir)))
    if option("consent_sarif"):
        writers.append(
            (
                "SARIF",
                lambda: _write_sarif(state.run, Path(option("consent_sarif")), diff, session.config.rootpath),
            )
        )
    if option("consent_write_baseline"):
        writers.append(
            ("baseline", lambda: _write_baseline(state.run, Path(option("consent_write_baseline"))))
        )
    for what, write in writers:
        try:
            state.outputs.append(write())
        except Exception as exc:  # an output that cannot be written must not hide the test results
            state.outputs.append(
                f"ERROR: could not write the {what}: {type(exc).__name__}: {_clean(str(exc))}"
            )
            if session.exitstatus == pytest.ExitCode.OK:
                session.exitstatus = pytest.ExitCode.INTERNAL_ERROR


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    state = config.stash.get(_STATE_KEY, None)
    if state is None or not state.has_results:
        return
    findings = run_findings(state.run)
    violations = [f for f in findings if f.outcome == "violation"]
    terminalreporter.section("consentinel")
    line = f"{len(state.run.journeys)} journey(s)/test(s) audited, {len(violations)} violation(s)"
    diff = state.final_diff
    if diff is not None:
        line += f", {len(diff.new)} new, {len(diff.known)} known, {len(diff.fixed)} fixed since the baseline"
    terminalreporter.write_line(line)
    if diff is not None:
        for entry in diff.fixed:
            terminalreporter.write_line(
                f"  fixed: [{entry.check}] {entry.url_path} {_clean(entry.text, 120)!r}"
                f" at {_clean(entry.selector, 120)}"
            )
    for output in state.outputs:
        terminalreporter.write_line(output)


__all__ = [
    "AuditFindings",
    "ConsentAudit",
    "JourneyFile",
    "JourneyItem",
    "consent_audit",
    "consentinel_base_url",
    "consentinel_launch_args",
    "format_findings",
    "judge_journey",
]
