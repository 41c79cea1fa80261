"""Control roles: is this button accept, reject, settings, save, close or other?

Why a module of its own: every later judgement (clicks to reject, asymmetry) hangs on telling
"Reject all" from "Accept all" in any language a site speaks, and on *not* taking "Accept
necessary only" for an accept. The words are data (``consentinel/lexicon/data/roles/<lang>.yaml``,
commented with sources and deliberate omissions, loaded by :mod:`consentinel.lexicon.vocabulary`);
this module only compiles and applies them.

Evidence is tried in order of reliability:

1. a known-CMP rule that names the element's role (``data/cmp_rules.yaml``),
2. the accessible name / text against the word lists, roles in the order
   close (whole text) > reject > save > settings > pay > accept,
3. attributes (id, class, data-*, aria-label) containing role words (``ATTRIBUTE_PATTERNS``),
4. position: a one-glyph control in the prompt's top-right corner is a close button.

Example::

    role, reason = classify_action("Nur notwendige Cookies")   # ("reject", "text:de:nur notwendige")
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from consentinel.facts.prompt import Prompt, PromptAction
from consentinel.lexicon.vocabulary import HAN, load, normalise
from consentinel.lexicon.wording import yes_means

LANGUAGES = ("en", "zh", "de", "fr", "es", "it", "nl")
"""Languages with a role vocabulary file; all are applied to every prompt (pages mix them).
The order is kept (not the sorted file list) because it breaks ties between equally long
phrases of different languages, and so decides the reason a finding names."""

ROLE_ORDER = ("reject", "save", "settings", "pay", "accept", "close")
"""Order phrase lists are tried in: a reject phrase that also contains 'accept' wins; a pay
control ("Subscribe and accept no ads") is a pay, not an accept."""

ENDS_VISIT_ROLES = frozenset({"reject", "close"})
"""Roles whose control may end the visit instead of letting the visitor on ("不同意并退出"):
only these are read against the ``ends_visit`` phrases (see :func:`ends_visit`)."""

DECISION_ROLES = ("accept", "reject", "save")
"""Roles of the controls that decide: a prompt offering one of them still asks for a choice."""


def asks_for_decision(prompts: Iterable[Prompt]) -> bool:
    """Whether any of ``prompts`` still asks for a decision: a floating "cookie settings" tab,
    or a layer left with only a close button, does not (the choice was made or never asked)."""
    return any(p.actions_with_role(role) for p in prompts for role in DECISION_ROLES)

# Attribute tokens (id/class/data-*/aria-label) that reveal a role when the text does not, e.g.
# an icon button `<button class="btn-deny">`. Order matters as for ROLE_ORDER. Tokens are matched
# at word-ish boundaries (-, _, space, camelCase) so "acceptable-use" does not count.
ATTRIBUTE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("reject", re.compile(r"(?:^|[\s_\-])(?:reject|deny|decline|refuse|disagree|necessary|essential)",
                          re.IGNORECASE)),
    ("save", re.compile(r"(?:^|[\s_\-])save", re.IGNORECASE)),
    ("settings", re.compile(r"(?:^|[\s_\-])(?:settings|preferences|customi[sz]e|manage|options)",
                            re.IGNORECASE)),
    ("accept", re.compile(r"(?:^|[\s_\-])(?:accept|agree|allow|consent-?all|optin)", re.IGNORECASE)),
    ("close", re.compile(r"(?:^|[\s_\-])(?:close|dismiss)", re.IGNORECASE)),
)

CLOSE_CORNER_FRACTION = 0.2
"""A glyph-only control within this fraction of the prompt's width/height from its top-right
corner is taken as a close button (the dialog convention; WAI-ARIA APG modal dialog example)."""

GLYPH_MAX_CHARS = 1
"""A control whose text is at most this long ("×", "✕", or nothing but an icon) is glyph-only."""

# Trimmed from both ends of a control's text before matching, so "Accept all!" is "accept all"
# (NFKC has already turned "…" into "...").
_EDGE_PUNCTUATION = " .!:;,"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The merged role word lists of every language file, plus discovery's consent words."""

    phrases: dict[str, tuple[tuple[str, str, re.Pattern[str]], ...]]  # role -> (lang, phrase, re)
    exact: dict[str, tuple[tuple[str, str], ...]]  # role -> (lang, whole text)
    consent_words: tuple[str, ...]
    answers: dict[str, frozenset[str]]  # "yes"/"no" -> whole texts that answer so
    ends_visit: tuple[tuple[str, str, re.Pattern[str]], ...] = ()  # (lang, phrase, re)


