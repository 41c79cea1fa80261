"""bundled-consent: consent to optional data use tied to an unrelated action.

Two shapes, both from the Alipay 2017 annual-bill case and the EDPB's "continuing to use" note:

* a sentence that binds a grant to doing something else: "By viewing your summary you agree to
  share your data with …", "查看账单即表示您同意《芝麻服务协议》", or a button label that does
  both ("View my bill and share my data with Sesame Credit");
* a bare grant ("You agree that we may share your transaction data with …") sitting by a single
  Continue/Submit-style button, with no consent choice of its own.

A grant of the processing of the visitor's own personal data tied to merely using the site ("By
using our website, you consent to the collection and use of your information") is bundled too,
though it names no optional use: continuing to use a site is no indication of wishes (EDPB
Guidelines 05/2020 on consent, §86).

Not findings: "By continuing you agree to our Terms" (no optional data use); an action that *is*
the consent ("By clicking Accept…", "By ticking this box…"); a newsletter form, where the button
the sentence is about subscribes to the very mail it grants ("By signing up, you agree to receive
our emails" beside "Subscribe"; not when partners or any other use are named); and any such notice
next to a separate, unticked consent control (then the person does have a choice).

The finding sits on the sentence (what a reviewer reads) and its evidence names the action it
bundles with: the button the sentence names, else one in the same form, else the nearest.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from consentinel.checks._consent import CHOICE_ROLES, action_label_role
from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding, finding_for
from consentinel.facts.snapshot import Action, Box, Control, Element, Snapshot, TextBlock
from consentinel.lexicon.wording import (
    WordingMatch,
    grants_only_own_mail,
    in_closed_layer,
    is_consent_choice_action,
    is_subscription_action,
    match_bundled_action_label,
    match_bundled_control_label,
    match_bundled_sentence,
    mentions_data_use,
    normalise,
)

META = CheckMeta(
    id="bundled-consent",
    requires=("snapshot", "layers"),
    impact="serious",
    title="Consent to data use bundled with an unrelated action",
    help=(
        "Permission for optional data use (sharing with partners, marketing, credit scoring, "
        "profiling, tracking) is granted by doing something else: viewing, continuing, signing "
        "up, tapping Share. Ask separately, with an unticked control, and let the person do the "
        "main action without agreeing."
    ),
    legal=legal_refs("bundled-consent"),
    options={
        # How far (CSS px, gap between boxes) a button may be from a sentence to count as the
        # button it captions when they share no form. 300 px is about a phone screen's third:
        # further away a reader no longer takes the sentence as the button's small print.
        "max_action_distance_px": 300.0,
        # Also judge button/link labels that combine an action with a grant.
        "check_action_labels": True,
    },
)


def _gap(a: Box, b: Box) -> float:
    """Distance between two boxes' edges (0 when they touch or overlap)."""
    dx = max(0.0, a.x - (b.x + b.width), b.x - (a.x + a.width))
    dy = max(0.0, a.y - (b.y + b.height), b.y - (a.y + a.height))
    return math.hypot(dx, dy)


def _related(block: TextBlock, element: Element, max_distance: float) -> bool:
    if element.frame != block.frame:
        return False
    if block.form is not None and element.form == block.form:
        return True
    return _gap(block.box, element.box) <= max_distance


def _related_actions(snapshot: Snapshot, block: TextBlock, max_distance: float) -> list[Action]:
    """Buttons the sentence may be about, best first: real buttons before links (a link is
    usually the agreement named *in* the consent text), then by distance."""
    actions = [a for a in snapshot.actions if a.text.strip() and _related(block, a, max_distance)]
    return sorted(actions, key=lambda a: (a.kind == "link", _gap(block.box, a.box)))


def _unticked_consent_controls(snapshot: Snapshot) -> list[Control]:
    """The page's unticked controls whose label names a data use: the separate choices a bundling
    notice may sit beside. Read once per snapshot, so a page of many notices and many boxes costs
    one label reading per box, not one per notice and box."""
    return [control for control in snapshot.controls
            if control.checked is False
            and mentions_data_use(" ".join((control.label, control.group_label)))]


