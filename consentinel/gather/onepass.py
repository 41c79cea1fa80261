"""One pass per URL: three contexts (landing, accept, reject) serve exploration AND tracking.

Why: a scan used to load a page about eight times (landing; first layer, settings, accept and
reject each in a fresh context; then landing, accept and reject again for tracking) and to sleep
fixed windows. Here each context is loaded once and everything it can tell is read from it:

* **landing** -- the landing audit (the scan's own page), the first layer, the landing tracking
  phase, then the settings layer opened in place (only where nothing follows on that page: a
  scan; a journey's page is never clicked, so a journey's settings layer gets a fresh context);
* **accept** -- the accept click (clicks counted), the "after accept" layer and the
  after-accept tracking phase;
* **reject** -- the same for reject.

The accept and reject pages start loading (``wait_until="commit"``) before the landing context
is worked on, so the browser loads them while Python reads the first one: the concurrency the
single-threaded sync API allows without threads. Every wait ends on events
(:mod:`consentinel.gather.quiet`); the old fixed windows are only its upper bounds.

**Hook point for further probes** (issue 13's behavioural checks): after each context's state
is recorded -- landing (first layer, landing tracking, settings layer), accept (choice,
after-accept layer and tracking) and reject -- the probes registered for that stage run with a
:class:`PassSide` (its ``page``, ``context``, ``recorder`` and a ``notes`` dict for what they
find), if the selected checks need them::

    register_probe("reject", ("re-prompt",), lambda side: side.notes.update(reprompt=...))

Their results come back in ``PassResult.notes[stage]``. Probes may navigate or click: the
state they were given has already been recorded.

**Order, so that no wait is paid twice:** the landing context is read first; its behavioural
probe (implied consent) then reads its baseline and pauses while the visitor "waits"; the
accept and reject contexts -- loading since the start -- are worked on meanwhile, and their
probes start. The two choices overlap the same way: the pass clicks in the reject context,
then in the accept one, and only then finishes each (prompt gone or not, counted from its own
click; its settle, which goes on from a look at the DOM taken after the click and watches the
other page meanwhile; its audit); the reject context's next page view loads while the accept
one is read. A probe pauses where only time has to pass (the implied-consent wait, counted
from the landing navigation; the least wait before "the prompt did not come back" after a
reload) and says when it would like to go on; the paused probes are then resumed, the one due
first first, until all are done. A prompt wait counts its least wait from the page's ``load``
event, so a context that loaded while another was read does not wait again.
``PassResult.timings`` says what each stage cost (report.json: the consent step's
``consent_pass.timings``).
"""

from __future__ import annotations

import contextlib
import tempfile
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext, Frame, Page
from playwright.sync_api import Error as PlaywrightError

from consentinel.checks import SNAPSHOT_CHECKS, run_checks
from consentinel.facts.behaviour import BEHAVIOUR
from consentinel.facts.prompt import Prompt
from consentinel.facts.snapshot import Snapshot
from consentinel.facts.tracking import (
    AFTER_ACCEPT,
    AFTER_REJECT,
    LANDING,
    NEXT_VIEW,
    PHASES,
    PROMPT_SHOWN_MS,
    Choice,
    TrackingResult,
)
from consentinel.gather.browser import ContextFactory
from consentinel.gather.errors import first_line
from consentinel.gather.evaluate import open_page
from consentinel.gather.explore import (
    Auditor,
    ExplorationResult,
    ExploreOptions,
    LayerState,
    PathResult,
    audit_into,
    make_choice,
    matching_prompt,
    open_settings,
    open_settings_by_reopen,
    pick_action,
    reopen_controls,
    wait_until_gone,
)
from consentinel.gather.observe import ObserveOptions, PhaseRecorder
from consentinel.gather.phases import finish_phase, new_phase_facts, record_phase_rows
from consentinel.gather.quiet import (
    NO_PROMPT_MIN_WAIT_MS,
    PROMPT,
    QUIET,
    Activity,
    Bounds,
    WaitRecord,
    glance,
    wait_for_prompt_or_quiet,
    wait_quiet,
)
from consentinel.gather.tcf import read_tcf
from consentinel.tracking.classify import Classifier, TrackerDB

STAGES = ("landing", "accept", "reject")
STAGE_PHASE = {"landing": LANDING, "accept": AFTER_ACCEPT, "reject": AFTER_REJECT}
NEXT_VIEW_CHECK = "consent-after-reject"  # judges the after-reject phase's next page view


# Snapshot checks whose premise is that nobody has chosen yet: on the layer shown after the
# visitor's own click ("Accept all" switches every control on) they would judge that click.
BEFORE_CHOICE_CHECKS = frozenset({"preselected-consent"})


def after_choice_checks(checks: list[str] | None) -> list[str]:
    """The snapshot checks that judge a layer shown after a choice (``checks`` None: every one)."""
    return [c for c in (SNAPSHOT_CHECKS if checks is None else checks) if c not in BEFORE_CHOICE_CHECKS]


