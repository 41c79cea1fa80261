"""report.json: schema-valid, hashes and totals right, check metadata joined, bad files refused."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from consentinel.checks import ALL_CHECKS
from consentinel.checks.base import Check, CheckMeta, Finding
from consentinel.reports import (
    REPORT_SCHEMA_PATH,
    ReportError,
    load_report,
    write_json_report,
    write_reports,
)
from consentinel.results import JourneyResult, RunResult, StepResult

RunFactory = Callable[[Path], RunResult]


@pytest.fixture
def report(tmp_path: Path, run_factory: RunFactory) -> dict[str, Any]:
    path = write_json_report(run_factory(tmp_path), tmp_path)
    return json.loads(path.read_text(encoding="utf-8"))


def _audit_step(report: dict[str, Any]) -> dict[str, Any]:
    return report["journeys"][0]["steps"][1]


def test_schema_is_valid_draft_2020_12() -> None:
    schema = json.loads(REPORT_SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_written_report_validates_against_schema(tmp_path: Path, run_factory: RunFactory) -> None:
    paths = write_reports(run_factory(tmp_path), tmp_path)
    document = load_report(paths["json"])
    schema = json.loads(REPORT_SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    assert document["schema"] == "consentinel.report/1"
    assert document["run"]["tool"] == "consentinel"
    assert document["run"]["redactions"] == ["DEMO_EMAIL"]


def test_clean_run_validates(tmp_path: Path, clean_run_factory: RunFactory) -> None:
    document = load_report(write_json_report(clean_run_factory(tmp_path), tmp_path))
    assert document["totals"]["findings"] == 0
    assert document["totals"]["audits"] == 1
    assert document["errors"] == []


def test_every_finding_carries_evidence_and_context(report: dict[str, Any]) -> None:
    finding = _audit_step(report)["findings"][0]
    assert set(finding) >= {
        "check",
        "impact",
        "outcome",
        "url",
        "step",
        "selector",
        "text",
        "message",
        "box",
        "frame",
        "evidence",
        "title",
        "help",
        "legal",
        "number",
    }
    assert finding["box"] == {"x": 40.0, "y": 200.0, "width": 120.0, "height": 20.0}
    assert finding["evidence"]["checked"] is True
    assert finding["url"].startswith("https://shop.example/")  # the runner's own url is kept
    second = _audit_step(report)["findings"][1]
    assert second["url"] == "http://127.0.0.1:8000/bill.html"  # empty: falls back to the step's
    assert second["step"].startswith("Bill ")
    assert [f["number"] for f in _audit_step(report)["findings"]] == [1, 2, 3, 4, 5]


def test_non_json_evidence_is_made_strict_json(report: dict[str, Any], tmp_path: Path) -> None:
    future = _audit_step(report)["findings"][4]
    assert future["evidence"]["value"] is None  # NaN is not JSON
    text = (tmp_path / "report.json").read_text(encoding="utf-8")
    assert "NaN" not in text
    assert "我已阅读并同意" in text  # UTF-8, not \\u escapes


def test_lone_surrogates_and_objects_do_not_break_writing(tmp_path: Path) -> None:
    finding = Finding(
        check="x-check",
        impact="minor",
        selector="a",
        text="bad \ud800 text",
        evidence={"set": {3, 1}, "tuple": (1, 2), "obj": object(), "inf": float("inf")},
    )
    run = RunResult(
        run_id="r",
        command="run",
        tool_version="0",
        journeys=[
            JourneyResult(
                name="j", source="s", steps=[StepResult(index=1, kind="audit", label="a", findings=[finding])]
            )
        ],
    )
    document = load_report(write_json_report(run, tmp_path))
    evidence = document["journeys"][0]["steps"][0]["findings"][0]["evidence"]
    assert evidence["set"] == [1, 3]
    assert evidence["tuple"] == [1, 2]
    assert evidence["obj"].startswith("<object object")
    assert evidence["inf"] is None
    assert "\ud800" not in document["journeys"][0]["steps"][0]["findings"][0]["text"]


def test_evidence_files_are_hashed(report: dict[str, Any], tmp_path: Path) -> None:
    step = _audit_step(report)
    shot = (tmp_path / step["screenshot"]).read_bytes()
    assert step["screenshot_sha256"] == hashlib.sha256(shot).hexdigest()
    assert step["screenshot_bytes"] == len(shot)
    snap = (tmp_path / step["snapshot"]).read_bytes()
    assert step["snapshot_sha256"] == hashlib.sha256(snap).hexdigest()
    assert step["screenshot_box"] == {"x": 0.0, "y": 0.0, "width": 400.0, "height": 300.0}


def test_totals_by_impact_and_check(report: dict[str, Any]) -> None:
    totals = report["totals"]
    assert totals["findings"] == 5
    assert totals["violations"] == 4
    assert totals["reviews"] == 1
    assert totals["by_impact"]["critical"] == {"violations": 2, "reviews": 0}
    assert totals["by_impact"]["serious"] == {"violations": 1, "reviews": 1}
    assert totals["by_impact"]["moderate"] == {"violations": 0, "reviews": 0}
    assert totals["by_check"]["low-contrast-consent"]["violations"] == 1
    assert totals["by_check"]["low-contrast-consent"]["reviews"] == 1
    assert totals["failed_expectations"] == 1
    # Every finding sits under the audit whose `expect` (failed) judged it.
    assert totals["expected"] == 5
    assert totals["journeys"] == 3


def test_errors_list_journey_step_and_missing_evidence(report: dict[str, Any]) -> None:
    errors = report["errors"]
    origins = sorted((e["origin"], e["journey"].split()[0], e["step"]) for e in errors)
    assert origins == [("journey", "Unreachable", None), ("report", "Sign-up", 2), ("step", "Annual", 3)]
    missing = next(e for e in errors if e["origin"] == "report")
    assert "shots/missing.png" in missing["message"]
    assert report["totals"]["errors"] == 3
    gone = report["journeys"][1]["steps"][1]
    assert gone["screenshot_sha256"] is None


def test_check_metadata_is_joined_and_unknown_ids_fall_back(
    tmp_path: Path, run_factory: RunFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    meta = CheckMeta(
        id="preselected-consent",
        impact="critical",
        title="Pre-ticked consent",
        help="A consent box was on before the user touched it.",
        legal=("GDPR Recital 32", "CJEU C-673/17 Planet49"),
    )
    monkeypatch.setitem(ALL_CHECKS, "preselected-consent", Check(meta, lambda snapshot, options: []))
    document = load_report(write_json_report(run_factory(tmp_path), tmp_path))
    findings = _audit_step(document)["findings"]
    assert findings[0]["title"] == "Pre-ticked consent"
    assert findings[0]["legal"] == ["GDPR Recital 32", "CJEU C-673/17 Planet49"]
    assert findings[4]["check"] == "future-check"
    assert findings[4]["title"] == "future-check"
    assert findings[4]["legal"] == []
    assert document["totals"]["by_check"]["preselected-consent"]["title"] == "Pre-ticked consent"


def _mutated(tmp_path: Path, run_factory: RunFactory, mutate: Callable[[dict[str, Any]], None]) -> Path:
    path = write_json_report(run_factory(tmp_path), tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    mutate(document)
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda d: d["journeys"][0]["steps"][1]["findings"][0].update(surprise=1),
            "$.journeys[0].steps[1].findings[0]: Additional properties",
        ),
        (
            lambda d: d["journeys"][0]["steps"][1]["findings"][0].pop("selector"),
            "'selector' is a required property",
        ),
        (lambda d: d["run"].update(extra_field="x"), "$.run: Additional properties"),
        (
            lambda d: d["journeys"][0]["steps"][1]["findings"][0].update(impact="catastrophic"),
            "$.journeys[0].steps[1].findings[0].impact",
        ),
        (
            lambda d: d["journeys"][0]["steps"][1]["findings"][0].update(outcome="maybe"),
            "$.journeys[0].steps[1].findings[0].outcome",
        ),
        (
            lambda d: d["journeys"][0]["steps"][1].update(screenshot_sha256="abc"),
            "$.journeys[0].steps[1].screenshot_sha256",
        ),
        (lambda d: d["totals"]["by_impact"].pop("minor"), "'minor' is a required property"),
        (lambda d: d.update(schema="consentinel.report/2"), "unsupported report schema"),
    ],
)
def test_load_report_refuses_invalid_documents(
    tmp_path: Path, run_factory: RunFactory, mutate: Callable[[dict[str, Any]], None], message: str
) -> None:
    path = _mutated(tmp_path, run_factory, mutate)
    with pytest.raises(ReportError) as info:
        load_report(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert str(path) in str(info.value)


def test_evidence_and_extra_accept_any_keys(tmp_path: Path, run_factory: RunFactory) -> None:
    def mutate(document: dict[str, Any]) -> None:
        step = document["journeys"][0]["steps"][1]
        step["findings"][0]["evidence"]["brand_new_fact"] = {"nested": [1, 2]}
        step["extra"]["tracking"] = {"cookies": []}

    assert load_report(_mutated(tmp_path, run_factory, mutate))["journeys"][0]["steps"][1]["extra"][
        "tracking"
    ]


def test_load_report_refuses_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="cannot read report"):
        load_report(tmp_path / "nope.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ReportError, match="not a JSON report"):
        load_report(broken)


def test_odd_finding_data_is_still_written(tmp_path: Path) -> None:
    """Nothing gathered is lost: a check returning odd values still yields a valid report."""
    finding = Finding(
        check="x-check",
        impact="minor",
        selector="a",
        text="t",
        evidence=None,  # type: ignore[arg-type]
        frame=None,
    )  # type: ignore[arg-type]
    other = Finding(check="y-check", impact="minor", selector="a", text="t", evidence=[1, 2])  # type: ignore[arg-type]
    run = RunResult(
        run_id="r",
        command="run",
        tool_version="0",
        journeys=[
            JourneyResult(
                name="j",
                source="s",
                steps=[StepResult(index=1, kind="audit", label="a", findings=[finding, other])],
            )
        ],
    )
    paths = write_reports(run, tmp_path)
    findings = load_report(paths["json"])["journeys"][0]["steps"][0]["findings"]
    assert findings[0]["evidence"] == {} and findings[0]["frame"] == 0
    assert findings[1]["evidence"] == {"value": [1, 2]}
    assert "y-check" in paths["html"].read_text(encoding="utf-8")
