"""Allure reporting for audits: one allure step per audit, with screenshot, findings and HTML.

allure-pytest turns a pytest run into ``allure-results/`` (no Java needed to *write* them; the
allure CLI or ``allure serve`` only renders). This module adds what a QA engineer opens an
allure report for when a consent audit fails:

* an **annotated screenshot** (PNG): the audited region with a numbered box over each finding,
  rendered by Chromium itself (an HTML overlay on the screenshot, screenshotted), so no imaging
  library is needed;
* the **findings** as JSON (check id, impact, selector, text, evidence);
* the **offending elements' HTML**, attached as *plain text*: page markup is hostile input and
  must never be rendered inside the allure report's own origin;
* labels and tags per check id and impact, so allure's filters and widgets group by them.

Every function is a no-op when allure-pytest is not collecting (no ``--alluredir``): allure's
API without a listener does nothing, and the costly annotation is skipped by callers checking
:func:`allure_enabled`.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import allure
import pytest
from allure_commons.types import AttachmentType

from consentinel.checks.base import Finding

# Overlay style of the annotated screenshot: a colour per impact (axe DevTools-like), thick
# enough to see on a phone-sized screenshot scaled down in the allure UI.
IMPACT_COLOURS: Mapping[str, str] = {
    "critical": "#d0021b",
    "serious": "#f5761a",
    "moderate": "#b8860b",
    "minor": "#1f6feb",
}
BOX_BORDER_PX = 3
BOX_PADDING_PX = 3  # space between the element and its box, so a small checkbox stays visible
# Element HTML excerpts in the attachment: the collector already shortens them; this bounds the
# attachment when a check reports many elements.
HTML_EXCERPT_CHARS = 2000
LABEL_CHECK = "consent_check"
LABEL_IMPACT = "consent_impact"


def allure_enabled(config: pytest.Config) -> bool:
    """True when allure-pytest writes results in this run (``--alluredir`` given)."""
    return bool(getattr(config.option, "allure_report_dir", None))


@dataclass(slots=True)
class AuditAttachments:
    """What one audit step attaches: screenshot bytes (raw and annotated) and element HTML."""

    screenshot_png: bytes | None = None
    annotated_png: bytes | None = None
    html_excerpts: Mapping[str, str] | None = None  # finding uid -> element outerHTML excerpt


def overlay_html(png: bytes, region: Mapping[str, float] | None, findings: Sequence[Finding]) -> str:
    """A page showing ``png`` at 1:1 CSS px with a numbered box per finding, for Chromium to render.

    ``region`` is the document rectangle the PNG shows (CSS px); finding boxes are in document
    coordinates, so they are shifted by the region's origin. Only numbers and colours come from
    us; no page text is placed in this document.
    """
    ox = float((region or {}).get("x", 0.0))
    oy = float((region or {}).get("y", 0.0))
    width = float((region or {}).get("width", 0.0))
    height = float((region or {}).get("height", 0.0))
    data = base64.b64encode(png).decode("ascii")
    boxes = []
    for number, finding in enumerate(findings, start=1):
        if finding.box is None or finding.box.width <= 0 or finding.box.height <= 0:
            continue
        colour = IMPACT_COLOURS.get(finding.impact, "#d0021b")
        pad = BOX_BORDER_PX + BOX_PADDING_PX
        left, top = finding.box.x - ox - pad, finding.box.y - oy - pad
        box_w, box_h = finding.box.width + 2 * BOX_PADDING_PX, finding.box.height + 2 * BOX_PADDING_PX
        boxes.append(
            f'<div class="b" style="left:{left:.1f}px;top:{top:.1f}px;width:{box_w:.1f}px;'
            f'height:{box_h:.1f}px;border-color:{colour}">'
            f'<span style="background:{colour}">{number}</span></div>'
        )
    size = f"width:{width:.0f}px;height:{height:.0f}px;" if width and height else ""
    return (
        "<!doctype html><html><head><meta charset='utf-8'><style>"
        "html,body{margin:0;padding:0;background:#fff}"
        f"#w{{position:relative;{size}overflow:hidden}}"
        "#w img{display:block}"
        f".b{{position:absolute;border:{BOX_BORDER_PX}px solid;box-sizing:content-box}}"
        ".b span{position:absolute;left:-3px;top:-22px;color:#fff;font:bold 14px/18px sans-serif;"
        "padding:0 5px;border-radius:3px}"
        f"</style></head><body><div id='w'><img alt='' src='data:image/png;base64,{data}'>"
        + "".join(boxes)
        + "</div></body></html>"
    )


def render_annotated_png(
    browser: Any, png: bytes, region: Mapping[str, float] | None, findings: Sequence[Finding]
) -> bytes | None:
    """Draw the finding boxes over a screenshot with Chromium; None if that is not possible.

    Runs in a throwaway context of ``browser`` (never in the page under test, whose scripts could
    react to an overlay). The context gets the screenshot's size as its viewport, so the result
    has the same pixel size as the input.
    """
    if browser is None or not png:
        return None
    width = int(float((region or {}).get("width", 0)) or 1280)
    height = int(float((region or {}).get("height", 0)) or 720)
    context = browser.new_context(
        viewport={"width": max(width, 1), "height": max(height, 1)}, java_script_enabled=False
    )
    try:
        page = context.new_page()
        page.set_content(overlay_html(png, region, findings), wait_until="load")
        return page.locator("#w").screenshot(type="png", animations="disabled")
    except Exception:  # annotation is a convenience: a failure must not fail the audit itself
        return None
    finally:
        context.close()


def findings_json(findings: Iterable[Finding]) -> str:
    """Findings as pretty JSON (``ensure_ascii=False`` keeps Chinese consent text readable)."""
    return json.dumps([f.to_dict() for f in findings], indent=2, ensure_ascii=False, default=str)


def html_excerpt_text(findings: Sequence[Finding], excerpts: Mapping[str, str] | None) -> str:
    """Plain text listing each finding with its element's outerHTML excerpt (never rendered)."""
    lines = []
    for number, finding in enumerate(findings, start=1):
        markup = (excerpts or {}).get(finding.uid or "", "") if finding.uid else ""
        lines.append(f"#{number} [{finding.check}] {finding.impact} {finding.selector}")
        lines.append((markup or "(no HTML excerpt collected)")[:HTML_EXCERPT_CHARS])
        lines.append("")
    return "\n".join(lines)


