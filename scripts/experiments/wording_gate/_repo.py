"""The repository this experiment lives in, and its DEV-half real items (wording-gate experiment).

Part of a one-off experiment, not product code: a learned veto gate behind the wording rules,
simulated on fresh dev batches (docs/experiments/wording-gate.md; result: no-go). Every script of
the experiment loads real items through :func:`dev_items` only, so the test half of the real set
is dropped at load time and never featurised, scored or printed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[3]
for _path in (REPO_ROOT / "scripts", REPO_ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import eval_wording as ew  # noqa: E402  (scripts/ is not a package: it needs the path above)

Item = dict[str, Any]


def dev_items() -> list[Item]:
    """Every real item of the DEV half (the test half is filtered out here and never returned)."""
    items = [item for item in ew.load_real_items() if ew.real_half(str(item["text"])) == "dev"]
    assert items and all(ew.real_half(str(item["text"])) == "dev" for item in items)
    return items


def hand_written_items() -> list[Item]:
    """The whole hand-written set (tests/data/wording/<lang>.yaml), each item with its language."""
    return [{**item, "lang": lang} for lang in ew.languages() for item in ew.load_items(lang)]
