"""The ``consentinel`` command: demo, run, scan, checks, devices.

Exit codes are part of the interface (CI scripts branch on them), see :data:`EXIT_CODES_HELP`.
Every usage or setup problem is one line, ``consentinel: error: ...``, and exit 2, decided
before a browser starts where possible (journeys, devices, check ids, URLs). Whatever a run
gathered is written to the report even when it is interrupted with Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import signal
import sys
import threading
import webbrowser
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from urllib.parse import urlsplit

import consentinel
from consentinel import engine
from consentinel.checks import ALL_CHECKS, IMPACTS
from consentinel.defaults import (
    DEFAULT_EVAL_BUDGET_MS,
    DEFAULT_FAIL_ON,
    DEFAULT_PAGE_BUDGET_MS,
    DEFAULT_STEP_TIMEOUT_MS,
)
from consentinel.devices import UnknownDeviceError, device_names, resolve_device
from consentinel.engine import (
    EXIT_FINDINGS,
    EXIT_INCOMPLETE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    FAIL_ON_CHOICES,
    Outcome,
    Plan,
)
from consentinel.evidence import cli as evidence_cli
from consentinel.journeys import JourneyError, load_journeys
from consentinel.journeys.loader import did_you_mean, taxonomy_ids, valid_locale, valid_timezone
from consentinel.redact import terminal_safe
from consentinel.results import RunResult

if TYPE_CHECKING:
    from consentinel.baseline import Baseline, BaselineDiff

# SIGTERM (a CI cancel or timeout) and SIGHUP (the terminal went away) take the Ctrl-C path and
# exit 128 + the signal's number, as a shell reports a process ended by that signal.
INTERRUPTING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))

EXIT_CODES_HELP = """\
exit codes:
  0    no violations at or above --fail-on and no failed expectations
  1    violations at or above --fail-on, or a failed `expect`
  2    usage or setup error (bad journey YAML, unknown device or check id, bad URL,
       no browser); nothing was run
  3    no violations, but some pages or steps could not be run (unreachable URL,
       element not found, page crashed): the result is incomplete, not clean
  130  interrupted (Ctrl-C); the report holds what was gathered and says it is partial
  143  terminated (SIGTERM, e.g. a CI cancel or timeout); as 130
  129  hung up (SIGHUP, the terminal closed); as 130
