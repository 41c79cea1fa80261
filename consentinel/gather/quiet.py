"""Waits that end on events: network quiet AND DOM quiet, with the old fixed windows as bounds.

Why: a scan used to sleep fixed windows (a 5 s wait for a prompt on pages that show none,
1.5-6 s before and after each choice). A page is done when nothing is loading, its DOM has
stopped changing and no short one-shot timer is pending (a banner shown by
``setTimeout(show, 2000)`` still counts as "on its way"); a consent prompt that appears ends
the prompt wait at once. The fixed windows remain upper bounds, so a chatty page (analytics
heartbeats) still ends.

The decision is a pure function (:func:`settle_verdict`) so it is tested without a browser;
:class:`Activity` counts a context's requests; :func:`wait_quiet` polls one cheap in-page signal
(``js/quiet_signal.js`` through the one evaluate helper) and records why it stopped as a
:class:`WaitRecord` (reports show it; tests assert on it instead of on wall-clock time).

Example::

    activity = Activity.watch(context)
    install_quiet_hook(context)
    page = context.new_page(); page.goto(url, wait_until="commit")
    prompts, record = wait_for_prompt_or_quiet(page, activity, Bounds(max_ms=5000))
    print(record.reason)   # "prompt", "quiet" or "bound"
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Any, Protocol

from playwright.sync_api import BrowserContext, Page, Request
from playwright.sync_api import Error as PlaywrightError

from consentinel.facts.prompt import Prompt
from consentinel.gather.discover import SETTLE_MS, discover_prompts
from consentinel.gather.evaluate import evaluate_script

NO_PROMPT_MIN_WAIT_MS = 2500
"""The least a prompt wait lasts before a quiet page counts as having no prompt: consent managers
commonly show their banner from a timer or a late script up to ~2 s after load. (A main-world
hook counting the page's pending timers would end it sooner, but the page could see and call
it; nothing of ours runs in the page's own world.) Upper bound: ``prompt_timeout_ms``."""

QUIET = "quiet"
BOUND = "bound"
PROMPT = "prompt"


@dataclass(frozen=True, slots=True)
class Bounds:
    """How long a wait may last: at least ``min_ms``, at most ``max_ms``; quiet means nothing
    changed for ``quiet_ms``; the signal is read every ``poll_ms``."""

    max_ms: float
    min_ms: float = 0.0
    quiet_ms: float = 500.0
    poll_ms: float = 100.0


@dataclass(slots=True)
class WaitRecord:
    """What one wait saw: why it ended and after how long (for reports and tests)."""

    what: str
    reason: str = BOUND  # quiet | bound | prompt
    waited_ms: float = 0.0
    polls: int = 0
    tcf: bool = False
    # The DOM signature last seen and since when (time.monotonic()) it had not changed: the next
    # wait on the same page goes on from there (see ``wait_quiet(after=...)``). Not reported.
    signature: Any = None
    stable_since: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"what": self.what, "reason": self.reason, "waited_ms": round(self.waited_ms, 1),
                "polls": self.polls, "tcf": self.tcf}


def settle_verdict(*, waited_ms: float, network_idle_ms: float, dom_stable_ms: float,
                   bounds: Bounds, head_start_ms: float = 0.0) -> str | None:
    """``"quiet"`` or ``"bound"`` when the wait may end, ``None`` to keep waiting.

    Quiet needs all of: at least ``min_ms`` waited (``head_start_ms`` of it may have passed
    before the wait began), no request for ``quiet_ms``, the DOM signature unchanged for
    ``quiet_ms``. The bound wins whatever the page does.
    """
    if waited_ms >= bounds.max_ms:
        return BOUND
    if waited_ms + head_start_ms < bounds.min_ms:
        return None
    if network_idle_ms >= bounds.quiet_ms and dom_stable_ms >= bounds.quiet_ms:
        return QUIET
    return None


class Network(Protocol):
    """Anything that knows how long a context's network has been quiet (an :class:`Activity`,
    a tracking phase's recorder)."""

    def idle_ms(self) -> float: ...


@dataclass
class Activity:
    """Requests in flight and the time of the last network event of one context.

    Not a slots dataclass: Playwright's sync API keeps a wrapper on objects whose bound methods
    are event handlers.
    """

    open: set[int] = field(default_factory=set)
    last_event: float = field(default_factory=time.monotonic)

    @classmethod
    def watch(cls, context: BrowserContext) -> Activity:
        activity = cls()
        context.on("request", activity._started)
        context.on("requestfinished", activity._ended)
        context.on("requestfailed", activity._ended)
        return activity

    def _started(self, request: Request) -> None:
        self.open.add(id(request))
        self.last_event = time.monotonic()

    def _ended(self, request: Request) -> None:
        self.open.discard(id(request))
        self.last_event = time.monotonic()

    def idle_ms(self) -> float:
        """How long the network has been quiet (0 while a request is open)."""
        return 0.0 if self.open else (time.monotonic() - self.last_event) * 1000


def _signal(page: Page) -> dict[str, Any]:
    try:
        return evaluate_script(page, "quiet_signal") or {}
    except (PlaywrightError, ValueError, TypeError):  # navigating, or a page that broke the contract
        return {"sig": None, "tcf": False}


