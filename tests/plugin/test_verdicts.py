"""The plugin's judgement and messages, without a browser: AuditFindings and judge_journey."""

from __future__ import annotations

from functools import partial

import pytest
from builders import make_finding

from consentinel.baseline import Baseline, diff_findings
from consentinel.pytest_plugin import AuditFindings, journey_failure_text, judge_journey
from consentinel.results import JourneyResult, StepResult

finding = partial(make_finding, text="Share my data with partners", selector="#p",
                  url="http://127.0.0.1:5/signup.html")


def test_assert_clean_lists_check_impact_text_and_selector() -> None:
    findings = AuditFindings(
        [
            finding("preselected-consent", "critical", text="Send me offers\x1b[31m", selector="#offers"),
            finding("confirmshaming", "minor", text="No, I hate deals", selector="a.no"),
        ],
        url="http://127.0.0.1:5/signup.html",
    )
    with pytest.raises(AssertionError) as info:
        findings.assert_clean()
    message = str(info.value)
    assert message.startswith("2 consent problem(s) on http://127.0.0.1:5/signup.html at or above minor:")
    assert '[preselected-consent] critical: "Send me offers[U+001B][31m" at #offers' in message
    assert "\x1b" not in message
    assert '[confirmshaming] minor: "No, I hate deals" at a.no' in message


def test_assert_clean_respects_fail_on_reviews_and_baseline() -> None:
    minor = finding("confirmshaming", "minor")
    review = finding("low-contrast-consent", "serious", outcome="review")
    AuditFindings([minor, review]).assert_clean(fail_on="moderate")
    known = finding("preselected-consent", "critical")
    accepted = diff_findings([known], Baseline.from_findings([known]))
    AuditFindings([known], known=accepted.known).assert_clean()
    with pytest.raises(ValueError, match="fail_on must be one of"):
        AuditFindings([]).assert_clean(fail_on="high")


def test_judge_journey_expectations_errors_and_threshold() -> None:
    intended = finding("preselected-consent", "critical")
    stray = finding("fine-print-consent", "moderate", text="tiny consent text", selector="p.small")
    journey = JourneyResult(
        name="bill",
        source="flows/bill.yaml",
        steps=[
            StepResult(
                index=1,
                kind="audit",
                label="audit: dark",
                line=4,
                findings=[intended],
                expectation="exactly: preselected-consent",
            ),
            StepResult(index=2, kind="audit", label="audit: other", line=6, findings=[stray]),
            StepResult(
                index=3,
                kind="expect",
                label="expect",
                line=7,
                expectation="no findings",
                expectation_failed=True,
                extra={"expectation_detail": "unexpected: fine-print-consent"},
            ),
            StepResult(
                index=4, kind="click", label="click text=Next", line=8, error="flows/bill.yaml:8: no element"
            ),
        ],
    )
    verdict = judge_journey(journey, "minor", None)
    assert [v.failed for v in verdict.steps] == [False, False, True, True]
    assert verdict.steps[1].failing == []  # judged by the expect step after it
    text = journey_failure_text(verdict, "minor")
    assert "step 3: expect (line 7):" in text and "unexpected: fine-print-consent" in text
    assert "step 4: click text=Next (line 8):" in text and "no element" in text

    journey.steps[2].expectation = None
    journey.steps[2].expectation_failed = False
    verdict = judge_journey(journey, "serious", None)
    assert verdict.steps[1].failing == []  # moderate < serious
    verdict = judge_journey(journey, "moderate", diff_findings([stray], Baseline.from_findings([stray])))
    assert verdict.steps[1].failing == [] and verdict.steps[1].known == [stray]
    verdict = judge_journey(journey, "moderate", None)
    assert verdict.steps[1].failing == [stray]
