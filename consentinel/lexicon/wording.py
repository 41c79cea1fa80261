"""Wording patterns for bundled-consent, confirmshaming and trick-wording, kept as data.

The patterns live in ``consentinel/lexicon/data/wording/<lang>.yaml`` (one file per language,
each entry commented with what it catches and what was deliberately left out), loaded through
:mod:`consentinel.lexicon.vocabulary`. This module compiles them and answers text-level
questions; the checks in ``consentinel.checks`` add the page context (which button a sentence
sits under, whether a separate consent box exists).

Language is detected per text with :func:`consentinel.lexicon.detect_language`, so a Chinese
page quoting an English sentence judges each by its own words. A language without a lexicon
falls back to English patterns (:func:`~consentinel.lexicon.vocabulary.resolve_language`),
which then simply rarely match.

Example::

    >>> match_confirmshaming("No thanks, I'd rather pay full price").rule
    'shame'
    >>> match_trick_wording("Untick to not stop receiving offers").rule
    'double-negative'
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache, wraps
from itertools import pairwise
from threading import Lock
from typing import Any, TypeVar

from consentinel.bounds import MAX_WORDING_MEMO, current_wording_budget
from consentinel.facts.snapshot import Element, Snapshot
from consentinel.lexicon import detect_language
from consentinel.lexicon.vocabulary import (
    VocabularyError,
    data_path,
    has_cjk,
    languages,
    latin_languages,
    load,
    normalise,
    resolve_language,
)

# Texts up to this long (a button, a label, a one-line option) may have no stop word for
# detect_language to go on; they are tried against every Latin-script lexicon.
FALLBACK_MAX_CHARS = 120


class WordingLexiconError(VocabularyError):
    """A wording data file is missing a section or holds a pattern that does not compile."""


@dataclass(frozen=True, slots=True)
class WordingMatch:
    """Why a text matched: which check, which rule, the phrases that decided it."""

    check: str
    language: str
    rule: str
    phrases: tuple[str, ...]
    sentence: str

    def evidence(self) -> dict[str, Any]:
        """The facts a finding carries (page text: escape wherever it is shown)."""
        return {
            "language": self.language,
            "rule": self.rule,
            "matched_phrases": list(self.phrases),
            "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class DeclineStructure:
    """Word classes that make a decline shame its speaker (``confirmshaming.structure``).

    ``valence`` names a word-valence lexicon that widens goods and losses (``"vader"`` for
    English, ``"textblob-de"``/``"textblob-fr"``: see :data:`_VALENCE_LEXICONS`);
    ``valence_compounds`` lets the last part of a compound carry its valence when the whole word
    has none ("Lebensfreude" -> "freude"); ``segmenter`` names a word segmenter (``"jieba"`` for
    Chinese), in which case goods and losses must be whole segmented words.
    """

    first_person: re.Pattern[str]
    rejects: re.Pattern[str]
    prefers: re.Pattern[str]
    goods: re.Pattern[str]
    losses: re.Pattern[str]
    neutral_objects: re.Pattern[str]
    valence: str = ""
    good_valence: float = 0.0
    loss_valence: float = 0.0
    valence_ignore: frozenset[str] = frozenset()
    valence_compounds: bool = False
    # When set, a loss found by valence alone counts only beside an outright preference ("lieber",
    # "je préfère"): "Ich möchte Ärger melden" reports a problem, "Ich bin müde" states a mood.
    valence_prefers: re.Pattern[str] | None = None
    segmenter: str = ""
    # A label that acknowledges a consequence the visitor chose ("I understand that I lose my
    # points", "I really want to delete my account and lose my data") names a loss without mocking.
    acknowledges: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class WordingLexicon:
    """One language's compiled patterns."""

    language: str
    sentence_split: re.Pattern[str]
    clause_split: re.Pattern[str]
    max_negation_gap: int
    gap_unit: str  # "words" or "chars"
    unrelated_action_trigger: re.Pattern[str]
    consent_action_trigger: re.Pattern[str]
    grant: re.Pattern[str]
    data_use: re.Pattern[str]
    action_join: re.Pattern[str]
    action_join_verb: re.Pattern[str]
    consent_choice_action: re.Pattern[str]
    terms: re.Pattern[str]
    necessary: re.Pattern[str]
    not_a_grant: re.Pattern[str] | None
    use_of_it: re.Pattern[str] | None
    shame: re.Pattern[str]
    decline: DeclineStructure
    consent_scope: re.Pattern[str]
    negation: re.Pattern[str]
    negative_verb: re.Pattern[str]
    negated_negative_box: re.Pattern[str]
    inverted_opt_out: re.Pattern[str]
    opt_out_box: re.Pattern[str]
    box_instruction: re.Pattern[str]
    tick_verb: re.Pattern[str]
    untick_verb: re.Pattern[str]
    blank_box: re.Pattern[str]
    loss_verb: re.Pattern[str]
    complementizer: re.Pattern[str]
    conditional: re.Pattern[str]
    volition: re.Pattern[str]
    question_asks: re.Pattern[str]
    question_refusing: re.Pattern[str]
    question_granting: re.Pattern[str]
    impossibility: re.Pattern[str] | None = None  # negations of what can be done (a fact, not a choice)
    service_use: re.Pattern[str] | None = None  # the service asked for: no consent topic
    shown_to_others: re.Pattern[str] | None = None  # being shown to other people: a profile setting
    withdrawal_confirmed: re.Pattern[str] | None = None  # a question confirming a refusal already chosen
    answer_name: re.Pattern[str] | None = None  # an answer/keyword named ("No", "STOP"), not a negation
    coordinator: re.Pattern[str] | None = None  # joins two negated predicates: two refusals, not one chain
    do_nothing: re.Pattern[str] | None = None  # "ignore this message": the status quo kept, no choice made
    # Silence taken as consent (ruling 5): the objection left to the visitor ("unless you opt out",
    # "If you do not wish to be filmed, please tell the crew") and the use of their data or likeness
    # it leaves in force ("…may be used for promotion", "you consent to…"): both, the use unnegated.
    objection_left: re.Pattern[str] | None = None
    held_use: re.Pattern[str] | None = None
    # A capture of the visitor's likeness they must opt out of ("If you do not wish your child to be
    # photographed, please contact us to opt out"): the refusal itself says the capture is the default.
    likeness_opted_out: re.Pattern[str] | None = None
    choice_offered: re.Pattern[str] | None = None  # "Photos: Yes / No": an explicit choice beside it
    document_pointer: re.Pattern[str] | None = None  # "please read our policy": a text to read, no use
    document_contents: re.Pattern[str] | None = None  # "…our policy, which describes…": what a text says
    document_title: re.Pattern[str] | None = None  # "《第三方信息共享清单》": a document's name, no use
    names_no_use: re.Pattern[str] | None = None  # "无广告", "屏蔽第三方广告": use words making no use
    # An act the visitor asks for ("注册", "提交"): its grant of a document grants the document, not
    # the uses the notice describes around it (rulings 2 and 3).
    document_act: re.Pattern[str] | None = None
    question_answered: re.Pattern[str] | None = None  # a question's own text answers it: rhetorical
    selection: re.Pattern[str] | None = None  # "all"/"only" after a wish: a filter box, not consent
    blank_box_consequence: re.Pattern[str] | None = None  # "…your details will be shared": a blank grants it
    click_on_box: re.Pattern[str] | None = None  # "click here" in a box's own label: it sets the box
    # A consent box's own request for the service ("I want to enter the prize draw"): a grant of
    # optional use joined to it in the same box is tied to getting the service.
    service_request: re.Pattern[str] | None = None
    site_use: re.Pattern[str] | None = None  # using/visiting/continuing on the site itself (EDPB 05/2020 §86)
    personal_data: re.Pattern[str] | None = None  # collection/use/processing of the visitor's data
    serving_purpose: re.Pattern[str] | None = None  # "…to handle your request": the processing serves it
    alternative_action: re.Pattern[str] | None = None  # "点击接受或继续浏览…": beside the choice
    # One pattern per resource the doing itself can hand over ("开启定位", "绑定手机号"): a use of the
    # same resource serves that doing, it is not granted beside it (:func:`_act_resources`).
    act_resources: tuple[re.Pattern[str], ...] = ()
    # A use that is no option when a serving purpose stands in its clause ("dass wir Sie zur
    # Beantwortung Ihrer Anfrage kontaktieren"); marketing or profiling never is one.
    served_use: re.Pattern[str] | None = None
    # Sending a request, a form or a message ("Al enviar la consulta"): a served use that names
    # nothing it brings ("…que te contactemos por email") is the reply that sending asks for.
    request_act: re.Pattern[str] | None = None
    # A newsletter form (ruling 4): the button that subscribes, the mail it brings, and the third
    # parties whose mention makes a grant more than that mail (:func:`grants_only_own_mail`).
    subscription_action: re.Pattern[str] | None = None
    own_mail: re.Pattern[str] | None = None
    third_party: re.Pattern[str] | None = None
    # A sentence opening with the bare sign-up itself ("By joining, …", "By signing up, …"), and a
    # use that is only the sender's plain mail ("receive updates from us"): that sign-up is for
    # that mail (:func:`_signs_up_for_plain_mail`).
    signup_act: re.Pattern[str] | None = None
    plain_mail: re.Pattern[str] | None = None
    # An e-mail asked for in exchange for something other than mail (a download, a free version, a
    # guide), and the sender's own mail at its pace promised after it ("We'll send you occasional
    # tips"): that mail is the price of the download (ruling 4; :func:`_mail_promised_for_a_gate`).
    email_gate: re.Pattern[str] | None = None
    gated_mail: re.Pattern[str] | None = None
    # A purpose clause closing a use, its object in the named group ``purpose`` ("…收集信息用于测评"):
    # when the doing the grant is tied to names that object, the use serves that doing
    # (:func:`_without_uses_for_the_act`). One entry per language: the entries are joined into one
    # alternation, where a group name may stand only once.
    act_purpose: re.Pattern[str] | None = None
    # The visitor's own opt-in as the condition said just before a use ("…and, if you opt in, for
    # marketing"): that use waits for the separate choice, it is not granted here (:func:`_a_use_made`).
    opted_use: re.Pattern[str] | None = None
    # A trigger that takes its object in its own clause ("Al unirte al programa de socios, …"): the
    # data-use words of that object name what the visitor acts on, not what the grant grants
    # (:func:`_without_the_acts_object`).
    act_with_object: re.Pattern[str] | None = None
    # Consent the sentence itself calls tacit or implied, of the processing of the visitor's data or of
    # the privacy notice ("acepta de manera tácita que tratemos dichos datos"): tied to an act, that is
    # consent presumed from the act, whatever the act (:func:`_tacit_grant`).
    tacit_grant: re.Pattern[str] | None = None


def available_languages() -> tuple[str, ...]:
    """Language codes that have a wording data file."""
    return languages("wording")


