"""Saved snapshots + an expectations file (axe-core's fixture/expectation pairs, no browser).

Each snapshot must yield exactly the listed (check, uid) pairs from the four visual checks:
no more (the tempting negatives) and no fewer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from consentinel.checks import ALL_CHECKS, run_checks
from consentinel.facts.snapshot import Snapshot

VISUAL_CHECKS = ("preselected-consent", "hidden-consent", "fine-print-consent", "low-contrast-consent")
SNAPSHOT_DIR = Path(__file__).resolve().parents[1] / "data" / "snapshots"
EXPECTATIONS: dict[str, dict[str, dict[str, list[str]]]] = yaml.safe_load(
    (SNAPSHOT_DIR / "expectations.yaml").read_text(encoding="utf-8")
)


def _pairs(table: dict[str, list[str]] | None) -> set[tuple[str, str]]:
    return {(check, uid) for check, uids in (table or {}).items() for uid in uids}


def test_every_saved_snapshot_has_expectations() -> None:
    on_disk = {p.stem for p in SNAPSHOT_DIR.glob("*.json")}
    assert on_disk == set(EXPECTATIONS)


def test_visual_checks_are_registered() -> None:
    assert set(VISUAL_CHECKS) <= set(ALL_CHECKS)


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_snapshot_yields_exactly_the_expected_findings(
    name: str, snapshot_named: Callable[[str], Snapshot]
) -> None:
    expected = EXPECTATIONS[name]
    findings = run_checks(snapshot_named(name), VISUAL_CHECKS)
    got_violations = {(f.check, f.uid) for f in findings if f.outcome == "violation"}
    got_reviews = {(f.check, f.uid) for f in findings if f.outcome == "review"}
    assert got_violations == _pairs(expected.get("violations"))
    assert got_reviews == _pairs(expected.get("review"))


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_findings_carry_selector_box_and_serialisable_evidence(
    name: str, snapshot_named: Callable[[str], Snapshot]
) -> None:
    for finding in run_checks(snapshot_named(name), VISUAL_CHECKS):
        assert finding.selector and finding.box is not None and finding.message
        assert 0 < len(finding.text) <= 300
        json.dumps(finding.to_dict(), ensure_ascii=False)  # evidence must go into report.json


def test_saved_snapshot_round_trips_unchanged(snapshot_named: Callable[[str], Snapshot]) -> None:
    snap = snapshot_named("alipay_annual_bill_en")
    raw = json.loads((SNAPSHOT_DIR / "alipay_annual_bill_en.json").read_text(encoding="utf-8"))
    assert Snapshot.from_dict(snap.to_dict()) == snap
    assert snap.to_dict()["controls"][0]["checked"] is raw["controls"][0]["checked"] is True
