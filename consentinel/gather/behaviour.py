"""Behaviour probes: go on from where a tracking phase left its page, and record what happens.

Why here and not in fresh contexts: each probe continues a phase that has already loaded the
page and made (or not made) the choice, so a full scan costs few extra page loads:

* landing -> :func:`probe_implied_consent`: wait (on the page's own clock where it can, see
  :mod:`consentinel.gather.pageclock`; then the page is opened again in a new tab), scroll to the
  bottom, close the prompt (× or Esc), follow a neutral link to another page of the site --
  none of them a choice;
* after-reject -> :func:`probe_reprompt`: reload, then open a second page of the site, and see
  whether the prompt asks again;
* after-accept -> :func:`probe_withdrawal`: find a way to reopen the choice (footer link,
  floating icon, "Cookie settings" / "隐私设置"), withdraw through it counting clicks, reload,
  and see whether tracking stops.

Each probe returns plain facts (:mod:`consentinel.facts.behaviour`); the pure checks judge them.
A probe may be a generator: it pauses (``yield``) where only time has to pass -- the implied-consent
wait, counted from the page's navigation (page time running fast meanwhile, or real time where
the page's clock cannot be driven); the least wait before "the prompt did not come back"
-- so the pass works on its other contexts meanwhile instead of sleeping. It yields when it
would like to go on (``time.monotonic()``); what it returns is its facts. Every other wait ends on events
(:mod:`consentinel.gather.quiet`), the old fixed windows only its upper bounds.
The phase classifies each recorded state with its own tracker classifier afterwards, so a probe
only reads. :func:`phase_probes` builds the probes the selected checks need (none for checks
that were not selected: no extra page loads).

Example (inside :func:`consentinel.gather.phases.observe_phase`, with the phase's recorder)::

    probes = phase_probes(["implied-consent"], {}, shots_dir=Path("reports/x"))
    running = probes["landing"](page, recorder, facts)
    due = next(running)  # baseline read; the visitor's wait now passes (work elsewhere until due)
    facts["behaviour"] = finish(running)
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import time
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from consentinel.facts.behaviour import (
    CHECK_PROBES,
    CONSENT_STATE_NAME,
    IMPLIED,
    OPEN_AGAIN,
    PHASE_PROBES,
    REPROMPT,
    SETTINGS_AFTER_REJECT,
    SHOTS_DIR,
    WITHDRAWAL,
)
from consentinel.facts.prompt import Prompt
from consentinel.facts.tracking import NEXT_VIEW, PROMPT_SHOWN_MS
from consentinel.gather.discover import DEFAULT_POLL_MS, DEFAULT_TIMEOUT_MS, discover_prompts
from consentinel.gather.errors import first_line
from consentinel.gather.evaluate import evaluate_script, open_page, page_session
from consentinel.gather.observe import MAX_STORED_VALUE, ObserveOptions, PhaseRecorder
from consentinel.gather.pageclock import PageClock, page_time_ms, start_page_clock
from consentinel.gather.quiet import NO_PROMPT_MIN_WAIT_MS, Bounds, glance, quiet_steps, wait_quiet
from consentinel.gather.tcf import read_tcf
from consentinel.lexicon.vocabulary import load, normalise
from consentinel.prompts.roles import asks_for_decision, vocabulary

Running = Generator[float, None, dict[str, Any]]
"""A probe under way: each ``next`` runs it to its next pause and says when (``time.monotonic()``)
it would like to go on; its return value is its facts."""

TabOpened = Callable[[Page], None]
"""Told of a tab a probe opens, before it loads anything (the pass counts its page loads)."""


class Probe(Protocol):
    """``(page, recorder, phase_facts, on_tab=) -> running probe``: starts after the phase was observed."""

    def __call__(self, page: Page, recorder: PhaseRecorder, facts: dict[str, Any], *,
                 on_tab: TabOpened | None = None) -> Running: ...

REOPEN_LANGUAGES = ("en", "zh", "de", "fr", "es")
"""Role files with a ``reopen`` list (the controls that reopen a consent choice)."""

CLICK_TIMEOUT_MS = 2000  # a control hidden behind an overlay fails fast; the step records why


@dataclass(slots=True)
class ProbeOptions:
    """Bounds of the probes; every wait is bounded."""

    wait_ms: float = 12000  # implied-consent: how long "waiting" lasts (the check's option)
    prompt_timeout_ms: float = DEFAULT_TIMEOUT_MS  # how long a prompt may take to come back
    settle: ObserveOptions | None = None
    shots_dir: Path | None = None  # screenshots land here (None: no screenshots)
    phase: str = ""
    remote_browser: bool = False  # a remote browser's pages stay on real time (gather.pageclock)
    on_tab: TabOpened | None = None


def reopen_phrases() -> tuple[str, ...]:
    """Phrases that name a control reopening the consent choice, every language, case-folded."""
    phrases: list[str] = []
    for lang in REOPEN_LANGUAGES:
        phrases.extend(normalise(str(p), casefold=True) for p in load("roles", lang).get("reopen") or [])
    return tuple(dict.fromkeys(phrases))


def consent_words() -> tuple[str, ...]:
    """Words that make a link about consent or privacy (never a neutral link)."""
    return tuple(normalise(w, casefold=True) for w in vocabulary().consent_words)


def finish(running: Running) -> dict[str, Any]:
    """Run a probe through its remaining pauses; its facts."""
    while True:
        try:
            next(running)
        except StopIteration as done:
            return done.value


def _no_prompt_min_ms(options: ProbeOptions) -> float:
    return min(NO_PROMPT_MIN_WAIT_MS, options.prompt_timeout_ms)


REPROMPT_MIN_WAIT_MS = 1000
"""The least wait before "the prompt did not come back", whatever the site showed before."""


def least_wait_for_return_ms(shown_ms: float | None, quiet_ms: float, cap_ms: float) -> float:
    """How long after a load a prompt that has not come back is taken as not coming back.

    ``shown_ms``: how long after its load the same site showed its first layer in this context
    (None: unknown). A consent manager asks again, if it does, by the same code path, reading
    the stored choice as it did the first time: twice that time plus the quiet window covers
    the jitter, never less than :data:`REPROMPT_MIN_WAIT_MS` nor more than ``cap_ms`` (the
    general least wait for a prompt, :data:`NO_PROMPT_MIN_WAIT_MS`). Why: two page views per
    refusal each waited the general 2.5 s, the longest wait left in a full scan.
    """
    if shown_ms is None:
        return cap_ms
    return max(REPROMPT_MIN_WAIT_MS, min(cap_ms, 2 * max(0.0, shown_ms) + quiet_ms))


def _asks_again(page: Page, recorder: PhaseRecorder, options: ProbeOptions, loaded: float,
                least_ms: float) -> bool:
    """Whether a prompt asking for a decision comes back: yes as soon as one shows, no as soon as
    the page is quiet without one (``least_ms`` after its load at ``loaded``, ``time.monotonic()``:
    consent managers show their banner from a timer), at the latest after ``prompt_timeout_ms``."""
    asking: list[bool] = []

    def shows() -> bool:
        asking[:] = [asks_for_decision(discover_prompts(page))]
        return asking[0]

    top = options.prompt_timeout_ms
    quiet_ms = (options.settle or ObserveOptions()).quiet_ms
    bounds = Bounds(max_ms=top, min_ms=least_ms, quiet_ms=quiet_ms)
    wait_quiet(page, recorder, bounds, "prompt back", stop=shows, since=loaded)
    return bool(asking and asking[0]) or shows()  # a bound reached mid-render: look once more


def _wait_asking(page: Page, timeout_ms: float) -> bool:
    """Whether a prompt asking for a decision shows within ``timeout_ms``."""
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        if asks_for_decision(discover_prompts(page)):
            return True
        if time.monotonic() >= deadline:
            return False
        page.wait_for_timeout(DEFAULT_POLL_MS)


class StateReader:
    """Reads the phase's cookies, storage and requests since a mark, through its recorder."""

    def __init__(self, recorder: PhaseRecorder, url: str, options: ProbeOptions) -> None:
        self.recorder = recorder
        self.url = url
        self.options = options
        self.settle_options = options.settle or ObserveOptions()
        self.since: float | None = None
        self._shots = 0
        # the page's clock while the page is on virtual time (paused between grants): a read
        # that waits on the page's own timers gets page time for it
        self.clock: PageClock | None = None

    def mark(self) -> None:
        """Requests counted from now on belong to the next action."""
        self.since = time.time() * 1000

    def settle(self, page: Page) -> Generator[float, None, None]:
        """Until the network and the DOM are quiet (as after a choice), at most the after-choice
        bound; pauses between looks (the pass works on its other contexts meanwhile)."""
        o = self.settle_options
        bounds = Bounds(max_ms=o.after_choice_max_ms, quiet_ms=o.quiet_ms, poll_ms=o.sample_ms / 2)
        yield from quiet_steps(page, self.recorder, bounds, "behaviour settle",
                               on_poll=self.recorder.sample_cookies)

    def screenshot(self, page: Page, name: str) -> str | None:
        """A viewport screenshot (what the visitor sees) saved beside the HAR; its file name."""
        if self.options.shots_dir is None:
            return None
        self._shots += 1
        path = self.options.shots_dir / f"{self.options.phase}-behaviour-{self._shots:02d}-{name}.png"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(path))
        except PlaywrightError:
            return None
        return path.name

    def read(self, page: Page) -> dict[str, Any]:
        """The state now: cookies (values digested), storage, requests since the mark, the
        consent manager's stored choice (values kept, for :func:`stored_grant`) and TCF."""
        recorder = self.recorder
        recorder.sample_cookies()
        cookies = recorder.cookie_rows(self.url)
        try:
            storage = recorder.read_storage(page)
        except PlaywrightError:
            storage = []
        consent_state = []
        for cookie in cookies:
            value = str(cookie.get("value") or "")
            cookie["value_digest"] = hashlib.sha256(value.encode()).hexdigest()[:16]
            cookie.pop("first_seen", None)
            if CONSENT_STATE_NAME.search(cookie["name"]) and not cookie.get("deleted"):
                consent_state.append(
                    {
                        "kind": "cookie",
                        "name": cookie["name"],
                        "value": value[:MAX_STORED_VALUE],
                        "expires": cookie.get("expires"),
                    }
                )
        for entry in storage:
            if CONSENT_STATE_NAME.search(entry["key"]):
                consent_state.append(
                    {
                        "kind": entry["area"],
                        "name": entry["key"],
                        "value": str(entry.get("value") or "")[:MAX_STORED_VALUE],
                        "expires": None,
                    }
                )
        since = self.since
        requests = [r for r in recorder.request_rows(self.url) if since is None or r["at"] >= since]
        for row in requests:
            row.pop("at", None)
        return {
            "cookies": cookies,
            "storage": storage,
            "requests": requests,
            "consent_state": consent_state,
            "tcf": self._read_tcf(page),
            "url": page.url,
            "read_at": round(time.time(), 3),
        }

    def _read_tcf(self, page: Page) -> dict[str, Any]:
        """The page's TCF answer; on a paused page's clock, with page time to answer in (the
        read's own timeout is a page timer), only when the page has a TCF API at all."""
        timeout = self.settle_options.tcf_timeout_ms
        if self.clock is None or not _has_tcf_api(page):
            return read_tcf(page, timeout)
        with self.clock.running(timeout):
            return read_tcf(page, timeout)


