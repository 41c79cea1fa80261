"""Shared end-to-end infrastructure: real consent managers from npm, served from loopback.

Detection is judged on real consent managers, so these tests install them from the npm registry
(``tests/e2e/npm/package.json``, exact pins, ``package-lock.json`` for ``npm ci --ignore-scripts``,
see ``tests/npm_pins.py``) the first time they run, and serve the whole ``tests/`` folder over
HTTP. Host pages under ``tests/pages/**`` load the libraries from ``/e2e/npm/node_modules/<pkg>/dist/...``.

Fixtures offered to every test under ``tests/e2e/``:

* ``npm_modules`` (session): installs ``node_modules`` if a pinned package is missing or at
  another version, and returns its path. It fails loudly with npm's output when it cannot;
  it never skips, because a silently skipped e2e suite looks like a passing one.
* ``tests_base_url`` (session): ``http://127.0.0.1:<port>`` serving ``tests/``, with the npm
  packages installed (so a test using it must be marked ``npm``); ``tests_folder_url`` is the
  same server for pages that need nothing from npm.
* ``third_party_base_url`` (session): the same folder on a second server, addressed as
  ``http://localhost:<port>``. A different host name *and* port makes it another site, not
  only another origin: cookies are scoped by host, not port, so only a different host stands
  in for a third party in cookie checks.
* ``consentinel_playwright`` / ``browser`` (module): one Chromium per test module, launched by
  the product's own ``consentinel.gather.browser.launch_browser`` (so the tests see what users get)
  with ``CONSENTINEL_TEST_HOST_RULES=1``: nothing but loopback resolves.
* ``cli_env`` (session): environment for running the CLI in a child process.
* ``new_page`` (function): a factory for pages in fresh contexts (own cookies and storage),
  optionally emulating a device, locale and timezone; every context is closed afterwards.

Example::

    def test_banner(new_page, tests_base_url):
        page = new_page(device="iPhone 13")
        page.goto(f"{tests_base_url}/pages/cmp/klaro/dark.html")
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from npm_pins import ensure_installed
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from consentinel.gather.browser import ENV_TEST_HOST_RULES, launch_browser, new_context
from consentinel.server import serve_directory

E2E_DIR = Path(__file__).resolve().parent
TESTS_DIR = E2E_DIR.parent
NPM_DIR = E2E_DIR / "npm"

NewPage = Callable[..., Page]


@pytest.fixture(scope="session")
def npm_modules() -> Path:
    """tests/e2e/npm/node_modules with every pinned consent manager installed."""
    return ensure_installed(NPM_DIR, "the e2e tests install real consent managers from the npm registry")


@pytest.fixture(scope="session")
def tests_folder_url() -> Iterator[str]:
    """The tests/ folder over HTTP on 127.0.0.1, for pages that load nothing from npm."""
    with serve_directory(TESTS_DIR) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def tests_base_url(npm_modules: Path, tests_folder_url: str) -> str:
    """The same server once the consent managers are installed (host pages + /e2e/npm/node_modules)."""
    return tests_folder_url


@pytest.fixture(scope="session")
def third_party_base_url(npm_modules: Path) -> Iterator[str]:
    """The same folder on a second server, as ``http://localhost:<port>``: another site."""
    with serve_directory(TESTS_DIR, host="127.0.0.1") as base_url:
        yield base_url.replace("http://127.0.0.1:", "http://localhost:", 1)


@pytest.fixture(scope="module")
def consentinel_playwright() -> Iterator[Playwright]:
    """One Playwright driver per module (sync API), stopped when the module ends."""
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="module")
def browser(consentinel_playwright: Playwright) -> Iterator[Browser]:
    """Chromium launched the way the product launches it, plus the test-only host rules.

    Overrides pytest-playwright's ``browser`` inside tests/e2e so every e2e test drives the
    product's launch path (browser discovery, flags, automation not advertised).
    """
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ENV_TEST_HOST_RULES, "1")
        launched = launch_browser(consentinel_playwright)
    try:
        yield launched
    finally:
        launched.close()


@pytest.fixture
def new_page(browser: Browser, consentinel_playwright: Playwright) -> Iterator[NewPage]:
    """Factory: ``new_page(device=None, locale=None, timezone=None, **context_options)``.

    Each call opens a fresh context (so cookies and storage never leak between pages); all
    are closed at teardown. Contexts, not pages, are closed: closing a page while a navigation
    is still committing can hang.
    """
    contexts: list[BrowserContext] = []

    def factory(device: str | None = None, locale: str | None = None, timezone: str | None = None,
                **options: Any) -> Page:
        context = new_context(browser, consentinel_playwright, device=device, locale=locale,
                              timezone=timezone, **options)
        contexts.append(context)
        return context.new_page()

    yield factory
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def cli_env() -> dict[str, str]:
    """Environment for running the ``consentinel`` CLI in a child process.

    A child process has its own Playwright driver, so CLI runs never clash with the module's
    sync Playwright; it gets the same test-only host rules as the ``browser`` fixture.
    """
    env = dict(os.environ)
    env[ENV_TEST_HOST_RULES] = "1"
    env.setdefault("ALLURE_NO_ANALYTICS", "true")
    return env
