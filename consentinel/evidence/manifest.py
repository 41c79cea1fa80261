"""manifest.json: the SHA-256 of every file in an evidence folder and how the run was made.

The manifest is written last, over whatever the folder holds then, so a file added, removed or
changed afterwards shows up in ``consentinel verify``. It records what a sceptical engineer
asks first: which tool and browser (with its launch flags and user agent), which device,
viewport, locale and timezone, the exact command line, and the hashes of the journey files and
tracker list that drove the run. Timestamp files (``manifest.tsr`` and its certificates) are
the only files not listed: they are made *over* the manifest.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import consentinel
from consentinel.results import RunResult

MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "consentinel-evidence-manifest/1"
TIMESTAMP_NAME = "manifest.tsr"  # RFC 3161 TimeStampResp over manifest.json's bytes
TSA_CERTS_NAME = "manifest.tsa.pem"  # the TSA's CA chain as given with --tsa-ca
# Files about the manifest rather than in it.
OUTSIDE_MANIFEST = frozenset({MANIFEST_NAME, TIMESTAMP_NAME, TSA_CERTS_NAME})
HASH_CHUNK = 1 << 20
DIGEST_KEY = "digest"


@dataclass(slots=True)
class Invocation:
    """How the tool was called: argv as typed, the parsed options, and its input files."""

    argv: list[str]
    options: dict[str, Any] = field(default_factory=dict)
    journey_files: list[Path] = field(default_factory=list)
    tracker_lists: list[Path] = field(default_factory=list)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def pack_files(folder: Path) -> Iterator[str]:
    """Every regular file under ``folder`` (POSIX relative paths, sorted), manifest files excepted.

    Symlinks are listed as files so that verify notices one being swapped in; they are never
    followed out of the folder.
    """
    found = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in files:
            rel = (Path(root) / name).relative_to(folder).as_posix()
            if rel not in OUTSIDE_MANIFEST:
                found.append(rel)
    yield from sorted(found)


def hash_files(folder: Path) -> dict[str, dict[str, Any]]:
    """``{relative path: {"sha256", "bytes"}}`` for every file of the pack."""
    out = {}
    for rel in pack_files(folder):
        path = folder / rel
        if path.is_symlink():
            target = os.readlink(path)
            out[rel] = {"sha256": hashlib.sha256(f"symlink:{target}".encode()).hexdigest(), "bytes": 0}
        else:
            out[rel] = {"sha256": sha256_of(path), "bytes": path.stat().st_size}
    return out


def _input_files(paths: Sequence[Path]) -> list[dict[str, Any]]:
    return [{"path": str(p), "sha256": sha256_of(p) if p.is_file() else None} for p in paths]


def build_manifest(folder: Path, run: RunResult, invocation: Invocation) -> dict[str, Any]:
    """The manifest for ``folder`` as it is now (call after every evidence file is written)."""
    environment = dict(getattr(run, "environment", {}) or {})
    return {
        "format": MANIFEST_FORMAT,
        "tool": {"name": "consentinel", "version": consentinel.__version__},
        "run_id": run.run_id,
        "command": run.command,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "manifest_written_at": datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "invocation": {"argv": list(invocation.argv), "options": invocation.options},
        "browser": {
            "version": run.browser,
            "launch_args": environment.get("launch_args", []),
            "headless": environment.get("headless"),
        },
        "software": {
            "playwright": run.playwright_version,
            "axe_core": run.axe_version,
            "python": run.python_version,
            "platform": run.platform,
        },
        "journeys": [
            {
                "name": j.name,
                "source": j.source,
                "device": j.device,
                "locale": j.locale,
                "timezone": j.timezone,
                **(getattr(j, "context", None) or {}),
            }
            for j in run.journeys
        ],
        "journey_files": _input_files(invocation.journey_files),
        "tracker_lists": _input_files(invocation.tracker_lists),
        "files": hash_files(folder),
    }


def serialise(manifest: dict[str, Any]) -> bytes:
    """The one byte form of a manifest: verify re-serialises and compares, so no byte can change."""
    return (json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def manifest_digest(manifest: dict[str, Any]) -> str:
    """SHA-256 of the manifest without its own ``digest`` entry (what the entry records)."""
    return hashlib.sha256(serialise({k: v for k, v in manifest.items() if k != DIGEST_KEY})).hexdigest()


def write_manifest(folder: Path, run: RunResult, invocation: Invocation) -> Path:
    """Write ``manifest.json`` into ``folder``; returns its path.

    The manifest carries its own digest, so an edit inside it (the command line, a date) fails
    verification like an edit to any listed file. A forger who recomputes everything is stopped
    only by a timestamp (``--timestamp-url``) taken before the edit.
    """
    path = Path(folder) / MANIFEST_NAME
    manifest = build_manifest(Path(folder), run, invocation)
    manifest[DIGEST_KEY] = manifest_digest(manifest)
    path.write_bytes(serialise(manifest))
    return path
