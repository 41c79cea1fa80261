"""Child process: an old worktree's ``eval_wording.predicted()`` over DEV items read from stdin.

Part of a one-off experiment, not product code (docs/experiments/wording-gate.md; result: no-go):
the gate is judged against the rules as they were before each fresh batch, so predictions come
from an old commit's own code. Run by predictions.py with PYTHONPATH on that worktree::

    PYTHONPATH=<worktree> python predict_with.py <worktree> < items.json > predictions.json

The caller sends dev items only, each tagged ``"_half": "dev"`` by this branch's ``real_half``;
anything else is refused. This script must not import the current repo's code (no ``_repo``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(worktree: Path) -> None:
    sys.path.insert(0, str(worktree / "scripts"))
    import eval_wording as ew

    import consentinel

    for module in (ew, consentinel):
        assert Path(str(module.__file__)).resolve().is_relative_to(worktree), module.__file__
    items = json.load(sys.stdin)
    assert all(item.pop("_half") == "dev" for item in items)
    json.dump([sorted(ew.predicted(item)) for item in items], sys.stdout)


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