def _role_text(text: str) -> str:
    """A control's text as the role lists match it: normalised, case-folded, edge punctuation off."""
    return normalise(text, casefold=True).strip(_EDGE_PUNCTUATION)


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    escaped = re.escape(_role_text(phrase))
    if HAN.search(phrase):
        return re.compile(escaped)
    return re.compile(rf"(?<![\w']){escaped}(?![\w'])")


@cache
def vocabulary() -> Vocabulary:
    """Load every language file once."""
    phrases: dict[str, list[tuple[str, str, re.Pattern[str]]]] = {r: [] for r in ROLE_ORDER}
    exact: dict[str, list[tuple[str, str]]] = {r: [] for r in ROLE_ORDER}
    words: list[str] = []
    answers: dict[str, set[str]] = {"yes": set(), "no": set()}
    for lang in LANGUAGES:
        data = load("roles", lang)
        for answer, texts in (data.get("answers") or {}).items():
            answers[str(answer)].update(_role_text(str(t)) for t in texts)
    leaving: list[tuple[str, str, re.Pattern[str]]] = []
    for lang in LANGUAGES:
        data = load("roles", lang)
        leaving.extend((lang, str(p), _phrase_pattern(str(p))) for p in data.get("ends_visit") or [])
        for role in ROLE_ORDER:
            for phrase in data.get(role) or []:
                phrases[role].append((lang, str(phrase), _phrase_pattern(str(phrase))))
            for whole in (data.get("exact") or {}).get(role) or []:
                exact[role].append((lang, _role_text(str(whole))))
        words.extend(str(w) for w in data.get("consent_words") or [])
    # Longest phrases first so the reason names the most specific match.
    return Vocabulary(
        phrases={r: tuple(sorted(p, key=lambda x: -len(x[1]))) for r, p in phrases.items()},
        exact={r: tuple(e) for r, e in exact.items()},
        consent_words=tuple(dict.fromkeys(words)),
        answers={a: frozenset(t) for a, t in answers.items()},
        ends_visit=tuple(leaving),
    )


def classify_text(text: str) -> tuple[str, str]:
    """Role of a control from its accessible name/text alone: ``(role, reason)``."""
    norm = _role_text(text)
    if not norm:
        return "other", ""
    vocab = vocabulary()
    for lang, whole in vocab.exact["close"]:
        if norm == whole:
            return "close", f"exact:{lang}:{whole}"
    for role in ROLE_ORDER:
        for lang, whole in vocab.exact[role]:
            if norm == whole:
                return role, f"exact:{lang}:{whole}"
        for lang, phrase, pattern in vocab.phrases[role]:
            if pattern.search(norm):
                return role, f"text:{lang}:{phrase}"
    return "other", ""


@cache
def _whole_phrases() -> dict[str, frozenset[str]]:
    """Role phrase or whole-text entry (as matched) -> the languages whose files list it."""
    table: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        data = load("roles", lang)
        entries = [p for role in ROLE_ORDER for p in data.get(role) or []]
        entries += [w for role in ROLE_ORDER for w in (data.get("exact") or {}).get(role) or []]
        for entry in entries:
            table.setdefault(_role_text(str(entry)), set()).add(lang)
    return {phrase: frozenset(langs) for phrase, langs in table.items()}


def phrase_language(text: str) -> str | None:
    """The language of a control label that is, as a whole, a role phrase of exactly one
    language ("Alle akzeptieren" -> "de"); None for other text or a phrase several languages
    share ("OK", "Cookies").

    Button labels carry no stop words, so stop-word detection cannot place them; the role
    vocabularies already know them by language.
    """
    langs = _whole_phrases().get(_role_text(text))
    return next(iter(langs)) if langs and len(langs) == 1 else None


