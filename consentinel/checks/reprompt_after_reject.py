"""reprompt-after-reject: the prompt asks again after "reject", or the refusal is forgotten soon.

Judged on the after-reject phase's behaviour probe (the same context reloads the page, then
follows a link to a second page of the site) and on how long each choice is stored:

* a prompt asking for a decision on reload or on the second page: a violation;
* the refusal kept for less than ``min_lifetime_ratio`` of an acceptance's lifetime, both read
  from the consent manager's state (cookie expiry; localStorage counts as kept indefinitely,
  sessionStorage and session cookies as 0 days), the acceptance in its own after-accept
  context: a violation. A refusal that is not stored anywhere we recognise, while the prompt
  did stay away, is "needs review" (it may sit under a name we do not know, or server-side).

Not a finding: a floating icon that reopens the choice (it does not ask for a decision), the
prompt coming back in a new profile or after the stored refusal expired.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from consentinel.checks._behaviour import behaviour_finding, choice_reached, screenshots
from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding
from consentinel.facts.behaviour import CONSENT_STATE_NAME, phase_behaviour, steps
from consentinel.facts.snapshot import Snapshot
from consentinel.facts.tracking import AFTER_ACCEPT, AFTER_REJECT
from consentinel.tracking.judge import phases

META = CheckMeta(
    id="reprompt-after-reject",
    requires=("tracking", "behaviour"),
    impact="moderate",
    title="The refusal is not respected: asked again, or forgotten sooner than consent",
    help="After the visitor refused, the prompt must not come back on the next page or a reload, and the "
    "refusal must be kept as long as an acceptance would be.",
    legal=legal_refs("reprompt-after-reject"),
    options={
        # The refusal must be kept at least this fraction of the acceptance's lifetime (CNIL:
        # refusal kept as long as consent; half leaves room for CMPs that round differently).
        "min_lifetime_ratio": 0.5,
    },
)

DAY_S = 86400.0


def _started(facts: Mapping[str, Any]) -> float | None:
    try:
        return datetime.fromisoformat(str(facts.get("started_at"))).timestamp()
    except ValueError:
        return None


def _is_state(item: Mapping[str, Any], name_key: str) -> bool:
    kind = (item.get("classification") or {}).get("kind")
    return kind == "consent-state" or bool(CONSENT_STATE_NAME.search(str(item.get(name_key) or "")))


def stored_lifetime(facts: Mapping[str, Any] | None) -> tuple[float | None, list[dict[str, Any]]]:
    """Days the phase's choice is kept (``inf`` in localStorage, 0 in a session cookie or
    sessionStorage) and the entries that store it; ``None`` when nothing recognisable stores it."""
    if not facts:
        return None, []
    started = _started(facts)
    entries: list[dict[str, Any]] = []
    days: list[float] = []
    for cookie in facts.get("cookies") or []:
        if cookie.get("deleted") or not _is_state(cookie, "name"):
            continue
        expires = cookie.get("expires")
        if expires is None or float(expires) <= 0 or started is None:
            lifetime = 0.0
        else:
            lifetime = max(0.0, (float(expires) - started) / DAY_S)
        days.append(lifetime)
        entries.append(
            {"kind": "cookie", "name": cookie.get("name"), "expires": expires, "days": round(lifetime, 1)}
        )
    for entry in facts.get("storage") or []:
        if entry.get("removed_after_choice") or not _is_state(entry, "key"):
            continue
        lifetime = math.inf if entry.get("area") == "localStorage" else 0.0
        days.append(lifetime)
        entries.append(
            {
                "kind": entry.get("area"),
                "name": entry.get("key"),
                "days": "until cleared" if lifetime == math.inf else 0,
            }
        )
    return (max(days) if days else None), entries


def _shown(days: float | None) -> Any:
    return "until cleared" if days == math.inf else (None if days is None else round(days, 1))


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    all_phases = phases(snapshot.tracking)
    reject = all_phases.get(AFTER_REJECT)
    if not choice_reached(reject):
        return []
    assert reject is not None
    findings: list[Finding] = []
    behaviour = phase_behaviour(snapshot.tracking, AFTER_REJECT)
    timeline = [
        {
            "action": s.get("action"),
            "detail": s.get("detail"),
            "url": (s.get("state") or {}).get("url"),
            "prompt_asking": s.get("prompt_asking"),
            "error": s.get("error"),
            "screenshots": screenshots(reject, s),
        }
        for s in steps(behaviour)
    ]
    asked = [t for t in timeline if t["prompt_asking"]]
    if asked:
        where = " and ".join(str(t["action"]) for t in asked)
        findings.append(
            behaviour_finding(
                META,
                reject,
                text=f"the consent prompt asked again after reject ({where})",
                message=f"after rejecting, the prompt asked again on {where}",
                evidence={"what": "prompt shown again", "choice": reject.get("choice"), "timeline": timeline},
            )
        )
    refusal_days, refusal_entries = stored_lifetime(reject)
    accept = all_phases.get(AFTER_ACCEPT)
    accept_days, accept_entries = stored_lifetime(accept) if choice_reached(accept) else (None, [])
    if not accept_days:  # no acceptance stored (or none observed): nothing to compare against
        return findings
    ratio = float(options["min_lifetime_ratio"])
    evidence = {
        "what": "lifetimes of the stored choices",
        "refusal_days": _shown(refusal_days),
        "acceptance_days": _shown(accept_days),
        "min_lifetime_ratio": ratio,
        "refusal_stored_in": refusal_entries,
        "acceptance_stored_in": accept_entries,
        "timeline": timeline,
    }
    kept = refusal_days or 0.0
    if kept >= ratio * accept_days:
        return findings
    if refusal_days is None and timeline and not asked:
        findings.append(
            behaviour_finding(
                META,
                reject,
                outcome="review",
                evidence=evidence,
                text="no stored refusal recognised",
                message="no stored refusal was recognised (cookie or storage), though the prompt stayed "
                "away: "
                "check where and for how long the refusal is kept",
            )
        )
        return findings
    findings.append(
        behaviour_finding(
            META,
            reject,
            evidence=evidence,
            text=f"refusal kept {_shown(kept)} days, acceptance {_shown(accept_days)} days",
            message=f"the refusal is kept {_shown(kept)} days (session or not stored counts as 0) against "
            f"{_shown(accept_days)} days for an acceptance",
        )
    )
    return findings


CHECK = Check(META, evaluate)
