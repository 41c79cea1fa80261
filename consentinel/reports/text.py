"""Plain-text output for terminals: control characters stripped, CJK-aware column widths.

Page text ends up in a terminal through ``summary_table``. A page can put anything in a label:
ANSI escape sequences (recolour or clear the screen), carriage returns (overwrite a line),
bidirectional overrides (make ``evil`` read as ``live``, CVE-2021-42574 "Trojan Source"). All
of those are removed before printing. Columns are padded by *display* width, because a Chinese
character takes two terminal cells and would otherwise push every column out of line.

Example::

    print(summary_table(run, fail_on="serious"))
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from consentinel.checks.base import IMPACTS
from consentinel.defaults import DEFAULT_FAIL_ON
from consentinel.engine.verdict import FAIL_ON_NONE, Verdict, judge
from consentinel.results import RunResult

# C0 and C1 control characters (incl. ESC, CR, BEL, DEL), plus the Unicode bidi embeddings,
# overrides and isolates (U+202A-U+202E, U+2066-U+2069) and zero-width joiners/marks that can
# disguise what a terminal shows. Tab and newline are turned into spaces separately.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"\s+")
_ELLIPSIS = "…"

# Column widths (terminal cells) of the summary table: wide enough for the common check ids
# (the longest, ``low-contrast-consent``, is 20 cells) and a readable excerpt in 120 columns.
JOURNEY_WIDTH = 24
STEP_WIDTH = 24
CHECK_WIDTH = 22
IMPACT_WIDTH = 19
TEXT_WIDTH = 60


def clean_text(value: object) -> str:
    """One line of printable text: control/bidi characters removed, whitespace collapsed."""
    text = "" if value is None else str(value)
    text = _SPACES.sub(" ", text.replace("\t", " ").replace("\n", " "))
    return _UNSAFE.sub("", text).strip()


def display_width(text: str) -> int:
    """Terminal cells ``text`` occupies: East Asian wide/full-width characters take two."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def truncate(text: str, width: int) -> str:
    """Cut ``text`` to at most ``width`` cells, marking the cut with an ellipsis."""
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for char in text:
        cell = 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
        if used + cell > width - 1:
            break
        out.append(char)
        used += cell
    return "".join(out) + _ELLIPSIS


def pad(text: str, width: int) -> str:
    """Truncate then pad ``text`` with spaces to exactly ``width`` cells."""
    cut = truncate(text, width)
    return cut + " " * (width - display_width(cut))


def _row(cells: list[tuple[str, int]]) -> str:
    return "  ".join(pad(clean_text(text), width) for text, width in cells).rstrip()


def summary_table(run: RunResult, fail_on: str = DEFAULT_FAIL_ON, verdict: Verdict | None = None) -> str:
    """An aligned table of every finding, then totals, for the terminal.

    Columns: journey | step | check | impact | text excerpt. A finding that would fail the run
    at ``fail_on`` (a violation at or above that impact that no ``expect`` asserted) is marked
    with ``!`` in the first column; reviews are shown as ``<impact> (review)`` and never fail
    a run. Errors follow the table so an unreachable page is never mistaken for a clean one.
    The CLI prints the report path line after this. ``verdict`` (the run's, judged from
    ``fail_on`` when not given) decides the marks and the totals.
    """
    if verdict is None:
        verdict = judge(run, fail_on)
    fail_on = verdict.fail_on
    columns = [
        ("", 1),
        ("JOURNEY", JOURNEY_WIDTH),
        ("STEP", STEP_WIDTH),
        ("CHECK", CHECK_WIDTH),
        ("IMPACT", IMPACT_WIDTH),
        ("TEXT", TEXT_WIDTH),
    ]
    lines: list[str] = []
    rows: list[str] = []
    for journey_verdict in verdict.journeys:
        journey = journey_verdict.journey
        for step in journey.steps:
            for finding in step.findings:
                failing = verdict.is_failing(finding)
                impact = finding.impact if finding.outcome == "violation" else f"{finding.impact} (review)"
                step_name = f"{step.index} {step.label or step.kind}"
                rows.append(
                    _row(
                        [
                            ("!" if failing else "", 1),
                            (journey.name, JOURNEY_WIDTH),
                            (step_name, STEP_WIDTH),
                            (finding.check, CHECK_WIDTH),
                            (impact, IMPACT_WIDTH),
                            (finding.text or finding.selector, TEXT_WIDTH),
                        ]
                    )
                )
    if rows:
        lines.append(_row(columns))
        lines.append("  ".join("-" * width for _, width in columns))
        lines.extend(rows)
    else:
        lines.append("No findings.")
    lines.extend(_bounds_lines(run))
    lines.append("")
    lines.append(_totals_line(run, verdict))
    errors = run.errors
    if errors:
        lines.append(f"{len(errors)} error(s):")
        lines.extend(f"  - {truncate(clean_text(error), 200)}" for error in errors)
    failed = verdict.failed_expectations
    if failed:
        lines.append(f"{len(failed)} failed expectation(s):")
        for journey, step in failed:
            where = f"{journey.name} step {step.index} ({step.label or step.kind})"
            lines.append(f"  - {truncate(clean_text(where), 150)}: expected {clean_text(step.expectation)}")
    return "\n".join(lines)


def _bounds_lines(run: RunResult) -> list[str]:
    """What the run's limits left out (consentinel.bounds): capped findings, truncated snapshots."""
    lines: list[str] = []
    for journey in run.journeys:
        for step in journey.steps:
            where = truncate(clean_text(f"{journey.name} step {step.index}"), 60)
            omitted = step.extra.get("findings_omitted")
            if isinstance(omitted, dict) and omitted.get("note"):
                lines.append(f"  {where}: {clean_text(omitted['note'])}")
            for note in step.extra.get("snapshot_truncated") or []:
                lines.append(f"  {where}: snapshot truncated: {clean_text(note)}")
    return lines


def _totals_line(run: RunResult, verdict: Verdict) -> str:
    findings = run.findings
    violations = [f for f in findings if f.outcome == "violation"]
    reviews = len(findings) - len(violations)
    by_impact = Counter(f.impact for f in violations)
    parts = [f"{by_impact[i]} {i}" for i in reversed(IMPACTS) if by_impact[i]]
    detail = f" ({', '.join(parts)})" if parts else ""
    failing = len(verdict.failing) + len(verdict.known)
    asserted = len(verdict.asserted)
    asserted_note = f" ({asserted} more judged by their journey's `expect`)" if asserted else ""
    threshold = (f"{failing} at or above --fail-on {verdict.fail_on}" if verdict.fail_on != FAIL_ON_NONE
                 else "--fail-on none: findings do not fail the run")
    return (
        f"{len(findings)} finding(s): {len(violations)} violation(s){detail}, "
        f"{reviews} need review; {threshold}{asserted_note}"
    )
