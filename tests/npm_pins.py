"""Install a folder's exactly pinned npm packages for tests, once, loudly, without running scripts.

Two test folders take real packages from the npm registry: ``tests/e2e/npm`` (consent managers
served to the browser) and ``tests/tracking/npm`` (the IAB's TC string encoder and Ghostery's
TrackerDB). Each holds a ``package.json`` with exact pins and a ``package-lock.json``.

Only tests marked ``npm`` may call this (tests/conftest.py refuses the npm fixtures to any other
test), so the fast tier, ``pytest -m "not browser and not npm"``, never needs npm or a network.
Packages install with ``--ignore-scripts``: a test run executes no install hook of a package.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

# npm on a cold cache downloads ~20 MB; generous, but bounded so CI never hangs on it.
NPM_TIMEOUT_S = 600


def pinned_packages(npm_dir: Path) -> dict[str, str]:
    """Package name -> pinned version, from ``npm_dir/package.json``."""
    manifest = json.loads((npm_dir / "package.json").read_text(encoding="utf-8"))
    return dict(manifest.get("dependencies", {}))


def missing_packages(npm_dir: Path) -> list[str]:
    """Pinned packages absent from ``npm_dir/node_modules`` or installed at another version."""
    missing = []
    for name, version in pinned_packages(npm_dir).items():
        installed = npm_dir / "node_modules" / name / "package.json"
        try:
            found = json.loads(installed.read_text(encoding="utf-8")).get("version")
        except (OSError, ValueError):
            found = None
        if found != version:
            missing.append(f"{name}@{version} (found {found or 'nothing'})")
    return missing


def ensure_installed(npm_dir: Path, needed_for: str) -> Path:
    """Install ``npm_dir``'s pins unless already there; return its node_modules.

    ``npm ci`` when a lock file exists, with ``--ignore-scripts``. A file lock serialises
    concurrent pytest-xdist workers so only one runs npm. Fails the test with npm's output
    (never skips: a silently skipped suite looks like a passing one).
    """
    # The lock lives outside the repository (and outside node_modules, which `npm ci` deletes).
    digest = hashlib.sha1(bytes(npm_dir)).hexdigest()[:12]
    lock_path = Path(tempfile.gettempdir()) / f"consentinel-npm-{digest}.lock"
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        missing = missing_packages(npm_dir)
        if not missing:
            return npm_dir / "node_modules"
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail(f"npm not found: {needed_for}; install Node.js 18+ with npm "
                        f"(missing: {', '.join(missing)})", pytrace=False)
        verb = "ci" if (npm_dir / "package-lock.json").exists() else "install"
        command = [npm, verb, "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"]
        try:
            proc = subprocess.run(command, cwd=npm_dir, capture_output=True, text=True,
                                  timeout=NPM_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as exc:
            pytest.fail(f"`{' '.join(command)}` in {npm_dir} timed out after {NPM_TIMEOUT_S}s:\n"
                        f"{exc.stdout or ''}{exc.stderr or ''}", pytrace=False)
        still_missing = missing_packages(npm_dir)
        if proc.returncode != 0 or still_missing:
            pytest.fail(
                f"`{' '.join(command)}` in {npm_dir} failed (exit {proc.returncode}); "
                f"still missing: {', '.join(still_missing) or 'none'}\n"
                f"--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr}",
                pytrace=False,
            )
        return npm_dir / "node_modules"
