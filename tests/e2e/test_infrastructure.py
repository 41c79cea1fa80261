"""The shared e2e infrastructure works: consent managers install, serve, and see a visitor.

These guard the fixtures other e2e tests build on, so a broken npm install or a browser that
advertises automation fails here with a clear reason instead of as a confusing detection miss.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page

NewPage = Callable[..., Page]
NPM_DIR = Path(__file__).resolve().parent / "npm"

pytestmark = [pytest.mark.browser, pytest.mark.npm]

CMP_HOSTS = (
    "/pages/cmp/vanilla-cookieconsent/compliant.html",
    "/pages/cmp/vanilla-cookieconsent/dark.html",
    "/pages/cmp/klaro/compliant.html",
    "/pages/cmp/klaro/dark.html",
)


def test_every_pinned_package_is_installed_at_its_pin(npm_modules: Path) -> None:
    pins = json.loads((NPM_DIR / "package.json").read_text())["dependencies"]
    assert {"vanilla-cookieconsent", "klaro", "@porscheofficial/cookie-consent-banner"} <= set(pins)
    for name, version in pins.items():
        installed = json.loads((npm_modules / name / "package.json").read_text())
        assert installed["version"] == version, name


def test_libraries_are_served_from_loopback(tests_base_url: str, third_party_base_url: str) -> None:
    assert tests_base_url.startswith("http://127.0.0.1:")
    assert third_party_base_url.startswith("http://localhost:")
    assert tests_base_url.rsplit(":", 1)[1] != third_party_base_url.rsplit(":", 1)[1]
    for base in (tests_base_url, third_party_base_url):
        url = f"{base}/e2e/npm/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.status == 200
            assert "text/javascript" in response.headers["Content-Type"]
            assert b"CookieConsent" in response.read(200_000)


@pytest.mark.parametrize("path", CMP_HOSTS)
def test_cmp_banner_shows_to_the_product_browser(new_page: NewPage, tests_base_url: str, path: str) -> None:
    """vanilla-cookieconsent's hideFromBots hides its banner when navigator.webdriver is true;
    the product browser must look like a visitor's, or every CMP audit would see no banner."""
    page = new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(tests_base_url + path)
    assert page.evaluate("navigator.webdriver") is False
    first_layer = "#cc-main .cm" if "vanilla" in path else ".klaro .cookie-notice"
    page.locator(first_layer).first.wait_for(state="visible", timeout=5_000)
    assert errors == []


def test_host_rules_keep_tests_off_the_internet(new_page: NewPage) -> None:
    page = new_page()
    with pytest.raises(Exception, match="ERR_NAME_NOT_RESOLVED"):
        page.goto("http://example.com/", timeout=5_000)
