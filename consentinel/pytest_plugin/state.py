"""The plugin's options and what it keeps for one pytest session.

Options map onto the engine's :class:`~consentinel.engine.Plan` in one place
(:meth:`ConsentState.plan_options`); the ``consentinel_plan_options`` fixture hands the same
settings to Python tests, and a project's ``conftest.py`` can override that fixture.
"""

from __future__ import annotations

import contextlib
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from consentinel import engine
from consentinel.baseline import Baseline, BaselineDiff, BaselineError, diff_findings
from consentinel.checks.base import IMPACTS, Finding
from consentinel.defaults import DEFAULT_FAIL_ON
from consentinel.devices import UnknownDeviceError, resolve_device
from consentinel.pytest_plugin.recorder import Recorder
from consentinel.results import RunResult

if TYPE_CHECKING:
    from consentinel.pytest_plugin.journeys import JourneyWorker

MARKER_CHECKS = "consent_checks"
STATE_KEY = pytest.StashKey["ConsentState"]()


def add_options(parser: pytest.Parser) -> None:
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


class ConsentState:
    """Everything the plugin keeps for one pytest session; created in ``pytest_configure``."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        option = config.getoption
        self.fail_on: str = option("consent_fail_on") or DEFAULT_FAIL_ON
        report = option("consent_report")
        self.report_dir: Path | None = Path(report) if report else None
        self.baseline: Baseline | None = None
        baseline_path = option("consent_baseline")
        if baseline_path:
            try:
                self.baseline = Baseline.load(Path(baseline_path))
            except BaselineError as exc:
                raise pytest.UsageError(str(exc)) from None
        device = option("consent_device")
        self.device: str | None = None
        if device:
            try:
                self.device = resolve_device(device)
            except UnknownDeviceError as exc:
                raise pytest.UsageError(f"--consent-device: {exc}; see `consentinel devices`") from None
        checks = option("consent_checks")
        self.checks: list[str] | None = (
            [c.strip() for c in checks.split(",") if c.strip()] if checks else None
        )
        self.recorder = Recorder(config)
        self.final_diff: BaselineDiff | None = None
        self.outputs: list[str] = []
        self.worker: JourneyWorker | None = None
        self._run: RunResult | None = None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._resources = contextlib.ExitStack()
        # The engine's runs and consentinel_launch_args find their browser through this.
        self._resources.enter_context(engine.browser_executable(option("consent_browser")))
        self._base_url: str | None = None
        self._base_url_lock = threading.Lock()

    @property
    def run(self) -> RunResult:
        """The session's RunResult (created on first use: plain pytest runs never import Playwright)."""
        if self._run is None:
            self._run = engine.new_run(engine.Plan(out_dir=Path("."), command="pytest"))
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
                self._base_url = self._resources.enter_context(serve_directory(path))
        return self._base_url

    def plan_options(self) -> dict[str, Any]:
        """The session's run settings as :class:`~consentinel.engine.Plan` keyword arguments."""
        option = self.config.getoption
        return {
            "base_url": self.base_url(),
            "device": self.device,
            "locale": option("consent_locale"),
            "timezone": option("consent_timezone"),
            "checks": self.checks,
            "headless": not option("consent_headed"),
            "axe_cross_check": bool(option("consent_axe")),
            "fail_on": self.fail_on,
        }

    def plan(self, options: dict[str, Any] | None = None, **overrides: Any) -> engine.Plan:
        """A plan for this session: its folder, run id and baseline, ``options`` and ``overrides``."""
        settings: dict[str, Any] = {
            "out_dir": self.out_dir,
            "command": "pytest",
            "run_id": self.run.run_id,
            "baseline": self.baseline,
            "report": False,
            **(self.plan_options() if options is None else options),
            **overrides,
        }
        return engine.Plan(**settings)

    def diff(self, findings: Sequence[Finding]) -> BaselineDiff | None:
        return diff_findings(findings, self.baseline) if self.baseline is not None else None

    def journey_worker(self) -> JourneyWorker:
        if self.worker is None:
            from consentinel.pytest_plugin.journeys import JourneyWorker

            self.worker = JourneyWorker(self)
        return self.worker

    def close(self) -> None:
        if self.worker is not None:
            self.worker.close()
            self.worker = None
        self._resources.close()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


def state_of(config: pytest.Config) -> ConsentState:
    return config.stash[STATE_KEY]


__all__ = ["MARKER_CHECKS", "STATE_KEY", "ConsentState", "add_options", "state_of"]
