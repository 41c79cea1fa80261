"""Auditing a page someone else drives (a pytest-playwright test's ``page``), recorded as a step.

A journey's audits are recorded by the runner; a test that drives its own page calls
:func:`audit_page` instead, which audits the page as it is now, fills each finding's page and
step, and records the audit as a step of a :class:`~consentinel.results.JourneyResult` (so the
session's report, SARIF and baseline include it) with its screenshot saved next to the report.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from consentinel.checks.base import Finding
from consentinel.results import JourneyResult, StepResult

_SLUG_JUNK = re.compile(r"[^A-Za-z0-9]+")
MAX_SLUG = 80


@dataclass(slots=True)
class PageAudit:
    """One ``audit_page`` call: the recorded step, its findings and the evidence taken."""

    step: StepResult
    findings: list[Finding]
    screenshot_png: bytes | None
    snapshot: Any  # consentinel.facts.snapshot.Snapshot: the facts the checks judged


def artefact_folder(name: str) -> str:
    """A folder name for a test's artefacts (``tests/test_x.py::test_y`` -> ``tests-test_x-py-test_y``)."""
    return _SLUG_JUNK.sub("-", name).strip("-")[:MAX_SLUG] or "test"


def audit_page(
    page: Any,
    checks: Sequence[str] | None = None,
    *,
    journey: JourneyResult,
    label: str | None = None,
    check_options: Mapping[str, Mapping[str, Any]] | None = None,
    axe_cross_check: bool = False,
    out_dir: Path | None = None,
    folder: str = "pytest",
) -> PageAudit:
    """Audit ``page`` now and append the audit to ``journey`` as its next step.

    ``checks``: check ids (None: every snapshot check). With ``out_dir`` the screenshot is
    saved as ``<out_dir>/<folder>/audit-<n>.png`` and referenced from the step.
    """
    from consentinel.gather.audit import audit

    outcome = audit(page, list(checks) if checks is not None else None, check_options,
                    screenshot=True, axe_cross_check=axe_cross_check)
    step = record_page_audit(outcome, journey, url=page.url, label=label, out_dir=out_dir, folder=folder)
    return PageAudit(step=step, findings=step.findings, screenshot_png=outcome.screenshot_png,
                     snapshot=outcome.snapshot)


def record_page_audit(outcome: Any, journey: JourneyResult, *, url: str, label: str | None = None,
                      out_dir: Path | None = None, folder: str = "pytest",
                      extra: Mapping[str, Any] | None = None) -> StepResult:
    """Append an audit outcome (``gather.audit.AuditOutcome`` or the Selenium adapter's) to
    ``journey`` as its next step: findings get their page and step, the screenshot is saved as
    ``<out_dir>/<folder>/audit-<n>.png``. One recorder for every driver."""
    index = len(journey.steps) + 1
    step_label = label or f"consent audit {index}"
    findings = list(outcome.findings)
    for finding in findings:
        finding.url = finding.url or url
        finding.step = finding.step or step_label
    step = StepResult(index=index, kind="audit", label=step_label, url=url, findings=findings,
                      screenshot_box=_box(outcome.screenshot_box), axe=outcome.axe,
                      started_at=getattr(outcome, "started_at", "") or "",
                      duration_ms=getattr(outcome, "duration_ms", 0.0) or 0.0)
    if outcome.errors:
        step.extra["evidence_errors"] = list(outcome.errors)
    step.extra.update(extra or {})
    if out_dir is not None and outcome.screenshot_png:
        target = out_dir / folder / f"audit-{index}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(outcome.screenshot_png)
        step.screenshot = target.relative_to(out_dir).as_posix()
    journey.steps.append(step)
    return step


def _box(box: Any) -> dict[str, float] | None:
    if box is None or isinstance(box, dict):
        return box
    return {k: float(getattr(box, k)) for k in ("x", "y", "width", "height")}


__all__ = ["PageAudit", "artefact_folder", "audit_page", "record_page_audit"]
