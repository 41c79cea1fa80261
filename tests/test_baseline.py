"""Fingerprints and baselines: stable across the noise of runs, sensitive to real changes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import partial
from pathlib import Path

import pytest
from builders import make_finding, run_of

from consentinel.baseline import (
    BASELINE_SCHEMA,
    Baseline,
    BaselineError,
    apply_baseline,
    fingerprint,
    normalise_selector,
    normalise_text,
    normalise_url_path,
    write_baseline,
)
from consentinel.reports.sarif import validate_sarif
from consentinel.server import serve_directory

# One accepted problem on the English bill; a test changes only the fact it is about.
finding = partial(
    make_finding,
    url="http://127.0.0.1:41235/bill/en.html",
    selector="#share",
    text="I agree to share my data",
    evidence={"checked": True},
)


def test_url_path_drops_host_port_query_and_fragment() -> None:
    assert normalise_url_path("http://127.0.0.1:41235/bill//en.html?sid=9#top") == "/bill/en.html"
    assert normalise_url_path("https://example.com") == "/"
    assert normalise_url_path("about:blank") == "about:blank"
    assert normalise_url_path("") == ""


def test_selector_normalisation_keeps_stable_parts_only() -> None:
    assert normalise_selector("DIV.terms > label:nth-of-type(3) >> nth=1") == "div.terms > label"
    assert normalise_selector("#cb-1724312") == normalise_selector("#cb-99")
    assert normalise_selector("#marketing") != normalise_selector("#analytics")


def test_text_normalisation_folds_case_space_digits_and_fullwidth() -> None:
    assert normalise_text("  I  AGREE to share\n 12,345 points ") == "i agree to share 0 points"
    assert normalise_text("我已阅读并同意《芝麻服务协议》２０１７") == normalise_text(
        "我已阅读并同意《芝麻服务协议》2018"
    )


def test_fingerprint_is_stable_across_port_and_numbers_but_not_across_meaning() -> None:
    a = finding(url="http://127.0.0.1:41235/bill/en.html", text="Share my 2017 bill data")
    b = finding(url="http://127.0.0.1:50001/bill/en.html?x=1", text="share my 2018  bill data")
    assert fingerprint(a) == fingerprint(b)
    assert len(fingerprint(a)) == 64
    assert fingerprint(a) != fingerprint(finding(check="hidden-consent", text="Share my 2017 bill data"))
    assert fingerprint(a) != fingerprint(
        finding(url="http://127.0.0.1:1/other.html", text="Share my 2017 bill data")
    )
    assert fingerprint(a) != fingerprint(finding(text="Share my bill data with partners"))
    # Pixels and timestamps are not inputs: a different box/evidence changes nothing.
    c = finding(url=a.url, text=a.text)
    c.evidence = {"checked": True, "collected_at": "2030-01-01T00:00:00Z"}
    assert fingerprint(c) == fingerprint(a)


def test_same_page_twice_gives_no_new_findings(tmp_path: Path) -> None:
    first = run_of(finding(), finding("fine-print-consent", selector="p.small", impact="moderate"))
    path = tmp_path / "baseline.json"
    written = write_baseline(first, path)
    assert len(written.entries) == 2
    second = run_of(
        finding(url="http://127.0.0.1:60000/bill/en.html"),
        finding(
            "fine-print-consent",
            selector="p.small",
            impact="moderate",
            url="http://127.0.0.1:60000/bill/en.html",
        ),
    )
    diff = apply_baseline(second, Baseline.load(path))
    assert diff.new == [] and len(diff.known) == 2 and diff.fixed == []
    assert diff.failing("minor") == []


def test_new_dark_pattern_fails_and_removed_one_is_fixed(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(
        run_of(finding(), finding("fine-print-consent", selector="p.small", impact="moderate")), path
    )
    hidden = finding("hidden-consent", selector="span.tiny", text="and to credit scoring")
    diff = apply_baseline(run_of(finding(), hidden), Baseline.load(path))
    assert diff.new == [hidden]
    assert diff.failing("critical") == [hidden]
    assert [e.check for e in diff.fixed] == ["fine-print-consent"]
    assert diff.is_new(hidden) and not diff.is_new(diff.known[0])


def test_reviews_are_not_recorded_and_never_fail(tmp_path: Path) -> None:
    review = finding("low-contrast-consent", outcome="review", impact="serious")
    baseline = write_baseline(run_of(review), tmp_path / "b.json")
    assert baseline.entries == []
    diff = apply_baseline(run_of(review), baseline)
    assert diff.new == [review] and diff.failing("minor") == []


def test_finding_without_url_takes_its_steps_url() -> None:
    bare = finding(url="")
    run = run_of(bare, url="http://127.0.0.1:9/bill/en.html")
    baseline = Baseline.from_run(run)
    assert baseline.entries[0].url_path == "/bill/en.html"
    assert baseline.entries[0].fingerprint == fingerprint(finding())


def test_baseline_file_format_is_readable_and_deterministic(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    run = run_of(finding("hidden-consent", selector="#b"), finding(selector="#a"), finding(selector="#a"))
    write_baseline(run, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == BASELINE_SCHEMA
    assert data["created_at"].endswith("Z")
    assert [e["check"] for e in data["entries"]] == ["hidden-consent", "preselected-consent"]
    assert set(data["entries"][0]) >= {"fingerprint", "check", "url_path", "text"}
    assert data["entries"][0]["url_path"] == "/bill/en.html"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "b.json:1: baseline is not valid JSON"),
        ('{"version": "other/1", "entries": []}', "not a Consentinel baseline"),
        (
            f'{{"version": "{BASELINE_SCHEMA}", "entries": [{{"check": "x"}}]}}',
            "entry 0 has no 'fingerprint'",
        ),
    ],
)
def test_bad_baseline_files_give_one_line_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError, match=message) as info:
        Baseline.load(path)
    assert "\n" not in str(info.value)


def test_missing_baseline_file_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="baseline write"):
        Baseline.load(tmp_path / "nope.json")


# -- the CLI: `baseline write`, then `run --baseline --sarif --junit` (real Chromium) ----------

CLI_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign up</title></head>
<body style="font: 16px sans-serif"><h1>Sign up</h1><form>
<p><label><input type="checkbox" id="{id}" checked> {text}</label></p>
<p><button>Create account</button></p></form></body></html>"""
CLI_JOURNEY = """version: 1
name: Sign-up
steps:
  - goto: /signup.html
  - audit: {label: Sign-up form, checks: [preselected-consent]}
"""


