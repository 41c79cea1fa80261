"""The one way vocabulary data is found, loaded and matched: files, normaliser, languages.

Consentinel reads page text through three vocabularies, each kept as commented YAML data, one
file per language::

    consentinel/lexicon/data/consent/<lang>.yaml   what makes a text or a control about consent
                                                   (consentinel.lexicon)
    consentinel/lexicon/data/wording/<lang>.yaml   bundled-consent, confirmshaming and
                                                   trick-wording patterns (consentinel.lexicon.wording)
    consentinel/lexicon/data/roles/<lang>.yaml     prompt control roles: accept, reject, settings...
                                                   (consentinel.prompts.roles)
    consentinel/lexicon/data/stopwords.yaml        function words that tell Latin-script
                                                   languages apart (:func:`detect_language`)

Why one module: a rule decided in several places drifts. Here, once each:

* :func:`normalise` - how page text is prepared before any pattern sees it;
* :func:`primary_language` and :func:`resolve_language` - how a language tag picks a data file
  (``zh-Hans-CN`` -> ``zh``, ``en_GB`` -> ``en``, a language without a file -> English);
* :func:`load` - reading, validating and caching a data file;
* :func:`detect_language` - which language a short text is written in.

The modules that use a vocabulary only compile what :func:`load` returns into their own
matchers (and cache those). Example::

    >>> load("roles", "de-AT")["language"]
    'de'
    >>> normalise("Ｉ  agree\u2019s", casefold=True)
    "i agree's"
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from types import MappingProxyType
from typing import Any, Literal

import yaml

Kind = Literal["consent", "wording", "roles"]

#: Every kind of per-language data file and who reads it.
KINDS: Mapping[str, str] = MappingProxyType({
    "consent": "consent text and controls (consentinel.lexicon)",
    "wording": "bundled-consent, confirmshaming and trick-wording patterns (consentinel.lexicon.wording)",
    "roles": "consent prompt control roles (consentinel.prompts.roles)",
})

#: The language used when a text's or tag's language has no data file: consent UIs everywhere
#: borrow English words, so English patterns are the most likely to still apply.
FALLBACK_LANGUAGE = "en"

#: Languages written without spaces between words (matched by characters, not words).
CJK_LANGUAGES = frozenset({"zh", "ja", "ko"})

_PACKAGE = "consentinel.lexicon"
_DATA_DIR = "data"
_STOPWORDS_FILE = "stopwords.yaml"

# Unicode blocks: CJK Unified Ideographs (+ Extension A), Hiragana + Katakana, Hangul syllables.
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
KANA = re.compile(r"[\u3040-\u30ff]")
HANGUL = re.compile(r"[\uac00-\ud7af]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_LATIN_WORD = re.compile(r"[a-zà-ÿßœæ']+", re.IGNORECASE)


class VocabularyError(ValueError):
    """A vocabulary data file is missing or malformed (named with its path)."""


# --------------------------------------------------------------------------------------------
# Normalising text
# --------------------------------------------------------------------------------------------

# Typographic apostrophes and look-alikes typed for one: right/left single quotation marks,
# the modifier letter apostrophe (used by some keyboards and CMS "smart quotes") and the grave
# accent typed as an apostrophe ("don`t"). Data files are written with a straight '.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_ANY_SPACE = re.compile(r"\s+")
_SPACE_WITHIN_LINE = re.compile(r"[ \t\r\f\v]+")


def normalise(text: str, *, casefold: bool = False, keep_line_breaks: bool = False) -> str:
    """Page text as every vocabulary pattern expects it.

    NFKC first (full-width Latin and digits become ASCII, ligatures split, no-break and other
    Unicode spaces become plain spaces), typographic apostrophes become ``'``, runs of
    whitespace become one space and the ends are trimmed.

    ``keep_line_breaks`` keeps ``\\n`` (runs of spaces and tabs still fold): the wording rules
    read a line break as the end of a sentence. ``casefold`` is for plain phrase lists matched
    as substrings (roles); regex vocabularies match case-insensitively instead, so the phrases
    they quote as evidence keep the page's own case.
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = (_SPACE_WITHIN_LINE if keep_line_breaks else _ANY_SPACE).sub(" ", text).strip()
    return text.casefold() if casefold else text


def has_cjk(text: str) -> bool:
    """Whether ``text`` contains Han, kana or Hangul characters."""
    return _CJK.search(text) is not None


# --------------------------------------------------------------------------------------------
# Languages
# --------------------------------------------------------------------------------------------


def primary_language(tag: str | None) -> str | None:
    """The primary subtag of a BCP 47 language tag, lower-cased: ``zh-Hans-CN`` -> ``zh``.

    ``en_GB`` (POSIX locale style) is read like ``en-GB``. Empty or missing tags give None.
    Chinese script subtags are not told apart: the Chinese data is written in Simplified
    characters and simply matches less of a Traditional text.
    """
    if not tag:
        return None
    return tag.replace("_", "-").split("-")[0].lower() or None


