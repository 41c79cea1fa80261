"""consentinel.selenium end to end: chromedriver against the demo and collector pages.

The Selenium audit must find exactly what the Playwright audit finds on the same page: same
collector, same checks. Where Selenium differs (frames read in the page's world), it says so.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("selenium")

from browser_fixtures import fresh_page, launched_browser, served
from playwright.sync_api import Browser
from selenium.webdriver.support.ui import WebDriverWait

from consentinel.demo import demo_site_dir
from consentinel.gather.audit import AuditOutcome, audit
from consentinel.reports import load_report
from consentinel.selenium import ScriptError, audit_driver, limits, write_driver_report
from consentinel.selenium.axe import axe_version
from consentinel.selenium.evaluate import PageScripts, run_in_current_context

from .drivers import chrome_session, remote_session

pytestmark = pytest.mark.browser

DEMO_PAGES = ["annual-bill/en.html", "annual-bill/zh.html", "signup/dark.html"]
CLEAN_PAGES = ["annual-bill/en-clean.html", "annual-bill/zh-clean.html", "signup/clean.html"]


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    with chrome_session() as session:
        yield session


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    with launched_browser() as browser:
        yield browser


@pytest.fixture(scope="module")
def demo() -> Iterator[str]:
    with served(demo_site_dir()) as base:
        yield base


@pytest.fixture(scope="module")
def origins() -> Iterator[tuple[str, str]]:
    with served("collector") as first, served("collector") as second:
        yield first, second.replace("127.0.0.1", "localhost")


def _found(outcome: AuditOutcome) -> set[tuple[str, str, str]]:
    """(check, frame URL, selector) per finding: frame indexes may be numbered differently."""
    return {(f.check, outcome.snapshot.frames[f.frame].url, f.selector) for f in outcome.findings}


def _playwright_audit(chromium: Browser, url: str, ready: str | None = None) -> AuditOutcome:
    with fresh_page(chromium) as page:
        page.goto(url, wait_until="load")
        if ready:
            page.frame_locator("#cross").locator(ready).wait_for()
        return audit(page)


@pytest.mark.parametrize("path", DEMO_PAGES)
def test_same_findings_as_the_playwright_audit(driver: Any, chromium: Browser, demo: str, path: str) -> None:
    driver.get(f"{demo}/{path}")
    outcome = audit_driver(driver)
    expected = _playwright_audit(chromium, f"{demo}/{path}")
    assert expected.findings, "the demo page is meant to be dark"
    assert _found(outcome) == _found(expected)
    assert [f.outcome for f in outcome.findings] == [f.outcome for f in expected.findings]
    assert outcome.limitations == [] and outcome.errors == []
    assert outcome.screenshot_png and outcome.screenshot_png.startswith(b"\x89PNG")


@pytest.mark.parametrize("path", CLEAN_PAGES)
def test_clean_pages_have_no_findings(driver: Any, demo: str, path: str) -> None:
    driver.get(f"{demo}/{path}")
    assert audit_driver(driver).findings == []


def test_frames_same_as_playwright_and_stated(
    driver: Any, chromium: Browser, origins: tuple[str, str]
) -> None:
    url = f"{origins[0]}/frames.html?other={origins[1]}"
    driver.get(url)
    outcome = audit_driver(driver)
    expected = _playwright_audit(chromium, url)
    assert _found(outcome) == _found(expected)
    assert {f.url for f in outcome.snapshot.frames} == {f.url for f in expected.snapshot.frames}
    cross = [f for f in outcome.snapshot.frames if f.cross_origin]
    assert [f.url for f in cross] == [f"{origins[1]}/frame-inner.html"]
    # Every frame was read, each in its own page's world, and the outcome says so per frame.
    assert all(f.error is None for f in outcome.snapshot.frames)
    assert sorted(outcome.limitations) == sorted(
        limits.frame_in_page_world(f.index, f.url) for f in outcome.snapshot.frames[1:]
    )


def test_axe_cross_check_in_a_cross_origin_frame_and_shadow_root(
    driver: Any, chromium: Browser, origins: tuple[str, str]
) -> None:
    url = f"{origins[0]}/audit-frames.html?other={origins[1]}"
    driver.get(url)
    driver.switch_to.frame(driver.find_element("css selector", "#cross"))
    WebDriverWait(driver, 10).until(lambda d: d.find_elements("css selector", "#frame-pale"))
    driver.switch_to.default_content()
    outcome = audit_driver(driver, checks=["low-contrast-consent"])
    pale = [f for f in outcome.findings if f.selector == "#frame-pale"]
    assert len(pale) == 1 and outcome.snapshot.frames[pale[0].frame].cross_origin
    evidence = pale[0].evidence["axe"]
    assert evidence["outcome"] == "violation" and evidence["axe_version"] == axe_version()
    assert outcome.axe is not None and outcome.axe["errors"] == {}

    driver.get(f"{origins[0]}/audit.html")
    shadow = audit_driver(driver, checks=["low-contrast-consent"])
    inner = [f for f in shadow.findings if ">>" in f.selector]
    assert inner, "the shadow-root text is pale"
    assert {f.evidence["axe"]["outcome"] for f in inner} == {"violation"}


def test_the_page_cannot_tamper_with_the_collector(driver: Any, tmp_path: Path) -> None:
    page = (demo_site_dir() / "annual-bill" / "en.html").read_text(encoding="utf-8")
    hostile = (
        "<script>JSON.stringify = () => '{}';"
        "Element.prototype.getBoundingClientRect = () => ({x: 0, y: 0, width: 0, height: 0});"
        "window.getComputedStyle = () => { throw new Error('no'); };</script>"
    )
    (tmp_path / "annual-bill").mkdir()
    (tmp_path / "annual-bill" / "en.html").write_text(page.replace("<head>", "<head>" + hostile, 1), "utf-8")
    (tmp_path / "assets").symlink_to(demo_site_dir() / "assets")
    with served(tmp_path) as base:
        driver.get(f"{base}/annual-bill/en.html")
        outcome = audit_driver(driver)
    assert not any("own JavaScript world (" in s for s in outcome.limitations)
    assert "preselected-consent" in {f.check for f in outcome.findings}
    # The same patched page breaks a script that runs in the page's own world.
    with pytest.raises(ScriptError):
        run_in_current_context(driver, "() => getComputedStyle(document.body).color", None, 5.0)


def test_a_script_over_its_budget_is_stopped(driver: Any, demo: str) -> None:
    driver.get(f"{demo}/index.html")
    scripts = PageScripts.open(driver, budget_s=1.0)
    assert scripts.isolated
    with pytest.raises(ScriptError):
        scripts.call("() => { for (;;) {} }")
    with pytest.raises(ScriptError):
        run_in_current_context(driver, "() => new Promise(() => {})", None, 1.0)
    assert scripts.call("(o) => JSON.stringify(o)", {"still": "alive"}) == '{"still":"alive"}'


def test_unavailable_checks_are_stated_and_the_report_carries_it(
    driver: Any, demo: str, tmp_path: Path
) -> None:
    driver.get(f"{demo}/annual-bill/en.html")
    outcome = audit_driver(driver, checks=["preselected-consent", "consent-before-choice"])
    assert {f.check for f in outcome.findings} == {"preselected-consent"}
    assert outcome.limitations == [limits.unavailable_check("consent-before-choice")]
    paths = write_driver_report(driver, [outcome], tmp_path)
    document = load_report(paths["json"])
    step = document["journeys"][0]["steps"][0]
    assert step["extra"]["selenium_limitations"] == outcome.limitations
    assert {f["check"] for f in step["findings"]} == {"preselected-consent"}
    assert document["run"]["command"] == "selenium"
    assert "consent-before-choice" in paths["html"].read_text(encoding="utf-8")
    assert json.loads(paths["json"].read_text(encoding="utf-8"))["run"]["axe_version"] == axe_version()


@pytest.mark.parametrize("isolated", [True, False], ids=["isolated-world", "page-world"])
def test_remote_sessions_work_unchanged(isolated: bool, chromium: Browser, demo: str) -> None:
    url = f"{demo}/annual-bill/en.html"
    with remote_session() as remote:
        remote.get(url)
        outcome = audit_driver(remote, isolated_world=isolated)
    assert _found(outcome) == _found(_playwright_audit(chromium, url))
    contrast = [f for f in outcome.findings if f.check == "low-contrast-consent"]
    assert contrast and all(f.evidence["axe"]["outcome"] == "violation" for f in contrast)
    # The page-world path (axe injected by axe-selenium-python's Axe.inject) finds the same,
    # and the audit says where its scripts ran.
    expected = [] if isolated else [limits.no_isolated_world(limits.ISOLATION_OFF)]
    assert outcome.limitations == expected


def test_screenshot_covers_findings_below_the_fold(driver: Any, origins: tuple[str, str]) -> None:
    size = driver.get_window_size()
    driver.set_window_size(800, 500)
    try:
        driver.get(f"{origins[0]}/hiding.html")
        outcome = audit_driver(driver)
    finally:
        driver.set_window_size(size["width"], size["height"])
    box, view = outcome.screenshot_box, outcome.snapshot.viewport
    assert box is not None
    assert box["y"] + box["height"] > view.y + view.height, "findings reach below the fold"
    png = outcome.screenshot_png or b""
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (round(box["width"]), round(box["height"]))