def _has_unticked_consent_control(controls: list[Control], block: TextBlock, max_distance: float) -> bool:
    return any(_related(block, control, max_distance) for control in controls)


def _trigger_clause(match: WordingMatch) -> str:
    """The part of the sentence that names the action: from the trigger up to the grant.

    "By tapping Share, you agree that we may share…" -> "By tapping Share, you ". Looking only
    here keeps the verb "share" in the grant from being read as the name of a Share button.
    """
    sentence = match.sentence
    trigger, grant = match.phrases[0], match.phrases[1]
    start = sentence.find(trigger)
    if start < 0:
        return ""
    end = sentence.find(grant, start + len(trigger))
    return sentence[start:end if end > start else start + len(trigger)]


#: A button name shorter than this ("X", ">") occurs inside almost any clause by chance, so it
#: is never taken as the button the sentence names.
MIN_NAMED_ACTION_CHARS = 2


def _tied_action(actions: list[Action], match: WordingMatch, tied: bool) -> tuple[Action | None, str]:
    """The button a sentence is about: named in its trigger clause, else the best related one."""
    if tied:
        clause = normalise(_trigger_clause(match)).casefold()
        for action in actions:
            name = normalise(action.text).casefold()
            if len(name) >= MIN_NAMED_ACTION_CHARS and name in clause:
                return action, "named-in-sentence"
    if actions:
        return actions[0], "same-form" if actions[0].form is not None else "nearest"
    return None, "none"


def _action_evidence(action: Action | None, how: str) -> dict[str, Any] | None:
    if action is None:
        return None
    return {"selector": action.selector, "text": action.text, "uid": action.uid,
            "kind": action.kind, "how": how}


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    """Findings for bundling sentences (tied to their action) and bundling button labels."""
    max_distance = float(options["max_action_distance_px"])
    control_uids = {c.uid for c in snapshot.controls}
    separate_choices = _unticked_consent_controls(snapshot)
    findings: list[Finding] = []
    for block in snapshot.texts:
        if in_closed_layer(block):
            continue  # judged when its layer is open
        if block.control and block.control in control_uids:
            # The label of a consent control is that separate control, not bundling, unless its one
            # tick also asks for the service ("I want to enter the draw and agree to partner offers").
            coupled = match_bundled_control_label(block.text)
            if coupled is not None:
                findings.append(finding_for(
                    META, block, block.text, {**coupled.evidence(), "action": None},
                    f"Consent to data use is bundled with the request in one box: {coupled.rule}",
                ))
            continue
        bundled = match_bundled_sentence(block.text)
        if bundled is None or _has_unticked_consent_control(separate_choices, block, max_distance):
            continue
        if not bundled.tied_to_action and action_label_role(block, snapshot) in CHOICE_ROLES:
            continue  # the label of an accept/reject button is that choice, not a bundling notice
        actions = _related_actions(snapshot, block, max_distance)
        if not bundled.tied_to_action and (
            not actions or any(is_consent_choice_action(a.text) for a in actions)
        ):
            continue  # a bare grant only bundles beside a button that is not itself a choice
        action, how = _tied_action(actions, bundled.match, bundled.tied_to_action)
        if (action is not None and is_subscription_action(action.text)
                and grants_only_own_mail(bundled.match.sentence, bundled.match.language)):
            continue  # a newsletter form: the button subscribes to the very mail granted
        evidence = {**bundled.match.evidence(), "action": _action_evidence(action, how)}
        target = f" with {action.text!r}" if action else ""
        findings.append(finding_for(
            META, block, block.text, evidence,
            f"Consent to data use is bundled{target}: {bundled.match.rule}",
        ))
    if options["check_action_labels"]:
        for action in snapshot.actions:
            if in_closed_layer(action):
                continue
            match = match_bundled_action_label(action.text)
            if match is not None:
                evidence = {**match.evidence(), "action": _action_evidence(action, "label")}
                findings.append(finding_for(
                    META, action, action.text, evidence,
                    "Button label bundles an action with consent to data use",
                ))
    return findings


CHECK = Check(META, evaluate)