Findings take precedence: a run with violations and errors exits 1."""

DEFAULT_REPORTS_DIR = Path("reports")


class UsageError(Exception):
    """A one-line problem with the command line or the set-up; exit code 2."""


# ---------------------------------------------------------------------------------------------
# Argument parsing
# ---------------------------------------------------------------------------------------------


def _common_run_options(parser: argparse.ArgumentParser, *, device_help: str) -> None:
    parser.add_argument("--out", type=Path, metavar="DIR",
                        help="report folder (default: reports/<run id>/ under the current folder)")
    parser.add_argument("--fail-on", default=DEFAULT_FAIL_ON, choices=FAIL_ON_CHOICES, metavar="IMPACT",
                        help="lowest impact that fails the run: minor (default, any violation), "
                             "moderate, serious, critical, or none")
    parser.add_argument("--device", metavar="NAME", help=device_help)
    parser.add_argument("--locale", metavar="TAG", help="browser locale, e.g. en-US or zh-CN")
    parser.add_argument("--timezone", metavar="IANA", help="browser timezone, e.g. Asia/Shanghai")
    parser.add_argument("--checks", metavar="IDS",
                        help="comma-separated check ids for audits that do not name their own")
    parser.add_argument("--check-option", action="append", default=[], metavar="CHECK.NAME=VALUE",
                        help="override a check's documented option (repeatable), e.g. "
                             "implied-consent.wait_ms=3000; `consentinel checks` lists the options")
    parser.add_argument("--headed", action="store_true", help="show the browser window")
    parser.add_argument("--show-automation", action="store_true",
                        help="let pages see navigator.webdriver (hidden by default: some consent "
                             "managers hide their banner from automation)")
    parser.add_argument("--no-axe", action="store_true", help="skip the axe-core cross-check")
    parser.add_argument("--timeout", type=int, default=DEFAULT_STEP_TIMEOUT_MS, metavar="MS",
                        help=f"per-step timeout in milliseconds (default {DEFAULT_STEP_TIMEOUT_MS})")
    parser.add_argument("--eval-budget", type=int, default=DEFAULT_EVAL_BUDGET_MS, metavar="MS",
                        help="JavaScript time per in-page evaluation; past it the page's script is "
                             f"stopped (default {DEFAULT_EVAL_BUDGET_MS})")
    parser.add_argument("--page-budget", type=int, default=DEFAULT_PAGE_BUDGET_MS, metavar="MS",
                        help="wall time per URL or journey; past it the page is closed, recorded as an "
                             f"error and the run goes on (default {DEFAULT_PAGE_BUDGET_MS})")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    _ci_output_options(parser)
    evidence_cli.add_evidence_arguments(parser)
    _hostile_page_options(parser)


def _hostile_page_options(parser: argparse.ArgumentParser, *, journeys: bool = False) -> None:
    """Defences against hostile pages and journeys that a person may loosen on purpose (issue 10).

    Called once per run command with the report/bounds flags, and again with ``journeys=True``
    for the commands that read journey files.
    """
    from consentinel.bounds import MAX_FINDINGS_PER_CHECK

    if journeys:
        parser.add_argument("--allow-env", action="append", default=[], metavar="NAME",
                            help="let journeys read ${NAME} (repeatable); without it only CONSENTINEL_* "
                                 "variables are read")
        return
    parser.add_argument("--allow-file-urls", action="store_true",
                        help="allow file: URLs (they read this machine's files; refused by default)")
    parser.add_argument("--har-full", action="store_true",
                        help="keep Cookie, Set-Cookie and Authorization values in HAR files "
                             "(removed by default)")
    parser.add_argument("--max-findings", type=int, default=MAX_FINDINGS_PER_CHECK, metavar="N",
                        help=f"findings listed per check per step (default {MAX_FINDINGS_PER_CHECK}); "
                             "the rest are counted")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consentinel",
        description="Find consent dark patterns (pre-ticked, hidden, fine-print, bundled consent, ...) "
                    "in web and in-app flows with Playwright.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"consentinel {consentinel.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    formatter = argparse.RawDescriptionHelpFormatter

    demo = sub.add_parser("demo", help="audit the bundled demo site and open the report",
                          epilog=EXIT_CODES_HELP, formatter_class=formatter)
    _common_run_options(demo, device_help="emulate this device for every demo journey")
    demo.add_argument("--no-open", action="store_true",
                      help="do not open report.html in a browser (it opens only when stdout is a terminal)")

    run = sub.add_parser("run", help="run journey files (YAML) and audit the pages they reach",
                         epilog=EXIT_CODES_HELP, formatter_class=formatter)
    run.add_argument("paths", nargs="+", metavar="FLOW", help="journey .yaml files or folders of them")
    run.add_argument("--base-url", metavar="URL", help="base for relative goto paths (overrides base_url)")
    _common_run_options(run, device_help="emulate this device, overriding each journey's device")
    _hostile_page_options(run, journeys=True)

    scan = sub.add_parser("scan", help="audit the landing state of one or more URLs",
                          epilog=EXIT_CODES_HELP, formatter_class=formatter)
    scan.add_argument("urls", nargs="*", metavar="URL", help="http(s) or file URLs (or --urls FILE)")
    _common_run_options(scan, device_help="emulate this device (default Desktop)")
    scan.add_argument("--no-explore", action="store_true",
                      help="only audit the landing state; do not explore the consent prompt's layers, "
                           "accept and reject")
    _sweep_options(scan)

    _baseline_parser(sub, formatter)
    evidence_cli.add_verify_parser(sub)
    _merge_parser(sub)

    sub.add_parser("checks", help="list check ids, impacts and titles")
    sub.add_parser("devices", help="list device names accepted by --device and `device:`")
    return parser


# ---------------------------------------------------------------------------------------------
# Validation of options (before any browser starts)
# ---------------------------------------------------------------------------------------------


def _validate_device(name: str | None) -> str | None:
    if name is None:
        return None
    try:
        return resolve_device(name)
    except UnknownDeviceError as exc:
        raise UsageError(f"{exc}; see `consentinel devices`") from None


def _validate_locale(tag: str | None) -> str | None:
    if tag is not None and not valid_locale(tag):
        raise UsageError(f"--locale '{tag}' is not a language tag such as en-US or zh-CN")
    return tag


def _validate_timezone(name: str | None) -> str | None:
    if name is not None and not valid_timezone(name):
        raise UsageError(f"--timezone '{name}' is not an IANA timezone such as Asia/Shanghai")
    return name


def _validate_checks(raw: str | None) -> list[str] | None:
    if raw is None:
        return None
    ids = [part.strip() for part in raw.split(",") if part.strip()]
    if not ids:
        raise UsageError("--checks needs at least one check id")
    for cid in ids:
        if cid in ALL_CHECKS:
            continue
        if cid in taxonomy_ids():
            raise UsageError(f"check '{cid}' is not implemented in this version")
        raise UsageError(f"unknown check id '{cid}'{did_you_mean(cid, taxonomy_ids() or ALL_CHECKS)}; "
                         "see `consentinel checks`")
    return ids


def _validate_url(url: str, what: str, *, allow_file: bool = False) -> str:
    from consentinel.sweep.urls import url_problem

    if problem := url_problem(url, allow_file=allow_file):
        raise UsageError(f"{what} {problem}")
    return url


def _out_dir(requested: Path | None, run_id: str) -> Path:
    if requested is not None:
        return requested
    candidate, n = DEFAULT_REPORTS_DIR / run_id, 2
    while candidate.exists():  # two runs in the same second
        candidate, n = DEFAULT_REPORTS_DIR / f"{run_id}-{n}", n + 1
    return candidate


def _progress_printer(quiet: bool, stream: TextIO) -> Callable[[str], None] | None:
    """Progress lines on a terminal only: CI logs and pipes get just the summary."""
    if quiet or not stream.isatty():
        return None

    def show(text: str) -> None:
        print(f"consentinel: {terminal_safe(text, single_line=True)}", file=stream, flush=True)

    return show


def _validate_check_options(raw: Sequence[str]) -> dict[str, dict[str, object]] | None:
    """``CHECK.NAME=VALUE`` pairs as ``{check: {name: value}}``; the value is read as a YAML
    scalar (``3000`` is a number, ``false`` a boolean) and must name a declared option."""
    import yaml

    options: dict[str, dict[str, object]] = {}
    for item in raw:
        key, sep, value = item.partition("=")
        check, dot, name = key.strip().rpartition(".")
        if not sep or not dot:
            raise UsageError(f"--check-option {item!r}: expected CHECK.NAME=VALUE")
        if check not in ALL_CHECKS:
            raise UsageError(f"--check-option {item!r}: unknown check id '{check}'; see `consentinel checks`")
        declared = ALL_CHECKS[check].meta.options
        if name not in declared:
            known = ", ".join(sorted(declared)) or "none"
            raise UsageError(f"--check-option {item!r}: '{check}' has no option '{name}' (options: {known})")
        try:
            options.setdefault(check, {})[name] = yaml.safe_load(value)
        except yaml.YAMLError as exc:
            raise UsageError(f"--check-option {item!r}: value is not a YAML scalar ({exc})") from None
    return options or None


def _plan(args: argparse.Namespace, command: str, *, journey_paths: Sequence[Path | str] | None = None,
          require_base_url: bool = False, urls: Sequence[str] = (), base_url: str | None = None,
          fail_on: str | None = None, baseline_out: Path | None = None) -> Plan:
    """The engine's plan for this command line: flags validated first, then journeys, then the baseline."""
    for flag, value in (("--timeout", args.timeout), ("--eval-budget", args.eval_budget),
                        ("--page-budget", args.page_budget)):
        if value <= 0:
            raise UsageError(f"{flag} must be a positive number of milliseconds")
    if args.max_findings < 1:
        raise UsageError("--max-findings must be at least 1")
    if problem := evidence_cli.check_arguments(args):
        raise UsageError(problem)
    device = _validate_device(args.device)
    locale = _validate_locale(args.locale)
    timezone = _validate_timezone(args.timezone)
    checks = _validate_checks(args.checks)
    journeys = (load_journeys(journey_paths, require_base_url=require_base_url,
                              allow_env=getattr(args, "allow_env", None) or (),
                              allow_file_urls=args.allow_file_urls) if journey_paths else [])
    run_id = engine.new_run_id()
    return Plan(
        out_dir=_out_dir(args.out, run_id),
        journeys=tuple(journeys),
        urls=tuple(urls),
        command=command,
        base_url=base_url,
        device=device,
        locale=locale,
        timezone=timezone,
        checks=checks,
        check_options=_validate_check_options(getattr(args, "check_option", [])),
        headless=not args.headed,
        hide_automation=not args.show_automation,
        axe_cross_check=not args.no_axe,
        step_timeout_ms=args.timeout,
        eval_budget_ms=args.eval_budget,
        page_budget_ms=args.page_budget,
        explore=not getattr(args, "no_explore", False),
        progress=_progress_printer(args.quiet, sys.stderr),
        run_id=run_id,
        fail_on=args.fail_on if fail_on is None else fail_on,
        baseline=_load_baseline(args),  # before the browser starts: a bad file is a usage error
        sarif=args.sarif,
        junit=args.junit,
        pdf=args.pdf,
        baseline_out=baseline_out,
        max_findings_per_check=args.max_findings,
        har_full=args.har_full,
        **evidence_cli.plan_fields(args),
    )


