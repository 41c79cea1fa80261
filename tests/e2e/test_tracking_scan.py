"""`consentinel scan` on tracking host pages: exactly the expected ids, valid HAR 1.2, tables.

The first party is ``tests_base_url`` (127.0.0.1); the tracker is ``third_party_base_url``
(localhost, another site), passed to each page as ``?tp=``. The tracker host is on no public
tracker list, so these pages exercise the heuristics that generalise: well-known analytics
cookie names, storage keys, and third-party requests carrying an identifier stored on the device.
One CLI scan covers every page (one browser), so the module costs one run.
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
from browser_fixtures import checks_but_behaviour

from consentinel.har import REMOVED

pytestmark = [pytest.mark.browser, pytest.mark.npm]

PAGES = "/pages/tracking"
TC = json.loads((Path(__file__).resolve().parents[1] / "pages/tracking/tc_strings.json").read_text("utf-8"))
TRACKING_IDS = {"consent-before-choice", "consent-after-reject"}
SCAN_TIMEOUT_S = 900


def _tcf(before: str, accept: str, reject: str) -> str:
    return f"tcf.html?before={quote(before)}&accept={quote(accept)}&reject={quote(reject)}"


# page (relative, ?tp= added) -> violations expected from the whole scan
EXPECTED: dict[str, set[str]] = {
    # Its tracker is not gated at all: it runs again on the next page view after the refusal.
    "before-choice.html": {"consent-before-choice", "consent-after-reject"},
    "after-reject.html": {"consent-after-reject"},
    # Tracks only on the page views after a refusal (tarteaucitron's fallback()).
    "next-view.html": {"consent-after-reject"},
    "compliant.html": set(),
    "klaro.html": set(),
    _tcf(TC["purposes_1_3_4"], TC["all_purposes"], TC["purpose_1"]): {"consent-before-choice",
                                                                      "consent-after-reject"},
    _tcf("", TC["all_purposes"], TC["no_purposes"]): set(),
}


@dataclass
class ScanRun:
    proc: subprocess.CompletedProcess[str]
    out_dir: Path
    urls: dict[str, str]  # page key -> scanned URL

    def describe(self) -> str:
        return f"exit {self.proc.returncode}\n{self.proc.stdout[-3000:]}\n{self.proc.stderr[-3000:]}"


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory, cli_env: dict[str, str], tests_base_url: str,
         third_party_base_url: str) -> ScanRun:
    out_dir = tmp_path_factory.mktemp("tracking-scan")
    urls = {}
    for page in EXPECTED:
        joiner = "&" if "?" in page else "?"
        urls[page] = f"{tests_base_url}{PAGES}/{page}{joiner}tp={quote(third_party_base_url)}"
    env = {k: v for k, v in cli_env.items() if k != "CONSENTINEL_TRACKERDB"}
    command = [sys.executable, "-m", "consentinel", "scan", *urls.values(), "--out", str(out_dir), "--no-axe",
               "--quiet", "--checks", checks_but_behaviour()]
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=SCAN_TIMEOUT_S,
                          check=False)
    return ScanRun(proc, out_dir, urls)


@pytest.fixture(scope="module")
def report(scan: ScanRun) -> dict[str, Any]:
    path = scan.out_dir / "report.json"
    assert path.is_file(), scan.describe()
    return json.loads(path.read_text(encoding="utf-8"))


def journey(report: dict[str, Any], scan: ScanRun, page: str) -> dict[str, Any]:
    url = scan.urls[page]
    return next(j for j in report["journeys"] if j["source"] == url)


def tracking_steps(item: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {s["label"].removeprefix("tracking: "): s for s in item["steps"] if s["kind"] == "track-consent"}


@pytest.mark.parametrize("page", list(EXPECTED))
def test_scan_reports_exactly_the_expected_ids(report: dict[str, Any], scan: ScanRun, page: str) -> None:
    item = journey(report, scan, page)
    errors = [s["error"] for s in item["steps"] if s.get("error")]
    assert not errors, errors
    found = {f["check"] for s in item["steps"] for f in s["findings"] if f["outcome"] == "violation"}
    assert found == EXPECTED[page]
    assert list(tracking_steps(item)) == ["landing", "after-accept", "after-reject"]


def test_before_choice_evidence_names_cookie_storage_and_request_with_timing(
        report: dict[str, Any], scan: ScanRun) -> None:
    steps = tracking_steps(journey(report, scan, "before-choice.html"))
    findings = steps["landing"]["findings"]
    by_what = {f["evidence"]["what"]: f for f in findings}
    cookie = by_what["non-essential cookies set"]["evidence"]["items"][0]
    assert cookie["name"] == "_ga" and cookie["party"] == "first" and cookie["t_ms"] >= 0
    assert by_what["non-essential storage entries written"]["evidence"]["items"][0]["key"] == "_hjid"
    request = by_what["third-party tracking requests sent"]["evidence"]["items"][0]
    assert request["party"] == "third" and "localhost" in request["url"]
    assert "cookie _ga" in request["why"]
    # The consent manager's own state cookie is never a finding, in any phase.
    reject = steps["after-reject"]
    assert "cookie_consent" in {c["name"] for c in reject["extra"]["tracking_cookies"]}
    # After reject only the next page view's own tracking counts: the _ga cookie set before the
    # choice and left as it was is not a finding there; the reload's storage write and beacon are.
    items = [i for f in reject["findings"] for i in f["evidence"].get("items", [])]
    assert "_ga" not in {i.get("name") for i in items}
    reloaded_at = next_view(scan, reject)["t_choice_ms"]
    assert {i.get("key") for i in items} >= {"_hjid"}
    assert all(i["t_choice_ms"] >= reloaded_at for i in items if "t_choice_ms" in i), items


def test_after_reject_findings_are_timed_after_the_click(report: dict[str, Any], scan: ScanRun) -> None:
    step = tracking_steps(journey(report, scan, "after-reject.html"))["after-reject"]
    assert step["extra"]["tracking"]["choice"]["clicked"] == ["Reject all"]
    items = [i for f in step["findings"] for i in f["evidence"].get("items", [])]
    assert items
    for item in items:
        if "t_choice_ms" in item:
            assert item["t_choice_ms"] >= 0, item


def next_view(scan: ScanRun, step: dict[str, Any]) -> dict[str, Any]:
    """The after-reject phase's next page view, from the snapshot the step points to."""
    snapshot = json.loads((scan.out_dir / step["snapshot"]).read_text(encoding="utf-8"))
    view = snapshot["tracking"]["phases"]["after-reject"]["next_view"]
    assert view["done"] and view["error"] is None, view
    return view


