"""withdrawal-not-easy: once given, consent cannot be taken back as easily, or not at all.

Judged on the after-accept phase's behaviour probe, and only where accepting started optional
processing (tracking cookies, storage or requests after the accept click, or TCF purpose
consents): otherwise there is nothing to withdraw. The probe looks for a visible control that
reopens the choice (a "Cookie settings" / "隐私设置" link or button, a floating icon with such an
aria-label or title; below the fold counts), clicks it, withdraws through the layer it opens
(reject, or every optional toggle off + save), reloads the page and records what still tracks.

* no such control: a violation;
* the reopened layer offers no way to withdraw: a violation; the probe failing otherwise
  (a click that timed out): "needs review";
* more clicks to withdraw, once the choice is reopened, than accepting took: a violation (the
  click on the reopening control itself is not counted: a visible "Cookie settings" link is
  the easy way back that checks.md asks for);
* tracking requests, or tracking cookies set or renewed, after the reload: a violation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consentinel.checks._behaviour import (
    behaviour_finding,
    choice_reached,
    rows,
    screenshots,
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
from consentinel.facts.tracking import AFTER_ACCEPT
from consentinel.tracking.judge import phases, verdict

META = CheckMeta(
    id="withdrawal-not-easy",
    requires=("tracking", "behaviour"),
    impact="serious",
    title="Consent cannot be withdrawn as easily as it was given",
    help="After accepting, a way to reopen the choice must stay on the page, withdrawing must take no more "
    "clicks than accepting did, and tracking must stop once consent is withdrawn.",
    legal=legal_refs("withdrawal-not-easy"),
    options={
        # Extra clicks allowed to withdraw (in the reopened layer) beyond those it took to
        # accept. 0: as easy (GDPR Art. 7(3)).
        "extra_clicks": 0,
        "max_items": 50,
    },
)

_NOT_OFFERED = ("offers no way to withdraw", "opened no consent layer")


def _started_processing(facts: Mapping[str, Any]) -> bool:
    """Accepting started optional processing: tracking after the click, or TCF consents."""

    def after(item: Mapping[str, Any]) -> bool:
        return any(
            (item.get(k) is not None and float(item[k]) >= 0) for k in ("t_choice_ms", "changed_t_choice_ms")
        )

    cookies = [c for c in facts.get("cookies") or [] if verdict(c) == "tracking" and after(c)]
    storage = [
        s
        for s in facts.get("storage") or []
        if verdict(s) == "tracking" and (not s.get("before_choice") or s.get("changed_after_choice"))
    ]
    requests = [r for r in facts.get("requests") or [] if verdict(r) == "tracking" and after(r)]
    return bool(cookies or storage or requests or consented_purposes((facts.get("tcf") or {}).get("after")))


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    accept = phases(snapshot.tracking).get(AFTER_ACCEPT)
    behaviour = phase_behaviour(snapshot.tracking, AFTER_ACCEPT)
    if not behaviour or not choice_reached(accept) or not _started_processing(accept or {}):
        return []
    assert accept is not None
    accept_clicks = behaviour.get("accept_clicks")
    base = {
        "what": "withdrawing consent",
        "accept_clicks": accept_clicks,
        "withdraw_clicks": behaviour.get("clicks"),
        "clicked_to_withdraw": behaviour.get("clicked"),
        "reopen_controls": behaviour.get("reopen"),
        "choice": accept.get("choice"),
    }
    if not behaviour.get("reopen"):
        shot = {"screenshot_after": behaviour.get("screenshot")}
        evidence = {**base, "screenshots": screenshots(accept, shot)}
        return [
            behaviour_finding(
                META,
                accept,
                evidence=evidence,
                text="no control to reopen the consent choice",
                message="after accepting, no link, icon or button to reopen the choice was found on the page",
            )
        ]
    by_action = {str(s.get("action")): s for s in steps(behaviour)}
    withdraw = by_action.get("withdraw") or {}
    if behaviour.get("clicks") is None:
        error = str(
            behaviour.get("error") or withdraw.get("error") or "the withdrawal could not be completed"
        )
        outcome = "violation" if any(part in error for part in _NOT_OFFERED) else "review"
        return [
            behaviour_finding(
                META,
                accept,
                outcome=outcome,
                evidence={**base, **step_evidence(accept, withdraw, None), "error": error},
                text=f"withdrawal: {error}",
                message=f"consent could not be withdrawn: {error}",
            )
        ]
    findings: list[Finding] = []
    clicks = int(behaviour["clicks"])
    clicked = ", ".join(map(repr, behaviour.get("clicked") or []))
    if accept_clicks is not None and clicks > int(accept_clicks) + int(options["extra_clicks"]):
        findings.append(
            behaviour_finding(
                META,
                accept,
                evidence={**base, **step_evidence(accept, withdraw, None)},
                text=f"{clicks} clicks to withdraw, {accept_clicks} to accept",
                message=f"withdrawing took {clicks} clicks ({clicked}) against {accept_clicks} to accept",
            )
        )
    reload = by_action.get("reload")
    state = (reload or {}).get("state")
    if state:
        before = withdraw.get("state") or {}
        old = {(c.get("name"), c.get("value_digest")) for c in tracking_cookies(before)}
        cookies = [c for c in tracking_cookies(state) if (c.get("name"), c.get("value_digest")) not in old]
        storage = [
            s
            for s in tracking_storage(state)
            if s.get("key") not in {b.get("key") for b in tracking_storage(before)}
        ]
        requests = tracking_requests(state)
        if cookies or storage or requests:
            names = sorted(
                {str(c.get("name")) for c in cookies}
                | {str(s.get("key")) for s in storage}
                | {tracker(r) for r in requests}
            )
            shown = ", ".join(names[:8])
            evidence = {
                **base,
                **step_evidence(accept, reload or {}, before),
                "items": rows(
                    cookies, storage, requests, phase=AFTER_ACCEPT, max_items=int(options["max_items"])
                ),
            }
            findings.append(
                behaviour_finding(
                    META,
                    accept,
                    evidence=evidence,
                    text=f"tracking after withdrawal: {shown}",
                    message=f"after withdrawing consent and reloading, tracking went on ({shown})",
                )
            )
    return findings


CHECK = Check(META, evaluate)