@dataclass
class PassSide:
    """One of the pass's contexts, as a probe sees it once its state was recorded."""

    stage: str  # landing | accept | reject
    context: BrowserContext
    page: Page
    activity: Activity
    recorder: PhaseRecorder | None = None
    har_path: Path | None = None
    own: bool = True  # the pass opened (and closes) it; False for a scan's own landing page
    loads: list[str] = field(default_factory=list)  # main-frame navigations committed
    notes: dict[str, Any] = field(default_factory=dict)
    facts: dict[str, Any] | None = None  # tracking facts of the phase (when tracked)
    quiet: bool = False  # the prompt wait ended on a quiet page (no settle needed before a choice)
    prompt_wait: WaitRecord | None = None  # the last prompt wait (a settle before the choice goes on from it)
    loaded: list[float] = field(default_factory=list)  # time.monotonic() of each ``load`` event
    running: Any = None  # the behavioural probe under way (paused), see gather.behaviour
    due: float = 0.0  # time.monotonic() at which the paused probe would like to go on

    def count_loads(self, page: Page | None = None) -> None:
        """Count main-frame commits (the page-load figure of the benchmark and tests) and note
        when each load ended (a prompt wait's least wait counts from there). ``page``: another
        tab of the side's context (a probe's), else the side's own page."""
        page = page or self.page
        main = page.main_frame

        def committed(frame: Frame) -> None:
            if frame == main:
                self.loads.append(frame.url)

        def loaded(_: Page) -> None:  # noted when the event reaches us: never before the load
            self.loaded.append(time.monotonic())

        page.on("framenavigated", committed)
        page.on("load", loaded)


Probe = Callable[[PassSide], None]


@dataclass(slots=True)
class _Choosing:
    """A choice under way in one context, between its click and what follows it (the pass
    clicks in the reject context, then in the accept one, and only then finishes each)."""

    layer: LayerState
    path: PathResult
    choice: Choice
    exploration: ExplorationResult | None
    prompt: Prompt | None = None
    asked: float = 0.0  # epoch ms before the click (when the click itself did not say)
    clicked_at: float | None = None  # time.monotonic() once the clicks were made
    clicked_view: WaitRecord | None = None  # the DOM just after the click (the settle goes on from it)
    next_view: dict[str, Any] | None = None  # reject: the next page view, reloaded, not yet settled
    next_look: WaitRecord | None = None  # its DOM once loaded (its settle goes on from there)
    failed: bool = False
    spent_s: float = 0.0  # time spent on this choice itself (not on the other context meanwhile)

    @contextlib.contextmanager
    def spending(self) -> Iterator[None]:
        """Count the time of the block as this choice's own (``spent_s``)."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.spent_s += time.perf_counter() - started


@dataclass(frozen=True, slots=True)
class _Registered:
    stage: str
    checks: tuple[str, ...]
    probe: Probe


_PROBES: list[_Registered] = []


def register_probe(stage: str, checks: Iterable[str], probe: Probe) -> None:
    """Run ``probe`` at ``stage``'s hook point when any of ``checks`` is selected (or all run)."""
    if stage not in STAGES:
        raise ValueError(f"unknown pass stage {stage!r}; one of {', '.join(STAGES)}")
    _PROBES.append(_Registered(stage, tuple(checks), probe))


def probes_for(stage: str, checks: Iterable[str] | None) -> list[Probe]:
    """The probes ``stage`` runs for the selected ``checks`` (None: every check selected)."""
    wanted = None if checks is None else set(checks)
    return [r.probe for r in _PROBES if r.stage == stage and (wanted is None or wanted & set(r.checks))]


@dataclass(slots=True)
class PassOptions:
    """What the pass gathers and how long its waits may last (the old fixed windows as bounds)."""

    explore: bool = True
    track: bool = True
    in_place: bool = True  # the landing page may be clicked (the settings layer opens there)
    checks: list[str] | None = None  # selected checks: which probes run
    # Tracking phase -> behavioural probe (gather.behaviour.phase_probes): run at that side's
    # hook point on the state the phase left, after its own facts are frozen (issue 13).
    behaviour: Mapping[str, Any] = field(default_factory=dict)
    # Tracking phases the selected checks read (None: all). Without exploration, a choice
    # context no phase needs is never opened: one page load less each (docs/BUDGETS.md).
    phases: frozenset[str] | None = None
    explore_options: ExploreOptions = field(default_factory=ExploreOptions)
    observe_options: ObserveOptions = field(default_factory=ObserveOptions)

    def prompt_bounds(self) -> Bounds:
        o = self.observe_options
        return Bounds(max_ms=self.explore_options.prompt_timeout_ms, quiet_ms=o.quiet_ms,
                      min_ms=min(NO_PROMPT_MIN_WAIT_MS, self.explore_options.prompt_timeout_ms))

    def settle_bounds(self, after_choice: bool) -> Bounds:
        o = self.observe_options
        top = o.after_choice_max_ms if after_choice else o.settle_max_ms
        return Bounds(max_ms=top, quiet_ms=o.quiet_ms, poll_ms=o.sample_ms / 2)


