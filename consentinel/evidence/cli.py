"""The command-line side of evidence packs: options, the pack after a run, ``consentinel verify``.

Kept apart from ``consentinel.cli`` so that module only calls in: ``add_evidence_arguments``
per run command, ``check_arguments`` and ``plan_fields`` when it builds the engine's Plan (the
engine writes the pack, last, in ``write_outputs``), and ``add_verify_parser``/``cmd_verify``
for the subcommand.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from consentinel.evidence.manifest import Invocation
from consentinel.evidence.timestamp import TimestampError
from consentinel.redact import terminal_safe

EXIT_VERIFIED = 0
EXIT_NOT_VERIFIED = 1
EXIT_USAGE = 2

__all__ = ["TimestampError", "add_evidence_arguments", "add_verify_parser", "check_arguments",
           "cmd_verify", "plan_fields"]


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


def plan_fields(args: argparse.Namespace) -> dict[str, Any]:
    """The engine Plan's evidence and presentation fields for these arguments."""
    options = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items() if k != "argv"}
    evidence = bool(getattr(args, "evidence", False))
    return {
        "evidence": evidence,
        "trace": bool(getattr(args, "trace", False)),
        "timestamp_url": getattr(args, "timestamp_url", None),
        "tsa_ca": getattr(args, "tsa_ca", None),
        "invocation": Invocation(argv=list(getattr(args, "argv", sys.argv[1:])), options=options)
        if evidence else None,
        "report_lang": getattr(args, "report_lang", None) or "en",
        "jurisdictions": tuple(getattr(args, "jurisdiction", None) or ()),
    }


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
