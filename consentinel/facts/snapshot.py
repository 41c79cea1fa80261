"""The snapshot: every fact the checks need, gathered from a page in one pass.

Gather once, judge many times: the in-page collector (``consentinel/gather/collector.py``) is the only
code that talks to the page. It produces one :class:`Snapshot`; every check is a pure
function over it. A snapshot round-trips through JSON unchanged, so saved snapshots can be
re-audited later without a browser (and are how checks are unit-tested).

Coordinates are CSS pixels in the *top-level document* (page scroll included, frame offsets
added), so boxes can be drawn straight onto a full-page screenshot.

Example::

    snap = Snapshot.from_dict(json.loads(path.read_text()))
    for control in snap.controls:
        print(control.label, control.checked, control.visibility.reasons)
"""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass, field
from typing import Any, TypeVar

SNAPSHOT_SCHEMA = "consentinel.snapshot/1"

# Reasons the collector may give for an element not being perceivable. ``below-fold`` is never
# a reason: content reachable by scrolling is perceivable.
VISIBILITY_REASONS = (
    "display-none",  # the element or an ancestor has display:none (incl. the hidden attribute)
    "visibility-hidden",  # visibility:hidden/collapse
    "opacity",  # effective opacity (product over ancestors) below the collector's threshold
    "off-screen",  # positioned entirely outside the document's scrollable area
    "clipped",  # clip / clip-path / an overflow:hidden ancestor leaves (almost) nothing showing
    "zero-size",  # rendered box (almost) without area
    "occluded",  # another element covers it (elementFromPoint), only testable inside the viewport
    "closed-details",  # inside a <details> that is not open
    "collapsed",  # inside an aria-expanded=false / collapsed panel with no rendered height
    "transparent-text",  # text colour fully transparent or equal to its background
)


@dataclass(slots=True)
class Box:
    """A bounding box in top-level document CSS pixels."""

    x: float
    y: float
    width: float
    height: float

    @property
    def area(self) -> float:
        return max(self.width, 0.0) * max(self.height, 0.0)


@dataclass(slots=True)
class Visibility:
    """Whether a person could perceive the element, and if not, why.

    ``hidden_by`` is the selector of the element where the hiding starts (the element itself or
    the ancestor that is display:none, clipped, ...). ``hiding_root_has_actions`` says whether
    that hiding root also hides buttons/links of its own: a whole closed dialog or settings layer
    does, a trick that hides just one line of consent text usually does not.
    """

    visible: bool = True
    reasons: list[str] = field(default_factory=list)
    hidden_by: str | None = None
    hiding_root_has_actions: bool = False
    in_viewport: bool = True


@dataclass(slots=True)
class Element:
    """Fields shared by everything the collector reports."""

    uid: str  # unique in the snapshot, e.g. "f0:e12"
    selector: str  # Playwright selector inside its frame; " >> " crosses an open shadow root
    frame: int  # index into Snapshot.frames; 0 is the top-level page
    tag: str
    box: Box
    visibility: Visibility
    form: str | None = None  # uid of the enclosing <form> (or form-like container), if any
    html: str = ""  # short outerHTML excerpt for evidence (page text: escape when shown)


@dataclass(slots=True)
class Control(Element):
    """A checkbox, radio, switch or custom toggle, with its state and what it is labelled."""

    kind: str = "checkbox"  # checkbox | radio | switch | custom
    role: str | None = None
    input_type: str | None = None
    checked: bool | None = None  # None: mixed / unknown
    disabled: bool = False
    readonly: bool = False
    label: str = ""  # accessible name / associated label text
    context_text: str = ""  # nearby text (the surrounding block) when the label is thin
    group_label: str = ""  # fieldset legend, section heading or CMP category title
    name: str | None = None
    value: str | None = None
    proxy_visible: bool = False  # a visual stand-in (styled label/slider) is perceivable
    label_uid: str | None = None  # uid of the text block that labels it, if any


@dataclass(slots=True)
class TextBlock(Element):
    """A run of text in one block-level container, with the style a reader sees.

    ``font_size``/``font_weight``/``color`` are those of the run holding most characters.
    ``background`` is the effective background composited through ancestors; when something
    the collector cannot resolve lies behind the text (gradient, image, video), it is still the
    best guess but ``background_uncertain`` names the reason and contrast checks say
    "needs review" instead of guessing.
    """

    text: str = ""
    font_size: float = 16.0
    font_weight: int = 400
    color: list[float] = field(default_factory=lambda: [0, 0, 0, 1])  # r, g, b (0-255), alpha 0-1
    background: list[float] = field(default_factory=lambda: [255, 255, 255, 1])
    background_uncertain: str | None = None
    opacity: float = 1.0  # effective opacity, product over ancestors
    lang: str | None = None  # nearest lang attribute
    control: str | None = None  # uid of the control this text labels, if any


@dataclass(slots=True)
class Action(Element):
    """Something a person clicks to act: button, link, role=button, submit input."""

    text: str = ""  # accessible name / visible text
    kind: str = "button"  # button | link | submit | other
    role: str | None = None
    href: str | None = None
    font_size: float = 16.0
    font_weight: int = 400
    color: list[float] = field(default_factory=lambda: [0, 0, 0, 1])
    background: list[float] = field(default_factory=lambda: [255, 255, 255, 1])
    own_background: list[float] = field(default_factory=lambda: [0, 0, 0, 0])  # its own fill
    border_width: float = 0.0
    disabled: bool = False


