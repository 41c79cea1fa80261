"""The page's own clock, let run fast from outside its JavaScript world (CDP virtual time).

Why: ``implied-consent`` judges "waiting" (12 s by default: banners that accept on a timer
after 10 s). Waiting 12 s of real time was the floor of every full scan. Chromium can instead
run a tab on *virtual time* (``Emulation.setVirtualTimePolicy`` with a budget): the page's
timers, ``Date.now()`` and ``performance.now()`` then see 12 s pass in a few milliseconds,
and ``Emulation.virtualTimeBudgetExpired`` says when they have. With the policy
``pauseIfNetworkFetchesPending`` page time does not pass while the page's own fetches are in
flight, so a consent manager that loads a script late still gets it before its timer fires.

Nothing is injected into the page (the page is an adversary: fake timers in its own world,
as Playwright's ``page.clock`` installs, can be seen and undone by it); the clock is driven by
the browser engine from our CDP session.

Once a tab is on virtual time it cannot go back to real time: when the budget is spent the
page is paused (its timers no longer fire), and asking it to advance again makes its clock run
away. Whatever a probe does after the wait therefore happens in another tab
(:func:`consentinel.gather.behaviour.probe_implied_consent`). Where the clock cannot be driven
(not Chromium, a remote browser, any CDP error) :func:`start_page_clock` returns None and the
caller waits in real time as before.

Example::

    clock = start_page_clock(page, budget_ms=11000, remote=False)
    if clock is not None:
        expired = clock.wait_expired(real_ms=11000)  # usually a few ms
        clock.page_ms()                              # the page's clock, ms since its navigation
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from typing import Any

from playwright.sync_api import CDPSession, Page
from playwright.sync_api import Error as PlaywrightError

from consentinel.gather.evaluate import evaluate_script

BUDGET_EXPIRED = "Emulation.virtualTimeBudgetExpired"
WAIT_FOR_FETCHES = "pauseIfNetworkFetchesPending"  # page time stands still while fetches are in flight
POLL_MS = 25  # how often the budget's end is looked for (it usually comes within milliseconds)


def page_clock_allowed(browser_name: str | None, *, remote: bool) -> bool:
    """Whether a page's clock may be driven: a local Chromium only (virtual time is a Chromium
    CDP feature; a remote browser may be shared and is left on real time)."""
    return browser_name == "chromium" and not remote


class PageClock:
    """A tab on virtual time: grants of page time, each ended by the budget-expired event."""

    def __init__(self, page: Page, session: CDPSession) -> None:
        self.page = page
        self.session = session
        self._granted = 0  # grants made
        self._expired = 0  # grants spent (the browser said so)
        session.on(BUDGET_EXPIRED, self._on_expired)

    def _on_expired(self, _: Any) -> None:
        self._expired += 1

    def grant(self, budget_ms: float) -> None:
        """Let ``budget_ms`` more of page time pass (as fast as the page allows), then pause."""
        self.session.send("Emulation.setVirtualTimePolicy", {"policy": WAIT_FOR_FETCHES, "budget": budget_ms})
        self._granted += 1

    def pause(self) -> None:
        """Stop the page's clock now (what is left of a grant is dropped)."""
        self.session.send("Emulation.setVirtualTimePolicy", {"policy": "pause"})
        self._expired = self._granted

    @property
    def expired(self) -> bool:
        """Whether every grant has been spent."""
        return self._expired >= self._granted

    def wait_expired(self, real_ms: float, on_poll: Callable[[], None] | None = None) -> bool:
        """Wait until the grants are spent, at most ``real_ms`` of real time (a page whose
        fetches never end holds its clock still); whether they were. ``on_poll`` runs on each look."""
        deadline = time.monotonic() + real_ms / 1000
        while not self.expired and time.monotonic() < deadline:
            if on_poll is not None:
                on_poll()
            self.page.wait_for_timeout(POLL_MS)
        return self.expired

    @contextlib.contextmanager
    def running(self, budget_ms: float) -> Iterator[None]:
        """Page time may pass during the block (at most ``budget_ms``), and not after it: a
        read that waits on the page's own timers (``read_tcf``'s timeout) needs a clock."""
        self.grant(budget_ms)
        try:
            yield
        finally:
            with contextlib.suppress(PlaywrightError):
                self.pause()

    def page_ms(self) -> float | None:
        """The page's clock now (see :func:`page_time_ms`)."""
        return page_time_ms(self.page)


def page_time_ms(page: Page) -> float | None:
    """The page's clock: ms since its document's time origin (its navigation), read in our
    isolated world; None if it cannot be read."""
    try:
        value = evaluate_script(page, "page_time")
    except (PlaywrightError, ValueError, TypeError):
        return None
    return round(float(value), 1) if isinstance(value, (int, float)) else None


def start_page_clock(page: Page, budget_ms: float, *, remote: bool) -> PageClock | None:
    """Put ``page`` on virtual time and grant it ``budget_ms`` of page time; None (the page left
    on real time) when :func:`page_clock_allowed` says no or the browser refuses."""
    browser = page.context.browser
    if not page_clock_allowed(browser.browser_type.name if browser is not None else None, remote=remote):
        return None
    try:
        session = page.context.new_cdp_session(page)
    except PlaywrightError:
        return None
    clock = PageClock(page, session)
    try:
        clock.grant(budget_ms)
    except PlaywrightError:
        with contextlib.suppress(PlaywrightError):
            session.detach()
        return None
    return clock


__all__ = ["BUDGET_EXPIRED", "PageClock", "page_clock_allowed", "page_time_ms", "start_page_clock"]
