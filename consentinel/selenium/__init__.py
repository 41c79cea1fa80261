"""Consent audits for Selenium WebDriver suites: the same collector, checks and reports.

Needs the ``selenium`` extra (``pip install 'consentinel[selenium]'``: selenium and
axe-selenium-python). Works with any WebDriver session: local chromedriver or geckodriver, or
``webdriver.Remote`` against a Selenium Grid. On Chromium the in-page scripts run in an isolated
world (CDP); what Selenium cannot observe is stated in ``outcome.limitations``.

Exports load on first use, so the ``consentinel_selenium`` pytest plugin (a submodule) never
imports Selenium in suites that do not use it.

Example::

    from consentinel.selenium import audit_driver
    outcome = audit_driver(driver)
    assert not outcome.findings, outcome.findings
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "DriverAuditOutcome": "consentinel.selenium.audit",
    "audit_driver": "consentinel.selenium.audit",
    "write_driver_report": "consentinel.selenium.audit",
    "SCRIPT_BUDGET_S": "consentinel.selenium.evaluate",
    "ScriptError": "consentinel.selenium.evaluate",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        return getattr(import_module(module), name)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in {"selenium", "axe_selenium_python"}:
            raise ModuleNotFoundError(
                f"consentinel.selenium needs {exc.name}: pip install 'consentinel[selenium]'", name=exc.name
            ) from exc
        raise


__all__ = ["SCRIPT_BUDGET_S", "DriverAuditOutcome", "ScriptError", "audit_driver", "write_driver_report"]
