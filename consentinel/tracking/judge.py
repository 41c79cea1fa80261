"""Pure helpers the two tracking checks share: pick offending items, build findings.

No Playwright here: the checks run over ``Snapshot.tracking`` (saved facts re-audit without a
browser). One finding per *kind* of evidence (cookies, storage, requests, TCF purposes) per
phase keeps reports readable on real sites that set dozens of trackers at once; the evidence
lists every offending item (up to ``max_items``) with its timing relative to the phase start and
to the choice click.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from consentinel.checks.base import CheckMeta, Finding
from consentinel.facts.tcf import PURPOSE_NAMES, consented_purposes
from consentinel.tracking.classify import MEASUREMENT_HIT, PARTY_THIRD

Item = dict[str, Any]

COOKIE_FIELDS = ("name", "domain", "path", "party", "expires", "http_only", "secure", "same_site",
                 "value_length", "value_excerpt", "set_by", "set_by_t_ms", "t_ms", "t_choice_ms",
                 "changed_t_choice_ms")
STORAGE_FIELDS = ("area", "key", "origin", "frame_url", "value_length", "value_excerpt", "before_choice",
                  "changed_after_choice")
REQUEST_FIELDS = ("url", "method", "resource_type", "frame_url", "party", "status", "failure", "t_ms",
                  "t_choice_ms")


def phases(snapshot_tracking: Mapping[str, Any]) -> Mapping[str, Any]:
    return snapshot_tracking.get("phases") or {}


def verdict(item: Mapping[str, Any]) -> str:
    return str((item.get("classification") or {}).get("verdict", "unknown"))


def judged_request(item: Mapping[str, Any]) -> bool:
    """Whether a request counts for the tracking checks: a third-party one, or a measurement hit
    (a Google tag ping sent through the site's own server-side tagging host is still one)."""
    kind = (item.get("classification") or {}).get("kind")
    return item.get("party") == PARTY_THIRD or kind == MEASUREMENT_HIT


def tracking_cookies(phase_facts: Mapping[str, Any]) -> list[Item]:
    """The tracking cookies a phase ended with (deleted ones are gone and do not count)."""
    return [c for c in phase_facts.get("cookies") or [] if verdict(c) == "tracking" and not c.get("deleted")]


def set_after_choice(cookie: Mapping[str, Any]) -> bool:
    """Whether a cookie was first set, or rewritten, at or after the choice click."""
    times = (cookie.get("t_choice_ms"), cookie.get("changed_t_choice_ms"))
    return any(t is not None and float(t) >= 0 for t in times)


def left_in_place(phase_facts: Mapping[str, Any]) -> list[Item]:
    """Tracking cookies set before the choice and neither removed nor renewed after it.

    They show what the site did *before* the choice (``consent-before-choice``), not what it did
    after a rejection: failing to delete them is noted in that check's evidence.
    """
    return [c for c in tracking_cookies(phase_facts) if not set_after_choice(c)]


def is_review_identifier(item: Mapping[str, Any]) -> bool:
    """Unknown but identifier-like and persistent: a person should look at it."""
    c = item.get("classification") or {}
    return c.get("verdict") == "unknown" and c.get("kind") == "identifier"


def row(item: Mapping[str, Any], fields: Iterable[str], phase: str) -> dict[str, Any]:
    out = {k: item.get(k) for k in fields if k in item}
    c = item.get("classification") or {}
    out["why"] = "; ".join(c.get("reasons") or [])
    if c.get("vendor"):
        out["vendor"] = c["vendor"]
    out["phase"] = phase
    return out


def group_finding(meta: CheckMeta, *, phase_facts: Mapping[str, Any], what: str, items: list[Item],
                  fields: Iterable[str], name: Callable[[Item], str], message: str, max_items: int,
                  outcome: str = "violation", extra: Mapping[str, Any] | None = None) -> Finding:
    """One finding listing ``items`` (cookies, storage entries or requests) of one phase."""
    phase = str(phase_facts.get("phase", ""))
    names = sorted({name(i) for i in items})
    shown = ", ".join(names[:8]) + (f", … {len(names) - 8} more" if len(names) > 8 else "")
    evidence: dict[str, Any] = {
        "phase": phase,
        "what": what,
        "count": len(items),
        "choice": phase_facts.get("choice"),
        "choice_at_ms": phase_facts.get("choice_at_ms"),
        "har": phase_facts.get("har"),
        "items": [row(i, fields, phase) for i in items[:max_items]],
    }
    if len(items) > max_items:
        evidence["items_omitted"] = len(items) - max_items
    if extra:
        evidence.update(extra)
    return Finding(check=meta.id, impact=meta.impact, selector="", text=f"{what}: {shown}",
                   evidence=evidence, box=None, frame=0, outcome=outcome,
                   message=message.format(count=len(items), what=what, phase=phase),
                   url=str(phase_facts.get("final_url") or phase_facts.get("url") or ""))


def tcf_finding(meta: CheckMeta, phase_facts: Mapping[str, Any], when: str, message: str) -> Finding | None:
    """A finding when the TC string read at ``when`` (before/after) consents to any purpose."""
    facts = (phase_facts.get("tcf") or {}).get(when)
    purposes = consented_purposes(facts)
    if not purposes:
        return None
    decoded = (facts or {}).get("decoded") or {}
    names = [f"{p}: {PURPOSE_NAMES.get(p, 'purpose ' + str(p))}" for p in purposes]
    evidence = {
        "phase": phase_facts.get("phase"),
        "what": "IAB TCF purpose consents",
        "read": when + " the choice" if when == "before" else "after the choice",
        "tc_string": (facts or {}).get("tc_string"),
        "purposes_consent": purposes,
        "purposes": names,
        "vendors_consent_count": len(decoded.get("vendors_consent") or []),
        "cmp_id": decoded.get("cmp_id"),
        "event_status": ((facts or {}).get("tc_data") or {}).get("eventStatus"),
        "choice": phase_facts.get("choice"),
    }
    return Finding(check=meta.id, impact=meta.impact, selector="", text="TCF purposes consented: " +
                   ", ".join(str(p) for p in purposes), evidence=evidence, box=None, frame=0,
                   message=message.format(purposes=", ".join(str(p) for p in purposes)),
                   url=str(phase_facts.get("final_url") or phase_facts.get("url") or ""))


__all__ = ["COOKIE_FIELDS", "REQUEST_FIELDS", "STORAGE_FIELDS", "group_finding", "is_review_identifier",
           "judged_request", "left_in_place", "phases", "row", "set_after_choice", "tcf_finding",
           "tracking_cookies", "verdict"]
