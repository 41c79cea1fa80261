"""Control and bidi characters from pages are neutralised in every report format.

The hostile text goes into every page-derived field the fixture run has (labels, selectors,
texts, URLs, evidence keys and values, errors) and a run warning; each writer's output is then
searched for the raw characters, and must show them as visible ``[U+XXXX]`` markers instead.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from consentinel.bounds import omitted_note
from consentinel.reports import summary_table, write_reports
from consentinel.reports.junit import write_junit
from consentinel.reports.sarif import write_sarif
from consentinel.results import RunResult

# C0 (ESC, BEL, CR), C1 (NEL), bidi override/isolate/marks, Arabic letter mark.
CONTROLS = ("\x1b", "\x07", "\x85", "\u202e", "\u2066", "\u2069", "\u200e", "\u200f", "\u061c", "\u202a")
HOSTILE = "evil\u202eexe.txt \x1b[2J\x07 \u2066gnp\u2069 \u200e\u200f\u061c\u202a\x85 end"


def strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*strings(k), *strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def assert_neutral(text: str, what: str) -> None:
    found = [repr(c) for c in CONTROLS if c in text]
    assert not found, f"{what} still holds {found}"


RunFactory = Callable[[Path, str], RunResult]


def run_with_hostile_text(factory: RunFactory, out_dir: Path) -> RunResult:
    run = factory(out_dir, HOSTILE)
    run.warnings.append(f"warning about {HOSTILE}")
    return run


def test_json_and_html_reports_show_markers_instead_of_controls(
        tmp_path: Path, hostile_run_factory: RunFactory) -> None:
    paths = write_reports(run_with_hostile_text(hostile_run_factory, tmp_path), tmp_path)
    document = json.loads(paths["json"].read_text(encoding="utf-8"))
    for value in strings(document):
        assert_neutral(value, "report.json string")
    assert any("evil[U+202E]exe.txt [U+001B][2J[U+0007]" in s for s in strings(document))
    assert document["run"]["warnings"] == [
        "warning about evil[U+202E]exe.txt [U+001B][2J[U+0007] [U+2066]gnp[U+2069] "
        "[U+200E][U+200F][U+061C][U+202A][U+0085] end"]
    html = paths["html"].read_text(encoding="utf-8")
    assert_neutral(html, "report.html")
    assert "[U+202E]" in html and 'id="warnings"' in html


def test_sarif_and_junit_show_markers_instead_of_controls(
        tmp_path: Path, hostile_run_factory: RunFactory) -> None:
    run = run_with_hostile_text(hostile_run_factory, tmp_path)
    write_sarif(run, tmp_path / "out.sarif")
    sarif = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    for value in strings(sarif):
        assert_neutral(value, "SARIF string")
    assert any("[U+202E]" in s for s in strings(sarif["runs"][0]["results"]))
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert any(n["level"] == "warning" and n["message"]["text"].startswith("warning about evil[U+202E]")
               for n in notes)
    write_junit(run, tmp_path / "junit.xml")
    xml = (tmp_path / "junit.xml").read_text(encoding="utf-8")
    assert_neutral(xml, "JUnit XML")
    ET.fromstring(xml.encode("utf-8"))  # still a well-formed document
    assert "[U+202E]" in xml


def test_text_summary_strips_them(
        tmp_path: Path, hostile_run_factory: RunFactory) -> None:
    assert_neutral(summary_table(run_with_hostile_text(hostile_run_factory, tmp_path)), "summary table")


def test_capped_findings_and_truncated_snapshots_are_reported(
        tmp_path: Path, hostile_run_factory: RunFactory) -> None:
    run = hostile_run_factory(tmp_path, "plain text")
    step = next(s for s in run.journeys[0].steps if s.findings)
    step.extra["findings_omitted"] = {"limit": 50, "by_check": {"preselected-consent": 2950},
                                      "note": omitted_note({"preselected-consent": 2950}, 50)}
    step.extra["snapshot_truncated"] = ["only the first 50,000 elements were read; the rest of the page was "
                                        "not audited"]
    paths = write_reports(run, tmp_path)
    html = paths["html"].read_text(encoding="utf-8")
    assert "and 2950 more preselected-consent finding(s) not listed (at most 50 per check per step)" in html
    assert "Snapshot truncated:</strong> only the first 50,000 elements were read" in html
    text = summary_table(run)
    assert "and 2950 more preselected-consent" in text and "snapshot truncated: only the first" in text
