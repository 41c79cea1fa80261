"""Explore a consent prompt as a careful tester would: first layer, settings, accept, reject.

Why: what a banner *offers* is only half the story; what it takes to refuse is the other half.
Accept and reject each run in a FRESH browser context (own cookies and storage, copied from the
starting state when exploring inside a journey), so one path's choice can never leak into
another; the contexts are driven by the one consent pass (:mod:`consentinel.gather.onepass`),
which also records tracking in them. This module holds the clicking and auditing of a layer:

* **first layer** — discover the prompt (waiting a bounded time for late ones) and audit it;
* **settings layer** — click the first layer's settings control, audit what opens (pre-ticked
  purpose toggles usually hide here); without one, the control that reopens the choice (a
  "Cookie settings" link, a consent manager's floating icon) is clicked instead;
* **after accept** — clicks to accept: 1 with a first-layer accept, else via settings;
* **after reject** — clicks to reject: 1 with a first-layer reject; via settings -> reject all,
  or settings -> switch every optional toggle off -> save (each click counted); ``None`` when
  no way to refuse was found.

Click counts and the texts clicked go into the first-layer prompt facts (``Prompt.clicks`` /
``Prompt.paths``), which ``no-reject-option`` and ``asymmetric-choice`` then judge as pure
functions over ``Snapshot.prompts``. Every state keeps its own screenshot and findings
(:class:`LayerState`), and a journey step reports each as its own StepResult.

Example::

    with sync_playwright() as pw:
        browser = launch_browser(pw)
        result = explore_consent(browser, "https://example.org/")
        print(result.clicks, [f.check for f in result.findings])
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Frame, Page

from consentinel.checks import PROMPT_CHECKS
from consentinel.checks.base import Finding
from consentinel.facts.prompt import Prompt, PromptAction, PromptToggle
from consentinel.facts.snapshot import Snapshot
from consentinel.gather.browser import context_factory
from consentinel.gather.discover import (
    DEFAULT_POLL_MS,
    DEFAULT_TIMEOUT_MS,
    discover_prompts,
)
from consentinel.gather.evaluate import MARK_ATTRIBUTE, MarkedElement, evaluate_script
from consentinel.gather.screenshots import secret_masks, take_screenshot
from consentinel.prompts.roles import asks_for_decision

LAYER_LABELS = {
    "first": "first layer",
    "settings": "settings layer",
    "accept": "after accept",
    "reject": "after reject",
}

Auditor = Callable[[Page, list[str] | None], Any]
"""``(page, check_ids) -> AuditOutcome``-like object (snapshot, findings, screenshot_png,
screenshot_box, axe). Defaults to :func:`consentinel.gather.audit.audit`."""


DEFAULT_CLICK_TIMEOUT_MS = 5000
"""How long one click may wait for its control to be visible, stable and enabled."""


@dataclass(slots=True)
class ExploreOptions:
    """Bounds of the exploration; every wait is bounded so a broken prompt cannot hang a scan."""

    prompt_timeout_ms: float = DEFAULT_TIMEOUT_MS  # wait for the first layer to appear
    poll_ms: float = DEFAULT_POLL_MS
    # After a click, how long to wait for the prompt to change (open a layer, close). CMP
    # transitions take 200-500 ms; 3 s leaves room for a slow settings modal to render.
    change_timeout_ms: float = 3000
    click_timeout_ms: float = DEFAULT_CLICK_TIMEOUT_MS
    navigation_timeout_ms: float = 20000
    # Safety bound on toggle clicks when rejecting by switching toggles off (IAB TCF vendor
    # lists can hold hundreds; beyond this the path is reported as impossible to count).
    max_toggle_clicks: int = 60
    checks: list[str] | None = None  # snapshot checks run on each layer (None = defaults)
    prompt_checks: tuple[str, ...] = PROMPT_CHECKS  # run on the first layer's prompt facts
    # axe-core per explored layer costs ~1 s each; the landing audit already runs it.
    axe_cross_check: bool = False
    check_options: Mapping[str, Mapping[str, Any]] | None = None
    first_layer_snapshot_checks: bool = True  # False when the caller already audited it
    keep_mhtml: bool = False  # evidence packs: each layer's DOM as MHTML, taken where it was audited
    visitor_locale: str | None = None  # the audit's locale: the visitor's language (language-mismatch)
    # A journey's secret values, painted over on every layer's screenshot (never stored).
    secret_values: tuple[str, ...] = ()


@dataclass(slots=True)
class LayerState:
    """One explored state: what was seen, what was found, and the picture of it."""

    layer: str  # first | settings | accept | reject
    url: str = ""
    prompts: list[Prompt] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    snapshot: Snapshot | None = None
    screenshot_png: bytes | None = None
    screenshot_box: dict[str, float] | None = None
    axe: Any = None
    error: str | None = None
    duration_ms: float = 0.0
    clicked: list[str] = field(default_factory=list)  # texts clicked to get here
    prompt_gone: bool | None = None  # after accept/reject: did the prompt go away?
    # After accept/reject: the context's cookies (name, domain, value) once the choice settled,
    # so the effect of a choice (the CMP's stored consent) can be verified, not only clicked.
    cookies: list[dict[str, Any]] = field(default_factory=list)
    mhtml: str | None = None  # the layer's page as MHTML (ExploreOptions.keep_mhtml)

    @property
    def label(self) -> str:
        return LAYER_LABELS[self.layer]


@dataclass(slots=True)
class PathResult:
    """How a choice was reached: ``clicks`` None means it could not be reached."""

    name: str  # accept | reject
    clicks: int | None = None
    clicked: list[str] = field(default_factory=list)
    via: str = ""  # first-layer | settings | settings-toggles
    prompt_gone: bool | None = None
    error: str | None = None
    # Epoch ms taken in Python just before the click that made the choice (never a page value).
    decided_at: float | None = None


@dataclass(slots=True)
class ExplorationResult:
    """Everything the exploration learnt about one URL's consent prompt."""

    url: str
    prompt: Prompt | None = None  # the first layer (with clicks and paths filled in)
    settings_prompt: Prompt | None = None
    layers: list[LayerState] = field(default_factory=list)
    paths: dict[str, PathResult] = field(default_factory=dict)

    @property
    def clicks(self) -> dict[str, int | None]:
        return {name: path.clicks for name, path in self.paths.items()}

    @property
    def findings(self) -> list[Finding]:
        return [f for layer in self.layers for f in layer.findings]

    def layer(self, name: str) -> LayerState | None:
        return next((layer for layer in self.layers if layer.layer == name), None)

    def summary(self) -> dict[str, Any]:
        """Small JSON-able facts for ``StepResult.extra`` (click counts, paths, prompt kind)."""
        return {
            "prompt_found": self.prompt is not None,
            "prompt_kind": self.prompt.kind if self.prompt else None,
            "prompt_language": self.prompt.language if self.prompt else None,
            "cmp_rule": self.prompt.rule if self.prompt else None,
            "clicks": self.clicks,
            "paths": {name: {"clicks": p.clicks, "clicked": p.clicked, "via": p.via,
                             "prompt_gone": p.prompt_gone, "error": p.error}
                      for name, p in self.paths.items()},
        }


