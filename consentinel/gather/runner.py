"""Run journeys and scans: one browser per run, a fresh context per journey, steps via a table.

The runner is where a validated :class:`~consentinel.journeys.Journey` meets Playwright. It
keeps three promises:

* **One failure never sinks the run.** A step that times out, misses its element, hits
  ``net::ERR_CONNECTION_REFUSED`` or crashes the page records a one-line error (with the YAML
  line), the journey's remaining steps are recorded as skipped, and the next journey runs.
* **Nothing leaks between journeys.** Each journey and each scanned URL gets its own browser
  context (cookies, storage, cache), so one site's consent state can never colour another's
  audit. Contexts, not pages, are closed: closing a page mid-navigation can hang.
* **Secrets stay out of results.** Every string stored in a result (labels, URLs, errors,
  findings, snapshot files, axe summaries) passes through the journey's redactor.

Step verbs dispatch through :data:`STEP_HANDLERS`; a feature module adds a verb without
touching the core loop::

    from consentinel.gather.runner import StepContext, register_step

    def explore(ctx: StepContext, step: Step) -> None:
        ...                                   # drive ctx.page, then:
        ctx.record_audit(outcome)             # findings + artefacts, like an audit step

    register_step("explore-consent", explore, audit_like=True)
"""

from __future__ import annotations

import contextlib
import json
import platform
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import UTC, datetime
from importlib import import_module, metadata
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from playwright.sync_api import BrowserContext, Locator, Page, Playwright, sync_playwright
from playwright.sync_api import Error as PlaywrightError

import consentinel
from consentinel.bounds import MAX_FINDINGS_PER_CHECK, cap_findings, omitted_note, truncation_notes
from consentinel.checks import FACTS, UnknownCheckError, required_facts
from consentinel.defaults import (
    DEFAULT_EVAL_BUDGET_MS,
    DEFAULT_PAGE_BUDGET_MS,
    DEFAULT_STEP_TIMEOUT_MS,
    SCAN_SETTLE_MS,
)
from consentinel.gather.browser import (
    BrowserSettings,
    browser_version_line,
    connect_browser,
    find_browser,
    launch_args,
    launch_with_sandbox_report,
    new_context,
    sandbox_warning,
)
from consentinel.gather.capture import describe_context, save_step_mhtml, start_trace, stop_trace
from consentinel.gather.evaluate import auditor_for, evaluate_script, open_page, set_eval_budget
from consentinel.gather.screenshots import secret_masks
from consentinel.gather.watchdog import page_budget
from consentinel.interrupt import interrupt_noted
from consentinel.journeys import DEFAULT_DEVICE, Expectation, Journey, Step, Target
from consentinel.redact import Redactor, terminal_safe
from consentinel.results import JourneyResult, RunResult, StepResult

# Longest error message kept on a StepResult; Playwright's call logs run to kilobytes and the
# report wants one line.
MAX_ERROR_CHARS = 400
# How often a `frame:` target polls for its frame to appear (iframes often load after `load`).
FRAME_POLL_MS = 100
SKIPPED_REASON = "not run: an earlier step failed"
# A scan that records tracking records the landing phase on its own page: the HAR of that
# context (written when the consent pass closes it), under the journey's artifacts folder.
SCAN_LANDING_HAR = "landing.har"


@dataclass
class RunOptions:
    """Everything a run needs besides the journeys; the CLI and the pytest plugin fill it in.

    ``device``/``locale``/``timezone`` override every journey's own; ``checks`` replaces the
    default check set for audits that do not name their own ``checks:``; ``check_options``
    maps check id -> option overrides. ``run_id`` defaults to a UTC timestamp.
    """

    out_dir: Path
    base_url: str | None = None
    device: str | None = None
    locale: str | None = None
    timezone: str | None = None
    checks: list[str] | None = None
    headless: bool = True
    hide_automation: bool = True
    axe_cross_check: bool = True
    step_timeout_ms: int = DEFAULT_STEP_TIMEOUT_MS
    # Budgets against hostile pages (docs/budgets.md): JS time per in-page evaluation, and wall
    # time per URL or journey (past it its contexts are closed and the run goes on).
    eval_budget_ms: int = DEFAULT_EVAL_BUDGET_MS
    page_budget_ms: int = DEFAULT_PAGE_BUDGET_MS
    progress: Callable[[str], None] | None = None
    check_options: dict[str, dict[str, Any]] | None = None
    run_id: str | None = None
    scan_settle_ms: int = SCAN_SETTLE_MS
    # scan: explore the consent prompt (first layer, settings, accept, reject) after the landing
    # audit (issue 5; `consentinel scan --no-explore` turns it off).
    explore: bool = True
    # Evidence packs (issue 14): MHTML of each audited step; a Playwright trace per journey.
    evidence: bool = False
    trace: bool = False
    # Findings kept per check per step; the rest are counted in the step's
    # extra["findings_omitted"] (consentinel.bounds; `--max-findings`).
    max_findings_per_check: int = MAX_FINDINGS_PER_CHECK
    # Keep Cookie, Set-Cookie and Authorization values in HAR files (`--har-full`); by default
    # they are removed (consentinel.har).
    har_full: bool = False
    # a remote browser served by `playwright run-server` instead of a local launch (issue 12)
    browser_ws: str | None = None