def _has_tcf_api(page: Page) -> bool:
    """Whether the page carries an IAB TCF locator frame (one look at the waits' signal)."""
    return glance(page, "TCF API").tcf


def _step(action: str) -> dict[str, Any]:
    return {
        "action": action,
        "detail": "",
        "done": False,
        "error": None,
        "prompt_asking": None,
        "state": None,
        "screenshot_before": None,
        "screenshot_after": None,
        "duration_ms": None,
    }


def _begin_step(page: Page, reader: StateReader, action: str) -> dict[str, Any]:
    """The screenshot before an action; what the page requests from now on is the action's."""
    step = _step(action)
    step["screenshot_before"] = reader.screenshot(page, f"{action}-before")
    reader.mark()
    return step


def _run_step(
    page: Page, reader: StateReader, action: str, act: Callable[[], str | None], settle: bool = True
) -> Generator[float, None, dict[str, Any]]:
    """Do one action between two screenshots and read the state it left (pausing while it settles)."""
    return (yield from _finish_step(page, reader, _begin_step(page, reader, action), act, settle))


def _finish_step(
    page: Page, reader: StateReader, step: dict[str, Any], act: Callable[[], str | None], settle: bool = True
) -> Generator[float, None, dict[str, Any]]:
    """Do a begun step's action, then read the state it left and take the screenshot after.

    A generator: it pauses while the page settles after the action (see :meth:`StateReader.settle`)."""
    started = time.perf_counter()
    action = step["action"]
    try:
        detail = act()
        step["done"] = detail is not None
        step["detail"] = detail or ""
    except PlaywrightError as exc:
        step["error"] = first_line(exc)
    if settle:
        yield from reader.settle(page)
    with contextlib.suppress(PlaywrightError):
        step["prompt_asking"] = asks_for_decision(discover_prompts(page))
    try:
        step["state"] = reader.read(page)
    except PlaywrightError as exc:
        step["error"] = step["error"] or first_line(exc)
    step["screenshot_after"] = reader.screenshot(page, f"{action}-after")
    step["duration_ms"] = round((time.perf_counter() - started) * 1000, 1)
    return step


