"""One-line descriptions of findings and steps, shared by every face that logs them.

JUnit failure texts, pytest failure messages and report sections all name a finding the same
way (``[check] impact: "text" at selector (page)``) and a step the same way
(``step 4: audit: Dark sign-up``). Page-derived text is hostile: control characters (an ESC
that would recolour a terminal, characters XML 1.0 forbids) are removed and whitespace
collapsed, so the same line is safe in a terminal, a CI log and an XML document.
"""

from __future__ import annotations

import re

from consentinel.checks.base import Finding
from consentinel.redact import neutralise
from consentinel.results import StepResult

# XML 1.0 Char production: anything outside it cannot appear in a document, even escaped; it
# covers the C0 controls (ESC, CR, BEL) a terminal would act on, and lone surrogates.
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
FINDING_TEXT_CHARS = 200  # per finding: enough to recognise the consent text, short in a CI log
SELECTOR_CHARS = 300
STEP_LABEL_CHARS = 120


def xml_text(value: object) -> str:
    """Text safe to place in an XML 1.0 document (ElementTree escapes <, >, & and quotes), with
    control and bidi characters (CVE-2021-42574, "Trojan Source") shown as ``[U+XXXX]``
    (:func:`~consentinel.redact.neutralise`)."""
    return _XML_INVALID.sub("", neutralise(str(value)))


def short(text: str, limit: int = FINDING_TEXT_CHARS) -> str:
    """``text`` on one line, unprintable characters removed, cut to ``limit`` with an ellipsis."""
    flat = " ".join(xml_text(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def finding_line(finding: Finding) -> str:
    """One readable line per finding: check id, impact, text excerpt, selector, page."""
    line = (f'[{finding.check}] {finding.impact}: "{short(finding.text)}" '
            f"at {short(finding.selector, SELECTOR_CHARS)}")
    if finding.url:
        line += f" ({short(finding.url, SELECTOR_CHARS)})"
    return line


def step_title(step: StepResult) -> str:
    """``step 4: audit: Dark sign-up`` (runner labels usually start with the verb already)."""
    if not step.label:
        return f"step {step.index}: {step.kind}"
    label = short(step.label, STEP_LABEL_CHARS)
    if label.startswith(step.kind):
        return f"step {step.index}: {label}"
    return f"step {step.index}: {step.kind}: {label}"


__all__ = ["finding_line", "short", "step_title", "xml_text"]
