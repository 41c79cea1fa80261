"""Pure judgement helpers for tracking evidence.

* :mod:`~consentinel.tracking.classify` — first/third party (Public Suffix List), tracker list
  (Ghostery TrackerDB, loaded at run time), cookie/storage name heuristics.
* :mod:`~consentinel.tracking.judge` — helpers of the two tracking checks.

Recording phases drives a browser and lives in :mod:`consentinel.gather` (``observe``,
``phases``, ``tcf``); the facts it returns are :mod:`consentinel.facts.tracking` and
:mod:`consentinel.facts.tcf`.
"""
