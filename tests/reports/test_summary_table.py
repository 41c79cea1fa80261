"""The terminal summary: aligned (CJK-aware), control characters stripped, totals and errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from builders import make_finding, make_journey, make_run, run_of

from consentinel.reports import summary_table
from consentinel.reports.text import clean_text, display_width, pad, truncate
from consentinel.results import RunResult

RunFactory = Callable[[Path], RunResult]


def test_control_and_bidi_characters_are_stripped() -> None:
    hostile = "ok\x1b[2J\x1b[31mred\r\x07over\u202eevil\u2066\x00\x9b end"
    cleaned = clean_text(hostile)
    assert cleaned == "ok[2J[31mred overevil end"  # CR is a line break: a space
    table = summary_table(run_of(make_finding(text=hostile), name="J\x1b]0;title\x07"))
    assert not any(ch in table for ch in "\x1b\r\x07\u202e\u2066\x00\x9b")
    assert "J]0;title" in table


def test_columns_align_with_chinese_text() -> None:
    table = summary_table(
        run_of(
            make_finding(text="我已阅读并同意《芝麻服务协议》" * 5),
            make_finding("trick-wording", "minor", text="I agree"),
            name="年度账单",
        )
    )
    rows = [line for line in table.splitlines() if "consent" in line or "trick" in line]
    assert len(rows) == 2
    # The impact column starts at the same terminal cell in every row, CJK or not.
    starts = [
        display_width(row[: row.index(word)]) for row, word in zip(rows, ("critical", "minor"), strict=True)
    ]
    assert starts[0] == starts[1]
    assert all(display_width(row) <= 1 + 24 + 24 + 22 + 19 + 60 + 2 * 5 for row in rows)
    assert "…" in rows[0]


def test_failing_marker_follows_fail_on_and_reviews_never_fail() -> None:
    run = run_of(
        make_finding(text="a"),
        make_finding("confirmshaming", "minor", text="b"),
        make_finding("low-contrast-consent", "serious", text="c", outcome="review"),
    )
    lines = summary_table(run, fail_on="serious").splitlines()
    row = {line.split()[-1]: line for line in lines if line.rstrip().endswith((" a", " b", " c"))}
    assert row["a"].startswith("!")
    assert not row["b"].startswith("!")
    assert not row["c"].startswith("!") and "serious (review)" in row["c"]
    totals = next(line for line in lines if "finding(s)" in line)
    assert totals == (
        "3 finding(s): 2 violation(s) (1 critical, 1 minor), 1 need review; 1 at or above --fail-on serious"
    )


def test_no_findings_and_errors_are_reported(tmp_path: Path, run_factory: RunFactory) -> None:
    down = make_journey(name="down", source="u", error="net::ERR_NAME_NOT_RESOLVED")
    empty = make_run(down, command="scan")
    table = summary_table(empty)
    assert table.startswith("No findings.")
    assert "1 error(s):" in table and "down: net::ERR_NAME_NOT_RESOLVED" in table
    full = summary_table(run_factory(tmp_path))
    assert "1 failed expectation(s):" in full and "expected no findings" in full
    assert "2 error(s):" in full


def test_truncate_and_pad_count_terminal_cells() -> None:
    assert truncate("abcdef", 4) == "abc…"
    assert truncate("中文字符", 5) == "中文…"
    assert display_width(pad("中文", 6)) == 6
    assert pad("abc", 3) == "abc"
