"""consentinel.gather.audit and consentinel.gather.axe: one audit = collect + real checks + evidence."""

from __future__ import annotations

import struct
from collections.abc import Iterator

import pytest
from browser_fixtures import fresh_page, launched_browser, served
from playwright.sync_api import Browser, Page

from consentinel.checks import ALL_CHECKS
from consentinel.checks.base import Finding
from consentinel.facts.snapshot import Box, Snapshot
from consentinel.gather.audit import MAX_SCREENSHOT_HEIGHT, audit, screenshot_region
from consentinel.gather.axe import axe_contrast, axe_version

CONTRAST = "low-contrast-consent"


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    with launched_browser() as browser:
        yield browser


@pytest.fixture(scope="module")
def origins() -> Iterator[tuple[str, str]]:
    with served("collector") as first, served("collector") as second:
        yield first, second


@pytest.fixture(scope="module")
def page(chromium: Browser) -> Iterator[Page]:
    with fresh_page(chromium) as shared:
        yield shared


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_real_checks_are_registered() -> None:
    # The audit tests below use the real low-contrast-consent and hidden-consent checks.
    assert CONTRAST in ALL_CHECKS and "hidden-consent" in ALL_CHECKS


@pytest.mark.browser
def test_hidden_and_pale_consent_found_with_axe_evidence(page: Page, origins: tuple[str, str]) -> None:
    page.goto(origins[0] + "/hiding.html", wait_until="load")
    outcome = audit(page)
    assert outcome.errors == []
    hidden = {f.selector for f in outcome.findings if f.check == "hidden-consent"}
    assert {"#none-text", "#offscreen-text", "#occluded-text", "#details-text", "#span-hidden"} <= hidden
    assert "#below-fold" not in hidden and "#settings-text" not in hidden
    pale = next(f for f in outcome.findings if f.check == CONTRAST and f.selector == "#pale")
    axe = pale.evidence["axe"]
    assert axe["outcome"] == "violation" and axe["contrast_ratio"] == pytest.approx(1.6, abs=0.05)
    assert (axe["fg_color"], axe["bg_color"]) == ("#cccccc", "#ffffff")
    assert axe["axe_version"] == axe_version()
    gradient = next(f for f in outcome.findings if f.check == CONTRAST and f.selector == "#gradient-text")
    assert gradient.outcome == "review" and gradient.evidence["axe"]["outcome"] == "incomplete"
    assert outcome.axe is not None and outcome.axe["summary"]["violation"] >= 1
    # Everything that can be drawn is in the viewport (off-screen boxes anchor nothing).
    assert outcome.screenshot_box == {"x": 0, "y": 0, "width": 1280, "height": 720}
    assert outcome.screenshot_png is not None and png_size(outcome.screenshot_png) == (1280, 720)


@pytest.mark.browser
def test_screenshot_covers_findings_below_the_fold_with_a_capped_height(
    page: Page, origins: tuple[str, str]
) -> None:
    page.goto(origins[0] + "/audit.html", wait_until="load")
    outcome = audit(page, checks=[CONTRAST], axe_cross_check=False)
    selectors = {f.selector for f in outcome.findings}
    assert {"#pale-top", "#pale-bottom", "#pale-last", "#host >> #inner"} <= selectors
    assert outcome.axe is None and all("axe" not in f.evidence for f in outcome.findings)
    region = outcome.screenshot_box
    assert region is not None and outcome.screenshot_png is not None
    assert region["height"] == MAX_SCREENSHOT_HEIGHT
    top = next(f for f in outcome.findings if f.selector == "#pale-top")
    assert top.box is not None and region["y"] <= top.box.y
    assert png_size(outcome.screenshot_png) == (round(region["width"]), round(region["height"]))


@pytest.mark.browser
def test_screenshot_region_of_a_single_far_finding(page: Page, origins: tuple[str, str]) -> None:
    page.goto(origins[0] + "/audit.html", wait_until="load")
    outcome = audit(page, checks=[CONTRAST], axe_cross_check=False, screenshot=False)
    assert outcome.screenshot_png is None and outcome.screenshot_box is None
    bottom = [f for f in outcome.findings if f.selector == "#pale-bottom"]
    region = screenshot_region(outcome.snapshot, bottom)
    assert region is not None and bottom[0].box is not None
    assert region["y"] < bottom[0].box.y < region["y"] + region["height"] < bottom[0].box.y + 200
    assert region["width"] == 1280


def test_no_findings_means_a_viewport_screenshot() -> None:
    snap = Snapshot(url="http://x/", viewport=Box(0, 300, 1280, 720), document=Box(0, 0, 1280, 5000))
    assert screenshot_region(snap, []) is None
    inside = Finding("c", "minor", "#a", "t", {}, box=Box(10, 400, 100, 20))
    assert screenshot_region(snap, [inside]) is None
    off = Finding("c", "minor", "#b", "t", {}, box=Box(-9999, 0, 100, 20))
    assert screenshot_region(snap, [inside, off]) is None


@pytest.mark.browser
def test_axe_contrast_in_shadow_root_and_cross_origin_frame(page: Page, origins: tuple[str, str]) -> None:
    page.goto(origins[0] + "/audit.html", wait_until="load")
    shadow = axe_contrast(page, {0: ["#host >> #inner", "#intro", "#missing"]})
    by_selector = {r["selector"]: r for r in shadow["results"]}
    assert by_selector["#host >> #inner"]["outcome"] == "violation"
    assert by_selector["#intro"]["outcome"] == "pass"
    assert by_selector["#missing"]["outcome"] == "not-found"
    assert shadow["axe_version"] == axe_version() and shadow["errors"] == {}

    page.goto(f"{origins[0]}/audit-frames.html?other={origins[1]}", wait_until="load")
    page.frame_locator("#cross").locator("#frame-pale").wait_for()
    outcome = audit(page, checks=[CONTRAST])
    in_frame = [f for f in outcome.findings if f.frame == 1]
    assert [f.selector for f in in_frame] == ["#frame-pale"]
    assert outcome.snapshot.frames[1].cross_origin
    assert in_frame[0].evidence["axe"]["outcome"] == "violation"
    assert in_frame[0].evidence["axe"]["frame"] == 1
    missing = axe_contrast(page, {7: ["#x"]})
    assert missing["errors"] == {7: "frame no longer exists"} and missing["results"] == []


def test_axe_version_is_the_bundled_axe_core() -> None:
    major, minor, patch = axe_version().split(".")
    assert int(major) >= 4 and minor.isdigit() and patch.isdigit()