class RunInterrupted(Exception):
    """Ctrl-C during a run; ``result`` holds everything gathered so far (write it out)."""

    def __init__(self, result: RunResult) -> None:
        super().__init__("interrupted")
        self.result = result


class StepFailed(Exception):
    """A handler's way to fail a step with a precise message (no Playwright exception needed)."""


def _run_handler(handler: Callable[[StepContext, Step], None], ctx: StepContext, step: Step) -> None:
    """Run one step's handler; a failure after an interrupting signal is that interrupt.

    Ctrl-C reaches Playwright's driver as well, which may die first: the step then fails with
    "Connection closed while reading from the driver" and the KeyboardInterrupt can be lost in
    the driver's event loop (:mod:`consentinel.interrupt`). Raised as KeyboardInterrupt,
    the failure is reported as what it is: the run was stopped, not broken.
    """
    try:
        handler(ctx, step)
    except Exception as exc:
        cause = interrupt_noted()
        if cause is not None:
            raise KeyboardInterrupt(cause) from exc
        raise


# ---------------------------------------------------------------------------------------------
# Step handlers
# ---------------------------------------------------------------------------------------------


@dataclass
class StepContext:
    """What a step handler may use: the page, the run's settings, and result recording."""

    session: Session
    page: Page
    context: BrowserContext
    base_url: str | None
    redactor: Redactor
    journey_result: JourneyResult
    result: StepResult
    artifacts_dir: Path  # out_dir/<journey-slug>/
    timeout_ms: int
    last_audit: StepResult | None = None
    # Findings of the latest audit-like step, including result rows it added (explore-consent
    # records one row per layer): what a following `expect` asserts on.
    last_audit_findings: list[Any] = field(default_factory=list)

    @property
    def options(self) -> RunOptions:
        return self.session.options

    def resolve_url(self, url: str) -> str:
        """A journey URL made absolute: relative paths join the base URL."""
        if urlsplit(url).scheme:
            return url
        if not self.base_url:
            raise StepFailed(f"relative URL {url!r} needs a base URL (base_url in the file or --base-url)")
        base = self.base_url if self.base_url.endswith("/") else self.base_url + "/"
        return urljoin(base, url)

    def locate(self, target: Target) -> Locator:
        """The Playwright locator for a target, inside its frame if it names one."""
        scope: Any = self.page
        timeout = target.timeout_ms or self.timeout_ms
        if target.frame is not None:
            scope = self._find_frame(target.frame, timeout)
        by, value = target.by, target.value
        if by == "role":
            locator = scope.get_by_role(value, name=target.name, exact=target.exact or None)
        elif by == "text":
            locator = scope.get_by_text(value, exact=target.exact)
        elif by == "label":
            locator = scope.get_by_label(value, exact=target.exact)
        elif by == "placeholder":
            locator = scope.get_by_placeholder(value, exact=target.exact)
        elif by == "testid":
            locator = scope.get_by_test_id(value)
        else:
            locator = scope.locator(value)
        return locator.nth(target.nth) if target.nth is not None else locator

    def _find_frame(self, wanted: str, timeout_ms: int) -> Any:
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            for frame in self.page.frames:
                if frame is not self.page.main_frame and (frame.name == wanted or wanted in frame.url):
                    return frame
            if time.monotonic() >= deadline:
                raise StepFailed(f"no frame named or with a URL containing {wanted!r} "
                                 f"after {timeout_ms} ms")
            self.page.wait_for_timeout(FRAME_POLL_MS)

    def record_audit(self, outcome: Any, label: str | None = None) -> None:
        """Store an audit outcome on this step: masked findings, screenshot and snapshot files.

        ``outcome`` is a :class:`consentinel.gather.audit.AuditOutcome` (snapshot, findings,
        screenshot_png, screenshot_box, axe); explore-like handlers call this once per step.
        """
        result = self.result
        self.artifacts_dir.mkdir(parents=True, exist_ok=True)
        stem = f"step-{result.index}"
        out_dir = self.session.options.out_dir
        url = self.redactor.mask(self.page.url)
        result.url = url
        snapshot = getattr(outcome, "snapshot", None)
        if snapshot is not None:
            if getattr(snapshot, "truncated", None):
                result.extra["snapshot_truncated"] = truncation_notes(snapshot.truncated)
            data = self.redactor.mask_data(snapshot.to_dict())
            snapshot_path = self.artifacts_dir / f"{stem}.json"
            snapshot_path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            result.snapshot = snapshot_path.relative_to(out_dir).as_posix()
        png = getattr(outcome, "screenshot_png", None)
        if png:
            png_path = self.artifacts_dir / f"{stem}.png"
            png_path.write_bytes(png)
            result.screenshot = png_path.relative_to(out_dir).as_posix()
            box = getattr(outcome, "screenshot_box", None)
            result.screenshot_box = _as_dict(box)
        save_step_mhtml(self, outcome, stem)
        evidence_errors = getattr(outcome, "errors", None)
        if evidence_errors:  # e.g. a screenshot that failed: the audit stands, the gap is recorded
            result.extra["evidence_errors"] = [self.redactor.mask(e) for e in evidence_errors]
        axe = getattr(outcome, "axe", None)
        result.axe = self.redactor.mask_data(_as_dict(axe)) if axe is not None else None
        step_label = self.redactor.mask(label or result.label)
        for finding in getattr(outcome, "findings", []) or []:
            finding.url = url
            finding.step = step_label
            finding.text = self.redactor.mask(finding.text)
            finding.selector = self.redactor.mask(finding.selector)
            finding.message = self.redactor.mask(finding.message)
            finding.evidence = self.redactor.mask_data(finding.evidence)
            result.findings.append(finding)


