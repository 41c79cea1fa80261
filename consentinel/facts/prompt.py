"""Prompt facts: what discovery found about one consent prompt, as plain JSON-able data.

A :class:`Prompt` is to consent prompts what a snapshot is to a page: gathered once in the
browser, then judged by pure checks (``no-reject-option``, ``asymmetric-choice``) without one.
It round-trips through JSON (:meth:`Prompt.to_dict` / :meth:`Prompt.from_dict`), so saved prompt
facts re-audit later and unit-test the checks. This module imports no Playwright on purpose.

Boxes are CSS pixels in the top-level document (page scroll and frame offsets included), the
same convention as :mod:`consentinel.facts.snapshot`.

Example::

    prompt = Prompt.from_dict(json.loads(path.read_text()))
    accept = prompt.actions_with_role("accept")
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from consentinel.facts.snapshot import Box

ROLES = ("accept", "reject", "settings", "save", "pay", "close", "other")
"""Roles a prompt control can have; see ``consentinel/lexicon/data/roles/*.yaml``."""

DECISIVE_ROLES = frozenset({"accept", "reject", "settings", "save"})
"""A candidate with none of these is not a consent prompt (a fixed nav bar with a privacy link)."""


@dataclass(slots=True)
class PromptAction:
    """One thing a person can click in a prompt, with the style facts asymmetry is judged on.

    ``mark`` is the value of the ``data-consentinel-action`` attribute discovery put on the
    element so exploration can click *that* element (through shadow roots) with a real mouse
    click; ``selector`` is a readable CSS path for evidence (`` >> `` crosses a shadow root).
    Colours are ``[r, g, b, alpha]`` with channels 0-255 and alpha 0-1.
    """

    mark: str
    text: str
    selector: str = ""
    visible_text: str = ""  # rendered text, when the accessible name (aria-label) differs
    kind: str = "button"  # button | link | submit | other
    tag: str = ""
    role: str = "other"  # accept | reject | settings | save | pay | close | other
    role_reason: str = ""  # which word list, attribute or rule decided the role
    attributes: str = ""  # id, class, data-* and aria-label values, for attribute-based roles
    rule_role: str | None = None  # role given by a known-CMP rule, if one matched
    box: Box = field(default_factory=lambda: Box(0, 0, 0, 0))
    font_size: float = 16.0
    font_weight: int = 400
    color: list[float] = field(default_factory=lambda: [0, 0, 0, 1])
    background: list[float] = field(default_factory=lambda: [255, 255, 255, 1])  # behind it
    own_background: list[float] = field(default_factory=lambda: [0, 0, 0, 0])  # its own fill
    border_width: float = 0.0
    border_color: list[float] = field(default_factory=lambda: [0, 0, 0, 0])
    underline: bool = False
    in_viewport: bool = True
    # Set when the control is an inline element inside running text (a link in a sentence):
    # {"paragraph": its text (clipped), "offset": where the control's text starts in it,
    # "length": the paragraph's length}. None for a control of its own (a button row).
    inline: dict[str, Any] | None = None

    @property
    def shown_text(self) -> str:
        """What a person reads on the control (its rendered text), for evidence and messages."""
        return self.visible_text or self.text


@dataclass(slots=True)
class PromptToggle:
    """A checkbox/switch inside a prompt (a purpose or vendor toggle in a settings layer)."""

    mark: str
    label: str
    checked: bool | None = None
    disabled: bool = False
    kind: str = "checkbox"  # checkbox | radio | switch


@dataclass(slots=True)
class Prompt:
    """One consent prompt (a banner, dialog or layer) as discovery saw it."""

    frame: int  # index into page.frames (0 = top-level page)
    frame_url: str
    root: str  # readable selector of the prompt's root element inside its frame
    text: str
    language: str
    box: Box
    kind: str  # how it was found: dialog | fixed | sticky | overlay | frame-document | rule
    actions: list[PromptAction] = field(default_factory=list)
    toggles: list[PromptToggle] = field(default_factory=list)
    rule: str | None = None  # name of the known-CMP rule whose root matched, if any
    cross_origin: bool = False
    layer: str = "first"  # first | settings (set by exploration)
    clicks: dict[str, int | None] = field(default_factory=dict)  # accept/reject path lengths
    paths: dict[str, list[str]] = field(default_factory=dict)  # texts clicked on each path
    z_index: int = 0
    # Passages of the prompt's text (one per block: paragraph, heading, button), each with the
    # language identified for it alone (None: nothing in it decides, e.g. "OK").
    blocks: list[dict[str, Any]] = field(default_factory=list)
    # Share (0-1) of the viewport owned by the prompt or its backdrop (sampled on a grid of
    # points: what a click there would hit); None when not measured.
    coverage: float | None = None
    overlay: str | None = None  # selector of the backdrop that owns most of that share, if any
    # The page around the prompt: why its scrolling is locked (empty: it scrolls), its
    # ``<html lang>``, the language shares of its own visible text outside every prompt
    # (``consentinel.lexicon.language_shares``) and the locale the audit ran with (None: the
    # browser's default, i.e. no visitor language was chosen).
    scroll_lock: list[str] = field(default_factory=list)
    html_lang: str | None = None
    page_languages: dict[str, float] = field(default_factory=dict)
    visitor_locale: str | None = None

    def actions_with_role(self, role: str) -> list[PromptAction]:
        return [a for a in self.actions if a.role == role]

    @property
    def is_consent_prompt(self) -> bool:
        """True when at least one control accepts, rejects, saves or opens settings."""
        return any(a.role in DECISIVE_ROLES for a in self.actions)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Prompt:
        """Build from :meth:`to_dict` output or discovery JSON; unknown keys are ignored."""
        return cls(
            frame=int(data.get("frame", 0)),
            frame_url=str(data.get("frame_url", "")),
            root=str(data.get("root", "")),
            text=str(data.get("text", "")),
            language=str(data.get("language", "en")),
            box=_box(data.get("box")),
            kind=str(data.get("kind", "dialog")),
            actions=[_action(a) for a in data.get("actions", [])],
            toggles=[_known(PromptToggle, t) for t in data.get("toggles", [])],
            rule=data.get("rule"),
            cross_origin=bool(data.get("cross_origin", False)),
            layer=str(data.get("layer", "first")),
            clicks=dict(data.get("clicks") or {}),
            paths={k: list(v) for k, v in (data.get("paths") or {}).items()},
            z_index=int(data.get("z_index", 0) or 0),
            blocks=[dict(b) for b in data.get("blocks") or []],
            coverage=None if data.get("coverage") is None else float(data["coverage"]),
            overlay=data.get("overlay"),
            scroll_lock=[str(r) for r in data.get("scroll_lock") or []],
            html_lang=data.get("html_lang"),
            page_languages={str(k): float(v) for k, v in (data.get("page_languages") or {}).items()},
            visitor_locale=data.get("visitor_locale"),
        )


def _box(raw: dict[str, Any] | None) -> Box:
    raw = raw or {}
    return Box(float(raw.get("x", 0)), float(raw.get("y", 0)), float(raw.get("width", 0)),
               float(raw.get("height", 0)))


def _known(cls: type, raw: dict[str, Any]) -> Any:
    names = cls.__dataclass_fields__  # type: ignore[attr-defined]
    return cls(**{k: v for k, v in raw.items() if k in names})


def _action(raw: dict[str, Any]) -> PromptAction:
    action: PromptAction = _known(PromptAction, {k: v for k, v in raw.items() if k != "box"})
    action.box = _box(raw.get("box"))
    return action
