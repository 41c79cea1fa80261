"""Shared fixtures for check tests: saved snapshots from tests/data/snapshots (no browser)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from consentinel.facts.snapshot import Snapshot

SNAPSHOT_DIR = Path(__file__).resolve().parents[1] / "data" / "snapshots"


def load_snapshot(name: str) -> Snapshot:
    """A saved snapshot by file stem, parsed exactly as a collected one is."""
    path = SNAPSHOT_DIR / f"{name}.json"
    return Snapshot.from_dict(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture
def snapshot_named() -> Callable[[str], Snapshot]:
    """Load a fresh (mutable) copy of a saved snapshot, so a test may tweak one fact."""
    return load_snapshot
