"""Shared helpers for the consent checks: lexicon verdicts for snapshot elements.

Checks stay small pure functions; what several of them need to agree on lives here once:
how a control or a text block is classified (with the page language as a hint), whether a
consent control is effectively *on*, and how page text is trimmed for a finding.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from consentinel.facts.snapshot import Box, Control, Element, Snapshot, TextBlock
from consentinel.lexicon import ControlVerdict, TextVerdict, classify_control, classify_text
from consentinel.prompts.roles import classify_text as action_role

#: A finding's ``text`` is trimmed to about this many characters (the full text stays in the
#: snapshot): enough to quote a consent sentence, short enough for a report table.
TEXT_LIMIT = 300


def trim(text: str, limit: int = TEXT_LIMIT) -> str:
    """Collapse whitespace and cut ``text`` to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def control_verdict(control: Control) -> ControlVerdict:
    """Classify a control from its label, group label and nearby text."""
    return classify_control(control.label, control.context_text, control.group_label)


def text_verdict(block: TextBlock, snapshot: Snapshot) -> TextVerdict:
    """Classify a text block, with its own ``lang`` (or the page's) as a language hint.

    The text of a refusal the reader can click ("Only accept technically necessary cookies")
    names cookies and "accept" but grants nothing: it is never consent text.
    """
    verdict = classify_text(block.text, block.lang or snapshot.lang)
    if verdict.consent and action_label_role(block, snapshot) == "reject":
        return replace(verdict, consent=False, grants=False, assent=False)
    return verdict


#: Roles of a button that is itself a consent choice (consentinel.prompts.roles).
CHOICE_ROLES = frozenset({"accept", "reject", "save", "settings"})


def action_label_role(block: TextBlock, snapshot: Snapshot) -> str | None:
    """The role of the clickable action whose label ``block`` is, or None when it is none's.

    A text block that is only a button's label ("Allow all cookies", "Only accept technically
    necessary cookies") is that button: a choice, not a sentence of the notice. It is a label
    when its text is the action's whole name, or when it lies inside the action's box (the name
    may be an aria-label such as tarteaucitron's "Cookies : Allow all cookies").
    """
    flat = " ".join(block.text.split())
    for action in snapshot.actions:
        if " ".join(action.text.split()) == flat:
            return action_role(action.text)[0]
    # Else the innermost perceivable action around it (a backdrop that closes a dialog wraps
    # everything; the button drawn around the text is the smallest box).
    around = [a for a in snapshot.actions if a.frame == block.frame and a.visibility.visible
              and _inside(block.box, a.box)]
    if around:
        return action_role(min(around, key=lambda a: a.box.area).text)[0]
    return None


def _inside(inner: Box | None, outer: Box | None, slack: float = 1.0) -> bool:
    if inner is None or outer is None or inner.area <= 0:
        return False
    return (inner.x >= outer.x - slack and inner.y >= outer.y - slack
            and inner.x + inner.width <= outer.x + outer.width + slack
            and inner.y + inner.height <= outer.y + outer.height + slack)


def consent_is_on(control: Control, verdict: ControlVerdict) -> bool:
    """Whether a consent control currently grants consent.

    A normal control grants when checked. An opt-out control ("No", "Do not share") grants
    nothing when checked; a TCF objection toggle left *off* grants (checks.md: "an objection
    left off counts as pre-set"), but a radio "No" left unselected is just an unchosen option.
    """
    if control.checked is None:
        return False
    if verdict.opt_out:
        return (not control.checked) and verdict.objection and control.kind != "radio"
    return bool(control.checked)


#: A control label of at most this many words ("On", "Yes", a vendor name) - or, in Han
#: script, characters - is *thin*: it is quoted with its group label and nearby text in front,
#: so the finding says what was switched on.
THIN_LABEL_WORDS = 3
THIN_LABEL_HAN = 6
#: Nearby text quoted in front of a thin label is cut to this length.
CONTEXT_QUOTE_LIMIT = 120


def _is_thin(label: str) -> bool:
    han = sum(1 for ch in label if "\u3400" <= ch <= "\u9fff")
    return han <= THIN_LABEL_HAN if han else len(label.split()) <= THIN_LABEL_WORDS


def clean_label(label: str) -> str:
    """A control label with whitespace collapsed and an exact repetition removed.

    Accessible names are often assembled from a visible title plus the same words again (an
    ``aria-label`` or a visually hidden span): "Site analytics Site analytics" is one name.
    """
    words = label.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]
    return " ".join(words)


def control_text(control: Control) -> str:
    """What to quote for a control: its label, prefixed by its group when the label is thin.

    "Legitimate interest › Measure content performance › On" says what is on; "On" alone does
    not. A label that names its purpose by itself ("Analytics cookies", "I agree to the Sesame
    Credit service agreement") is quoted as is.
    """
    label = clean_label(control.label)
    if label and (not _is_thin(label) or classify_control(label).consent):
        return trim(label)
    parts: list[str] = []
    for part in (control.group_label, trim(control.context_text, CONTEXT_QUOTE_LIMIT), label):
        flat = " ".join(part.split())
        if flat and flat not in parts:
            parts.append(flat)
    return trim(" › ".join(parts))


def visibility_evidence(element: Element) -> dict[str, Any]:
    """The visibility facts of an element, for evidence."""
    vis = element.visibility
    return {
        "visible": vis.visible,
        "reasons": list(vis.reasons),
        "hidden_by": vis.hidden_by,
        "hiding_root_has_actions": vis.hiding_root_has_actions,
        "in_viewport": vis.in_viewport,
    }
