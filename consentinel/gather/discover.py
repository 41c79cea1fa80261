"""Find consent prompts on a page: every frame, open shadow roots, prompts that come late.

Why: an auditor scanning someone else's site has no selector for its banner. Discovery runs one
``evaluate`` of ``discover.js`` per frame (Playwright's ``page.frames`` reaches cross-origin
frames too), adds frame offsets so boxes are top-document coordinates, classifies every
control's role and keeps only candidates that actually offer a choice (accept, reject, save or
settings). Known-CMP rules (``data/cmp_rules.yaml``) help but are never required.

Example::

    prompts = wait_for_prompts(page, timeout_ms=5000)
    for prompt in prompts:
        print(prompt.kind, [(a.text, a.role) for a in prompt.actions])
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Frame, Page

from consentinel.facts.prompt import Prompt, PromptAction, PromptToggle, _box
from consentinel.gather.evaluate import evaluate_script
from consentinel.lexicon import detect_language, identify_language, language_shares
from consentinel.prompts.roles import assign_roles, phrase_language, vocabulary

DEFAULT_TIMEOUT_MS = 5000
"""How long :func:`wait_for_prompts` waits for a prompt to appear. CMPs typically show within
1-3 s of load (script load + consent-state lookup); 5 s covers slow ones without stalling a scan
of a page that has none."""

DEFAULT_POLL_MS = 250
"""Polling interval while waiting: one cheap evaluate per frame every quarter second."""

SETTLE_MS = 400
"""After a prompt first appears, wait this long and look again, so a banner still sliding in or
rendering its buttons is seen complete (CMP slide-in animations run 200-400 ms)."""

MIN_OVERLAY_Z_INDEX = 1000
"""An absolutely positioned element at least half the viewport wide counts as an overlay from
this z-index (CMPs use 1000 to 2147483647; ordinary page content rarely exceeds 100)."""

SHELL_TEXT_RATIO = 3.0
"""A fixed/sticky box holding more than this multiple of an inner candidate's text is a page
shell (an app layout pinned to the viewport), not the prompt: the inner candidate is kept."""

MAX_PROMPT_TEXT = 4000
"""Characters of prompt text kept (enough for language detection and evidence)."""

COVERAGE_GRID = 12
"""Viewport coverage is sampled on this many x this many points (144 hit tests, one per
``elementFromPoint``): fine enough to tell a bottom bar (~20 %) from a page-blocking overlay
(>= 80 %, consent-wall) and cheap enough to run on every poll."""

OVERLAY_MIN_SHARE = 0.5
"""A fixed element counts as a prompt's backdrop only if it spans at least this share of the
viewport: dimming layers cover all of it, side panels and bars much less."""

INLINE_MIN_CONTEXT = 20
"""Characters of running text (outside any control) that make a block a paragraph: a link with
at least this much prose around it sits "inside the body text" (asymmetric-choice)."""

PAGE_TEXT_MAX = 6000
"""Characters of the page's own text (outside prompts) read for its dominant language."""


@dataclass(frozen=True, slots=True)
class CmpRule:
    """A known consent manager's selectors (``data/cmp_rules.yaml``)."""

    name: str
    root: tuple[str, ...]
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)


