"""`consentinel demo` end to end: the bundled journeys, the real CLI, the real reports.

The CLI runs in a child process (its own Playwright driver, exactly as a user starts it), once
per module; the tests then read what it wrote. The dark annual bills (English on desktop and
phone, Chinese on phone) must report the Alipay pattern; the clean counterparts nothing.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from consentinel.reports import load_report

pytestmark = pytest.mark.browser

# The Alipay pattern: pre-ticked, fine print, pale.
ALIPAY_PATTERN = {"preselected-consent", "fine-print-consent", "low-contrast-consent"}
DARK_BILLS = (
    "Annual bill, English, desktop (dark)",
    "Annual bill, English, iPhone 13 (dark)",
    "Annual bill, Simplified Chinese, iPhone 13 (dark)",
)
CLEAN_JOURNEYS = (
    "Annual bill, English, desktop (clean)",
    "Annual bill, Simplified Chinese, iPhone 13 (clean)",
    "Sign-up form (clean)",
)
DEMO_TIMEOUT_S = 240
REPO_FLOWS = Path(__file__).resolve().parents[2] / "flows"


@dataclass(frozen=True)
class DemoRun:
    returncode: int
    stdout: str
    stderr: str
    out_dir: Path

    def describe(self) -> str:
        return f"exit {self.returncode}\n--- stdout ---\n{self.stdout}\n--- stderr ---\n{self.stderr}"


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory, cli_env: dict[str, str]) -> Iterator[DemoRun]:
    out_dir = tmp_path_factory.mktemp("demo-report")
    # --fail-on none: the dark pages are meant to have violations; exit 0 then says that every
    # journey's `expect` held and nothing errored.
    command = [sys.executable, "-m", "consentinel", "demo", "--out", str(out_dir), "--no-open",
               "--fail-on", "none", "--quiet"]
    proc = subprocess.run(command, capture_output=True, text=True, env=cli_env, timeout=DEMO_TIMEOUT_S,
                          check=False)
    yield DemoRun(proc.returncode, proc.stdout, proc.stderr, out_dir)


@pytest.fixture(scope="module")
def report(demo_run: DemoRun) -> dict[str, Any]:
    path = demo_run.out_dir / "report.json"
    assert path.is_file(), demo_run.describe()
    return load_report(path)  # parses and validates against the report's JSON Schema


def journey(report: dict[str, Any], name: str) -> dict[str, Any]:
    for item in report["journeys"]:
        if item["name"] == name:
            return item
    raise AssertionError(f"no journey {name!r} in {[j['name'] for j in report['journeys']]}")


def violations(item: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for step in item["steps"] for f in step["findings"] if f["outcome"] == "violation"]


def test_demo_writes_both_reports(demo_run: DemoRun, report: dict[str, Any]) -> None:
    assert (demo_run.out_dir / "report.html").is_file(), demo_run.describe()
    html = (demo_run.out_dir / "report.html").read_text(encoding="utf-8")
    assert "preselected-consent" in html and "年度账单" in html
    assert "data:image/png;base64," in html, "report.html should embed its screenshots (self-contained)"
    assert report["totals"]["journeys"] >= 7
    assert report["errors"] == [], report["errors"]


@pytest.mark.parametrize("name", DARK_BILLS)
def test_dark_annual_bill_reports_the_alipay_pattern(report: dict[str, Any], name: str) -> None:
    item = journey(report, name)
    found = {f["check"] for f in violations(item)}
    assert found >= ALIPAY_PATTERN, f"{name}: got {sorted(found)}"
    # The pre-ticked box reported is the Sesame Credit one, with its checked state as evidence.
    preselected = [f for f in violations(item) if f["check"] == "preselected-consent"]
    assert any("sesame_agreement" in f["selector"] or "Sesame" in f["text"] or "芝麻" in f["text"]
               for f in preselected), preselected


def test_chinese_bill_ran_as_a_chinese_phone(report: dict[str, Any]) -> None:
    item = journey(report, "Annual bill, Simplified Chinese, iPhone 13 (dark)")
    assert (item["device"], item["locale"], item["timezone"]) == ("iPhone 13", "zh-CN", "Asia/Shanghai")
    texts = " ".join(f["text"] for f in violations(item))
    assert "同意" in texts


def test_dark_signup_reports_partner_offers_but_not_remember_me(report: dict[str, Any]) -> None:
    item = journey(report, "Sign-up form (dark)")
    found = [f for f in violations(item) if f["check"] == "preselected-consent"]
    assert len(found) == 1, found
    assert "partner" in found[0]["text"].lower()
    assert "remember" not in (found[0]["selector"] + found[0]["text"]).lower()


@pytest.mark.parametrize("name", CLEAN_JOURNEYS)
def test_clean_pages_report_nothing(report: dict[str, Any], name: str) -> None:
    item = journey(report, name)
    audits = [s for s in item["steps"] if s["kind"] == "audit"]
    assert audits and all(s["error"] is None for s in audits), audits
    assert all(s["screenshot"] for s in audits), "an audit without its screenshot"
    assert violations(item) == []


def test_every_demo_expectation_holds(demo_run: DemoRun, report: dict[str, Any]) -> None:
    """The journeys' own `expect:` lines (exact id lists) all hold, so the demo exits 0."""
    failed = [(j["name"], s["expectation"], s["extra"].get("expectation_detail"))
              for j in report["journeys"] for s in j["steps"] if s["expectation_failed"]]
    assert failed == []
    assert demo_run.returncode == 0, demo_run.describe()



def test_example_flows_hold_against_the_demo_site(tmp_path: Path, cli_env: dict[str, str]) -> None:
    """The top-level flows/ examples users copy from: relative paths, every `expect` holds.

    axe-core is skipped here (the demo run above keeps it): the subject is the journeys.
    """
    from consentinel.demo import demo_site_dir
    from consentinel.server import serve_directory

    with serve_directory(demo_site_dir()) as base_url:
        command = [sys.executable, "-m", "consentinel", "run", str(REPO_FLOWS), "--base-url", base_url,
                   "--out", str(tmp_path), "--fail-on", "none", "--no-axe", "--quiet"]
        proc = subprocess.run(command, capture_output=True, text=True, env=cli_env,
                              timeout=DEMO_TIMEOUT_S, check=False)
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    report = load_report(tmp_path / "report.json")
    assert report["totals"]["journeys"] == len(list(REPO_FLOWS.glob("*.yaml")))
    assert report["totals"]["audits"] >= 6