@cache
def languages(kind: Kind) -> tuple[str, ...]:
    """Languages that have a data file of ``kind``, sorted, e.g. ``('de', 'en', 'es', ...)``."""
    folder = _data_root().joinpath(_kind_dir(kind))
    names = [item.name for item in folder.iterdir()]
    return tuple(sorted(name[:-5] for name in names if re.fullmatch(r"[a-z]{2,3}\.yaml", name)))


def resolve_language(kind: Kind, tag: str | None) -> str:
    """The data file language for ``tag``: its primary subtag if there is a file, else English.

    The one fallback rule for every vocabulary. Callers that consult English anyway (the
    consent lexicon) ask :func:`languages` first and skip a language without a file.
    """
    code = primary_language(tag)
    return code if code in languages(kind) else FALLBACK_LANGUAGE


@cache
def latin_languages(kind: Kind) -> tuple[str, ...]:
    """Languages of ``kind`` that :func:`detect_language` tells apart by stop words.

    A short label ("Essenziell", "Prefiero quedarme sin protección") has no stop words, so
    detection falls back to English; matchers then also try these languages' patterns.
    """
    told_apart = stopwords()
    return tuple(code for code in languages(kind) if code in told_apart)


@cache
def stopwords() -> Mapping[str, frozenset[str]]:
    """Stop words per Latin-script language, in the file's order (earlier wins a tie)."""
    raw = _read_yaml(_data_root().joinpath(_STOPWORDS_FILE), data_path(None))
    found = raw.get("languages")
    if not isinstance(found, Mapping) or not found:
        raise VocabularyError(f"{data_path(None)}: expected a 'languages' mapping")
    table: dict[str, frozenset[str]] = {}
    for lang, words in found.items():
        if not isinstance(words, str):
            # YAML reads a bare `no`/`on` as a boolean: the words are one quoted string each.
            raise VocabularyError(f"{data_path(None)}: {lang}: expected one string of words")
        table[str(lang)] = frozenset(words.split())
    return MappingProxyType(table)


def stopword_language(text: str) -> tuple[str, int]:
    """The Latin-script language with most stop words in ``text``, and how many it had.

    English with 0 when no stop word occurs. Ties go to the language listed first.
    """
    words = [w.lower() for w in _LATIN_WORD.findall(text)]
    best, best_score = FALLBACK_LANGUAGE, 0
    for lang, stop in stopwords().items():
        score = sum(1 for w in words if w in stop)
        if score > best_score:
            best, best_score = lang, score
    return best, best_score


# lingua's verdict on a text without stop words counts only this sure (its confidence values
# over the candidate languages sum to 1; "Essenziell" gets it 0.76 / de 0.24, so it stays
# undecided and the callers' try-every-language fallback applies).
LINGUA_MIN_CONFIDENCE = 0.8
# A text of this many words or more with a single stop word in it is placed by lingua too
# (identify_language): a short label with one ("Nein, danke") is not.
WEAK_VERDICT_WORDS = 6


@cache
def _lingua_detector() -> Any:
    """lingua, restricted to the Latin-script languages with stop words, low-accuracy mode.

    Its n-gram models ship inside the lingua-language-detector wheel (nothing is downloaded);
    low-accuracy mode loads only the trigram models (~0.2 s), enough for a one-word label.
    """
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    wanted = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in stopwords()]
    return LanguageDetectorBuilder.from_languages(*wanted).with_low_accuracy_mode().build()


def lingua_language(text: str) -> str | None:
    """The language lingua is sure of for ``text`` (a code from the stop-word table), else None."""
    values = _lingua_detector().compute_language_confidence_values(text)
    if not values or values[0].value < LINGUA_MIN_CONFIDENCE:
        return None
    return str(values[0].language.iso_code_639_1.name).lower()


def detect_language(text: str) -> str:
    """Best-effort language of a short text: 'zh', 'ja', 'ko', or a Latin-script code.

    Han characters without kana mean Chinese; otherwise the language whose stop words occur
    most wins. A text with no stop word at all ("Später", "Plus tard", "Prefiero quedarme sin
    protección") is placed by lingua's character n-grams when it is sure; English otherwise.
    """
    return identify_language(text) or stopword_language(text)[0]


#: BCP 47's code for "undetermined": the share of a text whose language nothing decides.
UNDETERMINED = "und"