# ---------------------------------------------------------------------------------------------
# CI outputs (issue 3): --sarif, --junit, --baseline and `baseline write`. The logic lives in
# consentinel.reports.sarif / .junit and consentinel.baseline; this is only the wiring.
# ---------------------------------------------------------------------------------------------

DEFAULT_BASELINE = Path("consent-baseline.json")


def _ci_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sarif", type=Path, metavar="FILE",
                        help="also write SARIF 2.1.0 (GitHub code scanning) to FILE")
    parser.add_argument("--junit", type=Path, metavar="FILE", help="also write JUnit XML to FILE")
    parser.add_argument("--baseline", type=Path, metavar="FILE",
                        help="accepted findings (from `consentinel baseline write`): only new ones fail")
    parser.add_argument("--pdf", action="store_true",
                        help="also print report.html to report.pdf (headless Chromium, A4)")


def _baseline_parser(sub: argparse._SubParsersAction, formatter: type[argparse.HelpFormatter]) -> None:
    baseline = sub.add_parser("baseline", help="record accepted findings so only new ones fail later runs")
    actions = baseline.add_subparsers(dest="baseline_command", metavar="ACTION", required=True)
    write = actions.add_parser("write", help="run journeys and record their findings as the baseline",
                               epilog="exit codes: 0 written; 2 usage error; 3 written, but some steps "
                                      "could not run (the baseline is incomplete)",
                               formatter_class=formatter)
    write.add_argument("paths", nargs="+", metavar="FLOW", help="journey .yaml files or folders of them")
    write.add_argument("--base-url", metavar="URL", help="base for relative goto paths (overrides base_url)")
    write.add_argument("-o", "--output", type=Path, default=DEFAULT_BASELINE, metavar="FILE",
                       help=f"baseline file to write (default: {DEFAULT_BASELINE})")
    _common_run_options(write, device_help="emulate this device, overriding each journey's device")
    _hostile_page_options(write, journeys=True)


