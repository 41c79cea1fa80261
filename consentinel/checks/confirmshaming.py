"""confirmshaming: decline wording that guilt-trips the person declining.

"No thanks, I don't like saving money", "I'd rather pay full price", "残忍拒绝", "不了，我不想省钱".
Neutral "No thanks", "Not now", "暂不", "以后再说" are not findings. The wording patterns live in
``consentinel/lexicon/data/wording/<lang>.yaml`` (``confirmshaming.shame``); this module applies them
to every decline option a person could read: buttons and links, radio/checkbox labels ("No, I
prefer to stay unprotected") and short text blocks that act as options (a clickable ``<span>``).
The finding sits on the element that shames, so its selector is the decline link itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding, finding_for
from consentinel.facts.snapshot import Control, Element, Snapshot
from consentinel.lexicon.wording import WordingMatch, match_confirmshaming, worded_elements

META = CheckMeta(
    id="confirmshaming",
    requires=("snapshot", "layers"),
    impact="minor",
    title="Decline option guilt-trips the user",
    help=(
        "The option to decline is worded to shame the person choosing it (\"No thanks, I don't "
        "like saving money\", \"残忍拒绝\"). Word the decline option neutrally: \"No thanks\", "
        "\"Not now\", \"暂不\"."
    ),
    legal=legal_refs("confirmshaming"),
    options={
        # Decline options are short: buttons, links, one-line radio labels. 120 characters is
        # about two lines of a mobile dialog; longer blocks are prose that may *quote* a shaming
        # phrase rather than offer it as the choice.
        "max_text_chars": 120,
    },
)


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    """One finding per decline option whose wording matches a shaming pattern."""
    max_chars = int(options["max_text_chars"])
    findings: list[Finding] = []
    for element, text, kind in worded_elements(snapshot):
        if len(text) > max_chars:
            continue
        match = match_confirmshaming(text)
        if match is None or _box_states_its_refusal(element, match):
            continue
        evidence = {**match.evidence(), "element_kind": kind}
        findings.append(finding_for(
            META, element, text, evidence,
            f"Decline option shames the user ({kind}): matched {match.phrases[0]!r}",
        ))
    return findings


#: What may stand before a label's first word: quotes, brackets, bullets, spaces.
_NOT_A_WORD = " \t\n\"'“”‘’«»()[]*•·-–—¡¿"


def _box_states_its_refusal(element: Element, match: WordingMatch) -> bool:
    """Whether a checkbox's label is the plain statement of its refusal of a good: the box is the choice.

    "☐ No quiero el regalo", "☐ Je ne souhaite pas bénéficier de la promotion": the label opens
    with the speaker's refusal itself, so ticking the box opts out of what the form offers, said in
    the plainest words, as "Check this box to opt out" is; no decline worded as the visitor's own
    failing. An answer put in the visitor's mouth ("☐ No, I don't want to protect my bags": the
    refusal follows the "No" answering an offer), a box that prefers a loss ("☐ Prefiero pagar el
    precio completo") and a radio option (one of a prompt's answers) still shame. (Not
    :func:`~consentinel.lexicon.wording.is_opt_out_box`, a box whose UNticking refuses.)
    """
    if not (isinstance(element, Control) and element.kind == "checkbox"
            and match.rule == "first-person-rejects-good"):
        return False
    # the matcher's own normalised text: a no-break space or a run of spaces in the page's label
    # must not turn the plain refusal back into shaming
    opening = match.sentence.lstrip(_NOT_A_WORD).casefold()
    speaker, refusal = match.phrases[0].casefold(), match.phrases[1].casefold()  # (speaker, refusal, good)
    return opening.startswith(speaker) or opening.startswith(refusal)


CHECK = Check(META, evaluate)
