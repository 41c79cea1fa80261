"""IAB TCF v2 facts: decode a TC string and say which purposes it consents to (pure).

Why: on sites using the IAB Transparency & Consent Framework, the TC string *is* the consent
that hundreds of ad vendors act on, whatever the banner shows. A TC string that grants purpose
consents before the visitor chose, or still grants them after "Reject all", is the
framework-level form of ``consent-before-choice`` / ``consent-after-reject``. Reading the string
from a page is gathering (:func:`consentinel.gather.tcf.read_tcf`); this module only decodes.

Decoding uses the ``iab-tcf`` package (PyPI), which implements the published v2 core-string
bit layout; tests check it against strings produced by the IAB's own ``@iabtcf/core`` encoder.

Example::

    decoded = decode_tc_string("CQ...")
    print(decoded["purposes_consent"])   # [1, 3, 4]
"""

from __future__ import annotations

from typing import Any

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


__all__ = ["PURPOSE_NAMES", "consented_purposes", "decode_tc_string"]
