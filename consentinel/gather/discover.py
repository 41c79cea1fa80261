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
from consentinel.lexicon import detect_language
from consentinel.prompts.roles import assign_roles, vocabulary

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
        dx = offset[0] + (top_scroll[0] if not is_top else float(raw.get("scrollX", 0)))
        dy = offset[1] + (top_scroll[1] if not is_top else float(raw.get("scrollY", 0)))
        for item in raw.get("prompts", []):
            prompt = _prompt_from_raw(item, index, frame.url, dx, dy)
            prompt.cross_origin = not is_top and _origin(frame.url) != top_origin
            assign_roles(prompt)
            _drop_silent_pointer_texts(prompt, item)
            if prompt.is_consent_prompt:
                prompts.append(prompt)
    # Top-most first: when a settings modal opens over a banner, it is what a person faces.
    prompts.sort(key=lambda p: -p.z_index)
    return prompts


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
