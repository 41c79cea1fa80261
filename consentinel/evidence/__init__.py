"""Evidence packs a regulator can rely on: every file hashed in a manifest, verifiable later.

A pack is the report folder of a run with ``--evidence``: report.html and report.pdf, full-page
and per-finding cropped screenshots, each audited step's DOM as MHTML, the snapshots (facts),
HAR files, an optional Playwright trace, and ``manifest.json`` listing the SHA-256 of every one
of them with how the run was made (command line, browser and flags, device, journey files'
hashes). ``--timestamp-url`` adds an RFC 3161 token over the manifest from a time-stamping
authority. ``consentinel verify DIR`` re-hashes everything and checks the token.

Example::

    manifest = write_manifest(out_dir, run, invocation)      # after every other file is written
    problems = verify_pack(out_dir).problems                 # [] when nothing changed
"""

from __future__ import annotations

from consentinel.evidence.manifest import MANIFEST_NAME, Invocation, build_manifest, write_manifest
from consentinel.evidence.verify import VerifyResult, verify_pack

__all__ = ["MANIFEST_NAME", "Invocation", "VerifyResult", "build_manifest", "verify_pack", "write_manifest"]
