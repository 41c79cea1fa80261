"""fine-print-consent on saved snapshots: absolute and relative thresholds, footers."""

from __future__ import annotations

from collections.abc import Callable

from consentinel.checks.fine_print_consent import CHECK, META
from consentinel.facts.snapshot import Snapshot

Load = Callable[[str], Snapshot]


def test_meta_matches_taxonomy() -> None:
    assert META.id == "fine-print-consent" and META.impact == "moderate"
    assert META.options == {"max_font_px": 11.0, "min_ratio": 0.75}
    assert any("缩小文字" in ref for ref in META.legal)


def test_ten_pixel_consent_line_is_fine_print(snapshot_named: Load) -> None:
    (finding,) = CHECK.run(snapshot_named("alipay_annual_bill_zh"))
    assert finding.uid == "f0:t10" and finding.text == "我已阅读并同意《芝麻服务协议》"
    ev = finding.evidence
    assert ev["font_size"] == 10 and ev["main_font_size"] == 16 and ev["ratio"] == 0.62
    assert ev["thresholds"] == {"max_font_px": 11.0, "min_ratio": 0.75}
    assert ev["below_absolute"] and ev["below_relative"]


def test_legal_footer_granting_nothing_is_not_fine_print(snapshot_named: Load) -> None:
    assert CHECK.run(snapshot_named("footer_fine_print")) == []


def test_relative_threshold_alone(snapshot_named: Load) -> None:
    snap = snapshot_named("alipay_annual_bill_en")
    for block in snap.texts:
        block.font_size = 20.0 if block.uid != "f0:t10" else 14.0  # 14/20 = 70 % < 75 %
    (finding,) = CHECK.run(snap)
    assert not finding.evidence["below_absolute"] and finding.evidence["below_relative"]
    snap.texts[-2].font_size = 15.0  # 75 %: not below
    assert CHECK.run(snap) == []


def test_absolute_threshold_is_an_option(snapshot_named: Load) -> None:
    snap = snapshot_named("alipay_annual_bill_en")
    snap.texts[-2].font_size = 12.5
    assert CHECK.run(snap) == []  # 12.5 px is 78 % of 16 px and above 11 px
    assert len(CHECK.run(snap, {"max_font_px": 13})) == 1


def test_hidden_consent_text_is_left_to_hidden_consent(snapshot_named: Load) -> None:
    snap = snapshot_named("alipay_annual_bill_en")
    snap.texts[-2].visibility.visible = False
    assert CHECK.run(snap) == []
