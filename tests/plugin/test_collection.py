"""Which YAML becomes a test item, and how invalid journeys are reported (no browser needed)."""

from __future__ import annotations

import pytest

# pytester in this module only (a non-root conftest may not declare plugins).
pytest_plugins = ["pytester"]

JOURNEY = """\
version: 1
name: Sign-up is fair
steps:
  - goto: /signup.html
  - audit: Sign-up
"""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeini("[pytest]\n")
    flows = pytester.mkdir("flows")
    (flows / "signup.yaml").write_text(JOURNEY, encoding="utf-8")
    (flows / "settings.yaml").write_text("colour: blue\nsteps_per_page: 3\n", encoding="utf-8")
    data = flows / "data"
    data.mkdir()
    (data / "broken.yaml").write_text("version: 1\nsteps: [{goto: 3}]\n", encoding="utf-8")
    return pytester


def test_journeys_become_items_named_after_the_journey(project: pytest.Pytester) -> None:
    result = project.runpytest("--collect-only", "-q", "flows", "--consent-base-url", "http://127.0.0.1:9")
    result.stdout.fnmatch_lines(["flows/signup.yaml::Sign-up is fair"])
    # Other YAML (no version+steps) is left alone, and subfolders' fixture YAML is not collected.
    assert "settings.yaml" not in result.stdout.str()
    assert "broken.yaml" not in result.stdout.str()
    assert result.ret == 0


def test_invalid_journey_is_a_collection_error_with_file_and_line(project: pytest.Pytester) -> None:
    (project.path / "flows" / "bad.yaml").write_text(
        "version: 1\nname: Bad\nsteps:\n  - gotoo: /x.html\n  - audit: {label: x, checks: [no-such-check]}\n",
        encoding="utf-8",
    )
    result = project.runpytest("flows", "--consent-base-url", "http://127.0.0.1:9")
    output = result.stdout.str()
    assert "flows/bad.yaml:4:" in output and "gotoo" in output
    assert "flows/bad.yaml:5:" in output and "no-such-check" in output
    assert "Traceback" not in output
    assert result.ret == pytest.ExitCode.INTERRUPTED


def test_relative_paths_without_origin_name_the_plugin_options(project: pytest.Pytester) -> None:
    result = project.runpytest("flows")
    result.stdout.fnmatch_lines(["*flows/signup.yaml:4:*--consent-base-url / --consent-serve*"])


def test_collection_can_be_switched_off(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\nconsent_collect_journeys = false\n")
    result = project.runpytest("--collect-only", "-q", "flows")
    assert "signup.yaml" not in result.stdout.str()


def test_unreadable_baseline_is_a_usage_error(project: pytest.Pytester) -> None:
    (project.path / "baseline.json").write_text("{nope", encoding="utf-8")
    result = project.runpytest("--collect-only", "flows", "--consent-baseline", "baseline.json")
    result.stderr.fnmatch_lines(["*baseline.json:1: baseline is not valid JSON*"])
    assert result.ret == pytest.ExitCode.USAGE_ERROR


def test_unknown_device_is_a_usage_error(project: pytest.Pytester) -> None:
    result = project.runpytest("--collect-only", "flows", "--consent-device", "iPhone 13x")
    result.stderr.fnmatch_lines(["*--consent-device: unknown device 'iPhone 13x'*"])
    assert result.ret == pytest.ExitCode.USAGE_ERROR


def test_journey_items_carry_the_browser_marker(project: pytest.Pytester) -> None:
    result = project.runpytest("--collect-only", "-q", "-m", "not browser", "flows",
                               "--consent-base-url", "http://127.0.0.1:9")
    result.stdout.fnmatch_lines(["*1 deselected*"])
    assert "signup.yaml::" not in result.stdout.str()


def test_plan_options_fixture_is_overridable_in_conftest(project: pytest.Pytester) -> None:
    project.makeconftest(
        """
import pytest

@pytest.fixture(scope="session")
def consentinel_plan_options(consentinel_plan_options):
    return {**consentinel_plan_options, "fail_on": "serious", "checks": ["preselected-consent"]}
"""
    )
    project.makepyfile(
        test_settings="""
def test_audit_uses_the_override(consent_audit, consentinel_plan_options):
    assert consent_audit.options["fail_on"] == "serious"
    assert consent_audit.options["checks"] == ["preselected-consent"]
    assert consentinel_plan_options["device"] == "iPhone 13"  # the command line still applies
"""
    )
    # Without pytest-playwright: its hooks cannot nest inside this (outer) pytest process.
    result = project.runpytest("-p", "no:playwright", "test_settings.py", "--consent-device", "iphone 13",
                               "--consent-fail-on", "minor")
    result.assert_outcomes(passed=1)
