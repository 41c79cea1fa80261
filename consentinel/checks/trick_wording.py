"""trick-wording: double negatives and inverted opt-out wording in consent text or labels.

"Uncheck this box if you do not wish not to receive…", "Untick to not stop…", "Tick this box if
you do NOT want…", "如不希望不接收…". Plain opt-in ("Send me news", "I agree to receive offers")
and plain, consistent opt-out ("Untick to stop receiving offers") are not findings. Rules and
word lists live in ``consentinel/lexicon/data/wording/<lang>.yaml`` (``trick_wording``); the
finding sits on the control whose label is confusing when there is one, else the text or button.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding, finding_for
from consentinel.facts.snapshot import Snapshot
from consentinel.lexicon.wording import match_trick_wording, worded_elements

META = CheckMeta(
    id="trick-wording",
    requires=("snapshot", "layers"),
    impact="moderate",
    title="Consent wording uses double negatives or inverted opt-out",
    help=(
        "The consent wording makes people resolve two negations (\"do not wish not to "
        "receive\") or inverts what ticking means (\"tick if you do NOT want…\"). Ask plainly: "
        "\"Send me offers by email\", with an unticked box."
    ),
    legal=legal_refs("trick-wording"),
    options={
        # Consent notices can be long; the rules work per sentence, so a long cap only bounds
        # the work on pathological blocks (a whole terms page collected as one block).
        "max_text_chars": 4000,
    },
)


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    """One finding per control label, button or text block with trick wording."""
    max_chars = int(options["max_text_chars"])
    findings: list[Finding] = []
    for element, text, kind in worded_elements(snapshot):
        if len(text) > max_chars:
            continue
        match = match_trick_wording(text, on_a_box=kind == "control")
        if match is None:
            continue
        evidence = {**match.evidence(), "element_kind": kind}
        findings.append(finding_for(
            META, element, text, evidence,
            f"Confusing consent wording ({match.rule}): {' / '.join(match.phrases)!r}",
        ))
    return findings


CHECK = Check(META, evaluate)
