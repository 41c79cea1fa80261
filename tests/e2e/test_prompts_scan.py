"""`consentinel scan URL` explores consent prompts by itself: exact check ids, clicks, layers.

One CLI run (a child process, as a user runs it) scans a compliant and three dark
configurations of real consent managers plus a page without a prompt, then the written
report.json / report.html are checked: exactly the expected check ids per URL, the accept and
reject click counts, and a screenshot for every explored layer.
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
from browser_fixtures import checks_but_behaviour

pytestmark = [pytest.mark.browser, pytest.mark.npm]

PAGES = "/pages/cmp_prompts"
SCAN_TIMEOUT_S = 600
# page -> (exact violation ids over all steps, expected clicks or None when no prompt)
EXPECTED: dict[str, tuple[set[str], dict[str, int | None] | None]] = {
    "porsche.html": (set(), {"accept": 1, "reject": 1}),
    "porsche.html?variant=preticked": ({"preselected-consent"}, {"accept": 1, "reject": 1}),
    "klaro.html?variant=noreject": ({"no-reject-option"}, {"accept": 1, "reject": 2}),
    "klaro.html?variant=faint": ({"asymmetric-choice"}, {"accept": 1, "reject": 1}),
    "none.html": (set(), None),
}
LAYER_LABELS = ["first layer", "settings layer", "after accept", "after reject"]


@dataclass
class ScanRun:
    returncode: int
    stdout: str
    stderr: str
    out_dir: Path
    base_url: str

    def describe(self) -> str:
        return f"exit {self.returncode}\n--- stdout ---\n{self.stdout}\n--- stderr ---\n{self.stderr}"


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory, cli_env: dict[str, str], tests_base_url: str
         ) -> Iterator[ScanRun]:
    out_dir = tmp_path_factory.mktemp("scan-report")
    urls = [f"{tests_base_url}{PAGES}/{page}" for page in EXPECTED]
    command = [sys.executable, "-m", "consentinel", "scan", *urls, "--out", str(out_dir), "--no-axe",
               "--quiet", "--checks", checks_but_behaviour()]
    proc = subprocess.run(command, capture_output=True, text=True, env=cli_env, timeout=SCAN_TIMEOUT_S,
                          check=False)
    yield ScanRun(proc.returncode, proc.stdout, proc.stderr, out_dir, tests_base_url)


@pytest.fixture(scope="module")
def report(scan: ScanRun) -> dict[str, Any]:
    path = scan.out_dir / "report.json"
    assert path.is_file(), scan.describe()
    return json.loads(path.read_text(encoding="utf-8"))


def journey_for(report: dict[str, Any], base_url: str, page: str) -> dict[str, Any]:
    url = f"{base_url}{PAGES}/{page}"
    for item in report["journeys"]:
        if item["source"] == url:
            return item
    raise AssertionError(f"{url} not in the report")


def test_scan_exits_with_findings_and_no_errors(scan: ScanRun, report: dict[str, Any]) -> None:
    assert scan.returncode == 1, scan.describe()  # violations found, nothing broke
    errors = [(j["name"], s["label"], s["error"])
              for j in report["journeys"] for s in j["steps"] if s["error"]]
    assert errors == []


@pytest.mark.parametrize("page", list(EXPECTED))
def test_scan_reports_exactly_the_expected_ids(report: dict[str, Any], scan: ScanRun, page: str) -> None:
    item = journey_for(report, scan.base_url, page)
    found = {f["check"] for s in item["steps"] for f in s["findings"] if f["outcome"] == "violation"}
    assert found == EXPECTED[page][0]


@pytest.mark.parametrize("page", list(EXPECTED))
def test_scan_records_clicks_and_every_layer_screenshot(report: dict[str, Any], scan: ScanRun,
                                                        page: str) -> None:
    item = journey_for(report, scan.base_url, page)
    explored = [s for s in item["steps"] if s["kind"] == "explore-consent"]
    clicks = EXPECTED[page][1]
    assert explored, "scan did not explore the consent prompt"
    assert explored[0]["extra"]["exploration"]["clicks"] == (clicks or {})
    if clicks is None:
        assert [s["label"] for s in explored] == ["first layer"]
        assert explored[0]["extra"]["exploration"]["prompt_found"] is False
        return
    assert [s["label"] for s in explored] == LAYER_LABELS
    for step in explored:
        assert step["screenshot"], step["label"]
        assert (scan.out_dir / step["screenshot"]).read_bytes()[:4] == b"\x89PNG"


def test_html_report_shows_every_layer(scan: ScanRun) -> None:
    html = (scan.out_dir / "report.html").read_text(encoding="utf-8")
    for label in LAYER_LABELS:
        assert label in html
    assert html.count("data:image/png;base64,") >= 4 * (len(EXPECTED) - 1)


def run_cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "consentinel", *args], capture_output=True, text=True,
                          env=env, timeout=SCAN_TIMEOUT_S, check=False)


def test_no_explore_only_audits_the_landing_state(tmp_path: Path, cli_env: dict[str, str],
                                                   tests_base_url: str) -> None:
    url = f"{tests_base_url}{PAGES}/klaro.html?variant=noreject"
    proc = run_cli(["scan", url, "--out", str(tmp_path), "--no-axe", "--quiet", "--no-explore"], cli_env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    kinds = [s["kind"] for s in report["journeys"][0]["steps"]]
    assert "explore-consent" not in kinds and "audit" in kinds


def test_explore_consent_journey_step_with_expectation(tmp_path: Path, cli_env: dict[str, str],
                                                       tests_base_url: str) -> None:
    flow = tmp_path / "banner.yaml"
    flow.write_text(
        "version: 1\n"
        "name: Banner without reject\n"
        f"start: {PAGES}/porsche.html?variant=noreject\n"
        "steps:\n"
        "  - explore-consent: {label: Banner, expect: [no-reject-option]}\n"
        "  - expect: [no-reject-option]\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    proc = run_cli(["run", str(flow), "--base-url", tests_base_url, "--out", str(out), "--no-axe", "--quiet",
                    "--fail-on", "none"], cli_env)
    assert proc.returncode == 0, proc.stdout + proc.stderr  # every expectation held, nothing errored
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    steps = report["journeys"][0]["steps"]
    labels = [s["label"] for s in steps if s["kind"] == "explore-consent"]
    assert labels == [f"Banner: {label}" for label in LAYER_LABELS]
    first = next(s for s in steps if s["kind"] == "explore-consent")
    assert first["extra"]["exploration"]["clicks"] == {"accept": 1, "reject": 2}
    assert not any(s["expectation_failed"] for s in steps)