def wait_quiet(page: Page, activity: Network | None, bounds: Bounds, what: str, *,
               stop: Callable[[], bool] | None = None,
               on_poll: Callable[[], None] | None = None,
               since: float | None = None, after: WaitRecord | None = None) -> WaitRecord:
    """Poll until the page is quiet (or ``stop()`` is true, or the bound); never raises on page errors.

    ``activity`` None: the network is taken as quiet (the DOM and timers still count).
    ``stop`` is asked whenever the DOM signature changed (and once at the start).
    ``on_poll`` runs every poll (the tracking recorder samples cookies there).
    ``since`` (``time.monotonic()``): when what is awaited began (the page's navigation). The
    least wait ``min_ms`` counts from it: a page that started loading while another context was
    worked on has already had that time, so its wait is not paid twice.
    ``after``: the previous wait on the same page; a DOM found unchanged since then has been
    stable since then (a settle right after a prompt wait does not watch it all over again).
    """
    record = WaitRecord(what)
    begun = time.monotonic()
    head_start_ms = max(0.0, (begun - since) * 1000) if since is not None else 0.0
    signature: Any = object()
    stable_since = begun
    if after is not None and after.signature is not None:
        signature, stable_since = after.signature, after.stable_since
    while True:
        if on_poll is not None:
            on_poll()
        signal = _signal(page)
        record.polls += 1
        record.tcf = record.tcf or bool(signal.get("tcf"))
        now = time.monotonic()
        changed = signal.get("sig") != signature
        if changed:
            signature, stable_since = signal.get("sig"), now
        # only a changed page can have grown a prompt (asked once at the start too)
        if (changed or record.polls == 1) and stop is not None and stop():
            record.reason = PROMPT
            break
        network_idle = activity.idle_ms() if activity is not None else (now - begun) * 1000
        waited = (now - begun) * 1000
        verdict = settle_verdict(waited_ms=waited, network_idle_ms=network_idle,
                                 dom_stable_ms=(now - stable_since) * 1000,
                                 bounds=bounds, head_start_ms=head_start_ms)
        if verdict is not None:
            record.reason = verdict
            break
        try:
            page.wait_for_timeout(bounds.poll_ms)
        except PlaywrightError:
            break
    record.waited_ms = (time.monotonic() - begun) * 1000
    record.signature, record.stable_since = signature, stable_since
    return record


def glance(page: Page, what: str, *, into: WaitRecord | None = None) -> WaitRecord:
    """One look at the page's signal, taken as the start of a wait finished later with
    ``wait_quiet(after=...)``: a DOM unchanged by then has been still since this look.
    ``into``: an earlier look, updated (still since then if unchanged, else since now).

    Why: the pass clicks in one context, then works on another while the first settles; the
    settle it finishes afterwards need not watch the DOM all over again from zero (the network's
    quiet already counts from its last recorded request).
    """
    signal = _signal(page)
    look = into if into is not None else WaitRecord(what, reason=QUIET, polls=0)
    look.polls += 1
    look.tcf = look.tcf or bool(signal.get("tcf"))
    if into is None or signal.get("sig") != look.signature:
        look.signature, look.stable_since = signal.get("sig"), time.monotonic()
    return look


def wait_for_prompt_or_quiet(page: Page, activity: Network | None, bounds: Bounds,
                             what: str = "prompt", *,
                             since: float | None = None) -> tuple[list[Prompt], WaitRecord]:
    """The page's consent prompts as soon as one shows; ``[]`` as soon as the page is quiet
    without one (instead of a fixed wait). A found prompt is looked at again after
    :data:`~consentinel.gather.discover.SETTLE_MS` so late-rendered buttons are included.
    ``since``: see :func:`wait_quiet`."""
    found: list[Prompt] = []

    def appeared() -> bool:
        try:
            found[:] = discover_prompts(page)
        except PlaywrightError:
            found.clear()
        return bool(found)

    record = wait_quiet(page, activity, bounds, what, stop=appeared, since=since)
    if not found:
        appeared()  # a bound reached mid-render: look once more
    if found:
        record.reason = PROMPT
        try:
            page.wait_for_timeout(SETTLE_MS)
            found = discover_prompts(page) or found
        except PlaywrightError:
            pass
    return found, record


def quiet_steps(page: Page, activity: Network | None, bounds: Bounds, what: str, *,
                on_poll: Callable[[], None] | None = None) -> Generator[float, None, WaitRecord]:
    """:func:`wait_quiet` as a generator that pauses between looks instead of sleeping.

    Why: a behavioural probe settling after its action only waits; yielding when it would like
    to look again (``time.monotonic()``) lets the pass act in its other contexts meanwhile, so
    three contexts' settles overlap instead of adding up. Same verdict, same bounds; the caller
    resumes it at (or after) the time it yielded. Returns its record.
    """
    record = WaitRecord(what)
    begun = time.monotonic()
    look: WaitRecord | None = None
    while True:
        if on_poll is not None:
            on_poll()
        look = glance(page, what, into=look)
        record.polls += 1
        record.tcf = record.tcf or look.tcf
        now = time.monotonic()
        network_idle = activity.idle_ms() if activity is not None else (now - begun) * 1000
        verdict = settle_verdict(waited_ms=(now - begun) * 1000, network_idle_ms=network_idle,
                                 dom_stable_ms=(now - look.stable_since) * 1000, bounds=bounds)
        if verdict is not None:
            record.reason = verdict
            break
        yield now + bounds.poll_ms / 1000
    record.waited_ms = (time.monotonic() - begun) * 1000
    record.signature, record.stable_since = look.signature, look.stable_since
    return record


__all__ = [
    "BOUND",
    "NO_PROMPT_MIN_WAIT_MS",
    "PROMPT",
    "QUIET",
    "Activity",
    "Bounds",
    "Network",
    "WaitRecord",
    "glance",
    "quiet_steps",
    "settle_verdict",
    "wait_for_prompt_or_quiet",
    "wait_quiet",
]
