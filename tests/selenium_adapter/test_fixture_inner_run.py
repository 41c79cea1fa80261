"""``consent_audit_driver`` in a real Selenium suite: an inner pytest run with chromedriver.

Done when a Selenium test that opens the demo annual-bill page and calls the fixture fails with
the same check ids as the Playwright audit of that page, and the clean page passes.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from importlib.metadata import entry_points

import pytest

pytest.importorskip("selenium")

from browser_fixtures import fresh_page, launched_browser, served

from consentinel.checks import ALL_CHECKS
from consentinel.demo import demo_site_dir
from consentinel.gather.audit import audit
from consentinel.gather.browser import ENV_TEST_HOST_RULES

pytestmark = pytest.mark.browser
pytest_plugins = ["pytester"]

CONFTEST = '''
import pytest

from consentinel.selenium.chrome import chrome_driver


@pytest.fixture(scope="session")
def driver():
    session = chrome_driver()
    yield session
    session.quit()
'''

SUITE = '''
def test_annual_bill(driver, consent_audit_driver):
    driver.get("{base}/annual-bill/en.html")
    consent_audit_driver(driver).assert_clean()


def test_annual_bill_clean(driver, consent_audit_driver):
    driver.get("{base}/annual-bill/en-clean.html")
    consent_audit_driver(driver).assert_clean()
'''


@pytest.fixture(scope="module")
def demo() -> Iterator[str]:
    with served(demo_site_dir()) as base:
        yield base


def _plugin_args() -> list[str]:
    """Load the fixture module by name unless this install already registers its entry point."""
    if any(ep.name == "consentinel_selenium" for ep in entry_points(group="pytest11")):
        return []
    return ["-p", "consentinel.selenium.pytest_fixtures"]


def _playwright_check_ids(url: str) -> set[str]:
    with launched_browser() as browser, fresh_page(browser) as page:
        page.goto(url, wait_until="load")
        return {f.check for f in audit(page).findings if f.outcome == "violation"}


def test_selenium_suite_fails_with_the_playwright_check_ids(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, demo: str
) -> None:
    if shutil.which("chromedriver") is None:
        pytest.skip("chromedriver not installed (Debian: apt-get install chromium-driver)")
    monkeypatch.setenv(ENV_TEST_HOST_RULES, "1")
    monkeypatch.setenv("ALLURE_NO_ANALYTICS", "true")
    expected = _playwright_check_ids(f"{demo}/annual-bill/en.html")
    assert expected, "the demo annual bill is meant to be dark"
    pytester.makeini("[pytest]\n")
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_bill=SUITE.format(base=demo))
    report, allure = pytester.path / "report", pytester.path / "allure"
    result = pytester.runpytest_subprocess(
        *_plugin_args(), "-p", "no:cacheprovider", f"--consent-report={report}", f"--alluredir={allure}"
    )
    result.assert_outcomes(passed=1, failed=1)
    output = result.stdout.str()
    result.stdout.fnmatch_lines(
        ["*consent problem(s) on *en.html*", "FAILED test_bill.py::test_annual_bill - AssertionError*"]
    )
    failure = output.split("_ test_annual_bill _", 1)[1]
    named = {cid for cid in ALL_CHECKS if re.search(rf"\b{re.escape(cid)}\b", failure)}
    assert named == expected
    document = json.loads((report / "report.json").read_text(encoding="utf-8"))
    journeys = {j["name"].rsplit("::", 1)[1]: j for j in document["journeys"]}
    assert {f["check"] for s in journeys["test_annual_bill"]["steps"] for f in s["findings"]} >= expected
    assert [s["findings"] for s in journeys["test_annual_bill_clean"]["steps"]] == [[]]
    # allure: the audit is a step of the failing test, labelled with the check ids found.
    results = [json.loads(p.read_text(encoding="utf-8")) for p in allure.glob("*-result.json")]
    failing = next(r for r in results if r["name"] == "test_annual_bill")
    assert [s["name"] for s in failing["steps"]] == ["consent audit 1"]
    labelled = {label["value"] for label in failing["labels"] if label["name"] == "tag"}
    assert expected <= labelled
