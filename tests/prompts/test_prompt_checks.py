"""no-reject-option and asymmetric-choice on saved prompt facts (no browser).

The JSON files in ``data/`` are prompt facts discovered (generic discovery, no CMP rules) on
the host pages in tests/pages/cmp_prompts/ with the real klaro, vanilla-cookieconsent and
@porscheofficial/cookie-consent-banner, then saved unchanged.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from consentinel.checks import ALL_CHECKS, run_checks
from consentinel.facts.prompt import Prompt
from consentinel.facts.snapshot import Snapshot

DATA = Path(__file__).parent / "data"
PROMPT_CHECKS = ["no-reject-option", "asymmetric-choice"]


def facts(name: str) -> dict[str, Any]:
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def judge(*prompts: dict[str, Any], options: dict[str, dict[str, Any]] | None = None) -> list[str]:
    snapshot = Snapshot(url="http://127.0.0.1:8000/", prompts=list(prompts))
    return sorted(f.check for f in run_checks(snapshot, PROMPT_CHECKS, options))


def test_both_checks_are_registered() -> None:
    assert {"no-reject-option", "asymmetric-choice"} <= set(ALL_CHECKS)


def test_no_prompts_no_findings() -> None:
    assert judge() == []


@pytest.mark.parametrize("cmp", ["vanilla", "klaro", "porsche"])
def test_compliant_first_layers_pass(cmp: str) -> None:
    assert judge(facts(f"{cmp}_compliant")) == []


@pytest.mark.parametrize("cmp", ["klaro", "porsche"])
def test_missing_first_layer_reject_is_reported_with_click_counts(cmp: str) -> None:
    prompt = facts(f"{cmp}_noreject")
    prompt["clicks"] = {"accept": 1, "reject": 2}
    prompt["paths"] = {"accept": ["Agree"], "reject": ["Cookie settings", "Save selection"]}
    snapshot = Snapshot(url="u", prompts=[prompt])
    [finding] = run_checks(snapshot, ["no-reject-option"])
    assert finding.evidence["accept_clicks"] == 1
    assert finding.evidence["reject_clicks"] == 2
    assert finding.evidence["paths"]["reject"] == ["Cookie settings", "Save selection"]
    assert {a["role"] for a in finding.evidence["actions"]} >= {"accept", "settings"}
    assert "2 clicks" in finding.message
    assert finding.box is not None and finding.box.width > 0


def test_unreachable_reject_is_said_so() -> None:
    prompt = facts("klaro_noreject")
    prompt["clicks"] = {"accept": 1, "reject": None}
    [finding] = run_checks(Snapshot(url="u", prompts=[prompt]), ["no-reject-option"])
    assert finding.evidence["reject_clicks"] is None
    assert "no way to reject" in finding.message


@pytest.mark.parametrize(("cmp", "expected"), [
    ("vanilla", {"no-button-shape", "faint-text", "smaller-area"}),
    ("klaro", {"no-button-shape", "smaller-font", "smaller-area"}),
    ("porsche", {"no-button-shape", "faint-text", "smaller-font", "smaller-area"}),
])
def test_faint_reject_is_asymmetric_with_measured_figures(cmp: str, expected: set[str]) -> None:
    [finding] = run_checks(Snapshot(url="u", prompts=[facts(f"{cmp}_faint")]), ["asymmetric-choice"])
    assert set(finding.evidence["reasons"]) == expected
    accept, reject = finding.evidence["accept"], finding.evidence["reject"]
    assert accept["shape_contrast"] >= 1.25 > reject["shape_contrast"]
    assert finding.evidence["area_ratio"] < 0.5
    assert finding.text == reject["text"]


def test_findings_quote_the_rendered_text_not_the_aria_label() -> None:
    prompt = facts("vanilla_faint")
    for action in prompt["actions"]:
        if action["role"] == "reject":
            action["visible_text"], action["text"] = action["text"], "deny cookies"
    [finding] = run_checks(Snapshot(url="u", prompts=[prompt]), ["asymmetric-choice"])
    assert finding.text != "deny cookies" and finding.text == finding.evidence["reject"]["text"]
    assert "deny cookies" not in finding.message


def test_equal_buttons_differing_only_in_wording_pass() -> None:
    prompt = facts("vanilla_compliant")
    accept = next(a for a in prompt["actions"] if a["role"] == "accept")
    reject = next(a for a in prompt["actions"] if a["role"] == "reject")
    reject.update({k: copy.deepcopy(accept[k]) for k in ("font_size", "color", "own_background", "background",
                                                          "border_width", "border_color")})
    reject["text"] = "No thanks, decline everything"
    assert judge(prompt) == []


def test_thresholds_are_options() -> None:
    prompt = facts("klaro_faint")
    relaxed = {"asymmetric-choice": {"shape_min_contrast": 1.0, "font_ratio_min": 0.5, "area_ratio_min": 0.1,
                                     "text_contrast_min": 1.0, "text_contrast_min_large": 1.0}}
    assert judge(prompt, options=relaxed) == []


def test_smaller_font_alone_is_enough() -> None:
    prompt = facts("vanilla_compliant")
    reject = next(a for a in prompt["actions"] if a["role"] == "reject")
    reject["font_size"] = 9
    [finding] = run_checks(Snapshot(url="u", prompts=[prompt]), ["asymmetric-choice"])
    assert finding.evidence["reasons"] == ["smaller-font"]
    assert finding.evidence["font_ratio"] < 0.8


def test_settings_layers_are_not_judged_by_default() -> None:
    prompt = facts("klaro_noreject")
    prompt["layer"] = "settings"
    assert judge(prompt) == []
    assert judge(prompt, options={"no-reject-option": {"layers": ["settings"]}}) == ["no-reject-option"]


def test_prompt_facts_round_trip_through_snapshot_json() -> None:
    prompt = facts("porsche_faint")
    snapshot = Snapshot(url="u", prompts=[prompt])
    again = Snapshot.from_dict(json.loads(json.dumps(snapshot.to_dict())))
    assert again.prompts == [prompt]
    parsed = Prompt.from_dict(prompt)
    assert Prompt.from_dict(parsed.to_dict()) == parsed
    assert Prompt.from_dict(prompt).actions_with_role("reject")[0].text == "Only essential cookies"


def _notice(text: str) -> dict[str, Any]:
    prompt = facts("klaro_noreject")
    prompt["text"] = text
    prompt["actions"] = [a for a in prompt["actions"] if a["role"] == "accept"]
    return prompt


def _accept_phase(*cookies: dict[str, Any]) -> dict[str, Any]:
    phase = {"phase": "after-accept", "choice": {"role": "accept", "reached": True},
             "cookies": list(cookies), "storage": [], "requests": []}
    return {"schema": "consentinel.tracking/1", "phases": {"after-accept": phase}}


NECESSARY_ONLY = "This site only uses strictly necessary cookies so that it works. Got it"
UNCLEAR = "Welcome to our shop. Got it"
GA = {"name": "_ga", "party": "first", "t_choice_ms": 40.0,
      "classification": {"verdict": "tracking", "kind": "tracking-cookie", "reasons": ["r"]}}


def test_informational_notice_of_a_necessary_only_site_has_nothing_to_reject() -> None:
    assert judge(_notice(NECESSARY_ONLY)) == []
    # ... unless accepting it switched tracking on.
    snapshot = Snapshot(url="u", prompts=[_notice(NECESSARY_ONLY)], tracking=_accept_phase(GA))
    [finding] = run_checks(snapshot, ["no-reject-option"])
    assert finding.outcome == "violation" and finding.evidence["grants_optional"] is True


def test_a_notice_whose_grant_cannot_be_told_needs_review_and_tracking_facts_decide() -> None:
    [finding] = run_checks(Snapshot(url="u", prompts=[_notice(UNCLEAR)]), ["no-reject-option"])
    assert finding.outcome == "review" and finding.evidence["grants_optional"] is None
    quiet = Snapshot(url="u", prompts=[_notice(UNCLEAR)], tracking=_accept_phase())
    assert run_checks(quiet, ["no-reject-option"]) == []
