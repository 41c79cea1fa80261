"""Sweeps: many URLs scanned by a pool of browsers into one queryable store.

``consentinel scan --urls FILE`` and ``consentinel merge`` are faces of this package::

    from consentinel.engine import Plan
    from consentinel.sweep import SweepPlan, read_url_file, run_sweep

    sweep = SweepPlan(plan=Plan(out_dir=Path("reports/top10k"), command="scan", explore=False),
                      urls=read_url_file(Path("top10k.txt")), workers=2)
    outcome = run_sweep(sweep)        # reports/top10k/sweep.sqlite, pages.jsonl, summary.json
    sys.exit(outcome.exit_code)

Modules: ``urls`` (URL files, normalising, shards), ``worker`` (one browser scanning URL after
URL: the one worker function), ``executors`` (local processes, Ray actors), ``store`` (SQLite
schema + JSONL), ``summary``, ``merge``, ``progress``, ``run`` (the driver). Importing it loads
no Playwright and no Ray.
"""

from __future__ import annotations

from consentinel.sweep.executors import RayUnavailable, default_workers
from consentinel.sweep.merge import MergeError, merge_runs
from consentinel.sweep.run import EXECUTORS, SweepOutcome, SweepPlan, run_sweep
from consentinel.sweep.store import Store
from consentinel.sweep.summary import summarise, summary_text
from consentinel.sweep.urls import Shard, UrlListError, normalise_url, read_url_file, url_key

__all__ = [
    "EXECUTORS",
    "MergeError",
    "RayUnavailable",
    "Shard",
    "Store",
    "SweepOutcome",
    "SweepPlan",
    "UrlListError",
    "default_workers",
    "merge_runs",
    "normalise_url",
    "read_url_file",
    "run_sweep",
    "summarise",
    "summary_text",
    "url_key",
]
