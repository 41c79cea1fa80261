"""Prompt discovery on real consent managers, a late prompt, a framed prompt and no prompt.

Generic discovery is tested with the known-CMP rules switched off (``rules=()``): the product
must find prompts no rule knows. The asymmetric-choice check runs on the discovered facts.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, Playwright

from consentinel.checks import run_checks
from consentinel.facts.snapshot import Snapshot
from consentinel.gather.browser import ENV_TEST_HOST_RULES, BrowserSettings, launch_browser
from consentinel.gather.discover import DEFAULT_POLL_MS, SETTLE_MS, discover_prompts, wait_for_prompts

pytestmark = [pytest.mark.browser, pytest.mark.npm]

PAGES = "/pages/cmp_prompts"
ROLES_BY_CMP = {
    "vanilla.html": {"Accept all": "accept", "Reject all": "reject", "Manage preferences": "settings"},
    "klaro.html": {"That's ok": "accept", "I decline": "reject", "Let me choose": "settings"},
    "porsche.html": {"Agree and continue": "accept", "Only essential cookies": "reject",
                     "Cookie settings": "settings"},
}


@pytest.mark.parametrize("rules", [None, ()], ids=["with-cmp-rules", "generic-only"])
@pytest.mark.parametrize("page_name", sorted(ROLES_BY_CMP))
def test_real_cmp_prompts_are_found_with_roles(new_page, tests_base_url: str, page_name: str,
                                               rules: tuple | None) -> None:
    page = new_page()
    page.goto(f"{tests_base_url}{PAGES}/{page_name}")
    prompts = wait_for_prompts(page, timeout_ms=5000, rules=rules)
    assert len(prompts) == 1
    prompt = prompts[0]
    roles = {a.text: a.role for a in prompt.actions if a.role != "other"}
    assert roles == ROLES_BY_CMP[page_name]
    assert prompt.language == "en"
    assert prompt.box.width > 0 and prompt.box.height > 0
    if rules == ():
        assert prompt.rule is None and prompt.kind != "rule"
    # Marks let exploration click exactly these elements (through the shadow root for porsche).
    accept = prompt.actions_with_role("accept")[0]
    assert page.locator(f'[data-consentinel-action="{accept.mark}"]').count() == 1


@pytest.mark.parametrize("page_name", sorted(ROLES_BY_CMP))
def test_faint_reject_is_asymmetric_and_compliant_is_not(new_page, tests_base_url: str,
                                                         page_name: str) -> None:
    found = {}
    for variant in ("compliant", "faint"):
        page = new_page()
        page.goto(f"{tests_base_url}{PAGES}/{page_name}?variant={variant}")
        prompts = wait_for_prompts(page, timeout_ms=5000, rules=())
        snapshot = Snapshot(url=page.url, prompts=[p.to_dict() for p in prompts])
        found[variant] = [f.check for f in run_checks(snapshot, ["no-reject-option", "asymmetric-choice"])]
    assert found == {"compliant": [], "faint": ["asymmetric-choice"]}


def test_script_driven_reject_link_without_href_is_an_action(new_page) -> None:
    """A faint "Decline" drawn as <a> without href (the banner's script handles the click)."""
    page = new_page()
    page.set_content(
        '<div id="bar" style="position:fixed;bottom:0;left:0;right:0;background:#000;color:#fff">'
        'We use cookies for analytics and ads. '
        '<a class="deny" style="cursor:pointer;font-size:10px;color:#555" '
        'onmousedown="void 0">Decline</a>'
        '<button style="background:#f1d600">Accept all cookies</button>'
        '<span style="cursor:pointer">plain text with a pointer is not a control</span></div>')
    [prompt] = discover_prompts(page, rules=())
    assert {a.text: (a.role, a.kind) for a in prompt.actions} == {
        "Decline": ("reject", "link"), "Accept all cookies": ("accept", "button")}
    snapshot = Snapshot(url=page.url, prompts=[prompt.to_dict()])
    assert [f.check for f in run_checks(snapshot, ["no-reject-option", "asymmetric-choice"])] == [
        "asymmetric-choice"]


def recorded_waits(page: Page, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every pause (ms) asked of ``page`` from now on: a discovery wait's polls and its settle."""
    waits: list[float] = []
    wait = page.wait_for_timeout

    def recording(timeout: float) -> None:
        waits.append(timeout)
        wait(timeout)

    monkeypatch.setattr(page, "wait_for_timeout", recording)
    return waits


def test_prompt_appearing_two_seconds_after_load_is_found(new_page, tests_base_url: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    page = new_page(locale="zh-CN")
    page.goto(f"{tests_base_url}{PAGES}/delayed_zh.html")
    assert discover_prompts(page) == []
    waits = recorded_waits(page, monkeypatch)
    prompts = wait_for_prompts(page, timeout_ms=5000)
    assert len(prompts) == 1, "the late prompt was not found"
    *polls, settle = waits
    assert polls, "found without polling: the prompt was not late"
    assert all(0 < poll <= DEFAULT_POLL_MS for poll in polls)
    assert settle == SETTLE_MS  # seen, then looked at again once settled
    prompt = prompts[0]
    assert prompt.language == "zh"
    assert prompt.kind == "fixed"
    assert {a.text: a.role for a in prompt.actions} == {"全部接受": "accept", "全部拒绝": "reject",
                                                        "设置": "settings"}


def test_page_without_prompt_yields_nothing_and_no_error(new_page, tests_base_url: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    page = new_page()
    page.goto(f"{tests_base_url}{PAGES}/none.html")
    waits = recorded_waits(page, monkeypatch)
    assert wait_for_prompts(page, timeout_ms=1000) == []
    assert waits, "gave up without polling"
    assert max(waits) <= DEFAULT_POLL_MS  # polls only: no prompt was ever seen to settle
    # Bounded: each pause is at most what is left of the timeout, so together they fit in it.
    assert sum(waits) <= 1000


def test_prompt_inside_cross_origin_frame(new_page, tests_base_url: str, third_party_base_url: str) -> None:
    page = new_page(locale="de-DE")
    src = f"{third_party_base_url}{PAGES}/frame_prompt.html"
    page.goto(f"{tests_base_url}{PAGES}/frame_host.html?src={src}")
    prompts = wait_for_prompts(page, timeout_ms=5000)
    assert len(prompts) == 1
    prompt = prompts[0]
    assert prompt.frame > 0 and prompt.cross_origin
    assert prompt.kind == "frame-document"
    assert prompt.language == "de"
    roles = {a.text: a.role for a in prompt.actions}
    assert roles == {"Alle akzeptieren": "accept", "Alle ablehnen": "reject", "Einstellungen": "settings"}
    frame_box = page.locator("#consent-frame").bounding_box()
    assert frame_box is not None
    accept = prompt.actions_with_role("accept")[0]
    # Boxes are in top-document coordinates: the button lies inside the iframe's box.
    assert frame_box["x"] <= accept.box.x <= frame_box["x"] + frame_box["width"]
    assert frame_box["y"] <= accept.box.y <= frame_box["y"] + frame_box["height"]


@pytest.fixture(scope="module")
def automation_visible_browser(consentinel_playwright: Playwright) -> Iterator[Browser]:
    """The same Chromium with hide_automation off: navigator.webdriver is true."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ENV_TEST_HOST_RULES, "1")
        launched = launch_browser(consentinel_playwright, BrowserSettings(hide_automation=False))
    try:
        yield launched
    finally:
        launched.close()


def test_prompt_hidden_from_bots_is_seen_by_default_only(new_page, tests_base_url: str,
                                                         automation_visible_browser: Browser) -> None:
    """vanilla-cookieconsent's hideFromBots (on by default) checks navigator.webdriver."""
    url = f"{tests_base_url}{PAGES}/vanilla.html"
    page = new_page()
    page.goto(url)
    assert page.evaluate("navigator.webdriver") is False
    assert len(wait_for_prompts(page, timeout_ms=5000)) == 1
    context = automation_visible_browser.new_context()
    try:
        bot_page = context.new_page()
        bot_page.goto(url)
        assert bot_page.evaluate("navigator.webdriver") is True
        assert wait_for_prompts(bot_page, timeout_ms=1500) == []
    finally:
        context.close()
