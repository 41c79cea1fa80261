"""Which facts the selected checks require, and the scan steps planned from them (no browser).

Each check declares what it reads (``CheckMeta.requires``, like Lighthouse's
``requiredArtifacts``); a scan then gathers only that: ``--checks preselected-consent`` needs
the landing snapshot and a snapshot of each prompt layer (pre-ticked purposes usually sit in
the settings layer), not three tracking phases recorded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consentinel.checks import (
    ALL_CHECKS,
    FACTS,
    PROMPT_CHECKS,
    SNAPSHOT_CHECKS,
    TRACKING_CHECKS,
    UnknownCheckError,
    checks_requiring,
    required_facts,
)
from consentinel.checks.base import CheckMeta
from consentinel.facts.tracking import AFTER_ACCEPT, AFTER_REJECT, PHASES
from consentinel.facts.tracking import LANDING as LANDING_PHASE
from consentinel.gather.runner import RunOptions, scan_steps
from consentinel.gather.steps.track_consent import scan_phases

URL = "https://shop.example/"


def test_every_check_declares_facts_from_the_closed_vocabulary() -> None:
    for check in ALL_CHECKS.values():
        assert check.meta.requires and set(check.meta.requires) <= set(FACTS), check.id


def test_fact_lists_are_derived_from_requires() -> None:
    assert set(PROMPT_CHECKS) == {"no-reject-option", "asymmetric-choice", "consent-wall",
                                  "language-mismatch"}
    assert set(TRACKING_CHECKS) == {"consent-before-choice", "consent-after-reject", "implied-consent",
                                    "reprompt-after-reject", "withdrawal-not-easy",
                                    "legitimate-interest-after-reject"}
    # behaviour probes go on in the tracking phases' contexts: requiring them requires tracking
    assert set(checks_requiring("behaviour")) <= set(TRACKING_CHECKS)
    assert set(SNAPSHOT_CHECKS) == set(ALL_CHECKS) - set(PROMPT_CHECKS) - set(TRACKING_CHECKS)
    assert checks_requiring("tracking") == TRACKING_CHECKS


def test_a_fact_outside_the_vocabulary_is_refused() -> None:
    with pytest.raises(ValueError, match="requires must name facts"):
        CheckMeta(id="x", impact="minor", title="t", help="h", requires=("screenshot",))
    with pytest.raises(ValueError, match="requires must name facts"):
        CheckMeta(id="x", impact="minor", title="t", help="h", requires=())
    with pytest.raises(ValueError, match="unknown fact"):
        checks_requiring("screenshot")


def test_required_facts_of_a_selection() -> None:
    assert required_facts(None) == set(FACTS)
    assert required_facts(["preselected-consent"]) == {"snapshot", "layers"}
    assert required_facts(["preselected-consent", "no-reject-option"]) == {"snapshot", "layers", "prompts"}
    assert required_facts(["consent-after-reject"]) == {"tracking"}
    assert required_facts([]) == set()
    with pytest.raises(UnknownCheckError):
        required_facts(["no-such-check"])


def kinds(options: RunOptions) -> list[str]:
    return [step.kind for step in scan_steps(URL, options)]


LANDING = ["goto", "wait", "audit"]


@pytest.mark.parametrize(("checks", "expected"), [
    (None, [*LANDING, "explore-consent", "track-consent"]),
    (["preselected-consent"], [*LANDING, "explore-consent"]),
    (["preselected-consent", "hidden-consent"], [*LANDING, "explore-consent"]),
    (["no-reject-option"], [*LANDING, "explore-consent"]),
    (["consent-before-choice"], [*LANDING, "track-consent"]),
    (["asymmetric-choice", "consent-after-reject"], [*LANDING, "explore-consent", "track-consent"]),
    # An unknown id plans everything; the audit step then reports the id with one clear error.
    (["no-such-check"], [*LANDING, "explore-consent", "track-consent"]),
])
def test_scan_gathers_only_what_the_checks_require(tmp_path: Path, checks: list[str] | None,
                                                    expected: list[str]) -> None:
    assert kinds(RunOptions(out_dir=tmp_path, checks=checks)) == expected


def test_no_explore_plans_the_landing_state_only(tmp_path: Path) -> None:
    assert kinds(RunOptions(out_dir=tmp_path, explore=False)) == LANDING


def test_steps_are_numbered_in_order(tmp_path: Path) -> None:
    steps = scan_steps(URL, RunOptions(out_dir=tmp_path, checks=["consent-before-choice"]))
    assert [step.index for step in steps] == [1, 2, 3, 4]
    assert steps[0].args["url"] == URL


def test_a_scan_observes_only_the_tracking_phases_its_checks_read() -> None:
    assert scan_phases(["implied-consent"]) == {LANDING_PHASE}
    assert scan_phases(["consent-before-choice"]) == {LANDING_PHASE, AFTER_REJECT}
    assert scan_phases(["withdrawal-not-easy", "legitimate-interest-after-reject"]) == set(PHASES)
    assert scan_phases(["withdrawal-not-easy"]) == {LANDING_PHASE, AFTER_ACCEPT}
    assert scan_phases(list(TRACKING_CHECKS)) == set(PHASES)
    assert scan_phases(["consent-before-choice", "a-check-from-a-newer-version"]) is None  # all phases