def ends_visit(action: PromptAction) -> str | None:
    """Why a reject or close control ends the visit ("不同意并退出", "Decline and leave the
    site"), e.g. ``"text:zh:并退出"``; None when it does not say so or has another role.

    A refusal that sends the visitor away is no way to go on without consenting (consent-wall).
    """
    if action.role not in ENDS_VISIT_ROLES:
        return None
    for text in dict.fromkeys((action.visible_text, action.text)):
        norm = _role_text(text)
        for lang, phrase, pattern in vocabulary().ends_visit:
            if norm and pattern.search(norm):
                return f"text:{lang}:{phrase}"
    return None


def classify_attributes(attributes: str) -> tuple[str, str]:
    """Role from id/class/data-*/aria-label tokens, for icon or oddly worded controls."""
    # Split camelCase so "btnRejectAll" yields "btn Reject All".
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", attributes)
    for role, pattern in ATTRIBUTE_PATTERNS:
        match = pattern.search(spaced)
        if match:
            return role, f"attribute:{match.group(0).strip(' -_')}"
    return "other", ""


def classify_action(
    text: str,
    attributes: str = "",
    rule_role: str | None = None,
    corner: bool = False,
    visible_text: str = "",
) -> tuple[str, str]:
    """Role of one control: rule > text > attributes > position. Returns ``(role, reason)``.

    When the rendered text differs from the accessible name (an ``aria-label``), the rendered
    text is read first: it is what the person decides on. Osano's banner renders "Got it!" with
    ``aria-label="dismiss cookie message"``; the visitor sees an accept, not a close.
    """
    if rule_role:
        return rule_role, "rule"
    if visible_text and _role_text(visible_text) != _role_text(text):
        role, reason = classify_text(visible_text)
        if role not in ("other", "close"):  # an "×" labelled "Reject all" says what closing does
            return role, f"visible {reason}"
    role, reason = classify_text(text)
    if role != "other":
        return role, reason
    role, reason = classify_attributes(attributes)
    if role != "other":
        return role, reason
    if corner and len(_role_text(text)) <= GLYPH_MAX_CHARS:
        return "close", "position:top-right glyph"
    return "other", ""


def _in_close_corner(prompt: Prompt, action: PromptAction) -> bool:
    box, b = prompt.box, action.box
    if box.width <= 0 or box.height <= 0:
        return False
    right_gap = (box.x + box.width) - (b.x + b.width)
    top_gap = b.y - box.y
    return (right_gap <= box.width * CLOSE_CORNER_FRACTION and top_gap <= box.height * CLOSE_CORNER_FRACTION)


def answer_of(text: str) -> str | None:
    """``"yes"`` or ``"no"`` when a control's whole text is a bare answer ("Yes", "Nein", "否")."""
    norm = _role_text(text)
    return next((a for a, texts in vocabulary().answers.items() if norm in texts), None)


def _answer_role(prompt_text: str, action: PromptAction) -> tuple[str, str] | None:
    """The role of a bare Yes/No control: what the prompt's question makes that answer do."""
    if action.rule_role:
        return None
    answer = answer_of(action.visible_text or action.text) or answer_of(action.text)
    if answer is None:
        return None
    yes_does = yes_means(prompt_text)
    if yes_does is None:
        return None
    role = yes_does if answer == "yes" else ("accept" if yes_does == "reject" else "reject")
    return role, f"answer:{answer} to a question whose yes {'refuses' if yes_does == 'reject' else 'grants'}"


def assign_roles(prompt: Prompt) -> Prompt:
    """Fill in ``role``/``role_reason`` of every action of ``prompt`` (in place; returned).

    A bare "Yes"/"No" is read by what the prompt's question makes it do: under "Do you want to
    opt out of personalised ads?", "No" accepts and "Yes" rejects.
    """
    for action in prompt.actions:
        action.role, action.role_reason = _answer_role(prompt.text, action) or classify_action(
            action.text, action.attributes, action.rule_role, _in_close_corner(prompt, action),
            action.visible_text,
        )
    return prompt
