"""The waits' use of the page's DOM history and animations (consentinel.gather.quiet), no browser.

The decisions are pure functions (``still_since``, ``prompt_settled``, ``settle_verdict``); the
waits are driven here by a fake clock and a scripted signal, as in tests/test_onepass_plan.py.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from consentinel.gather import quiet
from consentinel.gather.discover import SETTLE_MS
from consentinel.gather.quiet import BOUND, PROMPT, QUIET, Bounds, prompt_settled, settle_verdict, still_since

BOUNDS = Bounds(max_ms=3000, quiet_ms=500, poll_ms=100)


def test_a_change_is_dated_by_the_history_but_never_before_the_previous_look() -> None:
    assert still_since(100.0, None, None) == 100.0  # no history: still from this look on
    assert still_since(100.0, 2000.0, None) == 98.0  # the page has been still for 2 s
    assert still_since(100.0, 2000.0, 99.5) == 99.5  # the previous look saw another signature
    assert still_since(100.0, 100.0, 99.5) == pytest.approx(99.9)
    assert still_since(100.0, -5.0, None) == 100.0  # a nonsense history dates nothing back


def test_a_found_prompt_is_complete_only_on_a_page_still_for_the_settle_window() -> None:
    still = {"quiet_for_ms": SETTLE_MS + 1, "animation_left_ms": 0.0, "waited_ms": 0.0}
    assert prompt_settled(**still)
    assert not prompt_settled(**{**still, "quiet_for_ms": SETTLE_MS - 1})  # rendering still
    assert not prompt_settled(**{**still, "animation_left_ms": 250.0})  # sliding in
    assert not prompt_settled(**{**still, "quiet_for_ms": None})  # no history: look again
    assert prompt_settled(**{**still, "quiet_for_ms": 0.0, "waited_ms": SETTLE_MS})  # the bound


def test_a_finite_animation_within_the_bound_delays_quiet_and_the_bound_still_wins() -> None:
    quiet_page = {"network_idle_ms": 600, "dom_stable_ms": 600, "bounds": BOUNDS}
    assert settle_verdict(waited_ms=600, **quiet_page) == QUIET
    assert settle_verdict(waited_ms=600, animation_left_ms=400, **quiet_page) is None
    # one the bound would cut anyway is not waited for
    assert settle_verdict(waited_ms=600, animation_left_ms=60_000, **quiet_page) == QUIET
    assert settle_verdict(waited_ms=3000, animation_left_ms=1, **quiet_page) == BOUND


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def monotonic(self) -> float:
        return self.now


class _Page:
    """A page whose signal is scripted; a pause moves the clock and ages the DOM's history."""

    def __init__(self, clock: _Clock, signal: dict[str, Any]) -> None:
        self.clock, self.signal, self.pauses = clock, signal, []

    def wait_for_timeout(self, ms: float) -> None:
        self.pauses.append(ms)
        self.clock.now += ms / 1000
        if self.signal.get("quiet_for") is not None:
            self.signal["quiet_for"] += ms


class _QuietNetwork:
    def idle_ms(self) -> float:
        return 10_000.0


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> _Clock:
    clock = _Clock()
    monkeypatch.setattr(quiet, "time", SimpleNamespace(monotonic=clock.monotonic))
    monkeypatch.setattr(quiet, "_signal", lambda page: dict(page.signal))
    return clock


def test_a_page_still_for_longer_than_the_window_ends_its_wait_at_the_first_look(clock: _Clock) -> None:
    page = _Page(clock, {"sig": "loaded", "quiet_for": 1300.0})
    record = quiet.wait_quiet(page, _QuietNetwork(), BOUNDS, "accept: before choice", history=True)  # type: ignore[arg-type]
    assert (record.reason, record.polls, page.pauses) == (QUIET, 1, [])
    # without leave to use the history (after a click of ours) the DOM is watched from the look on
    page = _Page(clock, {"sig": "loaded", "quiet_for": 1300.0})
    record = quiet.wait_quiet(page, _QuietNetwork(), BOUNDS, "behaviour settle")  # type: ignore[arg-type]
    assert record.reason == QUIET and sum(page.pauses) >= BOUNDS.quiet_ms


