"""The fast tier's guards (tests/conftest.py) catch a test that lacks its browser or npm mark.

Each case runs in an inner pytest session, in a child process: in this process the guard is
active around this very test, and would hide what the inner session does by itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).with_name("conftest.py")
INI = '[pytest]\nmarkers =\n    browser: needs a real Chromium\n    npm: needs npm\n'


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeini(INI)
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    return pytester


def test_unmarked_tests_cannot_launch_a_browser_but_marked_ones_may(project: pytest.Pytester) -> None:
    project.makepyfile(test_inner='''
        import os

        import pytest
        from playwright.sync_api import BrowserType


        @pytest.fixture(scope="module")
        def module_browser():
            return BrowserType.launch(None)


        def test_unmarked_launch():
            BrowserType.launch(None)


        def test_unmarked_module_fixture(module_browser):
            pass


        def test_unmarked_child_processes_find_no_browser():
            assert os.environ["CONSENTINEL_BROWSER"].startswith("/nonexistent/")


        @pytest.mark.browser
        def test_marked_launch_is_playwright_s_own():
            assert BrowserType.launch.__qualname__ == "BrowserType.launch"
    ''')
    result = project.runpytest_subprocess("-p", "no:cacheprovider", "-rA")
    result.assert_outcomes(passed=2, failed=1, errors=1)
    for nodeid in ("test_inner.py::test_unmarked_launch", "test_inner.py::test_unmarked_module_fixture"):
        result.stdout.fnmatch_lines([f"E * {nodeid} launches a browser but is not marked browser: *"])


def test_unmarked_test_using_an_npm_fixture_stops_collection(project: pytest.Pytester) -> None:
    project.makepyfile(test_inner='''
        import pytest


        @pytest.fixture
        def npm_modules():
            raise AssertionError("never reached: collection stops first")


        @pytest.fixture
        def served(npm_modules):
            return npm_modules


        def test_unmarked(served):
            pass


        @pytest.mark.npm
        def test_marked(served):
            pass
    ''')
    result = project.runpytest_subprocess("-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*not marked npm*", "*test_inner.py::test_unmarked"])
    assert "test_marked" not in result.stderr.str()
