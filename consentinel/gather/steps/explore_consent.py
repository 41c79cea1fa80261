"""The ``explore-consent`` journey step: run :func:`explore_consent` inside a flow.

Why a separate module: the runner dispatches verbs through a table and imports a feature's
module the first time a journey uses its verb; this module is that feature's only contact with
the runner. In a journey, the journey's own page is used for the first layer and never clicked,
so the steps after ``explore-consent`` continue where the flow was; settings, accept and reject
run in fresh contexts started from the journey's cookies and storage (``storage_state``). In a
scan, the scan's page is the landing context of the one pass (:mod:`consentinel.gather.onepass`):
the settings layer opens in place and the tracking phases are recorded in the same contexts.

Each explored state becomes its own StepResult (kind ``explore-consent``, label "first layer",
"settings layer", "after accept", "after reject") with its screenshot and findings, so every
report shows every layer without knowing about exploration. Click counts and paths go into
``StepResult.extra["exploration"]``.
"""

from __future__ import annotations

import dataclasses

from consentinel.checks import PROMPT_CHECKS
from consentinel.gather.browser import context_factory
from consentinel.gather.explore import (
    DEFAULT_CLICK_TIMEOUT_MS,
    ExplorationResult,
    ExploreOptions,
    LayerState,
    explore_consent,
)
from consentinel.gather.onepass import LandingPage, PassOptions, consent_pass, keep_result, take_landing
from consentinel.gather.runner import StepContext, judge_expectation, register_step, utc_now
from consentinel.journeys import Step
from consentinel.results import StepResult


def _options(ctx: StepContext, step: Step) -> ExploreOptions:
    checks: list[str] | None = step.args.get("checks") or ctx.options.checks
    options = ExploreOptions(
        check_options=ctx.options.check_options,
        click_timeout_ms=min(ctx.timeout_ms, DEFAULT_CLICK_TIMEOUT_MS),
        navigation_timeout_ms=ctx.timeout_ms,
        keep_mhtml=ctx.options.evidence,
        secret_values=tuple(ctx.redactor.values),
        visitor_locale=ctx.journey_result.locale,
    )
    if checks is not None:
        options.checks = [c for c in checks if c not in PROMPT_CHECKS]
        options.prompt_checks = tuple(c for c in checks if c in PROMPT_CHECKS)
    # The scan (or a journey) may have audited this very state just before: do not report the
    # same snapshot findings twice; the first layer then adds only the prompt checks.
    last = ctx.last_audit
    if last is not None and last.kind == "audit" and last.url == ctx.redactor.mask(ctx.page.url):
        options.first_layer_snapshot_checks = False
    return options


def _record(ctx: StepContext, layer: LayerState, result: StepResult, title: str) -> None:
    """Store one layer through the runner's own recording (masking, files, screenshot)."""
    sub = dataclasses.replace(ctx, result=result,
                              artifacts_dir=ctx.artifacts_dir / f"step-{result.index}-{layer.layer}")
    result.label = ctx.redactor.mask(f"{title}: {layer.label}" if title else layer.label)
    sub.record_audit(layer, label=result.label)
    if layer.url:
        result.url = ctx.redactor.mask(layer.url)
    result.duration_ms = layer.duration_ms
    result.extra["layer"] = layer.layer
    if layer.clicked:
        result.extra["clicked"] = [ctx.redactor.mask(text) for text in layer.clicked]
    if layer.prompt_gone is not None:
        result.extra["prompt_gone"] = layer.prompt_gone
    if layer.error:
        result.extra["note"] = ctx.redactor.mask(layer.error)


def _scan_pass(ctx: StepContext, step: Step, landing: LandingPage) -> ExplorationResult:
    """A scan's one pass: explore on the scan's own page, and track too when the plan says so."""
    from consentinel.gather.steps.track_consent import behaviour_probes, observe_options, tracking_checks

    checks = tracking_checks(ctx, step)
    track = bool(step.args.get("track")) and bool(checks)
    out_dir = ctx.artifacts_dir / f"step-{ctx.result.index}-pass"
    plan = PassOptions(explore=True, track=track, in_place=True, checks=ctx.options.checks,
                       explore_options=_options(ctx, step), observe_options=observe_options(ctx),
                       behaviour=behaviour_probes(ctx, checks) if track else {})
    factory = context_factory(ctx.session, device=ctx.journey_result.device, locale=ctx.journey_result.locale,
                              timezone=ctx.journey_result.timezone)
    result = consent_pass(factory, ctx.page.url, options=plan, landing=landing, out_dir=out_dir)
    keep_result(ctx.context, result)
    ctx.result.extra["consent_pass"] = result.summary()
    assert result.exploration is not None
    return result.exploration


def explore_step(ctx: StepContext, step: Step) -> ExplorationResult:
    """Step handler: explore the prompt of the page the journey is on.

    In a scan (``pass: true``) the scan's page is the landing context of the one pass
    (:mod:`consentinel.gather.onepass`); in a journey the journey's page is never clicked.
    """
    title = step.args.get("label") or ""
    landing = take_landing(ctx.context) if step.args.get("pass") else None
    if landing is not None:
        exploration = _scan_pass(ctx, step, landing)
    else:
        exploration = explore_consent(
            ctx.session,
            ctx.page.url,
            options=_options(ctx, step),
            landing_page=ctx.page,
            device=ctx.journey_result.device,
            locale=ctx.journey_result.locale,
            timezone=ctx.journey_result.timezone,
            storage_state=ctx.context.storage_state(),
        )
    summary = ctx.redactor.mask_data(exploration.summary())
    first, *others = exploration.layers
    _record(ctx, first, ctx.result, title)
    ctx.result.extra["exploration"] = summary
    steps = ctx.journey_result.steps
    position = steps.index(ctx.result) + 1
    for offset, layer in enumerate(others):
        result = StepResult(index=ctx.result.index, kind=step.kind, label=layer.label, started_at=utc_now(),
                            line=ctx.result.line)
        steps.insert(position + offset, result)
        _record(ctx, layer, result, title)
        result.extra["clicks"] = summary["clicks"]
    expectation = step.args.get("expect")
    if expectation is not None:
        judge_expectation(ctx.result, expectation, exploration.findings)
    return exploration


def _handler(ctx: StepContext, step: Step) -> None:
    explore_step(ctx, step)


register_step("explore-consent", _handler, audit_like=True)
