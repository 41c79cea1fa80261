"""The documented limits (consentinel.bounds): capped findings are counted, clips are cut."""

from __future__ import annotations

from consentinel.bounds import (
    MAX_SCREENSHOT_HEIGHT,
    MAX_SCREENSHOT_WIDTH,
    bounded_clip,
    cap_findings,
    needs_clip,
    omitted_note,
    truncation_notes,
)
from consentinel.checks.base import Finding
from consentinel.gather.runner import _cap_findings
from consentinel.results import StepResult


def finding(check: str, n: int, outcome: str = "violation") -> Finding:
    return Finding(check=check, impact="critical", selector=f"#box{n}", text=f"box {n}", evidence={},
                   outcome=outcome)


def test_findings_are_capped_per_check_with_violations_first_and_the_rest_counted() -> None:
    findings = [finding("preselected-consent", n, "review" if n < 5 else "violation") for n in range(3000)]
    findings += [finding("fine-print-consent", n) for n in range(3)]
    kept, omitted = cap_findings(findings, 50)
    assert omitted == {"preselected-consent": 2950}
    pre = [f for f in kept if f.check == "preselected-consent"]
    assert len(pre) == 50 and all(f.outcome == "violation" for f in pre)
    assert [f.selector for f in pre][:2] == ["#box5", "#box6"]  # page order kept
    assert len([f for f in kept if f.check == "fine-print-consent"]) == 3
    assert omitted_note(omitted, 50) == (
        "and 2950 more preselected-consent finding(s) not listed (at most 50 per check per step)")


def test_the_runner_caps_every_row_a_step_produced_and_records_the_count() -> None:
    rows = [StepResult(index=3, kind="explore-consent", label="first layer",
                       findings=[finding("preselected-consent", n) for n in range(7)]),
            StepResult(index=3, kind="explore-consent", label="after reject",
                       findings=[finding("preselected-consent", 1)])]
    _cap_findings(rows, 5)
    assert len(rows[0].findings) == 5
    assert rows[0].extra["findings_omitted"]["by_check"] == {"preselected-consent": 2}
    assert rows[0].extra["findings_omitted"]["note"].startswith("and 2 more preselected-consent")
    assert "findings_omitted" not in rows[1].extra


def test_screenshot_regions_are_cut_to_the_limits_from_their_corner() -> None:
    clip = bounded_clip({"x": 10, "y": 20, "width": 60_000, "height": 90_000})
    assert clip == {"x": 10.0, "y": 20.0, "width": MAX_SCREENSHOT_WIDTH, "height": MAX_SCREENSHOT_HEIGHT}
    assert bounded_clip({"x": 0, "y": 0, "width": 800, "height": 0})["height"] == 1.0
    assert needs_clip(60_000, 10) and not needs_clip(1280, 720)


def test_truncation_notes_say_what_was_not_read() -> None:
    assert truncation_notes({}) == []
    notes = truncation_notes({"elements": {"limit": 50_000}, "frames": {"limit": 50, "skipped": 12}})
    assert notes == ["only the first 50,000 elements were read; the rest of the page was not audited",
                     "12 frame(s) were not audited (past the snapshot's limit of 50 frames, or of elements)"]
