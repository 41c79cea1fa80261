"""The DOM history behind the event-ended waits (``js/dom_history.js``, read by ``quiet_signal.js``).

What must hold in a real browser: the observer is installed before the first navigation and
lives in our isolated world only (the page cannot see it), the world ``evaluate_script`` uses is
that world, a DOM change made by the page restarts its "still for" count while our own marks do
not, and finite animations (not endless ones) are reported as still running.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from browser_fixtures import launched_browser
from playwright.sync_api import Browser, BrowserContext, Page

from consentinel.gather.discover import discover_prompts
from consentinel.gather.evaluate import evaluate_script, open_page

pytestmark = pytest.mark.browser

URL = "http://history.test/"
PAGE = """<!doctype html><html lang="en"><body><main><p id="text">Ferry timetable</p></main>
<div role="dialog" style="position:fixed;bottom:0;left:0;right:0;z-index:9999;background:#fff">
<p>We use cookies to measure our audience and show you personalised advertising.</p>
<button type="button">Accept all</button><button type="button">Reject all</button></div>
<style>@keyframes spin { to { transform: rotate(360deg) } } .spinner { animation: spin 1s infinite }
.fade { transition: opacity 60s } .faded { opacity: 0 }</style>
<div class="spinner">*</div><div id="fading" class="fade">fading</div></body></html>"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launched_browser() as launched:
        yield launched


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context()
    context.route(URL, lambda route: route.fulfill(body=PAGE, content_type="text/html"))
    try:
        yield context
    finally:
        context.close()


def signal(page: Page) -> dict:
    return evaluate_script(page, "quiet_signal")


def test_the_history_lives_in_our_world_from_the_first_document_on(context: BrowserContext) -> None:
    page = open_page(context)
    page.goto(URL)
    first = signal(page)["quiet_for"]
    assert isinstance(first, float | int) and first >= 0
    page.wait_for_timeout(50)
    assert signal(page)["quiet_for"] > first  # nothing changed: still for longer now
    assert page.evaluate("typeof globalThis.consentinelDomHistory") == "undefined"  # the page sees nothing
    page.reload()
    assert isinstance(signal(page)["quiet_for"], float | int)  # installed for every document


def test_a_change_by_the_page_restarts_the_count_and_our_own_marks_do_not(context: BrowserContext) -> None:
    page = open_page(context)
    page.goto(URL)
    before = signal(page)["quiet_for"]
    read = time.monotonic()  # after the first read: the page's clock has moved at least as far since
    assert discover_prompts(page)  # which marks the prompt's controls (data-consentinel-*)
    assert page.locator("[data-consentinel-action]").count()
    still_since_first_read_ms = (time.monotonic() - read) * 1000
    assert signal(page)["quiet_for"] >= before + still_since_first_read_ms - 1  # (clock granularity)
    changing = time.monotonic()  # the change happens after this: the count restarts no earlier
    page.evaluate("document.getElementById('text').textContent = 'Ferry timetable changed'")
    quiet_for = signal(page)["quiet_for"]
    since_changing_ms = (time.monotonic() - changing) * 1000
    # Restarted at the change: still counting from load it would be at least before +
    # still_since_first_read_ms + since_changing_ms. (Comparing with `before` alone raced: a page
    # first read 11 ms after its load can be 13 ms past the change by the next read.)
    assert quiet_for <= since_changing_ms + 1  # (clock granularity)


def test_a_page_opened_elsewhere_has_no_history(context: BrowserContext) -> None:
    page = context.new_page()
    page.goto(URL)
    assert signal(page)["quiet_for"] is None  # the waits then watch it from their first look


def test_a_finite_transition_is_running_an_endless_spinner_is_not(context: BrowserContext) -> None:
    page = open_page(context)
    page.goto(URL)
    assert signal(page)["animation_left_ms"] == 0  # the spinner never ends: not waited for
    page.evaluate("document.getElementById('fading').classList.add('faded')")
    assert signal(page)["animation_left_ms"] > 0
