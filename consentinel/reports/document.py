"""The report document: one JSON-ready dict built from a RunResult, shared by every renderer.

report.json *is* this document; report.html is rendered from it (plus the screenshot bytes), so
the two can never disagree about a count, a hash or a finding's number. Building it is where a
run's raw results are joined with each check's metadata (title, help, legal references) and
where every evidence file is hashed, so a reader can prove a screenshot is the one the run
took.

Example::

    doc = build_document(run, Path("reports/2026-01-01"))
    doc["totals"]["by_impact"]["critical"]["violations"]
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from consentinel.checks import ALL_CHECKS
from consentinel.checks.base import IMPACTS, Finding
from consentinel.redact import neutralise_data
from consentinel.results import JourneyResult, RunResult, StepResult

REPORT_SCHEMA_ID = "consentinel.report/1"
TOOL_NAME = "consentinel"

# Evidence is page-derived and open-ended; a runaway value (a 5 MB outerHTML) must not make
# report.json unreadable. Strings longer than this are cut and marked.
MAX_EVIDENCE_STRING = 20_000


def utc_now() -> str:
    """The current time as UTC ISO 8601 with a ``Z``, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def sha256_file(path: Path) -> str | None:
    """SHA-256 hex digest of a file, or ``None`` when it cannot be read."""
    try:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 16), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def check_info(check_id: str) -> dict[str, Any]:
    """Title, help and legal references of a check; a plain fallback for ids not registered.

    Checks land one at a time and a report may be re-rendered by a newer or older tool, so an
    unknown id must still produce a readable report rather than an error.
    """
    check = ALL_CHECKS.get(check_id)
    if check is None:
        return {"title": check_id, "help": "", "legal": [], "impact": None}
    meta = check.meta
    return {"title": meta.title, "help": meta.help, "legal": list(meta.legal), "impact": meta.impact}