def _load_baseline(args: argparse.Namespace | None) -> Baseline | None:
    path = getattr(args, "baseline", None)
    if path is None:
        return None
    from consentinel.baseline import Baseline, BaselineError

    try:
        return Baseline.load(path)
    except BaselineError as exc:
        raise UsageError(str(exc)) from None


def _print_baseline_diff(diff: BaselineDiff) -> None:
    print(f"Baseline: {len(diff.new)} new, {len(diff.known)} known, {len(diff.fixed)} fixed")
    for entry in diff.fixed:
        line = f"  fixed: [{entry.check}] {entry.url_path} \"{entry.text}\" at {entry.selector}"
        print(terminal_safe(line, single_line=True))


def _cmd_baseline_write(args: argparse.Namespace) -> int:
    base_url = (_validate_url(args.base_url, "--base-url", allow_file=args.allow_file_urls)
                if args.base_url else None)
    # fail_on "none": recording findings is the point, so they never fail this command.
    plan = _plan(args, "run", journey_paths=args.paths, require_base_url=base_url is None, base_url=base_url,
                 fail_on="none", baseline_out=args.output)
    outcome = _execute(plan)
    if "baseline" not in outcome.paths:  # interrupted: an incomplete baseline would hide findings later
        print("consentinel: baseline not written (run interrupted)", file=sys.stderr)
        return outcome.exit_code
    from consentinel.baseline import Baseline

    written = Baseline.load(outcome.paths["baseline"])
    print(f"Baseline: {args.output} ({len(written.entries)} finding(s) accepted)")
    return outcome.exit_code


