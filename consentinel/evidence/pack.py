"""Finish an evidence folder after the reports are written: crops, PDF, manifest, timestamp.

Order matters: every file must exist before the manifest hashes the folder, and the timestamp
is taken over the finished manifest.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from consentinel.evidence.crops import write_finding_crops
from consentinel.evidence.manifest import Invocation, write_manifest
from consentinel.results import RunResult

# The bundled cookie classification lists the tracking checks match against.
BUNDLED_TRACKER_LISTS: tuple[Path, ...] = tuple(
    sorted(Path(str(p)) for p in files("consentinel.tracking.data").iterdir() if p.name.endswith(".yaml"))
)


def tracker_lists() -> list[Path]:
    """The lists a run's tracking judgement used: the bundled ones, plus TrackerDB when found."""
    from consentinel.tracking.classify import TrackerDB

    found = TrackerDB.locate()
    return [*BUNDLED_TRACKER_LISTS, *([found] if found is not None and found.is_file() else [])]


@dataclass(frozen=True, slots=True)
class PackOptions:
    """What ``--timestamp-url`` and ``--tsa-ca`` asked for."""

    timestamp_url: str | None = None
    tsa_ca_pem: bytes | None = None


def write_evidence_pack(run: RunResult, out_dir: Path, reports: dict[str, Path], invocation: Invocation,
                        options: PackOptions | None = None) -> dict[str, Path]:
    """Add crops, report.pdf (if not there yet), manifest.json and a timestamp to ``out_dir``.

    Returns the paths written (``manifest``, ``pdf``, ``timestamp``). Raises TimestampError when
    a requested timestamp could not be obtained or does not verify.
    """
    options = options or PackOptions()
    out_dir = Path(out_dir)
    written: dict[str, Path] = {}
    write_finding_crops(run, out_dir)
    if "pdf" not in reports and "html" in reports:
        from consentinel.reports.pdf import write_pdf

        written["pdf"] = write_pdf(reports["html"])
    if not invocation.tracker_lists and run.journeys:
        invocation.tracker_lists = tracker_lists()
    written["manifest"] = write_manifest(out_dir, run, invocation)
    if options.timestamp_url:
        from consentinel.evidence.timestamp import timestamp_manifest

        written["timestamp"] = timestamp_manifest(written["manifest"], options.timestamp_url,
                                                  options.tsa_ca_pem)
    return written
