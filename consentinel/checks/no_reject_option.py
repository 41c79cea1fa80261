"""no-reject-option: a prompt's first layer offers accept but no equally direct reject.

Why it matters: refusing must be as easy as accepting (GDPR Art. 7(3) by analogy, EDPB cookie
banner taskforce report 2023 §3.1 "no reject button on the first layer"; CNIL recommendation of
17 Sept 2020; 11 CCR §7004(a)(2) symmetry in choice). The facts come from prompt discovery and
exploration (``snapshot.prompts``): the roles of the first layer's controls and the clicks each
path actually took, so the evidence says e.g. "accept: 1 click, reject: 3 clicks".

Not a finding: a first layer with a reject/decline control (if it is styled weaker, that is
``asymmetric-choice``); a prompt with no accept either (nothing is being pushed); a notice whose
"OK" grants nothing optional, so there is nothing to reject. That is decided from what accepting
did when tracking was recorded (tracking after the accept click makes it a consent prompt), else
from the prompt's own text: "we only use strictly necessary cookies" is a notice, a text naming
optional use is a request, and a text saying neither is left for review.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding, prompts_in_layers
from consentinel.facts.prompt import Prompt
from consentinel.facts.snapshot import Snapshot
from consentinel.lexicon import classify_text
from consentinel.tracking.judge import judged_request, phases, tracking_cookies, verdict

META = CheckMeta(
    id="no-reject-option",
    requires=("prompts",),
    impact="serious",
    title="Consent prompt has no first-layer reject",
    help="Offer a 'Reject all' / 'Decline' on the first layer of the prompt, as direct as 'Accept'.",
    legal=legal_refs("no-reject-option"),
    options={
        # Which prompt layers are judged; the first layer is what the taskforce report assesses.
        "layers": ("first",),
    },
)


def tracking_after_accept(snapshot: Snapshot) -> bool | None:
    """Whether accepting switched tracking on (``None``: no accept phase was recorded).

    Any tracking cookie, storage entry or judged request in the accept phase counts, and so do
    TCF purpose consents read after the click: accepting then grants optional use.
    """
    facts = phases(snapshot.tracking).get("after-accept")
    if not facts or not (facts.get("choice") or {}).get("reached"):
        return None
    storage = [s for s in facts.get("storage") or []
               if verdict(s) == "tracking" and not s.get("removed_after_choice")]
    requests = [r for r in facts.get("requests") or [] if verdict(r) == "tracking" and judged_request(r)]
    tcf = ((facts.get("tcf") or {}).get("after") or {}).get("decoded") or {}
    return bool(tracking_cookies(facts) or storage or requests or tcf.get("purposes_consent"))


def grants_optional(prompt: Prompt, snapshot: Snapshot) -> tuple[bool | None, str]:
    """Whether the prompt's accept grants optional use (``None``: cannot tell), and why."""
    tracked = tracking_after_accept(snapshot)
    if tracked:
        return True, "accepting set or sent tracking"
    text = classify_text(prompt.text, prompt.language or snapshot.lang)
    if any(":necessary_only:" in key for key in text.matched):
        return False, "the prompt says only strictly necessary cookies are used"
    if text.data_use:
        return True, "the prompt's text names optional data use"
    if tracked is False:
        return False, "accepting set or sent no tracking and the text names no optional use"
    return None, "the text names no optional use and no tracking was recorded"


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    findings: list[Finding] = []
    for prompt in prompts_in_layers(snapshot, options["layers"]):
        accepts = prompt.actions_with_role("accept")
        if not accepts or prompt.actions_with_role("reject"):
            continue
        optional, why = grants_optional(prompt, snapshot)
        if optional is False:
            continue
        accept_clicks = prompt.clicks.get("accept")
        reject_clicks = prompt.clicks.get("reject")
        if reject_clicks is None:
            how = "no way to reject was found" if "reject" in prompt.clicks else "reject path not explored"
        else:
            how = f"rejecting took {reject_clicks} clicks"
        first = accepts[0]
        findings.append(Finding(
            check=META.id,
            impact=META.impact,
            selector=prompt.root,
            text=first.shown_text,
            box=prompt.box,
            frame=prompt.frame,
            outcome="violation" if optional else "review",
            message=(f"The prompt's first layer offers {first.shown_text!r} but no reject; "
                     f"accepting took {accept_clicks if accept_clicks is not None else 1} click(s), {how}."
                     + ("" if optional else " Whether accepting grants anything optional is unclear: "
                        "check whether the site uses optional cookies.")),
            evidence={
                "grants_optional": optional,
                "grants_optional_why": why,
                "accept_clicks": accept_clicks,
                "reject_clicks": reject_clicks,
                "paths": prompt.paths,
                "actions": [{"text": a.shown_text, "role": a.role, "kind": a.kind, "reason": a.role_reason}
                            for a in prompt.actions],
                "prompt_kind": prompt.kind,
                "language": prompt.language,
                "cmp_rule": prompt.rule,
            },
        ))
    return findings


CHECK = Check(META, evaluate)
