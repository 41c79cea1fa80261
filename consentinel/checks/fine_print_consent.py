"""fine-print-consent: consent text set in fine print.

Consent text (text that grants, or mentions optional data use, and reads as consent) rendered
at or below ``max_font_px`` CSS pixels, or smaller than ``min_ratio`` of the page's main text
size (``Snapshot.main_font_size``: the character-weighted median). Both limits come from
checks.md: ≤ 11 px is below every platform's body-text minimum (Apple HIG 11 pt caption floor;
Material's smallest body style is 12 sp), and < 75 % of the surrounding text is the "shrunken
text" the MIIT 2022 draft names (缩小文字).

Not findings: legal footers that only name policies ("© 2017 · Privacy Policy · Terms") -
they grant nothing - and hidden text (hidden-consent's job).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from consentinel.checks._consent import text_verdict, trim
from consentinel.checks._legal import legal_refs
from consentinel.checks.base import Check, CheckMeta, Finding, finding_for
from consentinel.facts.snapshot import Snapshot

META = CheckMeta(
    id="fine-print-consent",
    requires=("snapshot",),
    impact="moderate",
    title="Consent text is in fine print",
    help=(
        "Consent text is set much smaller than the page's main text or at 11 px or less. "
        "Present consent requests at least at the size of the surrounding text."
    ),
    legal=legal_refs("fine-print-consent"),
    options={
        "max_font_px": 11.0,  # consent text at or below this size (CSS px) is fine print
        "min_ratio": 0.75,  # ... or smaller than this fraction of the page's main text size
    },
)


def evaluate(snapshot: Snapshot, options: Mapping[str, Any]) -> list[Finding]:
    """Report visible consent text below the absolute or relative size threshold."""
    max_px = float(options["max_font_px"])
    min_ratio = float(options["min_ratio"])
    main = snapshot.main_font_size
    findings: list[Finding] = []
    for block in snapshot.texts:
        if not block.visibility.visible or not block.text.strip():
            continue
        absolute = block.font_size <= max_px
        ratio = block.font_size / main if main > 0 else 1.0
        relative = ratio < min_ratio
        if not (absolute or relative):
            continue
        verdict = text_verdict(block, snapshot)
        if not (verdict.consent and (verdict.grants or verdict.data_use)):
            continue
        why = []
        if absolute:
            why.append(f"{block.font_size:g}px is at or below {max_px:g}px")
        if relative:
            why.append(f"{ratio:.0%} of the main text size {main:g}px is below {min_ratio:.0%}")
        evidence = {
            "font_size": block.font_size,
            "main_font_size": main,
            "ratio": round(ratio, 2),
            "thresholds": {"max_font_px": max_px, "min_ratio": min_ratio},
            "below_absolute": absolute,
            "below_relative": relative,
            "matched": list(verdict.matched),
            "lang": verdict.lang,
        }
        findings.append(finding_for(META, block, trim(block.text), evidence,
                                    "Consent text in fine print: " + "; ".join(why) + "."))
    return findings


CHECK = Check(META, evaluate)
