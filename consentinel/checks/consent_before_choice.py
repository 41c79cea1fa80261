"""consent-before-choice: non-essential cookies/storage set, or tracking requests sent, before
the visitor made any choice.

Judged on the ``landing`` phase of ``Snapshot.tracking`` (a fresh context that loads the page
and waits, clicking nothing). When a run recorded no landing phase, the part of the accept and
reject phases before their choice click stands in. What is *not* a finding (checks.md): the
consent manager's own state cookie and first-party session/CSRF cookies (classified
``necessary`` in ``consentinel/tracking/data/cookies.yaml``). Persistent cookies or storage with
identifier-like values that no rule names are reported as "needs review", never as violations.
Tracking cookies of the reject phase that were set before the choice and still there after the
rejection are named in the cookie finding's evidence (``not_removed_after_reject``): the
rejection did not undo them, which ``consent-after-reject`` leaves to this check.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding
from consentinel.facts.snapshot import Snapshot
from consentinel.tracking.judge import (
    COOKIE_FIELDS,
    REQUEST_FIELDS,
    STORAGE_FIELDS,
    group_finding,
    is_review_identifier,
    judged_request,
    left_in_place,
    phases,
    tcf_finding,
    verdict,
)

META = CheckMeta(
    id="consent-before-choice",
    requires=("tracking",),
    impact="critical",
    title="Tracking before any consent choice",
    help="Non-essential cookies or storage are set, or third-party tracking requests sent, before the "
         "visitor accepted or rejected anything. Storage on the device needs prior consent unless strictly "
         "necessary.",
    legal=legal_refs("consent-before-choice"),
    options={
        "max_items": 50,  # offending items listed per finding; the rest are counted
        "review_identifiers": True,  # unknown identifier-like cookies/storage -> "needs review"
        "tcf": True,  # TCF purposes consented in the TC string read before the choice
        # first-party requests are never judged tracking, except measurement hits (Google tag
        # pings through a server-side tagging host on the site's own domain)
        "third_party_only_requests": True,
    },
)

_MESSAGE = "{count} {what} before any choice (phase {phase})"


def _before_choice(items: list[dict[str, Any]], landing: bool) -> list[dict[str, Any]]:
    """Items of the landing phase (all of them), else those seen before the choice click."""
    if landing:
        return items
    return [i for i in items
            if i.get("before_choice") is True or (i.get("t_choice_ms") is not None and i["t_choice_ms"] < 0)]


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    all_phases = phases(snapshot.tracking)
    landing = all_phases.get("landing")
    sources = [(landing, True)] if landing else [(p, False) for p in all_phases.values()]
    findings: list[Finding] = []
    max_items = int(options["max_items"])
    reject = all_phases.get("after-reject") or {}
    rejected = bool((reject.get("choice") or {}).get("reached"))
    kept = sorted({str(c.get("name")) for c in left_in_place(reject)}) if rejected else []
    for facts, is_landing in sources:
        cookies = _before_choice(list(facts.get("cookies") or []), is_landing)
        storage = _before_choice(list(facts.get("storage") or []), is_landing)
        requests = _before_choice(list(facts.get("requests") or []), is_landing)
        if options["third_party_only_requests"]:
            requests = [r for r in requests if judged_request(r)]
        groups = (
            ("non-essential cookies set", cookies, COOKIE_FIELDS, lambda i: str(i.get("name"))),
            ("non-essential storage entries written", storage, STORAGE_FIELDS, lambda i: str(i.get("key"))),
            ("third-party tracking requests sent", requests, REQUEST_FIELDS,
             lambda i: str((i.get("classification") or {}).get("vendor") or i.get("url", "")[:80])),
        )
        for what, items, fields, name in groups:
            tracking = [i for i in items if verdict(i) == "tracking"]
            if tracking:
                is_cookies = what == "non-essential cookies set"
                extra = {"not_removed_after_reject": kept} if kept and is_cookies else None
                findings.append(group_finding(META, phase_facts=facts, what=what, items=tracking,
                                              fields=fields, name=name, message=_MESSAGE,
                                              max_items=max_items, extra=extra))
            if options["review_identifiers"] and what != "third-party tracking requests sent":
                unknown = [i for i in items if is_review_identifier(i)]
                if unknown:
                    findings.append(group_finding(
                        META, phase_facts=facts,
                        what=what.replace("non-essential", "unclassified identifier"), items=unknown,
                        fields=fields, name=name, outcome="review", max_items=max_items,
                        message="{count} {what} before any choice (phase {phase}): no rule says whether "
                                "they track; check what they are for"))
        if options["tcf"]:
            tcf = tcf_finding(META, facts, "before",
                              "the IAB TCF string grants purpose consent(s) {purposes} before any choice")
            if tcf is not None:
                findings.append(tcf)
    return findings


CHECK = Check(META, evaluate)
