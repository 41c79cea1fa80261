"""JUnit XML: one suite per run, one case per journey, findings listed, escaping robust."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from consentinel.baseline import Baseline, apply_baseline
from consentinel.checks.base import Finding
from consentinel.reports.junit import write_junit
from consentinel.results import JourneyResult, RunResult, StepResult


def make_run() -> RunResult:
    evil = Finding(
        check="preselected-consent",
        impact="critical",
        selector="label > input#x",
        text='Agree </failure><![CDATA[ & "share" \x00\x1b[2J\ud800 我同意',
        evidence={},
        url="http://127.0.0.1:1/a.html",
    )
    minor = Finding(
        check="confirmshaming",
        impact="minor",
        selector="a.no",
        text="No, I like paying more",
        evidence={},
        url="http://127.0.0.1:1/a.html",
    )
    clean = JourneyResult(
        name="clean & tidy",
        source="flows/clean.yaml",
        steps=[StepResult(index=0, kind="audit", label="ok", duration_ms=250.0)],
    )
    dirty = JourneyResult(
        name="sign-up <b>",
        source="flows/signup.yaml",
        steps=[
            StepResult(index=0, kind="goto", label="/a.html", duration_ms=100.0),
            StepResult(
                index=1,
                kind="audit",
                label="form",
                line=7,
                findings=[evil, minor],
                duration_ms=400.0,
                screenshot="shots/signup-1.png",
            ),
            StepResult(
                index=2,
                kind="audit",
                label="audit: second form",
                line=9,
                expectation="no findings",
                expectation_failed=True,
                findings=[],
            ),
        ],
    )
    broken = JourneyResult(
        name="broken",
        source="https://example.org/",
        steps=[StepResult(index=0, kind="goto", label="/", error="net::ERR_NAME_NOT_RESOLVED")],
    )
    return RunResult(
        run_id="r1",
        command="run",
        tool_version="0.1.0",
        started_at="2024-01-01T00:00:00Z",
        journeys=[clean, dirty, broken],
    )


def parse(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


def test_one_suite_one_case_per_journey_with_counts(tmp_path: Path) -> None:
    path = tmp_path / "junit.xml"
    write_junit(make_run(), path, report_dir=Path("reports/run"))
    root = parse(path)
    suites = root.findall("testsuite")
    assert len(suites) == 1
    suite = suites[0]
    assert suite.get("tests") == "3" and suite.get("failures") == "1" and suite.get("errors") == "1"
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert set(cases) == {"clean & tidy", "sign-up <b>", "broken"}
    assert cases["clean & tidy"].find("failure") is None
    assert cases["clean & tidy"].get("time") == "0.250"
    assert cases["broken"].find("error") is not None
    assert "ERR_NAME_NOT_RESOLVED" in cases["broken"].find("error").text


def test_failure_lists_check_impact_text_and_selector_escaped(tmp_path: Path) -> None:
    path = tmp_path / "junit.xml"
    write_junit(make_run(), path, report_dir=Path("reports/run"))
    case = next(c for c in parse(path).iter("testcase") if c.get("name") == "sign-up <b>")
    failure = case.find("failure")
    body = failure.text
    assert "[preselected-consent] critical" in body and "label > input#x" in body
    assert '</failure><![CDATA[ & "share"' in body and "我同意" in body
    assert "\x00" not in body and "\x1b" not in body
    assert "[confirmshaming] minor" in body
    assert "expect failed: wanted no findings" in body
    assert "(line 7)" in body
    assert "[[ATTACHMENT|reports/run/shots/signup-1.png]]" in case.find("system-out").text


def test_fail_on_threshold_drops_lesser_impacts(tmp_path: Path) -> None:
    path = tmp_path / "junit.xml"
    write_junit(make_run(), path, fail_on="serious")
    case = next(c for c in parse(path).iter("testcase") if c.get("name") == "sign-up <b>")
    body = case.find("failure").text
    assert "preselected-consent" in body and "confirmshaming" not in body


def test_baseline_known_findings_do_not_fail(tmp_path: Path) -> None:
    run = make_run()
    diff = apply_baseline(run, Baseline.from_run(run))
    run.journeys[1].steps[2].expectation_failed = False
    path = tmp_path / "junit.xml"
    write_junit(run, path, baseline_diff=diff)
    suite = parse(path).find("testsuite")
    assert suite.get("failures") == "0"
    case = next(c for c in suite.iter("testcase") if c.get("name") == "sign-up <b>")
    assert "known findings" in case.find("system-out").text


def test_audit_judged_by_a_held_expectation_does_not_fail(tmp_path: Path) -> None:
    """The journey's author said these findings are intended: `audit` then `expect: [...]`."""
    intended = Finding(
        check="preselected-consent", impact="critical", selector="#x", text="Share data", evidence={}
    )
    journey = JourneyResult(
        name="dark page as intended",
        source="flows/dark.yaml",
        steps=[
            StepResult(index=1, kind="audit", label="audit: dark", findings=[intended]),
            StepResult(index=2, kind="expect", label="expect", expectation="exactly: preselected-consent"),
            StepResult(index=3, kind="audit", label="audit: unasserted", findings=[intended]),
        ],
    )
    run = RunResult(run_id="r", command="run", tool_version="0.1.0", journeys=[journey])
    path = tmp_path / "junit.xml"
    write_junit(run, path)
    body = parse(path).find("testsuite").find("testcase").find("failure").text
    assert "step 3: audit: unasserted" in body
    assert "step 1" not in body
