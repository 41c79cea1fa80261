"""The engine's one verdict and its plan/outputs, on plain results (no browser)."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from consentinel import engine
from consentinel.baseline import Baseline, apply_baseline
from consentinel.checks.base import Finding
from consentinel.engine import EXIT_FINDINGS, EXIT_INCOMPLETE, EXIT_INTERRUPTED, EXIT_OK, Outcome, Plan, judge
from consentinel.results import JourneyResult, RunResult, StepResult


def finding(check: str = "preselected-consent", impact: str = "critical", *, outcome: str = "violation",
            selector: str = "#partners", text: str = "Send me offers from partners") -> Finding:
    return Finding(check=check, impact=impact, selector=selector, text=text, evidence={}, outcome=outcome,
                   url="http://127.0.0.1:5/signup.html")


def run_of(*journeys: JourneyResult) -> RunResult:
    return RunResult(run_id="r1", command="run", tool_version="0", journeys=list(journeys))


def journey_of(*steps: StepResult, error: str | None = None) -> JourneyResult:
    return JourneyResult(name="sign-up", source="flows/signup.yaml", steps=list(steps), error=error)


def audit(index: int, *findings: Finding, expectation: str | None = None, failed: bool = False) -> StepResult:
    return StepResult(index=index, kind="audit", label=f"audit {index}", findings=list(findings),
                      expectation=expectation, expectation_failed=failed)


def test_violations_at_or_above_fail_on_fail_and_reviews_never_do() -> None:
    serious, minor = finding(impact="serious"), finding("confirmshaming", "minor", selector="a.no")
    review = finding("low-contrast-consent", "critical", outcome="review")
    run = run_of(journey_of(audit(1, serious, minor, review)))
    assert judge(run, "minor").failing == [serious, minor]
    assert judge(run, "serious").failing == [serious]
    assert judge(run, "critical").exit_code == EXIT_OK
    assert judge(run, "none").failing == []
    assert judge(run_of(journey_of(audit(1, review))), "minor").exit_code == EXIT_OK


def test_findings_an_expect_judged_are_excluded_and_judged_by_the_expectation() -> None:
    intended, stray = finding(), finding("fine-print-consent", "moderate", selector="p.small")
    held = run_of(journey_of(audit(1, intended, expectation="exactly: preselected-consent"), audit(2, stray)))
    verdict = judge(held)
    assert verdict.failing == [stray] and verdict.asserted == [intended]
    assert verdict.journeys[0].steps[0].asserted and not verdict.journeys[0].steps[0].failed
    # an `expect` step judges the audit before it
    expect_step = StepResult(index=3, kind="expect", label="expect", expectation="no findings",
                             expectation_failed=True)
    broken = run_of(journey_of(audit(1, intended), audit(2, stray), expect_step))
    verdict = judge(broken, "none")
    assert verdict.failing == [] and verdict.asserted == [stray]
    assert [step.index for _, step in verdict.failed_expectations] == [3]
    assert verdict.exit_code == EXIT_FINDINGS  # a failed expectation fails even with fail_on none


def test_with_a_baseline_only_new_findings_fail() -> None:
    accepted = finding()
    new = finding("hidden-consent", "serious", selector="#ads", text="Share with advertisers")
    run = run_of(journey_of(audit(1, accepted, new)))
    diff = apply_baseline(run, Baseline.from_findings([accepted]))
    verdict = judge(run, "minor", diff)
    assert verdict.failing == [new] and verdict.known == [accepted]
    assert verdict.baseline is diff and verdict.exit_code == EXIT_FINDINGS
    everything = apply_baseline(run, Baseline.from_findings([accepted, new]))
    assert judge(run, "minor", everything).exit_code == EXIT_OK


def test_errors_make_a_run_incomplete_but_findings_win() -> None:
    unreachable = StepResult(index=1, kind="goto", label="goto /", error="net::ERR_CONNECTION_REFUSED")
    verdict = judge(run_of(journey_of(unreachable)))
    assert verdict.exit_code == EXIT_INCOMPLETE
    assert verdict.journeys[0].errored and not verdict.journeys[0].failed
    assert verdict.journeys[0].steps[0].problem == "error: net::ERR_CONNECTION_REFUSED"
    assert judge(run_of(journey_of(error="could not open a browser context"))).exit_code == EXIT_INCOMPLETE
    assert judge(run_of(journey_of(unreachable, audit(2, finding())))).exit_code == EXIT_FINDINGS


def test_interrupted_exits_130_whatever_was_found() -> None:
    run = run_of(journey_of(audit(1, finding())))
    assert judge(run, interrupted=True).exit_code == EXIT_INTERRUPTED


def test_faces_agree_with_the_verdict() -> None:
    """results, baseline, CLI and JUnit read the one verdict, not rules of their own."""
    from consentinel.cli import exit_code
    from consentinel.reports.junit import build_junit

    intended, stray = finding(), finding("fine-print-consent", "moderate", selector="p.small")
    run = run_of(journey_of(audit(1, intended, expectation="exactly: preselected-consent"), audit(2, stray)))
    assert run.failing("minor") == judge(run).failing == [stray]
    assert run.journeys[0].judged_findings == [stray]
    assert exit_code(run, "serious") == judge(run, "serious").exit_code == EXIT_OK
    case = next(build_junit(run, verdict=judge(run, "moderate")).getroot().iter("testcase"))
    assert case.find("failure") is not None and "fine-print-consent" in case.find("failure").text
    case = next(build_junit(run, verdict=judge(run, "serious")).getroot().iter("testcase"))
    assert case.find("failure") is None


def test_plan_rejects_bad_settings_and_maps_onto_run_options() -> None:
    with pytest.raises(ValueError, match="fail_on must be one of"):
        Plan(out_dir=Path("x"), fail_on="high")
    with pytest.raises(ValueError, match="command must be one of"):
        Plan(out_dir=Path("x"), command="crawl")
    with pytest.raises(ValueError, match="positive"):
        Plan(out_dir=Path("x"), step_timeout_ms=0)
    with pytest.raises(ValueError, match="eval_budget_ms must be a positive"):
        Plan(out_dir=Path("x"), eval_budget_ms=0)
    plan = Plan(out_dir=Path("x"), checks=("preselected-consent",), device="iPhone 13", explore=False,
                eval_budget_ms=1234, page_budget_ms=5678)
    options = plan.run_options()
    assert (options.eval_budget_ms, options.page_budget_ms) == (1234, 5678)
    assert options.checks == ["preselected-consent"] and options.device == "iPhone 13" and not options.explore
    assert options.step_timeout_ms == plan.step_timeout_ms and options.scan_settle_ms == plan.scan_settle_ms


def test_write_outputs_writes_every_format_asked_for(tmp_path: Path) -> None:
    run = run_of(journey_of(audit(1, finding())))
    plan = Plan(out_dir=tmp_path / "report", junit=tmp_path / "junit.xml", sarif=tmp_path / "c.sarif",
                baseline_out=tmp_path / "baseline.json", fail_on="serious")
    outcome = Outcome(run=run, verdict=engine.verdict_for(run, plan))
    paths = engine.write_outputs(outcome, plan)
    assert set(paths) == {"json", "html", "junit", "sarif", "baseline"}
    assert all(path.is_file() for path in paths.values())
    failures = ET.parse(paths["junit"]).getroot().get("failures")
    assert failures == "1"
    assert len(json.loads(paths["baseline"].read_text(encoding="utf-8"))["entries"]) == 1


def test_write_outputs_keeps_going_past_a_failing_writer_and_skips_a_partial_baseline(tmp_path: Path) -> None:
    run = run_of(journey_of(audit(1, finding())))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    plan = Plan(out_dir=tmp_path / "report", junit=blocker / "junit.xml", baseline_out=tmp_path / "b.json")
    outcome = Outcome(run=run, verdict=engine.verdict_for(run, plan, interrupted=True), interrupted=True)
    problems: list[str] = []
    paths = engine.write_outputs(outcome, plan, on_error=lambda what, exc: problems.append(what))
    assert problems == ["JUnit"] and set(paths) == {"json", "html"}
    assert not (tmp_path / "b.json").exists()
    with pytest.raises(OSError):
        engine.write_outputs(outcome, plan)


def test_importing_the_engine_loads_no_playwright() -> None:
    code = ("import sys, consentinel.engine, consentinel.cli, consentinel.devices;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'playwright'"
            " or m in ('consentinel.gather.runner', 'consentinel.gather.browser')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_device_registry_resolves_names_case_insensitively_with_a_suggestion() -> None:
    from consentinel import devices

    assert devices.device_names()[0] == devices.DESKTOP
    assert devices.resolve_device("iphone 13") == "iPhone 13"
    with pytest.raises(devices.UnknownDeviceError, match="did you mean 'iPhone X'"):
        devices.resolve_device("iPhone 99")
