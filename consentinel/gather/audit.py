"""What an ``audit`` step does: collect a snapshot, judge it, capture evidence.

Gather once, judge many times: :func:`audit` calls the collector once (one evaluate per
frame), runs the pure checks over the snapshot, then takes the evidence a report needs:

* a screenshot of exactly the region the findings are in. The viewport when every finding
  lies inside it (~45 ms), otherwise a document-coordinate clip around the findings, capped
  in height: a full-page screenshot of a 52,000 px page takes ~2.8 s and shows nothing more;
* axe-core's opinion on every ``low-contrast-consent`` finding (``consentinel.gather.axe``), so a
  report can show an independent measurement beside ours. Only run when such findings exist.

Evidence gathering never loses findings: a failed screenshot or axe run is noted in
``AuditOutcome.errors`` and the findings are returned all the same.

Example::

    outcome = audit(page, checks=["preselected-consent"])
    for finding in outcome.findings:
        print(finding.check, finding.selector, finding.evidence)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page

from consentinel.bounds import MAX_SCREENSHOT_HEIGHT
from consentinel.checks import run_checks
from consentinel.checks.base import Finding
from consentinel.facts.snapshot import Box, Snapshot
from consentinel.gather.collector import collect
from consentinel.gather.screenshots import take_screenshot

CONTRAST_CHECK = "low-contrast-consent"
# Margin around the findings' union so the reader sees their surroundings (CSS px).
SCREENSHOT_MARGIN = 48.0


@dataclass
class AuditOutcome:
    """The result of one audit: facts, findings and the evidence taken for them."""

    snapshot: Snapshot
    findings: list[Finding]
    screenshot_png: bytes | None
    screenshot_box: dict[str, float] | None  # page region shown, CSS px {x, y, width, height}
    axe: dict[str, Any] | None
    errors: list[str] = field(default_factory=list)  # evidence that could not be taken, and why
    mhtml: str | None = None  # the page as MHTML, when asked for (evidence packs)


def _drawable(box: Box | None) -> bool:
    """Hidden elements have no box (0x0 at the origin): they cannot anchor a screenshot region."""
    return box is not None and box.width > 0 and box.height > 0


def _overlaps(box: Box, area: Box) -> bool:
    return (
        box.x < area.x + area.width
        and box.x + box.width > area.x
        and box.y < area.y + area.height
        and box.y + box.height > area.y
    )


def _inside(box: Box, view: Box) -> bool:
    return (
        box.x >= view.x
        and box.y >= view.y
        and box.x + box.width <= view.x + view.width
        and box.y + box.height <= view.y + view.height
    )


def screenshot_region(snapshot: Snapshot, findings: Iterable[Finding]) -> dict[str, float] | None:
    """The page region to capture, or None when the viewport shows every finding.

    The region spans the document's width (clamped to it) and the findings' vertical union
    plus a margin, capped at ``MAX_SCREENSHOT_HEIGHT`` from the first finding down.
    """
    view = snapshot.viewport
    doc = snapshot.document
    doc_width = max(doc.width, view.width)
    doc_height = max(doc.height, view.height)
    page_area = Box(0.0, 0.0, doc_width, doc_height)
    # Boxes outside the document (left:-9999px) cannot be captured: they anchor nothing.
    boxes = [
        f.box for f in findings if f.box is not None and _drawable(f.box) and _overlaps(f.box, page_area)
    ]
    if not boxes or all(_inside(b, view) for b in boxes):
        return None
    left = max(0.0, min(b.x for b in boxes) - SCREENSHOT_MARGIN)
    right = min(doc_width, max(b.x + b.width for b in boxes) + SCREENSHOT_MARGIN)
    top = max(0.0, min(b.y for b in boxes) - SCREENSHOT_MARGIN)
    bottom = min(doc_height, max(b.y + b.height for b in boxes) + SCREENSHOT_MARGIN)
    # Keep at least a viewport's width of context so the region reads like the page.
    if right - left < view.width:
        left = max(0.0, min(left, doc_width - view.width))
        right = min(doc_width, left + view.width)
    height = min(bottom - top, MAX_SCREENSHOT_HEIGHT)
    return {"x": left, "y": top, "width": max(right - left, 1.0), "height": max(height, 1.0)}


def _take_screenshot(
    page: Page, snapshot: Snapshot, findings: list[Finding], mask: Sequence[Locator] = ()
) -> tuple[bytes, dict[str, float]]:
    # take_screenshot caps width and height (consentinel.bounds), whatever the region.
    return take_screenshot(page, screenshot_region(snapshot, findings), mask)


def _attach_axe(page: Page, findings: list[Finding]) -> dict[str, Any]:
    from consentinel.gather.axe import axe_contrast

    return attach_axe_result(findings, axe_contrast(page, axe_targets(findings)))


def axe_targets(findings: Iterable[Finding]) -> dict[int, list[str]]:
    """The findings' selectors per frame index: what the axe cross-check is asked about."""
    by_frame: dict[int, list[str]] = {}
    for finding in findings:
        by_frame.setdefault(finding.frame, []).append(finding.selector)
    return by_frame


