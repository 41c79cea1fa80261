"""The one verdict: what in a run fails the build, and why. Every face reads it.

A finding *counts* when it is a violation (reviews never fail) at or above ``fail_on``. It
*fails* when it counts, no ``expect`` judged its audit (an audit with its own ``expect:``, or
followed by an ``expect`` step, passes or fails by that expectation alone: the journey's author
has said which findings are intended there), and, when a baseline is given, it is new. A failed
expectation always fails. A step or journey that could not run is an error: the result is
incomplete, which is not clean but not a finding either. The exit code follows from that (see
``consentinel.cli.EXIT_CODES_HELP``)::

    verdict = judge(run, fail_on="serious", baseline_diff=diff)
    verdict.failing            # findings that fail the build
    verdict.exit_code          # 0, 1, 3 or 130
    verdict.journeys[0].steps  # per-step verdicts (pytest items, JUnit test cases)

Pure: no Playwright, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from consentinel.checks.base import IMPACTS, Finding, impact_rank
from consentinel.defaults import DEFAULT_FAIL_ON
from consentinel.results import AUDIT_KINDS, JourneyResult, RunResult, StepResult

if TYPE_CHECKING:
    from consentinel.baseline import BaselineDiff

FAIL_ON_NONE = "none"  # no finding fails; failed expectations still do
FAIL_ON_CHOICES = (*IMPACTS, FAIL_ON_NONE)

EXIT_OK = 0
EXIT_FINDINGS = 1  # violations at or above fail_on, or a failed expectation
EXIT_USAGE = 2  # bad arguments, bad journey files, unknown device, no browser (decided by the faces)
EXIT_INCOMPLETE = 3  # nothing failed, but some page or step could not be run: not a clean bill
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT); reports are still written


def counts_at(finding: Finding, fail_on: str) -> bool:
    """Whether ``finding`` is a violation at or above ``fail_on`` (reviews never count)."""
    if fail_on == FAIL_ON_NONE or finding.outcome != "violation" or finding.impact not in IMPACTS:
        return False
    return impact_rank(finding.impact) >= impact_rank(fail_on)


def asserted_audits(journey: JourneyResult) -> set[int]:
    """Indices of audit steps whose findings an ``expect`` judges (their own, or the next step's).

    Such an audit passes or fails by its expectation alone: the journey's author has said which
    findings are intended there (the demo's dark pages expect theirs), so they are not also held
    against ``fail_on``.
    """
    covered: set[int] = set()
    last_audit: StepResult | None = None
    for step in journey.steps:
        if step.expectation is not None:
            target = last_audit if step.kind == "expect" and last_audit is not None else step
            covered.add(target.index)
        if step.kind in AUDIT_KINDS or step.findings or step.screenshot:
            last_audit = step
    return covered


@dataclass(slots=True)
class StepVerdict:
    """One step's outcome: what fails there, what the baseline accepted, what went wrong."""

    step: StepResult
    failing: list[Finding] = field(default_factory=list)
    known: list[Finding] = field(default_factory=list)  # counted, but already in the baseline
    asserted: bool = False  # an ``expect`` judges this audit's findings
    error: str | None = None

    @property
    def expectation_failed(self) -> bool:
        return self.step.expectation_failed

    @property
    def problem(self) -> str:
        """The error or failed expectation as one line (empty when there is neither)."""
        if self.error:
            return f"error: {self.error}"
        if self.step.expectation_failed:
            detail = self.step.extra.get("expectation_detail", "")
            return f"expected {self.step.expectation}" + (f" ({detail})" if detail else "")
        return ""

    @property
    def failed(self) -> bool:
        """The step did not pass: failing findings, a failed expectation, or an error."""
        return bool(self.failing or self.problem)


@dataclass(slots=True)
class JourneyVerdict:
    """One journey's outcome (one pytest item, one JUnit test case)."""

    journey: JourneyResult
    steps: list[StepVerdict] = field(default_factory=list)

    @property
    def failing(self) -> list[Finding]:
        return [f for s in self.steps for f in s.failing]

    @property
    def known(self) -> list[Finding]:
        return [f for s in self.steps for f in s.known]

    @property
    def judged(self) -> list[Finding]:
        """Findings that count toward failure: those no ``expect`` has already judged."""
        return [f for s in self.steps if not s.asserted for f in s.step.findings]

    @property
    def failed_expectations(self) -> list[StepResult]:
        return [s.step for s in self.steps if s.expectation_failed]

    @property
    def errors(self) -> list[str]:
        out = [f"{self.journey.name}: {self.journey.error}"] if self.journey.error else []
        return out + [f"step {s.step.index} ({s.step.kind}): {s.error}" for s in self.steps if s.error]

    @property
    def failed(self) -> bool:
        """Failing findings or a failed expectation (errors are reported apart, see ``errored``)."""
        return bool(self.failing or self.failed_expectations)

    @property
    def errored(self) -> bool:
        return bool(self.journey.error) or any(s.error for s in self.steps)

    @property
    def passed(self) -> bool:
        return not (self.failed or self.errored)


@dataclass(slots=True)
class Verdict:
    """The whole run's verdict; ``exit_code`` is what the CLI returns."""

    fail_on: str
    journeys: list[JourneyVerdict]
    errors: list[str]
    baseline: BaselineDiff | None = None
    interrupted: bool = False

    @property
    def failing(self) -> list[Finding]:
        return [f for j in self.journeys for f in j.failing]

    @property
    def known(self) -> list[Finding]:
        return [f for j in self.journeys for f in j.known]

    @property
    def asserted(self) -> list[Finding]:
        """Findings of audits an ``expect`` judged: excluded from ``failing``."""
        return [f for j in self.journeys for s in j.steps if s.asserted for f in s.step.findings]

    @property
    def failed_expectations(self) -> list[tuple[JourneyResult, StepResult]]:
        return [(j.journey, step) for j in self.journeys for step in j.failed_expectations]

    @property
    def failed(self) -> bool:
        return bool(self.failing or self.failed_expectations)

    def is_failing(self, finding: Finding) -> bool:
        return any(f is finding for f in self.failing)

    def of(self, journey: JourneyResult) -> JourneyVerdict:
        return next(j for j in self.journeys if j.journey is journey)

    @property
    def exit_code(self) -> int:
        """130 when interrupted; else 1 when anything fails; else 3 when incomplete; else 0."""
        if self.interrupted:
            return EXIT_INTERRUPTED
        if self.failed:
            return EXIT_FINDINGS
        if self.errors:
            return EXIT_INCOMPLETE
        return EXIT_OK


def judge_journey(journey: JourneyResult, fail_on: str = DEFAULT_FAIL_ON,
                  baseline_diff: BaselineDiff | None = None) -> JourneyVerdict:
    """Per-step verdicts of one journey (see the module docstring for the rules)."""
    _check_fail_on(fail_on)
    covered = asserted_audits(journey)
    verdict = JourneyVerdict(journey)
    for step in journey.steps:
        step_verdict = StepVerdict(step, asserted=step.index in covered, error=step.error)
        if not step_verdict.asserted:
            for finding in step.findings:
                if not counts_at(finding, fail_on):
                    continue
                if baseline_diff is not None and not baseline_diff.is_new(finding):
                    step_verdict.known.append(finding)
                else:
                    step_verdict.failing.append(finding)
        verdict.steps.append(step_verdict)
    return verdict


def judge(run: RunResult, fail_on: str = DEFAULT_FAIL_ON, baseline_diff: BaselineDiff | None = None,
          *, interrupted: bool = False) -> Verdict:
    """The verdict on a run; with ``baseline_diff`` only new findings fail."""
    return Verdict(
        fail_on=fail_on,
        journeys=[judge_journey(j, fail_on, baseline_diff) for j in run.journeys],
        errors=run.errors,
        baseline=baseline_diff,
        interrupted=interrupted,
    )


def failing_findings(findings: Iterable[Finding], fail_on: str = DEFAULT_FAIL_ON) -> list[Finding]:
    """The findings of a list that count at ``fail_on`` (for findings outside any journey)."""
    _check_fail_on(fail_on)
    return [f for f in findings if counts_at(f, fail_on)]


def _check_fail_on(fail_on: str) -> None:
    if fail_on not in FAIL_ON_CHOICES:
        raise ValueError(f"fail_on must be one of {', '.join(FAIL_ON_CHOICES)}, not {fail_on!r}")


__all__ = [
    "EXIT_FINDINGS",
    "EXIT_INCOMPLETE",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "FAIL_ON_CHOICES",
    "FAIL_ON_NONE",
    "JourneyVerdict",
    "StepVerdict",
    "Verdict",
    "asserted_audits",
    "counts_at",
    "failing_findings",
    "judge",
    "judge_journey",
]
