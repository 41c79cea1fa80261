"""Test-time npm data for the tracking unit tests: @iabtcf/core (known TC strings) and
@ghostery/trackerdb (the tracker list the product loads at run time), pinned in ./npm."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

NPM_DIR = Path(__file__).resolve().parent / "npm"
NPM_TIMEOUT_S = 600


def _installed() -> bool:
    pins = json.loads((NPM_DIR / "package.json").read_text(encoding="utf-8"))["dependencies"]
    for name, version in pins.items():
        manifest = NPM_DIR / "node_modules" / name / "package.json"
        try:
            if json.loads(manifest.read_text(encoding="utf-8")).get("version") != version:
                return False
        except (OSError, ValueError):
            return False
    return True


@pytest.fixture(scope="session")
def tracking_npm() -> Path:
    """tests/tracking/npm/node_modules, installed with `npm ci` when missing (fails loudly)."""
    if not _installed():
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("npm not found: the tracking tests need @iabtcf/core and @ghostery/trackerdb "
                        "from npm", pytrace=False)
        proc = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=NPM_DIR,
                              capture_output=True, text=True, timeout=NPM_TIMEOUT_S, check=False)
        if proc.returncode != 0 or not _installed():
            pytest.fail(f"npm ci in {NPM_DIR} failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}",
                        pytrace=False)
    return NPM_DIR / "node_modules"