# ---------------------------------------------------------------------------------------------
# Page-level helpers
# ---------------------------------------------------------------------------------------------


def default_auditor(options: ExploreOptions) -> Auditor:
    from consentinel.gather.audit import audit

    def run(page: Page, checks: list[str] | None) -> Any:
        return audit(page, checks, options.check_options, screenshot=True,
                     axe_cross_check=options.axe_cross_check, mhtml=options.keep_mhtml,
                     screenshot_mask=secret_masks(page, options.secret_values))

    return run


def _signature(prompts: Iterable[Prompt]) -> tuple[tuple[int, str, str, int], ...]:
    return tuple((p.frame, p.root, p.text[:300], len(p.toggles)) for p in prompts)


def _frame(page: Page, frame_index: int) -> Frame:
    frames = page.frames
    return frames[frame_index] if frame_index < len(frames) else page.main_frame


def _locator(page: Page, frame_index: int, mark: str) -> Any:
    return _frame(page, frame_index).locator(f'[{MARK_ATTRIBUTE}="{mark}"]').first


def _click_action(page: Page, prompt: Prompt, action: PromptAction, options: ExploreOptions) -> float:
    """A real mouse click on the control (Playwright waits for it to be visible and stable).

    Returns the epoch ms just before the click, taken here: the page cannot forge it.
    """
    locator = _locator(page, prompt.frame, action.mark)
    locator.wait_for(state="visible", timeout=options.click_timeout_ms)
    at = time.time() * 1000
    locator.click(timeout=options.click_timeout_ms)
    return at


