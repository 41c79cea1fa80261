"""Consentinel's pytest plugin (registered through the ``pytest11`` entry point).

Two ways into a pytest suite, both reporting through pytest itself (so ``-k``, ``-m``,
``--junitxml``, allure and CI integrations work unchanged), both going through the engine
(:mod:`consentinel.engine`), which decides what fails:

* **YAML journeys as tests** (:mod:`.journeys`). ``pytest flows/`` collects each journey file
  as one item, run in one session-wide browser; each step is a sub-step in the failure
  message, the ``consentinel`` report section and allure. An item fails when an audit finds
  violations at or above ``--consent-fail-on`` (only *new* ones with ``--consent-baseline``),
  an ``expect:`` does not hold, or a step errors; an audit an ``expect`` judges is judged by
  that expectation alone. Invalid journeys are collection errors listing ``file:line: problem``.
* **Fixtures for Python Playwright tests** (:mod:`.fixtures`): ``consent_audit``,
  ``consentinel_plan_options``, ``consentinel_base_url``, overridable in ``conftest.py``::

      @pytest.mark.consent_checks("preselected-consent", "hidden-consent")
      def test_bill(page, consent_audit):
          page.goto("https://staging.example.com/bill")
          consent_audit(page).assert_clean(fail_on="serious")

Relative ``goto`` paths in journeys need an origin: ``--consent-base-url URL``, or
``--consent-serve DIR`` to serve a static folder on 127.0.0.1 for the session. The session's
report, SARIF and baseline are written at the end by the engine (:func:`pytest_sessionfinish`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from consentinel import engine
from consentinel.describe import short
from consentinel.pytest_plugin import xdist
from consentinel.pytest_plugin.fixtures import (
    ConsentAudit,
    consent_audit,
    consentinel_base_url,
    consentinel_launch_args,
    consentinel_plan_options,
)
from consentinel.pytest_plugin.journeys import (
    BROWSER_MARKER,
    JourneyFile,
    JourneyItem,
    collect_journey_file,
)
from consentinel.pytest_plugin.messages import (
    AuditFindings,
    format_findings,
    journey_failure_text,
    journey_summary_text,
)
from consentinel.pytest_plugin.state import MARKER_CHECKS, STATE_KEY, ConsentState, add_options

judge_journey = engine.judge_journey  # the engine's per-step verdicts, for hooks and tests


def pytest_addoption(parser: pytest.Parser) -> None:
    add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER_CHECKS}(*ids): consent check ids the consent_audit fixture (or a YAML item) runs",
    )
    config.addinivalue_line("markers", f"{BROWSER_MARKER}: launches a browser (YAML journey items carry it)")
    config.stash[STATE_KEY] = ConsentState(config)


def pytest_unconfigure(config: pytest.Config) -> None:
    state = config.stash.get(STATE_KEY, None)
    if state is not None:
        state.close()
    xdist.cleanup(config)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """pytest-xdist controller: each worker leaves its results for one merged set of outputs."""
    xdist.configure_node(node.config, node)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    return collect_journey_file(file_path, parent)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Write the session's outputs through the engine; one failing never loses the others."""
    state = session.config.stash.get(STATE_KEY, None)
    if state is None:
        return
    if xdist.is_worker(session.config):  # the controller writes the outputs for every worker
        if state.has_results:
            xdist.write_partial(session.config, state.run)
        return
    partials = xdist.read_partials(session.config)
    if partials:
        xdist.merge_partials(state.run, partials)
    if not state.has_results:
        return
    option = session.config.getoption
    sarif, baseline_out = option("consent_sarif"), option("consent_write_baseline")
    plan = state.plan(
        report=state.report_dir is not None,
        sarif=Path(sarif) if sarif else None,
        sarif_source_root=session.config.rootpath,
        baseline_out=Path(baseline_out) if baseline_out else None,
    )
    engine.finish_run(state.run)
    outcome = engine.Outcome(run=state.run, verdict=engine.verdict_for(state.run, plan))
    state.final_diff = outcome.baseline_diff

    def failed(what: str, exc: Exception) -> None:  # an output that cannot be written must not hide results
        problem = f"{type(exc).__name__}: {short(str(exc), 300)}"
        state.outputs.append(f"ERROR: could not write the {what}: {problem}")
        if session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.INTERNAL_ERROR

    paths = engine.write_outputs(outcome, plan, on_error=failed)
    if "html" in paths:
        state.outputs.append(f"report: {paths['html']}")
    if "sarif" in paths:
        state.outputs.append(f"SARIF: {paths['sarif']}")
    if "baseline" in paths:
        from consentinel.baseline import Baseline

        count = len(Baseline.load(paths["baseline"]).entries)
        state.outputs.append(f"baseline: {paths['baseline']} ({count} finding(s))")


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    state = config.stash.get(STATE_KEY, None)
    if state is None or not state.has_results:
        return
    violations = [f for f in state.run.findings if f.outcome == "violation"]
    terminalreporter.section("consentinel")
    line = f"{len(state.run.journeys)} journey(s)/test(s) audited, {len(violations)} violation(s)"
    diff = state.final_diff
    if diff is not None:
        line += f", {len(diff.new)} new, {len(diff.known)} known, {len(diff.fixed)} fixed since the baseline"
    terminalreporter.write_line(line)
    if diff is not None:
        for entry in diff.fixed:
            terminalreporter.write_line(
                f"  fixed: [{entry.check}] {entry.url_path} {short(entry.text, 120)!r}"
                f" at {short(entry.selector, 120)}"
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
    "consentinel_plan_options",
    "format_findings",
    "journey_failure_text",
    "journey_summary_text",
    "judge_journey",
]
