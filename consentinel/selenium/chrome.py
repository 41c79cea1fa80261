"""A local Chrome/Chromium WebDriver set up the way Consentinel launches its own browser.

For suites that do not already build their driver: the product's flags (no background traffic
of the browser's own, which would pollute what a page is seen to send; no first-run UI), the
browser Consentinel would pick (``CONSENTINEL_BROWSER``, else a system Chromium/Chrome) and the
system ``chromedriver`` when there is one (else Selenium Manager finds a driver). Suites with
their own driver (or a ``webdriver.Remote``) need none of this.

Example::

    driver = chrome_driver()
    try:
        driver.get("https://example.org/")
    finally:
        driver.quit()
"""

from __future__ import annotations

import shutil

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from consentinel.selenium._core import _chromium_binary, _chromium_flags


def chrome_options(headless: bool = True) -> webdriver.ChromeOptions:
    """ChromeOptions with the product's launch flags and browser."""
    options = webdriver.ChromeOptions()
    binary = _chromium_binary()
    if binary:
        options.binary_location = binary
    if headless:
        options.add_argument("--headless=new")
    for flag in _chromium_flags():
        options.add_argument(flag)
    return options


def chrome_driver(headless: bool = True) -> webdriver.Chrome:
    """A started Chrome driver with :func:`chrome_options`; the caller quits it."""
    found = shutil.which("chromedriver")
    service = Service(found) if found else Service()
    return webdriver.Chrome(options=chrome_options(headless), service=service)


__all__ = ["chrome_driver", "chrome_options"]
