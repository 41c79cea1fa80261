"""consent-wall, language-mismatch and asymmetric-choice's newer reasons through `consentinel scan`.

One CLI run (a child process, as a user runs it) scans dark pages and their compliant twins:
the real vanilla-cookieconsent (``disablePageInteraction``, ``guiOptions``, ``language``), klaro
(``mustConsent``, ``hideDeclineAll``, ``lang``) and @porscheofficial/cookie-consent-banner
(label attributes) through their documented options, plus hand-written pages (a pay-or-okay
wall, a Chinese in-app privacy pop-up, an English banner on a Chinese page, a reject inside the
banner's sentence, accept offered twice). Each page must report exactly the expected ids among
this issue's checks, with the evidence a reader follows in report.json and report.html.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.npm]

PAGES = "/pages/prompt_checks"
SCAN_TIMEOUT_S = 900
OUR_CHECKS = ("consent-wall", "language-mismatch", "asymmetric-choice")
# page -> violations among OUR_CHECKS
EXPECTED: dict[str, set[str]] = {
    "pay_wall.html?variant=dark": {"consent-wall"},
    "pay_wall.html": set(),
    "zh_app.html?variant=exit": {"consent-wall"},
    "zh_app.html": set(),
    "vanilla_wall.html?variant=noreject": {"consent-wall"},
    "vanilla_wall.html": set(),
    "klaro_wall.html?variant=noreject,preticked": {"consent-wall"},
    "klaro_wall.html?variant=noreject": set(),  # "Accept selected" with every service off
    "klaro_wall.html": set(),
    "en_on_zh.html?variant=foreign": {"language-mismatch"},
    "en_on_zh.html": set(),
    "vanilla_wall.html?variant=foreign": {"language-mismatch"},
    "klaro_wall.html?variant=foreign": {"language-mismatch"},
    "porsche_zh.html?variant=foreign": {"language-mismatch"},
    "porsche_zh.html": set(),
    "reject_in_text.html?variant=inline": {"asymmetric-choice"},
    "reject_in_text.html?variant=twice": {"asymmetric-choice"},
    "reject_in_text.html": set(),
}


@dataclass
class ScanRun:
    returncode: int
    output: str
    out_dir: Path
    base_url: str


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory, cli_env: dict[str, str], tests_base_url: str
         ) -> Iterator[ScanRun]:
    out_dir = tmp_path_factory.mktemp("regulator-scan")
    urls = [f"{tests_base_url}{PAGES}/{page}" for page in EXPECTED]
    command = [sys.executable, "-m", "consentinel", "scan", *urls, "--out", str(out_dir), "--no-axe",
               "--quiet", "--checks", ",".join(OUR_CHECKS)]
    proc = subprocess.run(command, capture_output=True, text=True, env=cli_env, timeout=SCAN_TIMEOUT_S,
                          check=False)
    yield ScanRun(proc.returncode, proc.stdout + proc.stderr, out_dir, tests_base_url)


@pytest.fixture(scope="module")
def report(scan: ScanRun) -> dict[str, Any]:
    path = scan.out_dir / "report.json"
    assert path.is_file(), scan.output
    return json.loads(path.read_text(encoding="utf-8"))


def findings_for(report: dict[str, Any], base_url: str, page: str) -> list[dict[str, Any]]:
    url = f"{base_url}{PAGES}/{page}"
    [item] = [j for j in report["journeys"] if j["source"] == url]
    return [f for s in item["steps"] for f in s["findings"]]


def test_scan_runs_without_errors(scan: ScanRun, report: dict[str, Any]) -> None:
    assert scan.returncode == 1, scan.output
    errors = [(j["name"], s["label"], s["error"])
              for j in report["journeys"] for s in j["steps"] if s["error"]]
    assert errors == []


@pytest.mark.parametrize("page", list(EXPECTED))
def test_each_page_reports_exactly_its_ids(report: dict[str, Any], scan: ScanRun, page: str) -> None:
    found = {f["check"] for f in findings_for(report, scan.base_url, page) if f["outcome"] == "violation"}
    assert found == EXPECTED[page]


def _one(report: dict[str, Any], scan: ScanRun, page: str, check: str) -> dict[str, Any]:
    [finding] = [f for f in findings_for(report, scan.base_url, page) if f["check"] == check]
    return finding


def test_wall_evidence_names_coverage_lock_and_each_control(report: dict[str, Any], scan: ScanRun) -> None:
    evidence = _one(report, scan, "vanilla_wall.html?variant=noreject", "consent-wall")["evidence"]
    assert evidence["coverage"] >= 0.8
    assert evidence["scroll_lock"]  # disablePageInteraction hides html/body overflow
    assert {c["role"]: c["verdict"] for c in evidence["controls"]} == {"accept": "not a way on",
                                                                       "settings": "not a way on"}
    zh = _one(report, scan, "zh_app.html?variant=exit", "consent-wall")["evidence"]
    assert any(c["why"].startswith("ends the visit") for c in zh["controls"])


def test_language_evidence_names_both_languages_with_shares(report: dict[str, Any], scan: ScanRun) -> None:
    evidence = _one(report, scan, "porsche_zh.html?variant=foreign", "language-mismatch")["evidence"]
    assert evidence["page_language"] == "zh"
    assert evidence["prompt_languages"].get("en", 0) > 0.5
    assert evidence["prompt_languages"].get("zh", 0) < 0.2
    klaro = _one(report, scan, "klaro_wall.html?variant=foreign", "language-mismatch")["evidence"]
    assert (klaro["page_language"], max(klaro["prompt_languages"], key=klaro["prompt_languages"].get)) \
        == ("en", "zh")


def test_reject_in_text_evidence_places_the_link(report: dict[str, Any], scan: ScanRun) -> None:
    evidence = _one(report, scan, "reject_in_text.html?variant=inline", "asymmetric-choice")["evidence"]
    assert "reject-in-text" in evidence["reasons"]
    [where] = evidence["reject_in_text"]
    assert where["paragraph"].startswith("We use cookies") and where["offset"] > 0


def test_html_report_shows_the_findings(scan: ScanRun) -> None:
    html = (scan.out_dir / "report.html").read_text(encoding="utf-8")
    for check in OUR_CHECKS:
        assert check in html
    assert "blocks the page" in html and "has no passage in" in html
