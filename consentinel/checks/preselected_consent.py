"""preselected-consent: a consent control is on before the user touched it.

Silence, pre-ticked boxes or inactivity are not consent (GDPR Recital 32; CJEU Planet49). The
audit runs on the page as loaded or as a journey left it, so a consent control that is on in
the snapshot and was never clicked by the journey was pre-set by the site. What counts:

* a checkbox/switch/custom toggle classified as a consent control that is checked;
* a radio group whose "yes/agree" option is pre-selected (a selected "No" is fine);
* an IAB TCF objection toggle left off ("an objection left off counts as pre-set").

Not findings: a strictly-necessary category shown checked and disabled/read-only (it is not a
consent control at all), and plain form options such as "Remember me".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consentinel.checks._consent import consent_is_on, control_text, control_verdict, visibility_evidence
from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding, finding_for
from consentinel.facts.snapshot import Snapshot

META = CheckMeta(
    id="preselected-consent",
    requires=("snapshot",),
    impact="critical",
    title="Consent is pre-selected",
    help=(
        "A consent control (marketing, analytics, partners, credit scoring, ...) is already on "
        "before the person chose anything. Pre-ticked boxes are not consent: leave every "
        "optional purpose off until the person switches it on."
    ),
    legal=legal_refs("preselected-consent"),
    options={
        # Also report a strictly-necessary category that is checked but NOT locked (disabled or
        # read-only). Off by default: checks.md only exempts locked ones, but a necessary
        # category is not a consent control, so an unlocked one is not pre-set consent either.
        "flag_unlocked_necessary": False,
    },
)


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    """Report every consent control that is effectively on in ``snapshot``."""
    findings: list[Finding] = []
    for control in snapshot.controls:
        if control.checked is None:
            continue
        verdict = control_verdict(control)
        locked = control.disabled or control.readonly
        if verdict.necessary:
            if not (options["flag_unlocked_necessary"] and control.checked and not locked):
                continue
            reason = "a strictly-necessary category is checked but can be switched off"
        elif verdict.consent and consent_is_on(control, verdict):
            if verdict.objection:
                reason = "an objection to legitimate-interest processing is left off"
            elif control.kind == "radio":
                reason = "the consenting option of a radio group is pre-selected"
            else:
                reason = "a consent control is on before the user touched it"
        else:
            continue
        text = control_text(control)
        evidence = {
            "checked": control.checked,
            "disabled": control.disabled,
            "readonly": control.readonly,
            "label": control.label,
            "group_label": control.group_label,
            "kind": control.kind,
            "name": control.name,
            "value": control.value,
            "opt_out": verdict.opt_out,
            "objection": verdict.objection,
            "matched": list(verdict.matched),
            "lang": verdict.lang,
            "visibility": visibility_evidence(control),
            "proxy_visible": control.proxy_visible,
        }
        findings.append(finding_for(META, control, text, evidence, f"Pre-selected consent: {reason}."))
    return findings


CHECK = Check(META, evaluate)
