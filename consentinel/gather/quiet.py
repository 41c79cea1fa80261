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

import contextlib
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
    # The DOM signature last seen, since when (time.monotonic()) it had not changed, and when it
    # was looked at: the next wait on the same page goes on from there (see
    # ``wait_quiet(after=...)``). Not reported.
    signature: Any = None
    stable_since: float = 0.0
    looked_at: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"what": self.what, "reason": self.reason, "waited_ms": round(self.waited_ms, 1),
                "polls": self.polls, "tcf": self.tcf}


def settle_verdict(*, waited_ms: float, network_idle_ms: float, dom_stable_ms: float,
                   bounds: Bounds, head_start_ms: float = 0.0, animation_left_ms: float = 0.0) -> str | None:
    """``"quiet"`` or ``"bound"`` when the wait may end, ``None`` to keep waiting.

    Quiet needs all of: at least ``min_ms`` waited (``head_start_ms`` of it may have passed
    before the wait began), no request for ``quiet_ms``, the DOM signature unchanged for
    ``quiet_ms``, and no finite CSS animation still running that ends within the bound
    (``animation_left_ms``: a banner fading in changes no DOM, but what is read mid-fade is not
    final; one the bound would cut anyway is not waited for). The bound wins whatever the page does.
    """
    if waited_ms >= bounds.max_ms:
        return BOUND
    if waited_ms + head_start_ms < bounds.min_ms:
        return None
    if 0 < animation_left_ms <= bounds.max_ms - waited_ms:
        return None
    if network_idle_ms >= bounds.quiet_ms and dom_stable_ms >= bounds.quiet_ms:
        return QUIET
    return None


MIN_PAUSE_MS = 10.0
"""The shortest pause between two looks of a wait (a look costs one in-page evaluation)."""


def next_look_ms(*, waited_ms: float, network_idle_ms: float, dom_stable_ms: float, bounds: Bounds,
                 head_start_ms: float = 0.0, animation_left_ms: float = 0.0) -> float:
    """How long to pause before the next look of a wait that :func:`settle_verdict` kept going:
    until the moment it could end if nothing changes meanwhile (the least wait reached, the
    network and the DOM quiet for ``quiet_ms``, a finite animation over, the bound), at most
    ``poll_ms``.

    Why: a fixed poll ends a wait up to a whole ``poll_ms`` after the page went quiet, on every
    wait of the pass. Nothing is missed by looking sooner: a DOM change between two looks is
    dated by the page's history, and a request in flight keeps the network's share at
    ``quiet_ms``.
    """
    until = max(bounds.min_ms - waited_ms - head_start_ms, bounds.quiet_ms - network_idle_ms,
                bounds.quiet_ms - dom_stable_ms)
    if 0 < animation_left_ms <= bounds.max_ms - waited_ms:
        until = max(until, animation_left_ms)
    until = min(until, bounds.max_ms - waited_ms)
    return min(bounds.poll_ms, max(MIN_PAUSE_MS, until))


def still_since(now: float, quiet_for_ms: float | None, previous_look: float | None) -> float:
    """Since when (``time.monotonic()``) a DOM whose signature changed before the look at ``now``
    has been still: dated by the page's own history (``quiet_for_ms``: ms since its last DOM
    change, from ``js/dom_history.js``), but never before ``previous_look`` (which still saw the
    old signature, or our own action on the page); without a history, from now.

    Why: the first look of a wait on a page that loaded while another context was worked on
    would otherwise watch a long-still DOM all over again from zero.
    """
    if quiet_for_ms is None:
        return now
    since = now - max(0.0, quiet_for_ms) / 1000
    return since if previous_look is None else max(since, previous_look)


def prompt_settled(*, quiet_for_ms: float | None, animation_left_ms: float, waited_ms: float,
                   settle_ms: float = SETTLE_MS) -> bool:
    """Whether a prompt just found may be taken as complete (or looked at again now).

    Complete when its page has not changed for ``settle_ms`` and no finite animation is running
    (nothing is still rendering or sliding in); otherwise the look waits while the page changes,
    at most ``settle_ms`` (``waited_ms``), as the fixed settle window used to always.
    """
    if waited_ms >= settle_ms:
        return True
    return quiet_for_ms is not None and quiet_for_ms >= settle_ms and animation_left_ms <= 0


