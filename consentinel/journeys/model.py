"""What a validated journey is: plain data the runner executes, with the YAML line of each step.

Nothing here is YAML- or Playwright-specific: the loader builds these objects after checking
everything (so the runner never meets a malformed step), and the runner turns each
:class:`Step` into Playwright calls through its step table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from consentinel.devices import DESKTOP
from consentinel.redact import Redactor

# The verbs of journey vocabulary version 1 (docs/JOURNEYS.md). ``explore-consent`` and
# ``track-consent`` are part of the vocabulary; the runner executes them through step handlers
# registered by the prompt explorer and the tracking observer.
STEP_KINDS: tuple[str, ...] = (
    "goto",
    "click",
    "fill",
    "check",
    "uncheck",
    "select",
    "press",
    "hover",
    "scroll",
    "wait",
    "audit",
    "expect",
    "explore-consent",
    "track-consent",
)

# Target locator strategies; a target names exactly one of them.
TARGET_STRATEGIES: tuple[str, ...] = ("role", "text", "label", "placeholder", "testid", "css")

DEFAULT_DEVICE = DESKTOP  # one registry of device names: consentinel.devices


class JourneyError(ValueError):
    """One or more journey files are invalid; each error reads ``path:line: what is wrong``."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass(frozen=True, slots=True)
class Target:
    """Which element a step acts on: one locator strategy plus refinements.

    ``by`` is one of :data:`TARGET_STRATEGIES` and ``value`` its argument (the role for
    ``role``); ``name`` is the accessible name for ``role``; ``frame`` is a frame name or a
    substring of the frame's URL; ``timeout_ms`` overrides the run's step timeout.
    """

    by: str
    value: str
    name: str | None = None
    exact: bool = False
    nth: int | None = None
    frame: str | None = None
    timeout_ms: int | None = None

    def describe(self) -> str:
        """A short human form for labels and errors, e.g. ``role=button "Accept all"``."""
        text = f'{self.by}="{self.value}"' if self.by != "role" else f"role={self.value}"
        if self.name is not None:
            text += f' name="{self.name}"'
        if self.nth is not None:
            text += f" nth={self.nth}"
        if self.frame is not None:
            text += f' in frame "{self.frame}"'
        return text


@dataclass(frozen=True, slots=True)
class Expectation:
    """What an ``expect`` wants from an audit: exactly these violation ids (empty: none)."""

    checks: tuple[str, ...] = ()

    def describe(self) -> str:
        return "no findings" if not self.checks else "exactly: " + ", ".join(self.checks)


@dataclass(slots=True)
class Step:
    """One step of a journey.

    ``index`` is 1-based over the executed steps (an implicit ``start`` goto is step 1).
    ``args`` holds the validated arguments of the verb, for example ``{"target": Target}``,
    ``{"url": "/x"}``, ``{"label": ..., "checks": [...] | None, "expect": Expectation | None}``.
    ``label`` is the human description shown in progress lines and reports (secrets already
    substituted: the runner masks them before storing anything).
    """

    index: int
    kind: str
    args: dict[str, Any]
    line: int
    label: str


@dataclass(slots=True)
class Journey:
    """A validated journey file.

    ``redactor`` knows every value substituted from the environment, so the runner can mask
    them; it is excluded from ``repr`` so secrets never leak through logging.
    """

    name: str
    path: Path
    base_url: str | None = None
    start: str | None = None
    device: str = DEFAULT_DEVICE
    locale: str | None = None
    timezone: str | None = None
    steps: list[Step] = field(default_factory=list)
    description: str | None = None
    redactor: Redactor = field(default_factory=Redactor, repr=False)

    @property
    def source(self) -> str:
        return str(self.path)

    def __repr__(self) -> str:
        # Steps carry substituted values (a filled password); mask them like every output.
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in (
            "name", "path", "base_url", "start", "device", "locale", "timezone", "steps", "description"))
        return self.redactor.mask(f"Journey({fields})")
