"""SARIF output validates against the vendored official 2.1.0 schema and suits code scanning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consentinel.baseline import Baseline, apply_baseline, fingerprint
from consentinel.checks import ALL_CHECKS
from consentinel.checks.base import Finding
from consentinel.reports.sarif import FINGERPRINT_KEY, build_sarif, sarif_schema, validate_sarif, write_sarif
from consentinel.results import JourneyResult, RunResult, StepResult

pytest.importorskip("jsonschema")


def make_run(tmp_path: Path) -> RunResult:
    flow = tmp_path / "flows" / "bill.yaml"
    flow.parent.mkdir(parents=True)
    flow.write_text(
        "version: 1\nname: bill\nsteps:\n  - goto: /bill.html\n  - audit: Bill\n", encoding="utf-8"
    )
    pre = Finding(
        check="preselected-consent",
        impact="critical",
        selector="#sesame",
        text='I agree to the <Sesame> "Credit" agreement\x1b[31m',
        evidence={"checked": True, "raw": "x\ud800"},
        url="http://127.0.0.1:43210/bill.html?sid=1",
        message="Checked before any user action.",
    )
    review = Finding(
        check="low-contrast-consent",
        impact="serious",
        selector="p.fine",
        text="Share data",
        evidence={"ratio": 2.1, "colours": ("#aaa", "#fff")},
        outcome="review",
        url="http://127.0.0.1:43210/bill.html",
    )
    minor = Finding(
        check="confirmshaming",
        impact="minor",
        selector="a.no",
        text="No, I hate savings",
        evidence={},
        url="https://shop.example.com:8443/cart/?q=1#x",
    )
    bill = JourneyResult(
        name="Annual bill",
        source=str(flow),
        steps=[
            StepResult(
                index=0, kind="goto", label="/bill.html", url="http://127.0.0.1:43210/bill.html", line=4
            ),
            StepResult(
                index=1,
                kind="audit",
                label="Bill",
                url="http://127.0.0.1:43210/bill.html",
                line=5,
                findings=[pre, review],
            ),
        ],
    )
    scan = JourneyResult(
        name="https://shop.example.com:8443/cart/",
        source="https://shop.example.com:8443/cart/",
        steps=[
            StepResult(
                index=0,
                kind="audit",
                label="first layer",
                findings=[minor],
                url="https://shop.example.com:8443/cart/",
            )
        ],
        error=None,
    )
    broken = JourneyResult(
        name="broken", source=str(flow), error="page unreachable: net::ERR_NAME_NOT_RESOLVED"
    )
    return RunResult(
        run_id="run-1",
        command="run",
        tool_version="0.1.0",
        started_at="2024-01-01T00:00:00Z",
        finished_at="2024-01-01T00:00:05Z",
        journeys=[bill, scan, broken],
    )


def test_vendored_schema_is_the_official_2_1_0_schema() -> None:
    schema = sarif_schema()
    assert "2.1.0" in schema["title"]
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]


def test_sarif_validates_against_the_official_schema(tmp_path: Path) -> None:
    path = tmp_path / "out" / "consentinel.sarif"
    write_sarif(make_run(tmp_path), path, source_root=tmp_path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert validate_sarif(doc) == []


def test_schema_validation_is_not_vacuous(tmp_path: Path) -> None:
    doc = build_sarif(make_run(tmp_path), source_root=tmp_path)
    doc["runs"][0]["results"][0]["level"] = "fatal"
    del doc["runs"][0]["tool"]["driver"]["name"]
    errors = validate_sarif(doc)
    assert any("level" in e for e in errors) and any("name" in e for e in errors)


def test_rules_one_per_check_with_help_text(tmp_path: Path) -> None:
    driver = build_sarif(make_run(tmp_path), source_root=tmp_path)["runs"][0]["tool"]["driver"]
    ids = [rule["id"] for rule in driver["rules"]]
    assert len(ids) == len(set(ids))
    assert set(ALL_CHECKS) <= set(ids)
    assert {"preselected-consent", "low-contrast-consent", "confirmshaming"} <= set(ids)
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"]
        assert rule["properties"]["impact"] in {"minor", "moderate", "serious", "critical"}
        assert f"impact:{rule['properties']['impact']}" in rule["properties"]["tags"]


def test_results_levels_locations_and_fingerprints(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    sarif_run = build_sarif(run, source_root=tmp_path)["runs"][0]
    rules = sarif_run["tool"]["driver"]["rules"]
    by_rule = {r["ruleId"]: r for r in sarif_run["results"]}
    assert len(sarif_run["results"]) == 3
    for result in sarif_run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]

    pre = by_rule["preselected-consent"]
    assert pre["level"] == "error" and pre["kind"] == "fail"
    physical = pre["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"] == {"uri": "flows/bill.yaml", "uriBaseId": "%SRCROOT%"}
    assert physical["region"] == {"startLine": 5}
    assert pre["partialFingerprints"][FINGERPRINT_KEY] == fingerprint(run.journeys[0].steps[1].findings[0])
    assert "\x1b" not in pre["message"]["text"] and "<Sesame>" in pre["message"]["text"]
    assert pre["properties"]["url"].startswith("http://127.0.0.1:43210/")

    review = by_rule["low-contrast-consent"]
    assert review["kind"] == "review" and review["level"] == "none"
    assert review["properties"]["evidence"]["colours"] == ["#aaa", "#fff"]

    minor = by_rule["confirmshaming"]
    assert minor["level"] == "note"
    # Code scanning rejects http(s) artifact URIs: scanned pages get a host/path pseudo path, no port.
    assert (
        minor["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "shop.example.com/cart/index"
    )

    invocation = sarif_run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "ERR_NAME_NOT_RESOLVED" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_moderate_maps_to_warning(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    run.journeys[0].steps[1].findings[0].impact = "moderate"
    result = build_sarif(run, source_root=tmp_path)["runs"][0]["results"][0]
    assert result["level"] == "warning"


def test_fingerprints_do_not_depend_on_the_server_port(tmp_path: Path) -> None:
    first = build_sarif(make_run(tmp_path), source_root=tmp_path)
    run = make_run(tmp_path / "again")
    for step in run.journeys[0].steps:
        for f in step.findings:
            f.url = f.url.replace("43210", "50555")
    second = build_sarif(run, source_root=tmp_path / "again")
    fps = [
        [r["partialFingerprints"][FINGERPRINT_KEY] for r in doc["runs"][0]["results"]]
        for doc in (first, second)
    ]
    assert fps[0] == fps[1]


def test_baseline_state_marks_new_and_unchanged(tmp_path: Path) -> None:
    run = make_run(tmp_path)
    accepted = Baseline.from_findings([run.journeys[0].steps[1].findings[0]])
    diff = apply_baseline(run, accepted)
    doc = build_sarif(run, baseline_diff=diff, source_root=tmp_path)
    states = {r["ruleId"]: r["baselineState"] for r in doc["runs"][0]["results"]}
    assert states == {
        "preselected-consent": "unchanged",
        "low-contrast-consent": "new",
        "confirmshaming": "new",
    }
    assert validate_sarif(doc) == []


def test_clean_run_still_lists_rules_and_validates(tmp_path: Path) -> None:
    run = RunResult(run_id="r", command="scan", tool_version="0.1.0")
    doc = build_sarif(run, source_root=tmp_path)
    assert doc["runs"][0]["results"] == []
    assert validate_sarif(doc) == []