# ---------------------------------------------------------------------------------------------
# Running and reporting: the engine runs, judges and writes; this prints
# ---------------------------------------------------------------------------------------------


def exit_code(run: RunResult, fail_on: str, baseline_diff: BaselineDiff | None = None) -> int:
    """The documented exit code for a finished run (see EXIT_CODES_HELP): the engine's verdict."""
    return engine.judge(run, fail_on, baseline_diff).exit_code


def _print_outcome(outcome: Outcome, plan: Plan) -> None:
    from consentinel.reports import summary_table

    paths = outcome.paths
    print(terminal_safe(summary_table(outcome.run, verdict=outcome.verdict)))
    for warning in outcome.run.warnings:
        print(f"consentinel: warning: {terminal_safe(warning, single_line=True)}", file=sys.stderr)
    for journey, step in outcome.verdict.failed_expectations:
        detail = step.extra.get("expectation_detail", "")
        print(terminal_safe(f"expectation failed: {journey.name} step {step.index} ({step.label}): "
                            f"wanted {step.expectation}; {detail}", single_line=True))
    if outcome.interrupted:
        print("consentinel: interrupted; the report holds what was gathered", file=sys.stderr)
    print(f"Report: {paths.get('html', plan.out_dir)}")
    if outcome.baseline_diff is not None:
        _print_baseline_diff(outcome.baseline_diff)
    written = (("sarif", "SARIF"), ("junit", "JUnit"), ("pdf", "PDF"), ("manifest", "Evidence manifest"),
               ("timestamp", "Timestamp"))
    for key, name in written:
        if key in paths:
            print(f"{name}: {paths[key]}")


def _execute(plan: Plan) -> Outcome:
    """Run the plan, write every output it asks for, print the summary."""
    try:
        outcome = engine.run(plan)
    except engine.SetupError as exc:
        raise UsageError(str(exc)) from None
    try:
        engine.write_outputs(outcome, plan)
    except evidence_cli.TimestampError as exc:  # the pack is written, the trusted time is not
        raise UsageError(str(exc)) from None
    _print_outcome(outcome, plan)
    return outcome


def _cmd_run(args: argparse.Namespace) -> int:
    base_url = (_validate_url(args.base_url, "--base-url", allow_file=args.allow_file_urls)
                if args.base_url else None)
    plan = _plan(args, "run", journey_paths=args.paths, require_base_url=base_url is None, base_url=base_url)
    return _execute(plan).exit_code


def _cmd_scan(args: argparse.Namespace) -> int:
    if _is_sweep(args):
        return _cmd_sweep(args)
    if not args.urls:
        raise UsageError("scan needs at least one URL, or --urls FILE")
    urls = [_validate_url(url, "URL", allow_file=args.allow_file_urls) for url in args.urls]
    return _execute(_plan(args, "scan", urls=urls)).exit_code


def _cmd_demo(args: argparse.Namespace) -> int:
    from consentinel.demo import demo_flows_dir, demo_site_dir
    from consentinel.server import serve_directory

    plan = _plan(args, "demo", journey_paths=[demo_flows_dir()])
    with serve_directory(demo_site_dir()) as base_url:
        outcome = _execute(dataclasses.replace(plan, base_url=base_url))
    html = outcome.paths.get("html")
    if html is not None and not args.no_open and sys.stdout.isatty() and _has_desktop():
        with contextlib.suppress(Exception):
            webbrowser.open(html.resolve().as_uri())
    return outcome.exit_code


# ---------------------------------------------------------------------------------------------
# Sweeps (issue 12): `scan --urls FILE` and `merge`; the work is consentinel.sweep's
# ---------------------------------------------------------------------------------------------


