"""`consentinel scan` with the behavioural checks: exactly the expected ids per page, evidence a
reader can follow (the action, state before and after, screenshots on disk), in report.json and
report.html.

Pages (``tests/pages/behaviour/``): a hand-written bar in nine modes (see its ``site.js``),
a TCF stub that remembers the choice and serves, after "Reject all", a TC string that keeps
legitimate interest (or, in its twin, clears everything), and vanilla-cookieconsent with and
without its documented ``data-cc="show-preferencesModal"`` control (``autoClearCookies`` on).
One CLI scan covers every page (one browser, one module run), at the default implied-consent
wait (12 s): it passes on the landing page's own clock (virtual time), so a page that accepts
after 8 s without a choice is caught without waiting 8 s, and the page is then opened again in
a new tab (a second page view, a step of its own). No assertion depends on time.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.npm]

PAGES = "/pages/behaviour"
HERE = Path(__file__).resolve().parents[1]
LI = json.loads((HERE / "pages/behaviour/tc_strings.json").read_text("utf-8"))["li_purposes_2_7_8_9_10"]
TC = json.loads((HERE / "pages/tracking/tc_strings.json").read_text("utf-8"))
BEHAVIOUR_IDS = {
    "implied-consent",
    "reprompt-after-reject",
    "withdrawal-not-easy",
    "legitimate-interest-after-reject",
}
SCAN_TIMEOUT_S = 1200


def _tcf(reject: str) -> str:
    return f"tcf.html?accept={quote(TC['all_purposes'])}&reject={quote(reject)}"


# page (relative, ?tp= added) -> violations expected from the whole scan
EXPECTED: dict[str, set[str]] = {
    "page.html?mode=scroll": {"implied-consent"},
    "page.html?mode=close": {"implied-consent"},
    "page.html?mode=wait": {"implied-consent"},
    "page.html?mode=again": {"implied-consent"},
    "page.html?mode=forget": {"reprompt-after-reject"},
    "page.html?mode=nag": {"reprompt-after-reject"},
    "page.html?mode=no-withdraw": {"withdrawal-not-easy"},
    "page.html?mode=sticky": {"withdrawal-not-easy"},
    "page.html?mode=compliant": set(),
    _tcf(LI): {"legitimate-interest-after-reject"},
    _tcf(TC["no_purposes"]): set(),
    "vanilla.html?reopen=0": {"withdrawal-not-easy"},
    "vanilla.html?reopen=1": set(),
}


@dataclass
class ScanRun:
    proc: subprocess.CompletedProcess[str]
    out_dir: Path
    urls: dict[str, str]

    def describe(self) -> str:
        return f"exit {self.proc.returncode}\n{self.proc.stdout[-3000:]}\n{self.proc.stderr[-3000:]}"


@pytest.fixture(scope="module")
def scan(
    tmp_path_factory: pytest.TempPathFactory,
    cli_env: dict[str, str],
    tests_base_url: str,
    third_party_base_url: str,
) -> ScanRun:
    urls = {page: f"{tests_base_url}{PAGES}/{page}&tp={quote(third_party_base_url)}" for page in EXPECTED}
    return run_behaviour_scan(tmp_path_factory.mktemp("behaviour-scan"), urls, cli_env)


def run_behaviour_scan(out_dir: Path, urls: dict[str, str], cli_env: dict[str, str]) -> ScanRun:
    """One `consentinel scan` of ``urls`` (page -> URL) with only the behavioural checks."""
    env = {k: v for k, v in cli_env.items() if k != "CONSENTINEL_TRACKERDB"}
    command = [
        sys.executable,
        "-m",
        "consentinel",
        "scan",
        *urls.values(),
        "--out",
        str(out_dir),
        "--no-axe",
        "--quiet",
        "--checks",
        ",".join(sorted(BEHAVIOUR_IDS)),
    ]
    proc = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=SCAN_TIMEOUT_S, check=False
    )
    return ScanRun(proc, out_dir, urls)


@pytest.fixture(scope="module")
def report(scan: ScanRun) -> dict[str, Any]:
    path = scan.out_dir / "report.json"
    assert path.is_file(), scan.describe()
    return json.loads(path.read_text(encoding="utf-8"))


def findings(report: dict[str, Any], scan: ScanRun, page: str) -> list[dict[str, Any]]:
    item = next(j for j in report["journeys"] if j["source"] == scan.urls[page])
    errors = [s["error"] for s in item["steps"] if s.get("error")]
    assert not errors, errors
    return [f for s in item["steps"] for f in s["findings"]]


# "sample", not "page": a test argument named "page" is pytest-playwright's page fixture, whose
# session-scoped browser parameter reorders tests across modules (each module's scan ran twice)
@pytest.mark.parametrize("sample", list(EXPECTED))
def test_scan_reports_exactly_the_expected_ids(report: dict[str, Any], scan: ScanRun, sample: str) -> None:
    found = {f["check"] for f in findings(report, scan, sample) if f["outcome"] == "violation"}
    assert found == EXPECTED[sample]


def test_implied_consent_evidence_shows_the_action_and_both_states(
    report: dict[str, Any], scan: ScanRun
) -> None:
    [finding] = [
        f for f in findings(report, scan, "page.html?mode=scroll") if f["check"] == "implied-consent"
    ]
    evidence = finding["evidence"]
    assert evidence["action"] == "scroll" and evidence["phase"] == "landing"
    assert evidence["before"]["tracking_cookies"] == [] and "_ga" in evidence["after"]["tracking_cookies"]
    for shot in evidence["screenshots"].values():
        assert (scan.out_dir / shot).is_file(), shot
    assert set(evidence["screenshots"]) == {"before", "after"}
    [closed] = [f for f in findings(report, scan, "page.html?mode=close") if f["check"] == "implied-consent"]
    # the × (accessible name "Close"), never an accept control
    assert closed["evidence"]["detail"] == "clicked the close control 'Close'"


def _implied(report: dict[str, Any], scan: ScanRun, sample: str) -> dict[str, Any]:
    [finding] = [f for f in findings(report, scan, sample) if f["check"] == "implied-consent"]
    return finding


def test_a_timer_that_accepts_is_caught_on_the_wait_on_the_pages_own_clock(
    report: dict[str, Any], scan: ScanRun
) -> None:
    evidence = _implied(report, scan, "page.html?mode=wait")["evidence"]
    assert evidence["action"] == "wait" and evidence["wait_ms"] == 12000
    assert evidence["detail"].startswith("let 12 s pass on the page's clock (virtual time")
    assert evidence["before"]["tracking_cookies"] == [] and "_ga" in evidence["after"]["tracking_cookies"]
    assert evidence["after"]["consent_state"]


def test_consent_recorded_on_the_second_page_view_is_attributed_to_it(
    report: dict[str, Any], scan: ScanRun
) -> None:
    evidence = _implied(report, scan, "page.html?mode=again")["evidence"]
    assert evidence["action"] == "open-again"
    assert evidence["detail"].startswith("opened the page again in a new tab")
    assert evidence["before"]["tracking_cookies"] == [] and "_ga" in evidence["after"]["tracking_cookies"]


def test_every_landing_probe_ran_the_wait_on_the_pages_clock_then_opened_the_page_again(
    scan: ScanRun,
) -> None:
    landings = [json.loads(p.read_text("utf-8"))["tracking"]["phases"]["landing"]
                for p in scan.out_dir.rglob("tracking.json")]
    assert len(landings) == len(EXPECTED)
    for landing in landings:
        steps = landing["behaviour"]["steps"]
        assert [s["action"] for s in steps] == ["wait", "open-again", "scroll", "close", "navigate"]
        wait = steps[0]
        assert wait["clock"]["kind"] == "page" and wait["clock"]["expired"] is True
        assert wait["clock"]["page_ms"] >= 12000 and steps[1]["done"], (wait, steps[1])


def test_withdrawal_evidence_names_the_control_and_the_clicks(report: dict[str, Any], scan: ScanRun) -> None:
    sticky = [
        f for f in findings(report, scan, "page.html?mode=sticky") if f["check"] == "withdrawal-not-easy"
    ]
    assert [f["evidence"]["clicked_to_withdraw"] for f in sticky] == [["cookie settings", "Reject all"]]
    assert sticky[0]["evidence"]["withdraw_clicks"] == sticky[0]["evidence"]["accept_clicks"] == 1


def test_reports_carry_the_behavioural_ids(report: dict[str, Any], scan: ScanRun) -> None:
    html = (scan.out_dir / "report.html").read_text(encoding="utf-8")
    for check in BEHAVIOUR_IDS:
        assert check in html
    [li] = findings(report, scan, _tcf(LI))
    assert li["evidence"]["tc_string"] == LI and li["step"] == "tracking: after-reject"