@cache
def cmp_rules() -> tuple[CmpRule, ...]:
    """The bundled known-CMP rules."""
    text = resources.files("consentinel.prompts").joinpath("data", "cmp_rules.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    rules = []
    for raw in data.get("rules", []):
        rules.append(CmpRule(
            name=str(raw["name"]),
            root=tuple(raw.get("root") or ()),
            roles={str(k): tuple(v or ()) for k, v in (raw.get("roles") or {}).items()},
        ))
    return tuple(rules)


def _script_args(rules: tuple[CmpRule, ...], is_top: bool, token: str) -> dict[str, Any]:
    return {
        "consentWords": list(vocabulary().consent_words),
        "ruleRoots": [{"name": r.name, "selector": s} for r in rules for s in r.root],
        "ruleRoles": [{"role": role, "selector": s} for r in rules for role, sels in r.roles.items()
                      for s in sels],
        "isTop": is_top,
        "token": token,
        "minZIndex": MIN_OVERLAY_Z_INDEX,
        "shellTextRatio": SHELL_TEXT_RATIO,
        "maxText": MAX_PROMPT_TEXT,
        "coverageGrid": COVERAGE_GRID,
        "overlayMinShare": OVERLAY_MIN_SHARE,
        "inlineMinContext": INLINE_MIN_CONTEXT,
        "pageTextMax": PAGE_TEXT_MAX,
    }


def _frame_offset(frame: Frame) -> tuple[float, float] | None:
    """Top-viewport position of a child frame's viewport; None when the frame is not shown."""
    try:
        element = frame.frame_element()
        box = element.bounding_box()
    except PlaywrightError:
        return None
    if box is None:
        return None
    return box["x"], box["y"]


def _origin(url: str) -> str:
    parts = url.split("/")
    return "/".join(parts[:3]) if len(parts) >= 3 else url


def discover_prompts(page: Page, rules: tuple[CmpRule, ...] | None = None) -> list[Prompt]:
    """The consent prompts visible now, in every frame, with roles assigned.

    Frames that cannot be evaluated (detached mid-navigation, crashed) are skipped: a missing
    prompt is then reported by the caller as "no prompt found", never as a crash.
    """
    rules = cmp_rules() if rules is None else rules
    token = uuid.uuid4().hex[:8]
    prompts: list[Prompt] = []
    top_scroll = (0.0, 0.0)
    top_origin = _origin(page.url)
    top_page: dict[str, Any] | None = None
    top_viewport: dict[str, Any] = {}
    for index, frame in enumerate(page.frames):
        is_top = frame is page.main_frame
        offset = (0.0, 0.0)
        if not is_top:
            found = _frame_offset(frame)
            if found is None:
                continue
            offset = found
        try:
            raw = evaluate_script(frame, "discover", _script_args(rules, is_top, f"{token}f{index}"))
        except PlaywrightError:
            continue
        if is_top:
            top_scroll = (float(raw.get("scrollX", 0)), float(raw.get("scrollY", 0)))
            top_page = raw.get("page")
        dx = offset[0] + (top_scroll[0] if not is_top else float(raw.get("scrollX", 0)))
        dy = offset[1] + (top_scroll[1] if not is_top else float(raw.get("scrollY", 0)))
        if is_top:
            top_viewport = raw.get("viewport") or {}
        for item in raw.get("prompts", []):
            prompt = _prompt_from_raw(item, index, frame.url, dx, dy)
            if not is_top and prompt.coverage is not None:
                prompt.coverage = round(prompt.coverage * _frame_share(offset, raw.get("viewport") or {},
                                                                       top_viewport), 3)
            prompt.cross_origin = not is_top and _origin(frame.url) != top_origin
            assign_roles(prompt)
            _drop_silent_pointer_texts(prompt, item)
            if prompt.is_consent_prompt:
                prompts.append(prompt)
    if prompts:
        _add_page_context(prompts, top_page or {})
    # Top-most first: when a settings modal opens over a banner, it is what a person faces.
    prompts.sort(key=lambda p: -p.z_index)
    return prompts


def _frame_share(offset: tuple[float, float], frame_viewport: dict[str, Any],
                 top_viewport: dict[str, Any]) -> float:
    """Share of the top viewport a child frame's viewport shows: a prompt's coverage measured
    inside the frame, times this, is its coverage of what the visitor sees."""
    top_w, top_h = float(top_viewport.get("width", 0)), float(top_viewport.get("height", 0))
    w, h = float(frame_viewport.get("width", 0)), float(frame_viewport.get("height", 0))
    if top_w <= 0 or top_h <= 0:
        return 0.0
    seen_w = max(0.0, min(offset[0] + w, top_w) - max(offset[0], 0.0))
    seen_h = max(0.0, min(offset[1] + h, top_h) - max(offset[1], 0.0))
    return min(1.0, (seen_w * seen_h) / (top_w * top_h))


def _add_page_context(prompts: list[Prompt], page: dict[str, Any]) -> None:
    """Give every prompt what it is judged against: the top page's lock, lang and text languages."""
    shares = language_shares(str(t) for t in page.get("text_blocks") or [])
    for prompt in prompts:
        prompt.scroll_lock = [str(r) for r in page.get("scroll_lock") or []]
        prompt.html_lang = page.get("html_lang")
        prompt.page_languages = shares


def _share(raw: dict[str, Any] | None) -> float | None:
    share = (raw or {}).get("share")
    return None if share is None else round(float(share), 3)


def _shift(raw: dict[str, Any] | None, dx: float, dy: float) -> dict[str, float]:
    box = _box(raw)
    return {"x": box.x + dx, "y": box.y + dy, "width": box.width, "height": box.height}


def _drop_silent_pointer_texts(prompt: Prompt, item: dict[str, Any]) -> None:
    """Keep a pointer-cursor text (no attribute says it is clickable) only when it names a choice.

    "No thanks" drawn as a span with a script listener is the reject of a newsletter pop-up;
    "plain text with a pointer" is decoration, not a control.
    """
    pointer_only = {str(a.get("mark")) for a in item.get("actions", []) if a.get("pointer_only")}
    if pointer_only:
        prompt.actions = [a for a in prompt.actions if a.mark not in pointer_only or a.role != "other"]


def _prompt_from_raw(item: dict[str, Any], frame: int, frame_url: str, dx: float, dy: float) -> Prompt:
    actions = []
    for a in item.get("actions", []):
        action = PromptAction(**{k: v for k, v in a.items() if k not in ("box", "pointer_only")})
        action.box = _box(_shift(a.get("box"), dx, dy))
        actions.append(action)
    return Prompt(
        frame=frame,
        frame_url=frame_url,
        root=str(item.get("root", "")),
        text=str(item.get("text", "")),
        language=detect_language(str(item.get("text", ""))),
        box=_box(_shift(item.get("box"), dx, dy)),
        kind=str(item.get("kind", "fixed")),
        actions=actions,
        toggles=[PromptToggle(**t) for t in item.get("toggles", [])],
        rule=item.get("rule"),
        z_index=int(item.get("z_index", 0) or 0),
        blocks=[{"text": str(t), "language": identify_language(str(t)) or phrase_language(str(t))}
                for t in item.get("blocks") or []],
        coverage=_share(item.get("coverage")),
        overlay=(item.get("coverage") or {}).get("overlay"),
    )


def wait_for_prompts(
    page: Page,
    timeout_ms: float = DEFAULT_TIMEOUT_MS,
    poll_ms: float = DEFAULT_POLL_MS,
    rules: tuple[CmpRule, ...] | None = None,
) -> list[Prompt]:
    """Poll :func:`discover_prompts` until a prompt shows or ``timeout_ms`` passes.

    Returns ``[]`` when none appeared (a page without a prompt is a normal outcome). When one
    appears, looks again after :data:`SETTLE_MS` so late-rendered buttons are included.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        prompts = discover_prompts(page, rules)
        if prompts:
            page.wait_for_timeout(SETTLE_MS)
            settled = discover_prompts(page, rules)
            return settled or prompts
        if time.monotonic() >= deadline:
            return []
        page.wait_for_timeout(min(poll_ms, max(0.0, (deadline - time.monotonic()) * 1000)))
