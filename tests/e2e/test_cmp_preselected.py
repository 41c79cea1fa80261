"""preselected-consent on real consent managers, installed from npm and run from loopback.

Each CMP is configured twice (tests/pages/cmp/<cmp>/config.js): compliant (optional categories
off) and dark (analytics and marketing on before the visitor touches them). The test opens the
settings layer with a click, as a person would, and audits it. The dark config must be reported
on its analytics and marketing toggles and never on the read-only strictly-necessary one; the
compliant config must not be reported at all, and the snapshot must prove the toggles were
actually seen (so silence is a result, not a missed settings layer).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Page

from consentinel.facts.snapshot import Control, Snapshot

if TYPE_CHECKING:
    from consentinel.gather.audit import AuditOutcome

pytestmark = [pytest.mark.browser, pytest.mark.npm]

NewPage = Callable[..., Page]
CHECK = "preselected-consent"
# How a control is recognised in the snapshot: by the category/service words in its label,
# name, value, group title or selector (the CMPs' own markup, not ours).
ANALYTICS = re.compile(r"analytic", re.IGNORECASE)
MARKETING = re.compile(r"marketing|advertis|adpartners", re.IGNORECASE)
NECESSARY = re.compile(r"necessary|session|required", re.IGNORECASE)
SETTLE_TIMEOUT_MS = 5_000


@dataclass(frozen=True)
class Cmp:
    """How to open one consent manager's settings layer and know that it is open."""

    name: str
    open_settings: Callable[[Page], None]
    settings_layer: str  # a selector that is visible once the settings layer is open


def _open_vanilla(page: Page) -> None:
    page.get_by_role("button", name="Manage preferences").click()


def _open_klaro(page: Page) -> None:
    page.get_by_text("Let me choose", exact=True).click()


CMPS = {
    "vanilla-cookieconsent": Cmp("vanilla-cookieconsent", _open_vanilla, "#cc-main .pm"),
    "klaro": Cmp("klaro", _open_klaro, ".klaro .cookie-modal .cm-modal"),
}


def wait_until_settled(page: Page, selector: str) -> None:
    """Wait for the layer to be visible and every CSS transition/animation to have finished.

    CMPs fade their layers in; auditing mid-fade would measure opacity 0.4 and report a
    perfectly visible toggle as hidden.
    """
    page.locator(selector).first.wait_for(state="visible", timeout=SETTLE_TIMEOUT_MS)
    page.wait_for_function(
        "() => document.getAnimations().every(a => a.playState !== 'running')",
        timeout=SETTLE_TIMEOUT_MS,
    )


def identity(control: Control) -> str:
    """The words that say which category/service a toggle is for."""
    parts = (control.label, control.name, control.value, control.group_label, control.selector)
    return " ".join(p for p in parts if p)


def open_settings_and_audit(page: Page, base_url: str, cmp: Cmp, variant: str) -> AuditOutcome:
    from consentinel.gather.audit import audit  # the product's one-call audit (collect + checks)

    page.goto(f"{base_url}/pages/cmp/{cmp.name}/{variant}.html")
    cmp.open_settings(page)
    wait_until_settled(page, cmp.settings_layer)
    return audit(page)


def toggles(snapshot: Snapshot, pattern: re.Pattern[str]) -> list[Control]:
    return [c for c in snapshot.controls if pattern.search(identity(c))]


@pytest.mark.parametrize("cmp_name", sorted(CMPS))
def test_dark_config_reports_pre_ticked_optional_categories(new_page: NewPage, tests_base_url: str,
                                                             cmp_name: str) -> None:
    outcome = open_settings_and_audit(new_page(), tests_base_url, CMPS[cmp_name], "dark")
    snapshot: Snapshot = outcome.snapshot
    flagged = [f for f in outcome.findings if f.check == CHECK and f.outcome == "violation"]
    flagged_controls = [snapshot.element(f.uid) for f in flagged if f.uid]
    described = [identity(c) for c in flagged_controls if isinstance(c, Control)]
    assert any(ANALYTICS.search(d) for d in described), (
        f"no {CHECK} on the analytics toggle; flagged: {described}; "
        f"controls seen: {[identity(c) + f' checked={c.checked}' for c in snapshot.controls]}")
    assert any(MARKETING.search(d) for d in described), f"no {CHECK} on the marketing toggle: {described}"
    optional = (ANALYTICS, MARKETING)
    wrongly = [d for d in described if NECESSARY.search(d) and not any(p.search(d) for p in optional)]
    assert not wrongly, f"strictly-necessary toggle reported as {CHECK}: {wrongly}"
    # Every finding carries its evidence: where, what, and the checked state that decided it.
    for finding in flagged:
        assert finding.selector and finding.box is not None
        assert finding.evidence, finding


@pytest.mark.parametrize("cmp_name", sorted(CMPS))
def test_compliant_config_reports_no_preselection(new_page: NewPage, tests_base_url: str,
                                                  cmp_name: str) -> None:
    outcome = open_settings_and_audit(new_page(), tests_base_url, CMPS[cmp_name], "compliant")
    snapshot: Snapshot = outcome.snapshot
    # The settings layer was really collected: its optional toggles are there, and off...
    for pattern in (ANALYTICS, MARKETING):
        seen = toggles(snapshot, pattern)
        seen_all = [identity(c) for c in snapshot.controls]
        assert seen, f"no {pattern.pattern} toggle in the snapshot: {seen_all}"
        assert all(c.checked is False for c in seen), [(identity(c), c.checked) for c in seen]
    # ...and the necessary one is on, read-only: still not a finding.
    necessary = toggles(snapshot, NECESSARY)
    assert any(c.checked and (c.disabled or c.readonly) for c in necessary), \
        [(identity(c), c.checked, c.disabled) for c in necessary]
    flagged = [(f.selector, f.text) for f in outcome.findings if f.check == CHECK]
    assert flagged == []
