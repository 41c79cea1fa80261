"""Run the observation phases of one URL, each in a fresh context with its own HAR.

``landing`` loads the page and lets it settle without touching anything; ``after-accept`` and
``after-reject`` load it again in new contexts, let it settle, make the choice through the
consent prompt (:mod:`consentinel.gather.explore`: the same roles and paths the exploration
counts clicks for), and let it settle again. Nothing carries over between phases: a tracker seen after reject
was not left behind by the accept phase.

The result per phase is plain JSON-able facts (see :mod:`consentinel.gather.observe`), put on
``Snapshot.tracking`` for the pure checks ``consent-before-choice`` / ``consent-after-reject``.

Example::

    with sync_playwright() as pw:
        browser = launch_browser(pw)
        result = observe_site(browser, "https://example.org/", out_dir=Path("reports/x"))
        for phase in result.phases.values():
            print(phase["phase"], len(phase["requests"]), len(phase["cookies"]))
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from consentinel.facts.behaviour import BEHAVIOUR, states
from consentinel.facts.tracking import PHASE_ROLE, PHASES, Choice, TrackingResult
from consentinel.gather.behaviour import Probe
from consentinel.gather.browser import ContextFactory, context_factory
from consentinel.gather.observe import (
    ObserveOptions,
    PhaseRecorder,
    classify_phase,
    cookies_set_by_har,
)
from consentinel.gather.tcf import read_tcf
from consentinel.tracking.classify import Classifier, TrackerDB

Chooser = Callable[[Page, str], Choice]
"""``(page, role) -> Choice``: make the ``accept`` or ``reject`` choice on the loaded page."""

"""``(**context_options) -> BrowserContext``; receives ``record_har_path`` and friends."""


def prompt_chooser(prompt_timeout_ms: float | None = None) -> Chooser:
    """A chooser that finds the consent prompt and makes the choice the way exploration does.

    Delegates to :mod:`consentinel.gather.explore` (first-layer control, else settings ->
    "reject all" or every optional toggle off + save), so the tracking phases click exactly
    what the click counts of ``no-reject-option`` describe.
    """
    from consentinel.gather.discover import wait_for_prompts
    from consentinel.gather.explore import ExploreOptions, PathResult, make_choice, wait_until_gone

    options = ExploreOptions()
    if prompt_timeout_ms is not None:
        options.prompt_timeout_ms = prompt_timeout_ms

    def choose(page: Page, role: str) -> Choice:
        choice = Choice(role)
        prompts = wait_for_prompts(page, options.prompt_timeout_ms, options.poll_ms)
        if not prompts:
            choice.error = "no consent prompt found"
            return choice
        path = PathResult(role)
        choice.reached = make_choice(page, prompts, prompts[0], path, options)
        choice.clicked, choice.via, choice.error = list(path.clicked), path.via, path.error
        if choice.reached:
            choice.prompt_gone = wait_until_gone(page, options)
        elif choice.error is None:
            choice.error = f"no way to {role} was found"
        return choice

    return choose


def _one_line(exc: BaseException) -> str:
    lines = [line for line in str(exc).strip().splitlines() if line.strip()]
    return (lines[0] if lines else type(exc).__name__)[:300]


def observe_phase(factory: ContextFactory, url: str, phase: str, *, classifier: Classifier,
                  options: ObserveOptions, har_path: Path, chooser: Chooser | None = None,
                  probe: Probe | None = None) -> dict[str, Any]:
    """One phase in a fresh context; returns its classified facts (never raises on page errors).

    ``probe`` (:mod:`consentinel.gather.behaviour`) goes on from the state the phase left, after
    the phase's own facts are frozen, so what it does never counts as the phase's own.
    """
    har_path.parent.mkdir(parents=True, exist_ok=True)
    context = factory(record_har_path=str(har_path), record_har_content="omit")
    recorder = PhaseRecorder(context, phase, max_requests=options.max_requests)
    facts: dict[str, Any] = {"phase": phase, "url": url, "final_url": url,
                             "started_at": datetime.now(UTC).isoformat(timespec="milliseconds"),
                             "choice": None, "tcf": {}, "errors": []}
    storage: list[dict[str, Any]] = []
    try:
        recorder.attach()
        page = context.new_page()
        try:
            recorder.started = time.time() * 1000  # times count from the navigation
            page.goto(url, wait_until="load", timeout=options.navigation_timeout_ms)
            recorder.settle(page, options.settle_min_ms, options.settle_max_ms, options.quiet_ms,
                            options.sample_ms)
            facts["tcf"]["before"] = read_tcf(page, options.tcf_timeout_ms)
            role = PHASE_ROLE.get(phase)
            if role is not None and chooser is not None:
                recorder.before_choice(page)
                asked = time.time() * 1000
                try:
                    choice = chooser(page, role)
                except PlaywrightError as exc:
                    choice = Choice(role, error=_one_line(exc))
                facts["choice"] = choice.to_dict()
                if choice.clicked:
                    recorder.mark_choice(fallback=asked)
                    facts["choice"]["t_ms"] = recorder.rel(recorder.choice_at)
                recorder.settle(page, options.after_choice_min_ms, options.after_choice_max_ms,
                                options.quiet_ms, options.sample_ms)
                facts["tcf"]["after"] = read_tcf(page, options.tcf_timeout_ms)
            storage = recorder.read_storage(page)
            recorder.sample_cookies()
            facts["final_url"] = page.url
            if probe is not None:
                _freeze(facts, recorder, url, storage)
                facts[BEHAVIOUR] = probe(page, recorder, facts)
        except PlaywrightError as exc:
            facts["errors"].append(_one_line(exc))
            with contextlib.suppress(PlaywrightError):
                recorder.sample_cookies()
        if "requests" not in facts:
            _freeze(facts, recorder, url, storage)
    finally:
        with contextlib.suppress(Exception):
            context.close()  # flushes the HAR
    facts["errors"].extend(recorder.errors)
    _attach_set_by(facts, har_path, recorder)
    classify_phase(facts, classifier, time.time())
    for state in states(facts.get(BEHAVIOUR) or {}):
        classify_phase(state, classifier, time.time())
    for row in facts["requests"]:
        row.pop("at", None)
    for row in facts["cookies"]:
        row.pop("first_seen", None)
    return facts


def _freeze(facts: dict[str, Any], recorder: PhaseRecorder, url: str, storage: list[dict[str, Any]]) -> None:
    """The phase's own cookies, storage and requests, as they stand now."""
    facts["requests"] = recorder.request_rows(url)
    facts["cookies"] = recorder.cookie_rows(url)
    facts["storage"] = recorder.storage_rows(storage)
    facts["choice_at_ms"] = recorder.rel(recorder.choice_at)


