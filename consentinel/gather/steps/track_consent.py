"""The ``track-consent`` step: observe the landing, after-accept and after-reject phases.

Why a step: the runner dispatches verbs through a table (``HANDLER_MODULES``) and imports a
feature's module the first time it is used, so this module is the tracking feature's only
contact with the runner. ``consentinel scan`` appends it after the landing audit when a selected
check requires tracking facts (``CheckMeta.requires``; see ``runner.scan_steps``).

Each phase becomes its own StepResult (kind ``track-consent``, label "tracking: landing", ...)
holding:

* ``findings`` — ``consent-before-choice`` on the landing phase, ``consent-after-reject`` on the
  after-reject phase (the checks are pure functions over ``Snapshot.tracking``);
* ``snapshot`` — a Snapshot JSON whose ``tracking`` field holds all phases (re-audit offline);
* ``extra["tracking"]`` — counts, the choice made, TCF purposes and the HAR path;
* ``extra["tracking_cookies"|"tracking_storage"|"tracking_requests"]`` — flat rows the HTML
  report renders as tables (the generic evidence renderer shows lists of records as tables).

Third-party hosts a public tracker list cannot know (an in-house analytics domain) can be
declared with ``CONSENTINEL_TRACKER_DOMAINS=stats.example.com,cdn.example.net``.
"""

from __future__ import annotations

import json
import os
from typing import Any

from consentinel.checks import TRACKING_CHECKS, run_checks
from consentinel.facts.behaviour import BEHAVIOUR, SHOTS_DIR
from consentinel.facts.behaviour import CHECK_PHASES as BEHAVIOUR_CHECK_PHASES
from consentinel.facts.snapshot import Snapshot
from consentinel.facts.tcf import consented_purposes
from consentinel.facts.tracking import AFTER_REJECT, LANDING, TrackingResult
from consentinel.gather.behaviour import phase_probes
from consentinel.gather.browser import context_factory
from consentinel.gather.observe import ObserveOptions
from consentinel.gather.onepass import PassOptions, consent_pass, take_landing, take_result
from consentinel.gather.runner import StepContext, judge_expectation, register_step, utc_now
from consentinel.journeys import Step
from consentinel.results import StepResult

ENV_TRACKER_DOMAINS = "CONSENTINEL_TRACKER_DOMAINS"

# The phases each tracking check reads (the behavioural ones: facts.behaviour.CHECK_PHASES).
# consent-before-choice judges the landing; its evidence also names the cookies the refusal
# left in place, so it reads the after-reject phase too.
CHECK_PHASES: dict[str, tuple[str, ...]] = {
    "consent-before-choice": (LANDING, AFTER_REJECT),
    "consent-after-reject": (AFTER_REJECT,),
    **BEHAVIOUR_CHECK_PHASES,
}
PHASE_CHECK = {LANDING: "consent-before-choice", AFTER_REJECT: "consent-after-reject"}
MAX_TABLE_ROWS = 200  # rows per table in a step's extra (report.json keeps the snapshot file whole)


