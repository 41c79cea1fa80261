"""report.json: the machine-readable record of a run, versioned and described by a JSON Schema.

Writing never validates (a report that fails validation is still evidence and must not be
lost); reading does, so a consumer never acts on a file it misunderstands. The schema is strict
on keys everywhere except ``evidence``, ``extra`` and ``axe``, whose shapes belong to the checks,
later phases and axe-core respectively.

Example::

    path = write_json_report(run, Path("reports/latest"))
    doc = load_report(path)   # raises ReportError with a one-line reason if it is not valid
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from consentinel.reports.document import REPORT_SCHEMA_ID, build_document
from consentinel.results import RunResult

REPORT_SCHEMA_PATH = Path(__file__).with_name("report.schema.json")
JSON_REPORT_NAME = "report.json"


class ReportError(ValueError):
    """A report file that cannot be read or does not match the report schema."""


@cache
def report_schema() -> dict[str, Any]:
    """The report JSON Schema (draft 2020-12), loaded once."""
    return json.loads(REPORT_SCHEMA_PATH.read_text(encoding="utf-8"))


def dump_document(document: dict[str, Any], out_dir: Path) -> Path:
    """Write an already built document as ``report.json`` in ``out_dir``.

    UTF-8 without ASCII escaping so Chinese evidence stays readable in the file; ``allow_nan``
    off because NaN is not JSON (``build_document`` has already replaced it with null).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / JSON_REPORT_NAME
    text = json.dumps(document, ensure_ascii=False, allow_nan=False, indent=2)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def write_json_report(run: RunResult, out_dir: Path) -> Path:
    """Write ``report.json`` for ``run`` into ``out_dir`` (created if needed); returns its path."""
    return dump_document(build_document(run, Path(out_dir)), Path(out_dir))


@cache
def _validator(validator_class: Any) -> Any:
    """One compiled validator per process: building it costs more than validating a report."""
    return validator_class(report_schema())


def validate_document(document: Any, source: str = JSON_REPORT_NAME) -> None:
    """Raise :class:`ReportError` naming the first schema violation as ``source: $.path: reason``."""
    try:  # an optional dependency: only reading reports back needs it
        from jsonschema import Draft202012Validator
    except ImportError as exc:
        raise ReportError("validating a report needs jsonschema: pip install 'consentinel[test]'") from exc

    if isinstance(document, dict) and document.get("schema") not in (None, REPORT_SCHEMA_ID):
        raise ReportError(
            f"{source}: unsupported report schema {document.get('schema')!r} "
            f"(this version reads {REPORT_SCHEMA_ID!r})"
        )
    validator = _validator(Draft202012Validator)
    error = next(iter(sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))), None)
    if error is not None:
        raise ReportError(f"{source}: {error.json_path}: {error.message}")


def load_report(path: Path | str) -> dict[str, Any]:
    """Parse and validate a report.json; raise :class:`ReportError` with a one-line reason."""
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ReportError(f"{path}: cannot read report: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReportError(f"{path}: not a JSON report: {exc}") from exc
    validate_document(document, str(path))
    return document
