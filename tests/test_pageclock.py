"""The page's clock (gather.pageclock): when a wait may run on virtual time, and how a grant ends.

No browser: the decision and the bookkeeping are tested against stand-ins for Playwright's page
and CDP session. What virtual time does to a real page is tested end to end in
``tests/e2e/test_behaviour_scan.py`` (a timer that accepts after 8 s, caught at the 12 s wait).
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from playwright.sync_api import Error as PlaywrightError

from consentinel.gather import behaviour
from consentinel.gather.behaviour import ProbeOptions, probe_implied_consent
from consentinel.gather.pageclock import (
    BUDGET_EXPIRED,
    WAIT_FOR_FETCHES,
    PageClock,
    page_clock_allowed,
    start_page_clock,
)


class FakeSession:
    """A CDP session that records what is sent; ``refuse`` makes ``send`` fail like a browser
    without virtual time."""

    def __init__(self, refuse: bool = False) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []
        self.handlers: dict[str, Callable[[Any], None]] = {}
        self.refuse = refuse
        self.detached = False

    def on(self, event: str, handler: Callable[[Any], None]) -> None:
        self.handlers[event] = handler

    def send(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if self.refuse:
            raise PlaywrightError("Emulation.setVirtualTimePolicy: not supported")
        self.sent.append((method, params))
        return {}

    def detach(self) -> None:
        self.detached = True


class FakePage:
    """A page of a browser named ``browser``; ``session`` is what a CDP session request yields
    (an exception is raised)."""

    def __init__(self, browser: str | None, session: FakeSession | Exception) -> None:
        self.session = session
        self.asked_for_session = False
        owner = SimpleNamespace(browser_type=SimpleNamespace(name=browser)) if browser else None
        self.context = SimpleNamespace(browser=owner, new_cdp_session=self._new_session)
        self.waits = 0
        self.on_wait: Callable[[], None] = lambda: None

    def _new_session(self, page: Any) -> FakeSession:
        self.asked_for_session = True
        if isinstance(self.session, Exception):
            raise self.session
        return self.session

    def wait_for_timeout(self, ms: float) -> None:
        self.waits += 1
        self.on_wait()


@pytest.mark.parametrize(("browser", "remote", "allowed"), [
    ("chromium", False, True),
    ("chromium", True, False),  # --browser-ws: a remote browser stays on real time
    ("firefox", False, False),
    ("webkit", False, False),
    (None, False, False),  # a context without a browser object (persistent context)
])
def test_only_a_local_chromium_drives_the_pages_clock(browser: str | None, remote: bool,
                                                      allowed: bool) -> None:
    assert page_clock_allowed(browser, remote=remote) is allowed


@pytest.mark.parametrize(("browser", "remote"), [("chromium", True), ("firefox", False)])
def test_where_not_allowed_no_cdp_session_is_even_asked_for(browser: str, remote: bool) -> None:
    page = FakePage(browser, FakeSession())
    assert start_page_clock(page, 11000, remote=remote) is None  # type: ignore[arg-type]
    assert not page.asked_for_session


def test_a_browser_that_refuses_a_session_leaves_the_page_on_real_time() -> None:
    page = FakePage("chromium", PlaywrightError("Target closed"))
    assert start_page_clock(page, 11000, remote=False) is None  # type: ignore[arg-type]


def test_a_browser_that_refuses_virtual_time_leaves_the_page_on_real_time_and_the_session_detached() -> None:
    session = FakeSession(refuse=True)
    page = FakePage("chromium", session)
    assert start_page_clock(page, 11000, remote=False) is None  # type: ignore[arg-type]
    assert session.detached


def test_a_grant_lets_page_time_pass_but_never_while_the_pages_fetches_are_in_flight() -> None:
    session = FakeSession()
    clock = start_page_clock(FakePage("chromium", session), 11000, remote=False)  # type: ignore[arg-type]
    assert isinstance(clock, PageClock) and not clock.expired
    assert session.sent == [("Emulation.setVirtualTimePolicy", {"policy": WAIT_FOR_FETCHES, "budget": 11000})]


def test_the_wait_ends_when_the_browser_says_the_budget_is_spent() -> None:
    session = FakeSession()
    page = FakePage("chromium", session)
    clock = start_page_clock(page, 11000, remote=False)  # type: ignore[arg-type]
    assert clock is not None
    page.on_wait = lambda: session.handlers[BUDGET_EXPIRED]({}) if page.waits == 3 else None
    polls: list[int] = []
    assert clock.wait_expired(real_ms=60_000, on_poll=lambda: polls.append(page.waits)) is True
    assert page.waits == 3 and polls == [0, 1, 2]


def test_a_clock_held_by_fetches_is_given_up_at_the_real_bound() -> None:
    clock = start_page_clock(FakePage("chromium", FakeSession()), 11000, remote=False)  # type: ignore[arg-type]
    assert clock is not None
    assert clock.wait_expired(real_ms=0) is False


def test_time_granted_for_a_read_stops_with_the_read() -> None:
    session = FakeSession()
    clock = start_page_clock(FakePage("chromium", session), 11000, remote=False)  # type: ignore[arg-type]
    assert clock is not None
    session.handlers[BUDGET_EXPIRED]({})
    with clock.running(2000):
        assert session.sent[-1][1] == {"policy": WAIT_FOR_FETCHES, "budget": 2000} and not clock.expired
    assert session.sent[-1][1] == {"policy": "pause"} and clock.expired


@pytest.mark.parametrize("clock_started", [True, False])
def test_the_probe_waits_in_real_time_only_where_the_clock_cannot_be_driven(
    monkeypatch: pytest.MonkeyPatch, clock_started: bool
) -> None:
    """The implied-consent probe's pause: "go on now" when the page's clock runs the wait (the
    page time passes while the pass works elsewhere), else when the real wait is over."""
    started: list[tuple[float, bool]] = []

    def start(page: Any, budget_ms: float, *, remote: bool) -> object | None:
        started.append((budget_ms, remote))
        return object() if clock_started else None

    monkeypatch.setattr(behaviour, "start_page_clock", start)
    monkeypatch.setattr(behaviour, "page_time_ms", lambda page: 1000.0)  # the page's clock: 1 s
    monkeypatch.setattr(behaviour.StateReader, "read", lambda self, page: {})
    monkeypatch.setattr(behaviour, "discover_prompts", lambda page: [])
    # our clocks stand still: epoch 1000 s, monotonic 500 s
    monkeypatch.setattr(behaviour, "time", SimpleNamespace(time=lambda: 1000.0, monotonic=lambda: 500.0))
    recorder = SimpleNamespace(started=(1000.0 - 3) * 1000)  # opened 3 s ago (real time)
    page = SimpleNamespace(url="https://example.test/")
    options = ProbeOptions(wait_ms=12000, remote_browser=True)
    due = next(probe_implied_consent(page, recorder, {}, options))  # type: ignore[arg-type]
    assert started == [(11000.0, True)]  # the page time owed by the page's own clock; remote passed on
    # go on at once (page time passes meanwhile), else when 12 s of real time have passed
    assert due == (500.0 if clock_started else 500.0 + 9)
