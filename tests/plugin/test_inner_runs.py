"""End to end: inner pytest runs (subprocesses) over small journeys and a consent_audit test.

Three runs share one small project (module scope, real Chromium):

1. no baseline (journeys and the fixture test): a fair journey passes, a dark one fails with a
   readable message; the ``consent_audit`` fixture passes on a clean page and fails on a dark
   one; allure results, SARIF, the HTML/JSON report and a baseline are written;
2. the same pages with that baseline (journeys): nothing is new, everything passes;
3. the dark pattern is swapped for another one: the new one fails, the old one is listed fixed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from consentinel.reports.sarif import FINGERPRINT_KEY, validate_sarif

pytestmark = pytest.mark.browser

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font:16px/1.5 sans-serif;color:#111;background:#fff;margin:40px}}</style></head>
<body><h1>Create your account</h1><form>
<p><label>Email <input type="email" name="email"></label></p>
<p><label><input type="checkbox" name="remember" checked> Remember me on this device</label></p>
{extra}
<p><button type="submit">Create account</button></p></form></body></html>
"""
PARTNERS = '<p><label><input type="checkbox" id="partners" checked> Send me offers from partners</label></p>'
ADVERTISERS = (
    '<p><label><input type="checkbox" id="ads" checked> Share my browsing data with advertisers</label></p>'
)

FAIR = """\
version: 1
name: Fair sign-up
steps:
  - goto: /dark.html
  - audit: {label: Dark sign-up, checks: [preselected-consent], expect: [preselected-consent]}
  - goto: /clean.html
  - audit: {label: Clean sign-up, checks: [preselected-consent]}
  - expect: no findings
"""
DARK = """\
version: 1
name: Dark sign-up
steps:
  - goto: /dark.html
  - audit: {label: Sign-up form, checks: [preselected-consent]}
"""
PY_TESTS = """
import pytest
from playwright.sync_api import sync_playwright

from consentinel.gather.browser import launch_browser


@pytest.fixture(scope="module")
def own_page():
    with sync_playwright() as pw:
        browser = launch_browser(pw)
        context = browser.new_context()
        yield context.new_page()
        context.close()
        browser.close()


def test_clean_page(own_page, consent_audit, consentinel_base_url):
    own_page.goto(consentinel_base_url + "/clean.html")
    findings = consent_audit(own_page)
    assert findings.violations == []
    findings.assert_clean()


@pytest.mark.consent_checks("preselected-consent")
def test_dark_page(own_page, consent_audit, consentinel_base_url):
    own_page.goto(consentinel_base_url + "/dark.html")
    findings = consent_audit(own_page, label="dark form")
    assert {f.check for f in findings} == {"preselected-consent"}
    findings.assert_clean()
"""

# pytest-playwright's own `page` fixture, pointed at the browser Consentinel finds.
PW_CONFTEST = """
import pytest

from consentinel.pytest_plugin import consentinel_launch_args


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, **consentinel_launch_args()}
"""
PW_TESTS = """
def test_with_pytest_playwright_page(page, consent_audit, consentinel_base_url):
    page.goto(consentinel_base_url + "/dark.html")
    findings = consent_audit(page, checks=["preselected-consent"])
    assert [f.selector for f in findings.failing()] == ["#partners"]
"""


@dataclass
class InnerRun:
    ret: int
    output: str
    root: Path


def write_site(root: Path, dark_extra: str) -> None:
    site = root / "site"
    site.mkdir(exist_ok=True)
    (site / "dark.html").write_text(PAGE.format(title="Dark", extra=dark_extra), encoding="utf-8")
    (site / "clean.html").write_text(PAGE.format(title="Clean", extra=""), encoding="utf-8")


