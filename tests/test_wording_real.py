"""The wording checks on REAL texts this project did not write (tests/data/wording/real/):
precision >= 0.9 and recall >= 0.85 on the untouched TEST half, per check, for en, zh, de, fr
and es. A check/language pair with too few positives in the half is reported (skipped with the
measured numbers, as the script prints "too few positives"), not asserted: one item would swing
it. Failure messages give numbers only, never the test-half items, so reading a red run does
not leak the test half into tuning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from eval_script import eval_wording

LANGUAGES = ("en", "zh", "de", "fr", "es")
CHECK_IDS = ("bundled-consent", "confirmshaming", "trick-wording")
MIN_PRECISION = 0.9
MIN_RECALL = 0.85
# Below the floor on the whole test half as last scored (tuned on dev only). The test half has
# been scored thirty times (LOOKS.md): before tuning, after each tuning round of stops 8-11,
# twice in stop 12 (looks 8 and 9), four times in stop 13 (looks 10-13), five times in stop 14
# (looks 14-18: batches 19, 20 and 21, each scored once before anyone tuned on it, and after a
# round on the dev halves of 19 and 20) and twice in stop 15 (look 19: batch 22 scored before
# anyone tuned on it; look 20 after a round on the dev halves; look 21: batch 23 scored before
# anyone tuned on it, with the final rules) and twice in stop 16 (look 22: batch 24 scored before
# anyone tuned on it, with the rules before and after round m21; look 23: after round m22 on its
# dev half), and in stop 17 (look 24: batch 25 scored before anyone tuned on it, with the rules
# before and after round p23; look 25: after round m23 on its dev half, and batch 26 scored before
# anyone tuned on it, with the rules before and after m23; look 26: after round m24 on batch 26's
# dev half; look 27: batch 27 scored before anyone tuned on it, with stop 16's and stop 17's final
# rules), and in stop 25 (look 28: batch 28 scored before anyone tuned on it; look 29: after round
# m25 on its dev half, and batch 29 scored before anyone tuned on it, with the rules before and
# after m25; look 30: after round m26 on batch 29's dev half). The numbers are from look 30.
# Each stays a strict xfail so fixing it turns the test red until the entry goes.
BELOW_FLOOR = {
    ("en", "bundled-consent"): "test P 0.839 R 0.825 (n+ 361, FP 57, FN 63)",
    ("en", "trick-wording"): "test P 0.871 R 0.762 (n+ 80, FP 9, FN 19)",
    ("zh", "bundled-consent"): "test P 0.808 R 0.812 (n+ 181, FP 35, FN 34)",
    ("zh", "confirmshaming"): "test P 0.933 R 0.718 (n+ 39, FP 2, FN 11)",
    ("de", "bundled-consent"): "test P 0.921 R 0.790 (n+ 176, FP 12, FN 37)",
    ("de", "trick-wording"): "test P 0.400 R 0.500 (n+ 4, FP 3, FN 2)",
    ("fr", "bundled-consent"): "test P 0.813 R 0.864 (n+ 191, FP 38, FN 26)",
    ("fr", "confirmshaming"): "test P 0.980 R 0.847 (n+ 59, FP 1, FN 9)",
    ("fr", "trick-wording"): "test P 0.533 R 0.727 (n+ 11, FP 7, FN 3)",
    ("es", "bundled-consent"): "test P 0.856 R 0.808 (n+ 339, FP 46, FN 65)",
    ("es", "trick-wording"): "test P 0.864 R 0.844 (n+ 45, FP 6, FN 7)",
}

FRESH_AFTER_LOOK = 7
"""The fresh set: texts first collected after look 7 (batches 14 to 29), labelled and committed
before any scoring; batches 15, 18 and 21 no rule was tuned on, batches 16, 17, 19, 20, 22, 23,
24, 25, 26, 27, 28 and 29 were each scored once before any tuning on their dev halves (looks 10,
12, 14, 16, 19, 21, 22, 24, 25, 27, 28 and 29)."""
# Below the floor on the fresh set's test half, as scored at look 30 (LOOKS.md).
BELOW_FLOOR_FRESH: dict[tuple[str, str], str] = {
    ("en", "bundled-consent"): "fresh test P 0.834 R 0.822 (n+ 348, FP 57, FN 62)",
    ("en", "trick-wording"): "fresh test P 0.833 R 0.638 (n+ 47, FP 6, FN 17)",
    ("zh", "bundled-consent"): "fresh test P 0.800 R 0.805 (n+ 164, FP 33, FN 32)",
    ("zh", "confirmshaming"): "fresh test P 0.889 R 0.593 (n+ 27, FP 2, FN 11)",
    ("de", "bundled-consent"): "fresh test P 0.917 R 0.781 (n+ 155, FP 11, FN 34)",
    ("fr", "bundled-consent"): "fresh test P 0.802 R 0.849 (n+ 172, FP 36, FN 26)",
    ("fr", "confirmshaming"): "fresh test P 0.941 R 0.842 (n+ 19, FP 1, FN 3)",
    ("fr", "trick-wording"): "fresh test P 0.500 R 0.400 (n+ 5, FP 2, FN 3)",
    ("es", "bundled-consent"): "fresh test P 0.851 R 0.801 (n+ 321, FP 45, FN 64)",
    ("es", "confirmshaming"): "fresh test P 0.857 R 0.706 (n+ 17, FP 2, FN 5)",
    ("es", "trick-wording"): "fresh test P 0.906 R 0.806 (n+ 36, FP 3, FN 7)",
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


def _floor_cases(below_floor: dict[tuple[str, str], str] = BELOW_FLOOR) -> list[object]:
    cases: list[object] = []
    for language in LANGUAGES:
        for cid in CHECK_IDS:
            reason = below_floor.get((language, cid))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            cases.append(pytest.param(language, cid, marks=marks, id=f"{language}-{cid}"))
    return cases


def _assert_floors(language: str, cid: str, after_look: int) -> None:
    tally = EVAL.evaluate_real(language, "test", after_look)[cid]
    numbers = (f"P {tally.precision:.3f} R {tally.recall:.3f} "
               f"(TP {tally.tp} FP {tally.fp} FN {tally.fn})")
    if tally.positives < EVAL.MIN_POSITIVES:
        pytest.skip(f"too few positives (<{EVAL.MIN_POSITIVES}) in the test half: {numbers}")
    assert tally.precision >= MIN_PRECISION, numbers
    assert tally.recall >= MIN_RECALL, numbers


@pytest.mark.parametrize(("language", "cid"), _floor_cases())
def test_floors_on_the_test_half(language: str, cid: str) -> None:
    _assert_floors(language, cid, after_look=0)


@pytest.mark.parametrize(("language", "cid"), _floor_cases(BELOW_FLOOR_FRESH))
def test_floors_on_the_fresh_test_half(language: str, cid: str) -> None:
    """The same floors on the texts collected after look 7 alone (batches 14 to 20)."""
    _assert_floors(language, cid, after_look=FRESH_AFTER_LOOK)


@pytest.fixture
def real_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty real set in ``tmp_path``, with the loader's caches cleared before and after."""
    caches = (EVAL._real_files, EVAL._real_items, EVAL._first_collected)
    monkeypatch.setattr(EVAL, "REAL", tmp_path)
    for cached in caches:
        cached.cache_clear()
    yield tmp_path
    for cached in caches:
        cached.cache_clear()