def _compile(raw: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(raw, re.IGNORECASE)
    except re.error as exc:
        raise WordingLexiconError(f"{where}: pattern {raw!r} does not compile: {exc}") from exc


@cache
def lexicon(language: str) -> WordingLexicon:
    """The compiled lexicon for ``language`` (falls back to English when there is none)."""
    return _compiled_lexicon(resolve_language("wording", language))


@cache
def _compiled_lexicon(language: str) -> WordingLexicon:
    data = load("wording", language)
    name = data_path("wording", language)

    def section(path: str) -> Any:
        node: Any = data
        for key in path.split("."):
            if not isinstance(node, Mapping) or key not in node:
                raise WordingLexiconError(f"{name}: missing {path!r}")
            node = node[key]
        return node

    def patterns(path: str) -> re.Pattern[str]:
        # Each entry is compiled alone first (a clear error names the bad one), then all are
        # joined into one alternation: one scan per text instead of one per entry.
        raw = [str(p) for p in section(path)]
        for entry in raw:
            _compile(entry, f"{name} {path}")
        return _compile("|".join(f"(?:{entry})" for entry in raw), f"{name} {path}")

    def optional_patterns(path: str) -> re.Pattern[str] | None:
        parent, _, key = path.rpartition(".")
        node = section(parent)
        return patterns(path) if node.get(key) else None

    def one(path: str) -> re.Pattern[str]:
        return _compile(str(section(path)), f"{name} {path}")

    structure = section("confirmshaming.structure")
    segmenter = str(structure.get("segmenter", ""))
    valence = str(structure.get("valence", ""))
    if segmenter not in ("", "jieba") or (valence and valence not in _VALENCE_LEXICONS):
        raise WordingLexiconError(f"{name}: unknown segmenter {segmenter!r} or valence {valence!r}")
    decline = DeclineStructure(
        first_person=patterns("confirmshaming.structure.first_person"),
        rejects=patterns("confirmshaming.structure.rejects"),
        prefers=patterns("confirmshaming.structure.prefers"),
        goods=patterns("confirmshaming.structure.goods"),
        losses=patterns("confirmshaming.structure.losses"),
        neutral_objects=patterns("confirmshaming.structure.neutral_objects"),
        valence=valence,
        good_valence=float(structure.get("good_valence", 0.0)),
        loss_valence=float(structure.get("loss_valence", 0.0)),
        valence_ignore=frozenset(str(w).casefold() for w in structure.get("valence_ignore") or ()),
        valence_compounds=bool(structure.get("valence_compounds", False)),
        valence_prefers=optional_patterns("confirmshaming.structure.valence_prefers"),
        segmenter=segmenter,
        acknowledges=optional_patterns("confirmshaming.structure.acknowledges"),
    )

    gap_unit = str(section("gap_unit"))
    if gap_unit not in ("words", "chars"):
        raise WordingLexiconError(f"{name}: gap_unit must be 'words' or 'chars'")
    act_purpose = optional_patterns("bundled_consent.act_purpose")
    if act_purpose is not None and "purpose" not in act_purpose.groupindex:
        # read by name on page text (_without_uses_for_the_act): say so here, not mid-scan
        raise WordingLexiconError(f"{name}: bundled_consent.act_purpose must capture its object "
                                  f"as (?P<purpose>...)")
    return WordingLexicon(
        language=language,
        sentence_split=one("sentence_split"),
        clause_split=one("clause_split"),
        max_negation_gap=int(section("max_negation_gap")),
        gap_unit=gap_unit,
        unrelated_action_trigger=patterns("bundled_consent.unrelated_action_trigger"),
        consent_action_trigger=patterns("bundled_consent.consent_action_trigger"),
        grant=patterns("bundled_consent.grant"),
        data_use=patterns("bundled_consent.data_use"),
        action_join=one("bundled_consent.action_join"),
        action_join_verb=patterns("bundled_consent.action_join_verb"),
        consent_choice_action=patterns("bundled_consent.consent_choice_action"),
        terms=patterns("bundled_consent.terms"),
        necessary=patterns("bundled_consent.necessary"),
        not_a_grant=optional_patterns("bundled_consent.not_a_grant"),
        use_of_it=optional_patterns("bundled_consent.use_of_it"),
        shame=patterns("confirmshaming.shame"),
        decline=decline,
        consent_scope=patterns("trick_wording.consent_scope"),
        negation=patterns("trick_wording.negation"),
        negative_verb=patterns("trick_wording.negative_verb"),
        negated_negative_box=patterns("trick_wording.negated_negative_box"),
        inverted_opt_out=patterns("trick_wording.inverted_opt_out"),
        opt_out_box=patterns("trick_wording.opt_out_box"),
        box_instruction=patterns("trick_wording.box_instruction"),
        tick_verb=patterns("trick_wording.tick_verb"),
        untick_verb=patterns("trick_wording.untick_verb"),
        blank_box=patterns("trick_wording.blank_box"),
        loss_verb=patterns("trick_wording.loss_verb"),
        complementizer=patterns("trick_wording.complementizer"),
        conditional=patterns("trick_wording.conditional"),
        volition=patterns("trick_wording.volition"),
        question_asks=patterns("yes_no_question.asks"),
        question_refusing=patterns("yes_no_question.refusing"),
        question_granting=patterns("yes_no_question.granting"),
        impossibility=optional_patterns("trick_wording.impossibility"),
        service_use=optional_patterns("trick_wording.service_use"),
        shown_to_others=optional_patterns("trick_wording.shown_to_others"),
        withdrawal_confirmed=optional_patterns("yes_no_question.withdrawal_confirmed"),
        question_answered=optional_patterns("yes_no_question.answered"),
        answer_name=optional_patterns("trick_wording.answer_name"),
        selection=optional_patterns("trick_wording.selection"),
        blank_box_consequence=optional_patterns("trick_wording.blank_box_consequence"),
        click_on_box=optional_patterns("trick_wording.click_on_box"),
        coordinator=optional_patterns("trick_wording.coordinator"),
        do_nothing=optional_patterns("trick_wording.do_nothing"),
        objection_left=optional_patterns("trick_wording.objection_left"),
        held_use=optional_patterns("trick_wording.held_use"),
        likeness_opted_out=optional_patterns("trick_wording.likeness_opted_out"),
        choice_offered=optional_patterns("trick_wording.choice_offered"),
        document_pointer=optional_patterns("bundled_consent.document_pointer"),
        document_contents=optional_patterns("bundled_consent.document_contents"),
        document_title=optional_patterns("bundled_consent.document_title"),
        names_no_use=optional_patterns("bundled_consent.names_no_use"),
        document_act=optional_patterns("bundled_consent.document_act"),
        service_request=optional_patterns("bundled_consent.service_request"),
        site_use=optional_patterns("bundled_consent.site_use"),
        personal_data=optional_patterns("bundled_consent.personal_data"),
        serving_purpose=optional_patterns("bundled_consent.serving_purpose"),
        alternative_action=optional_patterns("bundled_consent.alternative_action"),
        act_resources=tuple(_compile(str(raw), f"{name} bundled_consent.act_resources")
                            for raw in section("bundled_consent").get("act_resources") or ()),
        served_use=optional_patterns("bundled_consent.served_use"),
        request_act=optional_patterns("bundled_consent.request_act"),
        subscription_action=optional_patterns("bundled_consent.subscription_action"),
        own_mail=optional_patterns("bundled_consent.own_mail"),
        third_party=optional_patterns("bundled_consent.third_party"),
        signup_act=optional_patterns("bundled_consent.signup_act"),
        plain_mail=optional_patterns("bundled_consent.plain_mail"),
        email_gate=optional_patterns("bundled_consent.email_gate"),
        gated_mail=optional_patterns("bundled_consent.gated_mail"),
        act_purpose=act_purpose,
        opted_use=optional_patterns("bundled_consent.opted_use"),
        act_with_object=optional_patterns("bundled_consent.act_with_object"),
        tacit_grant=optional_patterns("bundled_consent.tacit_grant"),
    )


@lru_cache(maxsize=MAX_WORDING_MEMO)
def _text(text: str) -> str:
    """Page text as the wording rules read it: normalised, line breaks kept (they end sentences).

    Remembered: a repeated block is normalised once too (each check asks, for its memo key).
    """
    return normalise(text, keep_line_breaks=True)


def lexicon_for(text: str) -> WordingLexicon:
    """The lexicon of the text's own language (detected per text, not per page)."""
    return lexicon(detect_language(text))


def lexicons_for(text: str) -> list[WordingLexicon]:
    """The text's own lexicon first, then, for short Latin-script texts, the other ones.

    Stop-word detection cannot place a short text without function words ("Prefiero quedarme
    sin protección" has none) and falls back to English; the patterns are specific enough to
    their language that trying the others costs no precision on the evaluation set. Longer
    texts carry function words, so they get only their own lexicon (and pages stay fast).
    """
    first = lexicon_for(text)
    if has_cjk(text) or len(text) > FALLBACK_MAX_CHARS:
        return [first]
    others = [lexicon(code) for code in latin_languages("wording") if code != first.language]
    return [first, *others]


_Matcher = TypeVar("_Matcher", bound=Callable[..., Any])

#: Every matcher memo :func:`_judgement` made, for :func:`forget_judgements`.
_MEMOS: list[OrderedDict[tuple[Any, ...], Any]] = []


def _judgement(budgeted: bool) -> Callable[[_Matcher], _Matcher]:
    """A public matcher that judges each normalised text once (consentinel.bounds, the adversary rule).

    Every matcher reads ``_text(first argument)`` only, so the last ``MAX_WORDING_MEMO`` answers
    are remembered under that key (with the other arguments): a block a hostile page repeats
    thousands of times is judged once. A ``budgeted`` matcher (one whose answer makes a finding;
    None then means "no finding") also draws each fresh judgement from the active
    :func:`consentinel.bounds.wording_budget`; past it, the text is not judged, the answer is
    None and the budget counts it. Helper predicates that only ever *suppress* a finding are
    never skipped (a skipped "is this a consent choice?" would invent findings).
    """
    def wrap(matcher: _Matcher) -> _Matcher:
        memo: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        lock = Lock()  # a server or plugin thread may judge beside another; the judging is unlocked

        @wraps(matcher)
        def judged(text: str, *args: Any, **kwargs: Any) -> Any:
            key = (_text(text), *args, *sorted(kwargs.items()))
            with lock:
                if key in memo:
                    memo.move_to_end(key)
                    return memo[key]
            budget = current_wording_budget() if budgeted else None
            if budget is not None and not budget.allows():
                return None
            answer = matcher(text, *args, **kwargs)
            with lock:
                memo[key] = answer
                while len(memo) > MAX_WORDING_MEMO:
                    memo.popitem(last=False)
            return answer

        _MEMOS.append(memo)
        judged.memo = memo  # type: ignore[attr-defined]  # tests count it
        return judged  # type: ignore[return-value]
    return wrap


def forget_judgements() -> None:
    """Empty every remembered judgement: the matchers' memos and the readers' bounded caches.

    For measurements and tests that must start cold (a benchmark cell, a call count); the
    compiled lexicons stay loaded. Nothing in a run needs it: the memos are bounded and keyed on
    the text they answer for.
    """
    for memo in _MEMOS:
        memo.clear()
    for cached in (_text, _spans_of, _notice_uses_remembered):
        cached.cache_clear()


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    found = pattern.search(text)
    return found.group(0).strip() if found else None


def _worded(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that hold a word: an entry of optional parts can match blank."""
    return (found for found in pattern.finditer(text) if found.group(0).strip())


def _sentences(text: str, lex: WordingLexicon) -> list[str]:
    return [s.strip() for s in lex.sentence_split.split(text) if s and s.strip()]


# --------------------------------------------------------------------------- bundled-consent


@dataclass(frozen=True, slots=True)
class BundledSentence:
    """A sentence that grants optional data use, and whether it names an unrelated action.

    ``tied_to_action`` is True for "By viewing your summary you agree to share…" (the grant is
    bound to doing something else by the sentence itself). False means a bare grant ("You
    agree that we may share…"): it only bundles when the page pairs it with a single non-choice
    button, which the check decides from the snapshot.
    """

    match: WordingMatch
    tied_to_action: bool


@_judgement(budgeted=True)
def match_bundled_sentence(text: str) -> BundledSentence | None:
    """The first sentence of ``text`` that grants optional data use outside a consent choice."""
    text = _text(text)
    for lex in lexicons_for(text):
        found = _bundled_sentence(text, lex)
        if found is not None:
            return found
    return None


def _bundled_sentence(text: str, lex: WordingLexicon) -> BundledSentence | None:
    gated = _mail_promised_for_a_gate(text, lex)
    if gated is not None:
        return gated
    uses_data = (lex.data_use.search(text) or (lex.use_of_it and lex.use_of_it.search(text))
                 or (lex.personal_data and lex.personal_data.search(text))
                 or (lex.tacit_grant and lex.tacit_grant.search(text)))
    if not lex.grant.search(text) or not uses_data:
        return None  # whole-text prefilter: most page text grants nothing, skip the splitting
    bare: BundledSentence | None = None
    for sentence in _sentences(text, lex):
        grant = _live_grant(sentence, lex)
        if not grant:
            continue
        choice = lex.consent_action_trigger.search(sentence)
        trigger_match = _unrelated_trigger(sentence, lex, choice)
        trigger = trigger_match.group(0).strip() if trigger_match else None
        if choice and not trigger:
            continue  # the action named is the consent itself ("By clicking Accept…")
        own = _act_resources(_act_with_its_object(sentence, trigger_match, lex), lex)
        data = _data_the_sentence_grants(text, sentence, trigger_match, lex, own)
        if not data:
            continue
        if trigger and _signs_up_for_plain_mail(sentence, lex, own):
            continue  # "By joining, you agree to receive our updates": the sign-up is for that mail
        if trigger:
            match = WordingMatch("bundled-consent", lex.language, "grant-tied-to-action",
                                 (trigger, grant, data), sentence)
            return BundledSentence(match, tied_to_action=True)
        if bare is None:
            match = WordingMatch("bundled-consent", lex.language, "grant-beside-single-action",
                                 (grant, data), sentence)
            bare = BundledSentence(match, tied_to_action=False)
    return bare


def _mail_promised_for_a_gate(text: str, lex: WordingLexicon) -> BundledSentence | None:
    """The sentence of ``text`` promising the sender's mail after an e-mail gate for something else.

    "Enter your email to get the free version. We'll send you occasional tips": no grant word, but
    the address is taken for the download and the mail is stated as what comes with it, the price
    of the download (ruling 4: marketing in exchange for a download). A gate whose object is the
    mail itself ("Enter your email to get our newsletter") is the sign-up, which ``email_gate``
    leaves out; a promise before the gate is no outcome of it.
    """
    if lex.email_gate is None or lex.gated_mail is None:
        return None
    gate = lex.email_gate.search(text)
    mail = lex.gated_mail.search(text, gate.end()) if gate else None
    if gate is None or mail is None:
        return None
    sentence = next((part for part in _sentences(text, lex) if mail.group(0) in part), mail.group(0))
    match = WordingMatch("bundled-consent", lex.language, "mail-promised-for-a-gated-download",
                         (gate.group(0).strip(), mail.group(0).strip()), sentence)
    return BundledSentence(match, tied_to_action=True)


def _data_the_sentence_grants(text: str, sentence: str, trigger: re.Match[str] | None, lex: WordingLexicon,
                              own: tuple[re.Pattern[str], ...]) -> str | None:
    """The optional data use the granting ``sentence`` of the notice ``text`` grants, or None.

    The use named in the sentence, outside the act its grant is tied to (``trigger``,
    :func:`_without_the_act`; ``own``: what that act itself hands over); for a grant of cookies
    alone, which cookies; for a grant tied to an act that names no use of its own, the visitor's
    personal data handed over by using the site, else what the notice around it says it does.
    """
    # the sentence, and the notice around it, with the act's own data-use words blanked
    granting = _without_uses_for_the_act(_without_the_act(sentence, trigger, lex), trigger, lex)
    granting = _without_the_acts_object(granting, trigger, lex)
    notice = text.replace(sentence, granting, 1)
    data = _granted_data_use(granting, lex, own=own)
    necessary_named = False
    if (data and "cookie" in data.casefold()
            and not _granted_data_use(granting, lex, beyond_cookies=True, own=own)):
        # A grant of cookies and nothing else: which cookies, the sentence says ("…our use of
        # necessary cookies", "…接受我们使用必要Cookie") or the notice around it does ("Ce site
        # utilise des cookies techniques nécessaires … vous acceptez l'utilisation de ces
        # cookies"); necessary ones only are nothing optional, as a grant naming no use at all.
        necessary_named = bool(lex.necessary.search(sentence))
        data = None if necessary_named else _notice_data_use(notice, lex, own=own)
    if trigger is not None and not data:
        data = _personal_data_for_site_use(sentence, lex, trigger)
        if data and _processing_only_necessary(text, lex, own):
            data = None
    if trigger is not None and not data:
        data = _tacit_grant(sentence, lex)
    if trigger is not None and not data and not necessary_named:
        if _grants_a_document_for_the_act(sentence, trigger, lex):
            return None  # "注册即表示您同意《用户协议》": the document, not what the notice describes
        # "We use cookies … If you continue to use this site we will assume that you are
        # happy with it": the grant's object is named in the notice, not in its sentence.
        # (Not when the sentence names it as necessary cookies: "By visiting, you agree to our
        # essential cookies. With your consent, we also use analytics cookies" grants only
        # those; the notice's other cookies wait for their own consent.)
        # A grant of the notice's policy or terms ("继续使用即表示您同意我们的《隐私政策》")
        # grants what the notice itself says it does, when that is more than cookies
        # ("…分析流量并展示个性化广告"); a notice about cookies alone grants only terms,
        # unless the sentence also grants "it" ("…you are happy with it and agree to our
        # privacy policy": the cookies the notice names).
        terms_only = bool(lex.terms.search(sentence)) and not (
            lex.use_of_it is not None and lex.use_of_it.search(sentence))
        data = _notice_data_use(notice, lex, beyond_cookies_only=terms_only, own=own)
    return data


def _grants_a_document_for_the_act(sentence: str, trigger: re.Match[str], lex: WordingLexicon) -> bool:
    """Whether ``sentence`` grants only a document, tied to an act the visitor asks for (``document_act``).

    "个性化推荐可在设置中随时关闭。注册即表示您同意《用户协议》": registering accepts the terms of the
    account it opens; the uses the notice describes beside it are not what that grant grants (rulings 2
    and 3). Not where the act is merely using the site (``site_use``): "继续使用即表示您同意我们的《隐私
    政策》" grants what the notice says the site does (EDPB 05/2020 §86).
    """
    if lex.document_act is None or not lex.document_act.search(trigger.group(0)):
        return False
    if _ties_to_site_use(sentence, lex):
        return False
    return bool(lex.terms.search(sentence)
                or (lex.document_title is not None and lex.document_title.search(sentence)))


def _signs_up_for_plain_mail(sentence: str, lex: WordingLexicon,
                             own: tuple[re.Pattern[str], ...]) -> bool:
    """Whether ``sentence`` ties only the sender's plain mail to a bare sign-up.

    "By joining, you agree to receive launch updates", "By signing up, you agree to receive emails
    from us": a sign-up that names nothing else to sign up for is the sign-up for that mail, as a
    "Subscribe" button is (ruling 4). Not when anything beyond plain mail is granted ("…marketing
    emails", "…offers", "…from our partners"), nor when the act has an object of its own ("By
    signing up for an account, …", "By registering for the event, …").
    """
    plain_mail = lex.plain_mail
    if lex.signup_act is None or plain_mail is None or not lex.signup_act.search(sentence):
        return False
    if lex.personal_data is not None and lex.personal_data.search(sentence):
        return False  # "…and you also consent to our data collection": more than mail
    # matched where the use starts, so its pattern sees the rest of the sentence ("receive
    # communications about our product offerings")
    return _grants_only(sentence, lex, own, lambda use: plain_mail.match(sentence, use.start()) is not None)


def _grants_only(sentence: str, lex: WordingLexicon, own: tuple[re.Pattern[str], ...],
                 mail: Callable[[re.Match[str]], bool]) -> bool:
    """Whether ``sentence`` makes some data use, every one of them ``mail``, and names no third party.

    The one test behind both readings of ruling 4: a sign-up for the sender's plain mail
    (:func:`_signs_up_for_plain_mail`) and a newsletter form's own mail (:func:`grants_only_own_mail`).
    """
    if lex.third_party is not None and lex.third_party.search(sentence):
        return False
    uses = [m for m in lex.data_use.finditer(sentence) if _a_use_made(sentence, m, lex, own)]
    return bool(uses) and all(mail(use) for use in uses)


def _live_grant(sentence: str, lex: WordingLexicon) -> str | None:
    """The first grant word of ``sentence`` that grants something here and now.

    A grant word inside a ``not_a_grant`` span grants nothing: consent withdrawn ("You can
    withdraw your consent … by clicking"), denied ("Continuing does not constitute consent"),
    or chosen by the visitor ("choose which cookies you accept"). Consent managers write
    such sentences about themselves; they are the opposite of bundling.
    """
    found = next(_live_grants(sentence, lex), None)
    return found.group(0).strip() if found else None


def _live_grants(sentence: str, lex: WordingLexicon) -> Iterator[re.Match[str]]:
    """Every grant word of ``sentence`` outside a ``not_a_grant`` span (see :func:`_live_grant`)."""
    voids = list(_spans_of(lex.not_a_grant, sentence)) if lex.not_a_grant else []
    for found in lex.grant.finditer(sentence):
        if not found.group(0).strip():
            continue
        if _inside(found.span(), voids):
            continue
        yield found


def _overlaps(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    """Whether ``span`` shares a character with any of ``spans`` (half-open, as ``Match.span``)."""
    return any(start < span[1] and span[0] < end for start, end in spans)


@lru_cache(maxsize=256)
def _spans_of(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``pattern`` in ``text``, remembered: a reader asks again for each grant it weighs."""
    return tuple(m.span() for m in pattern.finditer(text))


def _personal_data_for_site_use(sentence: str, lex: WordingLexicon, trigger: re.Match[str]) -> str | None:
    """The visitor's personal data a grant tied to merely using the site hands over, if any.

    "By using our website, you consent to the collection and use of your information",
    "继续使用本网站即表示您同意我们收集和使用您的个人信息": no optional use is named, but carrying
    on with the ordinary use of a site is no indication of wishes (EDPB Guidelines 05/2020 on
    consent, §86), so consent to processing the visitor's data granted that way is bundled. Only
    when the trigger, or another act the sentence names after it, IS the use of the site
    (``site_use`` overlaps it: submitting a form, registering or ordering is what the processing
    serves) and the data is named in a granting clause (a clause with a live grant, with its
    "that …" complement): a grant of a document
    ("you agree to our Privacy Policy, which explains the use of your data") is not, nor
    processing for a purpose that is the visitor's own request (``serving_purpose`` after it:
    "…to the use of your data for this consultation").
    """
    if lex.site_use is None or lex.personal_data is None:
        return None
    # every act the sentence names, not only the first: "Durch den Zugriff auf oder die Nutzung
    # unserer Website stimmen Sie …" names the site in its second
    acts = [trigger, *(found for found in _worded(lex.unrelated_action_trigger, sentence)
                       if found.start() > trigger.start())]
    if not any(_overlaps(use.span(), (act.span() for act in acts))
               for use in lex.site_use.finditer(sentence)):
        return None
    granting = [_clause_span(sentence, grant.start(), lex, with_complement=True)
                for grant in _live_grants(sentence, lex)]
    for found in lex.personal_data.finditer(sentence):
        # overlapping, not starting in it: an enumeration's commas split clauses ("mit der
        # Erhebung, Verarbeitung und Nutzung von Daten einverstanden")
        inside = _overlaps(found.span(), granting)
        serves = lex.serving_purpose is not None and lex.serving_purpose.search(sentence, found.end())
        if inside and not serves and found.group(0).strip() and not _in_denial(sentence, found.start(), lex):
            return found.group(0).strip()
    return None


def _tacit_grant(sentence: str, lex: WordingLexicon) -> str | None:
    """The consent ``sentence`` calls tacit or implied, of the visitor's data or the privacy notice.

    "Al proporcionarnos sus datos, usted acepta de manera tácita que tratemos dichos datos": the
    sentence itself says the consent is presumed from the act, not given by a choice, so whatever
    the act is, the grant is bundled with it. Only over a live grant (not one withdrawn or denied,
    ``not_a_grant``) and outside a clause that denies it (:func:`_in_denial`).
    """
    if lex.tacit_grant is None:
        return None
    live = [grant.span() for grant in _live_grants(sentence, lex)]
    for found in lex.tacit_grant.finditer(sentence):
        granted = _overlaps(found.span(), live)
        if found.group(0).strip() and granted and not _in_denial(sentence, found.start(), lex):
            return found.group(0).strip()
    return None


def _ties_to_site_use(sentence: str, lex: WordingLexicon) -> bool:
    """Whether ``sentence`` names merely using the site (``site_use``) as what its grant is tied to.

    The one exception every reading of an act's own needs shares: carrying on with the ordinary use
    of a site is no act the visitor asked for, so nothing is "what that act needs" (EDPB 05/2020 §86).
    """
    return lex.site_use is not None and lex.site_use.search(sentence) is not None


#: An act named in so many words or fewer ("En partageant", "Mit dem Teilen") is the doing itself;
#: a longer trigger span may hold the notice's own words (an enrolment stated from the sentence start).
MAX_ACT_WORDS = 4


def _without_the_act(sentence: str, trigger: re.Match[str] | None, lex: WordingLexicon) -> str:
    """``sentence`` with the data-use words of a short, one-clause trigger blanked.

    "En partageant cet article, vous acceptez nos conditions": sharing is what the visitor does,
    not a data use the sentence grants. A trigger span that crosses a clause split ("活动可能拍摄
    影像用于宣传，报名即视为…") holds the notice's own words, and stays; the trigger's other words
    stay too ("Mit der Nutzung unserer Website" is still the site's use). Blanked with spaces, so
    indexes stay valid.
    """
    if (trigger is None or len(trigger.group(0).split()) > MAX_ACT_WORDS
            or lex.clause_split.search(trigger.group(0))):
        return sentence
    return _without_matches(sentence, lex.data_use, trigger.start(), trigger.end())


#: A clause of so many words or fewer right after the act's object ("Al conectar una cuenta social,
#: publicitaria o SaaS, …") is one more item of the object's enumeration, not a clause of its own:
#: the bound of an act said in few words (:data:`MAX_ACT_WORDS`), named for what it bounds here.
MAX_ENUMERATION_ITEM_WORDS = MAX_ACT_WORDS


def _without_the_acts_object(sentence: str, trigger: re.Match[str] | None, lex: WordingLexicon) -> str:
    """``sentence`` with the data-use words of the object the act takes in its own clause blanked.

    "Al unirte al programa de socios, aceptas las condiciones", "Al rellenar los formularios de
    contacto o newsletter, consientes el tratamiento de tus datos": the members, the newsletter are
    what the visitor acts on, not a use the grant grants; a use in the granting clause still counts.
    Only for a trigger ``act_with_object`` names, when no live grant reaches into its clause, and never
    where the sentence ties the grant to merely using the site (``site_use``: "Si sigues navegando
    con las cookies de terceros activadas, aceptas su uso" grants those cookies). Blanked with
    spaces, so indexes stay valid.
    """
    if (trigger is None or lex.act_with_object is None or not lex.act_with_object.match(trigger.group(0))
            or _ties_to_site_use(sentence, lex)):
        return sentence
    _, end = _clause_span(sentence, trigger.end(), lex)
    grants = list(_live_grants(sentence, lex))  # read once: the loop below asks per enumeration item
    # an enumeration goes on past its commas ("Al conectar una cuenta social, publicitaria o SaaS, …"):
    # a following clause of a few words is still the object, unless it grants ("Indem du dem
    # Partnerprogramm beitrittst, akzeptierst du die Bedingungen": the grant's own short clause)
    while end < len(sentence):
        _, following = _clause_span(sentence, end + 1, lex)
        item = sentence[end + 1:following]
        if (following >= len(sentence) or len(item.split()) > MAX_ENUMERATION_ITEM_WORDS
                or any(end < grant.start() < following for grant in grants)):
            break
        end = following
    if end <= trigger.end() or any(grant.end() > trigger.end() and grant.start() < end for grant in grants):
        return sentence
    return _without_matches(sentence, lex.data_use, trigger.end(), end)


def _without_uses_for_the_act(sentence: str, trigger: re.Match[str] | None, lex: WordingLexicon) -> str:
    """``sentence`` with each use blanked whose stated purpose is the doing the grant is tied to.

    "开始测评即表示您同意平台收集信息用于测评": the information is collected for the assessment the
    visitor starts, what that act needs (ruling 2), not an option beside it. Only a use alone in
    its clause, whose clause ends in an ``act_purpose`` whose object the trigger names; "…用于测评
    和营销" names more than the act, and a purpose the act does not name ("参加活动即…用于广告") stays.
    Never where the sentence ties the grant to merely using the site (``site_use``): "…用于本网站"
    serves no act the visitor asked for (EDPB 05/2020 §86). Blanked with spaces, so indexes stay valid.
    """
    if trigger is None or lex.act_purpose is None or _ties_to_site_use(sentence, lex):
        return sentence
    # the act with the object it takes ("By starting your free trial, you agree to receive emails
    # about your trial"): a spaced script names its object after the verb, outside the trigger
    act = _act_with_its_object(sentence, trigger, lex)
    for_the_act: list[tuple[int, int]] = []
    for found in lex.data_use.finditer(sentence):
        start, end = _clause_span(sentence, found.start(), lex)
        clause = sentence[start:end]
        purpose = lex.act_purpose.search(clause, found.end() - start)
        named = purpose.group("purpose") if purpose else None
        if not named or not _act_names(act, named):
            continue
        # alone in its clause, and naming no other use inside it ("receive marketing emails about
        # your trial" is marketing whatever it is about); counted only here, for a purpose the act
        # names: counted for every use, a 1,000-character clause of uses is read once per use
        if (len(list(_worded(lex.data_use, clause))) == 1
                and lex.data_use.search(sentence, found.start() + 1, found.end()) is None):
            for_the_act.append(found.span())
    return _blanked(sentence, for_the_act)


# A letter of a Latin script, accented ones included ("é" in "départ"), so that a word's edge in
# French, German or Spanish is where its letters stop; CJK characters are not in it (no spaces).
_LATIN_LETTER = "[a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]"


def _act_names(act: str, word: str) -> bool:
    """Whether ``act`` names ``word`` as a word of its own, not as a piece of a longer Latin word.

    "trial" in "By starting your free trial", not "art" in "starting" or "départ"; a script without
    spaces has no word edges to test, so "测评" or "APP" count anywhere in "下载APP参与测评".
    """
    edged = rf"(?<!{_LATIN_LETTER}){re.escape(word)}(?!{_LATIN_LETTER})"
    return re.search(edged, act, re.IGNORECASE) is not None


def _blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` replaced by as many spaces.

    How the ``_without_*`` readers leave words out: the rest is read as if they were not there,
    while every index into ``text`` stays valid for the caller's other matches.
    """
    kept = list(text)
    for start, end in spans:
        kept[start:end] = " " * (end - start)
    return "".join(kept)


def _without_matches(text: str, pattern: re.Pattern[str], start: int = 0, end: int | None = None) -> str:
    """``text`` with every match of ``pattern`` between ``start`` and ``end`` blanked (:func:`_blanked`).

    How the ``_without_*`` readers leave out a kind of words (an act's data uses, a document's
    title). ``pattern.finditer`` with bounds, not a slice: look-behinds still see the words before
    ``start`` (``end`` ends the text for look-aheads, as a slice would).
    """
    found = pattern.finditer(text, start, len(text) if end is None else end)
    return _blanked(text, (match.span() for match in found))


def _processing_only_necessary(text: str, lex: WordingLexicon, own: tuple[re.Pattern[str], ...]) -> bool:
    """Whether the notice says its processing of the visitor's data is only what the service needs.

    "Deine Daten werden ausschließlich zur Bereitstellung der App verwendet … Mit der Nutzung der
    App stimmst du der Speicherung deiner Daten zu": the processing a grant tied to using the app
    names is the one the notice calls necessary, so nothing optional is granted (ruling 1's
    exception). Only where a sentence about data use (``consent_scope``), not about cookies, calls
    it necessary, and the notice names no optional use besides (``_notice_data_use``): "we set
    only necessary cookies" beside "the collection of your data" says nothing of that data.
    """
    said = any(lex.necessary.search(part) and lex.consent_scope.search(part)
               and "cookie" not in part.casefold() for part in _sentences(text, lex))
    return said and _notice_data_use(text, lex, beyond_cookies_only=True, own=own) is None


def _clause_span(sentence: str, at: int, lex: WordingLexicon,
                 with_complement: bool = False) -> tuple[int, int]:
    """Start and end of the clause of ``sentence`` around index ``at``.

    ``with_complement``: the clauses after it that open with a complementizer belong to it ("Sie
    erklären sich damit einverstanden, dass wir Ihre Daten verarbeiten").
    """
    splits = list(lex.clause_split.finditer(sentence))
    start = max((m.end() for m in splits if m.end() <= at), default=0)
    after = [m for m in splits if m.start() >= at]
    while with_complement and after:
        following = sentence[after[0].end():after[1].start() if len(after) > 1 else len(sentence)]
        if not lex.complementizer.match(following.lstrip()):
            break
        after = after[1:]
    return start, after[0].start() if after else len(sentence)


def _act_with_its_object(sentence: str, trigger: re.Match[str] | None, lex: WordingLexicon) -> str:
    """The trigger with the object it takes in its own clause.

    Read for :func:`_act_resources` and for :func:`_without_uses_for_the_act`. "By uploading your
    photo, you consent to its processing": the trigger names the doing ("By uploading"), its clause
    the resource handed over ("your photo"); "By starting your free trial, you agree to receive
    emails about your trial": the thing the act is about ("your free trial"). Only up to the end of
    the trigger's clause, and only when no grant word stands in that stretch: "开启定位即表示您同意…"
    keeps the trigger alone. "" when the grant is tied to no act. (:func:`_without_the_acts_object`
    reads the same object for another purpose, blanking its uses, and also runs on past an
    enumeration's commas.)
    """
    if trigger is None:
        return ""
    if not lex.act_resources and lex.act_purpose is None:
        return trigger.group(0)  # neither reader has anything to find in it: not worth reading
    _, end = _clause_span(sentence, trigger.end(), lex)
    granted_within = any(trigger.end() <= grant.start() < end for grant in _live_grants(sentence, lex))
    if end <= trigger.end() or granted_within:
        return trigger.group(0)
    return sentence[trigger.start():end]


def _act_resources(act: str, lex: WordingLexicon) -> tuple[re.Pattern[str], ...]:
    """The resources the doing itself hands over, named in the last clause of ``act``.

    "开启定位即表示您同意我们获取您的位置信息以推荐附近门店", "绑定手机号即表示您同意我们向该手机号
    发送验证码": the location or the number is what turning on location or binding the number gives;
    its use serves the doing. A use of anything else (sharing it, ads) is still granted beside it.
    Only the last clause counts: "我们收集您的位置，继续使用即视为…" names the location in the notice,
    not as the doing. ``act`` is the trigger with its object (:func:`_act_with_its_object`).
    """
    if not act or not lex.act_resources:
        return ()
    last = [part for part in lex.clause_split.split(act) if part.strip()][-1:]
    return tuple(resource for resource in lex.act_resources if last and resource.search(last[0]))


def _granted_data_use(sentence: str, lex: WordingLexicon, beyond_cookies: bool = False,
                      own: tuple[re.Pattern[str], ...] = ()) -> str | None:
    """The first data use ``sentence`` names outside a clause that denies it.

    "提交即表示您同意我们使用您的信息与您联系，我们不会将信息分享给第三方": the sharing is named
    to be ruled out. A clause with a negation and no grant of its own denies the uses it names;
    a use in the granting clause counts even beside a negation ("continuing without changing
    your settings means you accept cookies").
    """
    for found in lex.data_use.finditer(_without_document_contents(sentence, lex)):
        if beyond_cookies and "cookie" in found.group(0).casefold():
            continue
        if _a_use_made(sentence, found, lex, own):
            return found.group(0).strip()
    return None


#: How far before a use its opt-in condition may stand, in characters ("…and, if you have opted in,
#: for marketing"): one short clause, so a condition elsewhere in the sentence conditions nothing here.
OPTED_USE_REACH = 80


def _waits_for_an_opt_in(sentence: str, at: int, lex: WordingLexicon) -> bool:
    """Whether the use at index ``at`` of ``sentence`` has the visitor's own opt-in as its condition.

    "…to administer the contest and, if you opt in, for marketing communications": an ``opted_use``
    condition within :data:`OPTED_USE_REACH` before the use, with no clause split between, says that
    use waits for a separate choice (ruling 3); the grant here does not grant it.
    """
    return lex.opted_use is not None and any(
        not lex.clause_split.search(sentence, condition.end(), at)
        for condition in lex.opted_use.finditer(sentence, max(0, at - OPTED_USE_REACH), at))


def _a_use_made(sentence: str, found: re.Match[str], lex: WordingLexicon,
                own: tuple[re.Pattern[str], ...], refusing: bool = False) -> bool:
    """Whether the data use ``found`` in ``sentence`` is one the sentence makes.

    Not when its clause denies it (:func:`_in_denial`; ``refusing`` as there), when it is the
    resource the doing itself hands over (``own``, :func:`_act_resources`), when it only
    serves the visitor's own request (:func:`_serves_the_request`), or when the visitor's own
    opt-in is its condition, said before it in the same clause (:func:`_waits_for_an_opt_in`).
    """
    return (bool(found.group(0).strip()) and not _waits_for_an_opt_in(sentence, found.start(), lex)
            and not _in_denial(sentence, found.start(), lex, refusing=refusing)
            and not any(resource.search(found.group(0)) for resource in own)
            and not _serves_the_request(sentence, found.start(), lex))


def _without_document_contents(sentence: str, lex: WordingLexicon) -> str:
    """``sentence`` with each clause saying what a granted document explains blanked out.

    "Al registrarte aceptas la política de privacidad, que describe la cesión de datos a terceros":
    the grant is of the document; the uses in the relative clause that ``document_contents`` opens
    are what the document explains, not what the grant grants. So are the words of a document's
    title (``document_title``: "同意《第三方信息共享清单》" grants the list, not the sharing), and use
    words that make no use of the visitor's data (``names_no_use``: ads blocked or absent, "无广告",
    "屏蔽第三方广告"; the visitor's own parcel tracked, "物流跟踪"). Blanked with spaces, so indexes
    into the sentence stay valid.
    """
    for names in (lex.document_title, lex.names_no_use):
        if names is not None:
            sentence = _without_matches(sentence, names)
    if lex.document_contents is None:
        return sentence
    bounds = [0, *(i for m in lex.clause_split.finditer(sentence) for i in m.span()), len(sentence)]
    contents = lex.document_contents
    return _blanked(sentence, ((start, end) for start, end in zip(bounds[::2], bounds[1::2], strict=False)
                               if contents.match(sentence[start:end].lstrip())))


def _serves_the_request(sentence: str, at: int, lex: WordingLexicon) -> bool:
    """Whether the use at ``at`` is only what the visitor's own request needs.

    "Mit dem Absenden willigen Sie ein, dass wir Sie zur Beantwortung Ihrer Anfrage
    kontaktieren": contacting them about their request is that request, not an option tied to
    it. Only a ``served_use`` (contact, passing on, cookies), alone in its clause, with a
    ``serving_purpose`` in that clause or the sending of a request (``request_act``) before it:
    "Al enviar, aceptas que te contactemos por WhatsApp" names no purpose, and the reply is the one
    the sending asks for. "…zur Beantwortung Ihrer Anfrage und für Werbung kontaktieren" names an
    option beside it. Never where the sentence ties it to merely using the site (``site_use``):
    that grant is bundled whatever it serves (EDPB 05/2020 §86).
    """
    if lex.served_use is None or lex.serving_purpose is None or not lex.served_use.match(sentence, at):
        return False
    if _ties_to_site_use(sentence, lex):
        return False
    start, end = _clause_span(sentence, at, lex, with_complement=True)
    clause = sentence[start:end]
    if len(list(_worded(lex.data_use, clause))) != 1:
        return False  # not alone in its clause: a use beside it is an option
    replies = lex.request_act is not None and lex.request_act.search(sentence, 0, at) is not None
    return replies or lex.serving_purpose.search(clause) is not None


def _in_denial(sentence: str, at: int, lex: WordingLexicon, refusing: bool = False) -> bool:
    """Whether the clause of ``sentence`` around index ``at`` negates and grants nothing.

    Nothing: neither read in the clause alone nor in the whole sentence, since some grants show
    only with the clause after them ("If you do not agree, please leave the site" grants by
    staying). ``refusing``: a refusing verb counts as a negation too. Used for the rest of a notice: a
    use it names only as the visitor's right to refuse ("You may opt out of marketing emails at
    any time") is not what the grant beside it grants. Not in the granting sentence itself,
    where "sin que manifieste su oposición" is the condition of the grant, not a denial.
    """
    start, end = _clause_span(sentence, at, lex)
    clause = sentence[start:end]
    refuses = lex.negation.search(clause) or (refusing and lex.negative_verb.search(clause))
    # a grant the clause holds but shows only with the sentence around it ("If you do not agree to
    # cookies, please leave the site": its refusal grants by staying, which the next clause says)
    return bool(refuses) and _live_grant(clause, lex) is None and not any(
        start <= grant.start() < end for grant in _live_grants(sentence, lex))


def _unrelated_trigger(sentence: str, lex: WordingLexicon,
                       choice: re.Match[str] | None) -> re.Match[str] | None:
    """The unrelated action a sentence ties its grant to, outside any consent-choice trigger.

    "By clicking on the accept button, or by continuing to use this website, you consent…"
    names the choice AND an alternative that is not one: the alternative bundles. A trigger that
    introduces a choice (:func:`_introduces`: "Indem Sie auf „Akzeptieren“ klicken", "By
    clicking…" is also "by <verb>ing") is the consent itself; so is one introducing any other
    choice the sentence names. ``choice``: the sentence's first consent-choice trigger, or None.
    """
    if choice is None:
        return next(_worded(lex.unrelated_action_trigger, sentence), None)
    # splits found in the whole sentence, so one that looks ahead ("ou" before another gerund)
    # is seen: a split lying between the trigger and the choice counts
    splits = [m.span() for m in lex.clause_split.finditer(sentence)]
    # every choice the sentence names: "En paramétrant vos choix … ou en cliquant sur « Tout
    # accepter »" offers two ways of choosing, and the trigger of either introduces a choice
    choices = list(_worded(lex.consent_action_trigger, sentence)) or [choice]
    return next((found for found in _worded(lex.unrelated_action_trigger, sentence)
                 if not any(_introduces(found, each, sentence, splits, lex) for each in choices)), None)


def _introduces(trigger: re.Match[str], choice: re.Match[str], sentence: str,
                splits: list[tuple[int, int]], lex: WordingLexicon) -> bool:
    """Whether ``trigger`` is the way of making ``choice``, not an act of its own beside it.

    It is when they share a clause (no split of ``splits`` lies between them) and no "or"
    (``alternative_action``) joins another act to the choice between or within them.
    """
    low, high = min(trigger.end(), choice.end()), max(trigger.start(), choice.start())
    split_between = any(low <= start and end <= high for start, end in splits)
    # "点击“接受”或继续浏览本网站，即表示…": a trigger spanning the choice still names an
    # unrelated alternative after it, joined by "or" inside the same clause; so does one before
    # it ("By continuing to browse or by clicking Accept, you agree…"); so does one that starts after
    # the choice and holds the "or" ("点击“同意”本政策或以任何方式开始使用本服务，即表示…")
    alternative = lex.alternative_action is not None and (
        (trigger.start() <= choice.start()
         and lex.alternative_action.search(sentence, choice.end(), trigger.end()))
        or (trigger.end() <= choice.start()
            and lex.alternative_action.search(sentence, trigger.end(), choice.start()))
        or (choice.end() <= trigger.start()
            and lex.alternative_action.search(sentence, choice.end(), trigger.end())))
    return not split_between and not alternative


def _notice_data_use(text: str, lex: WordingLexicon, beyond_cookies_only: bool = False,
                     own: tuple[re.Pattern[str], ...] = ()) -> str | None:
    """:func:`_notice_uses_read`, asked once per notice: each grant sentence of a notice asks it again.

    Without this a notice of n grant sentences was read n times over (a hostile 1,000-character
    block of repeated grants cost ~45 ms). Remembered only for the loaded lexicons (keyed on
    their language; hashing a lexicon itself costs more than reading a short notice).
    """
    if lexicon(lex.language) is not lex:
        return _notice_uses_read(text, lex, beyond_cookies_only, own)
    return _notice_uses_remembered(text, lex.language, beyond_cookies_only, own)


@lru_cache(maxsize=64)
def _notice_uses_remembered(text: str, language: str, beyond_cookies_only: bool,
                            own: tuple[re.Pattern[str], ...]) -> str | None:
    return _notice_uses_read(text, lexicon(language), beyond_cookies_only, own)


def _notice_uses_read(text: str, lex: WordingLexicon, beyond_cookies_only: bool = False,
                      own: tuple[re.Pattern[str], ...] = ()) -> str | None:
    """The optional data use a whole notice names, or None when its only use is necessary cookies.

    ``beyond_cookies_only``: count only uses other than cookies (analytics, ads, sharing), and
    none from a sentence with a negation in it: a notice that denies a use ("We never sell
    your data", "Wir verkaufen keine Daten") does not make it.
    """
    # A sentence that only points to a document ("Bitte lesen Sie unsere Hinweise zu Werbung")
    # names a text to read, not a use the notice makes.
    sentences = [part for part in _sentences(text, lex)
                 if not (lex.document_pointer and lex.document_pointer.search(part))]
    sentences = [_without_document_contents(part, lex) for part in sentences]
    if beyond_cookies_only:
        # nor from one that ties the use to its own consent control ("Mit dem Anlegen eines Kontos
        # akzeptieren Sie unsere AGB. Werbung erhalten Sie nur, wenn Sie dies unten ankreuzen"):
        # that is the separate choice, not what accepting the terms grants
        sentences = [s for s in sentences
                     if not lex.negation.search(s) and not lex.consent_action_trigger.search(s)]
    # A use other than cookies that a sentence ties to its own consent act ("If you subscribe to
    # our newsletter, you consent to promotional emails", "By ticking the box you agree to partner
    # offers") is that separate choice, not what another sentence's act grants. Its cookies stay:
    # "By clicking Accept you agree to cookies. If you keep browsing, we assume you agree" grants
    # the same cookies by both routes.
    uses = [m.group(0).strip() for sentence in sentences
            for m in lex.data_use.finditer(sentence)
            if _a_use_made(sentence, m, lex, own, refusing=True)
            and not ("cookie" not in m.group(0).casefold() and lex.consent_action_trigger.search(sentence))]
    beyond_cookies = [u for u in uses if "cookie" not in u.casefold()]
    if beyond_cookies:
        return beyond_cookies[0]
    if uses and not beyond_cookies_only and not lex.necessary.search(text):
        return uses[0]
    if not uses and lex.use_of_it and lex.use_of_it.search(text) and _names_cookies(text, lex):
        # "Lee nuestra política de cookies … si continúas navegando, aceptas su uso": the use
        # granted is that of the cookies the notice names, even where it names them as the
        # title of its policy.
        return "cookies"
    return None


def _names_cookies(text: str, lex: WordingLexicon) -> bool:
    """The notice speaks of cookies (any mention), and not of necessary ones only."""
    return "cookie" in text.casefold() and not lex.necessary.search(text)


@_judgement(budgeted=True)
def match_bundled_action_label(label: str) -> WordingMatch | None:
    """A button/link label that does an unrelated thing *and* grants data use.

    "View my bill and share my data with Sesame Credit", "查看账单并授权芝麻信用". A label that
    starts as a consent choice ("Accept and continue", "同意并继续") is the consent itself.
    """
    label = _text(label)
    if is_consent_choice_action(label):
        return None
    for lex in lexicons_for(label):
        found = _bundled_action_label(label, lex)
        if found is not None:
            return found
    return None


def _bundled_action_label(label: str, lex: WordingLexicon) -> WordingMatch | None:
    join = lex.action_join.search(label)
    if not join:
        return None
    after = label[join.end():]
    verb = _first(lex.action_join_verb, after)
    data = _first(lex.data_use, _without_document_contents(after, lex))
    if verb and data:
        return WordingMatch("bundled-consent", lex.language, "action-label-bundles-grant",
                            (join.group(0).strip(), verb, data), label)
    return None


@_judgement(budgeted=True)
def match_bundled_control_label(label: str) -> WordingMatch | None:
    """A consent box whose one tick both asks for the service and grants optional data use.

    "Yes, I want to enter the prize draw and agree that partners may call me with offers": the
    person cannot have the service without the grant, so the grant is tied to it. The use must
    follow the request's "and", and the grant too, unless what follows is only a verb or a "that"
    clause the request's own grant governs ("Acepto las bases y recibir novedades"); a box that
    only accepts the service's terms ("… and accept the conditions of entry") grants no optional use.
    """
    label = _text(label)
    for lex in lexicons_for(label):
        if lex.service_request is None:
            continue
        request = lex.service_request.search(label)
        join = lex.action_join.search(label, request.end()) if request else None
        if request is None or join is None:
            continue
        after = label[join.end():]
        grant = _live_grant(after, lex)
        joined = after.lstrip()
        joined_verb = lex.action_join_verb.match(joined)
        if grant is None and (joined_verb or lex.complementizer.match(joined)):
            # "Acepto las bases y recibir novedades", "…y que compartáis mis datos": the object after
            # "and" has no grant of its own; the request's grant governs it too, even where it only
            # grants what the request needs ("J'accepte d'être recontacté au sujet de ma demande et
            # de recevoir …": a grant serving the request is void there, not for what follows); after
            # a request with no grant word ("J'ai pris connaissance des CGU et je veux recevoir vos
            # offres"), the box's one tick gives the joined wish
            grant = (_live_grant(request.group(0), lex) or _first(lex.grant, request.group(0))
                     or (joined_verb.group(0).strip() if joined_verb else None))
        data = _granted_data_use(after, lex) if grant else None
        if grant and data:
            return WordingMatch("bundled-consent", lex.language, "box-couples-request-and-grant",
                                (request.group(0).strip(), grant, data), label)
    return None


def _label_is(label: str, kind: Callable[[WordingLexicon], re.Pattern[str] | None]) -> bool:
    """Whether a button label matches a lexicon's ``kind`` of action, in any language it may be in."""
    label = _text(label)
    return any((pattern := kind(lex)) is not None and pattern.search(label) for lex in lexicons_for(label))


@_judgement(budgeted=False)
def is_consent_choice_action(label: str) -> bool:
    """Whether a button is itself a consent choice (accept/agree or decline/settings)."""
    return _label_is(label, lambda lex: lex.consent_choice_action)


@_judgement(budgeted=False)
def is_subscription_action(label: str) -> bool:
    """Whether a button subscribes to the site's mail ("Subscribe", "Join our newsletter", "立即订阅")."""
    return _label_is(label, lambda lex: lex.subscription_action)


@_judgement(budgeted=False)
def grants_only_own_mail(sentence: str, language: str) -> bool:
    """Whether every data use ``sentence`` grants is the site's own mail, and no third party is named.

    "By signing up, you agree to receive marketing emails from us" beside a "Subscribe" button
    grants what that button asks for: the subscription is the act and the consent at once
    (ruling 4). "…and offers from our partners" grants more. Read with the lexicon that matched
    the grant (``language``), never another language's fallback.
    """
    sentence, lex = _text(sentence), lexicon(language)
    own_mail = lex.own_mail
    if own_mail is None or lex.third_party is None:
        return False
    return _grants_only(sentence, lex, (), lambda use: own_mail.search(use.group(0)) is not None)


@_judgement(budgeted=False)
def mentions_data_use(text: str) -> bool:
    """Whether a text (e.g. a checkbox label) is about optional data use.

    A box for processing the visitor's personal data ("I consent to the processing of my
    personal data") counts: it is the separate choice a notice tying that grant to using the
    site would otherwise take away.
    """
    text = _text(text)
    return any(_first(lex.data_use, text) or (lex.personal_data and _first(lex.personal_data, text))
               for lex in lexicons_for(text))


# --------------------------------------------------------------------------- confirmshaming


@_judgement(budgeted=True)
def match_confirmshaming(text: str) -> WordingMatch | None:
    """Decline wording that guilt-trips ("No thanks, I don't like saving money", "残忍拒绝").

    Two ways in: a known shaming idiom (``confirmshaming.shame``: "残忍拒绝"), or the STRUCTURE
    of a shaming decline (:func:`_shaming_structure`): the visitor is made to speak, and what
    they say turns down an obvious good or embraces a loss.
    """
    text = _text(text)
    for lex in lexicons_for(text):
        found = _shaming_structure(text, lex)
        if found is not None:
            return found
        phrase = _first(lex.shame, text)
        if phrase:
            return WordingMatch("confirmshaming", lex.language, "shame", (phrase,), text)
    return None


@cache
def _vader_lexicon() -> Mapping[str, float]:
    """VADER's word valences (shipped inside the vaderSentiment wheel; nothing is downloaded)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer().lexicon


@cache
def _pattern_lexicon(package: str, data_file: str) -> Mapping[str, float]:
    """Word-form polarities (-1..1) of a Pattern-format sentiment XML shipped inside ``package``.

    textblob-de (German Polarity Lexicon, Klenner et al.) and textblob-fr (Pattern's French
    adjectives) ship such a file; it is only READ, found where the package is installed without
    importing the package's code (which would import NLTK). A form listed in several senses gets
    their mean, as Pattern itself scores it. Nothing is downloaded.
    """
    import xml.etree.ElementTree as ElementTree
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise WordingLexiconError(f"valence lexicon {package!r} is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / data_file
    senses: dict[str, list[float]] = {}
    for word in ElementTree.parse(path).getroot().iter("word"):
        form, polarity = word.get("form"), word.get("polarity")
        if form and polarity:
            senses.setdefault(form.casefold(), []).append(float(polarity))
    return {form: sum(values) / len(values) for form, values in senses.items()}


# A word-valence lexicon (``confirmshaming.structure.valence``): its loader, and the words of a
# text it is looked up with (VADER's entries are English words with apostrophes; the others are
# letters only, so French elisions split: "d'un jardin magnifique"; a German hyphenated compound
# stays one word, its head found by _compound_head: "Liebe-Grüße-Karte" is a card).
_VALENCE_LEXICONS: dict[str, tuple[Callable[[], Mapping[str, float]], re.Pattern[str]]] = {
    "vader": (_vader_lexicon, re.compile(r"[a-z']+")),
    "textblob-de": (lambda: _pattern_lexicon("textblob_de", "data/de-sentiment.xml"),
                    re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")),
    "textblob-fr": (lambda: _pattern_lexicon("textblob_fr", "fr-sentiment.xml"),
                    re.compile(r"[^\W\d_]+")),
}


@cache
def _jieba() -> Any:
    """The jieba segmenter, quiet (its dictionary ships in the wheel)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def _segmented(text: str) -> list[str]:
    return [w for w in _jieba().lcut(text) if w.strip()]


def _names(pattern: re.Pattern[str], text: str, decline: DeclineStructure) -> str | None:
    """The first good/loss ``text`` names: anywhere (Latin), or as a whole segmented word."""
    if decline.segmenter == "jieba":
        return next((w for w in _segmented(text) if pattern.fullmatch(w)), None)
    return _first(pattern, text)


def _by_valence(text: str, decline: DeclineStructure, good: bool) -> str | None:
    """A word of ``text`` whose valence makes it a good (or a loss), when the language has one."""
    if not decline.valence:
        return None
    load, words = _VALENCE_LEXICONS[decline.valence]
    valences = load()
    for word in words.findall(text.casefold()):
        if word in decline.valence_ignore:
            continue
        value = valences.get(word)
        if value is None and decline.valence_compounds:
            word, value = _compound_head(word, valences)
        if value is None or word in decline.valence_ignore:
            continue
        if (good and value >= decline.good_valence) or (not good and value <= decline.loss_valence):
            return word
    return None


def _compound_head(word: str, valences: Mapping[str, float]) -> tuple[str, float | None]:
    """The longest final part of a compound that has a valence ("lebensfreude" -> "freude").

    German writes compounds as one word and the last part is the head: "Lebensfreude" is a joy,
    "Rabattcode" a code, "Liebe-Grüße-Karte" a card. Parts shorter than five letters are not
    tried ("arm", "gut" end too many unrelated words).
    """
    word = word.rpartition("-")[2]
    for start in range(len(word) - 4):
        value = valences.get(word[start:])
        if value is not None:
            return word[start:], value
    return word, None


def _shaming_structure(text: str, lex: WordingLexicon) -> WordingMatch | None:
    """First person + (rejects an obvious good | prefers a loss): who speaks and what they say.

    "No thanks, I don't feel lucky": the visitor speaks ("I"), rejects ("don't feel") a good
    ("lucky", by valence). "Nah, I'll pay full price": speaks, prefers ("I'll") a loss ("pay
    full price"). "No thanks" (nobody speaks), "You'll miss out" (the site speaks) and "I don't
    want marketing emails" (a neutral object) are not.
    """
    decline = lex.decline
    speaker = _names(decline.first_person, text, decline)
    if not speaker or (decline.acknowledges is not None and decline.acknowledges.search(text)):
        return None
    rejected = decline.rejects.search(text)
    if rejected and not _first(decline.neutral_objects, text):
        after = text[rejected.end():]
        good = (_names(decline.goods, text, decline)
                or _by_valence(after, decline, good=True))
        if good:
            return WordingMatch("confirmshaming", lex.language, "first-person-rejects-good",
                                (speaker, rejected.group(0).strip(), good), text)
    preferred = decline.prefers.search(text)
    if preferred:
        after = text[preferred.end():]
        outright = decline.valence_prefers is None or decline.valence_prefers.search(text)
        loss = (_names(decline.losses, text, decline)
                or (outright and _by_valence(after, decline, good=False)))
        if loss:
            return WordingMatch("confirmshaming", lex.language, "first-person-prefers-loss",
                                (speaker, preferred.group(0).strip(), loss), text)
    return None


# --------------------------------------------------------------------------- yes/no questions


def _question(text: str, lex: WordingLexicon) -> tuple[str, str] | None:
    """The first Yes/No question of ``text`` and what its "yes" does: ``(sentence, role)``."""
    for sentence in _sentences(text, lex):
        if not sentence.rstrip().endswith(("?", "？")) or not lex.question_asks.search(sentence):
            continue
        if lex.question_refusing.search(sentence):
            return sentence, "reject"
        if lex.question_granting.search(sentence):
            return sentence, "accept"
    return None


def yes_means(text: str) -> str | None:
    """What answering "Yes" to the prompt's question does: ``"accept"``, ``"reject"`` or None.

    "Do you want to opt out of personalised advertising?" -> ``"reject"`` (so a "No" button
    grants); "Do you accept cookies for analytics?" -> ``"accept"``; no question -> None. The
    prompt-role reader gives bare Yes/No buttons their role from this, not from the word.
    """
    text = _text(text)
    for lex in lexicons_for(text):
        found = _question(text, lex)
        if found is not None:
            return found[1]
    return None


# --------------------------------------------------------------------------- trick-wording


def is_opt_out_box(label: str) -> bool:
    """Whether a box's label makes UNticking the refusal ("Untick if you do not want offers").

    Such a box, ticked, is consent; ticked by default, it is consent given for the visitor (the
    preselection check's matter). Plain, consistent opt-out wording is not trick wording by
    itself: :func:`match_trick_wording` reports it only where the wording inverts.
    """
    label = _text(label)
    return any(_first(lex.opt_out_box, label) for lex in lexicons_for(label))



def _gap(between: str, unit: str) -> int:
    if unit == "words":
        return len(re.findall(r"\w+", between))
    return len(re.sub(r"\s", "", between))


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether ``span`` lies within one of ``spans``."""
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _not_negating(text: str, lex: WordingLexicon) -> list[tuple[int, int]]:
    """Spans whose negation word refuses nothing: a fact ("if you cannot…") or an answer's name.

    "Seleccionar No para evitar recibir copias" names the option "No"; the refusal is the
    plain "evitar", and one refusal doubles nothing.
    """
    return _impossible(text, lex) + _named_answers(text, lex)


def _impossible(text: str, lex: WordingLexicon) -> list[tuple[int, int]]:
    """Spans that say what cannot be done ("lässt sich nicht abbestellen", "if you cannot…")."""
    return _spans(lex.impossibility, text) if lex.impossibility is not None else []


def _named_answers(text: str, lex: WordingLexicon) -> list[tuple[int, int]]:
    """Spans that name an answer or keyword ("select No", "reply STOP"), not a negation."""
    return _spans(lex.answer_name, text) if lex.answer_name is not None else []


def _negation_spans(clause: str, lex: WordingLexicon, about_a_box: bool) -> list[tuple[int, int]]:
    negations = _spans(lex.negation, clause)
    spans = list(negations)
    # "Miss", "verpassen", "perderse" negate only where a box's meaning hangs on them: "don't
    # miss our offers" alone is a slogan, "tick if you do not want to miss offers" is a riddle.
    for pattern in (lex.negative_verb, lex.loss_verb) if about_a_box else (lex.negative_verb,):
        spans.extend(_spans(pattern, clause))
    # "lässt sich nicht abbestellen" says what cannot be done: that negation refuses nothing.
    # A named answer or keyword ("select No", "reply STOP to opt out") refuses nothing either,
    # whichever word class it is of: the refusal is the verb it names ("opt out").
    names = _named_answers(clause, lex)
    facts = _impossible(clause, lex) + names
    if facts:
        said = set(negations)
        spans = [span for span in spans
                 if not ((span in said and _inside(span, facts)) or _inside(span, names))]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:  # overlapping hits ("拒绝接收" and "拒绝") are one negation
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _double_negative(clause: str, lex: WordingLexicon, about_a_box: bool) -> tuple[str, str] | None:
    """Two negations close together, unless a condition or a coordinator opens between them.

    "No necesita responder si no quiere mensajes", "Bitte nicht ankreuzen, wenn Sie keine…":
    the second negation belongs to the condition, not to the verb the first one negates. "Wir
    verkaufen Ihre Daten nicht und geben sie nicht weiter": two negated predicates side by side.
    """
    spans = _negation_spans(clause, lex, about_a_box)
    for (s1, e1), (s2, e2) in pairwise(spans):
        between = clause[e1:s2]
        if lex.coordinator is not None and lex.coordinator.search(between):
            continue
        if _gap(between, lex.gap_unit) <= lex.max_negation_gap and not lex.conditional.search(between):
            return clause[s1:e1], clause[s2:e2]
    return None


def _clauses(sentence: str, lex: WordingLexicon) -> list[str]:
    """The sentence's clauses, a complement clause kept with the verb it completes.

    "Ich möchte nicht, dass meine Daten nicht … gespeichert werden": the comma before "dass"
    opens the object of "möchte nicht", so its negation and the one inside it are one thought.
    """
    clauses: list[str] = []
    for clause in lex.clause_split.split(sentence):
        if not clause or not clause.strip():
            continue
        if clauses and lex.complementizer.match(clause.lstrip()):
            clauses[-1] = f"{clauses[-1]} {clause.strip()}"
        else:
            clauses.append(clause)
    return clauses


@dataclass(frozen=True, slots=True)
class _Thought:
    """A clause with the clauses that only qualify it, and its "if …" part (``""`` when none)."""

    text: str
    condition: str


def _acts_on_the_box(clause: str, lex: WordingLexicon) -> bool:
    """Whether the clause ticks, unticks or leaves empty the box."""
    return any(p.search(clause) for p in (lex.tick_verb, lex.untick_verb, lex.blank_box))


def _only_acts_on_the_box(clause: str, lex: WordingLexicon) -> bool:
    """A clause that says what is done to the box and nothing about what it means.

    "En ne cochant pas la case, j'accepte…", "Bitte NICHT ankreuzen, wenn…": the meaning is
    in the clause next to it, so the two are read together.
    """
    acts = _acts_on_the_box(clause, lex)
    means = any(p.search(clause) for p in (lex.volition, lex.grant, lex.negative_verb))
    return acts and not means


def _thoughts(sentence: str, lex: WordingLexicon) -> list[_Thought]:
    """The sentence's clauses, each joined with the clauses that only qualify it.

    A condition clause ("Si vous ne souhaitez pas recevoir nos offres, cochez cette case",
    "Bitte nicht ankreuzen, wenn Sie Tracking ablehnen", "如您不希望接收推送，请勾选此框") and a
    clause that only acts on the box go with the clause they qualify, whichever comes first.
    """
    thoughts: list[_Thought] = []
    pending, pending_condition = "", ""  # leading qualifiers, waiting for their clause
    open_condition = False  # the last clause was a condition whose negation has not met its verb yet
    for clause in _clauses(sentence, lex):
        clause = clause.strip()
        condition = lex.conditional.search(clause)
        leads = condition is not None and condition.start() == 0
        if open_condition and not leads and not _acts_on_the_box(clause, lex):
            # a list the condition goes on with past its comma: "wenn Sie KEINE Newsletter,
            # Berichte und Neuigkeiten erhalten möchten" (its wish comes only after the list)
            if pending:
                pending, pending_condition = f"{pending} {clause}", f"{pending_condition} {clause}"
            else:
                last = thoughts[-1]
                thoughts[-1] = _Thought(f"{last.text} {clause}", f"{last.condition} {clause}")
            continue
        inner = clause[condition.start():] if condition else ""  # "Check this box if you do not…"
        open_condition = bool(lex.negation.search(inner)) and _refusal(inner, lex) is None
        if leads and thoughts and not pending:  # a trailing condition: it qualifies the clause before
            last = thoughts[-1]
            thoughts[-1] = _Thought(f"{last.text} {clause}", f"{last.condition} {clause}".strip())
            continue
        if leads or _only_acts_on_the_box(clause, lex):
            pending = f"{pending} {clause}".strip()
            pending_condition = f"{pending_condition} {inner}".strip()
            continue
        thoughts.append(_Thought(f"{pending} {clause}".strip(), f"{pending_condition} {inner}".strip()))
        pending, pending_condition = "", ""
    if pending and thoughts and not pending_condition:
        # a closing act on the box qualifies the clause before: "Wenn Sie keine Werbung wünschen,
        # können Sie widersprechen, indem Sie dieses Kästchen ankreuzen"
        last = thoughts[-1]
        thoughts[-1] = _Thought(f"{last.text} {pending}", last.condition)
    elif pending:
        thoughts.append(_Thought(pending, pending_condition))
    return _carry_conditions(thoughts, lex)


def _carry_conditions(thoughts: list[_Thought], lex: WordingLexicon) -> list[_Thought]:
    """A condition whose own clauses never touch the box goes on to the box instruction after it.

    "我们一直在开发新课程，如您不想了解新动态，请在此勾选", "如果您不想收到简报、报告和其他新闻，请勾选此框",
    "We'd like to send you offers, if you'd rather not, tick here": the condition was joined to a
    statement or a list item next to it; the instruction that follows is what it conditions.
    """
    carried: list[_Thought] = []
    for thought in thoughts:
        before = carried[-1] if carried else None
        if (before and before.condition and not thought.condition
                and not _acts_on_the_box(before.text, lex) and _acts_on_the_box(thought.text, lex)):
            thought = _Thought(thought.text, before.condition)
        carried.append(thought)
    return carried


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text) if m.group(0)]


def _negated_at(words: str, at: int, negations: list[tuple[int, int]], lex: WordingLexicon) -> bool:
    """Whether one of ``negations`` (spans in ``words``) ends close enough before ``at`` to negate it.

    "si no se opone", "you will not be opted in": the word at ``at`` is negated when a negation
    ends at most ``max_negation_gap`` units (words or characters, ``gap_unit``) before it.
    """
    return any(n_end <= at and _gap(words[n_end:at], lex.gap_unit) <= lex.max_negation_gap
               for _, n_end in negations)


def _refusal(words: str, lex: WordingLexicon) -> str | None:
    """The first words of ``words`` that refuse: a negative verb, or a negated wish.

    A negation refuses only where it negates wanting, receiving or agreeing (a ``volition``
    word next to it: "do not want", "ne souhaitez pas", "keine … erhalten möchten", "不希望"):
    "if you do not have passport information" refuses nothing. A negation of a loss ("so you
    never miss an offer", "pour ne rien manquer") wants the thing.
    """
    negations = _spans(lex.negation, words)
    for start, end in _spans(lex.negative_verb, words):
        # "si no se opone", "wenn Sie nicht widersprechen": a refusal negated grants
        if not _negated_at(words, start, negations, lex):
            return words[start:end]
    facts = _not_negating(words, lex)  # "if you cannot…", "select No to…"
    negations = [span for span in negations if not _inside(span, facts)]
    wishes = _spans(lex.volition, words)
    losses = _spans(lex.loss_verb, words)

    def close(between: str) -> bool:
        return _gap(between, lex.gap_unit) <= lex.max_negation_gap

    def near(spans: list[tuple[int, int]], start: int, end: int, after_only: bool) -> bool:
        after = any(s_start >= end and close(words[end:s_start]) for s_start, _ in spans)
        before = any(s_end <= start and close(words[s_end:start]) for _, s_end in spans)
        return after or (before and not after_only)

    for start, end in negations:
        if near(wishes, start, end, after_only=False) and not near(losses, start, end, after_only=True):
            return words[start:end]
    return None


def _refuses_being_shown(condition: str, lex: WordingLexicon) -> bool:
    """Whether what a condition refuses is being SHOWN to other people, a profile setting.

    "Tick if you do not want your email shown on your profile", "如果您不想让好友看到您的动态，请勾选":
    visibility to other visitors is the visitor's own page, not the site's use of their data.
    """
    return bool(lex.shown_to_others and lex.shown_to_others.search(condition))


def _tick_to_refuse(thought: _Thought, lex: WordingLexicon,
                    on_a_box: bool = False) -> tuple[str, str] | None:
    """``(tick, refusal)`` when ticking the box is what the visitor does IF they refuse.

    The box is SET (a tick verb outside any untick phrase: "cochez", "Márcalo", "ankreuzen",
    "勾选" but not "取消勾选") and the thought's condition refuses ("si vous ne souhaitez pas…",
    "wenn Sie Tracking ablehnen", "如您不希望…"), whichever comes first. A refusal stated as
    the box's purpose ("Tick this box to stop receiving our newsletter") says plainly what
    ticking does, and unticking to refuse is the plain opt-out: neither is a finding. In a box's
    own label (``on_a_box``), clicking it sets it too (``click_on_box``: "Click here if you object
    to our offers"); a link saying so refuses by being followed, plainly.
    """
    refusal = _refusal(thought.condition, lex) if thought.condition else None
    if not refusal or _refuses_being_shown(thought.condition, lex):
        return None
    clears = _spans(lex.untick_verb, thought.text)
    sets = _spans(lex.tick_verb, thought.text)
    if on_a_box and lex.click_on_box is not None:
        sets += _spans(lex.click_on_box, thought.text)
    for start, end in sets:
        if not any(c_start <= start and end <= c_end for c_start, c_end in clears):
            return thought.text[start:end], refusal
    return None


def _blank_grants(thought: _Thought, lex: WordingLexicon) -> tuple[str, str] | None:
    """``(blank, wish)`` when leaving the box empty is how the visitor agrees.

    "En ne cochant pas la case, j'accepte d'être inscrit", "Leave this box unticked if you'd
    like our offers", "未勾选则视为同意接收": the empty box (``blank_box``) and a wish or grant
    in the same thought, refused nowhere ("Laissez le champ vide si vous ne souhaitez pas…" is
    the plain opt-out). The blank phrase's own negation ("ne cochant PAS") is not a refusal.
    What the empty box lets happen counts as the grant too, when it passes the visitor's data on,
    publishes it or sends marketing (``blank_box_consequence``: "If you do not tick this box, your
    details will be shared with our partners").
    """
    text = thought.text
    blank = lex.blank_box.search(text)
    if blank is None:
        return None
    rest = _blanked(text, [blank.span()])
    if _refusal(rest, lex):
        return None
    # a wish a fact rules out is none: "No podrás recibir alertas si no activas las notificaciones"
    facts = _not_negating(rest, lex)
    # a grant the sentence denies is what the empty box does NOT do, said plainly: "By leaving
    # this box unchecked, you will not be opted in", "Sans cocher, vous ne serez pas inscrit"
    negations = _spans(lex.negation, rest)
    grants = (lex.volition, lex.grant) + ((lex.blank_box_consequence,) if lex.blank_box_consequence else ())
    wish = next((m for p in grants for m in p.finditer(rest)
                 if m.group(0) and not _inside(m.span(), facts)
                 and not _negated_at(rest, m.start(), negations, lex)), None)
    if wish and lex.selection is not None and lex.selection.search(rest, wish.end()):
        # "Leave unchecked to receive all transactions", "…to receive updates by email only":
        # an empty box that lets ALL through or keeps ONLY some is a filter, and one that keeps
        # less than the ticked box grants nothing more than the visitor already has.
        return None
    return (blank.group(0), wish.group(0)) if wish else None


@_judgement(budgeted=True)
def match_trick_wording(text: str, on_a_box: bool = False) -> WordingMatch | None:
    """Double negatives or inverted opt-out wording about consent-relevant things.

    Rules, in order: a negated un-tick ("do not uncheck"); ticking means refusing / leaving
    unticked means agreeing ("Tick this box if you do not want…"), as a known phrase or by
    structure (:func:`_tick_to_refuse`: a box set under a refusing condition;
    :func:`_blank_grants`: an empty box that agrees); two negations close together in one
    clause ("do not wish not to receive", "不希望不接收"). ``on_a_box``: ``text`` is the label
    of a checkbox, radio or switch, so clicking it is setting the box.
    """
    text = _text(text)
    for lex in lexicons_for(text):
        found = _trick_wording(text, lex, on_a_box)
        if found is not None:
            return found
    return None


def _scope_besides_refusal(text: str, question: str, lex: WordingLexicon) -> bool:
    """Whether a refusing question is about a consent topic other than its own refusing words.

    "Do you want to opt out of getting a T-shirt?" refuses a T-shirt: "opt out" is no topic
    of its own. "…opt out of analytics cookies?", "您是否要完全禁用遥测？" name one, and "We use
    cookies for ads. Do you want to opt out?" names it before the question.
    """
    before = text[:max(text.find(question), 0)]
    if lex.consent_scope.search(before):
        return True
    refusals = [m.span() for m in lex.question_refusing.finditer(question) if m.group(0).strip()]
    return any(found.group(0).strip() and not _overlaps(found.span(), refusals)
               for found in lex.consent_scope.finditer(question))


def _confirms_withdrawal(question: str, lex: WordingLexicon) -> bool:
    """Whether a refusing question only confirms a withdrawal the visitor has asked for.

    "Voulez-vous vous désinscrire de cette newsletter ?" and "¿Desea darse de baja de nuestro
    boletín?" on an unsubscribe page, "Voulez-vous vraiment refuser tous les cookies ?": "yes"
    does what the visitor came to do. "Souhaitez-vous vous désabonner des offres de nos
    partenaires ?" or "¿Desea excluirse de la publicidad personalizada?" asked unprompted in a
    sign-up form refuses something never given, so its "no" grants: that one stays inverted.
    """
    return lex.withdrawal_confirmed is not None and bool(lex.withdrawal_confirmed.search(question))


def _answered_by_the_text(text: str, question: str, lex: WordingLexicon) -> bool:
    """Whether the words after a refusing question answer it with how to refuse.

    "Would you rather not receive emails from us? Unsubscribe", "Or would you prefer not to
    receive our newsletter? You can unsubscribe from email and keep your account": the question
    is rhetorical, its answer a link or an instruction, so no "No" button grants anything.
    """
    if lex.question_answered is None:
        return False
    after = text[text.find(question) + len(question):] if question in text else ""
    return bool(lex.question_answered.match(after))


def _first_pair(sentence: str, lex: WordingLexicon, rule: str,
                pairs: Iterator[tuple[str, str] | None]) -> WordingMatch | None:
    """The match for the first phrase pair a rule found in the parts of ``sentence``."""
    pair = next(filter(None, pairs), None)
    return WordingMatch("trick-wording", lex.language, rule, pair, sentence) if pair else None


def _sentence_trick(sentence: str, lex: WordingLexicon) -> WordingMatch | None:
    """A known trick phrase in ``sentence``: a negated un-tick, or an inverted opt-out idiom."""
    phrase = _first(lex.negated_negative_box, sentence)
    if phrase:
        return WordingMatch("trick-wording", lex.language, "negated-untick", (phrase,), sentence)
    phrase = _first(lex.inverted_opt_out, sentence)
    # what the phrase refuses follows it: "…if you do not want your email displayed on your profile"
    if phrase and not _refuses_being_shown(sentence[sentence.find(phrase):], lex):
        return WordingMatch("trick-wording", lex.language, "inverted-opt-out", (phrase,), sentence)
    return None


def _in_scope(text: str, lex: WordingLexicon) -> bool:
    """Whether ``text`` names a consent topic outside any phrase about the service itself.

    "Cochez si vous ne souhaitez pas recevoir de facture papier": receiving the invoice the
    visitor's order comes with is no consent topic, though "recevoir" is one beside "offres".
    """
    if lex.service_use is not None:
        text = lex.service_use.sub(" ", text)
    return bool(lex.consent_scope.search(text))


def _trick_wording(text: str, lex: WordingLexicon, on_a_box: bool = False) -> WordingMatch | None:
    held = _use_held_unless_refused(text, lex)  # its use names the topic: photos, media, cookies
    if held is not None:
        return held
    if not _in_scope(text, lex):
        return None  # whole-text prefilter: no consent topic
    question = _question(text, lex)
    if (question is not None and question[1] == "reject" and _scope_besides_refusal(text, question[0], lex)
            and not _confirms_withdrawal(question[0], lex)
            and not _answered_by_the_text(text, question[0], lex)):
        # "Do you want to opt out of…? Yes / No": answering "No" grants, the inverse of what a
        # consent question's "No" does. One that confirms a refusal the visitor already chose
        # ("Do you really want to reject all cookies?") is not inverted (_confirms_withdrawal).
        return WordingMatch("trick-wording", lex.language, "inverted-question",
                            (_first(lex.question_refusing, question[0]) or "?",), question[0])
    cues = (lex.negation, lex.negative_verb, lex.inverted_opt_out, lex.blank_box)
    if not any(cue.search(text) for cue in cues):
        return None  # whole-text prefilter: no negation and no empty box at all
    in_scope = False
    asked = ""  # a refusing question just before: the condition of the box sentence after it
    for sentence in _sentences(text, lex):
        # A box sentence may name its subject in the sentence before ("Wir möchten Ihnen
        # Angebote senden. Wenn Sie das nicht möchten, kreuzen Sie hier an"): that one counts.
        referred, in_scope = in_scope, _in_scope(sentence, lex)
        found = _sentence_trick(sentence, lex) if in_scope else None
        if found is None and (in_scope or referred):
            thoughts = _thoughts(sentence, lex)
            if asked and thoughts and not thoughts[0].condition:
                # "Don't want our newsletter? Tick this box.": the question asks what "if" would
                thoughts[0] = _Thought(thoughts[0].text, asked)
            ticks = (_tick_to_refuse(t, lex, on_a_box) for t in thoughts)
            blanks = (_blank_grants(t, lex) for t in thoughts)
            found = (_first_pair(sentence, lex, "tick-to-refuse", ticks)
                     or _first_pair(sentence, lex, "blank-box-agrees", blanks))
        # "If you do not want to unsubscribe, simply ignore this message": doing nothing keeps
        # things as they are; the two negations choose nothing.
        if found is None and in_scope and not (lex.do_nothing and lex.do_nothing.search(sentence)):
            about_a_box = bool(lex.box_instruction.search(sentence))
            found = _first_pair(sentence, lex, "double-negative",
                                (_double_negative(c, lex, about_a_box) for c in _clauses(sentence, lex)))
        if found is not None:
            return found
        asked = _refusing_question(sentence, lex)
    return None


def _use_held_unless_refused(text: str, lex: WordingLexicon) -> WordingMatch | None:
    """A use of the visitor's data or likeness that holds unless they object (ruling 5).

    "Event photos may appear in our brochures unless you opt out", "You agree to us filming the
    class. If you would rather not be filmed, please tell the instructor": the visitor's silence
    is taken as consent. The use is stated in the objection's sentence or one before it, outside
    the objection and not negated ("We never publish photos of guests unless you opt in" names
    no objection at all). Renewals, charges and deliveries "unless you tell us otherwise" state
    no use of data (``held_use`` names none). A use granted by the act that IS the consent ("By
    subscribing, you agree to our offers; unsubscribe any time") is an opt-in the visitor gave.
    """
    if lex.choice_offered is not None and lex.choice_offered.search(text):
        return None  # "Photos: Yes / No" beside the notice: the visitor chooses explicitly
    opted_out = _likeness_opted_out(text, lex)
    if opted_out is not None:
        return opted_out
    if lex.objection_left is None or lex.held_use is None or not lex.objection_left.search(text):
        return None  # whole-text prefilter: no objection left to the visitor at all

    def unnegated_uses(words: str, outside: tuple[int, int] = (0, 0)) -> Iterator[re.Match[str]]:
        """Each ``held_use`` of ``words`` not negated and not inside the span ``outside``.

        ``outside`` is the objection's own span: its words ("unless you object to being
        filmed") name what is refused, not the use that holds.
        """
        if lex.consent_action_trigger.search(words):
            return  # the act that IS the consent ("By subscribing…", "By ticking this box…"): an opt-in given
        negations = _spans(lex.negation, words)
        for found in lex.held_use.finditer(words):
            denied = _negated_at(words, found.start(), negations, lex) or any(
                found.start() <= start < found.end() for start, _ in negations)
            if found.group(0) and not denied and not outside[0] <= found.start() < outside[1]:
                yield found

    previous = ""
    for sentence in _sentences(text, lex):
        objection = lex.objection_left.search(sentence)
        if objection is not None:
            use = (next(unnegated_uses(sentence, objection.span()), None)
                   or next(unnegated_uses(previous), None))
            if use is not None:
                return WordingMatch("trick-wording", lex.language, "use-unless-refused",
                                    (objection.group(0), use.group(0)), sentence)
        previous = sentence
    return None


def _likeness_opted_out(text: str, lex: WordingLexicon) -> WordingMatch | None:
    """A photo, film or recording of the visitor they must opt out of (ruling 5).

    "If you do not wish your child to be photographed, please contact us separately to opt out",
    "Email us to opt out of being filmed": the capture is the default and the visitor's silence
    grants it, though no sentence states the use. Not in a sentence of the act that IS the consent
    ("By ticking this box…"), nor one that denies the opt-out ("you cannot opt out of…").
    """
    if lex.likeness_opted_out is None or not lex.likeness_opted_out.search(text):
        return None  # whole-text prefilter: split into sentences only a text that holds an opt-out
    for sentence in _sentences(text, lex):
        found = lex.likeness_opted_out.search(sentence)
        if found is None or lex.consent_action_trigger.search(sentence):
            continue
        if _negated_at(sentence, found.start(), _spans(lex.negation, sentence[:found.start()]), lex):
            continue
        return WordingMatch("trick-wording", lex.language, "use-unless-refused", (found.group(0),), sentence)
    return None


def _refusing_question(sentence: str, lex: WordingLexicon) -> str:
    """``sentence`` when it is a question that refuses and acts on no box, else ``""``.

    "Don't want our newsletter?", "Keine Werbung gewünscht?": put before a box instruction, it
    is that instruction's condition, as "If you don't want our newsletter, tick this box".
    """
    if not sentence.rstrip().endswith(("?", "？")) or _acts_on_the_box(sentence, lex):
        return ""
    return sentence if _refusal(sentence, lex) else ""


__all__ = [
    "BundledSentence",
    "DeclineStructure",
    "WordingLexicon",
    "WordingLexiconError",
    "WordingMatch",
    "available_languages",
    "is_consent_choice_action",
    "is_opt_out_box",
    "lexicon",
    "lexicon_for",
    "lexicons_for",
    "match_bundled_action_label",
    "match_bundled_control_label",
    "match_bundled_sentence",
    "match_confirmshaming",
    "match_trick_wording",
    "mentions_data_use",
    "normalise",
    "worded_elements",
    "yes_means",
]


# --------------------------------------------------------------------------- page texts


def in_closed_layer(element: Element) -> bool:
    """Hidden together with buttons of its own: a closed dialog or settings layer, not a trick."""
    return not element.visibility.visible and element.visibility.hiding_root_has_actions


def worded_elements(snapshot: Snapshot) -> Iterator[tuple[Element, str, str]]:
    """Every wording a person reads on the page, once: ``(element, text, kind)``.

    ``kind`` is ``control`` (a checkbox/radio/switch label), ``action`` (a button/link) or
    ``text`` (a text block). A text block that labels a collected control, or repeats the
    words of a control/action already yielded (a button's own text run), is skipped so one
    wording gives one finding, tied to the element a person acts on. Wording inside a closed
    layer (a hidden dialog or settings panel that hides buttons of its own) is skipped too: no
    one reads it in this state, and the layer is judged when it is open. A hidden single line
    is still judged (hiding it is the trick ``hidden-consent`` reports).
    """
    seen: set[tuple[int, str]] = set()
    control_uids = {c.uid for c in snapshot.controls}
    for control in snapshot.controls:
        label = control.label.strip()
        if label and not in_closed_layer(control):
            seen.add((control.frame, _text(label)))
            yield control, label, "control"
    for action in snapshot.actions:
        label = action.text.strip()
        if label and not in_closed_layer(action):
            seen.add((action.frame, _text(label)))
            yield action, label, "action"
    for block in snapshot.texts:
        words = block.text.strip()
        if not words or (block.control and block.control in control_uids) or in_closed_layer(block):
            continue
        if (block.frame, _text(words)) in seen:
            continue
        yield block, words, "text"
