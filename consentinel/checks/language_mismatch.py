"""language-mismatch: the prompt is in neither the page's language nor the visitor's.

Why it matters: consent is informed only when the request is written in a language the person
reads (GDPR Art. 7(2), 12(1)); switching language at the moment of choice is a deceptive design
pattern (EDPB Guidelines 03/2022 Annex I 4.5.4 "language discontinuity"); Chinese rules need
Simplified Chinese (2019 认定方法 一.4), India's DPDP Act s.6(3) English or an Eighth-Schedule
language.

Facts (``snapshot.prompts``, from discovery): the prompt's passages, one per block, each with
the language identified for it alone (``blocks``); the language shares of the page's own
visible text outside every prompt (``page_languages``); ``<html lang>``; the audit's locale.

* The page's language: the language with the largest share of the page's text, falling back
  to ``<html lang>`` when no page text decides one.
* The visitor's language: option ``visitor_language``, else the locale the audit ran with,
  else the page's language.
* A finding when no passage in either language makes up ``min_share`` of the prompt's text.
  Passages nothing decides ("OK", "Einstellungen") could be in any Latin-script language: when
  they could lift the share over ``min_share``, the outcome is ``review``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding, finding_for_prompt, prompts_in_layers
from consentinel.facts.prompt import Prompt
from consentinel.facts.snapshot import Snapshot
from consentinel.lexicon.vocabulary import CJK_LANGUAGES, UNDETERMINED, primary_language, weigh_languages

META = CheckMeta(
    id="language-mismatch",
    requires=("prompts",),
    impact="moderate",
    title="Consent prompt is not in the page's or the visitor's language",
    help="Write the consent prompt in the language of the page (and of the visitor's locale), "
         "at least for its main passage.",
    legal=legal_refs("language-mismatch"),
    options={
        "layers": ("first",),
        # checks.md: a passage of at least 20 % of the prompt's text in the expected language
        # (a bilingual banner passes; one translated button in a foreign banner does not).
        "min_share": 0.2,
        # The visitor's language (a BCP 47 tag, e.g. "de-AT"); None = the audit's locale, or
        # the page's language when the audit chose none.
        "visitor_language": None,
    },
)


def prompt_shares(prompt: Prompt) -> dict[str, float]:
    """Share of the prompt's characters per language, from the languages found per block."""
    return weigh_languages((block.get("language"), str(block.get("text", ""))) for block in prompt.blocks)


def page_language(prompt: Prompt) -> tuple[str | None, str]:
    """The page's language and where it came from ("text" or "html lang"); None when unknown."""
    decided = {k: v for k, v in prompt.page_languages.items() if k != UNDETERMINED}
    if decided:
        return max(decided, key=lambda k: decided[k]), "text"
    declared = primary_language(prompt.html_lang)
    return (declared, "html lang") if declared else (None, "")


def _possible(shares: Mapping[str, float], lang: str) -> float:
    """The most of the prompt that could be in ``lang``: its own share plus undecided text,
    which can only be a Latin-script language (Han, kana and Hangul always decide)."""
    extra = 0.0 if lang in CJK_LANGUAGES else shares.get(UNDETERMINED, 0.0)
    return shares.get(lang, 0.0) + extra


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    findings: list[Finding] = []
    min_share = float(options["min_share"])
    for prompt in prompts_in_layers(snapshot, options["layers"]):
        if not prompt.blocks:
            continue
        shares = prompt_shares(prompt)
        page, page_source = page_language(prompt)
        visitor_tag = options["visitor_language"] or prompt.visitor_locale
        visitor = primary_language(visitor_tag) or page
        expected = [lang for lang in dict.fromkeys((page, visitor)) if lang]
        if any(shares.get(lang, 0.0) >= min_share for lang in expected):
            continue
        evidence = {
            "prompt_languages": shares,
            "page_language": page,
            "page_language_from": page_source,
            "page_languages": prompt.page_languages,
            "html_lang": prompt.html_lang,
            "visitor_language": visitor,
            "visitor_language_from": ("option" if options["visitor_language"] else
                                      "audit locale" if prompt.visitor_locale else "page language"),
            "passages": [{"text": str(b.get("text", ""))[:120], "language": b.get("language")}
                         for b in prompt.blocks[:12]],
            "thresholds": {"min_share": min_share},
        }
        wanted = " or ".join(expected) or "the page's language"
        if not expected:
            outcome = "review"
            message = "The page's language could not be told (no decisive text, no <html lang>)."
        elif any(_possible(shares, lang) >= min_share for lang in expected):
            outcome = "review"
            message = (f"Too little of the prompt's text could be placed to tell whether it has a passage in "
                       f"{wanted}: {_describe(shares)}.")
        else:
            outcome = "violation"
            message = (f"The prompt has no passage in {wanted} (at least {min_share:.0%} of its text): "
                       f"{_describe(shares)}.")
        findings.append(finding_for_prompt(META, prompt, evidence, message, outcome))
    return findings


def _describe(shares: Mapping[str, float]) -> str:
    return ", ".join(f"{lang} {share:.0%}" for lang, share in shares.items()) or "no text"


CHECK = Check(META, evaluate)
