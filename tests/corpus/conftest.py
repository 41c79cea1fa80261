"""The regression corpus's consent managers (./npm, exact pins), installed for tests marked ``npm``."""

from __future__ import annotations

from pathlib import Path

import pytest
from npm_pins import ensure_installed

NPM_DIR = Path(__file__).resolve().parent / "npm"


@pytest.fixture(scope="session")
def corpus_npm() -> Path:
    """tests/corpus/npm/node_modules, installed with `npm ci --ignore-scripts` when missing."""
    return ensure_installed(NPM_DIR, "the regression corpus is built on consent managers from npm")
