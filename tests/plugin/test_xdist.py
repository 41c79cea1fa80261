"""pytest-xdist: one session report, SARIF and baseline for all workers.

The fast test round-trips a worker's partial result; the browser test runs an inner pytest
session with ``-n 2`` over three journeys and checks that the outputs hold every worker's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from builders import make_finding, make_journey, make_run, make_step

from consentinel.facts.snapshot import Box
from consentinel.results import RunResult

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{n}</title></head>
<body><form><h1>Sign up {n}</h1><label><input type="checkbox" id="share{n}" checked> Send me offers
from partners</label><button>Create account</button></form></body></html>"""
JOURNEY = """\
version: 1
name: Sign-up {n}
steps:
  - goto: /p{n}.html
  - audit: {{label: Sign-up form, checks: [preselected-consent]}}
"""
JOURNEYS = 3


def test_a_partial_result_round_trips() -> None:
    finding = make_finding(box=Box(1.0, 2.0, 3.0, 4.0), evidence={"checked": True}, url="http://x/")
    run = make_run(make_journey(make_step(finding, screenshot="a/step-1.png"), name="j"),
                   redactions=["TOKEN"], started_at="2026-01-01T00:00:00Z")
    assert RunResult.from_dict(json.loads(json.dumps(run.to_dict()))) == run


@pytest.mark.browser
def test_xdist_workers_write_one_report_sarif_and_baseline(tmp_path: Path) -> None:
    pytest.importorskip("xdist")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "site").mkdir()
    (tmp_path / "flows").mkdir()
    for n in range(JOURNEYS):
        (tmp_path / "site" / f"p{n}.html").write_text(PAGE.format(n=n), encoding="utf-8")
        (tmp_path / "flows" / f"j{n}.yaml").write_text(JOURNEY.format(n=n), encoding="utf-8")
    env = {**os.environ, "CONSENTINEL_TEST_HOST_RULES": "1"}
    env.pop("PYTEST_ADDOPTS", None)
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "xdist", "-n", "2", "flows",
         "--consent-serve", "site", "--consent-report", "out/report", "--consent-sarif", "out/c.sarif",
         "--consent-write-baseline", "baseline.json"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output  # every journey has a pre-ticked box
    assert "gw0" in output and "gw1" in output
    report = json.loads((tmp_path / "out" / "report" / "report.json").read_text())
    assert sorted(j["name"] for j in report["journeys"]) == [f"Sign-up {n}" for n in range(JOURNEYS)]
    sarif = json.loads((tmp_path / "out" / "c.sarif").read_text())
    assert len(sarif["runs"][0]["results"]) == JOURNEYS
    baseline = json.loads((tmp_path / "baseline.json").read_text())
    assert len(baseline["entries"]) == JOURNEYS
    assert f"{JOURNEYS} journey(s)/test(s) audited" in output
