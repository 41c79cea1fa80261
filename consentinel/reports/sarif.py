"""SARIF 2.1.0 output, shaped for GitHub code scanning.

SARIF is how CI systems ingest findings from analysis tools. GitHub code scanning reads a
subset of it: one ``reportingDescriptor`` (rule) per check id with help text, one ``result``
per finding with a level, a message, a location *inside the repository* and
``partialFingerprints`` so the same finding maps to the same alert run after run.

Two location kinds, because code scanning rejects web addresses as artifact URIs
("unrecognized SARIF location URI scheme"):

* a finding from a YAML journey points at the journey file and the line of its ``audit`` step
  (the place a QA engineer edits);
* a finding from ``scan URL`` points at a repository-relative pseudo path built from the page's
  host and path (``www.example.com/pricing``), without port, query or fragment, so it is the same
  in every run. The full address is kept in the result's ``properties.url`` and message.

The fingerprint is :func:`consentinel.baseline.fingerprint` (never pixels or timestamps); with a
baseline, each result's ``baselineState`` says ``new`` or ``unchanged``.

Usage::

    write_sarif(run, Path("consentinel.sarif"))
    errors = validate_sarif(json.loads(Path("consentinel.sarif").read_text()))
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote, urlsplit

from consentinel.baseline import BaselineDiff, fingerprint
from consentinel.checks import ALL_CHECKS
from consentinel.checks.base import CheckMeta, Finding
from consentinel.redact import neutralise, neutralise_data
from consentinel.results import JourneyResult, RunResult, StepResult

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_SCHEMA_RESOURCE = "sarif-2.1.0.json"  # vendored in consentinel/reports/schemas (MIT, see LICENSE)
TOOL_NAME = "Consentinel"
FINGERPRINT_KEY = "consentinelFinding/v1"

# Impact -> SARIF level, and -> GitHub's problem.severity (error | warning | recommendation).
LEVELS = {"critical": "error", "serious": "error", "moderate": "warning", "minor": "note"}
PROBLEM_SEVERITY = {"critical": "error", "serious": "error", "moderate": "warning", "minor": "recommendation"}

# Messages quote page text; code scanning shows the first lines of a message, so long consent
# paragraphs are cut to an excerpt (the full text stays in the HTML report).
MESSAGE_TEXT_CHARS = 240
# XML-invalid / terminal control characters are removed from page text before it is quoted.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def excerpt(text: str, limit: int = MESSAGE_TEXT_CHARS) -> str:
    """Page text made safe to quote in a one-line message: no control characters, one line, cut."""
    flat = " ".join(_CONTROL.sub("", neutralise(text)).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _rule_meta(check_id: str, sample: Finding | None) -> CheckMeta:
    """The registered metadata, or a minimal stand-in for an id the registry does not know."""
    if check_id in ALL_CHECKS:
        return ALL_CHECKS[check_id].meta
    impact = sample.impact if sample else "moderate"
    return CheckMeta(
        id=check_id,
        impact=impact,
        title=check_id.replace("-", " ").capitalize(),
        help=f"Consentinel check {check_id}.",
    )


def _rule(meta: CheckMeta) -> dict[str, Any]:
    legal = "\n".join(f"- {ref}" for ref in meta.legal)
    markdown = f"**{meta.title}** (`{meta.id}`, impact: {meta.impact})\n\n{meta.help}"
    text = f"{meta.title} ({meta.id}, impact: {meta.impact}). {meta.help}"
    if legal:
        markdown += f"\n\nLegal references:\n\n{legal}"
        text += " Legal references: " + "; ".join(meta.legal) + "."
    return {
        "id": meta.id,
        "name": "".join(part.capitalize() for part in meta.id.split("-")),
        "shortDescription": {"text": meta.title},
        "fullDescription": {"text": meta.help},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS.get(meta.impact, "warning")},
        "properties": {
            "tags": ["consent", "dark-pattern", "privacy", f"impact:{meta.impact}"],
            "impact": meta.impact,
            "precision": "high",
            "problem.severity": PROBLEM_SEVERITY.get(meta.impact, "warning"),
            "legal": list(meta.legal),
        },
    }


def _page_pseudo_path(url: str) -> str:
    """A repository-relative stand-in path for a web page: host + path, no port/query/fragment."""
    parts = urlsplit(url)
    host = parts.hostname or parts.scheme or "page"
    path = PurePosixPath("/" + (parts.path or "/").lstrip("/"))
    segments = [host, *[s for s in path.parts if s not in ("/", "", ".", "..")]]
    if (parts.path or "/").endswith("/"):
        segments.append("index")
    return quote("/".join(segments), safe="/:@-._~")


def _journey_file_uri(source: str, source_root: Path) -> tuple[str, bool]:
    """(uri, relative) for a journey file: repository-relative when it lies under ``source_root``."""
    path = Path(source)
    try:
        rel = path.resolve().relative_to(source_root.resolve())
        return quote(rel.as_posix(), safe="/:@-._~"), True
    except ValueError:
        return path.resolve().as_uri(), False


def _is_journey_file(journey: JourneyResult) -> bool:
    return not urlsplit(journey.source).scheme.startswith("http") and journey.source.endswith(
        (".yaml", ".yml")
    )


def _iter_findings(run: RunResult) -> Iterator[tuple[JourneyResult, StepResult, Finding]]:
    for journey in run.journeys:
        for step in journey.steps:
            for finding in step.findings:
                yield journey, step, finding


def _result(
    journey: JourneyResult,
    step: StepResult,
    finding: Finding,
    rule_index: int,
    source_root: Path,
    diff: BaselineDiff | None,
) -> dict[str, Any]:
    url = finding.url or step.url
    where = (
        f"step {step.index} ({step.kind}: {excerpt(step.label, 80)})" if step.label else f"step {step.index}"
    )
    text_part = f' "{excerpt(finding.text)}"' if finding.text else ""
    message = (
        f"{finding.check} ({finding.impact}){text_part} at {excerpt(finding.selector, 160)}"
        f" on {excerpt(url, 300) or 'the page'}; journey {excerpt(journey.name, 120)}, {where}."
    )
    if finding.message:
        message += f" {excerpt(finding.message, 300)}"
    if _is_journey_file(journey):
        uri, relative = _journey_file_uri(journey.source, source_root)
        location: dict[str, Any] = {"artifactLocation": {"uri": uri}}
        if relative:
            location["artifactLocation"]["uriBaseId"] = "%SRCROOT%"
        if step.line:
            location["region"] = {"startLine": int(step.line)}
    else:
        location = {
            "artifactLocation": {"uri": _page_pseudo_path(url or journey.source)},
            "region": {"startLine": 1},
        }
    result: dict[str, Any] = {
        "ruleId": finding.check,
        "ruleIndex": rule_index,
        "kind": "fail" if finding.outcome == "violation" else "review",
        # SARIF §3.27.9/§3.27.10: a result whose kind is not "fail" must have level "none".
        "level": LEVELS.get(finding.impact, "warning") if finding.outcome == "violation" else "none",
        "message": {"text": message},
        "locations": [
            {
                "physicalLocation": location,
                "logicalLocations": [
                    {
                        "name": excerpt(finding.selector, 300),
                        "kind": "element",
                        "fullyQualifiedName": f"{excerpt(url, 300)} {excerpt(finding.selector, 300)}",
                    }
                ],
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding, url=url)},
        "properties": {
            "impact": finding.impact,
            "outcome": finding.outcome,
            "url": url,
            "selector": finding.selector,
            "text": excerpt(finding.text, 1000),
            "journey": journey.name,
            "step": step.label or step.kind,
            "stepIndex": step.index,
            "evidence": _json_safe(finding.evidence),
        },
    }
    if diff is not None:
        result["baselineState"] = "new" if diff.is_new(finding) else "unchanged"
    return result


def _json_safe(value: Any) -> Any:
    """Evidence as plain JSON (tuples, dataclasses-as-dicts, floats); anything else as text."""
    return json.loads(json.dumps(value, default=str))


def build_sarif(
    run: RunResult,
    *,
    baseline_diff: BaselineDiff | None = None,
    source_root: Path | None = None,
) -> dict[str, Any]:
    """The SARIF log for a run, as a dict ready for ``json.dump``.

    ``source_root`` is the repository root journey paths are made relative to (default: the
    current directory, which is where CI checks the repository out). Every registered check
    becomes a rule, so a clean run still tells code scanning which rules ran (and closes alerts).
    """
    root = source_root or Path.cwd()
    findings = list(_iter_findings(run))
    samples = {f.check: f for _, _, f in findings}
    rule_ids = list(ALL_CHECKS) + sorted(cid for cid in samples if cid not in ALL_CHECKS)
    rules = [_rule(_rule_meta(cid, samples.get(cid))) for cid in rule_ids]
    index = {cid: i for i, cid in enumerate(rule_ids)}
    results = [_result(j, s, f, index[f.check], root, baseline_diff) for j, s, f in findings]
    notifications = [{"level": "error", "message": {"text": excerpt(err, 1000)}} for err in run.errors]
    # No sandbox, a partial run: what a reader must know about how the findings were gathered.
    notifications += [{"level": "warning", "message": {"text": excerpt(warning, 1000)}}
                      for warning in getattr(run, "warnings", [])]
    invocation: dict[str, Any] = {
        "executionSuccessful": not run.errors,
        "toolExecutionNotifications": notifications,
    }
    if run.started_at:
        invocation["startTimeUtc"] = run.started_at
    if run.finished_at:
        invocation["endTimeUtc"] = run.finished_at
    sarif_run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": TOOL_NAME,
                "version": run.tool_version,
                "semanticVersion": run.tool_version,
                "rules": rules,
            }
        },
        "automationDetails": {"id": f"consentinel/{run.command}/"},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": root.resolve().as_uri() + "/"}},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {
            "runId": run.run_id,
            "browser": run.browser,
            "playwrightVersion": run.playwright_version,
        },
    }
    if baseline_diff is not None:
        sarif_run["properties"]["fixed"] = [e.to_dict() for e in baseline_diff.fixed]
    # Last, over every field: no control or bidi character from a page reaches a SARIF viewer.
    return neutralise_data({"$schema": SARIF_SCHEMA_URI, "version": SARIF_VERSION, "runs": [sarif_run]})


def write_sarif(
    run: RunResult,
    path: Path | str,
    *,
    baseline_diff: BaselineDiff | None = None,
    source_root: Path | None = None,
) -> dict[str, Any]:
    """Write the run's SARIF log to ``path`` (UTF-8 JSON); returns the document written."""
    doc = build_sarif(run, baseline_diff=baseline_diff, source_root=source_root)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    # "replace": a lone surrogate from page text (evidence) must not abort the whole report.
    target.write_bytes((json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8", "replace"))
    return doc


@cache
def sarif_schema() -> dict[str, Any]:
    """The vendored official SARIF 2.1.0 JSON schema (from microsoft/sarif-sdk, MIT licence)."""
    text = (
        resources.files("consentinel.reports")
        .joinpath("schemas", SARIF_SCHEMA_RESOURCE)
        .read_text(encoding="utf-8")
    )
    return json.loads(text)


def validate_sarif(doc: dict[str, Any]) -> list[str]:
    """Schema errors in a SARIF document (empty when valid). Needs ``jsonschema`` (test extra)."""
    import jsonschema  # optional dependency: only validation needs it

    schema = sarif_schema()
    validator_cls = jsonschema.validators.validator_for(schema)
    validator = validator_cls(schema, format_checker=validator_cls.FORMAT_CHECKER)
    return [
        f"{'/'.join(str(p) for p in err.absolute_path) or '<root>'}: {err.message}"
        for err in sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    ]


__all__ = [
    "FINGERPRINT_KEY",
    "LEVELS",
    "SARIF_VERSION",
    "build_sarif",
    "excerpt",
    "sarif_schema",
    "validate_sarif",
    "write_sarif",
]
