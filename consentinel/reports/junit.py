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

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from consentinel.baseline import BaselineDiff
from consentinel.checks.base import Finding, impact_rank
from consentinel.redact import neutralise
from consentinel.results import JourneyResult, RunResult, StepResult

# XML 1.0 Char production: anything outside it cannot appear in a document, even escaped.
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
FAILURE_TEXT_CHARS = 200  # per finding: enough to recognise the consent text, short in a CI log


def xml_text(value: object) -> str:
    """Text safe to place in an XML 1.0 document (ElementTree escapes <, >, & and quotes), with
    control and bidi characters shown as ``[U+XXXX]`` (:func:`~consentinel.redact.neutralise`)."""
    return _XML_INVALID.sub("", neutralise(str(value)))


def _short(text: str, limit: int = FAILURE_TEXT_CHARS) -> str:
    flat = " ".join(xml_text(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def finding_line(finding: Finding) -> str:
    """One readable line per finding: check id, impact, text excerpt, selector, page."""
    line = f'[{finding.check}] {finding.impact}: "{_short(finding.text)}" at {_short(finding.selector, 300)}'
    if finding.url:
        line += f" ({_short(finding.url, 300)})"
    return line


def step_title(step: StepResult) -> str:
    """``step 4: audit: Dark sign-up`` (runner labels usually start with the verb already)."""
    if not step.label:
        return f"step {step.index}: {step.kind}"
    label = _short(step.label, 120)
    return (
        f"step {step.index}: {label}"
        if label.startswith(step.kind)
        else f"step {step.index}: {step.kind}: {label}"
    )


def asserted_audits(journey: JourneyResult) -> set[int]:
    """Indices of audit steps judged by an ``expect`` (see ``JourneyResult.asserted_audits``)."""
    return journey.asserted_audits()


def _journey_case(
    suite: ET.Element,
    journey: JourneyResult,
    fail_on: str,
    diff: BaselineDiff | None,
    report_dir: Path | None,
) -> tuple[bool, bool]:
    """Add the journey's testcase; returns (failed, errored)."""
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
    threshold = impact_rank(fail_on)
    failing_lines: list[str] = []
    known_lines: list[str] = []
    asserted = asserted_audits(journey)
    for step in journey.steps:
        header = step_title(step)
        if step.line:
            header += f" (line {step.line})"
        step_failing = []
        for finding in [] if step.index in asserted else step.findings:
            counts = finding.outcome == "violation" and impact_rank(finding.impact) >= threshold
            if counts and diff is not None and not diff.is_new(finding):
                known_lines.append(f"{header}: {finding_line(finding)}")
                continue
            if counts:
                step_failing.append("  " + finding_line(finding))
        if step.expectation_failed:
            step_failing.append(
                f"  expect failed: wanted {_short(step.expectation or '', 300)}, got "
                + (
                    ", ".join(sorted({f.check for f in step.findings if f.outcome == "violation"}))
                    or "no findings"
                )
            )
        if step_failing:
            failing_lines.append(header)
            failing_lines.extend(step_failing)
    errors = [xml_text(f"{journey.name}: {journey.error}")] if journey.error else []
    errors += [xml_text(f"step {s.index} ({s.kind}): {s.error}") for s in journey.steps if s.error]

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
        error = ET.SubElement(case, "error", {"message": _short(errors[0], 300), "type": "StepError"})
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
    return bool(failing_lines), bool(errors)


def build_junit(
    run: RunResult,
    *,
    fail_on: str = "minor",
    baseline_diff: BaselineDiff | None = None,
    report_dir: Path | None = None,
) -> ET.ElementTree:
    """The JUnit XML tree for a run (``<testsuites>`` holding one ``<testsuite>``)."""
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
    failures = errors = 0
    for journey in run.journeys:
        failed, errored = _journey_case(suite, journey, fail_on, baseline_diff, report_dir)
        failures += failed
        errors += errored
    if baseline_diff is not None and baseline_diff.fixed:
        fixed = "\n".join(
            f'fixed: [{e.check}] {e.url_path} "{_short(e.text)}" {_short(e.selector, 300)}'
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
    fail_on: str = "minor",
    baseline_diff: BaselineDiff | None = None,
    report_dir: Path | None = None,
) -> None:
    """Write the run's JUnit XML to ``path`` (UTF-8, with an XML declaration)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    build_junit(run, fail_on=fail_on, baseline_diff=baseline_diff, report_dir=report_dir).write(
        target, encoding="utf-8", xml_declaration=True
    )


__all__ = ["asserted_audits", "build_junit", "finding_line", "step_title", "write_junit", "xml_text"]
