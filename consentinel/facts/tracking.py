"""Tracking facts: what one URL stored and sent in each phase (landing, after accept, after reject).

Plain JSON-able data: :func:`consentinel.gather.phases.observe_site` fills a
:class:`TrackingResult`, its ``to_dict()`` becomes ``Snapshot.tracking``, and the two tracking
checks read that dict by the phase names below.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LANDING = "landing"
AFTER_ACCEPT = "after-accept"
AFTER_REJECT = "after-reject"
PHASES: tuple[str, ...] = (LANDING, AFTER_ACCEPT, AFTER_REJECT)
PHASE_ROLE = {AFTER_ACCEPT: "accept", AFTER_REJECT: "reject"}
TRACKING_SCHEMA = "consentinel.tracking/1"
# The after-reject phase's key for the visitor's next page view (a reload in the same context,
# observed as part of the phase): {"action", "done", "error", "t_choice_ms", "loaded_ms", "url"}
# (loaded_ms: when the reload's load event came, ms from the phase's start).
NEXT_VIEW = "next_view"
# A choice phase's key: how long after its load the page first showed the prompt, in ms (at
# most: the wait's first look at a DOM still since then), for the re-prompt probe's least wait.
PROMPT_SHOWN_MS = "prompt_shown_ms"


@dataclass(slots=True)
class Choice:
    """What a chooser did: the controls clicked, whether the choice was made, and why not."""

    role: str
    reached: bool = False
    clicked: list[str] = field(default_factory=list)
    via: str = ""
    prompt_gone: bool | None = None
    error: str | None = None
    decided_at: float | None = None  # epoch ms before the deciding click, Python's clock

    def to_dict(self) -> dict[str, Any]:
        return {"role": self.role, "reached": self.reached, "clicked": list(self.clicked), "via": self.via,
                "prompt_gone": self.prompt_gone, "error": self.error}


@dataclass(slots=True)
class TrackingResult:
    """Facts of every phase of one URL, keyed by phase name, plus where the HARs are."""

    url: str
    phases: dict[str, dict[str, Any]] = field(default_factory=dict)
    tracker_db: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The shape of ``Snapshot.tracking``."""
        return {"schema": TRACKING_SCHEMA, "url": self.url, "tracker_db": self.tracker_db,
                "phases": self.phases}


__all__ = ["AFTER_ACCEPT", "AFTER_REJECT", "LANDING", "PHASES", "PHASE_ROLE", "TRACKING_SCHEMA", "Choice",
           "TrackingResult"]
