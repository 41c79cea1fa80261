"""pytest fixture for Selenium suites: ``consent_audit_driver(driver).assert_clean()``.

Registered through its own ``pytest11`` entry point (``consentinel_selenium``) and importing
Selenium only when the fixture is called, so suites without Selenium are unaffected. It mirrors
the Playwright ``consent_audit`` fixture: the same check selection (``checks=`` argument, else
``@pytest.mark.consent_checks(...)``, else ``--consent-checks``, else every snapshot check), the
same result class (its ``failing`` and ``assert_clean`` judge both), the same ``--consent-fail-on``,
``--consent-baseline``, ``--consent-axe``, ``--consent-report`` and allure steps.

Example::

    def test_annual_bill(driver, consent_audit_driver):
        driver.get("https://example.org/annual-bill")
        consent_audit_driver(driver).assert_clean()
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from consentinel.results import JourneyResult

MARKER_CHECKS = "consent_checks"
DEFAULT_FAIL_ON = "minor"


def _option(config: pytest.Config, name: str) -> Any:
    """A ``--consent-*`` option of the main plugin, or None when that plugin is not loaded."""
    try:
        return config.getoption(name)
    except ValueError:
        return None


@dataclass
class DriverConsentAudit:
    """The callable behind ``consent_audit_driver``: ``consent_audit_driver(driver, checks=None)``."""

    node: pytest.Item
    journey: JourneyResult | None = None
    calls: int = 0

    def __call__(
        self,
        driver: Any,
        checks: Sequence[str] | None = None,
        *,
        label: str | None = None,
        axe_cross_check: bool | None = None,
    ) -> Any:
        from consentinel.selenium._core import _audit_findings_class, _plugin_state
        from consentinel.selenium.audit import audit_driver

        config = self.node.config
        state = _plugin_state(config)
        marker = self.node.get_closest_marker(MARKER_CHECKS)
        ids = (
            list(checks)
            if checks is not None
            else (list(marker.args) if marker and marker.args else (state.checks if state else None))
        )
        axe = bool(_option(config, "consent_axe")) if axe_cross_check is None else axe_cross_check
        outcome = audit_driver(driver, ids, None, screenshot=True, axe_cross_check=axe)
        self.calls += 1
        step_label = label or f"consent audit {self.calls}"
        step = self._record(state, step_label, outcome)
        findings = step.findings
        diff = state.diff(findings) if state is not None else None
        fail_on = (
            state.fail_on if state is not None else (_option(config, "consent_fail_on") or DEFAULT_FAIL_ON)
        )
        result = _audit_findings_class()(
            findings, url=outcome.url, fail_on=fail_on, known=diff.known if diff is not None else []
        )
        result.limitations = list(outcome.limitations)
        for statement in outcome.limitations:  # shown in JUnit properties, kept in the report
            self.node.user_properties.append(("consentinel_limitation", statement))
        self._allure(step_label, outcome, result)
        return result

    def _record(self, state: Any, label: str, outcome: Any) -> Any:
        """This audit as a step of the session's run (for --consent-report / --consent-sarif)."""
        from consentinel.selenium._core import _report_folder
        from consentinel.selenium.audit import audit_step

        keep = state is not None and state.report_dir is not None
        if self.journey is None:
            path, _line, _ = self.node.reportinfo()
            self.journey = JourneyResult(name=self.node.nodeid, source=str(path))
            if state is not None:
                state.run.journeys.append(self.journey)
        return audit_step(outcome, self.journey, label, state.out_dir if keep else None,
                          _report_folder(self.node.nodeid))

    def _allure(self, label: str, outcome: Any, result: Any) -> None:
        from consentinel.selenium._core import _allure_support, _format_findings

        allure = _allure_support()
        if not allure.allure_enabled(self.node.config):
            return
        findings = list(result)
        allure.audit_step(
            label,
            findings,
            allure.AuditAttachments(
                screenshot_png=outcome.screenshot_png,
                annotated_png=None,  # drawn with Playwright's Chromium on that path; none here
                html_excerpts=allure.html_of(outcome.snapshot, findings),
            ),
            failed=bool(result.failing()),
            failure_text="\n".join(_format_findings(result.failing())),
        )
        allure.label_findings(findings)


@pytest.fixture
def consent_audit_driver(request: pytest.FixtureRequest) -> DriverConsentAudit:
    """Audit a Selenium WebDriver's current page: ``consent_audit_driver(driver).assert_clean()``.

    Returns the Playwright fixture's findings list (``failing()``, ``assert_clean()``) with
    ``limitations``: what Selenium could not observe on that page, in plain words.
    """
    return DriverConsentAudit(node=request.node)
