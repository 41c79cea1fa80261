"""The documented limits that keep a hostile page from making a run or its report unbounded.

A page under audit chooses its own size: 3,000 pre-ticked boxes gave 3,000 findings and an
8 MB report; a 60,000 px wide document gave a 60,000 px wide PNG (1 GB at its peak in the
browser); a DOM of millions of nodes or hundreds of frames takes a collector as long as the
page likes. Each limit here is a named constant with its reason, and every place that could
grow without bound applies it and *records* that it did ("and 2,950 more", "truncated"), so a
capped report never reads like a complete one.

Pure functions only (no Playwright): the runner, the collector and the screenshot helpers call
them, and they are unit-tested without a browser.

Example::

    kept, omitted = cap_findings(findings, MAX_FINDINGS_PER_CHECK)
    # omitted == {"preselected-consent": 2950}
    clip = bounded_clip({"x": 0, "y": 0, "width": 60000, "height": 900})
    # clip["width"] == MAX_SCREENSHOT_WIDTH
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

# Findings kept per check per step (``--max-findings``). Fifty instances of one pattern on one
# page state prove it as well as three thousand; the rest are counted, not listed.
MAX_FINDINGS_PER_CHECK = 50

# Largest screenshot region, CSS px. 4,000 x 4,000 holds a banner with its page around it on
# any real layout; beyond that a PNG costs hundreds of megabytes in the browser and shows
# nothing a reader could use. A viewport screenshot is clipped the same way (an emulated
# device's viewport is ours, but a region is the page's to choose).
MAX_SCREENSHOT_WIDTH = 4000.0
MAX_SCREENSHOT_HEIGHT = 4000.0

# Elements the collector walks per snapshot (all frames together) and frames it collects.
# Real consent pages stay well under a tenth of the element limit (the largest page of the
# benchmark has ~3,000 elements); a page beyond it is recorded as truncated, not waited for.
MAX_SNAPSHOT_ELEMENTS = 50_000
MAX_SNAPSHOT_FRAMES = 50

_T = TypeVar("_T")


def cap_findings(findings: Sequence[_T], limit: int = MAX_FINDINGS_PER_CHECK
                 ) -> tuple[list[_T], dict[str, int]]:
    """At most ``limit`` findings per check id, and how many of each check were left out.

    Violations are kept before reviews ("needs review"); otherwise the original order (the
    page's order) is kept. ``limit`` below 1 keeps everything.
    """
    if limit < 1:
        return list(findings), {}
    ranked = sorted(range(len(findings)), key=lambda i: getattr(findings[i], "outcome", "") != "violation")
    kept_per_check: dict[str, int] = {}
    omitted: dict[str, int] = {}
    keep: set[int] = set()
    for i in ranked:
        check = str(getattr(findings[i], "check", ""))
        if kept_per_check.get(check, 0) < limit:
            kept_per_check[check] = kept_per_check.get(check, 0) + 1
            keep.add(i)
        else:
            omitted[check] = omitted.get(check, 0) + 1
    return [f for i, f in enumerate(findings) if i in keep], omitted


def omitted_note(omitted: dict[str, int], limit: int) -> str:
    """The sentence a report shows for capped findings: "and 2950 more preselected-consent ..."."""
    parts = [f"{count} more {check}" for check, count in sorted(omitted.items())]
    return f"and {', '.join(parts)} finding(s) not listed (at most {limit} per check per step)"


def bounded_clip(region: dict[str, float], max_width: float = MAX_SCREENSHOT_WIDTH,
                 max_height: float = MAX_SCREENSHOT_HEIGHT) -> dict[str, float]:
    """``region`` cut to at most ``max_width`` x ``max_height`` from its top-left corner."""
    return {"x": float(region["x"]), "y": float(region["y"]),
            "width": max(1.0, min(float(region["width"]), max_width)),
            "height": max(1.0, min(float(region["height"]), max_height))}


def needs_clip(width: float, height: float) -> bool:
    """Whether an image of this many CSS px breaks the screenshot limits."""
    return width > MAX_SCREENSHOT_WIDTH or height > MAX_SCREENSHOT_HEIGHT


def truncation_notes(facts: dict[str, Any]) -> list[str]:
    """Human-readable notes for a snapshot's ``truncated`` facts (empty when nothing was cut)."""
    notes: list[str] = []
    elements = facts.get("elements")
    if elements:
        notes.append(f"only the first {elements['limit']:,} elements were read; the rest of the page was "
                     "not audited")
    frames = facts.get("frames")
    if frames:
        notes.append(f"{frames['skipped']:,} frame(s) were not audited (past the snapshot's limit of "
                     f"{frames['limit']:,} frames, or of elements)")
    return notes


__all__ = [
    "MAX_FINDINGS_PER_CHECK",
    "MAX_SCREENSHOT_HEIGHT",
    "MAX_SCREENSHOT_WIDTH",
    "MAX_SNAPSHOT_ELEMENTS",
    "MAX_SNAPSHOT_FRAMES",
    "bounded_clip",
    "cap_findings",
    "needs_clip",
    "omitted_note",
    "truncation_notes",
]