def _switch_off(page: Page, prompt: Prompt, toggle: PromptToggle, options: ExploreOptions) -> bool:
    """Switch a toggle off the way a person would: click it, or the label/slider drawn for it.

    The state is read again first: switching a purpose off often switches its vendors off too,
    and clicking those again would switch them back on. Custom switches often hide the real
    input (opacity 0 under a styled slider, or off-screen): when a click at the input's centre
    would not reach it, the click goes to its label at once, as a person's would (Playwright would
    otherwise retry the covered input until its timeout). Returns whether a click was made.
    """
    marked = MarkedElement(_frame(page, prompt.frame), toggle.mark)
    state = evaluate_script(marked, "toggle_state")
    if not state.get("on"):
        return False
    if not state.get("reachable"):  # a click on the input would wait in vain for it to be hit
        evaluate_script(marked, "click_label")
        return True
    try:
        _locator(page, prompt.frame, toggle.mark).click(timeout=min(options.click_timeout_ms, 1500))
    except PlaywrightError:
        evaluate_script(marked, "click_label")
    return True


def _wait_for_change(page: Page, before: list[Prompt], options: ExploreOptions) -> list[Prompt]:
    """Poll until the visible prompts differ from ``before`` (or the timeout); return them."""
    old = _signature(before)
    deadline = time.monotonic() + options.change_timeout_ms / 1000
    prompts = before
    while time.monotonic() < deadline:
        page.wait_for_timeout(options.poll_ms)
        prompts = discover_prompts(page)
        if _signature(prompts) != old:
            page.wait_for_timeout(options.poll_ms)  # let the new layer finish rendering
            return discover_prompts(page)
    return prompts


def wait_until_gone(page: Page, options: ExploreOptions, *, clicked_at: float | None = None) -> bool:
    """Whether the prompt is gone within ``change_timeout_ms`` of the click (``clicked_at``,
    ``time.monotonic()``; now when None). Looked at least once, however late."""
    deadline = (time.monotonic() if clicked_at is None else clicked_at) + options.change_timeout_ms / 1000
    while True:
        if not asks_for_decision(discover_prompts(page)):
            return True
        if time.monotonic() >= deadline:
            return False
        page.wait_for_timeout(options.poll_ms)


def matching_prompt(prompts: list[Prompt], first: Prompt) -> Prompt | None:
    """The prompt in another context that corresponds to the first layer we audited."""
    for prompt in prompts:
        if prompt.frame == first.frame and prompt.root == first.root:
            return prompt
    return prompts[0] if prompts else None


def _settings_layer(after: list[Prompt], first: Prompt) -> Prompt | None:
    """The layer that opened: prefer a changed prompt with toggles, then any changed one."""
    changed = [p for p in after if (p.frame, p.root, p.text) != (first.frame, first.root, first.text)]
    for pool in ([p for p in changed if p.toggles], changed):
        if pool:
            return pool[0]
    return None


def pick_action(prompt: Prompt, role: str) -> PromptAction | None:
    """The control a person would pick for ``role``: visible first, then the largest."""
    candidates = prompt.actions_with_role(role)
    if not candidates:
        return None
    return max(candidates, key=lambda a: (a.in_viewport, a.box.area))


