"""The behavioural checks through `consentinel scan` on two more real consent managers: klaro and
@porscheofficial/cookie-consent-banner (pages ``tests/pages/behaviour/{klaro,porsche}.html``).

Each page runs the CMP through its documented options; ``?mode=`` picks the dark variant:

* ``no-withdraw`` (withdrawal-not-easy): the CMP's documented way back to the choice (klaro's
  ``klaro.show()``, the banner's ``cookie_consent_show`` event) is not wired to any link;
* klaro ``modal`` (withdrawal-not-easy): the link klaro's README documents, ``klaro.show()``;
  once consent was given klaro's modal has no "Decline", only switches and "Save": two clicks
  to withdraw against one to accept;
* ``scroll`` (implied-consent) and ``nag`` (reprompt-after-reject): neither CMP offers consent on
  scroll or asking again after a refusal, so, as real sites do, the page wires the CMP's own API
  to it (klaro's ``changeAll(true)``/``resetConsents()``, the banner's accept button and
  ``cookie_consent_show`` event);
* Porsche ``forget`` (reprompt-after-reject): on the banner's documented "updated" event the
  site rewrites a refusal as a session cookie (the banner keeps every choice 180 days);
* ``compliant`` is the twin of all of them: a "Cookie settings" link whose layer withdraws in
  one click (for klaro: ``resetConsents()`` then ``klaro.show()``, its notice offers "I decline"),
  nothing on scroll, a refusal kept as long as consent.

legitimate-interest-after-reject has no dark page here: neither CMP has a legitimate-interest
basis (no TCF API, no LI switch; klaro's ``required`` and the banner's ``isMandatory`` are
necessary services, not LI). The check still runs on every page, and its compliant result on
both CMPs (the settings layer read after "reject" has every optional switch off) is asserted.
Its dark pages are the TCF stub and the hand-written pages of test_behaviour_scan.py.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import pytest
from test_behaviour_scan import ScanRun, findings, run_behaviour_scan

pytestmark = [pytest.mark.browser, pytest.mark.npm]

PAGES = "/pages/behaviour"
CMPS = ("klaro", "porsche")
DARK = {
    "scroll": {"implied-consent"},
    "nag": {"reprompt-after-reject"},
    "no-withdraw": {"withdrawal-not-easy"},
    "compliant": set(),
}
# page -> violations expected from the whole scan (every behavioural check selected)
EXPECTED: dict[str, set[str]] = {
    f"{cmp}.html?mode={mode}": expected for cmp in CMPS for mode, expected in DARK.items()
} | {"klaro.html?mode=modal": {"withdrawal-not-easy"}, "porsche.html?mode=forget": {"reprompt-after-reject"}}


@pytest.fixture(scope="module")
def scan(
    tmp_path_factory: pytest.TempPathFactory,
    cli_env: dict[str, str],
    tests_base_url: str,
    third_party_base_url: str,
) -> ScanRun:
    urls = {page: f"{tests_base_url}{PAGES}/{page}&tp={quote(third_party_base_url)}" for page in EXPECTED}
    return run_behaviour_scan(tmp_path_factory.mktemp("behaviour-cmp-scan"), urls, cli_env)


@pytest.fixture(scope="module")
def report(scan: ScanRun) -> dict[str, Any]:
    path = scan.out_dir / "report.json"
    assert path.is_file(), scan.describe()
    return json.loads(path.read_text(encoding="utf-8"))


def _one(report: dict[str, Any], scan: ScanRun, page: str, check: str) -> dict[str, Any]:
    [finding] = [f for f in findings(report, scan, page) if f["check"] == check]
    return finding


# "sample", not "page": a test argument named "page" is pytest-playwright's page fixture, whose
# session-scoped browser parameter reorders tests across modules (each module's scan ran twice)
@pytest.mark.parametrize("sample", list(EXPECTED))
def test_scan_reports_exactly_the_expected_ids(report: dict[str, Any], scan: ScanRun, sample: str) -> None:
    found = {f["check"] for f in findings(report, scan, sample) if f["outcome"] == "violation"}
    assert found == EXPECTED[sample]


@pytest.mark.parametrize("cmp", CMPS)
def test_compliant_twins_need_no_review_either(report: dict[str, Any], scan: ScanRun, cmp: str) -> None:
    assert findings(report, scan, f"{cmp}.html?mode=compliant") == []


@pytest.mark.parametrize("cmp", CMPS)
def test_the_settings_layer_read_after_reject_has_every_optional_switch_off(
    report: dict[str, Any], scan: ScanRun, cmp: str
) -> None:
    # what legitimate-interest-after-reject judged on these CMPs (they have no TCF API)
    journey = next(j for j in report["journeys"] if j["source"] == scan.urls[f"{cmp}.html?mode=compliant"])
    [snapshot] = {s["snapshot"] for s in journey["steps"] if s["label"] == "tracking: after-reject"}
    facts = json.loads((scan.out_dir / snapshot).read_text(encoding="utf-8"))
    layer = facts["tracking"]["phases"]["after-reject"]["behaviour"]["settings_after_reject"]
    assert layer["opened"] and layer["toggles"]
    assert [t["label"] for t in layer["toggles"] if t["checked"] and not t["disabled"]] == []


@pytest.mark.parametrize("cmp", CMPS)
def test_consent_on_scroll_shows_the_action_and_both_states(
    report: dict[str, Any], scan: ScanRun, cmp: str
) -> None:
    evidence = _one(report, scan, f"{cmp}.html?mode=scroll", "implied-consent")["evidence"]
    assert evidence["action"] == "scroll" and evidence["phase"] == "landing"
    assert evidence["before"]["tracking_cookies"] == [] and "_ga" in evidence["after"]["tracking_cookies"]
    assert set(evidence["screenshots"]) == {"before", "after"}


def test_klaros_stored_grant_is_in_the_evidence(report: dict[str, Any], scan: ScanRun) -> None:
    evidence = _one(report, scan, "klaro.html?mode=scroll", "implied-consent")["evidence"]
    assert [(s["name"], s["grants"]) for s in evidence["after"]["consent_state"]] == [("klaro", True)]
    assert [s["name"] for s in evidence["new_consent_state"]] == ["klaro"]


@pytest.mark.parametrize("cmp", CMPS)
def test_asking_again_after_reject_is_on_the_timeline(
    report: dict[str, Any], scan: ScanRun, cmp: str
) -> None:
    evidence = _one(report, scan, f"{cmp}.html?mode=nag", "reprompt-after-reject")["evidence"]
    timeline = [(t["action"], t["prompt_asking"]) for t in evidence["timeline"]]
    assert timeline == [("reload", True), ("second-page", True)]
    assert "page=2" in evidence["timeline"][1]["url"]


def test_a_refusal_kept_for_the_session_only_is_compared_with_consent(
    report: dict[str, Any], scan: ScanRun
) -> None:
    evidence = _one(report, scan, "porsche.html?mode=forget", "reprompt-after-reject")["evidence"]
    assert evidence["refusal_days"] == 0 and 179 <= evidence["acceptance_days"] <= 180
    stored = [e["name"] for e in evidence["refusal_stored_in"] + evidence["acceptance_stored_in"]]
    assert stored == ["cookies_accepted_categories"] * 2
    assert [t["prompt_asking"] for t in evidence["timeline"]] == [False, False]


@pytest.mark.parametrize("cmp", CMPS)
def test_no_way_back_to_the_choice(report: dict[str, Any], scan: ScanRun, cmp: str) -> None:
    finding = _one(report, scan, f"{cmp}.html?mode=no-withdraw", "withdrawal-not-easy")
    evidence = finding["evidence"]
    assert evidence["reopen_controls"] == [] and set(evidence["screenshots"]) == {"after"}
    assert finding["step"] == "tracking: after-accept"


def test_klaros_documented_reopen_withdraws_in_more_clicks_than_accepting(
    report: dict[str, Any], scan: ScanRun
) -> None:
    evidence = _one(report, scan, "klaro.html?mode=modal", "withdrawal-not-easy")["evidence"]
    assert (evidence["accept_clicks"], evidence["withdraw_clicks"]) == (1, 2)
    clicked = evidence["clicked_to_withdraw"]
    assert clicked[0] == "cookie settings" and clicked[1].startswith("switch off:") and clicked[2] == "Save"


def test_every_screenshot_named_in_the_evidence_is_on_disk(report: dict[str, Any], scan: ScanRun) -> None:
    named = []
    for page in EXPECTED:
        for finding in findings(report, scan, page):
            evidence = finding["evidence"]
            shots = [evidence.get("screenshots") or {}]
            shots += [t["screenshots"] for t in evidence.get("timeline") or []]
            named += [path for group in shots for path in group.values()]
    assert named and [p for p in named if not (scan.out_dir / p).is_file()] == []


def test_report_html_carries_the_findings_and_their_screenshots(
    report: dict[str, Any], scan: ScanRun
) -> None:
    html = (scan.out_dir / "report.html").read_text(encoding="utf-8")
    for page in EXPECTED:
        for finding in findings(report, scan, page):
            assert finding["check"] in html
            for path in (finding["evidence"].get("screenshots") or {}).values():
                assert path.rsplit("/", 1)[-1] in html
