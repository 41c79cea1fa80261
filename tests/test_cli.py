"""The command line: exit codes, one-line errors with file:line, scans that survive a dead URL,
Ctrl-C that still writes the report, and `consentinel checks`.

Most tests run ``python -m consentinel`` in a subprocess, as CI would. Tests that need no browser
come first; browser tests share the machine's one Chromium binary but start their own processes.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import make_finding, run_of

from consentinel.checks import ALL_CHECKS
from consentinel.cli import EXIT_FINDINGS, EXIT_INCOMPLETE, EXIT_OK, exit_code, main
from consentinel.server import serve_directory

DATA = Path(__file__).parent / "data" / "journeys"
NEUTRAL_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title></head>
<body style="font: 16px sans-serif"><h1>Opening hours</h1><p>Monday to Friday, 9 to 5.</p></body></html>"""


def consentinel(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CONSENTINEL_TEST_HOST_RULES": "1"}
    return subprocess.run([sys.executable, "-m", "consentinel", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("site")
    (root / "plain.html").write_text(NEUTRAL_PAGE, encoding="utf-8")
    with serve_directory(root) as base_url:
        yield base_url


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- no browser -------------------------------------------------------------------------------


def test_malformed_journeys_exit_2_with_file_and_line(tmp_path: Path) -> None:
    done = consentinel("run", str(DATA / "syntax-error.yaml"), str(DATA / "wrong-types.yaml"),
                       "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert f"{DATA / 'syntax-error.yaml'}:5: YAML syntax error: a quoted scalar that starts here is never " \
           "closed (the file ends at line 7)" in lines
    assert f"{DATA / 'wrong-types.yaml'}:3: 'steps' must be a list, not a string" in lines
    assert lines[-1] == "consentinel: error: 4 problems in journey files; nothing was run"
    assert not (tmp_path / "out").exists()  # validated before anything ran
    assert done.stdout == ""


def test_unknown_device_exits_2_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    flow = tmp_path / "flow.yaml"
    flow.write_text("version: 1\nname: x\nsteps: [{goto: http://127.0.0.1:1/}]\n")
    assert main(["run", str(flow), "--device", "iPhone 99", "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "consentinel: error: unknown device 'iPhone 99' (did you mean 'iPhone X'?); "
        "see `consentinel devices`"]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("url", "message"), [
    ("ftp://127.0.0.1/x", "consentinel: error: URL 'ftp://127.0.0.1/x' must be an http(s) or file URL"),
    ("example.org",
     "consentinel: error: URL 'example.org' has no scheme; did you mean https://example.org ?"),
])
def test_bad_scan_urls_exit_2(url: str, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", url]) == 2
    assert capsys.readouterr().err == message + "\n"


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--locale", "en US", "--locale 'en US' is not a language tag such as en-US or zh-CN"),
    ("--timezone", "Mars/Base", "--timezone 'Mars/Base' is not an IANA timezone such as Asia/Shanghai"),
    ("--timeout", "0", "--timeout must be a positive number of milliseconds"),
    ("--eval-budget", "0", "--eval-budget must be a positive number of milliseconds"),
    ("--page-budget", "-5", "--page-budget must be a positive number of milliseconds"),
])
def test_bad_options_exit_2(option: str, value: str, message: str,
                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "http://127.0.0.1:1/", option, value]) == 2
    assert capsys.readouterr().err == f"consentinel: error: {message}\n"


def test_unknown_check_id_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "http://127.0.0.1:1/", "--checks", "preselected"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("consentinel: error: unknown check id 'preselected'") and err.count("\n") == 1


def test_checks_lists_every_registered_check() -> None:
    done = consentinel("checks")
    assert done.returncode == 0
    listed = {line.split()[0]: line for line in done.stdout.splitlines()}
    for cid, check in ALL_CHECKS.items():
        assert cid in listed
        assert check.meta.impact in listed[cid] and check.meta.title in listed[cid]


def test_help_documents_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "--help"]) == 0
    out = capsys.readouterr().out
    assert "3    no violations, but some pages or steps could not be run" in out
    assert "130  interrupted (Ctrl-C)" in out


def test_exit_code_rules() -> None:
    serious = make_finding("low-contrast-consent", "serious")
    review = make_finding("low-contrast-consent", "critical", outcome="review")
    assert exit_code(run_of(), "minor") == EXIT_OK
    assert exit_code(run_of(review), "minor") == EXIT_OK  # reviews never fail a run
    assert exit_code(run_of(serious), "serious") == EXIT_FINDINGS
    assert exit_code(run_of(serious), "critical") == EXIT_OK
    assert exit_code(run_of(serious), "none") == EXIT_OK
    assert exit_code(run_of(expectation_failed=True), "none") == EXIT_FINDINGS
    assert exit_code(run_of(error="net::ERR_CONNECTION_REFUSED"), "minor") == EXIT_INCOMPLETE
    assert exit_code(run_of(serious, error="boom"), "minor") == EXIT_FINDINGS  # findings win


# -- real browser -----------------------------------------------------------------------------


@pytest.mark.browser
def test_scan_records_unreachable_url_and_still_audits_the_next(site: str, tmp_path: Path) -> None:
    dead = f"http://127.0.0.1:{closed_port()}/"
    out = tmp_path / "scan"
    done = consentinel("scan", dead, site + "/plain.html", "--out", str(out), "--no-axe", "-q")
    assert done.returncode == EXIT_INCOMPLETE, done.stderr
    assert "net::ERR_CONNECTION_REFUSED" in done.stdout
    assert f"Report: {out / 'report.html'}" in done.stdout
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    dead_result, good_result = report["journeys"]
    assert dead_result["source"] == dead
    assert "net::ERR_CONNECTION_REFUSED" in dead_result["steps"][0]["error"]
    audit = next(s for s in good_result["steps"] if s["kind"] == "audit")
    assert audit["error"] is None
    assert (out / audit["screenshot"]).is_file() and (out / audit["snapshot"]).is_file()


@pytest.mark.browser
def test_ctrl_c_still_writes_the_report(site: str, tmp_path: Path) -> None:
    # A server that accepts connections and never answers keeps the second scan busy.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        hang = f"http://127.0.0.1:{silent.getsockname()[1]}/"
        out = tmp_path / "interrupted"
        env = {**os.environ, "CONSENTINEL_TEST_HOST_RULES": "1"}
        proc = subprocess.Popen([sys.executable, "-m", "consentinel", "scan", site + "/plain.html", hang,
                                 "--out", str(out), "--no-axe", "-q", "--timeout", "60000"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                start_new_session=True)
        try:
            # The browser connecting to the silent server means the first scan is done and the
            # second is under way (waiting for an answer that never comes).
            silent.settimeout(90)
            try:
                waiting, _ = silent.accept()
            except TimeoutError:
                proc.kill()
                pytest.fail(f"the scan never reached the silent server:\n{proc.communicate()[1]}")
            # Like Ctrl-C in a terminal: the whole process group (driver and browser too) gets it.
            os.killpg(proc.pid, signal.SIGINT)
            _, stderr = proc.communicate(timeout=60)
            waiting.close()
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 130, stderr
    assert "interrupted; the report holds what was gathered" in stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    first, second = report["journeys"]
    assert any(s["kind"] == "audit" and s["screenshot"] for s in first["steps"])
    assert second["source"] == hang
    assert "interrupted" in json.dumps(second)