def _follow_link(page: Page, options: ProbeOptions) -> str | None:
    """Click a neutral link to another page of the site (open it if an overlay covers it)."""
    link = evaluate_script(page, "find_link", {"exclude": list(consent_words())})
    href = link.get("href")
    if not href:
        return None
    timeout = (options.settle or ObserveOptions()).navigation_timeout_ms
    try:
        with page.expect_navigation(wait_until="load", timeout=timeout):
            page.locator('[data-consentinel-link="1"]').first.click(timeout=CLICK_TIMEOUT_MS)
        how = "clicked"
    except PlaywrightError:  # covered by the prompt's overlay: go there as a visitor would by URL
        page.goto(href, wait_until="load", timeout=timeout)
        how = "opened (the link could not be clicked)"
    return f"{how} the link {link.get('text', '')!r} to {href}"


def _close_prompt(page: Page) -> str | None:
    """Close the prompt with its × (a control whose role is close, never an accept labelled
    'Accept and close'), else with Escape."""
    for prompt in discover_prompts(page):
        for action in prompt.actions_with_role("close"):
            _click_mark(page, prompt, action.mark)
            return f"clicked the close control {action.text or action.visible_text or '×'!r}"
    page.keyboard.press("Escape")
    return "pressed Escape"


def _owed_ms(options: ProbeOptions, recorder: PhaseRecorder) -> float:
    """What is left of the visitor's wait, counted from the navigation (the phase's own
    settling is part of it), in real time."""
    return max(0.0, options.wait_ms - (time.time() * 1000 - recorder.started))


