"""low-contrast-consent: consent text below WCAG 2.2 SC 1.4.3 contrast.

Consent text must reach 4.5:1 against its effective background, or 3:1 when it is large
(≥ 24 CSS px, or ≥ 18.66 px at weight ≥ 700: WCAG's 18 pt / 14 pt bold). Colours are
composited first: the text colour's alpha times the element's effective opacity over the
background, the background over the white canvas (see ``consentinel.color``).

When the collector could not resolve what lies behind the text (gradient, image, video:
``background_uncertain``) the outcome is ``review``, like axe-core's "incomplete" - never a
guessed violation. Low-contrast text that is not consent text is axe-core's business.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consentinel.checks._consent import text_verdict, trim
from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding, finding_for
from consentinel.color import (
    BOLD_WEIGHT,
    LARGE_BOLD_TEXT_PX,
    LARGE_TEXT_PX,
    MIN_CONTRAST,
    MIN_CONTRAST_LARGE,
    contrast_ratio,
    effective_colors,
    to_hex,
)
from consentinel.facts.snapshot import Snapshot

META = CheckMeta(
    id="low-contrast-consent",
    requires=("snapshot",),
    impact="serious",
    title="Consent text has low contrast",
    help=(
        "Consent text is fainter than WCAG 2.2 SC 1.4.3 allows (4.5:1, or 3:1 for large "
        "text). Give consent requests at least the contrast of ordinary body text."
    ),
    legal=legal_refs("low-contrast-consent"),
    options={
        "normal_ratio": MIN_CONTRAST,  # WCAG 2.2 SC 1.4.3, normal text
        "large_ratio": MIN_CONTRAST_LARGE,  # WCAG 2.2 SC 1.4.3, large-scale text
        "large_px": LARGE_TEXT_PX,  # 18 pt
        "large_bold_px": LARGE_BOLD_TEXT_PX,  # 14 pt, when bold
        "bold_weight": BOLD_WEIGHT,
        # Report text whose background could not be resolved as "review" (axe's incomplete).
        "review_uncertain": True,
    },
)


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    """Report visible consent text below the WCAG contrast minimum (or needing review)."""
    normal_ratio = float(options["normal_ratio"])
    large_ratio = float(options["large_ratio"])
    large_px = float(options["large_px"])
    large_bold_px = float(options["large_bold_px"])
    bold_weight = int(options["bold_weight"])
    findings: list[Finding] = []
    for block in snapshot.texts:
        if not block.visibility.visible or not block.text.strip():
            continue
        large = block.font_size >= large_px or (
            block.font_size >= large_bold_px and block.font_weight >= bold_weight
        )
        required = large_ratio if large else normal_ratio
        fg, bg = effective_colors(block.color, block.background, block.opacity)
        ratio = contrast_ratio(fg, bg)
        uncertain = block.background_uncertain
        if uncertain:
            if not options["review_uncertain"]:
                continue
        elif ratio >= required:
            continue
        verdict = text_verdict(block, snapshot)
        if not verdict.consent:
            continue
        evidence = {
            "ratio": round(ratio, 2),
            "required": required,
            "fg": to_hex(fg),
            "bg": to_hex(bg),
            "font_size": block.font_size,
            "font_weight": block.font_weight,
            "large": large,
            "opacity": block.opacity,
            "background_uncertain": uncertain,
            "matched": list(verdict.matched),
            "lang": verdict.lang,
        }
        if uncertain:
            message = (f"Consent text contrast needs review: the background is uncertain "
                       f"({uncertain}); best guess {ratio:.2f}:1, {required:g}:1 required.")
            outcome = "review"
        else:
            message = f"Consent text contrast {ratio:.2f}:1 is below the {required:g}:1 required."
            outcome = "violation"
        findings.append(finding_for(META, block, trim(block.text), evidence, message, outcome))
    return findings


CHECK = Check(META, evaluate)
