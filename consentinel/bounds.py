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

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
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

# Wording judgement (the regexes and readers of consentinel.lexicon.wording) runs in Python after
# the page is read, where no page watchdog reaches: closing the browser does not stop a regex.
# A page chooses how many text blocks it serves (up to the element limit above) and what they say.
#
# * Each public wording matcher remembers its last MAX_WORDING_MEMO judgements, keyed on the
#   normalised text: a block the page repeats (the same text 10,000 times) is judged once. 4,096
#   holds every distinct wording of a real page (see below) at a few kilobytes per entry.
# * Per snapshot (one ``run_checks``), at most MAX_WORDING_JUDGEMENTS texts are judged afresh by
#   the checks' matchers and for at most MAX_WORDING_SECONDS; past either, the remaining texts
#   are not judged (no finding from them), what was found is kept, and the snapshot records it in
#   ``Snapshot.truncated["wording"]`` (reported like a truncated snapshot). The test pages of
#   real consent managers ask for at most ~110 judgements (tests/pages: 36 text blocks, 12 ms);
#   a judgement is about one per text block and check, so even the benchmark's largest page
#   (~3,000 elements in all) stays under 9,000. Ten thousand distinct blocks of ordinary consent
#   text take ~4 s for all three wording checks; the slowest hostile 1,000-character block found
#   costs ~15 ms a matcher (benchmarks/bench_wording.py). 20 s then ends a page of thousands of
#   distinct hostile blocks instead of letting it run for minutes, and no real page nears it.
MAX_WORDING_MEMO = 4096
MAX_WORDING_JUDGEMENTS = 20_000
MAX_WORDING_SECONDS = 20.0

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
    wording = facts.get("wording")
    if wording:
        notes.append(f"the wording checks stopped at their limit of {wording['limit']} per snapshot: "
                     f"{wording['skipped']:,} text(s) were not judged (after {wording['judged']:,})")
    return notes


class WordingBudget:
    """What one snapshot's wording judgement may spend: a count of fresh judgements and a time.

    ``allows()`` is asked before each fresh judgement (a remembered one is free); once it says
    no, every later ask says no too and is counted in ``skipped``. ``clock`` is injectable so the
    time limit is tested without waiting.
    """

    def __init__(self, limit: int | None = None, seconds: float | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = MAX_WORDING_JUDGEMENTS if limit is None else limit
        self.seconds = MAX_WORDING_SECONDS if seconds is None else seconds
        self.clock = clock
        self.started = clock()
        self.judged = 0
        self.skipped = 0
        self.reason = ""

    def allows(self) -> bool:
        """Whether one more text may be judged; a refusal is counted as a text not judged."""
        if not self.reason:
            if self.judged >= self.limit:
                self.reason = f"{self.limit:,} texts"
            elif self.clock() - self.started >= self.seconds:
                self.reason = f"{self.seconds:g} s"
        if self.reason:
            self.skipped += 1
            return False
        self.judged += 1
        return True

    def record(self) -> dict[str, Any]:
        """The ``Snapshot.truncated["wording"]`` entry (empty when nothing was skipped)."""
        if not self.skipped:
            return {}
        return {"judged": self.judged, "skipped": self.skipped, "limit": self.reason}


_WORDING_BUDGET: ContextVar[WordingBudget | None] = ContextVar("wording_budget", default=None)


@contextmanager
def wording_budget(limit: int | None = None, seconds: float | None = None,
                   clock: Callable[[], float] = time.monotonic) -> Iterator[WordingBudget]:
    """The budget the wording matchers draw on inside this block (one per snapshot's checks).

    ``None`` limits are the module's constants, read at call time.
    """
    budget = WordingBudget(limit, seconds, clock)
    token = _WORDING_BUDGET.set(budget)
    try:
        yield budget
    finally:
        _WORDING_BUDGET.reset(token)


def current_wording_budget() -> WordingBudget | None:
    """The active budget, or None outside :func:`wording_budget` (a direct matcher call is unbounded)."""
    return _WORDING_BUDGET.get()


__all__ = [
    "MAX_FINDINGS_PER_CHECK",
    "MAX_SCREENSHOT_HEIGHT",
    "MAX_SCREENSHOT_WIDTH",
    "MAX_SNAPSHOT_ELEMENTS",
    "MAX_SNAPSHOT_FRAMES",
    "MAX_WORDING_JUDGEMENTS",
    "MAX_WORDING_MEMO",
    "MAX_WORDING_SECONDS",
    "WordingBudget",
    "bounded_clip",
    "cap_findings",
    "current_wording_budget",
    "needs_clip",
    "omitted_note",
    "truncation_notes",
    "wording_budget",
]
