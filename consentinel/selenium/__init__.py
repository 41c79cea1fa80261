"""Consent audits for Selenium WebDriver suites: the same collector, checks and reports.

Needs the ``selenium`` extra (``pip install 'consentinel[selenium]'``: selenium and
axe-selenium-python). Works with any WebDriver session: local chromedriver or geckodriver, or
``webdriver.Remote`` against a Selenium Grid. On Chromium the in-page scripts run in an isolated
world (CDP); what Selenium cannot observe is stated in ``outcome.limitations``.

Example::

    from consentinel.selenium import audit_driver
    outcome = audit_driver(driver)
    assert not outcome.findings, outcome.findings
"""

from __future__ import annotations

from consentinel.selenium.audit import DriverAuditOutcome, audit_driver, write_driver_report
from consentinel.selenium.evaluate import SCRIPT_BUDGET_S, ScriptError

__all__ = ["SCRIPT_BUDGET_S", "DriverAuditOutcome", "ScriptError", "audit_driver", "write_driver_report"]
