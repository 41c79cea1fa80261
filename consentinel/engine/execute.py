"""Running a plan and writing its outputs: the only code of the faces' side that reaches the runner.

The runner and browser modules pull in Playwright, so they are imported inside these functions:
``import consentinel.engine`` stays cheap (the CLI validates its arguments and the pytest plugin
collects tests before any browser module is loaded).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consentinel.engine.plan import Outcome, Plan
from consentinel.engine.verdict import Verdict, judge
from consentinel.results import RunResult

if TYPE_CHECKING:
    from consentinel.gather.runner import RunOptions, Session

OutputError = Callable[[str, Exception], None]


class SetupError(RuntimeError):
    """No browser could be found or launched, or a device is unknown: nothing could run (exit 2)."""


def verdict_for(run: RunResult, plan: Plan, *, interrupted: bool = False) -> Verdict:
    """The run's one verdict under the plan's ``fail_on`` and baseline."""
    diff = None
    if plan.baseline is not None:
        from consentinel.baseline import apply_baseline

        diff = apply_baseline(run, plan.baseline)
    return judge(run, plan.fail_on, diff, interrupted=interrupted)


@contextlib.contextmanager
def open_session(plan: Plan) -> Iterator[Session]:
    """One browser for several runs (``run(plan, session=...)``), launched with the plan's settings."""
    from consentinel.gather.runner import Session

    with _setup_errors(), Session(plan.run_options()) as session:
        yield session


def run(plan: Plan, *, session: Session | None = None) -> Outcome:
    """Run the plan's journeys, then scan its URLs; judge the result once.

    Ctrl-C ends the run early: the outcome holds what was gathered, with ``interrupted`` set
    (exit code 130). A missing browser or an unknown device raises :class:`SetupError`.
    """
    from consentinel.gather.runner import RunInterrupted

    options = plan.run_options()
    interrupted = False
    with _setup_errors():
        try:
            result = _gather(plan, options, session)
        except RunInterrupted as stop:
            result, interrupted = stop.result, True
    verdict = verdict_for(result, plan, interrupted=interrupted)
    return Outcome(run=result, verdict=verdict, interrupted=interrupted)


def _gather(plan: Plan, options: RunOptions, session: Session | None) -> RunResult:
    from consentinel.gather.runner import RunInterrupted, run_journeys, scan_urls

    if plan.journeys and plan.urls and session is None:  # both: one browser for all of it
        with open_session(plan) as own:
            return _gather(plan, options, own)
    if not plan.urls:
        return run_journeys(list(plan.journeys), options, command=plan.command, session=session)
    if not plan.journeys:
        return scan_urls(list(plan.urls), options, session=session)
    result = run_journeys(list(plan.journeys), options, command=plan.command, session=session)
    try:
        scanned = scan_urls(list(plan.urls), options, session=session)
    except RunInterrupted as stop:
        result.journeys.extend(stop.result.journeys)
        result.finished_at = stop.result.finished_at
        raise RunInterrupted(result) from None
    result.journeys.extend(scanned.journeys)
    result.finished_at = scanned.finished_at
    return result


@contextlib.contextmanager
def _setup_errors() -> Iterator[None]:
    from consentinel.devices import UnknownDeviceError
    from consentinel.gather.browser import BrowserNotFoundError

    try:
        yield
    except (BrowserNotFoundError, UnknownDeviceError) as exc:
        raise SetupError(str(exc)) from None


def new_run(plan: Plan) -> RunResult:
    """An empty RunResult for a run the caller fills step by step (the pytest session's)."""
    from consentinel.gather.runner import new_run as runner_new_run

    return runner_new_run(plan.command, plan.run_options())


def new_run_id() -> str:
    """A new run id (a sortable UTC timestamp), e.g. for the default report folder."""
    from consentinel.gather.runner import new_run_id as runner_new_run_id

    return runner_new_run_id()


def finish_run(run: RunResult) -> None:
    """Stamp the end time of a run the caller filled itself."""
    from consentinel.gather.runner import utc_now

    run.finished_at = utc_now()


def write_outputs(outcome: Outcome, plan: Plan, *, on_error: OutputError | None = None) -> dict[str, Path]:
    """Write every output the plan asks for; returns (and records in ``outcome.paths``) the files.

    Keys: ``json``, ``html`` (report), ``sarif``, ``junit``, ``pdf``, ``baseline``. The PDF and a
    new baseline are written only for a complete run (an interrupted one would record a partial
    picture as accepted). Each output is independent: with ``on_error`` a failing writer is
    reported to it and the others still run; without, the first failure is raised.
    """
    run_result, verdict = outcome.run, outcome.verdict
    writers: list[tuple[str, Callable[[], dict[str, Path]]]] = []
    if plan.report:
        writers.append(("report", lambda: _write_report(run_result, plan)))
    if plan.sarif is not None:
        writers.append(("SARIF", lambda: _write_sarif(run_result, verdict, plan)))
    if plan.junit is not None:
        writers.append(("JUnit", lambda: _write_junit(run_result, verdict, plan)))
    if plan.pdf and not outcome.interrupted and not plan.evidence:  # an evidence pack prints its own
        writers.append(("PDF", lambda: _write_pdf(outcome.paths)))
    if plan.baseline_out is not None and not outcome.interrupted:
        writers.append(("baseline", lambda: _write_baseline(run_result, plan.baseline_out)))
    if plan.evidence and not outcome.interrupted:  # last: the manifest hashes every file written
        writers.append(("evidence pack", lambda: _write_evidence_pack(run_result, plan, outcome.paths)))
    for what, write in writers:
        try:
            outcome.paths.update(write())
        except Exception as exc:
            if on_error is None:
                raise
            on_error(what, exc)
    return outcome.paths