StepHandler = Callable[[StepContext, Step], None]


@dataclass(frozen=True)
class _Registration:
    handler: StepHandler
    audit_like: bool  # its findings are what a following `expect` asserts on


STEP_HANDLERS: dict[str, _Registration] = {}

# Verbs executed by feature modules that register themselves on import; the runner imports the
# module the first time a journey uses the verb.
HANDLER_MODULES: dict[str, str] = {"explore-consent": "consentinel.gather.steps.explore_consent",
                                   "track-consent": "consentinel.gather.steps.track_consent"}


def register_step(kind: str, handler: StepHandler, *, audit_like: bool = False) -> None:
    """Make ``kind`` executable (its schema lives in ``consentinel.journeys.STEP_VALIDATORS``)."""
    STEP_HANDLERS[kind] = _Registration(handler, audit_like)


def _handler_for(kind: str) -> _Registration:
    if kind not in STEP_HANDLERS and kind in HANDLER_MODULES:
        with contextlib.suppress(ModuleNotFoundError):
            import_module(HANDLER_MODULES[kind])
    if kind not in STEP_HANDLERS:
        raise StepFailed(f"step '{kind}' is not available in this version of consentinel")
    return STEP_HANDLERS[kind]


def _step_goto(ctx: StepContext, step: Step) -> None:
    url = ctx.resolve_url(step.args["url"])
    ctx.result.url = ctx.redactor.mask(url)
    timeout = step.args.get("timeout_ms") or ctx.timeout_ms
    consent_pass = step.args.get("consent_pass")
    if consent_pass is not None:  # a scan: this page is the landing context of the consent pass
        from consentinel.gather.onepass import remember_landing

        track = bool(consent_pass.get("track"))
        remember_landing(ctx.context, ctx.page, track=track,
                         har_path=ctx.artifacts_dir / SCAN_LANDING_HAR if track else None)
    response = ctx.page.goto(url, wait_until=step.args.get("wait_until", "load"), timeout=timeout)
    if response is not None and response.status >= 400:
        reason = f" {response.status_text}" if response.status_text else ""
        raise StepFailed(f"HTTP {response.status}{reason} for {url}")


