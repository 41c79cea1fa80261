"""``consentinel verify DIR``: re-hash an evidence folder against its manifest.json.

Names every file that is missing, altered (different SHA-256) or added since the manifest was
written, and checks an RFC 3161 token over the manifest when there is one. Anything wrong makes
the pack unverified (exit 1): evidence is trusted whole or not at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from consentinel.evidence.manifest import (
    DIGEST_KEY,
    MANIFEST_NAME,
    TIMESTAMP_NAME,
    TSA_CERTS_NAME,
    hash_files,
    manifest_digest,
    serialise,
)


@dataclass(slots=True)
class VerifyResult:
    """The outcome: ``problems`` empty means every listed file is present and unchanged."""

    checked: int = 0
    missing: list[str] = field(default_factory=list)
    altered: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # unreadable manifest, bad timestamp
    timestamp: str = ""  # "2026-11-30 02:10:00+00:00 (TSA root sha256 ...)" when one verified

    @property
    def problems(self) -> list[str]:
        return (
            self.errors
            + [f"missing: {p}" for p in self.missing]
            + [f"altered: {p}" for p in self.altered]
            + [f"added: {p}" for p in self.added]
        )

    @property
    def ok(self) -> bool:
        return not self.problems


def _timestamp_check(folder: Path, manifest_bytes: bytes, ca_file: Path | None, result: VerifyResult) -> None:
    token_path = folder / TIMESTAMP_NAME
    if not token_path.is_file():
        if ca_file is not None:
            result.errors.append(f"no {TIMESTAMP_NAME}: the pack has no timestamp to check")
        return
    from consentinel.evidence.timestamp import TimestampError, load_certificates, verify_timestamp

    ca_path = ca_file or folder / TSA_CERTS_NAME
    try:
        certificates = load_certificates(ca_path.read_bytes())
        info = verify_timestamp(token_path.read_bytes(), manifest_bytes, certificates)
    except (OSError, ValueError) as exc:
        result.errors.append(f"timestamp: TSA certificates {ca_path} unreadable ({exc}); pass --tsa-ca")
        return
    except TimestampError as exc:
        result.errors.append(f"timestamp: {exc}")
        return
    where = "given with --tsa-ca" if ca_file else f"stored in the pack as {TSA_CERTS_NAME}"
    result.timestamp = f"{info.gen_time.isoformat()} (TSA root SHA-256 {info.tsa_root_sha256}, {where})"


def verify_pack(folder: Path, ca_file: Path | None = None) -> VerifyResult:
    """Compare ``folder`` with its manifest (and timestamp); never raises for a bad pack."""
    folder = Path(folder)
    result = VerifyResult()
    try:
        manifest_bytes = (folder / MANIFEST_NAME).read_bytes()
        manifest = json.loads(manifest_bytes)
        listed = manifest["files"]
        if not isinstance(listed, dict):
            raise TypeError("'files' is not a mapping")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        result.errors.append(f"{folder / MANIFEST_NAME}: no readable manifest ({exc})")
        return result
    if serialise(manifest) != manifest_bytes or manifest.get(DIGEST_KEY) != manifest_digest(manifest):
        result.altered.append(MANIFEST_NAME)
    present = hash_files(folder)
    result.checked = len(listed)
    for rel, entry in sorted(listed.items()):
        if rel not in present:
            result.missing.append(rel)
        elif not isinstance(entry, dict) or present[rel]["sha256"] != entry.get("sha256"):
            result.altered.append(rel)
    result.added = sorted(set(present) - set(listed))
    _timestamp_check(folder, manifest_bytes, ca_file, result)
    return result
