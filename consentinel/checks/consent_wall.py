"""consent-wall: the first layer blocks the page and only consenting (or paying) lets one on.

Why it matters: consent is not freely given when access depends on it (GDPR Art. 7(4),
Recital 42-43; EDPB Guidelines 05/2020 §§ 39-41 on cookie walls), and a refusal must not cost
the service (PIPL Art. 16; DPDP Act 2023 s.6). A blocking dialog whose only exits are "Accept",
"Subscribe" or "Disagree and exit" ("不同意并退出") leaves the visitor no free choice.

Facts (``snapshot.prompts``, gathered by prompt discovery): the share of the viewport owned by
the prompt or its backdrop (``coverage``, sampled hit tests), why html/body scrolling is locked
(``scroll_lock``), and the roles of the first layer's controls. A prompt *blocks the page* when
``coverage >= min_coverage`` or scrolling is locked. Each control is then judged as a way on
(continuing without consenting, in one click) or not:

* a reject ("Reject all", "Continue without accepting", "不同意") is a way on, unless its text
  says it ends the visit ("不同意并退出", "Decline and leave the site": ``ends_visit`` phrases);
* a close control (×) is a way on when ``close_is_way_on`` (what closing records is
  ``implied-consent``'s question), again unless it ends the visit;
* a save ("Accept selected") is a way on only when every optional toggle on the layer is off;
* accept grants consent, pay asks money, settings opens another layer (a route through
  settings is not a way on), links lead to other documents: none of them is a way on.

Where the facts cannot decide, the outcome is ``review``, never a guess: a save control whose
toggles' state is unknown; with ``unknown_role_needs_review``, also a button whose role nothing
decides (a bare "Continue reading"). By default such buttons are listed but not counted as a
way on: CMP dialogs are full of them and none lets one on.

Not a finding: a blocking dialog with a one-click reject or a "continue without accepting"
control; a prompt that blocks nothing (a bottom bar).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding, finding_for_prompt, prompts_in_layers
from consentinel.facts.prompt import Prompt, PromptAction
from consentinel.facts.snapshot import Snapshot
from consentinel.lexicon import classify_control
from consentinel.prompts.roles import ends_visit

META = CheckMeta(
    id="consent-wall",
    requires=("prompts",),
    impact="serious",
    title="Consent prompt blocks the page until the visitor consents",
    help="Let visitors go on without consenting in one click: a 'Reject all' or 'Continue without "
         "accepting' on the blocking layer (not 'Subscribe', not 'Disagree and exit').",
    legal=legal_refs("consent-wall"),
    options={
        "layers": ("first",),
        # checks.md: ">= 80 % of the viewport owned by the prompt or its overlay". A bottom bar
        # owns ~15-30 %, a centred box without backdrop ~30-50 %, a full-screen wall ~100 %.
        "min_coverage": 0.8,
        # A prompt that locks html/body scrolling blocks the page whatever its size (checks.md).
        "scroll_lock_blocks": True,
        # Closing with x lets the visitor on; whether closing records consent is judged by
        # implied-consent, so here it counts as a way on. False: only a reject counts.
        "close_is_way_on": True,
        # A button whose role nothing decides: True makes the outcome "review" (it might let
        # the visitor on); False lists it in the evidence as not a way on.
        "unknown_role_needs_review": False,
    },
)

WAY_ON = "way on"
NOT_WAY_ON = "not a way on"
UNCLEAR = "unclear"


def _optional_on(prompt: Prompt) -> list[str] | None:
    """Labels of optional toggles switched on in ``prompt``; None when a state is unknown."""
    on: list[str] = []
    for toggle in prompt.toggles:
        verdict = classify_control(toggle.label)
        if toggle.disabled or verdict.necessary or verdict.opt_out:
            continue
        if toggle.checked is None:
            return None
        if toggle.checked:
            on.append(toggle.label)
    return on


def judge_control(prompt: Prompt, action: PromptAction, options: Mapping[str, Any]) -> tuple[str, str]:
    """Whether ``action`` lets the visitor on without consenting: ``(verdict, why)``."""
    leaving = ends_visit(action)
    if leaving:
        return NOT_WAY_ON, f"ends the visit ({leaving})"
    role = action.role
    if role == "reject":
        return WAY_ON, "refuses in one click"
    if role == "close":
        if options["close_is_way_on"]:
            return WAY_ON, "closes the prompt in one click"
        return NOT_WAY_ON, "closes the prompt (not counted: close_is_way_on is off)"
    if role == "save":
        on = _optional_on(prompt)
        if on is None:
            return UNCLEAR, "saves a selection whose toggles' state is unknown"
        if on:
            return NOT_WAY_ON, f"saves a selection with optional processing on ({', '.join(on)[:200]})"
        return WAY_ON, "saves a selection with every optional purpose off"
    if role == "accept":
        return NOT_WAY_ON, "grants consent"
    if role == "pay":
        return NOT_WAY_ON, "asks the visitor to pay"
    if role == "settings":
        return NOT_WAY_ON, "opens a settings layer (a route through settings is not a way on)"
    if action.kind == "link":
        return NOT_WAY_ON, "a link to another document (the wall stays)"
    if options["unknown_role_needs_review"]:
        return UNCLEAR, "its role could not be told"
    return NOT_WAY_ON, "its role is unknown (not counted as a way on)"


def blocking_reasons(prompt: Prompt, options: Mapping[str, Any]) -> list[str]:
    """Why the prompt blocks the page (empty: it does not, or it was not measured)."""
    reasons: list[str] = []
    if prompt.coverage is not None and prompt.coverage >= float(options["min_coverage"]):
        reasons.append(f"owns {prompt.coverage:.0%} of the viewport")
    if options["scroll_lock_blocks"] and prompt.scroll_lock:
        reasons.append(f"scrolling locked ({'; '.join(prompt.scroll_lock)})")
    return reasons


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    findings: list[Finding] = []
    for prompt in prompts_in_layers(snapshot, options["layers"]):
        blocking = blocking_reasons(prompt, options)
        if not blocking:
            continue
        judged = [(action, *judge_control(prompt, action, options)) for action in prompt.actions]
        if any(verdict == WAY_ON for _, verdict, _ in judged):
            continue
        unclear = [action.shown_text for action, verdict, _ in judged if verdict == UNCLEAR]
        if unclear:
            outcome = "review"
            message = (f"The prompt blocks the page ({'; '.join(blocking)}) and no control clearly lets the "
                       f"visitor on without consenting; check whether {', '.join(map(repr, unclear))} does.")
        else:
            outcome = "violation"
            message = (f"The prompt blocks the page ({'; '.join(blocking)}) and none of its "
                       f"{len(judged)} control(s) lets the visitor on without consenting or paying.")
        findings.append(finding_for_prompt(META, prompt, outcome=outcome, message=message, evidence={
            "blocking": blocking,
            "coverage": prompt.coverage,
            "overlay": prompt.overlay,
            "scroll_lock": prompt.scroll_lock,
            "controls": [{"text": action.shown_text, "role": action.role, "kind": action.kind,
                          "verdict": verdict, "why": why} for action, verdict, why in judged],
            "clicks": prompt.clicks,
            "thresholds": {"min_coverage": options["min_coverage"]},
        }))
    return findings


CHECK = Check(META, evaluate)