def _sweep_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("sweeps (many URLs, a pool of browsers, a SQLite store)")
    group.add_argument("--urls", dest="urls_file", type=Path, metavar="FILE",
                       help="read URLs from FILE: one a line (# comments), or CSV with a url column")
    group.add_argument("--workers", type=int, metavar="N",
                       help="browsers scanning in parallel (default: one per CPU, at most 8)")
    group.add_argument("--recycle", type=int, default=50, metavar="N",
                       help="relaunch each worker's browser every N pages (default 50)")
    group.add_argument("--resume", type=Path, metavar="DIR",
                       help="continue the sweep in DIR: skip URLs its store already holds")
    group.add_argument("--shard", metavar="i/N", help="scan only shard i of N (stable hash of each URL)")
    group.add_argument("--executor", choices=("local", "ray"), default="local",
                       help="local processes (default) or Ray actors (pip install \"consentinel[ray]\")")
    group.add_argument("--ray-address", metavar="ADDR",
                       help="Ray cluster to join (default: RAY_ADDRESS, else a local cluster)")
    group.add_argument("--browser-ws", metavar="URL",
                       help="use remote browsers served by `playwright run-server` at ws://host:port/ "
                            "(same Playwright version on both sides)")


def _is_sweep(args: argparse.Namespace) -> bool:
    flags = (args.urls_file, args.resume, args.shard, args.workers, args.browser_ws)
    return any(value is not None for value in flags) \
        or args.executor != "local"


def _cmd_sweep(args: argparse.Namespace) -> int:
    from consentinel.sweep import (
        RayUnavailable,
        Shard,
        SweepPlan,
        UrlListError,
        read_url_file,
        run_sweep,
        summary_text,
    )
    urls: list[str] = []
    try:
        if args.urls_file is not None:
            urls += read_url_file(args.urls_file)
    except UrlListError as exc:
        for line in exc.errors[:-1]:
            print(terminal_safe(line, single_line=True), file=sys.stderr)
        raise UsageError(exc.errors[-1]) from None
    # Every URL, from the file or the command line, meets the command line's rule (file: opt-in).
    urls = [_validate_url(url, "URL", allow_file=args.allow_file_urls) for url in [*urls, *args.urls]]
    if not urls:
        raise UsageError("scan needs at least one URL, or --urls FILE")
    try:
        shard = Shard.parse(args.shard) if args.shard else None
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.out is not None and args.resume is not None and args.out != args.resume:
        raise UsageError("--resume DIR is the run folder; leave out --out")
    if args.browser_ws is not None and urlsplit(args.browser_ws).scheme not in ("ws", "wss"):
        raise UsageError(f"--browser-ws '{args.browser_ws}' must be a ws:// or wss:// URL")
    plan = dataclasses.replace(_plan(args, "scan"), browser_ws=args.browser_ws)
    if args.resume is not None:
        plan = dataclasses.replace(plan, out_dir=args.resume)
    try:
        sweep = SweepPlan(plan=dataclasses.replace(plan, progress=None), urls=urls,
                          recycle=args.recycle, executor=args.executor, ray_address=args.ray_address,
                          shard=shard, resume=args.resume is not None, progress=not args.quiet,
                          **({"workers": args.workers} if args.workers is not None else {}))
        outcome = run_sweep(sweep)
    except (ValueError, FileExistsError, RayUnavailable) as exc:
        raise UsageError(str(exc)) from None
    print(summary_text(outcome.summary))
    if outcome.interrupted:
        print(f"consentinel: interrupted; continue with --resume {plan.out_dir}", file=sys.stderr)
    print(f"Store: {outcome.paths['store']}")
    return outcome.exit_code


def _merge_parser(sub: argparse._SubParsersAction) -> None:
    merge = sub.add_parser("merge", help="combine sweep folders (shards, machines) into one store and report")
    merge.add_argument("inputs", nargs="+", type=Path, metavar="DIR", help="sweep folders to combine")
    merge.add_argument("--out", type=Path, required=True, metavar="DIR",
                       help="new folder for the merged sweep")


def _cmd_merge(args: argparse.Namespace) -> int:
    from consentinel.sweep import MergeError, merge_runs, summary_text

    try:
        summary = merge_runs(args.inputs, args.out)
    except MergeError as exc:
        raise UsageError(str(exc)) from None
    print(summary_text(summary))
    print(f"Store: {args.out}")
    return EXIT_OK