def _number(signal: dict[str, Any], key: str) -> float | None:
    value = signal.get(key)
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


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
               since: float | None = None, after: WaitRecord | None = None,
               history: bool = False) -> WaitRecord:
    """Poll until the page is quiet (or ``stop()`` is true, or the bound); never raises on page errors.

    ``activity`` None: the network is taken as quiet (the DOM and timers still count).
    ``stop`` is asked whenever the DOM signature changed (and once at the start).
    ``on_poll`` runs every poll (the tracking recorder samples cookies there).
    ``since`` (``time.monotonic()``): when what is awaited began (the page's navigation). The
    least wait ``min_ms`` counts from it: a page that started loading while another context was
    worked on has already had that time, so its wait is not paid twice.
    ``after``: the previous wait on the same page; a DOM found unchanged since then has been
    stable since then (a settle right after a prompt wait does not watch it all over again); a
    DOM changed since then is dated by its history (:func:`still_since`), not before that look.
    ``history``: the first look (without ``after``) may date the DOM's stillness by the page's
    own history -- only where nothing of ours acted on the page since it loaded (a click or a
    scroll changes no DOM at once; what follows must be watched from the action on).
    """
    record = WaitRecord(what)
    looks = _looks(page, activity, bounds, record, stop=stop, on_poll=on_poll, since=since,
                   after=after, history=history)
    for pause_ms in looks:
        try:
            page.wait_for_timeout(pause_ms)
        except PlaywrightError:
            looks.close()
    return record


def _looks(page: Page, activity: Network | None, bounds: Bounds, record: WaitRecord, *,
           stop: Callable[[], bool] | None, on_poll: Callable[[], None] | None,
           since: float | None, after: WaitRecord | None, history: bool) -> Generator[float, None, None]:
    """The one loop behind every quiet wait: looks at the page, fills ``record``, and yields the
    pause (ms) before its next look until :func:`settle_verdict` (or ``stop``) ends it.

    Why a generator: :func:`wait_quiet` sleeps through each pause, :func:`quiet_steps` hands it
    to the pass (which acts in other contexts meanwhile) -- the same verdict, bounds, history
    dating, animation input and paced looks either way. Closed early (a page error while
    pausing), it still records how long it waited.
    """
    begun = time.monotonic()
    head_start_ms = max(0.0, (begun - since) * 1000) if since is not None else 0.0
    signature: Any = object()
    stable_since = begun
    last_look: float | None = None
    if after is not None and after.signature is not None:
        signature, stable_since = after.signature, after.stable_since
        last_look = after.looked_at if after.looked_at is not None else after.stable_since
    try:
        while True:
            if on_poll is not None:
                on_poll()
            signal = _signal(page)
            record.polls += 1
            record.tcf = record.tcf or bool(signal.get("tcf"))
            now = time.monotonic()
            changed = signal.get("sig") != signature
            if changed:
                dated = history or last_look is not None
                quiet_for = _number(signal, "quiet_for") if dated else None
                signature, stable_since = signal.get("sig"), still_since(now, quiet_for, last_look)
            last_look = now
            # only a changed page can have grown a prompt (asked once at the start too)
            if (changed or record.polls == 1) and stop is not None and stop():
                record.reason = PROMPT
                return
            network_idle = activity.idle_ms() if activity is not None else (now - begun) * 1000
            state: dict[str, Any] = {
                "waited_ms": (now - begun) * 1000, "network_idle_ms": network_idle,
                "dom_stable_ms": (now - stable_since) * 1000, "bounds": bounds,
                "head_start_ms": head_start_ms,
                "animation_left_ms": _number(signal, "animation_left_ms") or 0.0}
            verdict = settle_verdict(**state)
            if verdict is not None:
                record.reason = verdict
                return
            yield next_look_ms(**state)
    finally:
        record.waited_ms = (time.monotonic() - begun) * 1000
        record.signature, record.stable_since, record.looked_at = signature, stable_since, last_look


