"""The wording checks meet the issue's bar on the labelled set: precision >= 0.9 and recall >= 0.85
per check per required language (tests/data/wording/, scripts/eval_wording.py)."""

from __future__ import annotations

import pytest
from eval_script import eval_wording

REQUIRED_LANGUAGES = ("en", "zh")
MIN_PRECISION = 0.9
MIN_RECALL = 0.85
MIN_ITEMS = 150
CHECK_IDS = ("bundled-consent", "confirmshaming", "trick-wording")


EVAL = eval_wording()


@pytest.mark.parametrize("language", REQUIRED_LANGUAGES)
def test_set_is_large_enough_with_positives_and_negatives(language: str) -> None:
    items = EVAL.load_items(language)
    assert len(items) >= MIN_ITEMS
    for item in items:
        assert item["role"] in EVAL.ROLES and item.get("source"), item
        assert set(item["labels"]) <= set(CHECK_IDS), item
    for cid in CHECK_IDS:
        assert sum(cid in i["labels"] for i in items) >= 20, cid
    assert sum(not i["labels"] for i in items) >= 60  # tempting negatives
    heldout = sum(EVAL.split_of(i["text"]) == "heldout" for i in items)
    assert 0.2 <= heldout / len(items) <= 0.4


@pytest.mark.parametrize("split", ["all", "heldout"])
@pytest.mark.parametrize("language", REQUIRED_LANGUAGES)
def test_precision_and_recall(language: str, split: str) -> None:
    tallies = EVAL.evaluate(language, split)
    for cid in CHECK_IDS:
        tally = tallies[cid]
        assert tally.tp > 0, cid
        assert tally.precision >= MIN_PRECISION, (cid, tally.errors)
        assert tally.recall >= MIN_RECALL, (cid, tally.errors)


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_welcome_languages_work_too(language: str) -> None:
    """German, French and Spanish have smaller sets (20 items each); the same bar applies."""
    from consentinel.lexicon.wording import available_languages

    assert language in available_languages()
    for cid, tally in EVAL.evaluate(language, "all").items():
        assert tally.tp > 0 and tally.precision >= MIN_PRECISION and tally.recall >= MIN_RECALL, cid


def test_a_broken_rule_is_caught() -> None:
    """The evaluation really runs the checks: an item with a wrong label shows up as an error."""
    item = {"text": "No thanks", "role": "decline", "labels": ["confirmshaming"], "source": "test"}
    assert EVAL.predicted(item) == set()


def test_script_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert EVAL.main(["--split", "all", "--language", "en"]) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "bundled-consent  en" in out
