"""The facts of one tracking phase (landing, after accept, after reject): how they start, how the
recorder's rows are frozen into them, and how they are finished once the phase's context closed
(who set each cookie, the HAR scrubbed, everything classified).

The phases themselves run in the one pass (:mod:`consentinel.gather.onepass`): its three contexts
serve exploration, tracking and the behavioural probes together. The result per phase is plain
JSON-able facts (see :mod:`consentinel.gather.observe`), put on ``Snapshot.tracking`` for the pure
checks ``consent-before-choice`` / ``consent-after-reject``.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from consentinel.facts.behaviour import BEHAVIOUR, states
from consentinel.gather.observe import (
    ObserveOptions,
    PhaseRecorder,
    classify_phase,
    cookies_set_by_har,
)
from consentinel.har import finalise_har
from consentinel.tracking.classify import Classifier


def new_phase_facts(url: str, phase: str) -> dict[str, Any]:
    """The facts of one phase before anything was observed."""
    return {"phase": phase, "url": url, "final_url": url,
            "started_at": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "choice": None, "tcf": {}, "errors": []}


def record_phase_rows(facts: dict[str, Any], recorder: PhaseRecorder, url: str,
                      storage: list[dict[str, Any]]) -> None:
    """Put the recorder's requests, cookies and storage into ``facts`` (context still open)."""
    facts["requests"] = recorder.request_rows(url)
    facts["cookies"] = recorder.cookie_rows(url)
    facts["storage"] = recorder.storage_rows(storage)
    facts["choice_at_ms"] = recorder.rel(recorder.choice_at)


def finish_phase(facts: dict[str, Any], recorder: PhaseRecorder, har_path: Path,
                 classifier: Classifier, options: ObserveOptions) -> None:
    """After the context closed (its HAR flushed): who set each cookie, the HAR scrubbed of
    credentials and secrets (consentinel.har), then classify."""
    facts.setdefault("requests", [])
    facts.setdefault("cookies", [])
    facts.setdefault("storage", [])
    facts["errors"].extend(recorder.errors)
    _attach_set_by(facts, har_path, recorder)
    finalise_har(har_path, options.redactor, keep_credentials=options.har_full)
    classify_phase(facts, classifier, time.time())
    for state in states(facts.get(BEHAVIOUR) or {}):
        classify_phase(state, classifier, time.time())
    for row in facts["requests"]:
        row.pop("at", None)
    for row in facts["cookies"]:
        row.pop("first_seen", None)


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


__all__ = ["finish_phase", "new_phase_facts", "record_phase_rows"]
