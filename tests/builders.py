"""Builders for the result objects tests judge: findings, steps, journeys and runs, no browser.

Each builder fills only what a result needs to exist and takes any field as a keyword, so a
test names exactly the facts it is about. A module that needs the same non-default facts many
times binds them once with :func:`functools.partial` (keywords given at the call still win)::

    from functools import partial

    from builders import make_finding, run_of

    finding = partial(make_finding, url="http://127.0.0.1:5/signup.html", selector="#p")
    run = run_of(finding("preselected-consent"), finding("confirmshaming", "minor"))

Scenario runs with every report feature (screenshots, hostile text) live beside the report
tests, in tests/reports/conftest.py.
"""

from __future__ import annotations

from typing import Any

from consentinel.checks.base import Finding
from consentinel.results import JourneyResult, RunResult, StepResult


def make_finding(
    check: str = "preselected-consent",
    impact: str = "critical",
    *,
    selector: str = "#x",
    text: str = "",
    evidence: dict[str, Any] | None = None,
    outcome: str = "violation",
    **fields: Any,
) -> Finding:
    """A finding of ``check``; ``evidence`` is copied so findings never share one dict."""
    return Finding(check=check, impact=impact, selector=selector, text=text,
                   evidence=dict(evidence or {}), outcome=outcome, **fields)


def make_step(*findings: Finding, index: int = 1, kind: str = "audit", label: str = "audit",
              **fields: Any) -> StepResult:
    """An audit step (unless ``kind`` says otherwise) holding ``findings``."""
    return StepResult(index=index, kind=kind, label=label, findings=list(findings), **fields)


def make_journey(*steps: StepResult, name: str = "journey", source: str = "flows/journey.yaml",
                 **fields: Any) -> JourneyResult:
    """A journey made of ``steps``."""
    return JourneyResult(name=name, source=source, steps=list(steps), **fields)


def make_run(*journeys: JourneyResult, run_id: str = "run-1", command: str = "run",
             tool_version: str = "0.1.0", **fields: Any) -> RunResult:
    """A run of ``journeys``."""
    return RunResult(run_id=run_id, command=command, tool_version=tool_version, journeys=list(journeys),
                     **fields)


def run_of(*findings: Finding, name: str = "journey", source: str = "flows/journey.yaml",
           **step_fields: Any) -> RunResult:
    """The smallest run holding ``findings``: one journey ``name`` with one audit step.

    Keywords other than ``name`` and ``source`` go to the step (``label``, ``url``, ``error``,
    ``expectation_failed``, ...).
    """
    return make_run(make_journey(make_step(*findings, **step_fields), name=name, source=source))
