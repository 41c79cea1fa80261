"""Regenerate every table of docs/experiments/wording-gate.md (a learned veto gate; result: no-go).

Part of a one-off experiment, not product code: nothing here is imported by consentinel, and the
gate it simulates was not built because it missed the bar. Usage, from the repository root::

    /path/to/venv/bin/python scripts/experiments/wording_gate/run.py [--cache DIR]

DIR (default: ``consentinel-wording-gate`` under the system temp dir) receives a git worktree per
old rule set (``rules_<commit>``), their cached predictions (``preds_<commit>.json``), the tables
(``tables.md``, also printed) and the S19 false hits (``false_hits.md``). DEV items only: every
real item is filtered with ``real_half(text) == "dev"`` at load time; the test half is never read.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from false_hits import false_hit_lines
from l2_cv import l2_table
from predictions import RULE_COMMITS, predictions
from simulate import EVAL_SETS, Corpus, simulate
from tables import all_tables

DEFAULT_CACHE = Path(tempfile.gettempdir()) / "consentinel-wording-gate"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                        help=f"worktrees, cached predictions and outputs (default {DEFAULT_CACHE})")
    args = parser.parse_args(argv)
    cache: Path = args.cache.resolve()
    cache.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()

    def progress(what: str) -> None:
        print(f"[{time.monotonic() - started:5.0f}s] {what}", file=sys.stderr, flush=True)

    preds = {}
    for commit in RULE_COMMITS:
        preds[commit] = predictions(cache, commit)
        progress(f"predictions of {commit}: {len(preds[commit])} fresh dev items")
    corpus = Corpus()
    results = simulate(corpus, preds)
    progress("simulation")
    lines = [*all_tables(results), "", "### L2 choice (out-of-fold precision at 97 % recall)", "",
             *l2_table(corpus)]
    progress("L2 cross-validation")
    (cache / "tables.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    s19_with_hand = next(r for r in results if r.hand and r.eval_set == EVAL_SETS[0])
    hits = false_hit_lines(corpus, s19_with_hand, preds[EVAL_SETS[0].rules])
    (cache / "false_hits.md").write_text("\n".join(hits) + "\n", encoding="utf-8")
    print("\n".join(lines))
    progress(f"written: {cache / 'tables.md'}, {cache / 'false_hits.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
