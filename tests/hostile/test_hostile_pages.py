"""Audits that a hostile page cannot bend, hang or leak through (issue 10, points 1-3).

Each URL of ``tests/hostile/server.py`` is scanned in-process through the engine, with small
budgets so the whole module stays light. Assertions are on what the run recorded (findings,
errors, notes) and on the processes left behind, never on wall-clock time.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_fixtures import loopback_only

from consentinel import bounds
from consentinel.engine import Outcome, Plan, run
from consentinel.results import JourneyResult
from hostile.server import BROKEN_RESPONSES, HOSTILE_PAGES, serve_hostile

pytestmark = pytest.mark.browser

EVAL_BUDGET_MS = 1000
PAGE_BUDGET_MS = 20000
STEP_TIMEOUT_MS = 5000
TRUE_FINDING = "preselected-consent"


@pytest.fixture(scope="module")
def hostile_url() -> Iterator[str]:
    with serve_hostile() as base_url:
        yield base_url


def _scan(tmp_path: Path, base_url: str, paths: tuple[str, ...],
          page_budget_ms: int = PAGE_BUDGET_MS, checks: tuple[str, ...] = (TRUE_FINDING,)) -> Outcome:
    plan = Plan(out_dir=tmp_path, urls=tuple(base_url + p for p in paths), command="scan",
                checks=list(checks), explore=False, axe_cross_check=False, report=False,
                step_timeout_ms=STEP_TIMEOUT_MS, eval_budget_ms=EVAL_BUDGET_MS, page_budget_ms=page_budget_ms,
                scan_settle_ms=300)
    with loopback_only():
        return run(plan)


def _journey(outcome: Outcome, path: str) -> JourneyResult:
    return next(j for j in outcome.run.journeys if j.source.endswith(path))


def _violations(journey: JourneyResult) -> set[str]:
    return {f.check for f in journey.findings if f.outcome == "violation"}


def _errors(journey: JourneyResult) -> list[str]:
    return [s.error for s in journey.steps if s.error] + ([journey.error] if journey.error else [])


def _audited(journey: JourneyResult) -> bool:
    return any(s.kind == "audit" and not s.error and not s.skipped for s in journey.steps)


def _descendants(pid: int) -> list[tuple[int, str]]:
    """(pid, command name) of every live descendant of ``pid`` (a /proc scan, Linux)."""
    children: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        if fields[0] == "Z":
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        names[int(entry)] = name
    found, todo = [], list(children.get(pid, []))
    while todo:
        child = todo.pop()
        found.append((child, names.get(child, "?")))
        todo.extend(children.get(child, []))
    return found


def test_patched_globals_and_forged_calls_change_no_finding(tmp_path: Path, hostile_url: str) -> None:
    outcome = _scan(tmp_path, hostile_url, ("/clean", "/patched", "/forger"))
    for path in ("/clean", "/patched", "/forger"):
        journey = _journey(outcome, path)
        assert not _errors(journey), (path, _errors(journey))
        assert _violations(journey) == {TRUE_FINDING}, path
    assert outcome.verdict.exit_code == _scan(tmp_path / "clean", hostile_url, ("/clean",)).verdict.exit_code


def test_a_busy_page_costs_its_budget_and_the_next_url_is_audited(tmp_path: Path, hostile_url: str) -> None:
    outcome = _scan(tmp_path, hostile_url, ("/spin-before", "/spin-during", "/clean"))
    for path in ("/spin-before", "/spin-during"):
        journey = _journey(outcome, path)
        # Either the spin was stopped and the true finding read, or the page is an error that
        # names the budget it ran out of: never a clean page, never a hang.
        assert _violations(journey) == {TRUE_FINDING} or any("budget" in e for e in _errors(journey)), (
            path, _errors(journey))
    clean = _journey(outcome, "/clean")
    assert not _errors(clean) and _violations(clean) == {TRUE_FINDING}
    assert not [p for p in _descendants(os.getpid()) if "chrom" in p[1].lower()]


def test_past_its_page_budget_a_page_is_closed_and_recorded_and_the_run_goes_on(tmp_path: Path,
                                                                                hostile_url: str) -> None:
    # A page budget shorter than what the re-arming spinner costs the audit: the watchdog closes
    # the page's context mid-step; the same browser then audits the next URL.
    outcome = _scan(tmp_path, hostile_url, ("/spin-during", "/clean"), page_budget_ms=2 * EVAL_BUDGET_MS)
    spinner = _journey(outcome, "/spin-during")
    assert any("page budget of 2000 ms was exceeded" in e for e in _errors(spinner)), _errors(spinner)
    assert any(s.skipped for s in spinner.steps) or spinner.steps[-1].error
    clean = _journey(outcome, "/clean")
    assert not _errors(clean) and _violations(clean) == {TRUE_FINDING}


def test_a_page_of_endless_wording_is_judged_up_to_the_budget_and_the_result_says_so(
        tmp_path: Path, hostile_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The budget lowered so 400 notices exceed it; at the real limit a page needs ~20,000 texts.
    monkeypatch.setattr(bounds, "MAX_WORDING_JUDGEMENTS", 100)
    outcome = _scan(tmp_path, hostile_url, ("/wordy",), checks=(TRUE_FINDING, "bundled-consent"))
    journey = _journey(outcome, "/wordy")
    assert not _errors(journey) and _violations(journey) == {TRUE_FINDING, "bundled-consent"}
    notes = [note for s in journey.steps for note in s.extra.get("snapshot_truncated") or []]
    assert any("wording checks stopped at their limit of 100 texts" in note for note in notes), notes


def test_every_hostile_url_is_accounted_for_and_nothing_is_left_running(tmp_path: Path,
                                                                       hostile_url: str) -> None:
    paths = (*HOSTILE_PAGES, *BROKEN_RESPONSES, "/clean")
    outcome = _scan(tmp_path, hostile_url, paths)
    assert [j.source for j in outcome.run.journeys] == [hostile_url + p for p in paths]
    for path in paths:
        journey = _journey(outcome, path)
        assert _audited(journey) or _errors(journey), path  # a normal audit or a clear error
    for path in BROKEN_RESPONSES:
        assert _errors(_journey(outcome, path)), path
    for path in ("/dialogs", "/popups", "/download"):
        notes = [s.extra.get("page_events", "") for s in _journey(outcome, path).steps]
        assert any(notes), (path, notes)
    dialogs = " ".join(s.extra.get("page_events", "") for s in _journey(outcome, "/dialogs").steps)
    assert "dialog:alert x30" in dialogs
    clean = _journey(outcome, "/clean")
    assert not _errors(clean) and _violations(clean) == {TRUE_FINDING}
    assert not [p for p in _descendants(os.getpid()) if "chrom" in p[1].lower()]
