"""The in-page collector on fixture pages served from loopback, in the real Chromium.

Each page is loaded and collected once per module; tests assert the facts in the snapshot.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from browser_fixtures import fresh_page, launched_browser, served
from playwright.sync_api import Browser

from consentinel.facts.snapshot import Control, Snapshot, TextBlock
from consentinel.gather.collector import collect
from consentinel.gather.evaluate import script_source

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    with launched_browser() as browser:
        yield browser


@pytest.fixture(scope="module")
def origins() -> Iterator[tuple[str, str]]:
    """Two loopback origins: the site and a stand-in third party (another port)."""
    with served("collector") as first, served("collector") as second:
        yield first, second


@pytest.fixture(scope="module")
def snapshots(chromium: Browser, origins: tuple[str, str]) -> dict[str, Snapshot]:
    first, second = origins
    out: dict[str, Snapshot] = {}
    with fresh_page(chromium) as page:
        for name in ("controls", "hiding", "shadow", "frames"):
            page.goto(f"{first}/{name}.html?other={second}", wait_until="load")
            out[name] = collect(page)
    return out


def control(snap: Snapshot, selector: str) -> Control:
    found = [c for c in snap.controls if c.selector.endswith(selector)]
    assert len(found) == 1, [c.selector for c in snap.controls]
    return found[0]


def text(snap: Snapshot, selector: str) -> TextBlock:
    found = [t for t in snap.texts if t.selector == selector]
    assert len(found) == 1, [t.selector for t in snap.texts]
    return found[0]


# ------------------------------------------------------------------ snapshot shape


def test_snapshot_round_trips_and_uids_are_unique(snapshots: dict[str, Snapshot]) -> None:
    for snap in snapshots.values():
        again = Snapshot.from_dict(json.loads(json.dumps(snap.to_dict())))
        assert again == snap
        uids = [e.uid for e in (*snap.controls, *snap.texts, *snap.actions)]
        assert len(set(uids)) == len(uids)
        assert snap.collected_at.endswith("+00:00") and snap.collect_ms > 0


def test_page_level_facts(snapshots: dict[str, Snapshot]) -> None:
    snap = snapshots["hiding"]
    assert snap.title == "Hiding fixture" and snap.lang == "en"
    assert (snap.viewport.width, snap.viewport.height) == (1280, 720)
    assert snap.document.height > 2400


def test_script_is_one_function_returning_a_json_string(chromium: Browser, origins: tuple[str, str]) -> None:
    with fresh_page(chromium) as page:
        page.goto(origins[0] + "/controls.html", wait_until="load")
        raw = page.evaluate(script_source("collector"), {})
        profiled = json.loads(page.evaluate(script_source("collector"), {"profile": True}))
    assert isinstance(raw, str)
    data = json.loads(raw)
    assert {"controls", "texts", "actions", "viewport", "document"} <= set(data)
    assert "profile" not in data
    assert set(profiled["profile"]) == {"walk", "text_blocks", "controls", "texts", "actions"}


# ------------------------------------------------------------------ controls


def test_prechecked_native_checkbox(snapshots: dict[str, Snapshot]) -> None:
    snap = snapshots["controls"]
    news = control(snap, "#news")
    assert (news.kind, news.input_type, news.checked, news.disabled) == ("checkbox", "checkbox", True, False)
    assert news.label == "Send me marketing emails"
    assert (news.name, news.value) == ("newsletter", "yes")
    form = snap.element(news.form or "")
    assert news.form and form is None  # a form uid, not a reported element
    assert control(snap, "#remember").form == news.form
    label_block = snap.element(news.label_uid or "")
    assert isinstance(label_block, TextBlock) and label_block.text == "Send me marketing emails"
    assert label_block.control == news.uid
    assert control(snap, "#remember").checked is False


def test_fieldset_disabled_radio_and_legend_group(snapshots: dict[str, Snapshot]) -> None:
    yes = control(snapshots["controls"], "#share-yes")
    assert (yes.kind, yes.checked, yes.disabled, yes.group_label) == ("radio", True, True, "Data sharing")


def test_aria_switch(snapshots: dict[str, Snapshot]) -> None:
    sw = control(snapshots["controls"], "#aria-analytics")
    assert (sw.kind, sw.role, sw.checked, sw.input_type) == ("switch", "switch", True, None)
    assert sw.label == "Allow analytics cookies"
    assert sw.group_label == "Analytics"
    assert "We measure how the site is used." in sw.context_text
    assert sw.visibility.visible


def test_aria_mixed_disabled_readonly(snapshots: dict[str, Snapshot]) -> None:
    nec = control(snapshots["controls"], "#necessary")
    assert (nec.checked, nec.disabled, nec.readonly) == (None, True, True)
    assert nec.group_label == "Strictly necessary"
    assert control(snapshots["controls"], "#ro-box").readonly is True


def test_hidden_input_behind_styled_slider_is_perceivable_through_its_proxy(
    snapshots: dict[str, Snapshot],
) -> None:
    mk = control(snapshots["controls"], "#marketing")
    assert (mk.kind, mk.input_type, mk.checked) == ("custom", "checkbox", True)
    assert mk.proxy_visible and mk.visibility.visible
    assert mk.group_label == "Marketing partners"
    # The box is the slider people see (44x24), not the 0x0 input.
    assert (mk.box.width, mk.box.height) == (44, 24)


def test_hidden_input_behind_label_drawn_box_is_perceivable(snapshots: dict[str, Snapshot]) -> None:
    styled = control(snapshots["controls"], "#styled-box")
    assert styled.proxy_visible and styled.visibility.visible and styled.kind == "custom"
    assert styled.label == "Share usage data with our partners"


def test_hidden_input_beside_plain_text_is_not_perceivable(snapshots: dict[str, Snapshot]) -> None:
    # A 1px clipped box next to plain text: the reader sees the text, never the ticked box.
    box = control(snapshots["controls"], "#hidden-box")
    assert box.checked is True
    assert not box.proxy_visible and not box.visibility.visible
    assert "clipped" in box.visibility.reasons and box.visibility.hidden_by == "#hidden-box"
    assert box.context_text == "Share my credit data with partners"


def test_closed_settings_layer_versus_hidden_consent_line(snapshots: dict[str, Snapshot]) -> None:
    layer = control(snapshots["controls"], "#ads-hidden")
    assert layer.checked and not layer.visibility.visible
    assert layer.visibility.hidden_by == "#cmp-settings"
    assert layer.visibility.hiding_root_has_actions is True  # its own "Save preferences"
    assert layer.group_label == "Advertising"
    line = control(snapshots["controls"], "#line-box")
    assert line.visibility.hidden_by == "#line" and line.visibility.reasons == ["display-none"]
    # The agreement link inside its own label does not make the line a settings layer.
    assert line.visibility.hiding_root_has_actions is False
    assert line.label == "I agree to the credit agreement"


def test_actions(snapshots: dict[str, Snapshot]) -> None:
    actions = {a.selector: a for a in snapshots["controls"].actions}
    accept, reject, go = actions["#accept"], actions["#reject"], actions["#go"]
    assert (accept.kind, accept.text, accept.own_background, accept.color) == (
        "button", "Accept all", [0, 90, 200, 1], [255, 255, 255, 1])
    assert accept.border_width == 2 and accept.background == [255, 255, 255, 1]
    assert (reject.kind, reject.own_background) == ("link", [0, 0, 0, 0])
    assert reject.href and reject.href.endswith("#reject")
    assert go.kind == "submit" and go.form == control(snapshots["controls"], "#news").form


# ------------------------------------------------------------------ visibility


@pytest.mark.parametrize(
    ("selector", "reason", "hidden_by"),
    [
        ("#none-text", "display-none", "#none-text"),
        ("#hidden-attr", "display-none", "#hidden-attr"),
        ("#opacity-text", "opacity", "#opacity-text"),
        ("#opacity-nested", "opacity", "body > div:nth-of-type(1)"),
        ("#vis-text", "visibility-hidden", "#vis-text"),
        ("#offscreen-text", "off-screen", "#offscreen-text"),
        ("#offscreen-inner", "off-screen", "#offscreen-wrap"),
        ("#clip-text", "clipped", "#clip-text"),
        ("#clippath-text", "clipped", "#clippath-text"),
        ("#overflow-text", "clipped", "#overflow-box"),
        ("#tiny-text", "zero-size", "#tiny-text"),
        ("#occluded-text", "occluded", "#cover"),
        ("#details-text", "closed-details", "#det"),
        ("#collapsed-text", "collapsed", "#collapsed"),
        ("#until-found-text", "collapsed", "#until-found"),
        ("#transparent-text", "transparent-text", "#transparent-text"),
        ("#same-color", "transparent-text", "#same-color"),
        ("#span-hidden", "visibility-hidden", "#span-hidden"),
    ],
)
def test_hidden_consent_text(
    snapshots: dict[str, Snapshot], selector: str, reason: str, hidden_by: str
) -> None:
    block = text(snapshots["hiding"], selector)
    assert block.text.startswith(("I agree", "and I agree"))
    assert not block.visibility.visible
    assert block.visibility.reasons[0] == reason
    assert block.visibility.hidden_by == hidden_by
    assert block.visibility.hiding_root_has_actions is False


def test_a_semi_transparent_backdrop_does_not_occlude(snapshots: dict[str, Snapshot]) -> None:
    block = text(snapshots["hiding"], "#behind-backdrop")
    assert block.visibility.visible and block.visibility.in_viewport


def test_a_hidden_span_does_not_hide_its_visible_line(snapshots: dict[str, Snapshot]) -> None:
    line = text(snapshots["hiding"], "#inline-hidden")
    assert line.text == "Welcome back" and line.visibility.visible


def test_closed_details_summary_stays_visible(snapshots: dict[str, Snapshot]) -> None:
    summary = next(a for a in snapshots["hiding"].actions if a.selector == "#det-summary")
    assert summary.kind == "other" and summary.visibility.visible


def test_hidden_settings_layer_has_actions(snapshots: dict[str, Snapshot]) -> None:
    block = text(snapshots["hiding"], "#settings-text")
    assert block.visibility.reasons == ["display-none"] and block.visibility.hidden_by == "#settings"
    assert block.visibility.hiding_root_has_actions is True


def test_hidden_prompt_with_a_button_has_actions_but_a_line_with_a_link_does_not(
    snapshots: dict[str, Snapshot],
) -> None:
    prompt = text(snapshots["hiding"], "#hidden-prompt")
    assert prompt.text == "We use cookies for advertising."
    assert prompt.visibility.hiding_root_has_actions is True
    line = text(snapshots["hiding"], "#hidden-line")
    assert line.text == "I agree to the credit agreement."
    assert line.visibility.hiding_root_has_actions is False


def test_below_the_fold_is_visible_not_in_viewport(snapshots: dict[str, Snapshot]) -> None:
    block = text(snapshots["hiding"], "#below-fold")
    assert block.visibility.visible and block.visibility.reasons == []
    assert block.visibility.in_viewport is False
    assert block.box.y > 2400
    assert text(snapshots["hiding"], "#main").visibility.in_viewport is True


def test_inline_link_stays_in_its_sentence(snapshots: dict[str, Snapshot]) -> None:
    block = text(snapshots["hiding"], "#sesame")
    assert block.text == "I agree to the Sesame Credit service agreement today"
    assert block.visibility.visible


def test_a_flex_label_keeps_its_link_in_the_sentence(snapshots: dict[str, Snapshot]) -> None:
    """A flex parent blockifies the <a>; a reader still sees one line of consent text."""
    assert text(snapshots["hiding"], "#flex-label").text == "I agree to the Sesame Credit service agreement"
    row = [t.text for t in snapshots["hiding"].texts if t.selector.startswith("#flex-row")]
    assert "Card title in its own block" in row  # real block children still start their own block


# ------------------------------------------------------------------ style and background


def test_text_box_is_the_text_not_the_container(snapshots: dict[str, Snapshot]) -> None:
    main = text(snapshots["hiding"], "#main")
    assert 300 < main.box.width < 700 and 15 <= main.box.height <= 25


def test_pale_small_text_style(snapshots: dict[str, Snapshot]) -> None:
    pale = text(snapshots["hiding"], "#pale")
    assert (pale.font_size, pale.font_weight) == (10, 400)
    assert pale.color == [204, 204, 204, 1] and pale.background == [255, 255, 255, 1]
    assert pale.background_uncertain is None
    assert text(snapshots["hiding"], "#title").font_weight == 700


def test_gradient_background_is_uncertain(snapshots: dict[str, Snapshot]) -> None:
    block = text(snapshots["hiding"], "#gradient-text")
    assert block.background_uncertain == "gradient"
    assert block.visibility.visible  # white on a dark gradient: not "transparent-text"


def test_rgba_backgrounds_are_composited(snapshots: dict[str, Snapshot]) -> None:
    block = text(snapshots["hiding"], "#rgba-text")
    assert block.background == [127.5, 0, 127.5, 1]
    assert block.background_uncertain is None


def test_nested_opacity_is_multiplied(snapshots: dict[str, Snapshot]) -> None:
    assert text(snapshots["hiding"], "#opacity-nested").opacity == 0.05
    assert text(snapshots["hiding"], "#opacity-text").opacity == 0


# ------------------------------------------------------------------ shadow DOM and frames


def test_open_shadow_root_toggle(snapshots: dict[str, Snapshot]) -> None:
    snap = snapshots["shadow"]
    ads = control(snap, "#ads")
    assert ads.selector == "#widget >> #ads"
    assert ads.checked is True and ads.label == "Use my data for personalised ads"
    assert ads.group_label == "Personalised ads"
    label_block = snap.element(ads.label_uid or "")
    assert isinstance(label_block, TextBlock) and label_block.font_size == 13
    assert label_block.color == [85, 85, 85, 1]
    assert any(a.selector == "#widget >> #save" for a in snap.actions)


def test_shadow_selector_resolves_in_playwright(chromium: Browser, origins: tuple[str, str]) -> None:
    with fresh_page(chromium) as page:
        page.goto(origins[0] + "/shadow.html", wait_until="load")
        assert page.locator("#widget >> #ads").is_checked()


def test_same_and_cross_origin_frames(snapshots: dict[str, Snapshot]) -> None:
    snap = snapshots["frames"]
    assert [f.index for f in snap.frames] == [0, 1, 2, 3]
    assert [f.cross_origin for f in snap.frames] == [False, False, True, False]
    assert all(f.error is None for f in snap.frames)
    inner = [c for c in snap.controls if c.selector == "#inner-box"]
    assert [c.frame for c in inner] == [1, 2, 3]
    assert [c.uid for c in inner] == ["f1:e0", "f2:e0", "f3:e0"]
    assert all(t.uid.startswith(f"f{t.frame}:t") for t in snap.texts)
    assert all(c.checked and c.label == "Share my data with partners" for c in inner)
    same, cross, hidden = inner
    # Boxes are in top-level document coordinates: frame position + 3px border + in-frame offset.
    assert snap.frames[1].offset.x == 53 and snap.frames[1].offset.y == 103
    assert same.box.x == pytest.approx(53 + 4, abs=1) and same.box.y > 103
    assert cross.box.y > 103 + 150
    assert same.visibility.visible and cross.visibility.visible and same.visibility.in_viewport
    assert not hidden.visibility.visible and hidden.visibility.reasons[0] == "display-none"
    assert hidden.visibility.hidden_by == "#hidden-frame (frame element)"
    assert hidden.visibility.hiding_root_has_actions is True
    label = snap.element(same.label_uid or "")
    assert isinstance(label, TextBlock) and label.frame == 1 and label.control == same.uid


def test_collector_never_writes_to_the_dom(chromium: Browser, origins: tuple[str, str]) -> None:
    with fresh_page(chromium) as page:
        page.goto(origins[0] + "/hiding.html", wait_until="load")
        page.evaluate(
            "() => { window.__mutations = 0; new MutationObserver((m) => { window.__mutations += m.length; })"
            ".observe(document, {subtree: true, childList: true, attributes: true, characterData: true}); }"
        )
        collect(page)
        assert page.evaluate("() => new Promise((r) => setTimeout(() => r(window.__mutations), 50))") == 0
