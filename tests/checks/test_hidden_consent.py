"""hidden-consent on saved snapshots: hidden and on vs closed layers, proxies, below the fold."""

from __future__ import annotations

from collections.abc import Callable

from consentinel.checks.hidden_consent import CHECK, META
from consentinel.facts.snapshot import Snapshot

Load = Callable[[str], Snapshot]


def test_meta_matches_taxonomy() -> None:
    assert META.id == "hidden-consent" and META.impact == "critical"
    assert META.options["ignore_closed_layers"] is True


def test_hidden_checked_box_and_hidden_granting_text(snapshot_named: Load) -> None:
    findings = {f.uid: f for f in CHECK.run(snapshot_named("hidden_checked_consent"))}
    assert set(findings) == {"f0:c1", "f0:t3"}
    box_ev = findings["f0:c1"].evidence
    assert box_ev["reasons"] == ["display-none"] and box_ev["hidden_by"] == "#share-partners"
    assert box_ev["checked"] is True and box_ev["box"]["width"] == 16
    assert findings["f0:t3"].evidence["reasons"] == ["clipped"]


def test_hidden_unchecked_box_grants_nothing(snapshot_named: Load) -> None:
    snap = snapshot_named("hidden_checked_consent")
    snap.controls[0].checked = False
    assert [f.uid for f in CHECK.run(snap)] == ["f0:t3"]


def test_closed_settings_layer_is_not_a_trick(snapshot_named: Load) -> None:
    snap = snapshot_named("closed_settings_dialog")
    assert CHECK.run(snap) == []
    # The same hidden text counts when the option treats closed layers as in use.
    assert [f.uid for f in CHECK.run(snap, {"ignore_closed_layers": False})] == ["f0:t2"]


def test_visually_hidden_input_with_visible_proxy_is_perceivable(snapshot_named: Load) -> None:
    snap = snapshot_named("cookieconsent_settings")
    assert CHECK.run(snap) == []
    snap.controls[1].proxy_visible = False  # no slider either: the ON analytics toggle is hidden
    assert [f.uid for f in CHECK.run(snap)] == ["f0:c2"]


def test_below_the_fold_is_not_hidden(snapshot_named: Load) -> None:
    snap = snapshot_named("alipay_annual_bill_en")
    for element in (snap.controls[0], *snap.texts):
        element.visibility.in_viewport = False
    assert CHECK.run(snap) == []


def test_label_text_of_a_control_is_reported_once_on_the_control(snapshot_named: Load) -> None:
    snap = snapshot_named("alipay_annual_bill_en")
    for element in (snap.controls[0], snap.texts[-2]):
        element.visibility.visible = False
        element.visibility.reasons = ["opacity"]
    assert [f.uid for f in CHECK.run(snap)] == ["f0:c1"]


def test_hidden_text_in_a_form_no_longer_shown_is_not_in_use(snapshot_named: Load) -> None:
    snap = snapshot_named("hidden_checked_consent")
    snap.controls[0].checked = False
    for element in (*snap.texts, *snap.actions, *snap.controls):
        if element.form == "f0:form1":
            element.visibility.visible = False
    assert CHECK.run(snap) == []


def test_service_toggle_in_collapsed_sub_list_is_shown_by_its_purpose_toggle(snapshot_named: Load) -> None:
    snap = snapshot_named("captured_klaro_settings_dark")
    assert CHECK.run(snap) == []
    # Without the visible purpose toggle in the same state, the hidden service toggle is hidden consent.
    purpose = next(c for c in snap.controls if c.uid == "f0:e2")
    purpose.checked = False
    assert "f0:e3" in {f.uid for f in CHECK.run(snap)}


def test_hidden_invitation_is_not_hidden_assent(snapshot_named: Load) -> None:
    snap = snapshot_named("captured_vanilla_cookieconsent_settings_dark")
    assert CHECK.run(snap) == []
    flagged = CHECK.run(snap, {"text_requires_assent": False})
    assert any(f.text.startswith("Allow our advertising partners") for f in flagged)
