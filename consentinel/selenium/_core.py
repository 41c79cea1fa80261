"""Every name the Selenium adapter borrows from the rest of Consentinel, imported here only.

Why one module: the collector, the snapshot model, the axe cross-check, the results model and
the pytest plugin are shared with the Playwright path and are being reorganised; the adapter
names them in this one place so a move is a one-line fix here, never a hunt through the
adapter. Nothing here is reimplemented: the adapter runs the same collector script, the same
checks, the same axe-core mapping script and the same report writers.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from consentinel.checks import run_checks
from consentinel.checks.base import Finding
from consentinel.facts.snapshot import Snapshot
from consentinel.gather.audit import AuditOutcome, attach_axe_result, axe_targets, screenshot_region
from consentinel.gather.axe import CONTRAST_RULE, OUTCOME_ORDER
from consentinel.gather.axe import summarise_selector as summarise_axe_selector
from consentinel.gather.collector import MIN_FRAME_SIZE, hide_all_in_frame, intersects, prefix_frame_items
from consentinel.gather.evaluate import script_source
from consentinel.gather.runner import utc_now
from consentinel.results import JourneyResult, RunResult, StepResult

# The same in-page scripts as the Playwright path (gather/js/), run by the Selenium adapter's
# own door (consentinel.selenium.evaluate: an isolated world through CDP where it can).
AXE_CONTRAST_JS = script_source("axe_contrast")
FRAME_ELEMENT_JS = script_source("frame_element")


def _collector_source() -> str:
    """The one in-page collector (a function expression ``(options) => string``)."""
    return script_source("collector")


def _snapshot_from_json(data: dict[str, Any]) -> Snapshot:
    """The merged collector output (all frames) as the snapshot every check reads."""
    return Snapshot.from_dict(data)


def _parse_collector_result(raw: object) -> dict[str, Any]:
    """The collector returns one JSON string; anything else means the page interfered."""
    if not isinstance(raw, str):
        raise ValueError(f"collector returned {type(raw).__name__}, expected a JSON string")
    data = json.loads(raw)
    if not isinstance(data, dict):
        raise ValueError("collector returned JSON that is not an object")
    return data


def _write_reports(run: RunResult, out_dir: Path) -> dict[str, Path]:
    """Every report through the engine's one ``write_outputs`` (report.json and report.html)."""
    from consentinel import engine

    plan = engine.Plan(out_dir=Path(out_dir), command="selenium")
    outcome = engine.Outcome(run=run, verdict=engine.verdict_for(run, plan))
    return engine.write_outputs(outcome, plan)


def _audit_findings_class() -> type:
    """The Playwright fixture's result class: the same ``failing`` and ``assert_clean``."""
    from consentinel.pytest_plugin.messages import AuditFindings

    return AuditFindings


def _plugin_state(config: Any) -> Any | None:
    """The main pytest plugin's session state (options, baseline, the session's run), if loaded."""
    from consentinel.pytest_plugin.state import state_of

    try:
        return state_of(config)
    except KeyError:
        return None


def _new_run(command: str) -> RunResult:
    """Run metadata exactly as the CLI and the pytest plugin record it (run id, versions)."""
    from consentinel import engine

    return engine.new_run(engine.Plan(out_dir=Path("."), command=command))


__all__ = [
    "AXE_CONTRAST_JS",
    "CONTRAST_RULE",
    "FRAME_ELEMENT_JS",
    "MIN_FRAME_SIZE",
    "OUTCOME_ORDER",
    "AuditOutcome",
    "Finding",
    "JourneyResult",
    "RunResult",
    "Snapshot",
    "StepResult",
    "_allure_support",
    "_audit_findings_class",
    "_chromium_binary",
    "_chromium_flags",
    "_collector_source",
    "_format_findings",
    "_new_run",
    "_parse_collector_result",
    "_plugin_state",
    "_report_folder",
    "_snapshot_from_json",
    "_write_reports",
    "attach_axe_result",
    "axe_targets",
    "hide_all_in_frame",
    "intersects",
    "prefix_frame_items",
    "run_checks",
    "screenshot_region",
    "summarise_axe_selector",
    "utc_now",
]


def _allure_support() -> Any:
    """The allure attachments the Playwright fixture writes (same steps, same labels)."""
    from consentinel import allure_support

    return allure_support


def _format_findings(findings: list[Finding]) -> list[str]:
    """One line per finding, as the Playwright fixture's assertion lists them."""
    from consentinel.pytest_plugin.messages import format_findings

    return list(format_findings(findings))


def _report_folder(nodeid: str) -> str:
    """Where a test's screenshots go under the report folder, as the Playwright fixture names it."""
    from consentinel.engine import artefact_folder

    return f"pytest/{artefact_folder(nodeid)}"


def _chromium_flags() -> list[str]:
    """The product's Chromium launch flags (test host rules under CONSENTINEL_TEST_HOST_RULES=1)."""
    from consentinel.gather.browser import BrowserSettings, launch_args

    return launch_args(BrowserSettings())


def _chromium_binary() -> str | None:
    """CONSENTINEL_BROWSER, else the first system Chromium/Chrome the Playwright path would pick."""
    import os
    import shutil

    from consentinel.gather.browser import ENV_BROWSER, SYSTEM_CANDIDATES

    chosen = os.environ.get(ENV_BROWSER)
    if chosen:
        return chosen
    for candidate in SYSTEM_CANDIDATES:
        found = candidate if os.path.isabs(candidate) else shutil.which(candidate)
        if found and os.path.isfile(found) and os.access(found, os.X_OK):
            return found
    return None
