"""Consent prompts: discover them on any page, classify their controls, explore their layers.

Public API (imported lazily so the pure parts, used by checks, never load Playwright):

* :class:`Prompt`, :class:`PromptAction`, :class:`PromptToggle` — prompt facts (JSON-able).
* :func:`classify_action`, :func:`assign_roles` — control roles from multilingual data.
* :func:`discover_prompts`, :func:`wait_for_prompts` — find prompts in every frame.
* :func:`explore_consent`, :class:`ExplorationResult` — first layer, settings, accept, reject.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Prompt": "model",
    "PromptAction": "model",
    "PromptToggle": "model",
    "ROLES": "model",
    "classify_action": "roles",
    "assign_roles": "roles",
    "discover_prompts": "discover",
    "wait_for_prompts": "discover",
    "cmp_rules": "discover",
    "explore_consent": "explore",
    "ExplorationResult": "explore",
    "LayerState": "explore",
    "PathResult": "explore",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'consentinel.prompts' has no attribute {name!r}")
    return getattr(import_module(f"consentinel.prompts.{module}"), name)
