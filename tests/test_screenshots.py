"""Screenshots mask a journey's secrets in every frame and never exceed the size limits;
snapshots stop at their element and frame limits and say so."""

from __future__ import annotations

import struct
from collections.abc import Iterator

import pytest
from browser_fixtures import fresh_page, launched_browser
from playwright.sync_api import Browser, Page
from test_runner import png_pixel

from consentinel.bounds import MAX_SCREENSHOT_WIDTH
from consentinel.gather import collector as collector_module
from consentinel.gather.collector import collect
from consentinel.gather.screenshots import secret_masks, take_screenshot

pytestmark = pytest.mark.browser

SECRET = "ada.secret@example.org"
MASK_COLOUR = (255, 0, 255)  # Playwright's default mask colour
FRAME_DOC = ("<body style='margin:0;background:#fff'><input id=field style='width:300px;height:40px'>"
             "<p id=echo style='font:32px sans-serif;margin:10px 0'>Hello " + SECRET + "</p></body>")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launched_browser() as launched:
        yield launched


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    with fresh_page(browser, viewport={"width": 800, "height": 600}) as fresh:
        yield fresh


def png_width(png: bytes) -> int:
    return struct.unpack(">I", png[16:20])[0]


def centre(page: Page, frame_selector: str, selector: str) -> tuple[int, int]:
    frame_box = page.locator(frame_selector).bounding_box()
    box = page.frame_locator(frame_selector).locator(selector).bounding_box()
    assert frame_box is not None and box is not None
    return int(box["x"] + min(box["width"], 60) / 2), int(box["y"] + box["height"] / 2)


def test_secrets_typed_or_echoed_inside_a_frame_are_painted_over(page: Page) -> None:
    page.set_content("<body style='margin:0'><h1>Sign up</h1><iframe id=widget "
                     f"style='width:600px;height:200px;border:0' srcdoc=\"{FRAME_DOC}\"></iframe>")
    frame = page.frame_locator("#widget")
    frame.locator("#echo").wait_for()
    frame.locator("#field").fill(SECRET)
    unmasked, _ = take_screenshot(page)
    masked, box = take_screenshot(page, mask=secret_masks(page, [SECRET]))
    assert box == {"x": 0.0, "y": 0.0, "width": 800.0, "height": 600.0}
    for selector in ("#field", "#echo"):
        x, y = centre(page, "#widget", selector)
        assert png_pixel(masked, x, y)[:3] == MASK_COLOUR, selector
        assert png_pixel(unmasked, x, y)[:3] != MASK_COLOUR, selector
    assert secret_masks(page, []) == []


def test_a_very_wide_region_is_clipped_to_the_limit(page: Page) -> None:
    page.set_content("<body style='margin:0'><div style='width:60000px;height:300px;"
                     "background:linear-gradient(90deg,#fff,#000)'></div></body>")
    png, box = take_screenshot(page, region={"x": 0, "y": 0, "width": 60_000, "height": 300})
    assert png_width(png) == int(MAX_SCREENSHOT_WIDTH)
    assert box["width"] == MAX_SCREENSHOT_WIDTH and box["height"] == 300


def test_the_collector_stops_at_its_element_limit_and_records_it(page: Page) -> None:
    boxes = "".join(f"<label><input type=checkbox checked> offer {n}</label>" for n in range(300))
    page.set_content(f"<body>{boxes}</body>")
    whole = collect(page)
    assert whole.truncated == {} and len(whole.controls) == 300
    cut = collect(page, {"maxElements": 100})
    assert cut.truncated == {"elements": {"limit": 100}}
    assert 0 < len(cut.controls) < 100


def test_frames_past_the_limit_are_counted_not_collected(page: Page, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collector_module, "MAX_SNAPSHOT_FRAMES", 1)
    frames = "".join(f"<iframe srcdoc='<input type=checkbox checked> frame {n}'></iframe>" for n in range(3))
    page.set_content(f"<body>{frames}</body>")
    page.wait_for_function("document.querySelectorAll('iframe').length === 3")
    page.wait_for_timeout(200)
    snapshot = collect(page)
    assert snapshot.truncated == {"frames": {"limit": 1, "skipped": 2}}
    assert len(snapshot.frames) == 2  # the page and one frame
