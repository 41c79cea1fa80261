"""The one public API every face calls: a :class:`Plan` goes in, an :class:`Outcome` comes out.

The CLI and the pytest plugin only map their arguments onto a plan, call :func:`run` and
:func:`write_outputs`, and print. What fails is decided once, in :class:`Verdict`::

    from consentinel import engine

    plan = engine.Plan(out_dir=Path("reports/x"), journeys=load_journeys(["flows"]),
                       fail_on="serious", junit=Path("junit.xml"))
    outcome = engine.run(plan)             # Ctrl-C: outcome.interrupted, what ran is kept
    engine.write_outputs(outcome, plan)    # report.json/html, SARIF, JUnit, PDF, baseline
    sys.exit(outcome.verdict.exit_code)

Importing this package loads no Playwright: the runner is imported when a run starts.
"""

from __future__ import annotations

from consentinel.engine.execute import (
    SetupError,
    browser_executable,
    browser_launch_args,
    finish_run,
    new_run,
    new_run_id,
    open_session,
    run,
    verdict_for,
    write_outputs,
)
from consentinel.engine.page import PageAudit, artefact_folder, audit_page, record_page_audit
from consentinel.engine.plan import COMMANDS, Outcome, Plan
from consentinel.engine.verdict import (
    EXIT_FINDINGS,
    EXIT_INCOMPLETE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    FAIL_ON_CHOICES,
    FAIL_ON_NONE,
    JourneyVerdict,
    StepVerdict,
    Verdict,
    counts_at,
    failing_findings,
    judge,
    judge_journey,
)
from consentinel.interrupt import clear_interrupt, interrupt_noted, note_interrupt

__all__ = [
    "COMMANDS",
    "EXIT_FINDINGS",
    "EXIT_INCOMPLETE",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "FAIL_ON_CHOICES",
    "FAIL_ON_NONE",
    "JourneyVerdict",
    "Outcome",
    "PageAudit",
    "Plan",
    "SetupError",
    "StepVerdict",
    "Verdict",
    "artefact_folder",
    "audit_page",
    "browser_executable",
    "browser_launch_args",
    "clear_interrupt",
    "counts_at",
    "failing_findings",
    "finish_run",
    "interrupt_noted",
    "judge",
    "judge_journey",
    "new_run",
    "new_run_id",
    "note_interrupt",
    "open_session",
    "record_page_audit",
    "run",
    "verdict_for",
    "write_outputs",
]
