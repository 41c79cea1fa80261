"""legitimate-interest-after-reject: "Reject all" leaves purposes or vendors on under
"legitimate interest", so the visitor has to refuse a second time.

Judged on the after-reject phase's IAB TCF reading (``__tcfapi`` after the choice): the TC
string decoded with ``iab-tcf`` (purposes and vendors with legitimate-interest bits set) and the
CMP's own ``purpose.legitimateInterests`` / ``vendor.legitimateInterests`` objects. Any of them
on after the rejection is a violation; a TC string that cannot be decoded, with no LI objects to
fall back on, is "needs review". Pages without TCF give no finding here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consentinel.checks._behaviour import behaviour_finding, choice_reached
from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding
from consentinel.facts.snapshot import Snapshot
from consentinel.facts.tcf import PURPOSE_NAMES
from consentinel.facts.tracking import AFTER_REJECT
from consentinel.tracking.judge import phases

META = CheckMeta(
    id="legitimate-interest-after-reject",
    requires=("tracking",),  # the reject phase's own TCF reading; no probe needed
    impact="serious",
    title='"Reject all" leaves legitimate-interest processing on',
    help='After "Reject all", purposes or vendors are still signalled under legitimate interest, so the '
    "visitor must object a second time. A refusal must clear every optional processing signal.",
    legal=legal_refs("legitimate-interest-after-reject"),
    options={
        "vendors": True,  # vendors with LI bits count, not only purposes
        "max_items": 50,
    },
)


def _on(mapping: Any) -> list[int]:
    if not isinstance(mapping, Mapping):
        return []
    return sorted(int(k) for k, v in mapping.items() if v is True and str(k).isdigit())


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    reject = phases(snapshot.tracking).get(AFTER_REJECT)
    if not choice_reached(reject):
        return []
    assert reject is not None
    tcf = (reject.get("tcf") or {}).get("after") or {}
    if not tcf.get("present"):
        return []
    decoded = tcf.get("decoded") or {}
    tc_data = tcf.get("tc_data") or {}
    purposes = sorted(
        set(decoded.get("purposes_legitimate_interest") or [])
        | set(_on(tc_data.get("purposeLegitimateInterests")))
    )
    vendors = (
        sorted(
            set(decoded.get("vendors_legitimate_interest") or [])
            | set(_on(tc_data.get("vendorLegitimateInterests")))
        )
        if options["vendors"]
        else []
    )
    max_items = int(options["max_items"])
    evidence: dict[str, Any] = {
        "what": "IAB TCF legitimate-interest signals after reject",
        "read": "after the choice",
        "choice": reject.get("choice"),
        "tc_string": tcf.get("tc_string"),
        "purposes_legitimate_interest": [
            f"{p}: {PURPOSE_NAMES.get(p, 'purpose ' + str(p))}" for p in purposes
        ],
        "vendors_legitimate_interest": vendors[:max_items],
        "vendors_legitimate_interest_count": len(vendors),
        "purposes_consent": decoded.get("purposes_consent"),
        "cmp_id": decoded.get("cmp_id"),
        "event_status": tc_data.get("eventStatus"),
    }
    if purposes or vendors:
        parts = ([f"purposes {', '.join(map(str, purposes))}"] if purposes else []) + (
            [f"{len(vendors)} vendor(s)"] if vendors else []
        )
        return [
            behaviour_finding(
                META,
                reject,
                evidence=evidence,
                text="legitimate interest after reject: " + "; ".join(parts),
                message="after 'reject all' the TCF signal still claims legitimate interest for "
                + " and ".join(parts),
            )
        ]
    if decoded.get("error") and tc_data.get("purposeLegitimateInterests") is None:
        evidence["decode_error"] = decoded["error"]
        return [
            behaviour_finding(
                META,
                reject,
                outcome="review",
                evidence=evidence,
                text="TC string after reject could not be decoded",
                message="the TC string read after reject could not be decoded: check its "
                "legitimate-interest bits by hand",
            )
        ]
    return []


CHECK = Check(META, evaluate)
