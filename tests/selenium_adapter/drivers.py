"""A real chromedriver session for the Selenium adapter's browser tests (skips without one)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from browser_fixtures import loopback_only


@contextmanager
def chrome_session() -> Iterator[Any]:
    """Headless Chromium through Debian's chromedriver, with the test-only host rules."""
    if shutil.which("chromedriver") is None:
        pytest.skip("chromedriver not installed (Debian: apt-get install chromium-driver)")
    from consentinel.selenium.chrome import chrome_driver

    with loopback_only():
        driver = chrome_driver()
    try:
        yield driver
    finally:
        driver.quit()


@contextmanager
def remote_session() -> Iterator[Any]:
    """``webdriver.Remote`` over HTTP to a local chromedriver: what a Grid client sees."""
    found = shutil.which("chromedriver")
    if found is None:
        pytest.skip("chromedriver not installed (Debian: apt-get install chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from consentinel.selenium.chrome import chrome_options

    service = Service(found)
    service.start()
    with loopback_only():
        options = chrome_options()
    try:
        driver = webdriver.Remote(command_executor=service.service_url, options=options)
        try:
            yield driver
        finally:
            driver.quit()
    finally:
        service.stop()
