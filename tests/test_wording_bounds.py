"""The wording checks' cost is bounded on a hostile page (consentinel.bounds, the adversary rule).

A page chooses how many text blocks it serves and what they say; the wording matchers run in
Python after the browser is gone. A repeated block is judged once (counted calls, no clock), and
past the per-snapshot budget the remaining texts are not judged and the snapshot says so.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from consentinel import bounds
from consentinel.bounds import WordingBudget, truncation_notes, wording_budget
from consentinel.checks import run_checks
from consentinel.checks.bundled_consent import CHECK as BUNDLED
from consentinel.facts.snapshot import Box, Snapshot, TextBlock, Visibility
from consentinel.lexicon import wording
from consentinel.lexicon.wording import forget_judgements, match_bundled_sentence, match_trick_wording

BUNDLING = "By viewing your annual summary you agree to share your data with our partners."
WORDING_CHECKS = ["bundled-consent", "confirmshaming", "trick-wording"]


@pytest.fixture(autouse=True)
def cold_memos() -> Iterator[None]:
    forget_judgements()
    yield
    forget_judgements()


def _page(texts: list[str]) -> Snapshot:
    snap = Snapshot(url="http://127.0.0.1/hostile", lang=None)
    for i, text in enumerate(texts):
        snap.texts.append(TextBlock(uid=f"t{i}", selector=f"p#t{i}", frame=0, tag="p",
                                    box=Box(20, 80 + 50 * i, 600, 40), visibility=Visibility(), text=text))
    return snap


def _bundling_variants(count: int) -> list[str]:
    return [BUNDLING.replace("annual", f"annual {i}") for i in range(count)]


def _counting_reader(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every text the bundled-consent reader really reads (a judgement, not a memo answer)."""
    read: list[str] = []
    reader = wording._bundled_sentence

    def counted(text: str, lex: wording.WordingLexicon) -> wording.BundledSentence | None:
        read.append(text)
        return reader(text, lex)

    monkeypatch.setattr(wording, "_bundled_sentence", counted)
    return read


def test_a_repeated_block_is_judged_once_and_still_reported_on_every_block(
        monkeypatch: pytest.MonkeyPatch) -> None:
    read = _counting_reader(monkeypatch)
    one = BUNDLED.run(_page([BUNDLING]))
    reads_for_one = len(read)
    assert len(one) == 1 and reads_for_one >= 1
    forget_judgements()
    read.clear()
    # the same text 500 times, with the page's own spacing games: normalised, it is one text
    findings = BUNDLED.run(_page([BUNDLING.replace(" ", "  " if i % 2 else "\u00a0") for i in range(500)]))
    assert len(read) == reads_for_one
    assert len(findings) == 500


def test_the_memo_is_bounded_and_keyed_on_every_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wording, "MAX_WORDING_MEMO", 8)
    for text in _bundling_variants(20):
        match_bundled_sentence(text)
    assert len(match_bundled_sentence.memo) == 8  # type: ignore[attr-defined]
    label = "Untick this box if you do not wish not to receive offers"
    assert match_trick_wording(label, on_a_box=True) == wording.match_trick_wording.__wrapped__(label, True)
    assert match_trick_wording(label) == wording.match_trick_wording.__wrapped__(label)


def test_past_the_count_budget_texts_are_not_judged_and_what_was_found_is_kept() -> None:
    with wording_budget(limit=3) as budget:
        findings = BUNDLED.run(_page(_bundling_variants(10)))
    assert [f.selector for f in findings] == ["p#t0", "p#t1", "p#t2"]
    assert budget.judged == 3 and budget.skipped == 7
    assert budget.record() == {"judged": 3, "skipped": 7, "limit": "3 texts"}


def test_remembered_texts_are_free_past_the_budget() -> None:
    texts = _bundling_variants(2)
    with wording_budget(limit=2) as budget:
        findings = BUNDLED.run(_page(texts + texts + texts))
    assert len(findings) == 6 and budget.skipped == 0


def test_past_the_time_budget_texts_are_not_judged() -> None:
    now = [0.0]

    def clock() -> float:
        now[0] += 1.0  # each ask is a second later
        return now[0]

    budget = WordingBudget(limit=1000, seconds=3.5, clock=clock)
    assert [budget.allows() for _ in range(5)] == [True, True, True, False, False]
    assert budget.record() == {"judged": 3, "skipped": 2, "limit": "3.5 s"}


def test_an_unbudgeted_call_is_always_judged() -> None:
    assert bounds.current_wording_budget() is None
    assert match_bundled_sentence(BUNDLING) is not None


def test_run_checks_records_the_cap_on_the_snapshot_and_the_report_says_so(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounds, "MAX_WORDING_JUDGEMENTS", 5)
    snap = _page(_bundling_variants(40))
    findings = run_checks(snap, WORDING_CHECKS)
    assert {f.check for f in findings} == {"bundled-consent"} and 0 < len(findings) <= 5
    wording_cut = snap.truncated["wording"]
    assert wording_cut["judged"] == 5 and wording_cut["skipped"] > 0
    notes = truncation_notes(snap.truncated)
    assert len(notes) == 1 and "5 texts" in notes[0] and "not judged" in notes[0]
    assert Snapshot.from_dict(snap.to_dict()).truncated["wording"] == wording_cut


def test_an_ordinary_page_is_not_marked() -> None:
    snap = _page([BUNDLING, "We use cookies to improve your experience."])
    assert run_checks(snap, WORDING_CHECKS)
    assert "wording" not in snap.truncated
