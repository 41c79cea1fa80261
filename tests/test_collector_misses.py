"""Classes of miss from held-out pages (issue 11), each rebuilt on a page of our own making.

The pages live in tests/pages/misses; each is collected once per module in the real Chromium
and judged by the check that missed (or wrongly reported) it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser_fixtures import fresh_page, launched_browser, served
from playwright.sync_api import Browser

from consentinel.checks import hidden_consent, low_contrast_consent, preselected_consent
from consentinel.checks.base import Finding
from consentinel.facts.snapshot import Control, Snapshot, TextBlock
from consentinel.gather.collector import collect
from consentinel.gather.discover import discover_prompts

pytestmark = pytest.mark.browser

PAGES = ("toggles", "fixed_bar", "clamped", "closed_modal", "contrast")


@pytest.fixture(scope="module")
def site() -> Iterator[tuple[Browser, str]]:
    with launched_browser() as browser, served("misses") as base:
        yield browser, base


@pytest.fixture(scope="module")
def snapshots(site: tuple[Browser, str]) -> dict[str, Snapshot]:
    browser, base = site
    out: dict[str, Snapshot] = {}
    with fresh_page(browser) as page:
        for name in PAGES:
            page.goto(f"{base}/{name}.html", wait_until="load")
            out[name] = collect(page)
    return out


def control(snap: Snapshot, element_id: str) -> Control:
    found = [c for c in snap.controls if c.selector.endswith(f"#{element_id}")]
    assert len(found) == 1, [c.selector for c in snap.controls]
    return found[0]


def reported(findings: list[Finding]) -> set[str]:
    return {f.selector.rsplit("#", 1)[-1] for f in findings}


def test_toggle_buttons_are_switches_with_their_pressed_state(snapshots: dict[str, Snapshot]) -> None:
    snap = snapshots["toggles"]
    on, off = control(snap, "analytics"), control(snap, "ads")
    assert (on.kind, on.checked) == ("switch", True)
    assert (off.kind, off.checked) == ("switch", False)
    assert "Analytics" in on.label
    assert not any(a.selector.endswith("#analytics") for a in snap.actions)


def test_pressed_consent_toggle_and_untick_box_are_preselected(snapshots: dict[str, Snapshot]) -> None:
    findings = preselected_consent.CHECK.run(snapshots["toggles"])
    assert reported(findings) == {"analytics", "offers"}


def text_block(snap: Snapshot, element_id: str) -> TextBlock:
    found = [t for t in snap.texts if t.selector.endswith(f"#{element_id}")]
    assert len(found) == 1, [t.selector for t in snap.texts]
    return found[0]


def test_text_a_fixed_bottom_bar_covers_at_the_page_end_is_occluded(snapshots: dict[str, Snapshot]) -> None:
    snap = snapshots["fixed_bar"]
    buried = text_block(snap, "buried")
    assert buried.visibility.reasons == ["occluded"] and buried.visibility.hidden_by == "#bar"
    assert not buried.visibility.hiding_root_has_actions
    # Text that scrolls free of the bar (end of the page but above it, or mid-page) is perceivable.
    assert text_block(snap, "visible-end").visibility.visible
    assert text_block(snap, "middle").visibility.visible
    findings = hidden_consent.CHECK.run(snap)
    assert reported(findings) == {"buried"}


def test_clamped_or_ellipsised_grant_without_more_control_is_cut_off(snapshots: dict[str, Snapshot]) -> None:
    snap = snapshots["clamped"]
    assert "you accept" in text_block(snap, "clamped").cut_text
    assert "accept" in text_block(snap, "ellipsised").cut_text
    assert text_block(snap, "expandable").cut_text == ""  # a "Read more" control reveals it
    assert text_block(snap, "short-clamp").cut_text == ""  # fits in its two lines
    findings = hidden_consent.CHECK.run(snap)
    assert reported(findings) == {"clamped", "ellipsised"}
    assert all(f.evidence["reasons"] == ["truncated"] for f in findings)


def test_a_closed_settings_modal_is_a_closed_layer_not_hidden_consent(snapshots: dict[str, Snapshot]) -> None:
    snap = snapshots["closed_modal"]
    for modal in ("collapsed", "scaled"):
        for element in (text_block(snap, f"{modal}-text"), control(snap, f"{modal}-analytics")):
            assert not element.visibility.visible
            assert element.visibility.hiding_root_has_actions, (modal, element.visibility)
    assert hidden_consent.CHECK.run(snap) == []


def test_white_on_dark_teal_painted_by_a_layer_or_gradient_passes(snapshots: dict[str, Snapshot]) -> None:
    snap = snapshots["contrast"]
    for element_id in ("t1", "t2", "t3"):
        block = text_block(snap, element_id)
        assert block.visibility.visible and block.background_uncertain is None, element_id
    assert text_block(snap, "t1").background[:3] == [0, 105, 92]  # the ::before backdrop
    assert text_block(snap, "t2").background[:3] == [0, 105, 92]  # a one-colour gradient
    findings = low_contrast_consent.CHECK.run(snap)
    assert reported(findings) == {"t4", "t5", "t6"}


def test_site_css_recolouring_consent_text_is_measured_as_drawn(snapshots: dict[str, Snapshot]) -> None:
    snap = snapshots["contrast"]
    assert text_block(snap, "t4").color[:3] == [187, 187, 187]  # !important override
    assert text_block(snap, "t5").color[:3] == [200, 200, 200]  # -webkit-text-fill-color
    assert text_block(snap, "t6").color[:3] == [218, 218, 218]  # color-mix of a variable


def test_newsletter_popup_and_bottom_sheet_are_prompts_with_a_link_reject(site: tuple[Browser, str]) -> None:
    browser, base = site
    with fresh_page(browser) as page:
        page.goto(f"{base}/sheets.html", wait_until="load")
        prompts = {p.root: p for p in discover_prompts(page, rules=())}
    assert set(prompts) == {"#overlay", "#sheet"}
    for prompt in prompts.values():
        roles = {a.role: a for a in prompt.actions}
        assert roles["accept"].kind == "button"
        assert roles["reject"].kind == "link", [(a.text, a.role, a.kind) for a in prompt.actions]
    assert prompts["#overlay"].actions_with_role("reject")[0].text.startswith("No thanks")