def test_tracking_resumed_on_the_next_page_view_is_found(report: dict[str, Any], scan: ScanRun) -> None:
    step = tracking_steps(journey(report, scan, "next-view.html"))["after-reject"]
    assert step["extra"]["tracking"]["choice"]["clicked"] == ["Reject all"]
    reloaded_at = next_view(scan, step)["t_choice_ms"]
    requests = [i for f in step["findings"] if f["evidence"]["what"] == "third-party tracking requests sent"
                for i in f["evidence"]["items"]]
    assert requests and all(r["t_choice_ms"] >= reloaded_at >= 0 for r in requests)


def test_cmp_gates_the_tracker_until_accept(report: dict[str, Any], scan: ScanRun) -> None:
    steps = tracking_steps(journey(report, scan, "klaro.html"))
    assert steps["landing"]["extra"]["tracking"]["tracking_requests"] == 0
    accepted = steps["after-accept"]["extra"]["tracking"]
    assert accepted["choice"]["reached"] and accepted["tracking_requests"] >= 1
    assert accepted["tracking_cookies"] >= 1
    klaro = [c for c in steps["after-reject"]["extra"]["tracking_cookies"] if c["name"] == "klaro"]
    assert klaro and klaro[0]["verdict"] == "necessary"


def test_tcf_purposes_read_before_and_after_each_choice(report: dict[str, Any], scan: ScanRun) -> None:
    page = next(p for p in EXPECTED if p.startswith("tcf.html") and EXPECTED[p])
    steps = tracking_steps(journey(report, scan, page))
    assert steps["landing"]["extra"]["tracking"]["tcf_purposes_before_choice"] == [1, 3, 4]
    assert steps["after-accept"]["extra"]["tracking"]["tcf_purposes_after_choice"] == list(range(1, 12))
    assert steps["after-reject"]["extra"]["tracking"]["tcf_purposes_after_choice"] == [1]
    tcf = next(f for f in steps["after-reject"]["findings"]
               if f["evidence"]["what"] == "IAB TCF purpose consents")
    assert tcf["evidence"]["purposes_consent"] == [1]


def test_har_per_phase_is_valid_har_1_2(report: dict[str, Any], scan: ScanRun) -> None:
    steps = tracking_steps(journey(report, scan, "before-choice.html"))
    for phase, step in steps.items():
        har_path = scan.out_dir / step["extra"]["tracking"]["har"]
        har = json.loads(har_path.read_text(encoding="utf-8"))
        log = har["log"]
        assert log["version"] == "1.2", phase
        assert log["creator"]["name"] and log["creator"]["version"]
        page_fields = {"startedDateTime", "id", "title", "pageTimings"}
        assert log["pages"] and all(page_fields <= set(p) for p in log["pages"])
        assert log["entries"], phase
        for entry in log["entries"]:
            # HAR 1.2 required fields (what Chromium's HAR importer reads).
            assert {"startedDateTime", "time", "request", "response", "cache", "timings"} <= set(entry)
            assert {"method", "url", "httpVersion", "cookies", "headers", "queryString", "headersSize",
                    "bodySize"} <= set(entry["request"])
            assert {"status", "statusText", "httpVersion", "cookies", "headers", "content", "redirectURL",
                    "headersSize", "bodySize"} <= set(entry["response"])
            assert {"send", "wait", "receive"} <= set(entry["timings"])
            # Cookie values are credentials: removed from the HAR unless --har-full (consentinel.har).
            for message in (entry["request"], entry["response"]):
                for header in message["headers"]:
                    if header["name"].lower() in ("cookie", "set-cookie", "authorization"):
                        assert REMOVED in header["value"], header
                assert all(cookie["value"] == REMOVED for cookie in message["cookies"])
        # The page calls its tracker on load, before any choice: every phase's HAR shows it.
        assert any("pixel.gif" in e["request"]["url"] for e in log["entries"]), phase


def test_html_report_shows_the_phase_tables(scan: ScanRun) -> None:
    html = (scan.out_dir / "report.html").read_text(encoding="utf-8")
    assert "tracking: after-reject" in html
    assert "_hjid" in html and "cookie_consent" in html