@dataclass(slots=True)
class PassResult:
    """What one pass gathered, and what it cost (page loads, waits)."""

    url: str
    exploration: ExplorationResult | None = None
    tracking: TrackingResult | None = None
    page_loads: int = 0
    waits: list[WaitRecord] = field(default_factory=list)
    notes: dict[str, dict[str, Any]] = field(default_factory=dict)
    # What each stage cost, in the order run: {"what", "start_ms" (from the pass's start), "duration_ms"}
    timings: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """For ``StepResult.extra["consent_pass"]``: what it cost, and what the probes noted."""
        summary: dict[str, Any] = {"page_loads": self.page_loads, "waits": [w.to_dict() for w in self.waits],
                                   "timings": self.timings}
        if self.notes:
            summary["notes"] = self.notes
        return summary


@dataclass(slots=True)
class LandingPage:
    """A page already at the URL (a scan's own), with what was attached before it loaded."""

    page: Page
    activity: Activity | None = None
    recorder: PhaseRecorder | None = None
    har_path: Path | None = None
    loads: list[str] = field(default_factory=list)
    loaded: list[float] = field(default_factory=list)


def prepare_landing(context: BrowserContext, page: Page, *, track: bool, har_path: Path | None,
                    max_requests: int = 5000) -> LandingPage:
    """Attach the pass's watchers to a scan's page BEFORE it navigates (call, then ``goto``).

    ``har_path`` must be the path the context was created to record its HAR to (the HAR is
    written when the context closes, which the pass does at its end).
    """
    activity = Activity.watch(context)
    recorder = None
    if track:
        recorder = PhaseRecorder(context, LANDING, max_requests=max_requests)
        recorder.attach()
    side = PassSide("landing", context, page, activity, recorder, har_path, own=False)
    side.count_loads()
    landing = LandingPage(page, activity, recorder, har_path, side.loads, side.loaded)
    return landing


# A scan's steps hand the pass along through its page's context: the goto step prepares the
# landing page, the first consent step runs the pass, the other takes what it gathered.
_LANDINGS: weakref.WeakKeyDictionary[BrowserContext, LandingPage] = weakref.WeakKeyDictionary()
_RESULTS: weakref.WeakKeyDictionary[BrowserContext, PassResult] = weakref.WeakKeyDictionary()


def remember_landing(context: BrowserContext, page: Page, *, track: bool, har_path: Path | None) -> None:
    """Prepare a scan's page (before its ``goto``) as the pass's landing context."""
    _LANDINGS[context] = prepare_landing(context, page, track=track, har_path=har_path)


def take_landing(context: BrowserContext) -> LandingPage | None:
    """The landing page prepared for ``context`` (once: the pass that takes it closes it)."""
    return _LANDINGS.pop(context, None)


def keep_result(context: BrowserContext, result: PassResult) -> None:
    """Keep a pass's result for the scan's next consent step (tracking after exploration)."""
    _RESULTS[context] = result


def take_result(context: BrowserContext) -> PassResult | None:
    return _RESULTS.pop(context, None)


def _open_side(stage: str, factory: ContextFactory, url: str, options: PassOptions, folder: Path) -> PassSide:
    """A fresh context for ``stage``, its navigation started (committed) but not awaited."""
    har_path = folder / f"{STAGE_PHASE[stage]}.har" if options.track else None
    extra = {"record_har_path": str(har_path), "record_har_content": "omit"} if har_path else {}
    context = factory(**extra)
    try:
        activity = Activity.watch(context)
        recorder = None
        if options.track:
            recorder = PhaseRecorder(context, STAGE_PHASE[stage],
                                     max_requests=options.observe_options.max_requests)
            recorder.attach()
        page = open_page(context)
        side = PassSide(stage, context, page, activity, recorder, har_path)
        side.count_loads()
        if recorder is not None:
            recorder.started = time.time() * 1000  # times count from the navigation
        page.goto(url, wait_until="commit", timeout=options.explore_options.navigation_timeout_ms)
        return side
    except BaseException:
        with contextlib.suppress(Exception):
            context.close()
        raise



