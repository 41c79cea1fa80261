"""IAB TCF v2: read a page's TC string through ``__tcfapi`` and decode what it consents to.

Why: on sites using the IAB Transparency & Consent Framework, the TC string *is* the consent
that hundreds of ad vendors act on, whatever the banner shows. A TC string that grants purpose
consents before the visitor chose, or still grants them after "Reject all", is the
framework-level form of ``consent-before-choice`` / ``consent-after-reject``.

Reading follows the CMP API v2 (IAB Tech Lab, "Consent Management Platform API v2.2"):
``ping`` says whether a CMP is loaded; ``addEventListener`` calls back at once with the current
TCData (``getTCData`` is deprecated since v2.2 but still answered; it is the fallback). Every
call is bounded by a timeout so a broken stub cannot hang a scan.

Decoding uses the ``iab-tcf`` package (PyPI), which implements the published v2 core-string
bit layout; tests check it against strings produced by the IAB's own ``@iabtcf/core`` encoder.

Example::

    facts = read_tcf(page)               # {"present": True, "tc_string": "C...", ...}
    decoded = decode_tc_string(facts["tc_string"])
    print(decoded["purposes_consent"])   # [1, 3, 4]
"""

from __future__ import annotations

import json
from typing import Any

# How long the page may take to answer a CMP API call before we give up (ms). CMP stubs
# answer synchronously or after the CMP script loads; 2 s covers a CMP loading after `load`.
TCF_TIMEOUT_MS = 2000

# TCF v2.2 purposes (Policies, Appendix A), for readable evidence.
PURPOSE_NAMES: dict[int, str] = {
    1: "Store and/or access information on a device",
    2: "Use limited data to select advertising",
    3: "Create profiles for personalised advertising",
    4: "Use profiles to select personalised advertising",
    5: "Create profiles to personalise content",
    6: "Use profiles to select personalised content",
    7: "Measure advertising performance",
    8: "Measure content performance",
    9: "Understand audiences through statistics or combinations of data from different sources",
    10: "Develop and improve services",
    11: "Use limited data to select content",
}

# Runs in the top frame; resolves to ONE JSON string. Never throws: errors become fields.
READ_TCF_JS = """(timeoutMs) => new Promise((resolve) => {
  const done = (value) => resolve(JSON.stringify(value));
  const api = window.__tcfapi;
  if (typeof api !== 'function') { done({present: false}); return; }
  const out = {present: true, ping: null, tc_data: null, method: null, error: null};
  const timer = setTimeout(() => { out.error = out.error || 'timeout'; done(out); }, timeoutMs);
  const finish = (tcData, method) => {
    clearTimeout(timer);
    out.method = method;
    if (tcData) {
      out.tc_data = {
        tcString: typeof tcData.tcString === 'string' ? tcData.tcString : null,
        eventStatus: tcData.eventStatus || null,
        cmpStatus: tcData.cmpStatus || null,
        cmpId: tcData.cmpId ?? null,
        gdprApplies: tcData.gdprApplies ?? null,
        tcfPolicyVersion: tcData.tcfPolicyVersion ?? null,
        purposeConsents: (tcData.purpose && tcData.purpose.consents) || null,
      };
    }
    done(out);
  };
  try {
    api('ping', 2, (ping) => { out.ping = ping || null; });
  } catch (e) { out.error = 'ping: ' + String(e); }
  let answered = false;
  try {
    api('addEventListener', 2, (tcData, success) => {
      if (answered) return;
      answered = true;
      if (tcData && tcData.listenerId !== undefined) {
        try { api('removeEventListener', 2, () => {}, tcData.listenerId); } catch (e) { /* ignore */ }
      }
      if (success && tcData) { finish(tcData, 'addEventListener'); return; }
      getTCData();
    });
  } catch (e) { out.error = 'addEventListener: ' + String(e); getTCData(); }
  function getTCData() {
    try {
      api('getTCData', 2, (tcData, success) => finish(success ? tcData : null, 'getTCData'));
    } catch (e) { out.error = 'getTCData: ' + String(e); clearTimeout(timer); done(out); }
  }
})"""