def _attach_set_by(facts: dict[str, Any], har_path: Path, recorder: PhaseRecorder) -> None:
    """Name the response whose Set-Cookie created each cookie (first one, from the HAR)."""
    set_by = cookies_set_by_har(har_path)
    for cookie in facts["cookies"]:
        hits = set_by.get(cookie["name"])
        if hits:
            url, at = hits[0]
            cookie["set_by"] = url
            cookie["set_by_t_ms"] = recorder.rel(at) if at else None
            if at and at < cookie.get("first_seen", at):  # the response is a better first-seen time
                cookie["t_ms"] = recorder.rel(at)
                cookie["t_choice_ms"] = recorder.rel_choice(at)


def observe_site(
    target: Any,
    url: str,
    *,
    out_dir: Path | None = None,
    phases: Sequence[str] = PHASES,
    chooser: Chooser | None = None,
    options: ObserveOptions | None = None,
    tracker_db: TrackerDB | None = None,
    device: str | None = None,
    locale: str | None = None,
    timezone: str | None = None,
    probes: Mapping[str, Probe] | None = None,
) -> TrackingResult:
    """Observe ``url`` in each phase (fresh contexts); ``target`` is a Session or a Browser.

    HAR files are written as ``<out_dir>/<phase>.har`` (a temporary folder, deleted afterwards,
    when ``out_dir`` is None); each phase's facts carry the path under ``har``. ``chooser``
    defaults to :func:`prompt_chooser`. ``tracker_db`` defaults to :meth:`TrackerDB.find`.
    ``probes`` maps a phase to the behaviour probe that goes on in its context.
    """
    options = options or ObserveOptions()
    if tracker_db is None:
        tracker_db = TrackerDB.find()
    chooser = chooser or prompt_chooser()
    classifier = Classifier(url, tracker_db, frozenset(d.lower() for d in options.extra_tracker_domains))
    factory = context_factory(target, device=device, locale=locale, timezone=timezone)
    result = TrackingResult(url=url, tracker_db=(
        {"source": "@ghostery/trackerdb", "path": tracker_db.source, "version": tracker_db.version,
         "domains": len(tracker_db)} if tracker_db is not None else None))
    with contextlib.ExitStack() as stack:
        folder = out_dir if out_dir is not None else Path(stack.enter_context(tempfile.TemporaryDirectory()))
        for phase in phases:
            har_path = folder / f"{phase}.har"
            facts = observe_phase(factory, url, phase, classifier=classifier, options=options,
                                  har_path=har_path, chooser=chooser, probe=(probes or {}).get(phase))
            facts["har"] = str(har_path) if out_dir is not None else None
            result.phases[phase] = facts
    return result


__all__ = [
    "Chooser",
    "observe_phase",
    "observe_site",
    "prompt_chooser",
]