def _has_desktop() -> bool:
    """Whether a graphical browser can open the report (never a text browser in this terminal)."""
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _cmd_checks(args: argparse.Namespace) -> int:
    rows = sorted(ALL_CHECKS.values(), key=lambda c: (-IMPACTS.index(c.meta.impact), c.id))
    width = max([len(c.id) for c in rows] + [len(t) for t in taxonomy_ids()] + [8])
    for check in rows:
        print(f"{check.id:<{width}}  {check.meta.impact:<9} {check.meta.title}")
    for cid in taxonomy_ids():
        if cid not in ALL_CHECKS:
            print(f"{cid:<{width}}  {'-':<9} (not implemented in this version)")
    return EXIT_OK


def _cmd_devices(args: argparse.Namespace) -> int:
    for name in device_names():
        print(name)
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _cmd_demo,
    "run": _cmd_run,
    "scan": _cmd_scan,
    "checks": _cmd_checks,
    "devices": _cmd_devices,
    "baseline": _cmd_baseline_write,
    "verify": evidence_cli.cmd_verify,
    "merge": _cmd_merge,
}


@contextlib.contextmanager
def _usage_errors() -> Iterator[list[int]]:
    """Turn known setup errors into one-line messages and exit code 2."""
    code: list[int] = []
    try:
        yield code
    except JourneyError as exc:
        for line in exc.errors:
            print(terminal_safe(line, single_line=True), file=sys.stderr)
        count = len(exc.errors)
        print(f"consentinel: error: {count} problem{'s' if count != 1 else ''} in journey files; "
              "nothing was run", file=sys.stderr)
        code.append(EXIT_USAGE)
    except UsageError as exc:
        print(f"consentinel: error: {terminal_safe(str(exc), single_line=True)}", file=sys.stderr)
        code.append(EXIT_USAGE)


class Signalled(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where Ctrl-C would be so the same path writes the report."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@contextlib.contextmanager
def _signals_interrupt() -> Iterator[list[int]]:
    """While inside, SIGTERM and SIGHUP raise :class:`Signalled`; yields the signals received.

    Every interrupting signal, Ctrl-C too, is also noted for the runner
    (:func:`consentinel.engine.note_interrupt`).
    """
    received: list[int] = []
    if threading.current_thread() is not threading.main_thread():  # signal handlers: main thread only
        yield received
        return

    def interrupt(signum: int, _frame: object) -> None:
        if not received:  # a second signal while the report is being written must not stop it
            received.append(signum)
            engine.note_interrupt(signal.Signals(signum).name)
            raise Signalled(signum)

    def ctrl_c(signum: int, frame: object) -> None:
        # Python's own behaviour, plus a note the runner reads if the driver dies of the same
        # Ctrl-C first and the KeyboardInterrupt is lost in its event loop
        engine.note_interrupt("Ctrl-C")
        signal.default_int_handler(signum, frame)

    engine.clear_interrupt()
    previous = {signum: signal.signal(signum, interrupt) for signum in INTERRUPTING_SIGNALS}
    previous[signal.SIGINT] = signal.signal(signal.SIGINT, ctrl_c)
    try:
        yield received
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        engine.clear_interrupt()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``consentinel`` console script; returns the exit code."""
    with _signals_interrupt() as received:
        code = _main(argv)
    if received and code == EXIT_INTERRUPTED:
        return 128 + received[0]
    return code


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2, message already printed)
        return int(exc.code or 0) if isinstance(exc.code, int | None) else EXIT_USAGE
    args.argv = list(sys.argv[1:] if argv is None else argv)  # as typed, for evidence manifests
    try:
        with _usage_errors() as failed:
            return _COMMANDS[args.command](args)
        return failed[0] if failed else EXIT_USAGE
    except KeyboardInterrupt:  # before the run started: nothing gathered yet
        print("consentinel: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `consentinel checks | head`
        return EXIT_OK



__all__ = [
    "EXIT_CODES_HELP",
    "EXIT_FINDINGS",
    "EXIT_INCOMPLETE",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "UsageError",
    "build_parser",
    "exit_code",
    "main",
]
