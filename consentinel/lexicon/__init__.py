"""Which words ask for consent: the multilingual lexicon, kept as data.

The word lists live in ``consentinel/lexicon/data/<lang>.yaml`` with comments on what each
entry catches and what was deliberately left out (false positives). Code here only loads them
and answers two questions the checks ask:

* :func:`classify_text` — is this text *consent text* (it grants or describes permission for
  optional data use, or agreement to an agreement/terms that does)?
* :func:`classify_control` — is this checkbox/toggle a *consent control*, a strictly-necessary
  category, or a plain form option ("remember me")?

Language is detected per text (:func:`detect_language`), not per page: a Chinese page quoting
an English agreement title is judged by each text's own words.
"""

from __future__ import annotations

import re

# Unicode ranges: CJK Unified Ideographs (+ Ext A) and CJK punctuation / full-width forms.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_WORD = re.compile(r"[a-zà-ÿßœæ']+", re.IGNORECASE)

# A few very frequent function words per Latin-script language; enough to tell them apart in
# the short texts consent UIs use. English is the fallback.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and to of you your we our by i agree with for this that is are".split()),
    "de": frozenset("der die das und zu ich sie wir ihre unsere mit für ist nicht ein eine".split()),
    "fr": frozenset("le la les et de des je vous nous vos nos avec pour est un une ne pas".split()),
    "es": frozenset("el la los las y de del yo usted nosotros sus con para es un una no".split()),
    "it": frozenset("il lo la gli le e di del io noi vostri con per è un una non".split()),
    "nl": frozenset("de het een en van ik wij u uw onze met voor is niet".split()),
}


def detect_language(text: str) -> str:
    """Best-effort language of a short text: 'zh', 'ja', 'ko', or a Latin-script code.

    Han characters without kana mean Chinese; otherwise the language whose stop words occur
    most wins, English on ties or when nothing matches.
    """
    if _KANA.search(text):
        return "ja"
    if _HANGUL.search(text):
        return "ko"
    if _HAN.search(text):
        return "zh"
    words = [w.lower() for w in _WORD.findall(text)]
    best, best_score = "en", 0
    for lang, stop in _STOPWORDS.items():
        score = sum(1 for w in words if w in stop)
        if score > best_score:
            best, best_score = lang, score
    return best
