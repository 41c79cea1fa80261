"""asymmetric-choice: reject exists but is de-emphasised against accept.

Why it matters: a reject rendered as a faint link beside a bold filled accept button steers the
choice as surely as hiding it (EDPB Guidelines 03/2022 "interface interference"; EDPB cookie
banner taskforce report 2023 §3.6 "deceptive button colours and contrast"; 11 CCR §7004(a)(2)).

The most prominent accept and the most prominent reject of a prompt layer are compared on what a
person sees, each criterion with a named, configurable threshold:

* ``no-button-shape``: accept has a visible fill or border (contrast against what is behind it
  at least ``shape_min_contrast``), reject has none: a link against a button.
* ``weaker-fill``: both have shapes but accept's stands out ``fill_contrast_ratio`` times more.
* ``faint-text``: reject's text is below WCAG 2.2 SC 1.4.3 (``text_contrast_min`` / large text
  ``text_contrast_min_large``) while accept's meets it.
* ``smaller-font``: reject font size / accept font size below ``font_ratio_min``.
* ``smaller-area``: reject area / accept area below ``area_ratio_min``.
* ``reject-in-text``: every reject of the layer is an inline link inside running text (a
  sentence of the body), while accept is a control of its own (EDPB taskforce paras 11-14).
* ``more-accepts``: the layer offers accept more times than reject (two "Accept" buttons, one
  "Reject"); save-selection controls count as neither.

Not a finding: equal buttons that differ only in wording; an outlined "secondary" reject beside
a filled accept as long as its outline is visible and its fill contrast is within the ratio.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding, prompts_in_layers
from consentinel.color import MIN_CONTRAST, MIN_CONTRAST_LARGE, is_large_text
from consentinel.facts.prompt import PromptAction
from consentinel.facts.snapshot import Snapshot
from consentinel.prompts.visual import shape_contrast, text_contrast

META = CheckMeta(
    id="asymmetric-choice",
    requires=("prompts",),
    impact="moderate",
    title="Reject is de-emphasised against accept",
    help="Give 'Reject' the same kind of control as 'Accept': same shape, size, font and contrast.",
    legal=legal_refs("asymmetric-choice"),
    options={
        "layers": ("first",),
        # A fill/border this much brighter or darker than its surroundings reads as a button.
        # 1.25:1 is far below WCAG SC 1.4.11's 3:1 on purpose: pale-but-visible buttons are
        # common and not deceptive; only a shape that is practically absent counts.
        "shape_min_contrast": 1.25,
        # Borders thinner than this (CSS px) are not counted as a button outline.
        "min_border_px": 1.0,
        # Accept's shape contrast this many times reject's (both visible) = weaker fill.
        "fill_contrast_ratio": 4.0,
        # WCAG 2.2 SC 1.4.3 minimums (normal / large text: >= 24 px, or >= 18.66 px bold).
        "text_contrast_min": MIN_CONTRAST,
        "text_contrast_min_large": MIN_CONTRAST_LARGE,
        # reject font size / accept font size below this = smaller font (a 16 px accept vs a
        # reject of 12.8 px or less).
        "font_ratio_min": 0.8,
        # reject area / accept area below this = much smaller control.
        "area_ratio_min": 0.5,
        # Flag a reject offered only as a link inside the body text (checks.md).
        "flag_reject_in_text": True,
        # Flag a layer offering accept more times than reject (checks.md).
        "flag_more_accepts": True,
    },
)


def _text_minimum(action: PromptAction, options: Mapping[str, Any]) -> float:
    large = is_large_text(action.font_size, action.font_weight)
    return float(options["text_contrast_min_large"] if large else options["text_contrast_min"])


def _measure(action: PromptAction, options: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "text": action.shown_text,
        "kind": action.kind,
        "selector": action.selector,
        "font_size": action.font_size,
        "font_weight": action.font_weight,
        "area": round(action.box.area, 1),
        "box": [round(action.box.x, 1), round(action.box.y, 1), round(action.box.width, 1),
                round(action.box.height, 1)],
        "color": action.color,
        "fill": action.own_background,
        "background": action.background,
        "border_width": action.border_width,
        "text_contrast": round(text_contrast(action.color, action.own_background, action.background), 2),
        "shape_contrast": round(shape_contrast(action.own_background, action.border_width,
                                               action.border_color, action.background,
                                               float(options["min_border_px"])), 2),
    }


def _most_prominent(actions: list[PromptAction]) -> PromptAction:
    return max(actions, key=lambda a: (a.in_viewport, a.box.area))


def compare(accept: PromptAction, reject: PromptAction, options: Mapping[str, Any]) -> tuple[list[str],
                                                                                             dict[str, Any]]:
    """The asymmetry reasons (empty when balanced) and the measured figures."""
    a, r = _measure(accept, options), _measure(reject, options)
    reasons: list[str] = []
    shape_min = float(options["shape_min_contrast"])
    if a["shape_contrast"] >= shape_min and r["shape_contrast"] < shape_min:
        reasons.append("no-button-shape")
    elif (r["shape_contrast"] >= shape_min
          and a["shape_contrast"] >= r["shape_contrast"] * float(options["fill_contrast_ratio"])):
        reasons.append("weaker-fill")
    reject_min, accept_min = _text_minimum(reject, options), _text_minimum(accept, options)
    if r["text_contrast"] < reject_min and a["text_contrast"] >= accept_min:
        reasons.append("faint-text")
    font_ratio = reject.font_size / accept.font_size if accept.font_size else 1.0
    if font_ratio < float(options["font_ratio_min"]):
        reasons.append("smaller-font")
    area_ratio = reject.box.area / accept.box.area if accept.box.area else 1.0
    if area_ratio < float(options["area_ratio_min"]):
        reasons.append("smaller-area")
    figures = {
        "accept": a,
        "reject": r,
        "font_ratio": round(font_ratio, 3),
        "area_ratio": round(area_ratio, 3),
        "kinds": f"{reject.kind} vs {accept.kind}",
        "thresholds": {k: options[k] for k in ("shape_min_contrast", "fill_contrast_ratio",
                                               "text_contrast_min", "font_ratio_min", "area_ratio_min")},
    }
    return reasons, figures


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    findings: list[Finding] = []
    for prompt in prompts_in_layers(snapshot, options["layers"]):
        accepts, rejects = prompt.actions_with_role("accept"), prompt.actions_with_role("reject")
        if not accepts or not rejects:
            continue
        accept, reject = _most_prominent(accepts), _most_prominent(rejects)
        reasons, figures = compare(accept, reject, options)
        if options["flag_reject_in_text"] and all(r.inline for r in rejects) \
                and not all(a.inline for a in accepts):
            reasons.append("reject-in-text")
            figures["reject_in_text"] = [{"text": r.shown_text, **(r.inline or {})} for r in rejects]
        if options["flag_more_accepts"] and len(accepts) > len(rejects):
            reasons.append("more-accepts")
        figures["counts"] = {"accept": [a.shown_text for a in accepts],
                             "reject": [r.shown_text for r in rejects]}
        if not reasons:
            continue
        findings.append(Finding(
            check=META.id,
            impact=META.impact,
            selector=reject.selector,
            text=reject.shown_text,
            box=reject.box,
            frame=prompt.frame,
            message=(f"Reject {reject.shown_text!r} is de-emphasised against accept {accept.shown_text!r}: "
                     f"{', '.join(reasons)}"
                     + (f" (accept offered {len(accepts)} times, reject {len(rejects)})"
                        if "more-accepts" in reasons else "") + "."),
            evidence={"reasons": reasons, **figures, "clicks": prompt.clicks, "prompt": prompt.root},
        ))
    return findings


CHECK = Check(META, evaluate)
