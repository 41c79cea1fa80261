"""Fixtures for Python Playwright tests, each overridable in a project's ``conftest.py``.

Layered like pytest-playwright's: ``consentinel_plan_options`` (session settings from the
``--consent-*`` options) feeds ``consent_audit``; override it to change a suite's checks,
threshold or cross-check without command-line flags::

    @pytest.fixture(scope="session")
    def consentinel_plan_options(consentinel_plan_options):
        return {**consentinel_plan_options, "fail_on": "serious", "checks": ["preselected-consent"]}

    def test_signup(page, consent_audit):
        page.goto("https://staging.example.com/signup")
        consent_audit(page).assert_clean()
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from consentinel import engine
from consentinel.pytest_plugin.messages import AuditFindings
from consentinel.pytest_plugin.state import MARKER_CHECKS, ConsentState, state_of
from consentinel.results import JourneyResult


@dataclass
class ConsentAudit:
    """The callable behind the ``consent_audit`` fixture: ``consent_audit(page, checks=None)``.

    Each call audits the page through the engine and is recorded as a step of this test (one
    journey per test in the session's report, SARIF and baseline).
    """

    state: ConsentState
    node: pytest.Item
    options: dict[str, Any]
    journey: JourneyResult | None = None

    def __call__(
        self,
        page: Any,
        checks: Sequence[str] | None = None,
        *,
        label: str | None = None,
        axe_cross_check: bool | None = None,
    ) -> AuditFindings:
        marker = self.node.get_closest_marker(MARKER_CHECKS)
        if checks is None:
            checks = list(marker.args) if marker and marker.args else self.options.get("checks")
        if self.journey is None:
            path, _line, _ = self.node.reportinfo()
            self.journey = JourneyResult(name=self.node.nodeid, source=str(path))
            self.state.run.journeys.append(self.journey)
        audit = engine.audit_page(
            page,
            checks,
            journey=self.journey,
            label=label or f"consent audit {len(self.journey.steps) + 1}",
            check_options=self.options.get("check_options"),
            axe_cross_check=bool(self.options.get("axe_cross_check", False))
            if axe_cross_check is None else axe_cross_check,
            out_dir=self.state.out_dir if self.state.report_dir is not None else None,
            folder=f"pytest/{engine.artefact_folder(self.node.nodeid)}",
        )
        diff = self.state.diff(audit.findings)
        result = AuditFindings(
            audit.findings,
            url=audit.step.url,
            fail_on=self.options.get("fail_on") or self.state.fail_on,
            known=diff.known if diff is not None else [],
        )
        self.state.recorder.page_audit(page, audit, result)
        return result


@pytest.fixture(scope="session")
def consentinel_plan_options(pytestconfig: pytest.Config) -> dict[str, Any]:
    """Run settings of this session's audits (:class:`~consentinel.engine.Plan` keywords).

    From ``--consent-fail-on``, ``--consent-checks``, ``--consent-axe``, ``--consent-device`` ...;
    override in ``conftest.py`` to change them for Python tests.
    """
    return state_of(pytestconfig).plan_options()


@pytest.fixture(scope="session")
def consentinel_base_url(pytestconfig: pytest.Config) -> str | None:
    """The origin YAML journeys use (``--consent-base-url`` or the ``--consent-serve`` folder)."""
    return state_of(pytestconfig).base_url()


@pytest.fixture
def consent_audit(request: pytest.FixtureRequest, consentinel_plan_options: dict[str, Any]) -> ConsentAudit:
    """Audit a Playwright page for consent dark patterns: ``consent_audit(page).assert_clean()``.

    Checks: ``checks=`` argument, else the test's ``@pytest.mark.consent_checks(...)``, else
    ``consentinel_plan_options["checks"]`` (``--consent-checks``), else every snapshot check.
    """
    state = state_of(request.config)
    return ConsentAudit(state=state, node=request.node, options=dict(consentinel_plan_options))


def consentinel_launch_args(headless: bool = True) -> dict[str, Any]:
    """Launch arguments for pytest-playwright's ``browser_type_launch_args`` fixture.

    Where Playwright's own Chromium is not installed, this points pytest-playwright at the
    browser Consentinel finds (``CONSENTINEL_BROWSER``, Playwright's, or a system Chromium)
    with the same flags the product uses::

        @pytest.fixture(scope="session")
        def browser_type_launch_args(browser_type_launch_args):
            return {**browser_type_launch_args, **consentinel_launch_args()}
    """
    return engine.browser_launch_args(headless=headless)


__all__ = [
    "ConsentAudit",
    "consent_audit",
    "consentinel_base_url",
    "consentinel_launch_args",
    "consentinel_plan_options",
]
