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
import sys
import webbrowser
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from urllib.parse import urlsplit

import consentinel
from consentinel import engine
from consentinel.checks import ALL_CHECKS, IMPACTS
from consentinel.defaults import DEFAULT_FAIL_ON, DEFAULT_STEP_TIMEOUT_MS
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
from consentinel.journeys import JourneyError, load_journeys
from consentinel.journeys.loader import did_you_mean, taxonomy_ids, valid_locale, valid_timezone
from consentinel.redact import terminal_safe
from consentinel.results import RunResult

if TYPE_CHECKING:
    from consentinel.baseline import Baseline, BaselineDiff

EXIT_CODES_HELP = """\
exit codes:
  0    no violations at or above --fail-on and no failed expectations
  1    violations at or above --fail-on, or a failed `expect`
  2    usage or setup error (bad journey YAML, unknown device or check id, bad URL,
       no browser); nothing was run
  3    no violations, but some pages or steps could not be run (unreachable URL,
       element not found, page crashed): the result is incomplete, not clean
  130  interrupted (Ctrl-C); the report holds what was gathered
Findings take precedence: a run with violations and errors exits 1."""

URL_SCHEMES = ("http", "https", "file")
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
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    _ci_output_options(parser)


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

    scan = sub.add_parser("scan", help="audit the landing state of one or more URLs",
                          epilog=EXIT_CODES_HELP, formatter_class=formatter)
    scan.add_argument("urls", nargs="+", metavar="URL", help="http(s) or file URLs")
    _common_run_options(scan, device_help="emulate this device (default Desktop)")
    scan.add_argument("--no-explore", action="store_true",
                      help="only audit the landing state; do not explore the consent prompt's layers, "
                           "accept and reject")

    _baseline_parser(sub, formatter)

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


def _validate_url(url: str, what: str) -> str:
    parts = urlsplit(url)
    if parts.scheme.lower() not in URL_SCHEMES:
        if not parts.scheme and "." in url.split("/")[0]:
            raise UsageError(f"{what} '{url}' has no scheme; did you mean https://{url} ?")
        raise UsageError(f"{what} '{url}' must be an http(s) or file URL")
    if parts.scheme.lower() != "file" and not parts.netloc:
        raise UsageError(f"{what} '{url}' has no host")
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
    if args.timeout <= 0:
        raise UsageError("--timeout must be a positive number of milliseconds")
    device = _validate_device(args.device)
    locale = _validate_locale(args.locale)
    timezone = _validate_timezone(args.timezone)
    checks = _validate_checks(args.checks)
    journeys = load_journeys(journey_paths, require_base_url=require_base_url) if journey_paths else []
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
        explore=not getattr(args, "no_explore", False),
        progress=_progress_printer(args.quiet, sys.stderr),
        run_id=run_id,
        fail_on=args.fail_on if fail_on is None else fail_on,
        baseline=_load_baseline(args),  # before the browser starts: a bad file is a usage error
        sarif=args.sarif,
        junit=args.junit,
        pdf=args.pdf,
        baseline_out=baseline_out,
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
    base_url = _validate_url(args.base_url, "--base-url") if args.base_url else None
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
    for journey, step in outcome.verdict.failed_expectations:
        detail = step.extra.get("expectation_detail", "")
        print(terminal_safe(f"expectation failed: {journey.name} step {step.index} ({step.label}): "
                            f"wanted {step.expectation}; {detail}", single_line=True))
    if outcome.interrupted:
        print("consentinel: interrupted; the report holds what was gathered", file=sys.stderr)
    print(f"Report: {paths.get('html', plan.out_dir)}")
    if outcome.baseline_diff is not None:
        _print_baseline_diff(outcome.baseline_diff)
    for key, name in (("sarif", "SARIF"), ("junit", "JUnit"), ("pdf", "PDF")):
        if key in paths:
            print(f"{name}: {paths[key]}")


def _execute(plan: Plan) -> Outcome:
    """Run the plan, write every output it asks for, print the summary."""
    try:
        outcome = engine.run(plan)
    except engine.SetupError as exc:
        raise UsageError(str(exc)) from None
    engine.write_outputs(outcome, plan)
    _print_outcome(outcome, plan)
    return outcome


def _cmd_run(args: argparse.Namespace) -> int:
    base_url = _validate_url(args.base_url, "--base-url") if args.base_url else None
    plan = _plan(args, "run", journey_paths=args.paths, require_base_url=base_url is None, base_url=base_url)
    return _execute(plan).exit_code


def _cmd_scan(args: argparse.Namespace) -> int:
    urls = [_validate_url(url, "URL") for url in args.urls]
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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``consentinel`` console script; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2, message already printed)
        return int(exc.code or 0) if isinstance(exc.code, int | None) else EXIT_USAGE
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
