"""Which words ask for consent: the multilingual lexicon, kept as data.

The word lists live in ``consentinel/lexicon/data/consent/<lang>.yaml`` with comments on what
each entry catches and what was deliberately left out (false positives). They are loaded, and
text normalised, by :mod:`consentinel.lexicon.vocabulary`; code here compiles them and answers
two questions the checks ask:

* :func:`classify_text` — is this text *consent text* (it grants or describes permission for
  optional data use, or agreement to an agreement/terms that does)?
* :func:`classify_control` — is this checkbox/toggle a *consent control*, a strictly-necessary
  category, or a plain form option ("remember me")?

Language is detected per text (:func:`detect_language`), not per page: a Chinese page quoting
an English agreement title is judged by each text's own words. English entries are always
consulted as well, because consent UIs in every language borrow English words ("Cookies",
"Marketing", "Analytics") and vendor names.

Example::

    >>> classify_text("我已阅读并同意《芝麻服务协议》").consent
    True
    >>> classify_control("Remember me", context_text="We send marketing emails").non_consent
    True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from consentinel.lexicon.vocabulary import (
    CJK_LANGUAGES,
    HAN,
    VocabularyError,
    data_path,
    detect_language,
    identify_language,
    language_shares,
    languages,
    latin_languages,
    load,
    normalise,
    primary_language,
    stopword_language,
)

# --------------------------------------------------------------------------------------------
# Loading the data files
# --------------------------------------------------------------------------------------------

#: Every category a data file may define, and what it means. Kept in code (not data) because
#: the classification rules below are written against exactly these names.
CATEGORIES: dict[str, str] = {
    "grants": "the text itself grants or asks agreement (agree, consent, accept, allow, 同意)",
    "strong_grants": "a first-person or by-doing-this assent that is consent on its own",
    "agreement": "names an agreement, terms or policy document (Terms, 《…协议》)",
    "data_use": "optional data use: marketing, analytics, partners, profiling, credit scoring",
    "cookies": "cookies and similar trackers in general (optional unless marked necessary)",
    "data": "personal data in general (consent only together with a grant)",
    "processing": "describes processing (we use, we share, is used to, 收集, 使用)",
    "permission": "describes permission itself (your consent, withdraw consent)",
    "necessary": "strictly necessary / essential category wording",
    "necessary_only": "limits cookies/storage to strictly necessary ones (we only use necessary…)",
    "legitimate_interest": "IAB TCF legitimate-interest wording",
    "objection": "an objection to processing (TCF 'object'): OFF is the consenting state",
    "refusal": "declines or withholds consent (No, Reject, Do not, 不同意)",
    "untick_to_refuse": "tells the person to untick the box to refuse (untick if you do not want): "
    "the box grants, so checked is the consenting state whatever refusal words follow",
    "non_consent": "plain form options that are not consent (remember me, same address)",
    "state": "toggle state words that carry no purpose (On, Off, Yes, 开启)",
}

class LexiconError(VocabularyError):
    """A lexicon data file is malformed (unknown category, bad regex)."""


@dataclass(frozen=True)
class LexiconEntry:
    """One named pattern of one category in one language."""

    lang: str
    category: str
    name: str
    regex: re.Pattern[str]

    @property
    def key(self) -> str:
        """The name reported in evidence, e.g. ``en:grants:agree``."""
        return f"{self.lang}:{self.category}:{self.name}"


@dataclass(frozen=True)
class Lexicon:
    """All entries of one language, with one combined regex per category for a fast pre-test.

    Most texts on a page match nothing: one combined search per category rejects them before
    the individual entries are tried (only needed to name the matches for evidence).
    """

    lang: str
    entries: dict[str, tuple[LexiconEntry, ...]]
    combined: dict[str, re.Pattern[str]]

    def matches(self, category: str, text: str) -> list[str]:
        """Keys of the entries of ``category`` that occur in ``text`` (normalised)."""
        combined = self.combined.get(category)
        if combined is None or combined.search(text) is None:
            return []
        return [entry.key for entry in self.entries[category] if entry.regex.search(text)]

    def strip(self, category: str, text: str) -> str:
        """``text`` with every match of ``category`` blanked out (used to drop refusals)."""
        combined = self.combined.get(category)
        return combined.sub(" ", text) if combined is not None else text


def available_languages() -> tuple[str, ...]:
    """Languages with a data file, e.g. ``('de', 'en', 'es', 'fr', 'zh')``."""
    return languages("consent")


@cache
def load_lexicon(lang: str) -> Lexicon | None:
    """The compiled lexicon of ``lang`` (cached), or None when there is no data file for it.

    No English fallback here: English is consulted for every text anyway (see
    :func:`_languages_for`). Raises :class:`LexiconError` naming the file and entry when the
    data is malformed, so a bad edit to a word list fails loudly at first use rather than
    silently matching nothing.
    """
    if lang not in available_languages():
        return None
    return compile_lexicon(lang, load("consent", lang), data_path("consent", lang))


def compile_lexicon(lang: str, raw: Any, filename: str = "<lexicon>") -> Lexicon:
    """Validate and compile one language's parsed YAML data (see the data files' format).

    Separate from :func:`load_lexicon` so a word list can be checked before it is shipped.
    """
    if not isinstance(raw, Mapping) or not isinstance(raw.get("categories"), Mapping):
        raise LexiconError(f"{filename}: expected a mapping with a 'categories' mapping")
    entries: dict[str, tuple[LexiconEntry, ...]] = {}
    combined: dict[str, re.Pattern[str]] = {}
    for category, items in raw["categories"].items():
        if category not in CATEGORIES:
            known = ", ".join(CATEGORIES)
            raise LexiconError(f"{filename}: unknown category {category!r} (known: {known})")
        compiled: list[LexiconEntry] = []
        for item in items or []:
            if not isinstance(item, Mapping) or not isinstance(item.get("name"), str) \
                    or not isinstance(item.get("pattern"), str):
                # YAML reads an unquoted `name: no` as False: insist on strings.
                raise LexiconError(f"{filename}: {category}: each entry needs a string 'name' and "
                                   f"'pattern' (quote yes/no/on/off), got {item!r}")
            try:
                regex = re.compile(item["pattern"], re.IGNORECASE)
            except re.error as exc:
                raise LexiconError(f"{filename}: {category}.{item['name']}: bad pattern: {exc}") from exc
            compiled.append(LexiconEntry(lang, category, item["name"], regex))
        if compiled:
            entries[category] = tuple(compiled)
            combined[category] = re.compile(
                "|".join(f"(?:{e.regex.pattern})" for e in compiled), re.IGNORECASE
            )
    return Lexicon(lang, entries, combined)


# --------------------------------------------------------------------------------------------
# Scanning a text
# --------------------------------------------------------------------------------------------

def _languages_for(text: str, lang: str | None) -> tuple[Lexicon, ...]:
    """The lexicons to consult: the given language, the detected one, and English.

    A short Latin-script text with no stop words at all ("Essenziell", "Statistik", "Cookies
    técnicas" - typical toggle labels) cannot be placed, so without a language hint every
    Latin-script lexicon is consulted; English still comes first.
    """
    detected = detect_language(text)
    candidates: list[str | None] = [primary_language(lang), detected, "en"]
    if lang is None and detected not in CJK_LANGUAGES and stopword_language(text)[1] == 0:
        candidates.extend(latin_languages("consent"))
    order: list[str] = []
    for code in candidates:
        if code and code not in order:
            order.append(code)
    found = (load_lexicon(code) for code in order)
    return tuple(lex for lex in found if lex is not None)


@dataclass(frozen=True)
class _Scan:
    """Which categories matched in one text, and the entry keys that matched."""

    hits: dict[str, tuple[str, ...]]
    lang: str

    def has(self, category: str) -> bool:
        return bool(self.hits.get(category))

    @property
    def matched(self) -> tuple[str, ...]:
        return tuple(key for keys in self.hits.values() for key in keys)

    @property
    def optional_use(self) -> bool:
        """Optional data use: a specific purpose, LI, or cookies not limited to necessary ones.

        Cookies in general count as optional: "Some are essential, others help us improve" is
        still a request. Only wording that limits them to necessary ones ("we only use strictly
        necessary cookies") keeps plain cookie mentions out.
        """
        return (
            self.has("data_use")
            or self.has("legitimate_interest")
            or (self.has("cookies") and not self.has("necessary_only"))
        )

    @property
    def consent(self) -> bool:
        """The consent-text rule (see :class:`TextVerdict`)."""
        grants = self.has("grants") or self.has("strong_grants")
        return (
            self.has("strong_grants")
            or (grants and (self.optional_use or self.has("agreement") or self.has("data")))
            or (self.optional_use and (self.has("processing") or self.has("permission")))
        )


#: Categories that only :func:`_is_thin` needs (it strips them itself): not scanned per text.
_NOT_SCANNED = frozenset({"state"})
_GRANT_CATEGORIES = ("grants", "strong_grants")


@lru_cache(maxsize=8192)
def _scan(text: str, lang: str | None) -> _Scan:
    """Match every category of every relevant language against an already-normalised text.

    Grants are matched on the text with refusals blanked out, so "I do not agree" or
    "Reject all" grant nothing while "Accept all / Reject all" still grants. The blanking is
    only done when a text has both a grant and a refusal (rare), to keep the common case fast.
    """
    lexicons = _languages_for(text, lang)
    hits: dict[str, list[str]] = {}
    for lex in lexicons:
        for category in lex.entries:
            if category not in _NOT_SCANNED:
                found = lex.matches(category, text)
                if found:
                    hits.setdefault(category, []).extend(found)
    if "refusal" in hits and any(c in hits for c in _GRANT_CATEGORIES):
        without_refusals = text
        for lex in lexicons:
            without_refusals = lex.strip("refusal", without_refusals)
        for category in _GRANT_CATEGORIES:
            kept = [key for lex in lexicons for key in lex.matches(category, without_refusals)]
            if kept:
                hits[category] = kept
            else:
                hits.pop(category, None)
    detected = primary_language(lang) or detect_language(text)
    return _Scan({k: tuple(v) for k, v in hits.items()}, detected)


# --------------------------------------------------------------------------------------------
# Public verdicts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextVerdict:
    """What a text is, as far as consent goes.

    ``consent`` is true when the text grants or describes permission for optional data use, or
    agreement to an agreement/terms/policy: a strong assent ("I agree", "By continuing you
    accept", "我已阅读并同意"); any grant together with optional data use, a named agreement or
    personal data; or optional data use described as processing ("We use cookies for
    analytics"). A legal footer that only names policies ("Privacy Policy · Terms") grants
    nothing and is not consent text.
    """

    consent: bool
    grants: bool  # the text itself grants/asks agreement
    data_use: bool  # mentions optional data use (marketing, analytics, partners, credit, ...)
    necessary: bool  # strictly necessary / essential wording
    lang: str
    matched: tuple[str, ...]  # lexicon entry keys, e.g. ("en:grants:agree", ...)
    # The reader's own assent, effective without a control: first person ("I agree",
    # "我已阅读并同意") or by doing something ("By continuing you accept", "继续即表示同意").
    # Imperatives and descriptions ("Allow partners to…", "Accept") need a control or button.
    assent: bool = False


@lru_cache(maxsize=8192)
def classify_text(text: str, lang: str | None = None) -> TextVerdict:
    """Classify a text block. ``lang`` (a page or element ``lang``) adds to per-text detection.

    Cached: pages repeat the same texts across frames and audits, and verdicts are immutable.
    """
    scan = _scan(normalise(text), primary_language(lang))
    return TextVerdict(
        consent=scan.consent,
        grants=scan.has("grants") or scan.has("strong_grants"),
        data_use=scan.optional_use,
        necessary=scan.has("necessary"),
        lang=scan.lang,
        matched=scan.matched,
        assent=scan.has("strong_grants"),
    )


@dataclass(frozen=True)
class ControlVerdict:
    """What a checkbox/radio/toggle is, as far as consent goes.

    ``opt_out`` marks a control whose checking *withholds* consent ("No", "Do not share…",
    "Object"); ``objection`` the TCF-style objection toggles among them, for which checks.md
    says an objection left off counts as pre-set consent.
    """

    consent: bool  # a consent control (checks.md definition)
    necessary: bool  # a strictly-necessary category
    non_consent: bool  # a plain form option: remember me, same as billing address, ...
    matched: tuple[str, ...]
    lang: str
    opt_out: bool = False
    objection: bool = False


#: A label with at most this many words (after dropping state words like "On") is *thin*: it
#: cannot carry a purpose by itself, so the group label and nearby text are consulted.
THIN_LABEL_MAX_WORDS = 3
#: The same for Han-script labels, counted in characters (a purpose needs ~4-8 characters).
THIN_LABEL_MAX_HAN = 4


def _is_thin(label: str, scan: _Scan) -> bool:
    stripped = label
    for lex in _languages_for(label, scan.lang):
        stripped = lex.strip("state", stripped)
    han = len(HAN.findall(stripped))
    if han:
        return han <= THIN_LABEL_MAX_HAN
    return len(re.findall(r"\w+", stripped)) <= THIN_LABEL_MAX_WORDS


def _control_consent(scan: _Scan) -> bool:
    """A label/group text that on its own makes a control a consent control."""
    return scan.optional_use or scan.consent or scan.has("objection")


@lru_cache(maxsize=4096)
def classify_control(label: str, context_text: str = "", group_label: str = "") -> ControlVerdict:
    """Classify a control from its label, its group (legend/CMP category) and nearby text.

    Label text wins: a "Remember me" box stays a plain option even inside a form whose nearby
    text mentions marketing. A label that says nothing about purpose (CMP toggles labelled
    "On", a vendor name, "Yes") takes its meaning from the group label, then - for thin labels
    only - from the nearby text, which must read as consent text, not just mention a word.
    """
    label_n, group_n, context_n = normalise(label), normalise(group_label), normalise(context_text)
    lab = _scan(label_n, None) if label_n else _Scan({}, "en")
    matched = list(lab.matched)
    lang = lab.lang
    # "Untick if you do not want…" names the refusal as the act of unticking: the box itself
    # grants, so its refusal words do not make it an opt-out control (checks.md: a pre-ticked
    # box that grants data use is pre-selected consent whatever its wording).
    untick = lab.has("untick_to_refuse")
    opt_out = (lab.has("refusal") or lab.has("objection")) and not untick
    objection = lab.has("objection") and not untick

    def verdict(consent: bool, necessary: bool = False, non_consent: bool = False) -> ControlVerdict:
        return ControlVerdict(consent, necessary, non_consent, tuple(dict.fromkeys(matched)), lang,
                              opt_out=opt_out and consent, objection=objection and consent)

    if lab.has("non_consent") and not (lab.has("data_use") or lab.has("legitimate_interest")):
        return verdict(False, non_consent=True)
    if lab.has("necessary") and not (lab.has("data_use") or lab.has("legitimate_interest")):
        return verdict(False, necessary=True)
    if _control_consent(lab) or untick:
        return verdict(True)

    if group_n:
        group = _scan(group_n, None)
        if group.has("non_consent") and not group.has("data_use"):
            matched.extend(group.matched)
            return verdict(False, non_consent=True)
        if group.has("necessary") and not (group.has("data_use") or group.has("legitimate_interest")):
            matched.extend(group.matched)
            return verdict(False, necessary=True)
        if _control_consent(group):
            matched.extend(group.matched)
            objection = objection or group.has("objection")
            return verdict(True)

    if context_n and (not label_n or _is_thin(label_n, lab)):
        context = _scan(context_n, None)
        if context.has("necessary") and not (context.has("data_use") or context.has("legitimate_interest")):
            matched.extend(context.matched)
            return verdict(False, necessary=True)
        if context.consent or (context.has("objection") and context.optional_use):
            matched.extend(context.matched)
            return verdict(True)
    return verdict(False)


__all__ = [
    "CATEGORIES",
    "THIN_LABEL_MAX_HAN",
    "THIN_LABEL_MAX_WORDS",
    "ControlVerdict",
    "Lexicon",
    "LexiconEntry",
    "LexiconError",
    "TextVerdict",
    "available_languages",
    "classify_control",
    "classify_text",
    "compile_lexicon",
    "detect_language",
    "identify_language",
    "language_shares",
    "load_lexicon",
]