def attach_axe_result(findings: list[Finding], result: dict[str, Any]) -> dict[str, Any]:
    """Store axe's record for each finding in its evidence; the result plus outcome counts.

    Shared by every driver's cross-check (Playwright here, Selenium in consentinel.selenium).
    """
    lookup = {(r["frame"], r["selector"]): r for r in result["results"]}
    for finding in findings:
        record = lookup.get((finding.frame, finding.selector))
        if record is not None:
            finding.evidence["axe"] = {"axe_version": result["axe_version"], **record}
    counts: dict[str, int] = {}
    for record in result["results"]:
        counts[record["outcome"]] = counts.get(record["outcome"], 0) + 1
    return {**result, "summary": counts}


def audit(
    page: Page,
    checks: Iterable[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    screenshot: bool = True,
    axe_cross_check: bool = True,
    collect_options: Mapping[str, Any] | None = None,
    screenshot_mask: Sequence[Locator] = (),
    mhtml: bool = False,
) -> AuditOutcome:
    """Collect the page's state, run ``checks`` (None: every snapshot check) and take evidence.

    ``screenshot_mask`` lists elements painted over on the screenshot (a journey's secrets).

    ``options`` maps check id -> option overrides (documented on each check's meta).
    ``collect_options`` go to the in-page collector (thresholds such as ``opacityThreshold``).
    ``mhtml`` also keeps the page's DOM as MHTML, taken by the browser beside the screenshot.
    """
    snapshot = collect(page, dict(collect_options or {}))
    findings = run_checks(snapshot, checks, options)
    errors: list[str] = []
    png: bytes | None = None
    box: dict[str, float] | None = None
    if screenshot:
        try:
            png, box = _take_screenshot(page, snapshot, findings, screenshot_mask)
        except PlaywrightError as exc:
            errors.append(f"screenshot failed: {_first_line(exc)}")
    axe: dict[str, Any] | None = None
    contrast = [f for f in findings if f.check == CONTRAST_CHECK]
    if axe_cross_check and contrast:
        try:
            axe = _attach_axe(page, contrast)
        except PlaywrightError as exc:
            errors.append(f"axe cross-check failed: {_first_line(exc)}")
            axe = {"error": _first_line(exc)}
    outcome = AuditOutcome(snapshot, findings, png, box, axe, errors)
    if mhtml:
        from consentinel.gather.capture import capture_mhtml

        try:
            outcome.mhtml = capture_mhtml(page)
        except PlaywrightError as exc:
            errors.append(f"MHTML capture failed: {_first_line(exc)}")
    return outcome


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


__all__ = ["MAX_SCREENSHOT_HEIGHT", "AuditOutcome", "audit", "screenshot_region"]
