"""Audit the current page of a Selenium WebDriver session: same collector, checks and reports.

:func:`audit_driver` is the Selenium twin of ``consentinel.gather.audit.audit``: it gathers a snapshot
with the one collector script (``collect``), runs the same pure checks over it, takes a
screenshot of the findings' region and asks axe-core (through axe-selenium-python) for its
opinion on every ``low-contrast-consent`` finding. It returns the Playwright path's
``AuditOutcome`` plus ``limitations``: plain statements of what Selenium could not observe.

:func:`write_driver_report` writes report.json/report.html with the shared report writers.

Example::

    from selenium import webdriver
    from consentinel.selenium import audit_driver, write_driver_report

    driver = webdriver.Chrome()
    driver.get("https://example.org/annual-bill")
    outcome = audit_driver(driver)
    for finding in outcome.findings:
        print(finding.check, finding.selector)
    write_driver_report(driver, [outcome], Path("reports/selenium"))
"""

from __future__ import annotations

import base64
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from selenium.common.exceptions import WebDriverException

from consentinel.selenium import limits
from consentinel.selenium._core import (
    AuditOutcome,
    Finding,
    JourneyResult,
    RunResult,
    StepResult,
    _new_run,
    _write_reports,
    attach_axe_result,
    axe_targets,
    run_checks,
    screenshot_region,
    utc_now,
)
from consentinel.selenium.axe import axe_contrast_driver, axe_version
from consentinel.selenium.collect import Gathered, collect_driver
from consentinel.selenium.evaluate import SCRIPT_BUDGET_S, PageScripts, ScriptError, cdp, first_line

CONTRAST_CHECK = "low-contrast-consent"
SNAPSHOT_CHECKS_KEY = "snapshot_checks"


@dataclass
class DriverAuditOutcome(AuditOutcome):
    """An ``AuditOutcome`` from a Selenium session, with what could not be observed there."""

    url: str = ""
    limitations: list[str] = field(default_factory=list)
    started_at: str = ""
    duration_ms: float = 0.0


def _screenshot(driver: Any, gathered: Gathered, findings: list[Finding],
                limitations: list[str]) -> tuple[bytes, dict[str, float]]:
    """The findings' region (CDP ``captureBeyondViewport`` on Chromium), else the viewport."""
    snapshot = gathered.snapshot
    region = screenshot_region(snapshot, findings)
    if region is not None:
        shot = cdp(driver, "Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True, "clip": {**region, "scale": 1},
        })
        if shot is not None:
            return base64.b64decode(shot["data"]), region
        limitations.append(limits.SCREENSHOT_VIEWPORT_ONLY)
    view = snapshot.viewport
    png = driver.get_screenshot_as_png()
    return png, {"x": view.x, "y": view.y, "width": view.width, "height": view.height}


def _attach_axe(
    driver: Any, scripts: PageScripts, gathered: Gathered, findings: list[Finding]
) -> dict[str, Any]:
    result = axe_contrast_driver(driver, scripts, gathered.frame_paths, axe_targets(findings))
    return attach_axe_result(findings, result)


def audit_driver(
    driver: Any,
    checks: Iterable[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    screenshot: bool = True,
    axe_cross_check: bool = True,
    collect_options: Mapping[str, Any] | None = None,
    budget_s: float = SCRIPT_BUDGET_S,
    isolated_world: bool = True,
) -> DriverAuditOutcome:
    """Collect the driver's current page, run ``checks`` (None: every snapshot check), take evidence.

    Arguments mean what they mean for ``consentinel.gather.audit.audit``. Checks a page snapshot cannot
    answer under Selenium (network- and exploration-based ones) are not run and each is named in
    ``limitations``. Evidence that fails (screenshot, axe) is noted in ``errors``; the findings
    stand. Raises :class:`ScriptError` only when the top-level document cannot be read.

    ``budget_s`` bounds every in-page script; ``isolated_world=False`` runs the scripts in the
    page's own world even where CDP is available (stated in ``limitations``).
    """
    from consentinel.checks import SNAPSHOT_CHECKS

    started = time.perf_counter()
    started_at = utc_now()
    runnable, unavailable = limits.split_checks(None if checks is None else list(checks), SNAPSHOT_CHECKS)
    scripts = PageScripts.open(driver, budget_s, isolate=isolated_world)
    gathered = collect_driver(driver, dict(collect_options or {}), scripts)
    limitations = list(gathered.limitations) + [limits.unavailable_check(c) for c in unavailable]
    findings = run_checks(gathered.snapshot, runnable, options)
    errors: list[str] = []
    png: bytes | None = None
    box: dict[str, float] | None = None
    if screenshot:
        try:
            png, box = _screenshot(driver, gathered, findings, limitations)
        except WebDriverException as exc:
            errors.append(f"screenshot failed: {first_line(exc)}")
    axe: dict[str, Any] | None = None
    contrast = [f for f in findings if f.check == CONTRAST_CHECK]
    if axe_cross_check and contrast:
        try:
            axe = _attach_axe(driver, scripts, gathered, contrast)
        except (ScriptError, WebDriverException, ImportError, OSError) as exc:
            errors.append(f"axe cross-check failed: {first_line(exc)}")
            axe = {"error": first_line(exc)}
    return DriverAuditOutcome(
        gathered.snapshot, findings, png, box, axe, errors,
        url=gathered.snapshot.url, limitations=limitations, started_at=started_at,
        duration_ms=round((time.perf_counter() - started) * 1000, 2),
    )


def browser_line(driver: Any) -> str:
    """The session's browser for the report, e.g. ``chrome 131.0.6778.85 (selenium 4.27.1)``."""
    import selenium

    caps = getattr(driver, "capabilities", None) or {}
    name = caps.get("browserName", "unknown browser")
    version = caps.get("browserVersion") or caps.get("version") or "?"
    return f"{name} {version} (selenium {selenium.__version__})"


def audit_step(outcome: DriverAuditOutcome, journey: JourneyResult, label: str, out_dir: Path | None,
               folder: str) -> StepResult:
    """Record one audit as the next step of ``journey`` through the engine's one recorder, with
    what Selenium could not gather stated on the step."""
    from consentinel.engine import record_page_audit

    extra = {"selenium_limitations": list(outcome.limitations)} if outcome.limitations else None
    return record_page_audit(outcome, journey, url=outcome.url, label=label, out_dir=out_dir, folder=folder,
                             extra=extra)


def _record(driver: Any, outcomes: Sequence[DriverAuditOutcome], out_dir: Path | None,
            name: str = "selenium session") -> RunResult:
    """The shared results model for a Selenium session's audits (one journey, one step each).

    The one place that turns Selenium outcomes into a run; the engine records each step and
    writes the reports.
    """
    run = _new_run("selenium")
    run.browser = browser_line(driver)
    run.axe_version = axe_version()
    journey = JourneyResult(name=name, source=outcomes[0].url if outcomes else "")
    for i, outcome in enumerate(outcomes, start=1):
        audit_step(outcome, journey, f"audit {i}", out_dir, "selenium")
    run.journeys.append(journey)
    run.finished_at = utc_now()
    return run


def write_driver_report(
    driver: Any, outcomes: Sequence[DriverAuditOutcome], out_dir: Path
) -> dict[str, Path]:
    """report.json and report.html for these audits, by the shared writers."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return _write_reports(_record(driver, outcomes, out_dir), out_dir)


__all__ = ["DriverAuditOutcome", "audit_driver", "audit_step", "browser_line", "write_driver_report"]
