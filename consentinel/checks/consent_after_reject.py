"""consent-after-reject: tracking cookies/storage/requests continue after the visitor rejected.

Judged on the ``after-reject`` phase of ``Snapshot.tracking``: a fresh context loads the page,
waits, rejects through the consent prompt (first-layer "Reject all", or settings -> reject /
every optional toggle off -> save), waits again, then reloads the page in the same context and
waits once more: the visitor's next page view (``phase["next_view"]``), where many consent
managers first act on a refusal (tarteaucitron runs a refused service's ``fallback()`` at page
load). Violations are tracking items that appear *after the decisive click*, the next page view
included: cookies first set or rewritten, storage entries written or changed,
third-party tracking requests started, and IAB TCF purpose consents in the TC string read after
the rejection. Storing the rejection itself (the CMP's state cookie) is never a finding. Tracking
cookies set before the choice and merely left in place after it are not judged here: they show
what the site did before the choice, so ``consent-before-choice`` reports them (noting in its
evidence that the rejection did not remove them). Anything the site renews or sends after the
click is judged here: a page whose analytics is not gated at all tracks again on the next page
view, so it is reported here as well as before the choice.

When no rejection could be made (no prompt, no reject path) there is nothing to judge here:
``no-reject-option`` reports the missing path.
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
    judged_request,
    phases,
    set_after_choice,
    tcf_finding,
    tracking_cookies,
    verdict,
)

META = CheckMeta(
    id="consent-after-reject",
    requires=("tracking",),
    impact="critical",
    title="Tracking after the visitor rejected",
    help="Tracking cookies, storage or requests continue after the visitor rejected consent. A refusal must "
         "be as effective as an acceptance; only storing the refusal itself is allowed.",
    legal=legal_refs("consent-after-reject"),
    options={
        "max_items": 50,  # offending items listed per finding; the rest are counted
        # Requests starting within this many ms after the click are still judged: a tracker fired
        # by the reject click itself is tracking after reject. Raise it to tolerate in-flight
        # beacons a page started a moment before the click.
        "grace_ms": 0,
        "tcf": True,  # TCF purposes consented in the TC string read after the rejection
    },
)

_MESSAGE = "{count} {what} after the reject click (phase {phase})"


def _after(value: Any, grace_ms: float) -> bool:
    return value is not None and float(value) >= grace_ms


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    facts = phases(snapshot.tracking).get("after-reject")
    if not facts or not (facts.get("choice") or {}).get("reached"):
        return []
    grace = float(options["grace_ms"])
    max_items = int(options["max_items"])
    new_cookies = [c for c in tracking_cookies(facts) if set_after_choice(c)]
    storage = [s for s in facts.get("storage") or [] if verdict(s) == "tracking"
               and not s.get("removed_after_choice")
               and (not s.get("before_choice") or s.get("changed_after_choice"))]
    requests = [r for r in facts.get("requests") or []
                if verdict(r) == "tracking" and judged_request(r)
                and _after(r.get("t_choice_ms"), grace)]
    findings: list[Finding] = []
    groups = (
        ("tracking cookies set or renewed", new_cookies, COOKIE_FIELDS, lambda i: str(i.get("name"))),
        ("tracking storage entries written", storage, STORAGE_FIELDS, lambda i: str(i.get("key"))),
        ("third-party tracking requests sent", requests, REQUEST_FIELDS,
         lambda i: str((i.get("classification") or {}).get("vendor") or i.get("url", "")[:80])),
    )
    for what, items, fields, name in groups:
        if items:
            findings.append(group_finding(META, phase_facts=facts, what=what, items=items, fields=fields,
                                          name=name, message=_MESSAGE, max_items=max_items))
    if options["tcf"]:
        tcf = tcf_finding(META, facts, "after",
                          "the IAB TCF string still grants purpose consent(s) {purposes} after reject")
        if tcf is not None:
            findings.append(tcf)
    return findings


CHECK = Check(META, evaluate)
