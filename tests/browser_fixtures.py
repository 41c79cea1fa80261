"""Shared helpers for browser tests: one real Chromium per test module, pages served on loopback.

Why a helper module and not conftest fixtures: tests/conftest.py belongs to the lead, and
pytest only shares fixtures through conftest. Each browser test module declares its own
module-scoped fixtures in two lines on top of these context managers::

    from browser_fixtures import launched_browser, served

    @pytest.fixture(scope="module")
    def browser():
        with launched_browser() as b:
            yield b

``launched_browser`` launches through the product's own launcher (so tests exercise it) with
the test-only host-resolver rules (nothing but loopback resolves).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from playwright.sync_api import Browser, Page, Playwright, sync_playwright

from consentinel.gather.browser import ENV_TEST_HOST_RULES, BrowserSettings, launch_browser
from consentinel.server import serve_directory

PAGES = Path(__file__).parent / "pages"


@contextmanager
def launched_browser(
    settings: BrowserSettings | None = None, playwright: Playwright | None = None
) -> Iterator[Browser]:
    """A real Chromium found and launched by consentinel.gather.browser, closed afterwards.

    Pass ``playwright`` when the module already holds one: Playwright's sync API allows only
    one running instance per thread.
    """
    with loopback_only(), ExitStack() as stack:
        pw = playwright or stack.enter_context(sync_playwright())
        browser = launch_browser(pw, settings or BrowserSettings())
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def loopback_only() -> Iterator[None]:
    """CONSENTINEL_TEST_HOST_RULES=1 for the block: launches inside it resolve loopback only."""
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
def served(folder: str | Path) -> Iterator[str]:
    """Serve tests/pages/<folder> (or an absolute folder) on 127.0.0.1; yields the base URL."""
    path = Path(folder)
    with serve_directory(path if path.is_absolute() else PAGES / path) as base_url:
        yield base_url


@contextmanager
def fresh_page(browser: Browser, **context_options: object) -> Iterator[Page]:
    """A page in its own context; the context (not the page) is closed afterwards."""
    context = browser.new_context(**context_options)  # type: ignore[arg-type]
    try:
        yield context.new_page()
    finally:
        context.close()


def checks_but_behaviour() -> str:
    """``--checks`` for suites written before the behavioural checks (issue 13): every check but
    those, so their pages are judged on what the suite is about and scans skip the probes'
    waits and navigations (the behavioural checks have their own suite, e2e/test_behaviour_scan)."""
    from consentinel.checks import ALL_CHECKS, checks_requiring

    probes = set(checks_requiring("behaviour"))
    return ",".join(cid for cid in ALL_CHECKS if cid not in probes)
