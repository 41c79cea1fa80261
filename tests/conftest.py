"""The two test tiers, and the guards that keep the fast one fast.

* Fast tier: ``pytest -m "not browser and not npm"``: every unit test; no browser, no npm, no
  node, no network. Shared result builders are plain functions in ``tests/builders.py``.
* Browser/npm tier: ``pytest -m "browser or npm"``: tests marked ``browser`` launch a real
  Chromium; tests marked ``npm`` install pinned packages from the npm registry (see
  ``tests/npm_pins.py``) or run node.

A missing mark would quietly put a slow or networked test into the fast tier, so both are
enforced rather than trusted:

* a test not marked ``browser`` that launches a browser fails at once, naming the mark: while it
  runs (set-up and teardown included) Playwright's launch methods refuse, and
  ``CONSENTINEL_BROWSER`` names a path that does not exist, so a CLI it starts in a child
  process cannot find a browser either;
* a test not marked ``npm`` that asks for an npm fixture stops the session at collection.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from playwright.async_api import BrowserType as AsyncBrowserType
from playwright.sync_api import BrowserType as SyncBrowserType

# Fixtures that install packages from npm; a test using one (even through another fixture)
# must be marked npm.
NPM_FIXTURES = frozenset({"npm_modules", "tracking_npm", "corpus_npm"})
# Every way Playwright starts or attaches to a browser.
LAUNCH_METHODS = ("launch", "launch_persistent_context", "connect", "connect_over_cdp")
# The product's documented override of browser discovery; for unmarked tests, a path that cannot
# exist and says why.
ENV_BROWSER = "CONSENTINEL_BROWSER"
NO_BROWSER = "/nonexistent/chromium-refused-to-a-test-not-marked-browser"


class BrowserInUnmarkedTest(RuntimeError):
    """A test outside the ``browser`` tier tried to launch a browser."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    unmarked = [
        item.nodeid
        for item in items
        if NPM_FIXTURES & set(getattr(item, "fixturenames", ()))
        and item.get_closest_marker("npm") is None
    ]
    if unmarked:
        raise pytest.UsageError(
            "these tests use npm fixtures but are not marked npm (add @pytest.mark.npm or a "
            "module-level pytestmark), so the fast tier would run npm:\n  " + "\n  ".join(unmarked)
        )


@contextmanager
def browser_refused(item: pytest.Item) -> Iterator[None]:
    """Within the block, any browser launch fails naming ``item`` (unless it is marked browser)."""
    if item.get_closest_marker("browser") is not None:
        yield
        return

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise BrowserInUnmarkedTest(
            f"{item.nodeid} launches a browser but is not marked browser: add @pytest.mark.browser "
            "(or pytestmark = pytest.mark.browser for the module) so `pytest -m \"not browser and "
            "not npm\"` stays browser-free"
        )

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ENV_BROWSER, NO_BROWSER)
        for browser_type in (SyncBrowserType, AsyncBrowserType):
            for method in LAUNCH_METHODS:
                patch.setattr(browser_type, method, refuse)
        yield


# Set-up, call and teardown each go through the item's own hooks (module-scoped fixtures are
# set up inside the first test that needs them), so all three phases are guarded.
@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, None, None]:
    with browser_refused(item):
        return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    with browser_refused(item):
        return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, None, None]:
    with browser_refused(item):
        return (yield)
