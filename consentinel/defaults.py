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

__all__ = ["DEFAULT_FAIL_ON", "DEFAULT_STEP_TIMEOUT_MS", "SCAN_SETTLE_MS"]