def jsonable(value: Any) -> Any:
    """Turn evidence into strict JSON values.

    Dataclasses become dicts, tuples/sets lists, NaN/inf ``null`` (JSON has no NaN), bytes and
    other objects their ``str``; strings with lone surrogates (possible from page text) are
    repaired so the UTF-8 file can be written at all.
    """
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return _safe_string(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable(dataclasses.asdict(value))
    if isinstance(value, Mapping):
        return {_safe_string(str(k)): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((jsonable(v) for v in value), key=repr)
    return _safe_string(str(value))


def _safe_string(text: str) -> str:
    if len(text) > MAX_EVIDENCE_STRING:
        text = text[:MAX_EVIDENCE_STRING] + f"… [{len(text) - MAX_EVIDENCE_STRING} characters cut]"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _box(raw: Any) -> dict[str, float] | None:
    if raw is None:
        return None
    data = dataclasses.asdict(raw) if dataclasses.is_dataclass(raw) else dict(raw)
    try:
        box = {k: float(data[k]) for k in ("x", "y", "width", "height")}
    except (KeyError, TypeError, ValueError):
        return None
    return box if all(math.isfinite(v) for v in box.values()) else None


def _evidence(raw: Any) -> dict[str, Any]:
    """Evidence is a mapping of facts; anything else a check returned is kept under ``value``."""
    if isinstance(raw, Mapping):
        return jsonable(raw)
    return {} if raw is None else {"value": jsonable(raw)}


def _finding(number: int, finding: Finding, step: StepResult) -> dict[str, Any]:
    info = check_info(finding.check)
    return {
        "number": number,
        "check": finding.check,
        "impact": finding.impact,
        "outcome": finding.outcome,
        "title": info["title"],
        "help": info["help"],
        "legal": info["legal"],
        "url": _safe_string(finding.url or step.url),
        "step": _safe_string(finding.step or step.label),
        "selector": _safe_string(finding.selector),
        "text": _safe_string(finding.text),
        "message": _safe_string(finding.message),
        "box": _box(finding.box),
        "frame": int(finding.frame or 0),
        "uid": finding.uid,
        "evidence": _evidence(finding.evidence),
    }


def _evidence_file(rel: str | None, out_dir: Path) -> tuple[str | None, int | None]:
    if not rel:
        return None, None
    path = out_dir / rel
    digest = sha256_file(path)
    return digest, (path.stat().st_size if digest else None)


def _step(step: StepResult, out_dir: Path) -> dict[str, Any]:
    shot_sha, shot_bytes = _evidence_file(step.screenshot, out_dir)
    snap_sha, snap_bytes = _evidence_file(step.snapshot, out_dir)
    return {
        "index": step.index,
        "kind": step.kind,
        "label": _safe_string(step.label),
        "url": _safe_string(step.url),
        "line": step.line,
        "started_at": step.started_at,
        "duration_ms": jsonable(float(step.duration_ms)),
        "error": None if step.error is None else _safe_string(step.error),
        "expectation": step.expectation,
        "expectation_failed": bool(step.expectation_failed),
        "skipped": bool(getattr(step, "skipped", False)),
        "screenshot": step.screenshot,
        "screenshot_sha256": shot_sha,
        "screenshot_bytes": shot_bytes,
        "screenshot_box": _box(step.screenshot_box),
        "snapshot": step.snapshot,
        "snapshot_sha256": snap_sha,
        "snapshot_bytes": snap_bytes,
        "axe": None if step.axe is None else jsonable(step.axe),
        "extra": jsonable(step.extra or {}),
        "findings": [_finding(n, f, step) for n, f in enumerate(step.findings, start=1)],
    }


def _journey(journey: JourneyResult, out_dir: Path) -> dict[str, Any]:
    steps = [_step(s, out_dir) for s in journey.steps]
    return {
        "name": _safe_string(journey.name),
        "source": _safe_string(journey.source),
        "device": journey.device,
        "locale": journey.locale,
        "timezone": journey.timezone,
        "error": None if journey.error is None else _safe_string(journey.error),
        "findings": sum(len(s["findings"]) for s in steps),
        "steps": steps,
    }


def _errors(journeys: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Everything that stopped evidence being gathered or kept, in run order.

    Besides journey and step errors this lists evidence the runner could not capture
    (``extra["evidence_errors"]``, e.g. a failed screenshot) and evidence files it recorded but
    the report cannot read: a report whose screenshot is gone must say so, not silently omit it.
    """
    errors: list[dict[str, Any]] = []
    for journey in journeys:
        if journey["error"]:
            errors.append(
                {
                    "journey": journey["name"],
                    "step": None,
                    "step_kind": None,
                    "origin": "journey",
                    "message": journey["error"],
                }
            )
        for step in journey["steps"]:
            where = {"journey": journey["name"], "step": step["index"], "step_kind": step["kind"]}
            if step["error"]:
                errors.append({**where, "origin": "step", "message": step["error"]})
            evidence_errors = step["extra"].get("evidence_errors")
            if isinstance(evidence_errors, list):  # the audit stood, but some evidence was not captured
                errors += [{**where, "origin": "evidence", "message": str(e)} for e in evidence_errors]
            for kind in ("screenshot", "snapshot"):
                if step[kind] and step[f"{kind}_sha256"] is None:
                    errors.append(
                        {
                            **where,
                            "origin": "report",
                            "message": f"{kind} file {step[kind]} is missing or unreadable",
                        }
                    )
    return errors


def _totals(journeys: list[dict[str, Any]], errors: list[dict[str, Any]]) -> dict[str, Any]:
    by_impact = {impact: {"violations": 0, "reviews": 0} for impact in IMPACTS}
    by_check: dict[str, dict[str, Any]] = {}
    findings = [f for j in journeys for s in j["steps"] for f in s["findings"]]
    for finding in findings:
        bucket = "violations" if finding["outcome"] == "violation" else "reviews"
        if finding["impact"] in by_impact:
            by_impact[finding["impact"]][bucket] += 1
        entry = by_check.setdefault(
            finding["check"],
            {"title": finding["title"], "impact": finding["impact"], "violations": 0, "reviews": 0},
        )
        entry[bucket] += 1
    steps = [s for j in journeys for s in j["steps"]]
    violations = sum(v["violations"] for v in by_check.values())
    return {
        "journeys": len(journeys),
        "steps": len(steps),
        "audits": sum(
            1
            for s in steps
            if s["findings"]
            or (not s["skipped"] and not s["error"] and (s["kind"] == "audit" or s["snapshot"]))
        ),
        "findings": len(findings),
        "violations": violations,
        "reviews": len(findings) - violations,
        "errors": len(errors),
        "failed_expectations": sum(1 for s in steps if s["expectation_failed"]),
        "by_impact": by_impact,
        "by_check": dict(sorted(by_check.items())),
    }


def build_document(run: RunResult, out_dir: Path) -> dict[str, Any]:
    """The whole report as JSON-ready data (see ``report.schema.json`` for every field).

    Every string is passed through :func:`~consentinel.redact.neutralise_data` last, so no
    field of report.json or report.html can carry a control or bidi character from a page.
    """
    out_dir = Path(out_dir)
    journeys = [_journey(j, out_dir) for j in run.journeys]
    errors = _errors(journeys)
    return neutralise_data({
        "schema": REPORT_SCHEMA_ID,
        "run": {
            "run_id": run.run_id,
            "command": run.command,
            "tool": TOOL_NAME,
            "tool_version": run.tool_version,
            "browser": run.browser,
            "playwright_version": run.playwright_version,
            "axe_version": run.axe_version,
            "python_version": run.python_version,
            "platform": run.platform,
            "started_at": run.started_at,
            "finished_at": run.finished_at,
            "generated_at": utc_now(),
            "redactions": list(run.redactions),
            "warnings": list(getattr(run, "warnings", [])),
        },
        "totals": {
            **_totals(journeys, errors),
            # Findings an ``expect`` asserted: judged by that expectation, not by --fail-on.
            "expected": sum(len(j.findings) - len(j.judged_findings) for j in run.journeys),
        },
        "errors": errors,
        "journeys": journeys,
    })