def audit_into(layer: LayerState, page: Page, auditor: Auditor, checks: list[str] | None,
               secrets: Sequence[str] = ()) -> None:
    outcome = auditor(page, checks)
    layer.url = page.url
    layer.snapshot = getattr(outcome, "snapshot", None)
    layer.findings.extend(getattr(outcome, "findings", None) or [])
    layer.screenshot_png = getattr(outcome, "screenshot_png", None)
    box = getattr(outcome, "screenshot_box", None)
    if box is not None and not isinstance(box, dict):
        box = {"x": box.x, "y": box.y, "width": box.width, "height": box.height}
    layer.screenshot_box = box
    layer.axe = getattr(outcome, "axe", None)
    layer.mhtml = getattr(outcome, "mhtml", None)
    if layer.screenshot_png is None:  # the auditor took none: the viewport is what a person sees
        layer.screenshot_png, layer.screenshot_box = take_screenshot(page, mask=secret_masks(page, secrets))


# ---------------------------------------------------------------------------------------------
# Paths
# ---------------------------------------------------------------------------------------------


def open_settings(page: Page, prompts: list[Prompt], first: Prompt, auditor: Auditor,
                  options: ExploreOptions) -> tuple[LayerState, Prompt | None]:
    """Click the first layer's settings control on ``page`` and audit the layer that opens."""
    layer = LayerState("settings")
    prompt = matching_prompt(prompts, first)
    opener = pick_action(prompt, "settings") if prompt else None
    if prompt is None or opener is None:
        layer.error = "the first layer did not show again" if prompt is None else "no settings control"
        return layer, None
    _click_action(page, prompt, opener, options)
    layer.clicked.append(opener.text)
    after = _wait_for_change(page, prompts, options)
    return _audit_settings(page, layer, _settings_layer(after, prompt), auditor, options)


def reopen_controls(page: Page) -> list[dict[str, Any]]:
    """Controls on ``page`` that reopen the consent choice (``find_reopen.js``, floating icons
    included), each marked ``data-consentinel-reopen``; reading them clicks nothing. A page that
    cannot be read (navigating, crashed) has none."""
    from consentinel.gather.behaviour import consent_words, reopen_phrases

    try:
        found = evaluate_script(page, "find_reopen", {"phrases": list(reopen_phrases()),
                                                      "floating": list(consent_words())})
    except (PlaywrightError, ValueError):
        return []
    return list(found or [])


def open_settings_by_reopen(page: Page, prompts: list[Prompt], auditor: Auditor,
                            options: ExploreOptions) -> tuple[LayerState, Prompt | None]:
    """Reach the settings layer through the control that reopens the choice, and audit it.

    Why: a first layer without a settings control, or none at all, does not mean there are no
    switches. tarteaucitron with its services on by default shows no banner, only its floating
    icon ("Cookies"), whose panel holds the switches already on. The control is found as the
    withdrawal probe finds it ("Cookie settings" links, the ``reopen`` role vocabulary), or as
    a floating button named with a consent word; never one inside the first layer. Only a
    layer with switches counts as the settings layer.
    """
    layer = LayerState("settings")
    controls = reopen_controls(page)
    if not controls:
        layer.error = "no settings control, and no control that reopens the choice"
        return layer, None
    control = controls[0]
    page.locator(f'[data-consentinel-reopen="{control["mark"]}"]').first.click(timeout=options.click_timeout_ms)
    layer.clicked.append(str(control["text"]))
    after = _wait_for_change(page, prompts, options)
    before = {(p.frame, p.root, p.text) for p in prompts}
    settings = next((p for p in after if p.toggles and (p.frame, p.root, p.text) not in before), None)
    return _audit_settings(page, layer, settings, auditor, options)


def _audit_settings(page: Page, layer: LayerState, settings: Prompt | None, auditor: Auditor,
                    options: ExploreOptions) -> tuple[LayerState, Prompt | None]:
    """Audit the settings layer that opened (``settings``; None: the click opened none)."""
    if settings is not None:
        settings.layer = "settings"
        layer.prompts = [settings]
    else:
        layer.error = f"clicking {layer.clicked[-1]!r} opened no recognisable layer"
    audit_into(layer, page, auditor, options.checks, options.secret_values)
    if layer.snapshot is not None:
        layer.snapshot.prompts = [p.to_dict() for p in layer.prompts]
    return layer, settings


