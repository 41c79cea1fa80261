"""Old rule sets' predictions on fresh DEV items, cached as JSON (wording-gate experiment).

Part of a one-off experiment, not product code (docs/experiments/wording-gate.md; result: no-go).
Each fresh batch is judged by the rules that existed before it, so each commit in
:data:`RULE_COMMITS` gets its own worktree (``<cache>/rules_<commit>``, added with
``git worktree add`` when missing) and its own ``eval_wording.predicted()`` runs there in a
subprocess (predict_with.py). Items and labels always come from this branch's data; only dev items
first collected after look :data:`FIRST_LOOK` are sent.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from _repo import REPO_ROOT, Item, dev_items, ew

RULE_COMMITS = ("9899681", "efb4b03")
"""9899681: the rules before anyone saw batch 19; efb4b03: after the batch-19 round."""
FIRST_LOOK = 13
"""S19, the oldest eval batch, holds the texts first collected after look 13."""
SENT_KEYS = ("lang", "role", "text", "control", "action", "labels")

Key = tuple[str, str]
Predictions = dict[Key, set[str]]


def fresh_dev_items() -> list[Item]:
    """Dev items first collected after :data:`FIRST_LOOK` (every eval batch of the experiment)."""
    items = [item for item in dev_items() if ew.collected_after(item) >= FIRST_LOOK]
    assert all(ew.real_half(str(item["text"])) == "dev" for item in items)
    return items


def rules_worktree(cache: Path, commit: str) -> Path:
    """``<cache>/rules_<commit>``, checked out at ``commit`` (added as a git worktree if missing)."""
    path = cache / f"rules_{commit}"
    if not path.exists():
        subprocess.run(["git", "-C", str(REPO_ROOT), "worktree", "add", "--detach", str(path), commit],
                       check=True, capture_output=True)
    head = subprocess.run(["git", "-C", str(path), "rev-parse", "HEAD"],
                          check=True, capture_output=True, text=True).stdout.strip()
    if not head.startswith(commit):
        raise SystemExit(f"{path} is at {head}, not {commit}: remove it or pass another --cache")
    return path


def _predict_in(worktree: Path, payload: list[Item]) -> list[list[str]]:
    """``predicted()`` of ``worktree``'s own code, in a subprocess that imports only that worktree."""
    env = {"PYTHONPATH": str(worktree), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("predict_with.py")), str(worktree)],
                          input=json.dumps(payload), capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def predictions(cache: Path, commit: str) -> Predictions:
    """The rules of ``commit`` on every fresh dev item, keyed by (language, normalised text).

    Read from ``<cache>/preds_<commit>.json`` when that file was made from the same items.
    """
    items = fresh_dev_items()
    payload = [{**{k: item[k] for k in SENT_KEYS if item.get(k) is not None}, "_half": "dev"}
               for item in items]
    digest = hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()
    keys = [[str(item["lang"]), ew._real_key(str(item["text"]))] for item in items]
    path = cache / f"preds_{commit}.json"
    if path.exists():
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored.get("items_sha256") == digest:
            return {(k[0], k[1]): set(p) for k, p in zip(stored["keys"], stored["preds"], strict=True)}
    preds = _predict_in(rules_worktree(cache, commit), payload)
    assert len(preds) == len(keys)
    path.write_text(json.dumps({"items_sha256": digest, "keys": keys, "preds": preds}), encoding="utf-8")
    return {(k[0], k[1]): set(p) for k, p in zip(keys, preds, strict=True)}
