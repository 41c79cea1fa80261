"""The sweep store, its summary and merging (fast tier: records built by hand, no browser)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from consentinel.sweep import MergeError, Store, merge_runs, summarise
from consentinel.sweep.record import error_kind, failed_record
from consentinel.sweep.store import JSONL_NAME, STORE_NAME, append_jsonl, export_jsonl
from consentinel.sweep.summary import NO_CMP, summary_text
from consentinel.sweep.urls import normalise_url, url_key


def page(url: str, *, cmp: str | None = None, checks: tuple[str, ...] = (), started: str = "t0"
         ) -> dict[str, Any]:
    """A finished page's record as a worker sends it."""
    findings = [{"check": check, "impact": "serious", "outcome": "violation", "step": "landing",
                 "selector": f"#x{n}", "text": "I agree", "message": "pre-ticked", "url": url}
                for n, check in enumerate(checks)]
    return {"url_key": url_key(url), "url": url, "normalised_url": normalise_url(url), "status": "ok",
            "error": None, "error_kind": None, "cmp": cmp, "prompt_found": cmp is not None,
            "findings": findings, "failing": len(findings), "started_at": started, "duration_ms": 10.0,
            "worker": "w1", "artefacts": f"pages/{url_key(url)}", "browser": "chromium",
            "journey": [{"name": url, "steps": []}]}


RECORDS = [
    page("https://a.example/", cmp="onetrust", checks=("preselected-consent", "reject-missing")),
    page("https://b.example/", cmp="onetrust", checks=("reject-missing",)),
    page("https://c.example/"),
    failed_record("https://d.example/", "goto: net::ERR_NAME_NOT_RESOLVED at https://d.example/"),
    failed_record("https://e.example/", "Timeout 30000ms exceeded."),
]


def stored(folder: Path, records: list[dict[str, Any]]) -> Store:
    store = Store.in_folder(folder)
    store.add_all(records)
    return store


def test_a_record_round_trips_through_the_store(tmp_path: Path) -> None:
    with stored(tmp_path, RECORDS) as store:
        back = {record["url_key"]: record for record in store.records()}
    assert back[RECORDS[0]["url_key"]] == RECORDS[0]
    assert back[RECORDS[3]["url_key"]]["error_kind"] == "ERR_NAME_NOT_RESOLVED"


def test_store_is_plain_sqlite_in_wal_mode_with_one_row_per_page_and_finding(tmp_path: Path) -> None:
    stored(tmp_path, RECORDS).close()
    db = sqlite3.connect(tmp_path / STORE_NAME)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert db.execute("SELECT count(*) FROM pages").fetchone() == (5,)
    rows = db.execute("SELECT p.cmp, count(*) FROM findings f JOIN pages p USING (url_key) "
                      "WHERE f.check_id = 'reject-missing' GROUP BY p.cmp").fetchall()
    assert rows == [("onetrust", 2)]


def test_adding_a_page_again_replaces_its_row_and_findings(tmp_path: Path) -> None:
    with stored(tmp_path, RECORDS) as store:
        store.add(page("https://a.example/", checks=("reject-missing",)))
        key = url_key("https://a.example/")
        assert store.query("SELECT count(*) FROM findings WHERE url_key = ?", [key]) == [(1,)]
        assert len(store.done_keys()) == 5


def test_summary_counts_per_check_cmp_and_error_kind(tmp_path: Path) -> None:
    with stored(tmp_path, RECORDS) as store:
        summary = summarise(store)
    assert summary["pages"] == 5 and summary["pages_ok"] == 3 and summary["pages_with_errors"] == 2
    assert summary["per_check"] == {"preselected-consent": {"findings": 1, "pages": 1},
                                    "reject-missing": {"findings": 2, "pages": 2}}
    assert summary["per_cmp"] == {NO_CMP: {"pages": 3, "findings": 0},
                                  "onetrust": {"pages": 2, "findings": 3}}
    assert summary["per_error_kind"] == {"ERR_NAME_NOT_RESOLVED": 1, "timeout": 1}
    assert "reject-missing: 2 finding(s) on 2 page(s)" in summary_text(summary)