def glance(page: Page, what: str, *, into: WaitRecord | None = None, history: bool = False) -> WaitRecord:
    """One look at the page's signal, taken as the start of a wait finished later with
    ``wait_quiet(after=...)``: a DOM unchanged by then has been still since this look.
    ``into``: an earlier look, updated (still since then if unchanged, else since its last
    change as the page's history dates it, not before the earlier look: :func:`still_since`).
    A first look is dated back only with ``history`` (a document our action loaded afresh: its
    history began after that action); after a click it is not (the click may change the DOM late).

    Why: the pass clicks in one context, then works on another while the first settles; the
    settle it finishes afterwards need not watch the DOM all over again from zero (the network's
    quiet already counts from its last recorded request).
    """
    signal = _signal(page)
    now = time.monotonic()
    look = into if into is not None else WaitRecord(what, reason=QUIET, polls=0)
    look.polls += 1
    look.tcf = look.tcf or bool(signal.get("tcf"))
    if into is None:
        look.signature = signal.get("sig")
        look.stable_since = still_since(now, _number(signal, "quiet_for") if history else None, None)
    elif signal.get("sig") != look.signature:
        previous = look.looked_at if look.looked_at is not None else look.stable_since
        look.signature = signal.get("sig")
        look.stable_since = still_since(now, _number(signal, "quiet_for"), previous)
    look.looked_at = now
    return look


def wait_for_prompt_or_quiet(page: Page, activity: Network | None, bounds: Bounds,
                             what: str = "prompt", *,
                             since: float | None = None) -> tuple[list[Prompt], WaitRecord]:
    """The page's consent prompts as soon as one shows; ``[]`` as soon as the page is quiet
    without one (instead of a fixed wait). A found prompt is complete if its page has been still
    for :data:`~consentinel.gather.discover.SETTLE_MS` with nothing animating; otherwise it is
    looked at again once the page stops changing, at most that long after (late-rendered
    buttons, a banner still sliding in). ``since``: see :func:`wait_quiet`. The first look is
    dated by the page's DOM history (nothing of ours has acted on a page waited for a prompt)."""
    found: list[Prompt] = []

    def appeared() -> bool:
        try:
            found[:] = discover_prompts(page)
        except PlaywrightError:
            found.clear()
        return bool(found)

    record = wait_quiet(page, activity, bounds, what, stop=appeared, since=since, history=True)
    if not found:
        appeared()  # a bound reached mid-render: look once more
    if found:
        record.reason = PROMPT
        with contextlib.suppress(PlaywrightError):
            found = _settled(page, found, bounds.poll_ms)
    return found, record


def _settled(page: Page, found: list[Prompt], poll_ms: float) -> list[Prompt]:
    """``found`` as it is once its page stopped changing (:func:`prompt_settled`): looked at
    again only if the page was still changing or animating when it was found."""
    begun = time.monotonic()
    looks = 0
    while True:
        signal = _signal(page)
        waited_ms = (time.monotonic() - begun) * 1000
        if prompt_settled(quiet_for_ms=_number(signal, "quiet_for"),
                          animation_left_ms=_number(signal, "animation_left_ms") or 0.0, waited_ms=waited_ms):
            break
        looks += 1
        page.wait_for_timeout(min(poll_ms, max(1.0, SETTLE_MS - waited_ms)))
    return (discover_prompts(page) or found) if looks else found


def quiet_steps(page: Page, activity: Network | None, bounds: Bounds, what: str, *,
                on_poll: Callable[[], None] | None = None) -> Generator[float, None, WaitRecord]:
    """:func:`wait_quiet` as a generator that pauses between looks instead of sleeping.

    Why: a behavioural probe settling after its action only waits; yielding when it would like
    to look again (``time.monotonic()``) lets the pass act in its other contexts meanwhile, so
    three contexts' settles overlap instead of adding up. Same loop (:func:`_looks`), so the same
    verdict and bounds; the caller resumes it at (or after) the time it yielded. Returns its record.
    """
    record = WaitRecord(what)
    for pause_ms in _looks(page, activity, bounds, record, stop=None, on_poll=on_poll, since=None,
                           after=None, history=False):
        yield time.monotonic() + pause_ms / 1000
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
    "next_look_ms",
    "prompt_settled",
    "quiet_steps",
    "settle_verdict",
    "still_since",
    "wait_for_prompt_or_quiet",
    "wait_quiet",
]
