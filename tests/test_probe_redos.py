"""scripts/probe_redos.py: its seeds and that it probes every pattern the product compiles (no timing)."""

from __future__ import annotations

import re

from eval_script import script_module

from consentinel.lexicon import load_lexicon
from consentinel.lexicon.wording import available_languages, lexicon

PROBE = script_module("probe_redos")


def test_a_seed_is_its_prefix_then_its_pump_cut_to_the_length() -> None:
    seed = PROBE.Seed("mit ", "x, ")
    for length in (1, 200, 1000):
        text = seed.text(length)
        assert len(text) == length
    assert seed.text(12) == "mit x, x, x,"
    assert str(seed) == "'mit ' + 'x, '*"


def test_material_is_the_patterns_own_words_and_cjk_characters_not_its_escapes() -> None:
    words, cjk = PROBE.pattern_material(r"\bmit\s+(?P<act>daten)\w*\x41|同意\u00e9")
    assert words == ["mit", "daten"]
    assert cjk == ["同", "意"]


def test_seeds_pump_words_space_runs_short_word_pairs_and_cjk_after_prefixes() -> None:
    found = list(PROBE.seeds(r"\b(?:of|the)\s+(?:\S+\s+)*data|同意"))
    assert len(found) == len(set(found))
    for expected in (PROBE.Seed("", "   "), PROBE.Seed("", ",   "), PROBE.Seed("", "data "),
                     PROBE.Seed("", "of data "), PROBE.Seed("", "同"), PROBE.Seed("", "同意"),
                     PROBE.Seed("of ", "x "), PROBE.Seed("the ", "data, ")):
        assert expected in found
    # Pumps alone come before any prefixed seed: the likeliest first, as the budget may stop early.
    first_prefixed = next(i for i, seed in enumerate(found) if seed.prefix)
    assert all(not seed.prefix for seed in found[:first_prefixed])


def test_every_compiled_wording_pattern_is_probed_under_its_yaml_key() -> None:
    for lang in available_languages():
        targets = PROBE.wording_targets(lang)
        probed = {t.pattern.pattern for t in targets}
        assert all(p.pattern in probed for p in PROBE._compiled_fields(lexicon(lang))), lang
        assert all("<not found" not in t.key for t in targets), lang
        # A joined alternation's entries, probed alone, join back into exactly what the product runs.
        for joined in (t for t in targets if t.index is None and t.pattern.pattern.startswith("(?:")):
            entries = [t.pattern for t in targets if t.key == joined.key and t.index is not None]
            assert all(e.flags == joined.pattern.flags for e in entries)
            if entries:
                assert "|".join(f"(?:{e.pattern})" for e in entries) == joined.pattern.pattern


def test_consent_entries_and_each_categorys_combined_pattern_are_probed() -> None:
    targets = PROBE.load_targets(["consent"], ["en"])
    english = load_lexicon("en")
    assert english is not None
    for category, entries in english.entries.items():
        key = f"categories.{category}"
        ours = [t for t in targets if t.key == key or t.key.startswith(f"{key}.")]
        assert [t.pattern for t in ours if t.index is not None] == [e.regex for e in entries]
        assert [t.pattern for t in ours if t.index is None] == [english.combined[category]]


def test_role_phrases_are_probed_as_compiled_with_their_list_index() -> None:
    targets = PROBE.load_targets(["roles"], ["de"])
    assert targets and all(t.file == "roles/de.yaml" and t.index is not None for t in targets)
    assert all(isinstance(t.pattern, re.Pattern) for t in targets)