def _wait_real(page: Page, reader: StateReader, options: ProbeOptions, step: dict[str, Any]) -> str:
    """What is left of the wait in real time (the probe paused for most of it), sampling cookies."""
    o = reader.settle_options
    remaining = _owed_ms(options, reader.recorder)
    reader.recorder.settle(page, remaining, remaining, o.quiet_ms, o.sample_ms)
    step["clock"]["real_ms"] = reader.recorder.rel(time.time() * 1000)
    return f"waited until {options.wait_ms / 1000:g} s after the page was opened, touching nothing"


def _wait_page_clock(page: Page, reader: StateReader, options: ProbeOptions, clock: PageClock,
                     step: dict[str, Any]) -> str:
    """The page time granted passes (usually in milliseconds), at most until the real wait would
    have ended; then until the network is quiet (a request the last timer sent is answered)."""
    o = reader.settle_options
    recorder = reader.recorder
    expired = clock.wait_expired(_owed_ms(options, recorder), on_poll=recorder.sample_cookies)
    if not expired:  # its fetches held the page's clock: stop it where it is
        clock.pause()
    recorder.settle(page, 0.0, o.settle_max_ms, o.quiet_ms, o.sample_ms)
    page_ms = clock.page_ms()
    step["clock"].update(expired=expired, page_ms=page_ms, real_ms=recorder.rel(time.time() * 1000))
    real_s = (time.time() * 1000 - recorder.started) / 1000
    if expired:
        return (f"let {options.wait_ms / 1000:g} s pass on the page's clock (virtual time: its timers ran "
                f"fast, {real_s:.1f} s of real time since it was opened), touching nothing")
    reached = f"{page_ms / 1000:.1f} s" if page_ms is not None else "less"
    return (f"let the page's clock (virtual time) run toward {options.wait_ms / 1000:g} s; its own fetches "
            f"held it at {reached} until {real_s:.1f} s of real time had passed; touching nothing")