class _Pass:
    """The state of one pass over one URL (see the module docstring)."""

    def __init__(self, factory: ContextFactory, url: str, options: PassOptions, auditor: Auditor | None,
                 folder: Path, classifier: Classifier | None) -> None:
        self.factory, self.url, self.options, self.auditor = factory, url, options, auditor
        self.folder, self.classifier = folder, classifier
        self.result = PassResult(url)
        self.sides: list[PassSide] = []
        self.begun = time.perf_counter()

    @contextlib.contextmanager
    def timed(self, what: str, *, add_up: bool = False) -> Iterator[None]:
        """Note how long ``what`` took in ``result.timings``; ``add_up``: added to ``what``'s
        existing entry (its start the first time, ``times`` counting the spells)."""
        started = time.perf_counter()
        try:
            yield
        finally:
            spent = (time.perf_counter() - started) * 1000
            entry = next((t for t in self.result.timings if t["what"] == what), None) if add_up else None
            if entry is None:
                start_ms = round((started - self.begun) * 1000, 1)
                entry = {"what": what, "start_ms": start_ms, "duration_ms": 0.0}
                if add_up:
                    entry["times"] = 0
                self.result.timings.append(entry)
            entry["duration_ms"] = round(entry["duration_ms"] + spent, 1)
            if add_up:
                entry["times"] += 1

    # -- waits --------------------------------------------------------------------------------

    def _prompts(self, side: PassSide) -> list[Prompt]:
        prompts, record = wait_for_prompt_or_quiet(side.page, side.activity, self.options.prompt_bounds(),
                                                   f"{side.stage}: prompt",
                                                   since=side.loaded[-1] if side.loaded else None)
        self.result.waits.append(record)
        side.quiet = record.reason == QUIET
        side.prompt_wait = record
        return prompts

    def _settle(self, side: PassSide, what: str, *, after_choice: bool, after: WaitRecord | None = None,
                watching: Iterable[tuple[Page, WaitRecord | None]] = ()) -> None:
        """Wait until ``side``'s page is quiet; ``after``: a look at it since which the DOM may
        already have been still (before a choice: the prompt wait's); ``watching``: other pages
        looked at on each poll (each into its own record)."""
        if not after_choice and side.quiet:  # the prompt wait just saw the page quiet: done
            if side.recorder is not None:
                side.recorder.sample_cookies()
            return
        sample = side.recorder.sample_cookies if side.recorder is not None else None
        others = [(page, look) for page, look in watching if look is not None]
        if others:
            def sample_and_look(sample: Callable[[], None] | None = sample) -> None:
                if sample is not None:
                    sample()
                for page, look in others:
                    glance(page, look.what, into=look)

            sample = sample_and_look
        # before a choice nothing of ours has acted on the page: its DOM history dates the first look
        record = wait_quiet(side.page, side.activity, self.options.settle_bounds(after_choice),
                            f"{side.stage}: {what}", on_poll=sample,
                            after=after if after_choice else side.prompt_wait, history=not after_choice)
        self.result.waits.append(record)

    def _load(self, side: PassSide) -> None:
        side.page.wait_for_load_state("load", timeout=self.options.explore_options.navigation_timeout_ms)

    # -- tracking -----------------------------------------------------------------------------

    def _start_facts(self, side: PassSide) -> None:
        if side.recorder is not None:
            side.facts = new_phase_facts(self.url, STAGE_PHASE[side.stage])

    def _end_facts(self, side: PassSide) -> None:
        """Storage, cookies and rows of a tracked side, read while its context is open."""
        if side.recorder is None or side.facts is None:
            return
        storage: list[dict[str, Any]] = []
        try:
            storage = side.recorder.read_storage(side.page)
            side.recorder.sample_cookies()
            side.facts["final_url"] = side.page.url
        except PlaywrightError as exc:
            side.facts["errors"].append(first_line(exc))
        record_phase_rows(side.facts, side.recorder, self.url, storage)

    # -- stages -------------------------------------------------------------------------------

    def landing(self, side: PassSide, exploration: ExplorationResult | None) -> Prompt | None:
        """First layer, landing tracking, then the settings layer (in place when allowed)."""
        self._load(side)
        self._start_facts(side)
        prompts = self._prompts(side)
        if side.recorder is not None and side.facts is not None:
            self._settle(side, "landing settle", after_choice=False)
            side.facts["tcf"]["before"] = read_tcf(side.page, self.options.observe_options.tcf_timeout_ms)
            self._end_facts(side)
        if exploration is None:
            return prompts[0] if prompts else None
        first = LayerState("first")
        exploration.layers.append(first)
        started = time.perf_counter()
        first.prompts = prompts
        explore = self.options.explore_options
        assert self.auditor is not None
        first_checks = explore.checks if explore.first_layer_snapshot_checks else []
        audit_into(first, side.page, self.auditor, first_checks, explore.secret_values)
        first.duration_ms = round((time.perf_counter() - started) * 1000, 1)
        prompt = None
        if prompts:
            prompt = exploration.prompt = prompts[0]
            prompt.layer = "first"
            prompt.visitor_locale = self.options.explore_options.visitor_locale
        # Without a settings control, or without a prompt at all, a consent manager may still
        # show the control that reopens the choice (a floating icon), switches behind it.
        if (prompt is not None and pick_action(prompt, "settings") is not None) or reopen_controls(side.page):
            with self.timed("landing: settings layer"):
                self._settings(side, prompt, exploration)
        return prompt

    def _settings(self, landing: PassSide, prompt: Prompt | None, exploration: ExplorationResult) -> None:
        """The settings layer: through the first layer's settings control, else through the
        control that reopens the choice (a floating icon) when the landing page shows one."""
        assert self.auditor is not None
        explore = self.options.explore_options
        side = landing
        # A journey's page is never clicked, and a landing probe (implied consent: scroll, close,
        # follow a link) needs the first layer untouched: then the settings layer gets its own context.
        if not self.options.in_place or LANDING in self.options.behaviour:
            side = _open_side("landing", self.factory, self.url, PassOptions(
                explore=True, track=False, explore_options=explore), self.folder)
            self.sides.append(side)
        started = time.perf_counter()
        try:
            if side is not landing:
                self._load(side)
                prompts = self._prompts(side)
            else:
                prompts = discover_or(prompt, side.page) if prompt is not None else []
            if prompt is not None and pick_action(prompt, "settings") is not None:
                layer, settings = open_settings(side.page, prompts, prompt, self.auditor, explore)
            else:
                layer, settings = open_settings_by_reopen(side.page, prompts, self.auditor, explore)
        except PlaywrightError as exc:
            layer, settings = LayerState("settings", error=first_line(exc)), None
        layer.duration_ms = round((time.perf_counter() - started) * 1000, 1)
        exploration.layers.append(layer)
        exploration.settings_prompt = settings

    def click(self, side: PassSide, first: Prompt | None, exploration: ExplorationResult | None) -> _Choosing:
        """Accept or reject in ``side`` up to and with the click: the page is then left to
        react and settle while the pass works elsewhere (see :meth:`after_click`)."""
        role = side.stage
        doing = _Choosing(LayerState(role), PathResult(role), Choice(role), exploration)
        self._go_on(side, doing, lambda: self._click(side, first, doing))
        return doing

    def _go_on(self, side: PassSide, doing: _Choosing, stage: Callable[[], None]) -> None:
        """One stage of a choice: skipped once the choice failed, its time counted as the
        choice's own, a page error ending the choice (:meth:`_failed`)."""
        if doing.failed:
            return
        with doing.spending():
            try:
                stage()
            except PlaywrightError as exc:
                self._failed(side, doing, exc)

    def _click(self, side: PassSide, first: Prompt | None, doing: _Choosing) -> None:
        layer, path, choice = doing.layer, doing.path, doing.choice
        role = side.stage
        self._load(side)
        self._start_facts(side)
        # a landing that showed no prompt is not waited on again for one (its phase still settles)
        prompts = self._prompts(side) if first is not None else []
        if side.recorder is not None and side.facts is not None:
            self._settle(side, "before choice", after_choice=False)
            side.facts["tcf"]["before"] = read_tcf(side.page, self.options.observe_options.tcf_timeout_ms)
            side.recorder.before_choice(side.page)
        prompt = matching_prompt(prompts, first) if first is not None else None
        doing.prompt = prompt
        doing.asked = time.time() * 1000
        if prompt is None:
            path.error = layer.error = choice.error = (
                "the first layer did not show again" if first is not None else "no consent prompt found")
        else:
            choice.reached = make_choice(side.page, prompts, prompt, path, self.options.explore_options)
            doing.clicked_at = time.monotonic()
            # the DOM as the click left it: looked at again until the settle, which goes on from there
            doing.clicked_view = glance(side.page, f"{role}: after choice")

    def confirm(self, side: PassSide, doing: _Choosing) -> None:
        """Whether the prompt went away after the click (looked for within the same time from
        the click however late this runs: a fading banner is gone by then), then the choice
        recorded; the look at the DOM the settle goes on from."""
        self._go_on(side, doing, lambda: self._confirm(side, doing))

    def _confirm(self, side: PassSide, doing: _Choosing) -> None:
        layer, path, choice = doing.layer, doing.path, doing.choice
        if doing.prompt is not None:
            if choice.reached:
                path.clicks = len(path.clicked)
                path.prompt_gone = layer.prompt_gone = choice.prompt_gone = wait_until_gone(
                    side.page, self.options.explore_options, clicked_at=doing.clicked_at)
                if not path.prompt_gone:
                    layer.error = f"the prompt still asks after {path.clicks} click(s)"
            elif path.error is None:
                path.error = f"no way to {side.stage} was found"
            choice.clicked, choice.via, choice.error = list(path.clicked), path.via, path.error
            doing.clicked_view = glance(side.page, f"{side.stage}: after choice", into=doing.clicked_view)
        layer.clicked = list(path.clicked)
        if side.recorder is not None and side.facts is not None:
            side.facts["choice"] = choice.to_dict()
            if choice.clicked:
                side.recorder.mark_choice(path.decided_at or doing.asked)  # our clock, just before our click
                side.facts["choice"]["t_ms"] = side.recorder.rel(side.recorder.choice_at)

    def after_click(self, side: PassSide, doing: _Choosing,
                    watching: Iterable[tuple[Page, WaitRecord | None]] = ()) -> None:
        """What follows ``side``'s click (once :meth:`confirm` ran): the settle (counted from
        the page's last request and from the look at its DOM after the click, so the time spent
        elsewhere in the meantime counts), the layer audited; for reject, the next page view
        loaded (it settles while the accept side is read). ``watching``: the other pages whose
        DOM each poll looks at too (their own settles then go on from that)."""
        self._go_on(side, doing, lambda: self._after_click(side, doing, watching))

    def _after_click(self, side: PassSide, doing: _Choosing,
                     watching: Iterable[tuple[Page, WaitRecord | None]]) -> None:
        if doing.prompt is not None:
            self._settle(side, "after choice", after_choice=True, after=doing.clicked_view,
                         watching=watching)
        if side.recorder is not None and side.facts is not None:
            side.facts["tcf"]["after"] = read_tcf(side.page, self.options.observe_options.tcf_timeout_ms)
        if doing.exploration is not None:
            assert self.auditor is not None
            explore = self.options.explore_options
            audit_into(doing.layer, side.page, self.auditor, after_choice_checks(explore.checks),
                       explore.secret_values)
            doing.layer.cookies = [{k: c.get(k) for k in ("name", "domain", "value")}
                                   for c in side.context.cookies()]
        if side.stage == "reject" and doing.choice.reached and self._observes_next_view():
            doing.next_view = self._start_next_view(side, doing)

    def end_choice(self, side: PassSide, doing: _Choosing) -> None:
        """The next page view settled (reject), the phase's facts read; the layer and path recorded."""
        try:
            with doing.spending():
                if not doing.failed:
                    if doing.next_view is not None:
                        with self.timed("reject: next page view"):
                            self._finish_next_view(side, doing.next_view, doing.next_look)
                    self._end_facts(side)
        except PlaywrightError as exc:
            self._failed(side, doing, exc)
        finally:
            doing.layer.duration_ms = round(doing.spent_s * 1000, 1)
            if doing.exploration is not None:
                doing.exploration.layers.append(doing.layer)
                doing.exploration.paths[side.stage] = doing.path

    def _failed(self, side: PassSide, doing: _Choosing, exc: PlaywrightError) -> None:
        doing.failed = True
        doing.path.clicks = None
        doing.path.error = doing.layer.error = first_line(exc)
        if side.facts is not None:
            side.facts["errors"].append(first_line(exc))
            side.facts.setdefault("choice", doing.choice.to_dict())

    def _observes_next_view(self) -> bool:
        """Whether the after-reject phase goes on into the visitor's next page view: only when
        it is tracked and ``consent-after-reject`` is selected (it alone judges that view)."""
        checks = self.options.checks
        return self.options.track and (checks is None or NEXT_VIEW_CHECK in checks)

    def _start_next_view(self, side: PassSide, doing: _Choosing) -> dict[str, Any] | None:
        """Reload the refused page, in the same context: part of the after-reject phase
        (:meth:`_finish_next_view` settles it later: it goes quiet while the accept side is read).

        Why: consent managers often act on a refusal only at the next page load (tarteaucitron
        runs a refused service's ``fallback()`` there), so one page view after the click misses
        tracking that resumes. What the reload sends or writes is timed after the click; a
        cookie set before the choice and not rewritten stays out (``set_after_choice``). The
        re-prompt probe reuses this reload (``phase["next_view"]``) instead of making its own.
        """
        if side.recorder is None or side.facts is None:
            return None
        view: dict[str, Any] = {"action": "reload", "done": False, "error": None,
                                "t_choice_ms": side.recorder.rel_choice(time.time() * 1000)}
        side.facts[NEXT_VIEW] = view
        try:
            side.page.reload(wait_until="load", timeout=self.options.explore_options.navigation_timeout_ms)
            view["loaded_ms"] = side.recorder.rel(time.time() * 1000)
            # a new document: its DOM history began after the reload
            doing.next_look = glance(side.page, "reject: next page view", history=True)
        except PlaywrightError as exc:
            view["error"] = first_line(exc)
        return view

    def _finish_next_view(self, side: PassSide, view: dict[str, Any], look: WaitRecord | None) -> None:
        """The reloaded page settled (its view marked done), unless the reload failed; the
        settle goes on from the look at its DOM taken when it had loaded."""
        if view["error"] is not None:
            return
        try:
            self._settle(side, "next page view", after_choice=True, after=look)
            view["done"], view["url"] = True, side.page.url
        except PlaywrightError as exc:
            view["error"] = first_line(exc)

    def start_probes(self, side: PassSide) -> None:
        """Start the side's behavioural probe: it runs until it only has to let time pass."""
        behaviour = self.options.behaviour.get(STAGE_PHASE[side.stage])
        if behaviour is not None and side.recorder is not None and side.facts is not None:
            shown = _prompt_shown_ms(side)
            if shown is not None:
                side.facts[PROMPT_SHOWN_MS] = shown
            # after _end_facts: what the probe does never counts as the phase's own
            side.running = behaviour(side.page, side.recorder, side.facts, on_tab=side.count_loads)
            self._resume(side)

    def _resume(self, side: PassSide) -> None:
        """Run the side's probe to its next pause; its facts when it ends. Its time is one
        timings entry per side (a settling probe pauses and resumes many times)."""
        assert side.facts is not None
        try:
            with self.timed(f"{side.stage}: behaviour", add_up=True):
                side.due = next(side.running)
        except StopIteration as done:
            side.facts[BEHAVIOUR] = done.value
            side.running = None
        except PlaywrightError as exc:
            side.facts["errors"].append(first_line(exc))
            side.running = None

    def resume_due(self, sides: list[PassSide]) -> None:
        """Go on once with each paused probe already due: between the choices' own steps, so a
        probe's actions overlap the choices' settles instead of waiting for all of them."""
        for side in sides:
            if side.running is not None and side.due <= time.monotonic():
                self._resume(side)

    def finish_probes(self, sides: list[PassSide]) -> None:
        """The hook point, once every side's state is recorded: the paused behavioural probes
        resumed, the one due first first, to their ends; then each stage's registered probes.
        When none is due yet, the pass waits for the first (Playwright's own wait, so the
        contexts' network events keep being counted meanwhile)."""
        while paused := [side for side in sides if side.running is not None]:
            side = min(paused, key=lambda side: side.due)
            _pause_until(side.page, side.due)
            self._resume(side)
        for side in sides:
            for probe in probes_for(side.stage, self.options.checks):
                try:
                    probe(side)
                except PlaywrightError as exc:
                    side.notes.setdefault("errors", []).append(first_line(exc))
            if side.notes:
                self.result.notes[side.stage] = side.notes

    def close(self, side: PassSide) -> None:
        """Close an own context (flushing its HAR), then classify the phase's facts."""
        if side.own or side.recorder is not None:  # a scan's landing context ends with the pass
            with contextlib.suppress(Exception):
                side.context.close()
        if side.recorder is not None and side.facts is not None and self.classifier is not None:
            finish_phase(side.facts, side.recorder, side.har_path or Path("-"), self.classifier,
                         self.options.observe_options)