def test_a_text_is_fresh_only_if_no_older_file_holds_it(real_dir: Path) -> None:
    def item(text: str) -> str:
        return f"- {{text: {text!r}, lang: en, role: decline, labels: [], source: s}}\n"

    (real_dir / "a_old.yaml").write_text("items:\n" + item("No thanks"), encoding="utf-8")
    # sorted after the fresh file, so "first seen" order alone would call its text fresh
    (real_dir / "z_old.yaml").write_text("items:\n" + item("Skip for now"), encoding="utf-8")
    (real_dir / "m_fresh.yaml").write_text(
        "collected_after_look: 7\nitems:\n" + item("no  THANKS") + item("Maybe later")
        + item("Skip for now"), encoding="utf-8")
    ages = {i["text"]: EVAL.collected_after(i) for i in EVAL.load_real_items()}
    assert ages == {"No thanks": 0, "Maybe later": 7, "Skip for now": 0}
    fresh = sum(t.tp + t.fn + t.fp for h in EVAL.REAL_HALVES
                for t in EVAL.evaluate_real("en", h, after_look=7).values())
    assert fresh == 0  # a plain decline: no check reports it, and no label says one should
    counted = [i for i in EVAL.load_real_items()
               if any(EVAL._scored(i, "en", h, 7) for h in EVAL.REAL_HALVES)]
    assert [i["text"] for i in counted] == ["Maybe later"]
    older = [i["text"] for i in EVAL.load_real_items()
             if any(EVAL._scored(i, "en", h, 0, before_look=7) for h in EVAL.REAL_HALVES)]
    assert older == ["No thanks", "Skip for now"]


def test_the_table_ends_with_the_micro_figures_of_what_it_shows(capsys: pytest.CaptureFixture[str]) -> None:
    assert EVAL.main(["--real", "--half", "dev", "--language", "de", "--collected-before", "7"]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    checks = [r for r in rows if r and r[0] in CHECK_IDS]
    micro = [r for r in rows if r and r[0] == "micro"]
    assert len(micro) == 1 and micro[0][2] == "dev"
    assert int(micro[0][5]) == sum(int(r[5]) for r in checks)  # TP summed over the checks shown


def test_the_table_says_when_positives_are_too_few(
        real_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A pair with fewer than MIN_POSITIVES positives in a half is marked, not scored as a verdict.

    Built on a set of its own: in the real set every German pair grew past the bound once batch
    29 joined, and a test that reads the shared set's counts would break with the next batch."""
    shaming = "No thanks, I like paying full price"
    (real_dir / "few.yaml").write_text(
        f"items:\n- {{text: {shaming!r}, lang: en, role: decline, labels: [confirmshaming],"
        " source: s}\n", encoding="utf-8")
    half = EVAL.real_half(shaming)
    assert EVAL.main(["--real", "--half", half, "--language", "en"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("confirmshaming")]
    assert len(rows) == 1 and rows[0].endswith(f"too few positives (<{EVAL.MIN_POSITIVES})")


def test_test_half_items_are_never_printed_and_every_look_is_counted(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Errors (items) are shown for the dev half only; scoring the test half names the ledger."""
    assert EVAL.main(["--real", "--errors", "--language", "de"]) == 2
    assert "never printed" in capsys.readouterr().err
    assert EVAL.main(["--real", "--dump", "--half", "test", "--language", "de"]) == 2
    assert "never printed" in capsys.readouterr().err
    assert EVAL.main(["--real", "--half", "dev", "--dump", "--language", "de"]) == 0
    dumped = yaml.safe_load(capsys.readouterr().out)["items"]
    assert dumped and all(EVAL.real_half(i["text"]) == "dev" and i["lang"] == "de" for i in dumped)
    assert EVAL.main(["--real", "--half", "dev", "--errors", "--language", "de"]) == 0
    assert "LOOKS.md" not in capsys.readouterr().out
    assert EVAL.looks_recorded() >= 21