def consentinel_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CONSENTINEL_TEST_HOST_RULES": "1"}
    return subprocess.run(
        [sys.executable, "-m", "consentinel", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=cwd,
        check=False,
    )


@pytest.mark.browser
def test_cli_baseline_write_then_only_new_findings_fail(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    signup = site / "signup.html"
    signup.write_text(CLI_PAGE.format(id="partners", text="Send me offers from partners"), encoding="utf-8")
    (tmp_path / "flows").mkdir()
    (tmp_path / "flows" / "signup.yaml").write_text(CLI_JOURNEY, encoding="utf-8")
    common = ("--no-axe", "-q")
    with serve_directory(site) as base_url:
        wrote = consentinel_cli(
            tmp_path,
            "baseline",
            "write",
            "flows",
            "--base-url",
            base_url,
            "-o",
            "consent-baseline.json",
            "--out",
            "out/0",
            *common,
        )
        assert wrote.returncode == 0, wrote.stderr
        assert "1 finding(s) accepted" in wrote.stdout
        same = consentinel_cli(
            tmp_path,
            "run",
            "flows",
            "--base-url",
            base_url,
            "--out",
            "out/1",
            "--baseline",
            "consent-baseline.json",
            "--sarif",
            "out/1.sarif",
            "--junit",
            "out/1.xml",
            *common,
        )
        assert same.returncode == 0, same.stdout + same.stderr
        assert "Baseline: 0 new, 1 known, 0 fixed" in same.stdout
        signup.write_text(CLI_PAGE.format(id="ads", text="Share my data with advertisers"), encoding="utf-8")
        new = consentinel_cli(
            tmp_path,
            "run",
            "flows",
            "--base-url",
            base_url,
            "--out",
            "out/2",
            "--baseline",
            "consent-baseline.json",
            "--sarif",
            "out/2.sarif",
            "--junit",
            "out/2.xml",
            *common,
        )
    assert new.returncode == 1, new.stdout + new.stderr
    assert "Baseline: 1 new, 0 known, 1 fixed" in new.stdout
    assert (
        'fixed: [preselected-consent] /signup.html "Send me offers from partners" at #partners' in new.stdout
    )

    sarif = json.loads((tmp_path / "out" / "2.sarif").read_text(encoding="utf-8"))
    assert validate_sarif(sarif) == []
    (result,) = sarif["runs"][0]["results"]
    assert result["baselineState"] == "new" and "advertisers" in result["message"]["text"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "flows/signup.yaml"
    kept = json.loads((tmp_path / "out" / "1.sarif").read_text(encoding="utf-8"))
    assert kept["runs"][0]["results"][0]["baselineState"] == "unchanged"

    failed = ET.parse(tmp_path / "out" / "2.xml").getroot().find("testsuite")
    assert failed.get("failures") == "1"
    assert "Share my data with advertisers" in failed.find("testcase").find("failure").text
    assert ET.parse(tmp_path / "out" / "1.xml").getroot().find("testsuite").get("failures") == "0"


def test_cli_bad_baseline_is_a_usage_error_before_any_browser(tmp_path: Path) -> None:
    (tmp_path / "flows").mkdir()
    (tmp_path / "flows" / "signup.yaml").write_text(CLI_JOURNEY, encoding="utf-8")
    (tmp_path / "b.json").write_text('{"version": "something-else"}', encoding="utf-8")
    done = consentinel_cli(
        tmp_path, "run", "flows", "--base-url", "http://127.0.0.1:9", "--baseline", "b.json"
    )
    assert done.returncode == 2
    assert "b.json: not a Consentinel baseline" in done.stderr
