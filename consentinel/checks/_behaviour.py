"""Pure helpers the behavioural checks share: what tracks in a recorded state, and evidence a
reader can follow (the action, the state before and after, both screenshots).

No Playwright here: the checks read ``phase["behaviour"]`` of ``Snapshot.tracking``
(:mod:`consentinel.facts.behaviour`), so saved facts re-audit without a browser.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from consentinel.checks.base import CheckMeta, Finding
from consentinel.facts.behaviour import BEHAVIOUR, SHOTS_DIR, stored_grant
from consentinel.facts.tcf import consented_purposes
from consentinel.tracking.judge import COOKIE_FIELDS, REQUEST_FIELDS, STORAGE_FIELDS, row, verdict

Item = Mapping[str, Any]


def tracking_cookies(state: Mapping[str, Any]) -> list[Item]:
    return [c for c in state.get("cookies") or [] if verdict(c) == "tracking" and not c.get("deleted")]


def tracking_storage(state: Mapping[str, Any]) -> list[Item]:
    return [s for s in state.get("storage") or [] if verdict(s) == "tracking"]


def tracking_requests(state: Mapping[str, Any]) -> list[Item]:
    """Third-party requests classified as tracking (first-party beacons are judged by cookies)."""
    return [r for r in state.get("requests") or [] if verdict(r) == "tracking" and r.get("party") == "third"]


def tracker(request: Item) -> str:
    """Who a tracking request goes to: the tracker list's vendor, else the host."""
    vendor = (request.get("classification") or {}).get("vendor")
    return str(vendor or urlsplit(str(request.get("url", ""))).hostname or "")


def granting(state: Mapping[str, Any]) -> list[Item]:
    """The consent manager's stored entries whose value grants something optional."""
    return [e for e in state.get("consent_state") or [] if stored_grant(str(e.get("value") or "")) is True]


def summary(state: Mapping[str, Any] | None) -> dict[str, Any]:
    """A state in a few lines: what tracks, what the consent manager stored, what TCF says."""
    state = state or {}
    return {
        "url": state.get("url"),
        "tracking_cookies": sorted({str(c.get("name")) for c in tracking_cookies(state)}),
        "tracking_storage": sorted({str(s.get("key")) for s in tracking_storage(state)}),
        "tracking_requests": len(tracking_requests(state)),
        "trackers": sorted({tracker(r) for r in tracking_requests(state)}),
        "consent_state": [
            {
                "kind": e.get("kind"),
                "name": e.get("name"),
                "grants": stored_grant(str(e.get("value") or "")),
                "expires": e.get("expires"),
            }
            for e in state.get("consent_state") or []
        ],
        "tcf_purposes_consent": consented_purposes(state.get("tcf") or None),
    }


def rows(
    cookies: Iterable[Item] = (),
    storage: Iterable[Item] = (),
    requests: Iterable[Item] = (),
    *,
    phase: str,
    max_items: int,
) -> list[dict[str, Any]]:
    out = (
        [row(c, COOKIE_FIELDS, phase) | {"item": "cookie"} for c in cookies]
        + [row(s, STORAGE_FIELDS, phase) | {"item": "storage"} for s in storage]
        + [row(r, REQUEST_FIELDS, phase) | {"item": "request"} for r in requests]
    )
    return out[:max_items]


def screenshots(phase_facts: Mapping[str, Any], step: Mapping[str, Any]) -> dict[str, str]:
    """The step's screenshots, as paths in the folder the probe saved them to (report-relative
    when it is); facts saved without that folder name the HAR's."""
    folder = (phase_facts.get(BEHAVIOUR) or {}).get(SHOTS_DIR) or posixpath.dirname(
        str(phase_facts.get("har") or "")
    )
    out = {}
    for when in ("before", "after"):
        name = step.get(f"screenshot_{when}")
        if name:
            out[when] = posixpath.join(folder, name) if folder else str(name)
    return out


def step_evidence(
    phase_facts: Mapping[str, Any], step: Mapping[str, Any], before: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The action taken, the state before and after, and the screenshots of both."""
    return {
        "phase": phase_facts.get("phase"),
        "action": step.get("action"),
        "detail": step.get("detail"),
        "action_error": step.get("error"),
        "prompt_asking_after": step.get("prompt_asking"),
        "before": summary(before),
        "after": summary(step.get("state")),
        "screenshots": screenshots(phase_facts, step),
        "har": phase_facts.get("har"),
    }


def behaviour_finding(
    meta: CheckMeta,
    phase_facts: Mapping[str, Any],
    *,
    text: str,
    message: str,
    evidence: dict[str, Any],
    outcome: str = "violation",
) -> Finding:
    evidence.setdefault("phase", phase_facts.get("phase"))
    return Finding(
        check=meta.id,
        impact=meta.impact,
        selector="",
        text=text,
        evidence=evidence,
        box=None,
        frame=0,
        outcome=outcome,
        message=message,
        url=str(phase_facts.get("final_url") or phase_facts.get("url") or ""),
    )


def choice_reached(phase_facts: Mapping[str, Any] | None) -> bool:
    return bool(phase_facts and (phase_facts.get("choice") or {}).get("reached"))


__all__ = [
    "behaviour_finding",
    "choice_reached",
    "granting",
    "rows",
    "screenshots",
    "step_evidence",
    "summary",
    "tracker",
    "tracking_cookies",
    "tracking_requests",
    "tracking_storage",
]