def _prompt_shown_ms(side: PassSide) -> float | None:
    """How long after its first load ``side``'s page showed its prompt (at most): when its
    prompt wait's look found the DOM still, or None when no prompt was seen."""
    record = side.prompt_wait
    if record is None or record.reason != PROMPT or not side.loaded:
        return None
    return round(max(0.0, (record.stable_since - side.loaded[0]) * 1000), 1)


def _pause_until(page: Page | None, due: float) -> None:
    """Wait until ``due`` (``time.monotonic()``) through ``page`` (events go on being handled)."""
    left_ms = (due - time.monotonic()) * 1000
    if left_ms <= 0 or page is None:
        return
    try:
        page.wait_for_timeout(left_ms)
    except PlaywrightError:  # the page is gone: the probe finds out when it goes on
        time.sleep(left_ms / 1000)


def discover_or(prompt: Prompt, page: Page) -> list[Prompt]:
    """The prompts on ``page`` now (the first layer already found there stands in if none)."""
    from consentinel.gather.discover import discover_prompts

    return discover_prompts(page) or [prompt]


def consent_pass(
    factory: ContextFactory,
    url: str,
    *,
    options: PassOptions | None = None,
    landing: LandingPage | None = None,
    auditor: Auditor | None = None,
    tracker_db: TrackerDB | None = None,
    out_dir: Path | None = None,
) -> PassResult:
    """Explore and/or track ``url`` in three contexts (see the module docstring).

    ``landing``: a page already at ``url`` (a scan's own, prepared with :func:`prepare_landing`);
    without it the pass opens its own landing context. HAR files go to ``out_dir`` (a temporary
    folder when None, their paths then left out of the facts).
    """
    options = options or PassOptions()
    if not (options.explore or options.track):
        return PassResult(url)
    if options.explore and auditor is None:
        from consentinel.gather.explore import default_auditor

        auditor = default_auditor(options.explore_options)
    classifier = None
    tracking = None
    if options.track:
        if tracker_db is None:
            tracker_db = TrackerDB.find()
        observe = options.observe_options
        classifier = Classifier(url, tracker_db, frozenset(d.lower() for d in observe.extra_tracker_domains))
        tracking = TrackingResult(url=url, tracker_db=(
            {"source": "@ghostery/trackerdb", "path": tracker_db.source, "version": tracker_db.version,
             "domains": len(tracker_db)} if tracker_db is not None else None))
    exploration = ExplorationResult(url=url) if options.explore else None
    with contextlib.ExitStack() as stack:
        folder = out_dir if out_dir is not None else Path(stack.enter_context(tempfile.TemporaryDirectory()))
        folder.mkdir(parents=True, exist_ok=True)
        one = _Pass(factory, url, options, auditor, folder, classifier)
        landing_side: PassSide | None = None
        try:
            landing_side = _landing_side(landing, one, options)
            # Start both choices' loads now: the browser loads them while the landing is read.
            choosers = [_open_side(stage, factory, url, options, folder) for stage in ("accept", "reject")
                        if options.explore or options.phases is None or STAGE_PHASE[stage] in options.phases]
            one.sides.extend(choosers)
            with one.timed("landing"):
                first = one.landing(landing_side, exploration)
            one.start_probes(landing_side)  # its wait passes while the choices are made
            chosen = []
            if first is not None or options.track:  # no prompt: tracking still records the phases
                # Click in each context first, then finish each: one page settles after its
                # click while the other is clicked (each settle counts from its own click). The
                # reject side goes first: its next page view (a reload) loads while accept is audited.
                order = sorted(choosers, key=lambda side: side.stage != "reject")
                choosing, explored = {}, exploration if first is not None else None
                for side in order:
                    with one.timed(f"{side.stage}: click"):
                        choosing[side.stage] = one.click(side, first, explored)
                one.resume_due([landing_side])  # the landing probe goes on while both pages react
                for side in order:  # the first settle watches the other page too
                    with one.timed(f"{side.stage}: confirm"):
                        one.confirm(side, choosing[side.stage])
                    watching = [(other.page, choosing[other.stage].clicked_view)
                                for other in order if other is not side]
                    with one.timed(f"{side.stage}: after click"):
                        one.after_click(side, choosing[side.stage], watching)
                for side in choosers:  # accept, then reject (its reload had the longest)
                    with one.timed(f"{side.stage}: facts"):
                        one.end_choice(side, choosing[side.stage])
                    one.start_probes(side)
                    chosen.append(side)
                    one.resume_due([landing_side, *chosen])
            one.finish_probes([landing_side, *chosen])
        finally:
            every = [landing_side] if landing_side is not None and landing_side not in one.sides else []
            every += one.sides
            with one.timed("close and classify"):
                for side in every:
                    one.close(side)
        result = one.result
        result.page_loads = sum(len(side.loads) for side in every)
        if exploration is not None:
            _finish_exploration(exploration, options)
            result.exploration = exploration
        if tracking is not None:
            for side in every:
                if side.facts is not None and side.recorder is not None:
                    side.facts["har"] = str(side.har_path) if out_dir is not None and side.har_path else None
                    tracking.phases[side.facts["phase"]] = side.facts
            tracking.phases = {phase: tracking.phases[phase] for phase in PHASES if phase in tracking.phases}
            result.tracking = tracking
    return result