def _action(method: str) -> StepHandler:
    """click / check / uncheck / hover: one locator call with the step's timeout."""

    def handle(ctx: StepContext, step: Step) -> None:
        target: Target = step.args["target"]
        getattr(ctx.locate(target), method)(timeout=target.timeout_ms or ctx.timeout_ms)

    return handle


def _step_fill(ctx: StepContext, step: Step) -> None:
    target: Target = step.args["target"]
    ctx.locate(target).fill(step.args["value"], timeout=target.timeout_ms or ctx.timeout_ms)


def _step_select(ctx: StepContext, step: Step) -> None:
    target: Target = step.args["target"]
    # Positional values match an option's value or its label, as a person would name it.
    ctx.locate(target).select_option(step.args["values"], timeout=target.timeout_ms or ctx.timeout_ms)


def _step_press(ctx: StepContext, step: Step) -> None:
    target: Target | None = step.args.get("target")
    if target is None:
        ctx.page.keyboard.press(step.args["key"])
    else:
        ctx.locate(target).press(step.args["key"], timeout=target.timeout_ms or ctx.timeout_ms)


def _step_scroll(ctx: StepContext, step: Step) -> None:
    where = step.args["to"]
    if where == "target":
        target: Target = step.args["target"]
        ctx.locate(target).scroll_into_view_if_needed(timeout=target.timeout_ms or ctx.timeout_ms)
    else:
        evaluate_script(ctx.page, "scroll_to", {"to": where, "y": step.args.get("y")})


def _step_wait(ctx: StepContext, step: Step) -> None:
    args = step.args
    timeout = args.get("timeout_ms") or ctx.timeout_ms
    kind = args["for"]
    if kind == "ms":
        ctx.page.wait_for_timeout(args["ms"])
    elif kind == "network":
        ctx.page.wait_for_load_state("networkidle", timeout=timeout)
    elif kind == "selector":
        ctx.page.locator(args["selector"]).first.wait_for(state=args["state"], timeout=timeout)
    else:
        ctx.page.get_by_text(args["text"]).first.wait_for(state=args["state"], timeout=timeout)


def _step_audit(ctx: StepContext, step: Step) -> None:
    from consentinel.gather.audit import audit

    checks = step.args.get("checks") or ctx.options.checks
    outcome = audit(ctx.page, checks, ctx.options.check_options, screenshot=True,
                    axe_cross_check=ctx.options.axe_cross_check,
                    screenshot_mask=secret_masks(ctx.page, ctx.redactor.values), mhtml=ctx.options.evidence)
    ctx.record_audit(outcome)
    expectation: Expectation | None = step.args.get("expect")
    if expectation is not None:
        judge_expectation(ctx.result, expectation, ctx.result.findings)


def _step_expect(ctx: StepContext, step: Step) -> None:
    ctx.result.url = ctx.redactor.mask(ctx.page.url)
    if ctx.last_audit is None:  # validation prevents this; a failed audit stops the journey
        raise StepFailed("no audit result to assert on")
    judge_expectation(ctx.result, step.args["expect"], ctx.last_audit_findings)


def _step_available(kind: str) -> bool:
    """Whether a feature step's module is installed (it registers itself on import)."""
    try:
        _handler_for(kind)
    except StepFailed:
        return False
    return True


def scan_steps(url: str, options: RunOptions) -> list[Step]:
    """The plan of a scan: goto, settle, audit "landing"; then only what the checks require.

    The consent prompt is explored (``explore-consent``: first layer, settings, accept, reject)
    when a selected check requires prompt facts or snapshots of the prompt's layers, and the
    tracking phases (``track-consent``: landing / after-accept / after-reject) are recorded
    when one requires tracking facts (``CheckMeta.requires``). Both come from ONE consent pass
    (:mod:`consentinel.gather.onepass`) whose landing context is this scan's own page (the
    ``goto`` prepares it), so a full scan loads the page three times. Both click the prompt,
    so ``--no-explore`` (landing state only) turns both off. An unknown check id plans
    everything: the audit step reports it.
    """
    try:
        facts = required_facts(options.checks)
    except UnknownCheckError:
        facts = set(FACTS)
    explore = options.explore and bool(facts & {"prompts", "layers"}) and _step_available("explore-consent")
    track = options.explore and "tracking" in facts and _step_available("track-consent")
    goto: dict[str, Any] = {"url": url, "wait_until": "load", "timeout_ms": None}
    if explore or track:  # one pass: this page is also the landing context of the consent pass
        goto["consent_pass"] = {"track": track}
    steps = [
        Step(1, "goto", goto, 0, f"goto {url}"),
        Step(2, "wait", {"for": "network", "network": "idle", "best_effort": True,
                         "timeout_ms": options.scan_settle_ms}, 0, "settle (network idle)"),
        Step(3, "audit", {"label": "landing", "checks": None, "expect": None}, 0, "audit: landing"),
    ]
    if explore:
        steps.append(Step(4, "explore-consent", {"label": None, "checks": None, "expect": None,
                                                 "pass": True, "track": track}, 0, "explore-consent"))
    if track:
        steps.append(Step(len(steps) + 1, "track-consent", {"label": None, "checks": None, "pass": True}, 0,
                          "track-consent"))
    return steps