def _open_again(
    page: Page, reader: StateReader, options: ProbeOptions
) -> Generator[float, None, tuple[Page, dict[str, Any]]]:
    """The page opened again in a new tab of the same context (cookies and storage kept, but
    not the first tab's sessionStorage), on real time; the step, and the tab the rest runs in.

    Why a step of its own: a second page view is itself a non-choice, and consent recorded
    there must be attributed to it, not hidden in the next action's baseline. The tab bypasses
    the browser's cache: a document served from it would carry no ``Set-Cookie`` (a consent
    manager's server-side grant would go unseen) and would not count as a page load."""
    url = page.url
    step = _begin_step(page, reader, OPEN_AGAIN)  # the screenshot before: the tab the visitor leaves
    try:
        tab = open_page(page.context)
    except PlaywrightError as exc:
        step["error"] = first_line(exc)
        return page, step
    with contextlib.suppress(PlaywrightError):  # without it the page is opened again all the same
        session = page_session(tab)
        session.send("Network.enable")
        session.send("Network.setCacheDisabled", {"cacheDisabled": True})
    if options.on_tab is not None:
        options.on_tab(tab)

    def load() -> str:
        tab.goto(url, wait_until="load", timeout=reader.settle_options.navigation_timeout_ms)
        return "opened the page again in a new tab (same browser: its cookies and storage kept)"

    return tab, (yield from _finish_step(tab, reader, step, load))


def _scroll(page: Page) -> str:
    page.mouse.wheel(0, 3000)
    evaluate_script(page, "scroll_to", {"to": "bottom", "y": None})
    return "scrolled to the bottom of the page"


def probe_implied_consent(
    page: Page, recorder: PhaseRecorder, facts: dict[str, Any], options: ProbeOptions
) -> Running:
    """Landing: wait, scroll, close, navigate -- each a non-choice -- reading state after each.

    Pauses once, after the baseline is read and the wait has begun: the visitor's wait is time
    the pass spends on its other contexts. Where the page's clock can be driven
    (:mod:`consentinel.gather.pageclock`) the page time still owed passes fast meanwhile; the tab
    then stays on virtual time for good, so the page is opened again in a new tab of the same
    context (step ``open-again``) and the other actions happen there. Else what is left of the
    wait passes here in real time."""
    reader = StateReader(recorder, str(facts.get("url") or page.url), options)
    result: dict[str, Any] = {
        "probe": IMPLIED,
        "wait_ms": options.wait_ms,
        "baseline": reader.read(page),
        "steps": [],
    }
    result["baseline"]["prompt_asking"] = asks_for_decision(discover_prompts(page))
    step = _begin_step(page, reader, "wait")  # the page is left untouched; what it requests is the wait's
    owed_ms = _owed_ms(options, recorder)
    clock = None
    if owed_ms > 0:  # the page time owed, by the page's own clock when it can be read
        elapsed_ms = page_time_ms(page)
        budget_ms = options.wait_ms - elapsed_ms if elapsed_ms is not None else owed_ms
        clock = start_page_clock(page, budget_ms, remote=options.remote_browser) if budget_ms > 0 else None
    step["clock"] = {"kind": "real" if clock is None else "page", "page_ms": None, "real_ms": None}
    if clock is None:
        yield time.monotonic() + owed_ms / 1000
        result["steps"].append((yield from _finish_step(page, reader, step,
                                                        lambda: _wait_real(page, reader, options, step),
                                                        settle=False)))
    else:
        yield time.monotonic()  # page time passes while the pass works elsewhere
        reader.clock = clock
        on_clock = partial(_wait_page_clock, page, reader, options, clock, step)
        result["steps"].append((yield from _finish_step(page, reader, step, on_clock, settle=False)))
        reader.clock = None
        step["clock"]["page_ms_after_read"] = clock.page_ms()  # a TCF read may get page time too
        page, opened = yield from _open_again(page, reader, options)
        result["steps"].append(opened)
    actions: tuple[tuple[str, Callable[[], str | None]], ...] = (
        ("scroll", lambda: _scroll(page)),
        ("close", lambda: _close_prompt(page)),
        ("navigate", lambda: _follow_link(page, options)),
    )
    for name, act in actions:
        result["steps"].append((yield from _run_step(page, reader, name, act)))
    return result


