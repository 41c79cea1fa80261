"""hidden-consent: consent that takes effect while a person cannot perceive it.

Two shapes (checks.md): a consent control that is ON but neither it nor a visual stand-in
(styled label or slider) can be seen, and consent text that grants ("By viewing you agree…")
hidden by display/visibility tricks, opacity, clipping, zero size, occlusion (also by a fixed
bar the page never scrolls free of), a closed ``<details>`` or a collapsed panel while the
context it sits in is still in use - or cut off by a line clamp or an ellipsis with no control
to show the rest (``TextBlock.cut_text``), when the cut-off part carries the grant.

Not findings: content merely below the fold (the collector never calls that hidden); a
service toggle in a collapsed sub-list whose purpose toggle is visible in the same state; a
hidden description that only invites ("Allow partners to…") rather than assents; and a
whole closed layer - a CMP dialog or settings panel that is hidden together with its own
buttons (``visibility.hiding_root_has_actions``) is simply not open, not a trick. A hidden
control that is off grants nothing; a text that labels a control is judged through that
control, so one fact is reported once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consentinel.checks._consent import (
    clean_label,
    consent_is_on,
    control_text,
    control_verdict,
    text_verdict,
    trim,
    visibility_evidence,
)
from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding, finding_for
from consentinel.facts.snapshot import Control, Element, Snapshot, TextBlock
from consentinel.lexicon import classify_text

META = CheckMeta(
    id="hidden-consent",
    requires=("snapshot", "layers"),
    impact="critical",
    title="Consent is hidden",
    help=(
        "Consent that takes effect is not perceivable: a ticked consent box or a granting "
        "sentence is hidden (display/visibility, opacity, off-screen, clipped, zero size, "
        "covered, or inside a closed panel). Show every consent request where it applies."
    ),
    legal=legal_refs("hidden-consent"),
    options={
        # Treat a hiding root that also hides its own buttons/links as a closed layer (a CMP
        # dialog or settings panel not open right now) rather than a trick (checks.md).
        "ignore_closed_layers": True,
        # Hidden text takes effect by itself only when it is the reader's own assent ("I
        # agree", "By continuing you accept", "继续即表示同意"). Imperatives and descriptions
        # ("Allow our partners to…", a collapsed CMP category description) take effect only
        # through a control, which is judged as a control.
        "text_requires_assent": True,
    },
)


def _forms_in_use(snapshot: Snapshot) -> set[str]:
    """Forms of which something is still perceivable (computed once per snapshot)."""
    collections: tuple[list[Any], ...] = (snapshot.controls, snapshot.actions, snapshot.texts)
    return {item.form for items in collections for item in items if item.form and item.visibility.visible}


def _is_closed_layer(element: Element, options: Mapping[str, Any]) -> bool:
    return bool(options["ignore_closed_layers"]) and element.visibility.hiding_root_has_actions


def _evidence(element: Element) -> dict[str, Any]:
    vis = visibility_evidence(element)
    return {
        "reasons": vis["reasons"],
        "hidden_by": vis["hidden_by"],
        "hiding_root_has_actions": vis["hiding_root_has_actions"],
        "box": {"x": element.box.x, "y": element.box.y, "width": element.box.width,
                "height": element.box.height},
    }


#: A service name shorter than this ("On", "Ja", a bare icon letter) occurs in some visible
#: toggle's surrounding text by chance, so it never proves the toggle shows that service.
MIN_SERVICE_NAME_CHARS = 3


def _shown_by_visible_parent(snapshot: Snapshot, control: Control) -> bool:
    """A nested toggle (a service under a purpose) whose state a visible toggle already shows.

    CMPs list services under each purpose in a collapsed sub-list (klaro, Cookiebot details,
    OneTrust vendor lists): the service toggle is hidden, but the purpose toggle beside it is
    visible, in the same state, and its surrounding text names the service. The consent is
    perceivable there, so the hidden copy is not a trick.
    """
    name = clean_label(control.label)
    if len(name) < MIN_SERVICE_NAME_CHARS:
        return False
    for other in snapshot.controls:
        if other is control or other.checked != control.checked:
            continue
        if not (other.visibility.visible or other.proxy_visible):
            continue
        if name.casefold() in " ".join(other.context_text.split()).casefold():
            return True
    return False


def _text_takes_effect(block: TextBlock, control_uids: set[str], forms_in_use: set[str]) -> bool:
    """Granting text takes effect where its context is still in use.

    Text that labels a control is decided by that control (reported once, on the control);
    text inside a form takes effect while the form is still shown; text outside any form
    belongs to the page, which is in use as long as it is not part of a closed layer.
    """
    if block.control and block.control in control_uids:
        return False
    return block.form is None or block.form in forms_in_use


def _cut_off_grant(block: TextBlock, snapshot: Snapshot, options: Mapping[str, Any]) -> Finding | None:
    """A finding when the part of a visible text that a clamp or ellipsis cuts off grants.

    The whole text must be consent text that grants (with assent, when the option asks for
    it), and the cut-off part must itself carry a grant: a long description clamped after its
    grant sentence hides nothing that takes effect.
    """
    verdict = text_verdict(block, snapshot)
    cut = classify_text(block.cut_text, block.lang or snapshot.lang)
    if not (verdict.consent and verdict.grants and cut.grants):
        return None
    if options["text_requires_assent"] and not verdict.assent:
        return None
    evidence = {**_evidence(block), "reasons": ["truncated"], "cut_text": trim(block.cut_text),
                "checked": None, "assent": verdict.assent, "matched": list(verdict.matched),
                "lang": verdict.lang}
    message = "Consent text that grants is cut off (line clamp or ellipsis, no control shows the rest)."
    return finding_for(META, block, trim(block.text), evidence, message)


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    """Report hidden consent controls that are on and hidden granting text still in use."""
    findings: list[Finding] = []
    for control in snapshot.controls:
        if control.visibility.visible or control.proxy_visible or _is_closed_layer(control, options):
            continue
        verdict = control_verdict(control)
        if not (verdict.consent and consent_is_on(control, verdict)):
            continue
        if _shown_by_visible_parent(snapshot, control):
            continue
        evidence = {**_evidence(control), "checked": control.checked, "kind": control.kind,
                    "label": control.label, "group_label": control.group_label,
                    "proxy_visible": control.proxy_visible, "matched": list(verdict.matched)}
        reasons = ", ".join(control.visibility.reasons) or "not perceivable"
        findings.append(finding_for(META, control, control_text(control), evidence,
                                    f"A consent control that is on is hidden ({reasons})."))
    control_uids = {c.uid for c in snapshot.controls}
    forms_in_use = _forms_in_use(snapshot)
    for block in snapshot.texts:
        if block.visibility.visible and block.cut_text:
            finding = _cut_off_grant(block, snapshot, options)
            if finding is not None:
                findings.append(finding)
            continue
        if block.visibility.visible or not block.text.strip() or _is_closed_layer(block, options):
            continue
        if not _text_takes_effect(block, control_uids, forms_in_use):
            continue
        verdict = text_verdict(block, snapshot)
        if not (verdict.consent and verdict.grants):
            continue
        if options["text_requires_assent"] and not verdict.assent:
            continue
        evidence = {**_evidence(block), "checked": None, "assent": verdict.assent,
                    "matched": list(verdict.matched), "lang": verdict.lang}
        reasons = ", ".join(block.visibility.reasons) or "not perceivable"
        findings.append(finding_for(META, block, trim(block.text), evidence,
                                    f"Consent text that grants is hidden ({reasons})."))
    return findings


CHECK = Check(META, evaluate)
