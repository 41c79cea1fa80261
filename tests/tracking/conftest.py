"""Test-time npm data for the tracking tests marked ``npm``: @iabtcf/core (known TC strings) and
@ghostery/trackerdb (the tracker list the product loads at run time), pinned in ./npm.

Tests that are not marked ``npm`` read the small saved extracts in ./data instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from npm_pins import ensure_installed

NPM_DIR = Path(__file__).resolve().parent / "npm"


@pytest.fixture(scope="session")
def tracking_npm() -> Path:
    """tests/tracking/npm/node_modules, installed with `npm ci --ignore-scripts` when missing."""
    return ensure_installed(NPM_DIR, "the tracking tests need @iabtcf/core and @ghostery/trackerdb")