def test_a_first_glance_is_not_dated_back_a_later_change_is_dated_from_the_history(clock: _Clock) -> None:
    page = _Page(clock, {"sig": "banner", "quiet_for": 5000.0})
    look = quiet.glance(page, "accept: after choice")  # type: ignore[arg-type]
    assert look.stable_since == clock.now  # it follows our click: nothing before it counts
    clock.now += 1.0
    page.signal.update(sig="banner gone", quiet_for=700.0)
    quiet.glance(page, "x", into=look)  # type: ignore[arg-type]
    assert look.stable_since == pytest.approx(clock.now - 0.7)
    # a document our reload loaded afresh: its whole history came after our action
    reloaded = quiet.glance(page, "reject: next page view", history=True)  # type: ignore[arg-type]
    assert reloaded.stable_since == pytest.approx(clock.now - 0.7)


def test_a_prompt_on_a_still_page_is_not_looked_at_again(clock: _Clock,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    looks: list[str] = []

    def discover(page: _Page) -> list[str]:
        looks.append(page.signal["sig"])
        return [f"prompt as {page.signal['sig']}"]

    monkeypatch.setattr(quiet, "discover_prompts", discover)
    page = _Page(clock, {"sig": "banner", "quiet_for": 1300.0, "animation_left_ms": 0})
    found, record = quiet.wait_for_prompt_or_quiet(page, _QuietNetwork(), BOUNDS)  # type: ignore[arg-type]
    assert (found, record.reason, page.pauses, len(looks)) == (["prompt as banner"], PROMPT, [], 1)

    looks.clear()
    sliding = _Page(clock, {"sig": "banner", "quiet_for": 1300.0, "animation_left_ms": 300})
    found, _record = quiet.wait_for_prompt_or_quiet(sliding, _QuietNetwork(), BOUNDS)  # type: ignore[arg-type]
    assert len(looks) == 2 and sum(sliding.pauses) >= SETTLE_MS  # looked at again once the bound passed

    looks.clear()
    rendering = _Page(clock, {"sig": "banner", "quiet_for": 50.0, "animation_left_ms": 0})
    found, _record = quiet.wait_for_prompt_or_quiet(rendering, _QuietNetwork(), BOUNDS)  # type: ignore[arg-type]
    assert len(looks) == 2 and SETTLE_MS - 50 <= sum(rendering.pauses) <= SETTLE_MS


def test_the_next_look_comes_when_the_wait_could_end_never_later_than_a_poll() -> None:
    from consentinel.gather.quiet import MIN_PAUSE_MS, next_look_ms

    quiet_soon = {"waited_ms": 200, "network_idle_ms": 470, "dom_stable_ms": 480, "bounds": BOUNDS}
    assert next_look_ms(**quiet_soon) == 30  # the network is quiet for the window in 30 ms
    assert next_look_ms(**{**quiet_soon, "network_idle_ms": 0}) == BOUNDS.poll_ms  # a request in flight
    assert next_look_ms(**{**quiet_soon, "animation_left_ms": 60}) == 60  # the fade ends later
    assert next_look_ms(**{**quiet_soon, "animation_left_ms": 60_000}) == 30  # past the bound: not waited for
    assert next_look_ms(**{**quiet_soon, "waited_ms": 2995, "network_idle_ms": 0}) == MIN_PAUSE_MS
    least = Bounds(max_ms=3000, min_ms=2500, quiet_ms=500, poll_ms=100)
    assert next_look_ms(**{**quiet_soon, "bounds": least, "head_start_ms": 2250}) == 50  # the least wait


def test_a_wait_ends_when_the_page_goes_quiet_not_at_the_next_poll(clock: _Clock) -> None:
    page = _Page(clock, {"sig": "loaded", "quiet_for": 430.0})
    record = quiet.wait_quiet(page, _QuietNetwork(), BOUNDS, "reject: before choice", history=True)  # type: ignore[arg-type]
    assert record.reason == QUIET and page.pauses == [pytest.approx(70.0)]