def _write_report(run_result: RunResult, plan: Plan) -> dict[str, Path]:
    from consentinel.reports import write_reports
    from consentinel.reports.language import Presentation

    plan.out_dir.mkdir(parents=True, exist_ok=True)
    return write_reports(run_result, plan.out_dir, Presentation(plan.report_lang, tuple(plan.jurisdictions)))


def _write_evidence_pack(run_result: RunResult, plan: Plan, paths: dict[str, Path]) -> dict[str, Path]:
    """Crops, report.pdf, manifest.json and the timestamp; raises TimestampError when a requested
    trusted time could not be had (everything else is written by then)."""
    from consentinel.evidence.manifest import Invocation
    from consentinel.evidence.pack import PackOptions, write_evidence_pack
    from consentinel.evidence.timestamp import tsa_certificates

    ca_pem = tsa_certificates(plan.tsa_ca) if plan.tsa_ca else None
    invocation = plan.invocation or Invocation(argv=[])
    if not invocation.journey_files:
        files = [Path(j.source) for j in run_result.journeys if j.source and Path(j.source).is_file()]
        invocation = dataclasses.replace(invocation, journey_files=list(dict.fromkeys(files)))
    return write_evidence_pack(run_result, plan.out_dir, paths, invocation,
                               PackOptions(plan.timestamp_url, ca_pem))


def _write_sarif(run_result: RunResult, verdict: Verdict, plan: Plan) -> dict[str, Path]:
    from consentinel.reports.sarif import write_sarif

    assert plan.sarif is not None
    write_sarif(run_result, plan.sarif, baseline_diff=verdict.baseline, source_root=plan.sarif_source_root)
    return {"sarif": plan.sarif}


def _write_junit(run_result: RunResult, verdict: Verdict, plan: Plan) -> dict[str, Path]:
    from consentinel.reports.junit import write_junit

    assert plan.junit is not None
    write_junit(run_result, plan.junit, verdict=verdict, report_dir=plan.out_dir)
    return {"junit": plan.junit}


def _write_pdf(paths: dict[str, Path]) -> dict[str, Path]:
    if "html" not in paths:
        return {}
    from consentinel.reports.pdf import write_pdf

    return {"pdf": write_pdf(paths["html"])}


def _write_baseline(run_result: RunResult, path: Path) -> dict[str, Path]:
    from consentinel.baseline import write_baseline

    write_baseline(run_result, path)
    return {"baseline": path}


@contextlib.contextmanager
def browser_executable(path: str | os.PathLike[str] | None) -> Iterator[None]:
    """Use the browser at ``path`` (when given) for every run and launch inside the block."""
    if not path:
        yield
        return
    from consentinel.gather.browser import ENV_BROWSER

    previous = os.environ.get(ENV_BROWSER)
    os.environ[ENV_BROWSER] = str(path)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(ENV_BROWSER, None)
        else:
            os.environ[ENV_BROWSER] = previous


def browser_launch_args(headless: bool = True) -> dict[str, Any]:
    """Launch arguments (the browser Consentinel finds, the product's flags) for another launcher.

    Finds the browser in a thread of its own: the caller's thread may already run a sync
    Playwright (pytest-playwright's), and a second one there would refuse to start.
    """
    import threading

    from playwright.sync_api import sync_playwright

    from consentinel.gather.browser import BrowserSettings, find_browser, launch_args, sandbox_blocker

    holder: dict[str, Any] = {}

    def find() -> None:
        with sync_playwright() as pw:
            holder["choice"] = find_browser(pw)

    thread = threading.Thread(target=find)
    thread.start()
    thread.join()
    result: dict[str, Any] = {}
    choice = holder.get("choice")
    if choice is not None and choice.executable:
        result["executable_path"] = choice.executable
    result["args"] = launch_args(BrowserSettings(headless=headless, hide_automation=False))
    # Playwright adds --no-sandbox unless asked not to; keep the sandbox wherever it can run.
    result["chromium_sandbox"] = sandbox_blocker() is None
    return result


__all__ = [
    "SetupError",
    "browser_executable",
    "browser_launch_args",
    "finish_run",
    "new_run",
    "new_run_id",
    "open_session",
    "run",
    "verdict_for",
    "write_outputs",
]
