"""Shared helpers for the consent checks: lexicon verdicts for snapshot elements.

Checks stay small pure functions; what several of them need to agree on lives here once:
how a control or a text block is classified (with the page language as a hint), whether a
consent control is effectively *on*, and how page text is trimmed for a finding.
"""

from __future__ import annotations

from typing import Any

from consentinel.lexicon import ControlVerdict, TextVerdict, classify_control, classify_text
from consentinel.snapshot import Control, Element, Snapshot, TextBlock

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
    """Classify a text block, with its own ``lang`` (or the page's) as a language hint."""
    return classify_text(block.text, block.lang or snapshot.lang)


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


def control_text(control: Control) -> str:
    """What to quote for a control: its label, else its group label, else nearby text."""
    return trim(control.label or control.group_label or control.context_text)


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
