"""Tracking evidence: what a site stores and sends before a choice, after accept, after reject.

Modules, each with one job:

* :mod:`~consentinel.tracking.classify` — first/third party (Public Suffix List), tracker list
  (Ghostery TrackerDB, loaded at run time), cookie/storage name heuristics; pure.
* :mod:`~consentinel.tracking.tcf` — read ``__tcfapi`` and decode TC strings.
* :mod:`~consentinel.tracking.observe` — record requests, cookies and storage of one context.
* :mod:`~consentinel.tracking.phases` — landing / after-accept / after-reject in fresh contexts,
  each with a HAR file.
* :mod:`~consentinel.tracking.judge` — pure helpers of the two checks.
* :mod:`~consentinel.tracking.step` — the ``track-consent`` step the runner dispatches.

Public names are imported lazily so the pure parts (used by checks) never load Playwright.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Classifier": "classify",
    "TrackerDB": "classify",
    "registrable_domain": "classify",
    "party": "classify",
    "decode_tc_string": "tcf",
    "read_tcf": "tcf",
    "ObserveOptions": "observe",
    "PhaseRecorder": "observe",
    "Choice": "phases",
    "TrackingResult": "phases",
    "observe_site": "phases",
    "prompt_chooser": "phases",
    "PHASES": "phases",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'consentinel.tracking' has no attribute {name!r}")
    return getattr(import_module(f"consentinel.tracking.{module}"), name)
