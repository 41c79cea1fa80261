"""IAB TCF v2: read a page's TC string through ``__tcfapi`` (``js/read_tcf.js``) and decode it.

Reading follows the CMP API v2 (IAB Tech Lab, "Consent Management Platform API v2.2"):
``ping`` says whether a CMP is loaded; ``addEventListener`` calls back at once with the current
TCData (``getTCData`` is deprecated since v2.2 but still answered; it is the fallback). Every
call is bounded by a timeout so a broken stub cannot hang a scan. Decoding is pure and lives
in :mod:`consentinel.facts.tcf`.

Example::

    facts = read_tcf(page)               # {"present": True, "tc_string": "C...", "decoded": {...}}
"""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page

from consentinel.facts.tcf import decode_tc_string
from consentinel.gather.evaluate import evaluate_script

# How long the page may take to answer a CMP API call before we give up (ms). CMP stubs
# answer synchronously or after the CMP script loads; 2 s covers a CMP loading after `load`.
TCF_TIMEOUT_MS = 2000


def read_tcf(page: Page, timeout_ms: float = TCF_TIMEOUT_MS) -> dict[str, Any]:
    """The page's TCF state: presence, the TC string and its decoding (JSON-able).

    Returns ``{"present": False}`` when the page has no ``__tcfapi``. Playwright errors (a page
    navigating away) are recorded in ``error`` rather than raised: TCF facts are evidence,
    their absence must not fail a phase.
    """
    try:
        facts: dict[str, Any] = evaluate_script(page, "read_tcf", timeout_ms)
    except Exception as exc:  # Playwright's Error or a JSON error; both mean "could not read"
        return {"present": None, "error": str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__}
    tc_data = facts.get("tc_data") or {}
    tc_string = tc_data.get("tcString")
    facts["tc_string"] = tc_string
    if tc_string:
        facts["decoded"] = decode_tc_string(tc_string)
    return facts


__all__ = ["TCF_TIMEOUT_MS", "read_tcf"]
