"""Consentinel: find consent dark patterns in web and in-app flows with Playwright.

Public API::

    from consentinel import Snapshot, run_checks, ALL_CHECKS
"""

from consentinel.checks import ALL_CHECKS, Finding, run_checks
from consentinel.facts.snapshot import Snapshot

__version__ = "0.1.0"

__all__ = ["ALL_CHECKS", "Finding", "Snapshot", "__version__", "run_checks"]
