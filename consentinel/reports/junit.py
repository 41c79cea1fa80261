"""JUnit XML output: one ``<testsuite>`` per run, one ``<testcase>`` per journey.

Every CI system (GitLab's test reports, Jenkins, Azure DevOps, CircleCI) reads JUnit XML, so
this is the lowest common denominator for "which journeys failed and why". A journey's test
case fails when it has violations at or above ``fail_on`` (only *new* ones when a baseline is
applied) or a failed ``expect:``; a step that could not run (unreachable page, element not
found) is an ``<error>``, which CI shows apart from a failure.

The document is built with :mod:`xml.etree.ElementTree`, which escapes markup; page-derived
text additionally has the characters XML 1.0 forbids (control characters, lone surrogates)
removed, since ElementTree would write them and produce a file no parser accepts.

GitLab shows screenshots attached through ``[[ATTACHMENT|path]]`` lines in ``system-out``;
pass ``report_dir`` (the folder holding the run's screenshots) to get them.

Usage::

    write_junit(run, Path("consentinel-junit.xml"), fail_on="serious")
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from consentinel.baseline import BaselineDiff
from consentinel.defaults import DEFAULT_FAIL_ON
from consentinel.describe import finding_line, short, step_title, xml_text
from consentinel.engine.verdict import JourneyVerdict, Verdict, asserted_audits, judge
from consentinel.results import RunResult


def _journey_case(suite: ET.Element, verdict: JourneyVerdict, fail_on: str, report_dir: Path | None) -> None:
    """Add the journey's testcase, failing and erroring as its verdict says."""
    journey = verdict.journey
    duration_s = sum(step.duration_ms for step in journey.steps) / 1000.0
    classname = "consentinel." + (
        Path(journey.source).stem if journey.source.endswith((".yaml", ".yml")) else "scan"
    )
    case = ET.SubElement(
        suite,
        "testcase",
        {
            "name": xml_text(journey.name),
            "classname": xml_text(classname),
            "time": f"{duration_s:.3f}",
            "file": xml_text(journey.source),
        },
    )
    failing_lines: list[str] = []
    known_lines: list[str] = []
    for step_verdict in verdict.steps:
        step = step_verdict.step
        header = step_title(step)
        if step.line:
            header += f" (line {step.line})"
        known_lines.extend(f"{header}: {finding_line(finding)}" for finding in step_verdict.known)
        step_failing = ["  " + finding_line(finding) for finding in step_verdict.failing]
        if step.expectation_failed:
            step_failing.append(
                f"  expect failed: wanted {short(step.expectation or '', 300)}, got "
                + (
                    ", ".join(sorted({f.check for f in step.findings if f.outcome == "violation"}))
                    or "no findings"
                )
            )
        if step_failing:
            failing_lines.append(header)
            failing_lines.extend(step_failing)
    errors = [xml_text(error) for error in verdict.errors]

    if failing_lines:
        count = sum(1 for line in failing_lines if line.startswith("  "))
        failure = ET.SubElement(
            case,
            "failure",
            {
                "message": xml_text(f"{count} consent problem(s) at or above {fail_on}"),
                "type": "ConsentViolation",
            },
        )
        failure.text = "\n".join(failing_lines)
    if errors:
        error = ET.SubElement(case, "error", {"message": short(errors[0], 300), "type": "StepError"})
        error.text = "\n".join(errors)
    out_lines = [f"journey: {xml_text(journey.name)} ({xml_text(journey.source)}), device {journey.device}"]
    if known_lines:
        out_lines.append("known findings (in the baseline, not counted):")
        out_lines.extend("  " + line for line in known_lines)
    if report_dir is not None:
        out_lines.extend(
            f"[[ATTACHMENT|{xml_text((report_dir / s.screenshot).as_posix())}]]"
            for s in journey.steps
            if s.screenshot
        )
    ET.SubElement(case, "system-out").text = "\n".join(out_lines)


def build_junit(
    run: RunResult,
    *,
    fail_on: str = DEFAULT_FAIL_ON,
    baseline_diff: BaselineDiff | None = None,
    report_dir: Path | None = None,
    verdict: Verdict | None = None,
) -> ET.ElementTree:
    """The JUnit XML tree for a run (``<testsuites>`` holding one ``<testsuite>``).

    Test cases fail and error as ``verdict`` says (judged here from ``fail_on`` and
    ``baseline_diff`` when not given).
    """
    if verdict is None:
        verdict = judge(run, fail_on, baseline_diff)
    fail_on, baseline_diff = verdict.fail_on, verdict.baseline
    root = ET.Element("testsuites", {"name": "consentinel"})
    suite = ET.SubElement(root, "testsuite", {"name": xml_text(f"consentinel {run.command}")})
    if run.started_at:
        suite.set("timestamp", xml_text(run.started_at))
    props = ET.SubElement(suite, "properties")
    for name, value in (
        ("run_id", run.run_id),
        ("tool_version", run.tool_version),
        ("browser", run.browser),
        ("fail_on", fail_on),
        ("baseline", "yes" if baseline_diff is not None else "no"),
    ):
        ET.SubElement(props, "property", {"name": name, "value": xml_text(value)})
    for journey_verdict in verdict.journeys:
        _journey_case(suite, journey_verdict, fail_on, report_dir)
    failures = sum(1 for j in verdict.journeys if j.failed)
    errors = sum(1 for j in verdict.journeys if j.errored)
    if baseline_diff is not None and baseline_diff.fixed:
        fixed = "\n".join(
            f'fixed: [{e.check}] {e.url_path} "{short(e.text)}" {short(e.selector, 300)}'
            for e in baseline_diff.fixed
        )
        ET.SubElement(suite, "system-out").text = xml_text(fixed)
    total_time = sum(step.duration_ms for j in run.journeys for step in j.steps) / 1000.0
    for element in (root, suite):
        element.set("tests", str(len(run.journeys)))
        element.set("failures", str(failures))
        element.set("errors", str(errors))
        element.set("time", f"{total_time:.3f}")
    suite.set("skipped", "0")
    _neutralise_tree(root)
    ET.indent(root)
    return ET.ElementTree(root)


def _neutralise_tree(root: ET.Element) -> None:
    """Every text, tail and attribute of the document through :func:`xml_text`, whatever built it."""
    for element in root.iter():
        if element.text:
            element.text = xml_text(element.text)
        if element.tail:
            element.tail = xml_text(element.tail)
        for name, value in element.attrib.items():
            element.set(name, xml_text(value))


def write_junit(
    run: RunResult,
    path: Path | str,
    *,
    fail_on: str = DEFAULT_FAIL_ON,
    baseline_diff: BaselineDiff | None = None,
    report_dir: Path | None = None,
    verdict: Verdict | None = None,
) -> None:
    """Write the run's JUnit XML to ``path`` (UTF-8, with an XML declaration)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tree = build_junit(run, fail_on=fail_on, baseline_diff=baseline_diff, report_dir=report_dir,
                       verdict=verdict)
    tree.write(target, encoding="utf-8", xml_declaration=True)


__all__ = ["asserted_audits", "build_junit", "finding_line", "step_title", "write_junit", "xml_text"]