def reject_in_settings(page: Page, settings: Prompt, path: PathResult, options: ExploreOptions) -> bool:
    """Reject from a settings layer: 'Reject all' if offered, else every toggle off + save."""
    reject = pick_action(settings, "reject")
    if reject is not None:
        path.decided_at = _click_action(page, settings, reject, options)
        path.clicked.append(reject.text)
        path.via = "settings"
        return True
    save = pick_action(settings, "save")
    if save is None:
        return False
    on = [t for t in settings.toggles if t.checked and not t.disabled]
    if len(on) > options.max_toggle_clicks:
        path.error = f"{len(on)} toggles switched on: more than {options.max_toggle_clicks} clicks to refuse"
        return False
    for toggle in on:
        if _switch_off(page, settings, toggle, options):
            path.clicked.append(f"switch off: {toggle.label[:80]}")
    path.decided_at = _click_action(page, settings, save, options)
    path.clicked.append(save.text)
    path.via = "settings-toggles"
    return True


def make_choice(page: Page, prompts: list[Prompt], prompt: Prompt, path: PathResult,
                options: ExploreOptions) -> bool:
    """Click through ``prompt`` to ``path.name`` (accept or reject), recording every click.

    First-layer control if there is one, else settings -> accept, or settings -> "reject all"
    / every optional toggle off + save. Exploration counts these clicks and the tracking phases
    make their choice through the same path, so both describe the same clicks. Returns whether
    the choice was reached.
    """
    direct = pick_action(prompt, path.name)
    if direct is not None:
        path.decided_at = _click_action(page, prompt, direct, options)
        path.clicked.append(direct.text)
        path.via = "first-layer"
        return True
    opener = pick_action(prompt, "settings")
    if opener is None:
        return False
    _click_action(page, prompt, opener, options)
    path.clicked.append(opener.text)
    settings = _settings_layer(_wait_for_change(page, prompts, options), prompt)
    if settings is None:
        return False
    if path.name == "reject":
        return reject_in_settings(page, settings, path, options)
    accept = pick_action(settings, "accept")
    if accept is None:
        return False
    path.decided_at = _click_action(page, settings, accept, options)
    path.clicked.append(accept.text)
    path.via = "settings"
    return True


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


def explore_consent(
    target: Any,
    url: str,
    *,
    options: ExploreOptions | None = None,
    landing_page: Page | None = None,
    auditor: Auditor | None = None,
    device: str | None = None,
    locale: str | None = None,
    timezone: str | None = None,
    storage_state: Any = None,
) -> ExplorationResult:
    """Explore the consent prompt of ``url``; ``target`` is a Session or a Browser.

    ``landing_page`` (a journey's page, already at ``url``) is used as-is for the first layer
    and never clicked (the settings layer then gets a fresh context); otherwise a fresh
    context loads ``url`` and the settings layer opens in place. Accept and reject each get a
    fresh context (from ``storage_state`` when given). A page without a prompt yields a result
    with ``prompt`` None and only the first-layer audit.
    """
    from consentinel.gather.onepass import LandingPage, PassOptions, consent_pass

    options = options or ExploreOptions()
    if options.visitor_locale is None and locale is not None:
        options = dataclasses.replace(options, visitor_locale=locale)
    fresh = {} if storage_state is None else {"storage_state": storage_state}
    factory = context_factory(target, device=device, locale=locale, timezone=timezone, **fresh)
    landing = LandingPage(landing_page) if landing_page is not None else None
    plan = PassOptions(explore=True, track=False, in_place=landing_page is None, checks=options.checks,
                       explore_options=options)
    result = consent_pass(factory, url, options=plan, landing=landing,
                          auditor=auditor or default_auditor(options))
    assert result.exploration is not None
    return result.exploration