def probe_reprompt(
    page: Page, recorder: PhaseRecorder, facts: dict[str, Any], options: ProbeOptions
) -> Running:
    """After reject: reload, then a second page of the site; does the prompt ask again?

    Nothing to ask when the refusal was never made (no prompt, no way to reject). When the
    after-reject phase already observed the next page view (a reload, ``phase["next_view"]``),
    that reload is the first step: the page is not loaded again. Pauses after each load while a
    late prompt may still come (the other contexts are worked on meanwhile)."""
    result: dict[str, Any] = {"probe": REPROMPT, "steps": []}
    if not (facts.get("choice") or {}).get("reached"):
        return result
    reader = StateReader(recorder, str(facts.get("url") or page.url), options)
    timeout = reader.settle_options.navigation_timeout_ms
    view = facts.get(NEXT_VIEW) or {}
    reloaded = bool(view.get("done"))
    least_ms = least_wait_for_return_ms(facts.get(PROMPT_SHOWN_MS), reader.settle_options.quiet_ms,
                                        _no_prompt_min_ms(options))

    def reload() -> str:
        if reloaded:
            return "reloaded the page (the after-reject phase's next page view)"
        page.reload(wait_until="load", timeout=timeout)
        return "reloaded the page"

    def second_page() -> str | None:
        return _follow_link(page, options)

    for name, act in (("reload", reload), ("second-page", second_page)):
        step = yield from _run_step(page, reader, name, act, settle=False)
        loaded = time.monotonic()
        if name == "reload" and reloaded and view.get("loaded_ms") is not None:  # loaded earlier
            loaded -= max(0.0, (recorder.rel(time.time() * 1000) or 0.0) - view["loaded_ms"]) / 1000
        step["least_wait_ms"] = least_ms
        if step["done"] and not step["prompt_asking"]:  # a late prompt: quiet without one means none
            yield loaded + least_ms / 1000
            with contextlib.suppress(PlaywrightError):
                step["prompt_asking"] = _asks_again(page, recorder, options, loaded, least_ms)
        result["steps"].append(step)
    return result


