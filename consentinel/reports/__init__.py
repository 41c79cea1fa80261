"""Reports: report.json (+ JSON Schema), the self-contained report.html, and a terminal summary.

Every output is written from a :class:`~consentinel.results.RunResult` and nothing else. The JSON
and HTML reports are rendered from the same document (``document.build_document``), so counts,
numbers and hashes always agree between them.

Example::

    paths = write_reports(run, Path("reports/latest"))   # {"json": ..., "html": ...}
    print(summary_table(run, fail_on="serious"))
    doc = load_report(paths["json"])                     # parsed and schema-validated
"""

from __future__ import annotations

from pathlib import Path

from consentinel.reports.document import REPORT_SCHEMA_ID, build_document, sha256_file
from consentinel.reports.html_report import write_html_document, write_html_report
from consentinel.reports.json_report import (
    REPORT_SCHEMA_PATH,
    ReportError,
    dump_document,
    load_report,
    validate_document,
    write_json_report,
)
from consentinel.reports.language import Presentation
from consentinel.reports.text import clean_text, summary_table
from consentinel.results import RunResult


def write_reports(run: RunResult, out_dir: Path, presentation: Presentation | None = None) -> dict[str, Path]:
    """Write report.json and report.html into ``out_dir``; returns ``{"json": path, "html": path}``.

    The document is built once (files hashed once); the HTML records report.json's own SHA-256
    so the pair can be checked against each other. ``presentation`` sets report.html's language
    and the jurisdictions its findings cite (report.json is always the same).
    """
    out_dir = Path(out_dir)
    document = build_document(run, out_dir)
    json_path = dump_document(document, out_dir)
    html_path = write_html_document(document, out_dir, json_sha256=sha256_file(json_path),
                                    presentation=presentation)
    return {"json": json_path, "html": html_path}


__all__ = [
    "REPORT_SCHEMA_ID",
    "REPORT_SCHEMA_PATH",
    "Presentation",
    "ReportError",
    "build_document",
    "clean_text",
    "load_report",
    "summary_table",
    "validate_document",
    "write_html_report",
    "write_json_report",
    "write_reports",
]
