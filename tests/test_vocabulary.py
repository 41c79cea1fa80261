"""The one vocabulary loader: normaliser, language fallback, data files and stop words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from consentinel.lexicon import classify_control, classify_text
from consentinel.lexicon import vocabulary as vocab
from consentinel.lexicon.vocabulary import (
    KINDS,
    VocabularyError,
    detect_language,
    languages,
    latin_languages,
    load,
    normalise,
    primary_language,
    resolve_language,
    stopwords,
)
from consentinel.lexicon.wording import lexicon, match_confirmshaming, match_trick_wording
from consentinel.prompts import roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ｉ ａｇｒｅｅ", "I agree"),  # full-width Latin (Chinese input methods) becomes ASCII
        ("I\u00a0agree\u202fnow", "I agree now"),  # no-break spaces are spaces
        ("don\u2019t don\u2018t don\u02bct don`t", "don't don't don't don't"),
        ("  Accept \t all\n\n cookies  ", "Accept all cookies"),
        ("ﬁne print", "fine print"),  # ligatures split
    ],
)
def test_normalise_folds_width_spaces_and_apostrophes(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_line_breaks_are_kept_only_when_asked() -> None:
    """The wording rules end a sentence at a line break; the other vocabularies fold it."""
    text = " Share my data \t with partners\n\n  View  bill "
    assert normalise(text) == "Share my data with partners View bill"
    assert normalise(text, keep_line_breaks=True) == "Share my data with partners\n\n View bill"


def test_casefold_is_full_case_folding() -> None:
    """Role lists match case-folded text: an upper-cased "SCHLIESSEN" is "schließen"."""
    assert normalise("SCHLIESSEN", casefold=True) == normalise("Schließen", casefold=True) == "schliessen"
    assert normalise("Schließen") == "Schließen"  # regex vocabularies keep the page's case


def test_every_caller_reads_text_through_the_shared_normaliser() -> None:
    """Consent lexicon, wording rules and roles agree on apostrophes, width and spacing."""
    assert not classify_text("Don`t send me promotional emails").grants
    assert classify_control("Don\u2018t share my data with partners").opt_out
    assert match_confirmshaming("No thanks, I don`t like saving money") is not None
    assert match_trick_wording("Ｔｉｃｋ this box if you do not want marketing emails") is not None
    assert roles.classify_text("Ａｃｃｅｐｔ ａｌｌ!")[0] == "accept"
    assert roles.classify_text("ABLEHNEN UND SCHLIESSEN") == ("reject", "text:de:ablehnen und schließen")
    assert roles.classify_text("SCHLIESSEN")[0] == "close"


@pytest.mark.parametrize(
    ("tag", "primary"),
    [("zh-Hans-CN", "zh"), ("zh_CN", "zh"), ("EN-gb", "en"), ("de", "de"), ("", None), (None, None)],
)
def test_primary_language(tag: str | None, primary: str | None) -> None:
    assert primary_language(tag) == primary


@pytest.mark.parametrize(
    ("kind", "tag", "resolved"),
    [
        ("wording", "zh-Hans", "zh"),
        ("wording", "zh-CN", "zh"),
        ("roles", "en-GB", "en"),
        ("roles", "it-CH", "it"),
        ("wording", "it", "en"),  # no Italian wording file: English
        ("consent", "pt-BR", "en"),
        ("consent", None, "en"),
    ],
)
def test_one_language_fallback_rule(kind: vocab.Kind, tag: str | None, resolved: str) -> None:
    assert resolve_language(kind, tag) == resolved
    assert load(kind, tag)["language"] == resolved


def test_wording_lexicon_uses_the_fallback_rule() -> None:
    assert lexicon("zh-Hans").language == "zh"
    assert lexicon("pt").language == "en"


def test_every_data_file_loads_and_names_its_language() -> None:
    for kind in KINDS:
        assert "en" in languages(kind) and "zh" in languages(kind)
        for lang in languages(kind):
            assert load(kind, lang)["language"] == lang


def test_role_languages_are_exactly_the_role_files() -> None:
    assert set(roles.LANGUAGES) == set(languages("roles"))


def test_loaded_data_is_shared_and_read_only() -> None:
    data = load("roles", "en")
    assert load("roles", "en") is data
    with pytest.raises(TypeError):
        data["reject"] = ["accept"]  # type: ignore[index]
    assert isinstance(data["reject"], tuple)


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(VocabularyError, match="unknown vocabulary kind 'colours'"):
        load("colours", "en")  # type: ignore[arg-type]


def test_stop_words_are_data_in_priority_order() -> None:
    table = stopwords()
    assert next(iter(table)) == "en"
    assert {"en", "de", "fr", "es", "it", "nl"} <= set(table)
    assert "no" in table["es"]  # a string list, not read as the boolean False
    # "de" is a stop word of French, Spanish and Dutch: a tie goes to the one listed first.
    assert detect_language("de") == "fr"
    assert latin_languages("wording") == tuple(code for code in languages("wording") if code != "zh")


@pytest.mark.parametrize(("text", "language"), [
    # one stop word in a whole sentence (Dutch "en"): the sentence's n-grams place it
    ("En participant au concours, chaque joueur autorise l'organisateur à publier son nom", "fr"),
    ("En participar en el sorteo, cada jugador autoriza al organizador a publicar su nombre", "es"),
    # a short label with one stop word keeps the stop-word verdict
    ("Nein, nicht jetzt", "de"),
])
def test_a_single_stop_word_in_a_sentence_is_a_weak_verdict(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A throw-away data directory in place of the shipped one (caches cleared around it)."""
    monkeypatch.setattr(vocab, "_data_root", lambda: tmp_path)
    for cached in (vocab.languages, vocab._load, vocab.stopwords, vocab.latin_languages):
        cached.cache_clear()
    (tmp_path / "roles").mkdir()
    yield tmp_path
    for cached in (vocab.languages, vocab._load, vocab.stopwords, vocab.latin_languages):
        cached.cache_clear()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("language: de\nreject: [nein]\n", "says 'language: de' but is the file for 'en'"),
        ("- a list\n", "expected a mapping at the top level"),
        ("reject: [unclosed\n", "not valid YAML"),
    ],
)
def test_malformed_data_files_fail_loudly_with_their_path(data_dir: Path, content: str, message: str) -> None:
    (data_dir / "roles" / "en.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"^lexicon/data/roles/en\.yaml: ") as info:
        load("roles", "en")
    assert message in str(info.value)


def test_stop_words_must_be_quoted_strings(data_dir: Path) -> None:
    (data_dir / "stopwords.yaml").write_text("languages:\n  es: [el, no]\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="es: expected one string of words"):
        stopwords()