def probe_withdrawal(
    page: Page, recorder: PhaseRecorder, facts: dict[str, Any], options: ProbeOptions
) -> Running:
    """After accept: find a control that reopens the choice, withdraw through it (counting
    clicks), reload and read what still tracks. Pauses while the page settles after each."""
    from consentinel.gather.explore import (
        ExploreOptions,
        PathResult,
        make_choice,
        reject_in_settings,
        wait_until_gone,
    )

    reader = StateReader(recorder, str(facts.get("url") or page.url), options)
    choice = facts.get("choice") or {}
    result: dict[str, Any] = {
        "probe": WITHDRAWAL,
        "accept_clicks": len(choice.get("clicked") or []) or None,
        "reopen": [],
        "clicks": None,
        "clicked": [],
        "steps": [],
    }
    if not choice.get("reached"):
        return result
    try:
        result["reopen"] = evaluate_script(page, "find_reopen", {"phrases": list(reopen_phrases())}) or []
    except PlaywrightError as exc:
        result["error"] = first_line(exc)
        return result
    if not result["reopen"]:
        result["screenshot"] = reader.screenshot(page, "no-reopen-control")
        return result
    explore = ExploreOptions(prompt_timeout_ms=options.prompt_timeout_ms, click_timeout_ms=CLICK_TIMEOUT_MS)
    path = PathResult("reject")

    def withdraw() -> str | None:
        control = result["reopen"][0]
        _click_reopen(page, control, result["clicked"])
        if not _wait_asking(page, explore.change_timeout_ms):
            result["error"] = f"clicking {control['text']!r} opened no consent layer"
            return None
        prompts = discover_prompts(page)
        asking = [p for p in prompts if asks_for_decision([p])]
        layer = asking[0]
        withdrawn = make_choice(page, prompts, layer, path, explore)
        if not withdrawn and not path.clicked and layer.toggles:
            # the reopened layer is the settings layer itself (klaro's modal once consent was
            # given: switches and "Save", no reject): switching off there is the way back
            withdrawn = reject_in_settings(page, layer, path, explore)
        if not withdrawn:
            result["error"] = "the reopened layer offers no way to withdraw"
            return None
        wait_until_gone(page, explore)
        result["clicked"].extend(path.clicked)
        result["clicks"] = len(path.clicked)  # once reopened, as checks.md counts them
        return f"reopened with {control['text']!r}, then clicked {', '.join(repr(c) for c in path.clicked)}"

    def reload() -> str:
        page.reload(wait_until="load", timeout=reader.settle_options.navigation_timeout_ms)
        return "reloaded the page after withdrawing"

    result["steps"].append((yield from _run_step(page, reader, "withdraw", withdraw)))
    if result["clicks"] is not None:
        result["steps"].append((yield from _run_step(page, reader, "reload", reload)))
    return result


def _open_settings(
    page: Page, recorder: PhaseRecorder, options: ProbeOptions, clicked: list[str]
) -> Prompt | None:
    """The open prompt's layer with switches; clicks its settings control when it shows none.

    Ends as soon as such a layer shows, or when the page is quiet without one (nothing more is
    coming), at the latest after ``prompt_timeout_ms``."""
    found: list[Prompt] = []
    opened = False

    def shows() -> bool:
        nonlocal opened
        prompts = discover_prompts(page)
        found[:] = [p for p in prompts if p.toggles][:1]
        asking = [p for p in prompts if asks_for_decision([p])]
        settings = asking[0].actions_with_role("settings") if asking and not found and not opened else []
        opener = max(settings, key=lambda a: (a.in_viewport, a.box.area), default=None)
        if opener is not None:
            _click_mark(page, asking[0], opener.mark)
            clicked.append(opener.text)
            opened = True
        return bool(found)

    quiet_ms = (options.settle or ObserveOptions()).quiet_ms
    bounds = Bounds(max_ms=options.prompt_timeout_ms, quiet_ms=quiet_ms, poll_ms=DEFAULT_POLL_MS)
    wait_quiet(page, recorder, bounds, "settings layer", stop=shows)
    if not found:
        shows()  # a bound reached mid-render: look once more
    return found[0] if found else None


def read_li_state(
    page: Page, recorder: PhaseRecorder, facts: dict[str, Any], options: ProbeOptions
) -> dict[str, Any]:
    """After reject: reopen the choice and read the settings layer's switches as they stand
    (legitimate-interest switches still on are a second refusal the visitor still owes)."""
    reader = StateReader(recorder, str(facts.get("url") or page.url), options)
    out: dict[str, Any] = {"opened": False, "toggles": [], "clicked": [], "error": None, "screenshot": None}
    if not (facts.get("choice") or {}).get("reached"):
        return {SETTINGS_AFTER_REJECT: out}
    try:
        if not asks_for_decision(discover_prompts(page)):  # the refusal closed the prompt: reopen it
            controls = evaluate_script(page, "find_reopen", {"phrases": list(reopen_phrases())}) or []
            if not controls:
                out["error"] = "no control to reopen the choice"
                return {SETTINGS_AFTER_REJECT: out}
            _click_reopen(page, controls[0], out["clicked"])
        layer = _open_settings(page, recorder, options, out["clicked"])
    except PlaywrightError as exc:
        out["error"] = first_line(exc)
        return {SETTINGS_AFTER_REJECT: out}
    if layer is None:
        out["error"] = "no settings layer with switches opened"
    else:
        out["opened"] = True
        out["toggles"] = [
            {"label": t.label[:300], "checked": t.checked, "disabled": t.disabled} for t in layer.toggles
        ]
    out["screenshot"] = reader.screenshot(page, "settings-after-reject")
    return {SETTINGS_AFTER_REJECT: out}