def run_inner(
    root: Path, name: str, *args: str, targets: tuple[str, ...] = ("flows", "test_audit.py", "test_pw.py")
) -> InnerRun:
    env = {**os.environ, "CONSENTINEL_TEST_HOST_RULES": "1", "ALLURE_NO_ANALYTICS": "true"}
    env.pop("PYTEST_ADDOPTS", None)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-rA",
            *targets,
            "--consent-serve",
            "site",
            *args,
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    (root / f"{name}.log").write_text(proc.stdout + proc.stderr, encoding="utf-8")
    return InnerRun(proc.returncode, proc.stdout + proc.stderr, root)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("inner")
    (root / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (root / "flows").mkdir()
    (root / "flows" / "fair.yaml").write_text(FAIR, encoding="utf-8")
    (root / "flows" / "dark.yaml").write_text(DARK, encoding="utf-8")
    (root / "test_audit.py").write_text(PY_TESTS, encoding="utf-8")
    (root / "conftest.py").write_text(PW_CONFTEST, encoding="utf-8")
    (root / "test_pw.py").write_text(PW_TESTS, encoding="utf-8")
    write_site(root, PARTNERS)
    return root


@pytest.fixture(scope="module")
def first(project: Path) -> InnerRun:
    return run_inner(
        project,
        "first",
        "--alluredir",
        "allure-results",
        "--consent-sarif",
        "out/c.sarif",
        "--consent-report",
        "out/report",
        "--consent-write-baseline",
        "baseline.json",
        "--junitxml",
        "out/junit.xml",
    )


@pytest.fixture(scope="module")
def second(first: InnerRun) -> InnerRun:
    # Journeys only from here on: one browser launch per run keeps the module quick.
    return run_inner(first.root, "second", "--consent-baseline", "baseline.json", targets=("flows",))


@pytest.fixture(scope="module")
def third(second: InnerRun) -> InnerRun:
    write_site(second.root, ADVERTISERS)
    return run_inner(second.root, "third", "--consent-baseline", "baseline.json", targets=("flows",))


def test_pass_and_fail_outcomes(first: InnerRun) -> None:
    out = first.output
    assert "PASSED flows/fair.yaml::Fair sign-up" in out
    assert "FAILED flows/dark.yaml::Dark sign-up" in out
    assert "PASSED test_audit.py::test_clean_page" in out
    assert "FAILED test_audit.py::test_dark_page" in out
    assert "PASSED test_pw.py::test_with_pytest_playwright_page" in out
    assert first.ret == pytest.ExitCode.TESTS_FAILED


def test_failure_messages_list_check_impact_text_selector(first: InnerRun) -> None:
    out = first.output
    assert "journey 'Dark sign-up' (flows/dark.yaml) failed" in out
    assert "step 2: audit: Sign-up form (line 5):" in out
    assert '[preselected-consent] critical: "Send me offers from partners" at ' in out
    assert "#partners" in out
    # the consent_audit fixture's AssertionError says the same, and names the page
    assert "1 consent problem(s) on http://127.0.0.1:" in out
    # the ticked "Remember me" is not consent and is never reported
    assert 'Remember me on this device" at' not in out


def test_allure_results_hold_steps_attachments_and_labels(first: InnerRun) -> None:
    results = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in (first.root / "allure-results").glob("*-result.json")
    ]
    by_name = {r["name"]: r for r in results}
    dark = by_name["Dark sign-up"]
    assert dark["status"] == "failed"
    steps = {s["name"]: s for s in dark["steps"]}
    audit = steps["step 2: audit: Sign-up form"]
    assert audit["status"] == "failed"
    kinds = {a["name"]: a for a in audit["attachments"]}
    assert kinds["annotated screenshot"]["type"] == "image/png"
    assert kinds["findings"]["type"] == "application/json"
    assert kinds["offending elements (HTML)"]["type"] == "text/plain"
    folder = first.root / "allure-results"
    png = (folder / kinds["annotated screenshot"]["source"]).read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 1000
    findings = json.loads((folder / kinds["findings"]["source"]).read_text(encoding="utf-8"))
    assert [f["check"] for f in findings] == ["preselected-consent"]
    assert 'id="partners"' in (folder / kinds["offending elements (HTML)"]["source"]).read_text(
        encoding="utf-8"
    )
    labels = {(label["name"], label["value"]) for label in dark["labels"]}
    assert ("consent_check", "preselected-consent") in labels
    assert ("consent_impact", "critical") in labels
    assert ("tag", "preselected-consent") in labels
    fair_steps = [s["name"] for s in by_name["Fair sign-up"]["steps"]]
    assert fair_steps[:2] == ["step 1: goto /dark.html", "step 2: audit: Dark sign-up"]
    assert all(s["status"] == "passed" for s in by_name["Fair sign-up"]["steps"])
    fixture_test = by_name["test_dark_page"]
    assert fixture_test["steps"][0]["name"] == "dark form"
    assert {a["name"] for a in fixture_test["steps"][0]["attachments"]} >= {
        "annotated screenshot",
        "findings",
    }


def test_session_sarif_validates_and_points_at_the_yaml_line(first: InnerRun) -> None:
    doc = json.loads((first.root / "out" / "c.sarif").read_text(encoding="utf-8"))
    assert validate_sarif(doc) == []
    results = doc["runs"][0]["results"]
    from_yaml = [r for r in results if r["properties"]["journey"] == "Dark sign-up"]
    assert len(from_yaml) == 1
    location = from_yaml[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "flows/dark.yaml"
    assert location["region"]["startLine"] == 5
    assert len(from_yaml[0]["partialFingerprints"][FINGERPRINT_KEY]) == 64


def test_report_baseline_and_junit_written(first: InnerRun) -> None:
    assert (first.root / "out" / "report" / "report.html").is_file()
    assert (first.root / "out" / "report" / "report.json").is_file()
    baseline = json.loads((first.root / "baseline.json").read_text(encoding="utf-8"))
    assert {e["url_path"] for e in baseline["entries"]} == {"/dark.html"}
    cases = {c.get("name"): c for c in ET.parse(first.root / "out" / "junit.xml").getroot().iter("testcase")}
    props = {p.get("name"): p.get("value") for p in cases["Dark sign-up"].iter("property")}
    assert props["step 2: audit: Sign-up form"] == "FAILED: preselected-consent"


def test_same_pages_with_baseline_have_no_new_findings(second: InnerRun) -> None:
    assert second.ret == pytest.ExitCode.OK, second.output
    assert "0 new," in second.output and "0 fixed since the baseline" in second.output


def test_new_dark_pattern_fails_and_removed_one_is_fixed(third: InnerRun) -> None:
    out = third.output
    assert third.ret == pytest.ExitCode.TESTS_FAILED
    assert "FAILED flows/dark.yaml::Dark sign-up" in out
    assert "Share my browsing data with advertisers" in out
    assert "PASSED flows/fair.yaml::Fair sign-up" in out
    assert "fixed: [preselected-consent] /dark.html 'Send me offers from partners'" in out
