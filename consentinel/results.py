"""What a run produced: journeys, their steps, findings and errors, plus run metadata.

The runner fills these in; every output (report.json, report.html, SARIF, JUnit, allure,
baselines) is written from them and nothing else. Screenshots are kept as files next to the
report (``screenshot`` is a path relative to the report folder) so the JSON stays small; the
HTML report embeds them so it is self-contained.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from consentinel.checks.base import Finding
from consentinel.defaults import DEFAULT_FAIL_ON

# Steps whose findings a following ``expect`` step judges.
AUDIT_KINDS = ("audit", "explore-consent")


@dataclass(slots=True)
class StepResult:
    """One journey step as it ran.

    ``kind`` is the step verb (goto, click, audit, ...). Only ``audit``-like steps carry
    findings, a snapshot and a screenshot. ``error`` is a one-line reason when the step failed
    (unreachable URL, element not found, page crashed); the run goes on with the next journey.
    """

    index: int
    kind: str
    label: str
    url: str = ""
    started_at: str = ""  # UTC ISO 8601
    duration_ms: float = 0.0
    findings: list[Finding] = field(default_factory=list)
    screenshot: str | None = None  # path relative to the report folder (PNG)
    screenshot_box: dict[str, float] | None = None  # the page region the PNG shows, CSS px
    snapshot: str | None = None  # path relative to the report folder (snapshot JSON)
    axe: dict[str, Any] | None = None  # axe-core cross-check summary for this step
    error: str | None = None
    expectation: str | None = None  # what an ``expect`` assertion wanted, if any
    expectation_failed: bool = False
    line: int | None = None  # line of the step in its YAML file
    skipped: bool = False  # not run because an earlier step of the journey failed (or Ctrl-C)
    extra: dict[str, Any] = field(default_factory=dict)  # phase data added by later features


@dataclass(slots=True)
class JourneyResult:
    """One journey (a YAML flow, or one scanned URL treated as a one-step journey)."""

    name: str
    source: str  # YAML path, or the URL for ``scan``
    device: str = "Desktop"
    locale: str | None = None
    timezone: str | None = None
    steps: list[StepResult] = field(default_factory=list)
    error: str | None = None
    context: dict[str, Any] = field(default_factory=dict)  # viewport, user agent as the browser had them

    @property
    def findings(self) -> list[Finding]:
        return [f for step in self.steps for f in step.findings]

    @property
    def failed_expectations(self) -> list[StepResult]:
        return [s for s in self.steps if s.expectation_failed]

    def asserted_audits(self) -> set[int]:
        """Indices of audit steps whose findings an ``expect`` judges (see ``consentinel.engine.verdict``)."""
        from consentinel.engine.verdict import asserted_audits

        return asserted_audits(self)

    @property
    def judged_findings(self) -> list[Finding]:
        """Findings that count toward failure: those no ``expect`` has already judged."""
        from consentinel.engine.verdict import judge_journey

        return judge_journey(self).judged


@dataclass(slots=True)
class RunResult:
    """A whole run with the metadata an evidence report needs."""

    run_id: str
    command: str  # demo | run | scan | pytest
    tool_version: str
    browser: str = ""  # e.g. "chromium 156.0.8078.73 (/usr/bin/chromium)"
    playwright_version: str = ""
    axe_version: str = ""
    python_version: str = ""
    platform: str = ""
    started_at: str = ""  # UTC ISO 8601
    finished_at: str = ""
    journeys: list[JourneyResult] = field(default_factory=list)
    redactions: list[str] = field(default_factory=list)  # names of env vars whose values were masked
    environment: dict[str, Any] = field(default_factory=dict)  # browser launch flags, headless
    # What a reader must know about how the run went, beyond its findings and errors: the
    # browser ran without its sandbox, the run was interrupted and the report is partial.
    warnings: list[str] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for j in self.journeys for f in j.findings]

    @property
    def errors(self) -> list[str]:
        out = [f"{j.name}: {j.error}" for j in self.journeys if j.error]
        out += [f"{j.name} step {s.index} ({s.kind}): {s.error}" for j in self.journeys for s in j.steps
                if s.error]
        return out

    def failing(self, fail_on: str = DEFAULT_FAIL_ON) -> list[Finding]:
        """Violations at or above ``fail_on`` that no ``expect`` judged (the run's ``Verdict.failing``)."""
        from consentinel.engine.verdict import judge

        return judge(self, fail_on).failing

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