def label_findings(findings: Iterable[Finding]) -> None:
    """Allure labels and tags for every check id and impact found (dedup'ed, stable order)."""
    checks: dict[str, None] = {}
    impacts: dict[str, None] = {}
    for finding in findings:
        if finding.outcome == "violation":
            checks.setdefault(finding.check)
            impacts.setdefault(finding.impact)
    for check in checks:
        allure.dynamic.label(LABEL_CHECK, check)
        allure.dynamic.tag(check)
    for impact in impacts:
        allure.dynamic.label(LABEL_IMPACT, impact)
        allure.dynamic.tag(f"impact:{impact}")


class _StepFailed(AssertionError):
    """Raised inside an allure step to mark it failed; swallowed right after."""


def audit_step(
    title: str,
    findings: Sequence[Finding],
    attachments: AuditAttachments,
    *,
    failed: bool = False,
    failure_text: str = "",
) -> None:
    """Record one audit as an allure step with its attachments; marked failed when ``failed``.

    Called after the audit ran (the runner executes the whole journey first), so the step's
    timing in allure is the reporting time; the audit's real duration is in the JSON report.
    """
    try:
        with allure.step(title):
            if attachments.annotated_png:
                allure.attach(
                    attachments.annotated_png, name="annotated screenshot", attachment_type=AttachmentType.PNG
                )
            elif attachments.screenshot_png:
                allure.attach(
                    attachments.screenshot_png, name="screenshot", attachment_type=AttachmentType.PNG
                )
            allure.attach(findings_json(findings), name="findings", attachment_type=AttachmentType.JSON)
            if findings:
                allure.attach(
                    html_excerpt_text(findings, attachments.html_excerpts),
                    name="offending elements (HTML)",
                    attachment_type=AttachmentType.TEXT,
                )
            if failed:
                raise _StepFailed(failure_text or title)
    except _StepFailed:
        pass


def plain_step(title: str, *, failed: bool = False, failure_text: str = "") -> None:
    """A non-audit journey step (goto, click, ...) as an allure step, failed if it errored."""
    try:
        with allure.step(title):
            if failed:
                raise _StepFailed(failure_text or title)
    except _StepFailed:
        pass


def html_of(snapshot: Any, findings: Iterable[Finding]) -> dict[str, str]:
    """Finding uid -> element HTML excerpt, looked up in the snapshot the audit collected."""
    out: dict[str, str] = {}
    if snapshot is None:
        return out
    for finding in findings:
        if finding.uid and finding.uid not in out:
            element = snapshot.element(finding.uid)
            if element is not None and element.html:
                out[finding.uid] = element.html
    return out


__all__ = [
    "LABEL_CHECK",
    "LABEL_IMPACT",
    "AuditAttachments",
    "allure_enabled",
    "audit_step",
    "findings_json",
    "html_excerpt_text",
    "html_of",
    "label_findings",
    "overlay_html",
    "plain_step",
    "render_annotated_png",
]
