"""The one place the plugin turns evidence into pytest artefacts (like pytest-playwright's recorder).

For each journey item and each ``consent_audit`` call: a JUnit user property per audit step
(``step 2: audit: Sign-up form`` = ``FAILED: preselected-consent``), and, when allure is on,
an allure step per journey step with the screenshot (annotated with the findings' boxes where a
browser can draw them), the findings as JSON and the offending elements' HTML. Screenshots and
snapshots are read from the run's artefact folder, where the engine saved them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from consentinel import allure_support
from consentinel.describe import step_title
from consentinel.engine import JourneyVerdict, PageAudit
from consentinel.pytest_plugin.messages import AuditFindings, format_findings
from consentinel.results import AUDIT_KINDS, JourneyResult, StepResult


def read_artefact(out_dir: Path, relative: str | None) -> bytes | None:
    """A file the engine saved for a step (path relative to the run folder), or None."""
    if not relative:
        return None
    try:
        return (out_dir / relative).read_bytes()
    except OSError:
        return None


class Recorder:
    """Records consent evidence for one pytest session's reports (JUnit properties, allure)."""

    def __init__(self, config: pytest.Config) -> None:
        self.allure = allure_support.allure_enabled(config)

    def annotate(self, browser: Any, out_dir: Path, journey: JourneyResult) -> dict[int, bytes]:
        """Annotated screenshots per step index (call in the thread that owns ``browser``)."""
        if not self.allure:
            return {}
        annotated: dict[int, bytes] = {}
        for step in journey.steps:
            png = read_artefact(out_dir, step.screenshot)
            if png and step.findings:
                drawn = allure_support.render_annotated_png(browser, png, step.screenshot_box, step.findings)
                if drawn:
                    annotated[step.index] = drawn
        return annotated

    def journey(self, item: pytest.Item, verdict: JourneyVerdict, out_dir: Path,
                annotated: dict[int, bytes]) -> None:
        """Sub-steps of a journey item: user properties (JUnit XML) and allure steps."""
        for step_verdict in verdict.steps:
            step = step_verdict.step
            title = step_title(step)
            if step.kind in AUDIT_KINDS or step.findings:
                ids = sorted({f.check for f in step.findings if f.outcome == "violation"})
                status = "FAILED: " if step_verdict.failed else "ok: "
                item.user_properties.append((title, status + (", ".join(ids) or "clean")))
                if self.allure:
                    allure_support.audit_step(
                        title,
                        step.findings,
                        allure_support.AuditAttachments(
                            screenshot_png=read_artefact(out_dir, step.screenshot),
                            annotated_png=annotated.get(step.index),
                            html_excerpts=_html_excerpts(out_dir, step) if step.findings else None,
                        ),
                        failed=step_verdict.failed,
                        failure_text=step_verdict.problem or "\n".join(format_findings(step_verdict.failing)),
                    )
            elif self.allure:
                allure_support.plain_step(title, failed=step_verdict.failed,
                                          failure_text=step_verdict.problem)
        if self.allure:
            allure_support.label_findings(verdict.journey.findings)

    def page_audit(self, page: Any, audit: PageAudit, findings: AuditFindings) -> None:
        """One ``consent_audit(page)`` call as an allure step (drawn with the page's own browser)."""
        if not self.allure:
            return
        failing = findings.failing()
        annotated = None
        if audit.screenshot_png and audit.findings:
            browser = getattr(page.context, "browser", None)
            annotated = allure_support.render_annotated_png(
                browser, audit.screenshot_png, audit.step.screenshot_box, audit.findings
            )
        allure_support.audit_step(
            audit.step.label,
            audit.findings,
            allure_support.AuditAttachments(
                screenshot_png=audit.screenshot_png,
                annotated_png=annotated,
                html_excerpts=allure_support.html_of(audit.snapshot, audit.findings),
            ),
            failed=bool(failing),
            failure_text="\n".join(format_findings(failing)),
        )
        allure_support.label_findings(audit.findings)


def _html_excerpts(out_dir: Path, step: StepResult) -> dict[str, str]:
    raw = read_artefact(out_dir, step.snapshot)
    if not raw:
        return {}
    from consentinel.facts.snapshot import Snapshot

    try:
        snapshot = Snapshot.from_dict(json.loads(raw))
    except (ValueError, TypeError):
        return {}
    return allure_support.html_of(snapshot, step.findings)


__all__ = ["Recorder", "read_artefact"]