def identify_language(text: str) -> str | None:
    """Like :func:`detect_language`, but None when nothing in ``text`` decides its language.

    A button label ("Accept all", "Einstellungen") has no stop word: guessing English for it
    would make a German prompt look partly English. Callers weighing languages against each
    other (``language-mismatch``) count such text as undetermined instead.
    """
    if KANA.search(text):
        return "ja"
    if HANGUL.search(text):
        return "ko"
    if HAN.search(text):
        return "zh"
    lang, hits = stopword_language(text)
    if hits == 1 and len(_LATIN_WORD.findall(text)) >= WEAK_VERDICT_WORDS:
        # One stop word in a sentence is a weak verdict: "En participant au tirage au sort,
        # chaque joueur autorise l'organisateur à reproduire son image" has only Dutch "en" in
        # the lists. The sentence's character n-grams decide it when lingua is sure.
        return lingua_language(text) or lang
    if hits:
        return lang
    # No stop word ("Später", "Plus tard"): lingua's character n-grams, only when it is sure.
    return lingua_language(text) if _LATIN_WORD.search(text) else None


def language_shares(texts: Iterable[str]) -> dict[str, float]:
    """Share of characters (0-1, rounded to 3 places) per language over ``texts``, each text
    identified on its own (:func:`identify_language`); undecided text is :data:`UNDETERMINED`.

    Why per block: a prompt or page mixes languages by passage (an English banner on a Chinese
    page, a German body with English button labels); one verdict for the whole text hides that.
    """
    normalised = (normalise(text) for text in texts)
    return weigh_languages((identify_language(text), text) for text in normalised)


def weigh_languages(passages: Iterable[tuple[str | None, str]]) -> dict[str, float]:
    """Share of characters per language over ``(language, text)`` pairs already identified
    (None: :data:`UNDETERMINED`), largest first; ``{}`` for no text."""
    totals: dict[str, int] = {}
    for lang, text in passages:
        if text.strip():
            key = lang or UNDETERMINED
            totals[key] = totals.get(key, 0) + len(text.strip())
    whole = sum(totals.values())
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    return {lang: round(n / whole, 3) for lang, n in ranked} if whole else {}


# --------------------------------------------------------------------------------------------
# Loading data files
# --------------------------------------------------------------------------------------------


def data_path(kind: Kind | None, lang: str = "") -> str:
    """How errors name a data file: ``lexicon/data/roles/de.yaml`` (stop words: kind None)."""
    if kind is None:
        return f"lexicon/{_DATA_DIR}/{_STOPWORDS_FILE}"
    return f"lexicon/{_DATA_DIR}/{_kind_dir(kind)}/{lang}.yaml"


def load(kind: Kind, lang: str | None) -> Mapping[str, Any]:
    """The parsed data file of ``kind`` for language ``lang`` (resolved, see :func:`resolve_language`).

    Cached and read-only (mappings are ``MappingProxyType``, lists tuples): every caller shares
    one copy. Raises :class:`VocabularyError` naming the file when it is not a mapping or says
    it is another language.
    """
    return _load(kind, resolve_language(kind, lang))


@cache
def _load(kind: Kind, lang: str) -> Mapping[str, Any]:
    where = data_path(kind, lang)
    raw = _read_yaml(_data_root().joinpath(_kind_dir(kind), f"{lang}.yaml"), where)
    declared = raw.get("language", lang)
    if declared != lang:
        raise VocabularyError(f"{where}: says 'language: {declared}' but is the file for {lang!r}")
    return raw


def _kind_dir(kind: str) -> str:
    if kind not in KINDS:
        raise VocabularyError(f"unknown vocabulary kind {kind!r} (known: {', '.join(KINDS)})")
    return kind


def _data_root() -> Traversable:
    return resources.files(_PACKAGE).joinpath(_DATA_DIR)


# libyaml's parser when PyYAML was built with it (several times faster), else the pure-Python
# one; both are the safe loader.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(resource: Traversable, where: str) -> Mapping[str, Any]:
    if not resource.is_file():
        raise VocabularyError(f"{where}: no such data file")
    try:
        raw = yaml.load(resource.read_text(encoding="utf-8"), Loader=_YAML_LOADER)  # a safe loader, see above
    except yaml.YAMLError as exc:
        raise VocabularyError(f"{where}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise VocabularyError(f"{where}: expected a mapping at the top level")
    frozen: Mapping[str, Any] = _freeze(raw)
    return frozen


def _freeze(value: Any) -> Any:
    """Read-only copy of parsed YAML: cached data must not be changed by one of its users."""
    if isinstance(value, dict):
        return MappingProxyType({key: _freeze(item) for key, item in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(item) for item in value)
    return value


__all__ = [
    "CJK_LANGUAGES",
    "FALLBACK_LANGUAGE",
    "HAN",
    "HANGUL",
    "KANA",
    "KINDS",
    "UNDETERMINED",
    "Kind",
    "VocabularyError",
    "data_path",
    "detect_language",
    "has_cjk",
    "identify_language",
    "language_shares",
    "languages",
    "latin_languages",
    "load",
    "normalise",
    "primary_language",
    "resolve_language",
    "stopword_language",
    "stopwords",
    "weigh_languages",
]
