"""Exploration end to end: first layer, settings layer, accept and reject on real CMPs.

Each test explores one configuration with the product's own auditor, so the findings are what
a scan reports. Click counts are checked against what the configuration offers, and the
reject path is checked for effect (the consent manager's stored choice), not only for clicks.
"""

from __future__ import annotations

import json
from urllib.parse import unquote

import pytest
from playwright.sync_api import Browser

from consentinel.gather.explore import ExplorationResult, ExploreOptions, explore_consent

pytestmark = [pytest.mark.browser, pytest.mark.npm]

PAGES = "/pages/cmp_prompts"
PROMPT_CHECKS = {"no-reject-option", "asymmetric-choice"}


def ids(result: ExplorationResult, layer: str) -> set[str]:
    state = result.layer(layer)
    assert state is not None, f"no {layer} layer"
    return {f.check for f in state.findings if f.outcome == "violation"}


def test_compliant_vanilla_cookieconsent(browser: Browser, tests_base_url: str) -> None:
    result = explore_consent(browser, f"{tests_base_url}{PAGES}/vanilla.html")
    assert result.prompt is not None and result.prompt.layer == "first"
    assert [layer.label for layer in result.layers] == ["first layer", "settings layer", "after accept",
                                                         "after reject"]
    assert all(layer.screenshot_png and layer.screenshot_png[:4] == b"\x89PNG" for layer in result.layers)
    assert result.clicks == {"accept": 1, "reject": 1}
    assert result.paths["reject"].clicked == ["Reject all"] and result.paths["reject"].prompt_gone
    assert result.settings_prompt is not None
    assert [t.checked for t in result.settings_prompt.toggles if not t.disabled] == [False, False]
    assert not ids(result, "first") and not ids(result, "accept") and not ids(result, "reject")
    assert "preselected-consent" not in ids(result, "settings")
    # The prompt facts the checks judged carry the click counts.
    assert result.layers[0].snapshot is not None
    assert result.layers[0].snapshot.prompts[0]["clicks"] == {"accept": 1, "reject": 1}


def test_klaro_no_first_layer_reject_and_preticked(browser: Browser, tests_base_url: str) -> None:
    """Reject = open settings, switch every pre-ticked toggle off, save: verified by klaro's cookie."""
    result = explore_consent(browser, f"{tests_base_url}{PAGES}/klaro.html?variant=noreject,preticked")
    assert ids(result, "first") == {"no-reject-option"}
    assert "preselected-consent" in ids(result, "settings")
    reject = result.paths["reject"]
    assert reject.via == "settings-toggles"
    assert reject.clicked[0] == "Let me choose" and reject.clicked[-1] == "Accept selected"
    switched = [c for c in reject.clicked if c.startswith("switch off:")]
    assert switched, "pre-ticked toggles were not switched off"
    assert reject.clicks == len(reject.clicked) == 2 + len(switched)
    assert result.clicks["accept"] == 1
    [finding] = [f for f in result.layers[0].findings if f.check == "no-reject-option"]
    assert finding.evidence["accept_clicks"] == 1 and finding.evidence["reject_clicks"] == reject.clicks
    # The counted clicks really refused: klaro stored every optional service as off.
    layer = result.layer("reject")
    assert layer is not None
    stored = json.loads(unquote(next(c["value"] for c in layer.cookies if c["name"] == "klaro")))
    assert stored == {"session": True, "siteanalytics": False, "adpartners": False}
    accepted = result.layer("accept")
    assert accepted is not None
    stored = json.loads(unquote(next(c["value"] for c in accepted.cookies if c["name"] == "klaro")))
    assert stored == {"session": True, "siteanalytics": True, "adpartners": True}


def test_porsche_preticked_settings_layer(browser: Browser, tests_base_url: str) -> None:
    result = explore_consent(browser, f"{tests_base_url}{PAGES}/porsche.html?variant=preticked")
    assert ids(result, "first") == set()
    assert ids(result, "settings") == {"preselected-consent"}
    assert result.clicks == {"accept": 1, "reject": 1}
    assert result.settings_prompt is not None and result.settings_prompt.layer == "settings"


def test_late_chinese_prompt_without_any_rule(browser: Browser, tests_base_url: str) -> None:
    result = explore_consent(browser, f"{tests_base_url}{PAGES}/delayed_zh.html", locale="zh-CN")
    assert result.prompt is not None and result.prompt.rule is None
    assert result.clicks == {"accept": 1, "reject": 1}
    assert result.paths["reject"].clicked == ["全部拒绝"]
    assert result.settings_prompt is not None and len(result.settings_prompt.toggles) == 3
    assert not any(f.check in PROMPT_CHECKS for f in result.findings)
    assert "preselected-consent" not in ids(result, "settings")


def test_page_without_prompt(browser: Browser, tests_base_url: str) -> None:
    result = explore_consent(browser, f"{tests_base_url}{PAGES}/none.html",
                             options=ExploreOptions(prompt_timeout_ms=1500))
    assert result.prompt is None and result.paths == {}
    assert [layer.layer for layer in result.layers] == ["first"]
    assert result.layers[0].error is None
    assert not any(f.check in PROMPT_CHECKS for f in result.findings)
    assert result.summary()["prompt_found"] is False


def test_cross_origin_frame_prompt_without_reject(browser: Browser, tests_base_url: str,
                                                  third_party_base_url: str) -> None:
    src = f"{third_party_base_url}{PAGES}/frame_prompt.html"
    result = explore_consent(browser, f"{tests_base_url}{PAGES}/frame_host.html?variant=noreject&src={src}",
                             locale="de-DE")
    assert result.prompt is not None and result.prompt.cross_origin
    assert ids(result, "first") == {"no-reject-option"}
    assert result.clicks == {"accept": 1, "reject": None}  # its settings button opens nothing
    assert result.paths["reject"].error