def judge_expectation(result: StepResult, expectation: Expectation, findings: Iterable[Any]) -> bool:
    """Compare violations against an expectation: exactly those check ids, no more, no fewer.

    Reviews ("needs review") never count either way. Sets ``expectation``,
    ``expectation_failed`` and, on failure, ``extra["expectation_detail"]``; returns whether
    the expectation held.
    """
    found = {f.check for f in findings if f.outcome == "violation"}
    wanted = set(expectation.checks)
    result.expectation = expectation.describe()
    missing, unexpected = sorted(wanted - found), sorted(found - wanted)
    result.expectation_failed = bool(missing or unexpected)
    if result.expectation_failed:
        parts = []
        if missing:
            parts.append("missing: " + ", ".join(missing))
        if unexpected:
            parts.append("unexpected: " + ", ".join(unexpected))
        result.extra["expectation_detail"] = "; ".join(parts)
    return not result.expectation_failed


for _kind, _handler, _audit_like in (
    ("goto", _step_goto, False),
    ("click", _action("click"), False),
    ("fill", _step_fill, False),
    ("check", _action("check"), False),
    ("uncheck", _action("uncheck"), False),
    ("select", _step_select, False),
    ("press", _step_press, False),
    ("hover", _action("hover"), False),
    ("scroll", _step_scroll, False),
    ("wait", _step_wait, False),
    ("audit", _step_audit, True),
    ("expect", _step_expect, False),
):
    register_step(_kind, _handler, audit_like=_audit_like)


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------

_API_PREFIX = re.compile(r"^[A-Z]\w*\.\w+: ")  # "Page.goto: ", "Locator.click: "
_STRICT = re.compile(r"strict mode violation: .*? resolved to (\d+) elements")


def one_line_error(exc: BaseException) -> str:
    """The first meaningful line of an exception, without Playwright's API prefix and call log."""
    message = exc.message if isinstance(exc, PlaywrightError) else str(exc)
    lines = [line for line in (message or "").strip().splitlines() if line.strip()]
    first = lines[0] if lines else type(exc).__name__
    first = _API_PREFIX.sub("", first.strip())
    strict = _STRICT.search(first)
    if strict:
        first = f"the target matches {strict.group(1)} elements; make it unique or add 'nth: 0'"
    first = terminal_safe(first, single_line=True)
    return first if len(first) <= MAX_ERROR_CHARS else first[: MAX_ERROR_CHARS - 1] + "…"


def _as_dict(value: Any) -> Any:
    if value is None or isinstance(value, dict):
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


