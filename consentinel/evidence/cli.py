"""The command-line side of evidence packs: options, the pack after a run, ``consentinel verify``.

Kept apart from ``consentinel.cli`` so that module only calls in: ``add_evidence_arguments``
per run command, ``apply_run_options`` when it builds RunOptions, ``check_arguments``, once the
reports are written (``localise_reports``) and last (``write_pack``), and
``add_verify_parser``/``cmd_verify`` for the subcommand.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from consentinel.evidence.manifest import Invocation
from consentinel.redact import terminal_safe
from consentinel.results import RunResult

EXIT_VERIFIED = 0
EXIT_NOT_VERIFIED = 1
EXIT_USAGE = 2


def _jurisdiction(value: str) -> str:
    from consentinel.law import UnknownJurisdictionError, validate_jurisdictions

    try:
        return validate_jurisdictions([value])[0]
    except UnknownJurisdictionError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_evidence_arguments(parser: argparse.ArgumentParser) -> None:
    """The evidence options of run, scan and demo (``--evidence``, ``--jurisdiction``, ...)."""
    from consentinel.law import jurisdictions
    from consentinel.reports.language import report_languages

    group = parser.add_argument_group("evidence pack")
    group.add_argument("--evidence", action="store_true",
                       help="write an evidence pack: report.pdf, MHTML of each audited step, per-finding "
                            "crops and manifest.json with the SHA-256 of every file (check with "
                            "`consentinel verify DIR`)")
    group.add_argument("--trace", action="store_true", help="also keep a Playwright trace per journey")
    group.add_argument("--timestamp-url", metavar="URL",
                       help="RFC 3161 time-stamping authority to time-stamp manifest.json (needs --evidence)")
    group.add_argument("--tsa-ca", type=Path, metavar="PEM",
                       help="the time-stamping authority's CA certificate(s): the token is checked at "
                            "once and the certificates kept in the pack")
    group.add_argument("--jurisdiction", action="append", type=_jurisdiction, metavar="CODE",
                       help=f"cite the law of this jurisdiction per finding ({', '.join(jurisdictions())}); "
                            "repeatable; default: every reference each check lists")
    group.add_argument("--report-lang", choices=report_languages(), default="en", metavar="LANG",
                       help=f"language of report.html and report.pdf ({', '.join(report_languages())})")


def check_arguments(args: argparse.Namespace) -> str | None:
    """A usage problem with the evidence options (one line), or None."""
    if getattr(args, "timestamp_url", None) and not args.evidence:
        return "--timestamp-url needs --evidence"
    if getattr(args, "tsa_ca", None) and not args.timestamp_url:
        return "--tsa-ca needs --timestamp-url"
    if getattr(args, "tsa_ca", None) and not Path(args.tsa_ca).is_file():
        return f"--tsa-ca {args.tsa_ca}: no such file"
    return None


def apply_run_options(args: argparse.Namespace, options: Any) -> None:
    """Turn on what the browser must gather during the run (MHTML, traces)."""
    options.evidence = bool(getattr(args, "evidence", False))
    options.trace = bool(getattr(args, "trace", False))


def _presentation(args: argparse.Namespace) -> Any:
    from consentinel.reports.language import Presentation

    chosen = tuple(getattr(args, "jurisdiction", None) or ())
    return Presentation(getattr(args, "report_lang", "en") or "en", chosen)


def _invocation(args: argparse.Namespace, run: RunResult) -> Invocation:
    options = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items() if k != "argv"}
    journey_files = [Path(j.source) for j in run.journeys if j.source and Path(j.source).is_file()]
    return Invocation(argv=list(getattr(args, "argv", sys.argv[1:])), options=options,
                      journey_files=list(dict.fromkeys(journey_files)))


def localise_reports(run: RunResult, args: argparse.Namespace | None, out_dir: Path,
                     paths: dict[str, Path]) -> None:
    """Re-render the reports in ``--report-lang`` citing ``--jurisdiction`` law, if either was given.

    Called right after the reports are written and before any PDF is printed from them.
    """
    presentation = _presentation(args) if args is not None else None
    if presentation is not None and (presentation.language != "en" or presentation.jurisdictions):
        from consentinel.reports import write_reports

        paths.update(write_reports(run, out_dir, presentation))


def write_pack(run: RunResult, args: argparse.Namespace | None, out_dir: Path,
               paths: dict[str, Path]) -> None:
    """With ``--evidence``: crops, report.pdf, manifest.json and the timestamp, written last.

    Updates ``paths`` and prints what it wrote.
    """
    if args is None or not getattr(args, "evidence", False):
        return
    from consentinel.evidence.pack import PackOptions, write_evidence_pack
    from consentinel.evidence.timestamp import TimestampError, tsa_certificates

    try:
        ca_pem = tsa_certificates(args.tsa_ca) if getattr(args, "tsa_ca", None) else None
        written = write_evidence_pack(run, out_dir, paths, _invocation(args, run),
                                      PackOptions(args.timestamp_url, ca_pem))
    except TimestampError as exc:  # the pack is written, but the requested trusted time is not
        from consentinel.cli import UsageError

        raise UsageError(str(exc)) from None
    paths.update(written)
    if "pdf" in written:
        print(f"PDF: {written['pdf']}")
    print(f"Evidence manifest: {written['manifest']}")
    if "timestamp" in written:
        print(f"Timestamp: {written['timestamp']}")


def add_verify_parser(sub: argparse._SubParsersAction) -> None:
    verify = sub.add_parser("verify", help="check an evidence folder against its manifest.json",
                            epilog="exit codes: 0 every file present and unchanged (and the timestamp "
                                   "verifies); 1 something missing, altered or added; 2 usage error")
    verify.add_argument("folder", type=Path, metavar="DIR", help="evidence folder (holds manifest.json)")
    verify.add_argument("--tsa-ca", type=Path, metavar="PEM",
                        help="check the timestamp against these CA certificates instead of the pack's own")


def cmd_verify(args: argparse.Namespace) -> int:
    from consentinel.evidence.verify import verify_pack

    if not Path(args.folder).is_dir():
        print(f"consentinel: error: {terminal_safe(str(args.folder), single_line=True)} is not a folder",
              file=sys.stderr)
        return EXIT_USAGE
    result = verify_pack(args.folder, args.tsa_ca)
    for problem in result.problems:
        print(terminal_safe(problem, single_line=True))
    if result.ok:
        print(f"verified: {result.checked} file(s) unchanged")
        if result.timestamp:
            print(f"timestamp: {result.timestamp}")
        return EXIT_VERIFIED
    print(f"NOT VERIFIED: {len(result.problems)} problem(s) in {args.folder}", file=sys.stderr)
    return EXIT_NOT_VERIFIED
