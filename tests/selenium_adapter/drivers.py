"""A real chromedriver session for the Selenium adapter's browser tests (skips without one)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from consentinel.browser import ENV_TEST_HOST_RULES


@contextmanager
def _test_host_rules() -> Iterator[None]:
    """CONSENTINEL_TEST_HOST_RULES=1 while options are built: nothing but loopback resolves."""
    previous = os.environ.get(ENV_TEST_HOST_RULES)
    os.environ[ENV_TEST_HOST_RULES] = "1"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(ENV_TEST_HOST_RULES, None)
        else:
            os.environ[ENV_TEST_HOST_RULES] = previous


@contextmanager
def chrome_session() -> Iterator[Any]:
    """Headless Chromium through Debian's chromedriver, with the test-only host rules."""
    if shutil.which("chromedriver") is None:
        pytest.skip("chromedriver not installed (Debian: apt-get install chromium-driver)")
    from consentinel.selenium.chrome import chrome_driver

    with _test_host_rules():
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
    with _test_host_rules():
        options = chrome_options()
    try:
        driver = webdriver.Remote(command_executor=service.service_url, options=options)
        try:
            yield driver
        finally:
            driver.quit()
    finally:
        service.stop()
