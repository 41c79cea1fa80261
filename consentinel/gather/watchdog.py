"""The page budget: a timer that ends a journey's browser contexts when the journey overruns.

Why a timer thread: several Playwright calls have no timeout of their own (``page.title()``, a
CDP detach) and a page that spins its renderer can block them for ever. The per-evaluation
budget (:mod:`consentinel.gather.evaluate`) stops our scripts and the page's loops; this is the
backstop for everything else. When it fires it closes every context of the browser on
Playwright's own event loop (``call_soon_threadsafe``: the sync API is not thread-safe), which
works even with a wedged renderer; the blocked call then raises and the runner records the page
as an error. The Browser itself survives and audits the next URL.

Playwright has no public hook for this: the loop and the async ``close`` are reached through
the sync objects' ``_impl_obj``, pinned by the Playwright version in pyproject.toml.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from playwright.sync_api import Browser

from consentinel.defaults import DEFAULT_PAGE_BUDGET_MS


def _close_all_contexts(browser: Browser, reason: str) -> None:
    impl: Any = browser._impl_obj  # private: see the module docstring
    loop = impl._loop
    closing: list[asyncio.Future[Any]] = []

    def close() -> None:  # runs on the loop's thread
        closing.extend(asyncio.ensure_future(context.close(reason=reason)) for context in list(impl.contexts))

    loop.call_soon_threadsafe(close)


@contextmanager
def page_budget(browser: Browser, budget_ms: int) -> Iterator[threading.Event]:
    """Within the block, ``budget_ms`` after it began every context of ``browser`` is closed.

    Yields an event that is set once the budget fired (the caller words the error).
    """
    fired = threading.Event()
    reason = f"the page budget of {budget_ms} ms was exceeded"

    def fire() -> None:
        fired.set()
        _close_all_contexts(browser, reason)

    timer = threading.Timer(budget_ms / 1000, fire)
    timer.daemon = True
    timer.start()
    try:
        yield fired
    finally:
        timer.cancel()


__all__ = ["DEFAULT_PAGE_BUDGET_MS", "page_budget"]
