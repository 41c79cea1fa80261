"""confirmshaming on hand-made snapshots: the shaming decline option, never neutral ones."""

from __future__ import annotations

import pytest
from wording_snapshots import action, control, page, text

from consentinel.checks import ALL_CHECKS
from consentinel.checks.confirmshaming import CHECK, META


def test_registered_with_taxonomy_impact() -> None:
    assert ALL_CHECKS["confirmshaming"] is CHECK
    assert META.impact == "minor"
    assert any("India" in ref for ref in META.legal)


@pytest.mark.parametrize("words", [
    "No thanks, I don't like saving money",
    "I\u2019d rather pay full price",  # typographic apostrophe, as pages write it
    "I will stay unsecured",
    "不了，我不想省钱",
    "残忍拒绝",
])
def test_finding_sits_on_the_shaming_link(words: str) -> None:
    snap = page(action("f0:yes", "Get 20% off"), action("f0:no", words, kind="link", x=300))
    [finding] = CHECK.run(snap)
    assert finding.uid == "f0:no"
    assert finding.selector == "#f0-no"
    assert finding.evidence["element_kind"] == "action"
    assert finding.evidence["matched_phrases"]


@pytest.mark.parametrize("words", ["No thanks", "Not now", "暂不", "以后再说", "Maybe later",
                                   "I'd rather not share my location", "不了，谢谢", "原价购买"])
def test_neutral_declines_are_not_findings(words: str) -> None:
    assert CHECK.run(page(action("f0:no", words, kind="link"))) == []


def test_radio_label_and_text_option_are_judged_once() -> None:
    snap = page(control("f0:c1", "No, I prefer to stay unprotected"),
                text("f0:t1", "No, I prefer to stay unprotected", control="f0:c1"),
                text("f0:t2", "我宁愿付全价", y=300, form=None))
    found = {(f.uid, f.evidence["element_kind"]) for f in CHECK.run(snap)}
    assert found == {("f0:c1", "control"), ("f0:t2", "text")}


def test_button_text_collected_twice_gives_one_finding() -> None:
    words = "No thanks, I hate free stuff"
    snap = page(action("f0:no", words), text("f0:t1", words))
    assert [f.uid for f in CHECK.run(snap)] == ["f0:no"]


def test_long_prose_quoting_a_phrase_is_not_an_option() -> None:
    prose = ("Our research found that links such as \"No thanks, I don't like saving money\" annoy "
             "customers, so we never use them; choose whichever option suits you below.")
    assert CHECK.run(page(text("f0:t1", prose))) == []
    assert len(CHECK.run(page(text("f0:t1", prose)), {"max_text_chars": 1000})) == 1