@dataclass(slots=True)
class Frame:
    """A frame of the page. Cross-origin frames are collected through Playwright's frames."""

    index: int
    url: str
    name: str = ""
    cross_origin: bool = False
    offset: Box = field(default_factory=lambda: Box(0, 0, 0, 0))
    error: str | None = None  # why the frame could not be collected, if it could not


@dataclass(slots=True)
class Snapshot:
    """All facts about one page state, as gathered by one audit."""

    url: str
    title: str = ""
    lang: str | None = None
    viewport: Box = field(default_factory=lambda: Box(0, 0, 1280, 720))
    document: Box = field(default_factory=lambda: Box(0, 0, 1280, 720))
    frames: list[Frame] = field(default_factory=list)
    controls: list[Control] = field(default_factory=list)
    texts: list[TextBlock] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    collected_at: str = ""  # UTC ISO 8601
    collect_ms: float = 0.0
    schema: str = SNAPSHOT_SCHEMA
    # Consent prompts discovered on this page state (``consentinel.facts.prompt.Prompt.to_dict()``),
    # with roles and click counts; read by no-reject-option / asymmetric-choice. Empty when no
    # prompt discovery ran or none was found.
    prompts: list[dict[str, Any]] = field(default_factory=list)
    # Tracking phases (``consentinel.facts.tracking.TrackingResult.to_dict()``: landing, after-accept,
    # after-reject with classified requests/cookies/storage/TCF); read by consent-before-choice
    # and consent-after-reject. Empty when no tracking observation ran.
    tracking: dict[str, Any] = field(default_factory=dict)
    # What the collector's limits left out (consentinel.bounds): {"elements": {"limit": N}} when
    # the element walk stopped early, {"frames": {"limit": N, "skipped": K}} when frames were
    # not collected. Empty when the whole page was read.
    truncated: dict[str, Any] = field(default_factory=dict)

    @property
    def main_font_size(self) -> float:
        """The page's main text size: the median font size weighted by visible characters.

        ``fine-print-consent`` compares consent text against this (checks.md: < 75 %).
        """
        sizes: list[float] = []
        for block in self.texts:
            if block.visibility.visible and block.text:
                sizes.extend([block.font_size] * min(len(block.text), 2000))
        return statistics.median(sizes) if sizes else 16.0

    def element(self, uid: str) -> Element | None:
        """Look an element up by uid (controls, texts and actions share one namespace)."""
        for collection in (self.controls, self.texts, self.actions):
            for item in collection:
                if item.uid == uid:
                    return item
        return None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Snapshot:
        """Build a snapshot from the collector's JSON (or a saved snapshot file).

        Unknown keys are ignored so older checks can read newer snapshots.
        """
        return cls(
            url=data.get("url", ""),
            title=data.get("title", ""),
            lang=data.get("lang"),
            viewport=_box(data.get("viewport")),
            document=_box(data.get("document")),
            frames=[_frame(f) for f in data.get("frames", [])],
            controls=[_element(Control, c) for c in data.get("controls", [])],
            texts=[_element(TextBlock, t) for t in data.get("texts", [])],
            actions=[_element(Action, a) for a in data.get("actions", [])],
            collected_at=data.get("collected_at", ""),
            collect_ms=float(data.get("collect_ms", 0.0)),
            schema=data.get("schema", SNAPSHOT_SCHEMA),
            prompts=list(data.get("prompts") or []),
            tracking=dict(data.get("tracking") or {}),
            truncated=dict(data.get("truncated") or {}),
        )


def _box(raw: dict[str, Any] | None) -> Box:
    raw = raw or {}
    return Box(
        float(raw.get("x", 0)),
        float(raw.get("y", 0)),
        float(raw.get("width", 0)),
        float(raw.get("height", 0)),
    )


def _frame(raw: dict[str, Any]) -> Frame:
    return Frame(
        index=int(raw.get("index", 0)),
        url=raw.get("url", ""),
        name=raw.get("name", ""),
        cross_origin=bool(raw.get("cross_origin", False)),
        offset=_box(raw.get("offset")),
        error=raw.get("error"),
    )


_E = TypeVar("_E", bound=Element)
_ELEMENT_FIELDS: dict[type, frozenset[str]] = {}


def _element(cls: type[_E], raw: dict[str, Any]) -> _E:
    fields = _ELEMENT_FIELDS.get(cls)
    if fields is None:
        fields = frozenset(cls.__dataclass_fields__)  # type: ignore[attr-defined]
        _ELEMENT_FIELDS[cls] = fields
    kwargs = {k: v for k, v in raw.items() if k in fields}
    kwargs["box"] = _box(raw.get("box"))
    vis = raw.get("visibility") or {}
    kwargs["visibility"] = Visibility(
        visible=bool(vis.get("visible", True)),
        reasons=list(vis.get("reasons", [])),
        hidden_by=vis.get("hidden_by"),
        hiding_root_has_actions=bool(vis.get("hiding_root_has_actions", False)),
        in_viewport=bool(vis.get("in_viewport", True)),
    )
    return cls(**kwargs)
