"""consent-wall, language-mismatch and asymmetric-choice's newer reasons on saved prompt facts.

The JSON files in ``data/`` named ``wall_*``, ``lang_*`` and ``reject_*`` are prompt facts
discovered on the host pages in tests/pages/prompt_checks/ (hand-written pages and the real
vanilla-cookieconsent, klaro and @porscheofficial/cookie-consent-banner), then saved unchanged
apart from ``frame_url``. Each dark page has a compliant twin that gives no finding.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from consentinel.checks import ALL_CHECKS, PROMPT_CHECKS, run_checks
from consentinel.checks.base import Finding
from consentinel.facts.prompt import PromptAction
from consentinel.facts.snapshot import Snapshot
from consentinel.lexicon import identify_language, language_shares
from consentinel.prompts.roles import classify_text, ends_visit, phrase_language

DATA = Path(__file__).parent / "data"


def facts(name: str) -> dict[str, Any]:
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def judge(check: str, prompt: dict[str, Any], **options: Any) -> list[Finding]:
    return run_checks(Snapshot(url="http://127.0.0.1:8000/", prompts=[prompt]), [check], {check: options})


# ---- consent-wall --------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["wall_pay_dark", "wall_zh_app_exit", "wall_vanilla_noreject",
                                  "wall_klaro_noreject_preticked"])
def test_blocking_prompt_without_a_way_on_is_a_wall(name: str) -> None:
    [finding] = judge("consent-wall", facts(name))
    assert finding.outcome == "violation"
    assert finding.evidence["coverage"] >= 0.8
    assert all(c["verdict"] == "not a way on" for c in finding.evidence["controls"])
    assert "blocks the page" in finding.message


@pytest.mark.parametrize("name", ["wall_pay_compliant", "wall_zh_app_compliant", "wall_vanilla_compliant",
                                  "wall_klaro_noreject", "lang_en_on_zh", "reject_buttons"])
def test_a_way_on_or_no_block_is_no_wall(name: str) -> None:
    assert judge("consent-wall", facts(name)) == []


def test_pay_wall_evidence_names_why_each_control_is_no_way_on() -> None:
    [finding] = judge("consent-wall", facts("wall_pay_dark"))
    why = {c["text"]: c["why"] for c in finding.evidence["controls"]}
    assert why == {"Accept and continue": "grants consent",
                   "Subscribe for €2.99 a month": "asks the visitor to pay"}
    assert finding.evidence["scroll_lock"] == ["html overflow-y: hidden"]
    assert finding.evidence["overlay"]  # the dimming backdrop beside the dialog


def test_disagree_and_exit_is_no_way_on_but_disagree_is() -> None:
    [finding] = judge("consent-wall", facts("wall_zh_app_exit"))
    [exit_control] = [c for c in finding.evidence["controls"] if c["role"] == "reject"]
    assert exit_control["why"] == "ends the visit (text:zh:并退出)"


def test_accept_selected_counts_only_with_optional_processing_off() -> None:
    off, on = facts("wall_klaro_noreject"), facts("wall_klaro_noreject_preticked")
    assert judge("consent-wall", off) == []
    [finding] = judge("consent-wall", on)
    [save] = [c for c in finding.evidence["controls"] if c["role"] == "save"]
    assert save["why"].startswith("saves a selection with optional processing on")


def test_scroll_lock_alone_blocks_and_thresholds_are_options() -> None:
    prompt = facts("wall_pay_dark")
    prompt["coverage"] = 0.3
    [finding] = judge("consent-wall", prompt)
    assert finding.evidence["blocking"] == ["scrolling locked (html overflow-y: hidden)"]
    assert judge("consent-wall", prompt, scroll_lock_blocks=False) == []
    prompt["scroll_lock"] = []
    assert judge("consent-wall", prompt) == []
    assert len(judge("consent-wall", prompt, min_coverage=0.25)) == 1


def test_unknown_buttons_need_review_only_when_asked() -> None:
    prompt = facts("wall_pay_dark")
    prompt["actions"].append({**prompt["actions"][0], "mark": "c", "text": "Read on",
                              "visible_text": "Read on", "role": "other", "kind": "button"})
    [listed] = judge("consent-wall", prompt)
    assert listed.outcome == "violation"
    [finding] = judge("consent-wall", prompt, unknown_role_needs_review=True)
    assert finding.outcome == "review"
    assert "'Read on'" in finding.message


def test_save_with_unknown_toggle_state_needs_review() -> None:
    prompt = facts("wall_klaro_noreject_preticked")
    for toggle in prompt["toggles"]:
        toggle["checked"] = None
        toggle["disabled"] = False
    [finding] = judge("consent-wall", prompt)
    assert finding.outcome == "review"


def test_close_counts_as_a_way_on_unless_turned_off() -> None:
    prompt = facts("wall_pay_dark")
    prompt["actions"].append({**prompt["actions"][0], "mark": "x", "text": "×", "visible_text": "×",
                              "role": "close"})
    assert judge("consent-wall", prompt) == []
    assert len(judge("consent-wall", prompt, close_is_way_on=False)) == 1


def test_unmeasured_prompt_is_not_judged() -> None:
    prompt = facts("wall_pay_dark")
    prompt["coverage"], prompt["scroll_lock"] = None, []
    assert judge("consent-wall", prompt) == []


# ---- language-mismatch ------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "page", "prompt_lang"), [
    ("lang_en_on_zh", "zh", "en"),
    ("lang_vanilla_de_on_en", "en", "de"),
])
def test_prompt_in_another_language_than_the_page(name: str, page: str, prompt_lang: str) -> None:
    [finding] = judge("language-mismatch", facts(name))
    assert finding.outcome == "violation"
    assert finding.evidence["page_language"] == page
    assert finding.evidence["page_language_from"] == "text"
    assert finding.evidence["visitor_language_from"] == "page language"
    shares = finding.evidence["prompt_languages"]
    assert max(shares, key=shares.get) == prompt_lang
    assert finding.evidence["prompt_languages"].get(page, 0) < 0.2


@pytest.mark.parametrize("name", ["lang_zh_on_zh", "wall_pay_dark", "wall_zh_app_exit", "reject_buttons",
                                  "wall_vanilla_compliant"])
def test_prompt_in_the_page_language_passes(name: str) -> None:
    assert judge("language-mismatch", facts(name)) == []


def test_the_visitors_language_also_passes() -> None:
    prompt = facts("lang_en_on_zh")
    assert judge("language-mismatch", prompt, visitor_language="en-GB") == []
    prompt["visitor_locale"] = "en-US"
    assert judge("language-mismatch", prompt) == []
    prompt["visitor_locale"] = "de-DE"
    [finding] = judge("language-mismatch", prompt)
    assert finding.evidence["visitor_language"] == "de"
    assert finding.evidence["visitor_language_from"] == "audit locale"


def test_page_language_falls_back_to_html_lang() -> None:
    prompt = facts("lang_en_on_zh")
    prompt["page_languages"] = {"und": 1.0}
    [finding] = judge("language-mismatch", prompt)
    assert (finding.evidence["page_language"], finding.evidence["page_language_from"]) == ("zh", "html lang")
    prompt["html_lang"] = None
    [unknown] = judge("language-mismatch", prompt)
    assert unknown.outcome == "review"


def test_undecided_text_that_could_be_the_language_needs_review() -> None:
    prompt = facts("lang_vanilla_de_on_en")
    for block in prompt["blocks"]:
        if block["language"] == "de" and len(block["text"]) < 40:
            block["language"] = None  # labels nothing places: they might be English
    [finding] = judge("language-mismatch", prompt)
    assert finding.outcome == "review"


def test_a_minor_passage_in_the_page_language_is_enough() -> None:
    prompt = facts("lang_en_on_zh")
    prompt["blocks"].append({"text": "我们使用 Cookie 来运行本网站并展示广告。" * 2, "language": "zh"})
    assert judge("language-mismatch", prompt) == []
    assert len(judge("language-mismatch", prompt, min_share=0.9)) == 1


def test_language_helpers_never_guess_english_for_a_label() -> None:
    """A label with no stop word is placed only by something sure of it (lingua's n-grams, a
    role phrase of one language), never defaulted to English."""
    assert identify_language("Alle akzeptieren") == "de"  # lingua is sure
    assert identify_language("OK") is None  # shared by several languages: undecided
    assert phrase_language("Alle akzeptieren") == "de"
    assert phrase_language("OK") is None
    assert identify_language("我们使用 Cookie") == "zh"
    assert language_shares(["We use cookies to run the site", "OK"]) == {"en": 0.938, "und": 0.062}


# ---- asymmetric-choice: reject in the text, more accepts ---------------------------------------

def test_reject_only_as_a_link_in_the_text() -> None:
    [finding] = judge("asymmetric-choice", facts("reject_in_text"))
    assert "reject-in-text" in finding.evidence["reasons"]
    [where] = finding.evidence["reject_in_text"]
    assert where["text"] == "reject optional cookies"
    assert where["paragraph"].startswith("We use cookies")
    assert 0 < where["offset"] < where["length"]
    assert judge("asymmetric-choice", facts("reject_in_text"), flag_reject_in_text=False)[0].evidence[
        "reasons"] == ["no-button-shape", "smaller-area"]


def test_accept_offered_more_often_than_reject() -> None:
    [finding] = judge("asymmetric-choice", facts("reject_twice"))
    assert finding.evidence["reasons"] == ["more-accepts"]
    assert finding.evidence["counts"] == {"accept": ["Accept all", "Accept all cookies"],
                                          "reject": ["Reject all"]}
    assert "accept offered 2 times, reject 1" in finding.message
    assert judge("asymmetric-choice", facts("reject_twice"), flag_more_accepts=False) == []


def test_save_controls_count_as_neither() -> None:
    prompt = facts("reject_buttons")
    prompt["actions"].append({**prompt["actions"][0], "mark": "s", "text": "Accept selected",
                              "visible_text": "Accept selected", "role": "save"})
    assert judge("asymmetric-choice", prompt) == []


def test_equal_buttons_stay_balanced() -> None:
    assert judge("asymmetric-choice", facts("reject_buttons")) == []


# ---- registry ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("check", "options"), [
    ("consent-wall", {"layers", "min_coverage", "scroll_lock_blocks", "close_is_way_on",
                      "unknown_role_needs_review"}),
    ("language-mismatch", {"layers", "min_share", "visitor_language"}),
    ("asymmetric-choice", {"flag_reject_in_text", "flag_more_accepts"}),
])
def test_registered_with_prompt_facts_documented_options_and_legal_references(
        check: str, options: set[str]) -> None:
    meta = ALL_CHECKS[check].meta
    assert meta.requires == ("prompts",)
    assert options <= set(meta.options)
    assert meta.legal and meta.help and meta.title
    assert check in PROMPT_CHECKS


def test_only_refusals_and_closes_can_end_the_visit() -> None:
    def action(text: str) -> PromptAction:
        role, _ = classify_text(text)
        return PromptAction(mark="m", text=text, role=role)

    assert ends_visit(action("不同意并退出")) == "text:zh:并退出"
    assert ends_visit(action("Decline and leave the site")) == "text:en:and leave"
    assert ends_visit(action("保存并退出")) is None  # a save closes the dialog, not the visit
    assert ends_visit(action("不同意")) is None
    assert classify_text("Subscribe now")[0] == "pay"
    assert classify_text("继续浏览但不同意")[0] == "reject"
