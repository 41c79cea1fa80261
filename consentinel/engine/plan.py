"""What a run is asked to do (:class:`Plan`) and what it gave (:class:`Outcome`).

A plan is plain data that every face fills in from its own arguments (the CLI's flags, the
pytest plugin's options and fixtures); nothing in it touches a browser. Its run settings are
those of ``consentinel.gather.runner.RunOptions``, with the same defaults (``consentinel.defaults``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consentinel.bounds import MAX_FINDINGS_PER_CHECK
from consentinel.defaults import (
    DEFAULT_EVAL_BUDGET_MS,
    DEFAULT_FAIL_ON,
    DEFAULT_PAGE_BUDGET_MS,
    DEFAULT_STEP_TIMEOUT_MS,
    SCAN_SETTLE_MS,
)
from consentinel.engine.verdict import FAIL_ON_CHOICES, Verdict
from consentinel.results import RunResult

if TYPE_CHECKING:
    from consentinel.baseline import Baseline, BaselineDiff
    from consentinel.evidence.manifest import Invocation
    from consentinel.gather.runner import RunOptions
    from consentinel.journeys import Journey

COMMANDS = ("demo", "run", "scan", "pytest", "selenium")


@dataclass(frozen=True, slots=True)
class Plan:
    """One run: what to visit, how, what fails it, and which outputs to write.

    ``journeys`` run first, then ``urls`` are scanned (landing state, then the consent prompt
    explored unless ``explore`` is off), all in one browser. ``report`` writes report.json and
    report.html into ``out_dir`` (screenshots and snapshots go there in any case); ``sarif``,
    ``junit``, ``pdf`` and ``baseline_out`` add the other formats. Example::

        plan = Plan(out_dir=Path("reports/x"), urls=("https://example.org/",), fail_on="serious")
        outcome = run(plan)
        write_outputs(outcome, plan)
        sys.exit(outcome.verdict.exit_code)
    """

    out_dir: Path
    journeys: Sequence[Journey] = ()
    urls: Sequence[str] = ()
    command: str = "run"  # demo | run | scan | pytest: recorded in the report
    # -- run settings (RunOptions) -------------------------------------------------------------
    base_url: str | None = None
    device: str | None = None
    locale: str | None = None
    timezone: str | None = None
    checks: Sequence[str] | None = None
    check_options: Mapping[str, Mapping[str, Any]] | None = None
    headless: bool = True
    hide_automation: bool = True
    axe_cross_check: bool = True
    step_timeout_ms: int = DEFAULT_STEP_TIMEOUT_MS
    eval_budget_ms: int = DEFAULT_EVAL_BUDGET_MS  # JS time per in-page evaluation
    page_budget_ms: int = DEFAULT_PAGE_BUDGET_MS  # wall time per URL or journey
    scan_settle_ms: int = SCAN_SETTLE_MS
    explore: bool = True
    progress: Callable[[str], None] | None = None
    run_id: str | None = None
    # Findings kept per check per step; the rest are counted (consentinel.bounds, --max-findings).
    max_findings_per_check: int = MAX_FINDINGS_PER_CHECK
    har_full: bool = False  # keep Cookie, Set-Cookie and Authorization values in HAR files
    browser_ws: str | None = None  # remote browser (`playwright run-server`), e.g. ws://host:3000/
    # -- judging -----------------------------------------------------------------------------
    fail_on: str = DEFAULT_FAIL_ON
    baseline: Baseline | None = None  # accepted findings: only new ones fail
    # -- outputs -----------------------------------------------------------------------------
    report: bool = True  # report.json + report.html in out_dir
    sarif: Path | None = None
    sarif_source_root: Path | None = None  # journey paths in SARIF are relative to this
    junit: Path | None = None
    pdf: bool = False  # report.html printed to report.pdf (needs a browser)
    baseline_out: Path | None = None  # record the run's violations as a new baseline file
    # -- evidence packs (docs/EVIDENCE.md) ---------------------------------------------------------
    evidence: bool = False  # MHTML per audited step, crops, report.pdf, manifest.json with hashes
    trace: bool = False  # a Playwright trace per journey
    timestamp_url: str | None = None  # RFC 3161 time-stamping authority for manifest.json
    tsa_ca: Path | None = None  # that authority's CA certificate(s), PEM
    invocation: Invocation | None = None  # the command line as typed, recorded in the manifest
    # -- report presentation -------------------------------------------------------------------
    report_lang: str = "en"  # report.html / report.pdf language (reports/i18n/<lang>.yaml)
    jurisdictions: Sequence[str] = ()  # cite each finding's law for these (law/data); () = every reference

    def __post_init__(self) -> None:
        if self.fail_on not in FAIL_ON_CHOICES:
            raise ValueError(f"fail_on must be one of {', '.join(FAIL_ON_CHOICES)}, not {self.fail_on!r}")
        if self.command not in COMMANDS:
            raise ValueError(f"command must be one of {', '.join(COMMANDS)}, not {self.command!r}")
        if self.max_findings_per_check < 1:
            raise ValueError("max_findings_per_check must be at least 1")
        for name in ("step_timeout_ms", "eval_budget_ms", "page_budget_ms"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be a positive number of milliseconds")
        if (self.timestamp_url or self.trace) and not self.evidence:
            raise ValueError("timestamp_url and trace belong to an evidence pack: set evidence too")

    def run_options(self) -> RunOptions:
        """The runner's options for this plan (imports the runner, hence Playwright)."""
        from consentinel.gather.runner import RunOptions

        return RunOptions(
            out_dir=self.out_dir,
            base_url=self.base_url,
            device=self.device,
            locale=self.locale,
            timezone=self.timezone,
            checks=list(self.checks) if self.checks is not None else None,
            check_options={k: dict(v) for k, v in self.check_options.items()} if self.check_options else None,
            headless=self.headless,
            hide_automation=self.hide_automation,
            axe_cross_check=self.axe_cross_check,
            step_timeout_ms=self.step_timeout_ms,
            eval_budget_ms=self.eval_budget_ms,
            page_budget_ms=self.page_budget_ms,
            scan_settle_ms=self.scan_settle_ms,
            explore=self.explore,
            progress=self.progress,
            run_id=self.run_id,
            evidence=self.evidence,
            trace=self.trace,
            max_findings_per_check=self.max_findings_per_check,
            har_full=self.har_full,
            browser_ws=self.browser_ws,
        )


@dataclass(slots=True)
class Outcome:
    """A finished (or interrupted) run: its result, its one verdict, and the files written."""

    run: RunResult
    verdict: Verdict
    interrupted: bool = False
    paths: dict[str, Path] = field(default_factory=dict)  # filled by write_outputs

    @property
    def exit_code(self) -> int:
        return self.verdict.exit_code

    @property
    def baseline_diff(self) -> BaselineDiff | None:
        return self.verdict.baseline


__all__ = ["COMMANDS", "Outcome", "Plan"]
