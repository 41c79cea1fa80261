"""The check registry: every check id the harness knows, and one call to run them.

Ids and their meaning come from the shared taxonomy (``checks.md``); once released an id never
changes meaning. ``run_checks`` is what an ``audit`` step calls after collecting a snapshot.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from importlib import import_module
from typing import Any

from consentinel.bounds import wording_budget
from consentinel.checks.base import FACTS, IMPACTS, Check, CheckMeta, Finding, impact_rank
from consentinel.facts.snapshot import Snapshot

# Module names under consentinel.checks, one check each. A module that does not exist yet is
# simply not registered, so issues can land checks one at a time.
_CHECK_MODULES = (
    "preselected_consent",
    "hidden_consent",
    "fine_print_consent",
    "low_contrast_consent",
    "bundled_consent",
    "confirmshaming",
    "trick_wording",
    "no_reject_option",
    "asymmetric_choice",
    "consent_before_choice",
    "consent_after_reject",
    # issue 13 (regulators' checklist): prompt-layer checks
    "consent_wall",
    "language_mismatch",
    # issue 13, behavioural checks (h/behave13b)
    "implied_consent",
    "reprompt_after_reject",
    "withdrawal_not_easy",
    "legitimate_interest_after_reject",
)


def _load() -> dict[str, Check]:
    registry: dict[str, Check] = {}
    for name in _CHECK_MODULES:
        try:
            module = import_module(f"consentinel.checks.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"consentinel.checks.{name}":
                continue
            raise
        check: Check = module.CHECK
        registry[check.id] = check
    return registry


ALL_CHECKS: dict[str, Check] = _load()



def checks_requiring(fact: str) -> tuple[str, ...]:
    """Ids of the registered checks whose metadata declares they read ``fact`` (see ``FACTS``)."""
    if fact not in FACTS:
        raise ValueError(f"unknown fact {fact!r} (known: {', '.join(FACTS)})")
    return tuple(cid for cid, check in ALL_CHECKS.items() if fact in check.meta.requires)


# Checks that judge a single snapshot (run by ``audit``). Prompt-exploration and tracking checks
# need more than one page state and are run by their own steps.
SNAPSHOT_CHECKS: tuple[str, ...] = checks_requiring("snapshot")
PROMPT_CHECKS: tuple[str, ...] = checks_requiring("prompts")
TRACKING_CHECKS: tuple[str, ...] = checks_requiring("tracking")


class UnknownCheckError(ValueError):
    """A journey or option named a check id that does not exist."""


def resolve(ids: Iterable[str] | None) -> list[Check]:
    """The checks to run: ``None`` means every snapshot check."""
    if ids is None:
        return [ALL_CHECKS[cid] for cid in SNAPSHOT_CHECKS]
    chosen = []
    for cid in ids:
        if cid not in ALL_CHECKS:
            known = ", ".join(sorted(ALL_CHECKS))
            raise UnknownCheckError(f"unknown check id {cid!r} (known: {known})")
        chosen.append(ALL_CHECKS[cid])
    return chosen


def required_facts(ids: Iterable[str] | None) -> set[str]:
    """The facts the chosen checks need gathered; ``None`` means every registered check.

    What a scan plans its steps from: ``{"snapshot"}`` alone needs no prompt exploration and
    no tracking phases.
    """
    chosen = ALL_CHECKS.values() if ids is None else resolve(ids)
    return {fact for check in chosen for fact in check.meta.requires}


def run_checks(
    snapshot: Snapshot,
    ids: Iterable[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Finding]:
    """Run the chosen checks over one snapshot; ``options`` maps check id -> option overrides.

    The checks' wording judgement shares one budget (consentinel.bounds.wording_budget); texts
    left unjudged past it are recorded in ``snapshot.truncated["wording"]``, which a step's
    result reports like any truncated snapshot.
    """
    options = options or {}
    findings: list[Finding] = []
    with wording_budget() as budget:
        for check in resolve(ids):
            findings.extend(check.run(snapshot, options.get(check.id)))
    if budget.skipped:
        snapshot.truncated["wording"] = budget.record()
    return findings


__all__ = [
    "ALL_CHECKS",
    "FACTS",
    "IMPACTS",
    "PROMPT_CHECKS",
    "SNAPSHOT_CHECKS",
    "TRACKING_CHECKS",
    "Check",
    "CheckMeta",
    "Finding",
    "UnknownCheckError",
    "checks_requiring",
    "impact_rank",
    "required_facts",
    "resolve",
    "run_checks",
]
