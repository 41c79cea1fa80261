"""implied-consent: consent recorded, or tracking started, by something that is not a choice.

Judged on the landing phase's behaviour probe: after the landing was observed, the same page
waits (``wait_ms``, on the page's own clock where the browser allows: its timers run fast, and
the page is then opened again in a new tab, itself a non-choice), is scrolled to the bottom,
has its prompt closed with its × control (a control labelled as accepting, "Accept and close
×", is an explicit choice and never clicked) or with Esc, and follows a neutral link to
another page of the site. After each action the state is compared with the state before it:

* tracking cookies or storage not seen before, third-party tracking requests to trackers not
  seen before, or IAB TCF purpose consents appearing: a violation (consent was inferred);
* only the consent manager's stored choice turning into a grant, with nothing tracking yet:
  "needs review" (a stored value's meaning is the CMP's; whether it is acted on later is not
  observed).

Tracking already present before any action is ``consent-before-choice``, not this check; a
notice on a site that sets nothing optional, and a close that leaves everything off, give no
finding.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consentinel.checks._behaviour import (
    behaviour_finding,
    granting,
    rows,
    step_evidence,
    tracker,
    tracking_cookies,
    tracking_requests,
    tracking_storage,
)
from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding
from consentinel.facts.behaviour import phase_behaviour, steps
from consentinel.facts.snapshot import Snapshot
from consentinel.facts.tcf import consented_purposes
from consentinel.facts.tracking import LANDING
from consentinel.tracking.judge import phases

META = CheckMeta(
    id="implied-consent",
    requires=("tracking", "behaviour"),
    impact="critical",
    title="Consent inferred from an action that is not a choice",
    help="Scrolling, waiting, closing the prompt or going on to another page is not consent. The page "
    "recorded consent or started tracking after such an action.",
    legal=legal_refs("implied-consent"),
    options={
        # How long the probe waits without touching anything (ms). 12 s covers banners that
        # "accept on timeout" after 10 s; the scan's own settling comes on top.
        "wait_ms": 12000,
        # Which non-choice actions are judged (all are always performed, in this order;
        # open-again follows a wait on the page's clock: the page opened again in a new tab).
        "actions": ["wait", "open-again", "scroll", "close", "navigate"],
        "max_items": 50,  # offending items listed per finding
    },
)

_WHAT = {
    "wait": "waiting",
    "open-again": "opening the page again",
    "scroll": "scrolling",
    "close": "closing the prompt",
    "navigate": "going on to another page",
}


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    landing = phases(snapshot.tracking).get(LANDING) or {}
    behaviour = phase_behaviour(snapshot.tracking, LANDING)
    baseline = behaviour.get("baseline")
    if not baseline:
        return []
    judged = set(options["actions"])
    cookies = {str(c.get("name")) for c in tracking_cookies(baseline) + tracking_cookies(landing)}
    storage = {str(s.get("key")) for s in tracking_storage(baseline)}
    trackers = {tracker(r) for r in tracking_requests(baseline) + tracking_requests(landing)}
    purposes = set(consented_purposes(baseline.get("tcf"))) | set(
        consented_purposes((landing.get("tcf") or {}).get("before"))
    )
    grants = {(e.get("name"), e.get("value")) for e in granting(baseline)}
    before: Mapping[str, Any] = baseline
    findings: list[Finding] = []
    for step in steps(behaviour):
        state = step.get("state")
        if not state:
            continue
        new_cookies = [c for c in tracking_cookies(state) if str(c.get("name")) not in cookies]
        new_storage = [s for s in tracking_storage(state) if str(s.get("key")) not in storage]
        new_requests = [r for r in tracking_requests(state) if tracker(r) not in trackers]
        new_purposes = sorted(set(consented_purposes(state.get("tcf"))) - purposes)
        new_grants = [e for e in granting(state) if (e.get("name"), e.get("value")) not in grants]
        action = str(step.get("action"))
        if action in judged and (new_cookies or new_storage or new_requests or new_purposes or new_grants):
            started = new_cookies or new_storage or new_requests or new_purposes
            evidence = step_evidence(landing, step, before)
            evidence.update(
                {
                    "new_tcf_purposes_consent": new_purposes,
                # the wait the probe made (the option is what the gatherer was asked for)
                "wait_ms": behaviour.get("wait_ms", options["wait_ms"]),
                    "new_consent_state": [
                        {
                            "name": e.get("name"),
                            "kind": e.get("kind"),
                            "value": e.get("value"),
                            "expires": e.get("expires"),
                        }
                        for e in new_grants
                    ],
                    "items": rows(
                        new_cookies,
                        new_storage,
                        new_requests,
                        phase=LANDING,
                        max_items=int(options["max_items"]),
                    ),
                }
            )
            what = _WHAT.get(action, action)
            if started:
                names = sorted(
                    {str(c.get("name")) for c in new_cookies}
                    | {str(s.get("key")) for s in new_storage}
                    | {tracker(r) for r in new_requests}
                )
                parts = [f"tracking started ({', '.join(names[:8])})"] if names else []
                if new_purposes:
                    parts.append(f"TCF consent recorded for purposes {', '.join(map(str, new_purposes))}")
                message = f"after {what} ({step.get('detail')}): {'; '.join(parts)}"
                findings.append(
                    behaviour_finding(
                        META,
                        landing,
                        text=f"{action}: {'; '.join(parts)}",
                        message=message,
                        evidence=evidence,
                    )
                )
            else:
                names = ", ".join(sorted(str(e.get("name")) for e in new_grants))
                findings.append(
                    behaviour_finding(
                        META,
                        landing,
                        outcome="review",
                        evidence=evidence,
                        text=f"{action}: consent state {names} now grants optional use",
                        message=f"after {what} ({step.get('detail')}) the consent manager stored a grant "
                        f"({names}) "
                        "though nothing tracks yet: check what the stored value allows",
                    )
                )
        cookies |= {str(c.get("name")) for c in tracking_cookies(state)}
        storage |= {str(s.get("key")) for s in tracking_storage(state)}
        trackers |= {tracker(r) for r in tracking_requests(state)}
        purposes |= set(consented_purposes(state.get("tcf")))
        grants |= {(e.get("name"), e.get("value")) for e in granting(state)}
        before = state
    return findings


CHECK = Check(META, evaluate)