def _flat(row: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    c = row.get("classification") or {}
    out = {k: row.get(k) for k in fields if row.get(k) not in (None, "")}
    out["verdict"] = c.get("verdict")
    out["why"] = "; ".join(c.get("reasons") or [])
    return out


def phase_tables(facts: dict[str, Any]) -> dict[str, Any]:
    """The per-phase tables and summary put into ``StepResult.extra``."""
    cookies = [_flat(c, ("name", "domain", "party", "http_only", "expires", "set_by", "t_ms", "t_choice_ms"))
               for c in facts.get("cookies") or []]
    storage = [_flat(s, ("area", "key", "origin", "value_length", "before_choice"))
               for s in facts.get("storage") or []]
    requests = [_flat(r, ("method", "url", "resource_type", "party", "status", "t_ms", "t_choice_ms"))
                for r in facts.get("requests") or []]
    tcf = facts.get("tcf") or {}
    summary: dict[str, Any] = {
        "phase": facts.get("phase"),
        "cookies": len(cookies),
        "tracking_cookies": sum(1 for c in cookies if c["verdict"] == "tracking"),
        "requests": len(requests),
        "third_party_requests": sum(1 for r in requests if r.get("party") == "third"),
        "tracking_requests": sum(1 for r in requests if r["verdict"] == "tracking"),
        "storage_entries": len(storage),
        "choice": facts.get("choice"),
        "har": facts.get("har"),
    }
    if any((tcf.get(k) or {}).get("present") for k in ("before", "after")):
        summary["tcf_purposes_before_choice"] = consented_purposes(tcf.get("before"))
        summary["tcf_purposes_after_choice"] = consented_purposes(tcf.get("after"))
    if facts.get("errors"):
        summary["errors"] = facts["errors"]
    return {"tracking": summary, "tracking_cookies": cookies[:MAX_TABLE_ROWS],
            "tracking_storage": storage[:MAX_TABLE_ROWS], "tracking_requests": requests[:MAX_TABLE_ROWS]}


def tracking_checks(ctx: StepContext, step: Step) -> list[str]:
    """The tracking checks this step (or the scan) selected."""
    wanted = step.args.get("checks") or ctx.options.checks
    return [c for c in TRACKING_CHECKS if wanted is None or c in wanted]


def scan_phases(checks: list[str]) -> frozenset[str] | None:
    """The phases a scan observes for these tracking checks: the landing (the scan's own page)
    and the ones they read; None (all) when a check's phases are not known."""
    if any(c not in CHECK_PHASES for c in checks):
        return None
    return frozenset({LANDING, *(phase for c in checks for phase in CHECK_PHASES[c])})


def _extra_domains() -> tuple[str, ...]:
    raw = os.environ.get(ENV_TRACKER_DOMAINS, "")
    return tuple(d.strip().lower() for d in raw.split(",") if d.strip())


def observe_options(ctx: StepContext) -> ObserveOptions:
    """Bounds of the tracking phases for this run (navigation timeout, declared tracker hosts)."""
    return ObserveOptions(navigation_timeout_ms=ctx.timeout_ms, extra_tracker_domains=_extra_domains(),
                          har_full=ctx.options.har_full, redactor=ctx.redactor)


def behaviour_probes(ctx: StepContext, checks: list[str]) -> dict[str, Any]:
    """Phase -> the behavioural probe the selected checks need (issue 13: implied consent,
    re-prompting, withdrawal, legitimate interest), run in the pass's own contexts; their
    before/after screenshots go beside the journey's other artefacts."""
    return phase_probes(checks, ctx.options.check_options, shots_dir=ctx.artifacts_dir,
                        settle=observe_options(ctx), remote_browser=bool(ctx.options.browser_ws))


def _tracking(ctx: StepContext, step: Step) -> TrackingResult:
    """The phases: from the scan's one pass when it ran already, else a pass of their own.

    A journey's ``track-consent`` loads the page in three fresh contexts (landing, accept,
    reject); a scan's reuses its own page as the landing context (``pass: true``).
    """
    done = take_result(ctx.context) if step.args.get("pass") else None
    if done is not None and done.tracking is not None:
        return done.tracking
    landing = take_landing(ctx.context) if step.args.get("pass") else None
    out_dir = ctx.artifacts_dir / f"step-{ctx.result.index}-tracking"
    checks = tracking_checks(ctx, step)
    # A scan plans its phases from the selected checks; a journey's step observes all three.
    plan = PassOptions(explore=False, track=True, checks=ctx.options.checks,
                       observe_options=observe_options(ctx), behaviour=behaviour_probes(ctx, checks),
                       phases=scan_phases(checks) if landing is not None else None)
    factory = context_factory(ctx.session, device=ctx.journey_result.device, locale=ctx.journey_result.locale,
                              timezone=ctx.journey_result.timezone)
    result = consent_pass(factory, ctx.page.url, options=plan, landing=landing, out_dir=out_dir)
    ctx.result.extra["consent_pass"] = result.summary()
    assert result.tracking is not None
    return result.tracking


def track_step(ctx: StepContext, step: Step) -> None:
    """Step handler: observe the phases of the page the journey is on."""
    checks = tracking_checks(ctx, step)
    if not checks:  # `--checks` names neither tracking check: three page loads would judge nothing
        ctx.result.extra["note"] = "tracking phases not observed: no tracking check selected"
        return
    url = ctx.page.url
    out_dir = ctx.artifacts_dir / f"step-{ctx.result.index}-tracking"
    result = _tracking(ctx, step)
    report_root = ctx.options.out_dir
    for facts in result.phases.values():
        if facts.get("har"):
            facts["har"] = os.path.relpath(facts["har"], report_root).replace(os.sep, "/")
        behaviour = facts.get(BEHAVIOUR) or {}
        if behaviour.get(SHOTS_DIR):  # the probes' screenshots, found as the HAR is
            behaviour[SHOTS_DIR] = os.path.relpath(behaviour[SHOTS_DIR], report_root).replace(os.sep, "/")
    tracking = ctx.redactor.mask_data(result.to_dict())
    snapshot = Snapshot(url=ctx.redactor.mask(url), tracking=tracking)
    out_dir.mkdir(parents=True, exist_ok=True)
    snapshot_path = out_dir / "tracking.json"
    snapshot_path.write_text(json.dumps(snapshot.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    findings = run_checks(snapshot, checks, ctx.options.check_options)

    steps = ctx.journey_result.steps
    position = steps.index(ctx.result)
    for offset, (phase, facts) in enumerate(tracking["phases"].items()):
        if offset == 0:
            result_step = ctx.result
            result_step.label = f"tracking: {phase}"
        else:
            result_step = StepResult(index=ctx.result.index, kind=step.kind, label=f"tracking: {phase}",
                                     started_at=utc_now(), line=ctx.result.line)
            steps.insert(position + offset, result_step)
        result_step.url = str(facts.get("final_url") or snapshot.url)
        result_step.snapshot = snapshot_path.relative_to(report_root).as_posix()
        result_step.extra.update(phase_tables(facts))
        for finding in findings:
            if finding.evidence.get("phase") == phase:
                finding.url = result_step.url
                finding.step = result_step.label
                result_step.findings.append(finding)
    expectation = step.args.get("expect")
    if expectation is not None:  # a journey's inline `expect:` judges every phase's findings
        judge_expectation(ctx.result, expectation, findings)


def _handler(ctx: StepContext, step: Step) -> None:
    track_step(ctx, step)


register_step("track-consent", _handler, audit_like=True)

__all__ = ["ENV_TRACKER_DOMAINS", "observe_options", "phase_tables", "track_step", "tracking_checks"]