# ---------------------------------------------------------------------------------------------
# Session
# ---------------------------------------------------------------------------------------------


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_run_id() -> str:
    """A sortable, filesystem-safe UTC timestamp, e.g. ``20260115T093012Z``."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 60


def slugify(text: str, fallback: str) -> str:
    """An ASCII folder name for a journey; ``fallback`` when nothing ASCII is left (年度账单)."""
    slug = _SLUG_JUNK.sub("-", text.lower()).strip("-")[:MAX_SLUG].strip("-")
    return slug or fallback


class Session:
    """One Playwright and one browser for a whole run; journeys and URLs run one after another.

    Use as a context manager::

        with Session(RunOptions(out_dir=Path("reports/x"))) as session:
            result = session.scan_url("https://example.org/")
    """

    def __init__(self, options: RunOptions, results: list[JourneyResult] | None = None) -> None:
        self.options = options
        # Journey results are appended here as each journey *starts*, so an interrupted run
        # still holds the partial result of the journey that was running.
        self.results: list[JourneyResult] = [] if results is None else results
        self.playwright: Playwright | None = None
        self.browser: Any = None
        self._choice: Any = None
        self.browser_line = ""
        self.environment: dict[str, Any] = {}  # launch flags and default user agent, for manifests
        self.sandbox_warning: str | None = None  # why Chromium runs without its sandbox, if it does
        self._slugs: set[str] = set()
        self._count = 0

    def __enter__(self) -> Session:
        self.playwright = sync_playwright().start()
        try:
            self._choice = None if self.options.browser_ws else find_browser(self.playwright)
            self._launch()
        except BaseException:
            self.playwright.stop()
            raise
        return self

    def _launch(self) -> None:
        """Launch (or relaunch, after a browser crash) with the found browser and run options."""
        if self.options.browser_ws:
            endpoint = self.options.browser_ws
            self.browser = connect_browser(self.playwright, endpoint, self.options.step_timeout_ms)
            self.browser_line = f"chromium {self.browser.version} (remote: {endpoint})"
            return
        settings = BrowserSettings(headless=self.options.headless,
                                   hide_automation=self.options.hide_automation)
        self.browser, no_sandbox = launch_with_sandbox_report(self.playwright, settings, self._choice)
        self.sandbox_warning = sandbox_warning(no_sandbox) if no_sandbox else None
        self.browser_line = browser_version_line(self.browser, self._choice)
        self.environment = {"launch_args": launch_args(settings), "headless": settings.headless,
                            "sandbox": no_sandbox is None}

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        # After Ctrl-C a graceful browser.close() may wait on a half-finished protocol call;
        # stopping Playwright ends the driver and its browser at once.
        if self.browser is not None and exc_type is not KeyboardInterrupt:
            with contextlib.suppress(Exception):
                self.browser.close()
        if self.playwright is not None:
            with contextlib.suppress(Exception):
                self.playwright.stop()
        self.browser = self.playwright = None

    # -- public -------------------------------------------------------------------------------

    @contextlib.contextmanager
    def using(self, options: RunOptions, results: list[JourneyResult]) -> Iterator[Session]:
        """Temporarily run with other options and result list (one browser, several runs)."""
        saved = self.options, self.results
        self.options, self.results = options, results
        try:
            yield self
        finally:
            self.options, self.results = saved

    def run_journey(self, journey: Journey) -> JourneyResult:
        """Run one journey in a fresh context and return what happened."""
        return self._run(
            name=journey.name,
            source=str(journey.path),
            steps=journey.steps,
            device=self.options.device or journey.device,
            locale=self.options.locale or journey.locale,
            timezone=self.options.timezone or journey.timezone,
            base_url=self.options.base_url or journey.base_url,
            redactor=journey.redactor,
            where=str(journey.path),
        )

    def scan_url(self, url: str) -> JourneyResult:
        """Audit one URL as a visitor first sees it, then gather what the selected checks need.

        The steps come from :func:`scan_steps`.
        """
        steps = scan_steps(url, self.options)
        landing_har = bool((steps[0].args.get("consent_pass") or {}).get("track"))
        return self._run(name=url, source=url, steps=steps, device=self.options.device or DEFAULT_DEVICE,
                         locale=self.options.locale, timezone=self.options.timezone, base_url=None,
                         redactor=Redactor(), where=None, landing_har=landing_har)

    # -- internals ----------------------------------------------------------------------------

    def _unique_slug(self, name: str) -> str:
        self._count += 1
        base = slugify(name, f"journey-{self._count}")
        slug, n = base, 2
        while slug in self._slugs:
            slug, n = f"{base}-{n}", n + 1
        self._slugs.add(slug)
        return slug

    def _progress(self, text: str) -> None:
        if self.options.progress is not None:
            self.options.progress(text)

    def _run(self, *, name: str, source: str, steps: list[Step], device: str, locale: str | None,
             timezone: str | None, base_url: str | None, redactor: Redactor, where: str | None,
             landing_har: bool = False) -> JourneyResult:
        journey_result = JourneyResult(name=redactor.mask(name), source=redactor.mask(source), device=device,
                                       locale=locale, timezone=timezone)
        self.results.append(journey_result)
        artifacts_dir = self.options.out_dir / self._unique_slug(journey_result.name)  # masked name
        try:
            if not self.browser.is_connected():  # the browser died with an earlier journey
                self._launch()
            har = ({"record_har_path": str(artifacts_dir / SCAN_LANDING_HAR), "record_har_content": "omit"}
                   if landing_har else {})
            context = new_context(self.browser, self.playwright, device=device, locale=locale,
                                  timezone=timezone, **har)
        except Exception as exc:  # unknown device at run time, browser gone
            journey_result.error = redactor.mask(f"could not open a browser context: {one_line_error(exc)}")
            self._skip(journey_result, steps, 0, redactor, reason="not run: no browser context")
            return journey_result
        interrupted = False
        budget = contextlib.ExitStack()  # the page budget: closes this journey's contexts when due
        over_budget = budget.enter_context(page_budget(self.browser, self.options.page_budget_ms))
        try:
            set_eval_budget(context, self.options.eval_budget_ms)
            context.set_default_timeout(self.options.step_timeout_ms)
            context.set_default_navigation_timeout(self.options.step_timeout_ms)
            start_trace(context, self.options)
            page = open_page(context)
            page_events = auditor_for(page)
            journey_result.context = describe_context(page)
            crashed: list[bool] = []
            page.on("crash", lambda _page: crashed.append(True))
            last_audit: StepResult | None = None
            last_audit_findings: list[Any] = []
            for position, step in enumerate(steps):
                self._progress(f"{journey_result.name} [{step.index}/{len(steps)}] "
                               f"{redactor.mask(step.label)}")
                result = StepResult(index=step.index, kind=step.kind, label=redactor.mask(step.label),
                                    started_at=utc_now(), line=step.line or None)
                journey_result.steps.append(result)
                ctx = StepContext(session=self, page=page, context=context, base_url=base_url,
                                  redactor=redactor, journey_result=journey_result, result=result,
                                  artifacts_dir=artifacts_dir, timeout_ms=self.options.step_timeout_ms,
                                  last_audit=last_audit, last_audit_findings=last_audit_findings)
                started = time.perf_counter()
                events_before = page_events.event_count
                registration: _Registration | None = None
                try:
                    registration = _handler_for(step.kind)
                    _run_handler(registration.handler, ctx, step)
                except KeyboardInterrupt:
                    interrupted = True
                    result.error = "interrupted"
                    result.duration_ms = _ms_since(started)
                    self._skip(journey_result, steps, position + 1, redactor, reason="not run: interrupted")
                    raise
                except Exception as exc:  # one step's failure, whatever it is, must not end the run
                    if step.args.get("best_effort") and not crashed:
                        result.extra["note"] = one_line_error(exc)
                    else:
                        message = "the page crashed" if crashed else one_line_error(exc)
                        if over_budget.is_set():
                            message = (f"the page budget of {self.options.page_budget_ms} ms was exceeded "
                                       f"during this step; the journey stopped here")
                        elif not isinstance(exc, PlaywrightError | StepFailed | OSError):
                            message = f"internal error ({type(exc).__name__}: {message})"
                        # Journeys: "flows/x.yaml:12: click text="Go": Timeout ..."; a scan's
                        # steps have no file and their labels repeat the URL: just the message.
                        if where and step.line:
                            message = f"{where}:{step.line}: {step.label}: {message}"
                        result.error = redactor.mask(message)
                        result.duration_ms = _ms_since(started)
                        self._skip(journey_result, steps, position + 1, redactor)
                        break
                result.duration_ms = _ms_since(started)
                if page_events.event_count > events_before:
                    result.extra["page_events"] = page_events.summary()
                first_row = next(i for i, row in enumerate(journey_result.steps) if row is result)
                _cap_findings(journey_result.steps[first_row:], self.options.max_findings_per_check)
                if not result.url:
                    with contextlib.suppress(PlaywrightError):
                        result.url = redactor.mask(page.url)
                if registration is not None and registration.audit_like:
                    last_audit = result
                    rows = journey_result.steps[first_row:]
                    last_audit_findings = [f for row in rows for f in row.findings]
        finally:
            budget.close()
            if not interrupted:  # after Ctrl-C, Session.__exit__ stops Playwright instead
                stop_trace(context, self.options, artifacts_dir)
                with contextlib.suppress(Exception):
                    context.close()
        return journey_result

    @staticmethod
    def _skip(journey_result: JourneyResult, steps: list[Step], start: int, redactor: Redactor,
              reason: str = SKIPPED_REASON) -> None:
        for step in steps[start:]:
            journey_result.steps.append(StepResult(index=step.index, kind=step.kind,
                                                   label=redactor.mask(step.label), line=step.line or None,
                                                   skipped=True, extra={"skip_reason": reason}))


def _cap_findings(rows: list[StepResult], limit: int) -> None:
    """Keep at most ``limit`` findings per check on each row a step produced; count the rest."""
    for row in rows:
        row.findings, omitted = cap_findings(row.findings, limit)
        if omitted:
            row.extra["findings_omitted"] = {"limit": limit, "by_check": omitted,
                                             "note": omitted_note(omitted, limit)}


def _ms_since(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


# ---------------------------------------------------------------------------------------------
# Runs
# ---------------------------------------------------------------------------------------------


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def _axe_version() -> str:
    try:
        module = import_module("consentinel.gather.axe")
    except ModuleNotFoundError:
        return ""
    getter = getattr(module, "axe_version", None)
    try:
        return str(getter()) if callable(getter) else ""
    except Exception:
        return ""


def new_run(command: str, options: RunOptions) -> RunResult:
    """An empty RunResult with the metadata known before the browser starts."""
    return RunResult(
        run_id=options.run_id or new_run_id(),
        command=command,
        tool_version=consentinel.__version__,
        playwright_version=_version("playwright"),
        axe_version=_axe_version(),
        python_version=platform.python_version(),
        platform=f"{platform.system()} {platform.release()} ({platform.machine()}); {sys.platform}",
        started_at=utc_now(),
    )


def _execute(run: RunResult, options: RunOptions, items: list[Any],
             call: Callable[[Session, Any], JourneyResult],
             describe: Callable[[Any], tuple[str, str]], session: Session | None) -> RunResult:
    """Run ``items`` one by one in one session; on Ctrl-C raise RunInterrupted with what ran."""
    try:
        if session is None:
            with Session(options, results=run.journeys) as own:
                run.browser = own.browser_line
                run.environment = own.environment
                run.warnings.extend([own.sandbox_warning] if own.sandbox_warning else [])
                for item in items:
                    call(own, item)
        else:
            with session.using(options, run.journeys):
                run.browser = session.browser_line
                run.environment = session.environment
                run.warnings.extend([session.sandbox_warning] if session.sandbox_warning else [])
                for item in items:
                    call(session, item)
    except KeyboardInterrupt as stop:
        cause = str(stop) or "Ctrl-C"  # cli.Signalled names its signal, e.g. SIGTERM
        run.warnings.append(f"partial report: the run was interrupted ({cause}) before it finished; the "
                            "step that was running and everything after it are marked as not run")
        for item in items[len(run.journeys):]:
            name, source = describe(item)
            run.journeys.append(JourneyResult(name=name, source=source, error="not run: interrupted"))
        run.finished_at = utc_now()
        raise RunInterrupted(run) from None
    finally:
        run.finished_at = utc_now()
    return run


def run_journeys(journeys: list[Journey], options: RunOptions, command: str = "run", *,
                 session: Session | None = None) -> RunResult:
    """Run validated journeys, each in a fresh context of one shared browser.

    ``session`` reuses an open :class:`Session` (its browser; its launch settings win) instead
    of launching one, e.g. from a pytest fixture. Raises BrowserNotFoundError when there is no
    browser (a setup error), RunInterrupted on Ctrl-C (with the partial result).
    """
    run = new_run(command, options)
    combined = Redactor()
    for journey in journeys:
        combined.update(journey.redactor)
    run.redactions = combined.names

    def call(session: Session, journey: Journey) -> JourneyResult:
        return session.run_journey(journey)

    def describe(journey: Journey) -> tuple[str, str]:
        return journey.redactor.mask(journey.name), str(journey.path)

    return _execute(run, options, list(journeys), call, describe, session)


def scan_urls(urls: list[str], options: RunOptions, *, session: Session | None = None) -> RunResult:
    """Audit each URL's landing state in a fresh context (no cookies carried between sites)."""
    run = new_run("scan", options)

    def call(session: Session, url: str) -> JourneyResult:
        return session.scan_url(url)

    def describe(url: str) -> tuple[str, str]:
        return url, url

    return _execute(run, options, list(urls), call, describe, session)


__all__ = [
    "HANDLER_MODULES",
    "STEP_HANDLERS",
    "RunInterrupted",
    "RunOptions",
    "Session",
    "StepContext",
    "StepFailed",
    "StepHandler",
    "judge_expectation",
    "new_run",
    "new_run_id",
    "one_line_error",
    "register_step",
    "run_journeys",
    "scan_steps",
    "scan_urls",
    "slugify",
]