def test_summary_text_strips_control_characters_from_page_derived_names(tmp_path: Path) -> None:
    with stored(tmp_path, [page("https://a.example/", cmp="evil\x1b[31m\u202e")]) as store:
        text = summary_text(summarise(store))
    assert "\x1b" not in text and "\u202e" not in text


@pytest.mark.parametrize(("message", "kind"), [
    ("net::ERR_CONNECTION_REFUSED at http://x/", "ERR_CONNECTION_REFUSED"),
    ("Timeout 30000ms exceeded", "timeout"),
    ("the page crashed", "crash"),
    ("internal error (KeyError: x)", "internal"),
    ("element not found", "other"),
])
def test_error_kinds(message: str, kind: str) -> None:
    assert error_kind(message) == kind


def test_merged_shards_equal_one_run(tmp_path: Path) -> None:
    single = tmp_path / "single"
    with stored(single, RECORDS) as store:
        export_jsonl(store, single / JSONL_NAME)
        expected_rows, expected_summary = store.comparable(), summarise(store)
    first, second = tmp_path / "s1", tmp_path / "s2"
    stored(first, RECORDS[3:] + RECORDS[:1]).close()
    stored(second, [{**record, "started_at": "t1"} for record in RECORDS[1:3]]).close()
    (first / RECORDS[0]["artefacts"]).mkdir(parents=True)
    (first / RECORDS[0]["artefacts"] / "step-1.png").write_bytes(b"png")
    summary = merge_runs([first, second], tmp_path / "merged")
    assert summary == expected_summary
    with Store.in_folder(tmp_path / "merged") as merged:
        assert merged.comparable() == expected_rows
    assert json.loads((tmp_path / "merged" / "summary.json").read_text()) == expected_summary
    assert (tmp_path / "merged" / RECORDS[0]["artefacts"] / "step-1.png").read_bytes() == b"png"
    merged_lines = (tmp_path / "merged" / JSONL_NAME).read_text().splitlines()
    assert [json.loads(line)["url"] for line in merged_lines] == [
        json.loads(line)["url"] for line in (single / JSONL_NAME).read_text().splitlines()]


def test_merge_keeps_a_successful_page_over_an_error_of_the_same_url(tmp_path: Path) -> None:
    stored(tmp_path / "a", [failed_record("https://a.example/", "Timeout 1ms exceeded")]).close()
    stored(tmp_path / "b", [page("https://a.example/")]).close()
    summary = merge_runs([tmp_path / "a", tmp_path / "b"], tmp_path / "out")
    assert summary["pages"] == 1 and summary["pages_ok"] == 1


def test_merge_refuses_a_folder_without_a_store_and_an_existing_output(tmp_path: Path) -> None:
    stored(tmp_path / "a", RECORDS).close()
    with pytest.raises(MergeError, match="not a sweep folder"):
        merge_runs([tmp_path / "a", tmp_path / "missing"], tmp_path / "out")
    with pytest.raises(MergeError, match="one of the inputs"):
        merge_runs([tmp_path / "a"], tmp_path / "a")
    stored(tmp_path / "b", RECORDS[:1]).close()
    with pytest.raises(MergeError, match="already holds a sweep"):
        merge_runs([tmp_path / "a"], tmp_path / "b")


def test_jsonl_export_is_in_url_order_and_the_store_wins(tmp_path: Path) -> None:
    path = tmp_path / JSONL_NAME
    append_jsonl(path, RECORDS[1])  # streamed, then the run was stopped before the store commit
    with stored(tmp_path, list(reversed(RECORDS[2:]))) as store:
        export_jsonl(store, path)
    urls = [json.loads(line)["url"] for line in path.read_text().splitlines()]
    assert urls == ["https://c.example/", "https://d.example/", "https://e.example/"]
