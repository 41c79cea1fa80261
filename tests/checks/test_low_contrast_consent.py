"""low-contrast-consent on saved snapshots: WCAG ratios, large text, alpha, uncertain bg."""

from __future__ import annotations

from collections.abc import Callable

from consentinel.checks.low_contrast_consent import CHECK, META
from consentinel.facts.snapshot import Action, Box, Snapshot, TextBlock, Visibility

Load = Callable[[str], Snapshot]


def test_meta_matches_taxonomy() -> None:
    assert META.id == "low-contrast-consent" and META.impact == "serious"
    assert "WCAG 2.2 SC 1.4.3" in META.legal
    assert META.options["normal_ratio"] == 4.5 and META.options["large_ratio"] == 3.0


def test_pale_sesame_credit_line(snapshot_named: Load) -> None:
    (finding,) = CHECK.run(snapshot_named("alipay_annual_bill_en"))
    ev = finding.evidence
    assert finding.uid == "f0:t10" and finding.outcome == "violation"
    assert ev["ratio"] == 1.67 and ev["required"] == 4.5
    assert ev["fg"] == "#c8c8c8" and ev["bg"] == "#ffffff"
    assert ev["font_size"] == 10 and ev["large"] is False and ev["background_uncertain"] is None


def test_large_bold_text_needs_only_three_to_one(snapshot_named: Load) -> None:
    findings = CHECK.run(snapshot_named("large_bold_text"))
    assert [f.uid for f in findings] == ["f0:t2"]  # not the 20 px bold heading (f0:t1)
    assert findings[0].evidence["ratio"] == 3.23


def test_large_threshold_edges(snapshot_named: Load) -> None:
    snap = snapshot_named("large_bold_text")
    heading = snap.texts[0]
    heading.font_weight = 400  # 20 px regular is not large
    assert "f0:t1" in {f.uid for f in CHECK.run(snap)}
    heading.font_size = 24.0  # 24 px is large at any weight
    assert "f0:t1" not in {f.uid for f in CHECK.run(snap)}


def test_gradient_background_is_review_not_violation(snapshot_named: Load) -> None:
    (finding,) = CHECK.run(snapshot_named("gradient_text"))
    assert finding.outcome == "review"
    assert finding.evidence["background_uncertain"] == "background-image: linear-gradient"
    assert CHECK.run(snapshot_named("gradient_text"), {"review_uncertain": False}) == []


def test_text_alpha_and_element_opacity_are_composited(snapshot_named: Load) -> None:
    snap = snapshot_named("alipay_annual_bill_en")
    line = snap.texts[-2]
    line.color = [0, 0, 0, 1]
    assert CHECK.run(snap) == []  # black on white: 21:1
    line.color = [0, 0, 0, 0.3]
    (finding,) = CHECK.run(snap)
    assert finding.evidence["fg"] == "#b3b3b3"
    line.color, line.opacity = [0, 0, 0, 1], 0.3
    assert CHECK.run(snap)[0].evidence["fg"] == "#b3b3b3"


def test_pale_text_that_is_not_consent_is_left_to_axe(snapshot_named: Load) -> None:
    assert CHECK.run(snapshot_named("footer_fine_print")) == []


def test_a_pale_refusal_button_is_not_consent_text() -> None:
    # cookie-consent-js's "necessary only" button restyled as grey text: it names cookies and
    # "accept" but refuses, so its contrast is the asymmetric-choice check's business.
    label = "Only accept technically necessary cookies"
    box, visible = Box(600, 660, 260, 20), Visibility()
    snap = Snapshot(url="http://127.0.0.1/", lang="en")
    snap.texts.append(TextBlock(uid="t1", selector="button.btn-quiet", frame=0, tag="button", box=box,
                                visibility=visible, text=label, font_size=12,
                                color=[108, 117, 125, 1], background=[248, 249, 250, 1]))
    assert [f.uid for f in CHECK.run(snap)] == ["t1"]  # as loose text it reads as consent text
    snap.actions.append(Action(uid="a1", selector="button.btn-quiet", frame=0, tag="button", box=box,
                               visibility=visible, text=label))
    assert CHECK.run(snap) == []
    snap.texts[0].text = "We use cookies for analytics; accept them to help us improve."
    snap.texts[0].box = Box(600, 600, 600, 40)  # a sentence of the notice, not inside the button
    assert [f.uid for f in CHECK.run(snap)] == ["t1"]
