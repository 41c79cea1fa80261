"""legitimate-interest-after-reject: "Reject all" leaves purposes or vendors on under
"legitimate interest", so the visitor has to refuse a second time.

Judged on the after-reject phase, from two sources:

* the IAB TCF reading after the choice (``__tcfapi``): the TC string decoded with ``iab-tcf``
  (purposes and vendors with legitimate-interest bits set) and the CMP's own
  ``purpose.legitimateInterests`` / ``vendor.legitimateInterests`` objects;
* the settings layer reopened in the same context after the refusal (behaviour probe): a switch
  whose label speaks of legitimate interest still on, or a "Right to object" switch still off.

Any of them is a violation. A TC string that cannot be decoded, with no LI objects to fall back
on, is "needs review". Pages without TCF and without such switches give no finding.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consentinel.checks._behaviour import behaviour_finding, choice_reached, screenshots
from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding
from consentinel.facts.behaviour import SETTINGS_AFTER_REJECT, phase_behaviour
from consentinel.facts.snapshot import Snapshot
from consentinel.facts.tcf import PURPOSE_NAMES
from consentinel.facts.tracking import AFTER_REJECT
from consentinel.lexicon import classify_text
from consentinel.tracking.judge import phases

META = CheckMeta(
    id="legitimate-interest-after-reject",
    requires=("tracking", "behaviour"),
    impact="serious",
    title='"Reject all" leaves legitimate-interest processing on',
    help='After "Reject all", purposes or vendors are still signalled under legitimate interest, so the '
    "visitor must object a second time. A refusal must clear every optional processing signal.",
    legal=legal_refs("legitimate-interest-after-reject"),
    options={
        "vendors": True,  # vendors with LI bits count, not only purposes
        "settings_layer": True,  # judge the reopened settings layer's switches too
        "max_items": 50,
    },
)


def _on(mapping: Any) -> list[int]:
    if not isinstance(mapping, Mapping):
        return []
    return sorted(int(k) for k, v in mapping.items() if v is True and str(k).isdigit())


def _lexicon_hit(label: str, category: str) -> bool:
    return any(f":{category}:" in key for key in classify_text(label).matched)


def _switches_left_on(toggles: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """LI switches on, or objection switches off (an objection not made keeps LI on)."""
    left = []
    for toggle in toggles:
        label = str(toggle.get("label") or "")
        if toggle.get("disabled"):
            continue
        if _lexicon_hit(label, "objection"):  # "Object to legitimate interest": on means refused
            kept = toggle.get("checked") is False
        else:
            kept = _lexicon_hit(label, "legitimate_interest") and toggle.get("checked") is True
        if kept:
            left.append(toggle)
    return left


def _tcf_findings(reject: Mapping[str, Any], options: Mapping[str, Any]) -> list[Finding]:
    tcf = (reject.get("tcf") or {}).get("after") or {}
    if not tcf.get("present"):
        return []
    decoded = tcf.get("decoded") or {}
    tc_data = tcf.get("tc_data") or {}
    purposes = sorted(
        set(decoded.get("purposes_legitimate_interest") or [])
        | set(_on(tc_data.get("purposeLegitimateInterests")))
    )
    vendors = sorted(
        set(decoded.get("vendors_legitimate_interest") or [])
        | set(_on(tc_data.get("vendorLegitimateInterests")))
    )
    if not options["vendors"]:
        vendors = []
    evidence: dict[str, Any] = {
        "what": "IAB TCF legitimate-interest signals after reject",
        "read": "after the choice",
        "choice": reject.get("choice"),
        "tc_string": tcf.get("tc_string"),
        "purposes_legitimate_interest": [
            f"{p}: {PURPOSE_NAMES.get(p, 'purpose ' + str(p))}" for p in purposes
        ],
        "vendors_legitimate_interest": vendors[: int(options["max_items"])],
        "vendors_legitimate_interest_count": len(vendors),
        "purposes_consent": decoded.get("purposes_consent"),
        "cmp_id": decoded.get("cmp_id"),
        "event_status": tc_data.get("eventStatus"),
    }
    if purposes or vendors:
        parts = ([f"purposes {', '.join(map(str, purposes))}"] if purposes else []) + (
            [f"{len(vendors)} vendor(s)"] if vendors else []
        )
        message = "after 'reject all' the TCF signal still claims legitimate interest for " + " and ".join(
            parts
        )
        return [
            behaviour_finding(
                META,
                reject,
                evidence=evidence,
                message=message,
                text="legitimate interest after reject: " + "; ".join(parts),
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


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    reject = phases(snapshot.tracking).get(AFTER_REJECT)
    if not choice_reached(reject):
        return []
    assert reject is not None
    findings = _tcf_findings(reject, options)
    layer = phase_behaviour(snapshot.tracking, AFTER_REJECT).get(SETTINGS_AFTER_REJECT) or {}
    left = _switches_left_on(list(layer.get("toggles") or [])) if options["settings_layer"] else []
    if left:
        labels = [str(t.get("label"))[:80] for t in left]
        shot = {"after": layer["screenshot"]} if layer.get("screenshot") else {}
        evidence = {
            "what": "settings layer switches after reject",
            "action": "reopened the choice after reject",
            "clicked": layer.get("clicked"),
            "switches_left_on": left,
            "choice": reject.get("choice"),
            "screenshots": screenshots(reject, {"screenshot_after": shot.get("after")}),
        }
        findings.append(
            behaviour_finding(
                META,
                reject,
                evidence=evidence,
                text="legitimate-interest switches on after reject: " + "; ".join(labels),
                message=f"after 'reject all', {len(left)} legitimate-interest switch(es) in the settings "
                "layer are still on (or their objection still off)",
            )
        )
    return findings


CHECK = Check(META, evaluate)
