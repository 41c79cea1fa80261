"""Run defaults, declared once: the runner's options, the CLI's flags and the pytest plugin's
options all read them from here, so ``--timeout``'s help text and the value a run uses agree.
"""

from __future__ import annotations

# Lowest impact that fails a run: any violation. "none" (CLI only) fails on expectations alone.
DEFAULT_FAIL_ON = "minor"

# How long one step (click, fill, navigation) may take before it is an error. 15 s covers a slow
# consent manager on a cold cache without letting a dead page stall a CI job for minutes.
DEFAULT_STEP_TIMEOUT_MS = 15000

# `scan`: after `load`, wait up to this long for the network to go idle before auditing, so a
# consent manager that injects its banner from a late script has shown it (best effort).
SCAN_SETTLE_MS = 3000

# Budgets against hostile pages (docs/budgets.md). JavaScript time one in-page evaluation may
# take: the collector on a very large page needs a few seconds, a page's busy loop gets no more.
DEFAULT_EVAL_BUDGET_MS = 10000
# Wall time one scanned URL or one journey may take, every step included (explore and tracking
# phases open up to six page loads): past it its browser contexts are closed and the run goes on.
DEFAULT_PAGE_BUDGET_MS = 300000

__all__ = ["DEFAULT_EVAL_BUDGET_MS", "DEFAULT_FAIL_ON", "DEFAULT_PAGE_BUDGET_MS", "DEFAULT_STEP_TIMEOUT_MS",
           "SCAN_SETTLE_MS"]