def _landing_side(landing: LandingPage | None, one: _Pass, options: PassOptions) -> PassSide:
    if landing is None:
        side = _open_side("landing", one.factory, one.url, options, one.folder)
        one.sides.append(side)
        return side
    activity = landing.activity or Activity()
    recorder = landing.recorder if options.track else None
    side = PassSide("landing", landing.page.context, landing.page, activity, recorder, landing.har_path,
                    own=False)
    side.loads, side.loaded = landing.loads, landing.loaded
    return side


def _finish_exploration(exploration: ExplorationResult, options: PassOptions) -> None:
    """Click counts into the first-layer prompt facts, then the prompt checks over them."""
    first = exploration.layer("first")
    prompt = exploration.prompt
    if first is None or prompt is None:
        exploration.paths = {}
        return
    prompt.clicks = {name: path.clicks for name, path in exploration.paths.items()}
    prompt.paths = {name: list(path.clicked) for name, path in exploration.paths.items()}
    snapshot = first.snapshot if first.snapshot is not None else Snapshot(url=first.url or exploration.url)
    # Only the explored prompt is judged: another box on the page (a newsletter pop-up that
    # mentions privacy) must not borrow its click counts.
    snapshot.prompts = [prompt.to_dict()]
    first.snapshot = snapshot
    explore = options.explore_options
    if explore.prompt_checks:
        first.findings.extend(run_checks(snapshot, explore.prompt_checks, explore.check_options))


__all__ = [
    "STAGES",
    "LandingPage",
    "PassOptions",
    "PassResult",
    "PassSide",
    "Probe",
    "consent_pass",
    "keep_result",
    "prepare_landing",
    "probes_for",
    "register_probe",
    "remember_landing",
    "take_landing",
    "take_result",
]
