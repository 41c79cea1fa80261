"""The wording checks on REAL texts this project did not write (tests/data/wording/real/):
precision >= 0.9 and recall >= 0.85 on the untouched TEST half, per check, for en, zh, de, fr
and es. A check/language pair with too few positives in the half is reported (skipped with the
measured numbers, as the script prints "too few positives"), not asserted: one item would swing
it. Failure messages give numbers only, never the test-half items, so reading a red run does
not leak the test half into tuning."""

from __future__ import annotations

import pytest
from eval_script import eval_wording

LANGUAGES = ("en", "zh", "de", "fr", "es")
CHECK_IDS = ("bundled-consent", "confirmshaming", "trick-wording")
MIN_PRECISION = 0.9
MIN_RECALL = 0.85
# Below the floor on the test half as last scored (tuned on dev only). The test half has been
# scored four times: before tuning, after the first round, after the second (2026-11-30, when
# de/fr/es texts were added and split by hash) and after the third (2026-11-30, 89 more real
# texts, fr trick-wording scored for the first time). Measured numbers are in each reason. Each
# stays a strict xfail so fixing it (from dev evidence or new rules) turns the test red until
# the entry goes.
BELOW_FLOOR = {
    ("de", "confirmshaming"): "test P 1.00 R 0.733 (n+ 15, FN 4)",
    ("en", "trick-wording"): "test P 0.923 R 0.80 (n+ 15, FP 1 FN 3)",
    ("es", "confirmshaming"): "test P 1.00 R 0.727 (n+ 11, FN 3)",
    ("es", "trick-wording"): "test P 0.833 R 1.00 (n+ 5, FP 1)",
    ("fr", "trick-wording"): "test P 0.75 R 0.75 (n+ 4, FP 1 FN 1)",
}


EVAL = eval_wording()


def test_every_real_item_names_its_source_and_a_known_label() -> None:
    items = EVAL.load_real_items()
    assert len(items) >= 500
    for item in items:
        assert item["role"] in EVAL.ROLES and item["lang"] and item.get("source"), item
        assert set(item["labels"]) <= set(CHECK_IDS), item


def test_the_split_is_fixed_by_the_text_and_about_even() -> None:
    items = EVAL.load_real_items()
    test_half = [i for i in items if EVAL.real_half(i["text"]) == "test"]
    assert 0.4 <= len(test_half) / len(items) <= 0.6
    assert EVAL.real_half("No thanks") == EVAL.real_half("  NO   THANKS ")  # normalised, not chosen


def _floor_cases() -> list[object]:
    cases: list[object] = []
    for language in LANGUAGES:
        for cid in CHECK_IDS:
            reason = BELOW_FLOOR.get((language, cid))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            cases.append(pytest.param(language, cid, marks=marks, id=f"{language}-{cid}"))
    return cases


@pytest.mark.parametrize(("language", "cid"), _floor_cases())
def test_floors_on_the_test_half(language: str, cid: str) -> None:
    tally = EVAL.evaluate_real(language, "test")[cid]
    numbers = (f"P {tally.precision:.3f} R {tally.recall:.3f} "
               f"(TP {tally.tp} FP {tally.fp} FN {tally.fn})")
    if tally.positives < EVAL.MIN_POSITIVES:
        pytest.skip(f"too few positives (<{EVAL.MIN_POSITIVES}) in the test half: {numbers}")
    assert tally.precision >= MIN_PRECISION, numbers
    assert tally.recall >= MIN_RECALL, numbers


def test_the_table_says_when_positives_are_too_few(capsys: pytest.CaptureFixture[str]) -> None:
    assert EVAL.main(["--real", "--language", "de"]) == 0
    out = capsys.readouterr().out
    assert "F1" in out and "too few positives" in out