def read_tcf(page: Any, timeout_ms: float = TCF_TIMEOUT_MS) -> dict[str, Any]:
    """The page's TCF state: presence, the TC string and its decoding (JSON-able).

    Returns ``{"present": False}`` when the page has no ``__tcfapi``. Playwright errors (a page
    navigating away) are recorded in ``error`` rather than raised: TCF facts are evidence,
    their absence must not fail a phase.
    """
    try:
        raw = page.evaluate(READ_TCF_JS, timeout_ms)
        facts: dict[str, Any] = json.loads(raw)
    except Exception as exc:  # Playwright's Error or a JSON error; both mean "could not read"
        return {"present": None, "error": str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__}
    tc_data = facts.get("tc_data") or {}
    tc_string = tc_data.get("tcString")
    facts["tc_string"] = tc_string
    if tc_string:
        facts["decoded"] = decode_tc_string(tc_string)
    return facts


def decode_tc_string(tc_string: str) -> dict[str, Any]:
    """Decode a TCF v2 TC string's core segment into purpose/vendor consents (JSON-able).

    Returns ``{"error": ...}`` for a string that is not a valid v2 TC string.
    """
    from iab_tcf import decode_v2

    core = tc_string.split(".")[0]
    try:
        consent = decode_v2(core)
    except Exception as exc:  # the decoder raises assorted errors on malformed input
        return {"error": f"not a decodable TCF v2 TC string: {type(exc).__name__}: {exc}"[:300]}
    if consent.version != 2:
        return {"error": f"TC string version {consent.version}, not 2"}

    def on(mapping: dict[int, bool] | None) -> list[int]:
        return sorted(int(k) for k, v in (mapping or {}).items() if v)

    def vendors(bitfield: str, ranges: str) -> list[int]:
        """Vendor ids from either encoding the v2 core string allows (bit field or ranges)."""
        found = set(on(getattr(consent, bitfield, None)))
        for start, end in getattr(consent, ranges, None) or []:
            found.update(range(int(start), int(end) + 1))
        return sorted(found)

    def text(value: Any) -> Any:
        return value.decode("ascii", "replace") if isinstance(value, bytes) else value

    return {
        "version": consent.version,
        "created": consent.created.isoformat() if consent.created else None,
        "last_updated": consent.last_updated.isoformat() if consent.last_updated else None,
        "cmp_id": consent.cmp_id,
        "cmp_version": consent.cmp_version,
        "consent_language": text(consent.consent_language),
        "vendor_list_version": consent.vendor_list_version,
        "tcf_policy_version": consent.tcf_policy_version,
        "purposes_consent": on(consent.purposes_consent),
        "purposes_legitimate_interest": on(consent.purposes_legitimate_interests),
        "special_features_optin": on(consent.special_features_optin),
        "vendors_consent": vendors("consented_vendors", "consented_vendors_range"),
        "vendors_legitimate_interest": vendors("interests_vendors", "interests_vendors_range"),
        "publisher_cc": text(consent.publisher_cc),
    }


def consented_purposes(facts: dict[str, Any] | None) -> list[int]:
    """Purposes with consent in recorded TCF facts (the decoded string wins over the CMP's
    own ``purpose.consents`` object; either is enough when the other is missing)."""
    if not facts or not facts.get("present"):
        return []
    decoded = facts.get("decoded") or {}
    if "purposes_consent" in decoded:
        return list(decoded["purposes_consent"])
    consents = ((facts.get("tc_data") or {}).get("purposeConsents")) or {}
    return sorted(int(k) for k, v in consents.items() if v)


__all__ = ["PURPOSE_NAMES", "READ_TCF_JS", "TCF_TIMEOUT_MS", "consented_purposes", "decode_tc_string",
           "read_tcf"]
