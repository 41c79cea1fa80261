"""What a failed consent test says: failure messages, report sections, ``assert_clean``.

The judging itself is the engine's (:mod:`consentinel.engine.verdict`); this only words it.
Page-derived text goes through :mod:`consentinel.describe`, so it is one printable line.
"""

from __future__ import annotations

from collections.abc import Sequence

from consentinel.checks.base import IMPACTS, Finding
from consentinel.defaults import DEFAULT_FAIL_ON
from consentinel.describe import finding_line, short, step_title
from consentinel.engine import JourneyVerdict, failing_findings

PROBLEM_CHARS = 600


def format_findings(findings: Sequence[Finding], indent: str = "  ") -> list[str]:
    """One line per finding: check id, impact, text excerpt, selector (and page)."""
    return [indent + finding_line(f) for f in findings]


def journey_failure_text(verdict: JourneyVerdict, fail_on: str) -> str:
    """The failure message of a journey item: every failed step with its findings."""
    journey = verdict.journey
    lines = [f"journey {short(journey.name, 300)!r} ({journey.source}) failed (fail-on: {fail_on}):"]
    if journey.error:
        lines.append(f"  error: {short(journey.error, PROBLEM_CHARS)}")
    for step_verdict in verdict.steps:
        if not step_verdict.failed:
            continue
        where = f" (line {step_verdict.step.line})" if step_verdict.step.line else ""
        lines.append(f"  {step_title(step_verdict.step)}{where}:")
        if step_verdict.problem:
            lines.append(f"    {short(step_verdict.problem, PROBLEM_CHARS)}")
        if step_verdict.failing:
            lines.append(f"    {len(step_verdict.failing)} finding(s) at or above {fail_on}:")
            lines.extend(format_findings(step_verdict.failing, indent="      "))
    return "\n".join(lines)


def journey_summary_text(verdict: JourneyVerdict) -> str:
    """Every step with its status: the ``consentinel`` report section of an item."""
    lines = []
    for step_verdict in verdict.steps:
        step = step_verdict.step
        status = "SKIPPED" if step.skipped else "FAILED" if step_verdict.failed else "ok"
        detail = ""
        if step.findings:
            violations = [f for f in step.findings if f.outcome == "violation"]
            reviews = len(step.findings) - len(violations)
            detail = f" - {len(violations)} violation(s)" + (f", {reviews} to review" if reviews else "")
            if step_verdict.known:
                detail += f", {len(step_verdict.known)} known (baseline)"
        if step.expectation and not step.expectation_failed:
            detail += f" - expectation held: {step.expectation}"
        lines.append(f"[{status}] {step_title(step)}{detail}")
        lines.extend("    " + finding_line(finding) for finding in step.findings)
    return "\n".join(lines)


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
        counted = failing_findings(self, fail_on or self.fail_on)
        return [f for f in counted if not any(f is k for k in self.known)]

    def assert_clean(self, fail_on: str | None = None) -> None:
        """Raise AssertionError listing each failing finding's check id, impact, text and selector."""
        if fail_on is not None and fail_on not in IMPACTS:
            raise ValueError(f"fail_on must be one of {', '.join(IMPACTS)}, not {fail_on!r}")
        failing = self.failing(fail_on)
        if failing:
            where = f" on {short(self.url, 300)}" if self.url else ""
            raise AssertionError(
                "\n".join(
                    [
                        f"{len(failing)} consent problem(s){where} at or above {fail_on or self.fail_on}:",
                        *format_findings(failing),
                    ]
                )
            )


__all__ = ["AuditFindings", "format_findings", "journey_failure_text", "journey_summary_text"]
