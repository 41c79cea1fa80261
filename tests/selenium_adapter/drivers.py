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
def chrome_session() -> Iterator[Any]:
    """Headless Chromium through Debian's chromedriver, with the test-only host rules."""
    if shutil.which("chromedriver") is None:
        pytest.skip("chromedriver not installed (Debian: apt-get install chromium-driver)")
    from consentinel.selenium.chrome import chrome_driver

    previous = os.environ.get(ENV_TEST_HOST_RULES)
    os.environ[ENV_TEST_HOST_RULES] = "1"
    try:
        driver = chrome_driver()
    finally:
        if previous is None:
            os.environ.pop(ENV_TEST_HOST_RULES, None)
        else:
            os.environ[ENV_TEST_HOST_RULES] = previous
    try:
        yield driver
    finally:
        driver.quit()