def _click_reopen(page: Page, control: Mapping[str, Any], clicked: list[str]) -> None:
    """Click a control ``find_reopen.js`` marked, noting its text."""
    page.locator(f'[data-consentinel-reopen="{control["mark"]}"]').first.click(timeout=CLICK_TIMEOUT_MS)
    clicked.append(str(control["text"]))


def _click_mark(page: Page, prompt: Prompt, mark: str) -> None:
    frames = page.frames
    frame = frames[prompt.frame] if prompt.frame < len(frames) else page.main_frame
    frame.locator(f'[data-consentinel-action="{mark}"]').first.click(timeout=CLICK_TIMEOUT_MS)


_PROBES: dict[str, Callable[[Page, PhaseRecorder, dict[str, Any], ProbeOptions], Running | dict[str, Any]]]
_PROBES = {
    IMPLIED: probe_implied_consent,
    REPROMPT: probe_reprompt,
    WITHDRAWAL: probe_withdrawal,
    SETTINGS_AFTER_REJECT: read_li_state,
}


def phase_probes(
    checks: Iterable[str],
    check_options: Mapping[str, Mapping[str, Any]] | None,
    *,
    shots_dir: Path | None = None,
    settle: ObserveOptions | None = None,
    remote_browser: bool = False,
) -> dict[str, Probe]:
    """Phase name -> probe, for the probes the selected ``checks`` need (none else).

    ``check_options`` may override ``implied-consent``'s ``wait_ms`` (its default lives in the
    check's metadata). ``remote_browser``: pages stay on real time (``--browser-ws``).
    """
    from consentinel.checks import ALL_CHECKS

    wanted = {probe for check in checks for probe in CHECK_PROBES.get(check, ())}
    implied = ALL_CHECKS.get("implied-consent")
    wait_ms = {
        **(implied.meta.options if implied else {}),
        **((check_options or {}).get("implied-consent") or {}),
    }
    probes: dict[str, Probe] = {}
    for phase, names in PHASE_PROBES.items():
        runs = tuple(_PROBES[name] for name in names if name in wanted)
        if not runs:
            continue
        options = ProbeOptions(
            wait_ms=float(wait_ms.get("wait_ms", ProbeOptions.wait_ms)),
            settle=settle,
            shots_dir=shots_dir,
            phase=phase,
            remote_browser=remote_browser,
        )

        def probe(
            page: Page, recorder: PhaseRecorder, facts: dict[str, Any], *, on_tab: TabOpened | None = None,
            _runs=runs, _options=options
        ) -> Running:
            merged: dict[str, Any] = {SHOTS_DIR: str(_options.shots_dir) if _options.shots_dir else None}
            run_options = dataclasses.replace(_options, on_tab=on_tab)
            for run in _runs:  # each returns keys of its own (see consentinel.facts.behaviour)
                outcome = run(page, recorder, facts, run_options)
                if isinstance(outcome, Generator):  # a probe that pauses (implied consent's wait)
                    outcome = yield from outcome
                merged.update(outcome)
            return merged

        probes[phase] = probe
    return probes


__all__ = [
    "Probe",
    "ProbeOptions",
    "Running",
    "StateReader",
    "TabOpened",
    "finish",
    "phase_probes",
    "probe_implied_consent",
    "probe_reprompt",
    "probe_withdrawal",
    "read_li_state",
    "reopen_phrases",
]
