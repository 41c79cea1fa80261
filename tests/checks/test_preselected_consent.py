"""preselected-consent on saved snapshots: true positives and tempting negatives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from consentinel.checks.preselected_consent import CHECK, META
from consentinel.facts.snapshot import Snapshot

Load = Callable[[str], Snapshot]


def test_meta_matches_taxonomy() -> None:
    assert META.id == "preselected-consent" and META.impact == "critical"
    assert any("Planet49" in ref for ref in META.legal)
    assert any("Recital 32" in ref for ref in META.legal)
    assert META.options == {"flag_unlocked_necessary": False}


@pytest.mark.parametrize("name", ["alipay_annual_bill_en", "alipay_annual_bill_zh"])
def test_pre_ticked_sesame_credit_box_is_reported_with_evidence(name: str, snapshot_named: Load) -> None:
    (finding,) = CHECK.run(snapshot_named(name))
    assert finding.uid == "f0:c1" and finding.outcome == "violation"
    ev = finding.evidence
    assert ev["checked"] is True and ev["disabled"] is False and ev["readonly"] is False
    assert ev["kind"] == "checkbox" and ev["visibility"]["visible"] is True
    assert any(":data_use:credit-scoring" in m for m in ev["matched"])
    assert finding.text == ev["label"]


def test_analytics_on_is_reported_but_locked_necessary_is_not(snapshot_named: Load) -> None:
    findings = CHECK.run(snapshot_named("cookieconsent_settings"))
    assert [f.uid for f in findings] == ["f0:c2"]
    assert findings[0].text == "Performance and Analytics"  # names its purpose: quoted alone


def test_necessary_checked_but_unlocked_only_with_option(snapshot_named: Load) -> None:
    snap = snapshot_named("cookieconsent_settings")
    snap.controls[0].disabled = False
    assert [f.uid for f in CHECK.run(snap)] == ["f0:c2"]
    flagged = CHECK.run(snap, {"flag_unlocked_necessary": True})
    assert [f.uid for f in flagged] == ["f0:c1", "f0:c2"]


def test_remember_me_is_not_consent_even_beside_marketing_text(snapshot_named: Load) -> None:
    assert CHECK.run(snapshot_named("login_remember_me")) == []


def test_unticked_consent_box_is_not_reported(snapshot_named: Load) -> None:
    snap = snapshot_named("alipay_annual_bill_en")
    snap.controls[0].checked = False
    assert CHECK.run(snap) == []
    snap.controls[0].checked = None  # mixed/unknown state: no claim either way
    assert CHECK.run(snap) == []


def test_radio_yes_preselected_is_reported_no_preselected_is_not(snapshot_named: Load) -> None:
    findings = CHECK.run(snapshot_named("radio_groups"))
    assert [f.uid for f in findings] == ["f0:c1"]
    assert findings[0].evidence["kind"] == "radio"
    assert findings[0].text.startswith("Would you like to receive marketing emails")
    assert "radio group" in findings[0].message


def test_tcf_legitimate_interest_toggles_on_are_preset(snapshot_named: Load) -> None:
    findings = CHECK.run(snapshot_named("tcf_legitimate_interest"))
    assert [f.uid for f in findings] == ["f0:c2", "f0:c3"]
    assert "Measure content performance" in findings[0].text


def test_objection_toggle_left_off_counts_as_preset(snapshot_named: Load) -> None:
    snap = snapshot_named("tcf_legitimate_interest")
    objection = snap.controls[2]
    objection.label, objection.checked = "Object to legitimate interest", False
    findings = {f.uid: f for f in CHECK.run(snap)}
    assert findings["f0:c3"].evidence["objection"] is True
    objection.checked = True  # the person objected: nothing pre-set
    assert "f0:c3" not in {f.uid for f in CHECK.run(snap)}


def test_german_marketing_toggle(snapshot_named: Load) -> None:
    assert [f.uid for f in CHECK.run(snapshot_named("usercentrics_de"))] == ["f0:c3"]


def test_repeated_accessible_name_is_quoted_once(snapshot_named: Load) -> None:
    texts = {f.uid: f.text for f in CHECK.run(snapshot_named("captured_klaro_settings_dark"))}
    assert texts == {"f0:e2": "Analytics", "f0:e3": "Site analytics", "f0:e4": "Marketing",
                     "f0:e5": "Advertising partners"}
