"""no-reject-option: a prompt's first layer offers accept but no equally direct reject.

Why it matters: refusing must be as easy as accepting (GDPR Art. 7(3) by analogy, EDPB cookie
banner taskforce report 2023 §3.1 "no reject button on the first layer"; CNIL recommendation of
17 Sept 2020; 11 CCR §7004(a)(2) symmetry in choice). The facts come from prompt discovery and
exploration (``snapshot.prompts``): the roles of the first layer's controls and the clicks each
path actually took, so the evidence says e.g. "accept: 1 click, reject: 3 clicks".

Not a finding: a first layer with a reject/decline control (if it is styled weaker, that is
``asymmetric-choice``); a prompt with no accept either (nothing is being pushed).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding
from consentinel.facts.prompt import Prompt
from consentinel.facts.snapshot import Snapshot

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


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    findings: list[Finding] = []
    layers = set(options["layers"])
    for raw in snapshot.prompts:
        prompt = Prompt.from_dict(raw)
        if prompt.layer not in layers:
            continue
        accepts = prompt.actions_with_role("accept")
        if not accepts or prompt.actions_with_role("reject"):
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
            message=(f"The prompt's first layer offers {first.shown_text!r} but no reject; "
                     f"accepting took {accept_clicks if accept_clicks is not None else 1} click(s), {how}."),
            evidence={
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
