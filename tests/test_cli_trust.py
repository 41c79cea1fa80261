"""The command-line switches that loosen the defences against hostile journeys and pages are
explicit, and without them the command stops with one line and exit 2 before any browser."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from consentinel import engine
from consentinel.cli import _signals_interrupt, main

LEAKY = 'version: 1\nname: x\nsteps:\n  - goto: "http://127.0.0.1:1/?t=${CONSENTINEL_TEST_NOT_SET_TOKEN}"\n' \
        '  - fill: {label: Token, value: "${GITHUB_TOKEN}"}\n'


def test_a_journey_reading_a_foreign_variable_needs_allow_env(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", "ghp_example")
    monkeypatch.delenv("CONSENTINEL_TEST_NOT_SET_TOKEN", raising=False)
    flow = tmp_path / "flow.yaml"
    flow.write_text(LEAKY, encoding="utf-8")
    assert main(["run", str(flow), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert f"{flow}:5: 'value': environment variable GITHUB_TOKEN may not be read by a journey (only " \
           "CONSENTINEL_* names; allow it with --allow-env GITHUB_TOKEN)" in err
    assert main(["run", str(flow), "--allow-env", "GITHUB_TOKEN", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "GITHUB_TOKEN" not in err  # allowed now: only the unset CONSENTINEL_ variable is left
    assert "environment variable CONSENTINEL_TEST_NOT_SET_TOKEN is not set" in err
    assert not (tmp_path / "out").exists()


def test_file_urls_need_allow_file_urls_on_scan_and_base_url(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "file:///etc/passwd"]) == 2
    assert capsys.readouterr().err == (
        "consentinel: error: URL 'file:///etc/passwd' is a file: URL, which reads this machine's files; "
        "pass --allow-file-urls to allow it\n")
    flow = tmp_path / "flow.yaml"
    flow.write_text("version: 1\nname: x\nsteps: [{goto: /}]\n", encoding="utf-8")
    assert main(["run", str(flow), "--base-url", "file:///tmp/"]) == 2
    assert "--base-url 'file:///tmp/' is a file: URL" in capsys.readouterr().err


def test_max_findings_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", "http://127.0.0.1:1/", "--max-findings", "0"]) == 2
    assert capsys.readouterr().err == "consentinel: error: --max-findings must be at least 1\n"


def test_help_documents_the_signal_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "143  terminated (SIGTERM" in out and "129  hung up (SIGHUP" in out


def test_signal_handlers_are_installed_for_the_command_and_restored_after() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with _signals_interrupt() as received:
        assert signal.getsignal(signal.SIGTERM) is not before
        with pytest.raises(KeyboardInterrupt):
            signal.raise_signal(signal.SIGTERM)
        assert received == [signal.SIGTERM]
        signal.raise_signal(signal.SIGTERM)  # a second one while the report is written: ignored
    assert signal.getsignal(signal.SIGTERM) is before


def test_ctrl_c_is_noted_for_the_runner_and_still_interrupts() -> None:
    """Ctrl-C also reaches Playwright's driver; the note lets the runner read a step that fails
    because the driver died of it as the interrupt it is (consentinel.interrupt)."""
    before = signal.getsignal(signal.SIGINT)
    with _signals_interrupt():
        assert engine.interrupt_noted() is None
        with pytest.raises(KeyboardInterrupt):
            signal.raise_signal(signal.SIGINT)
        assert engine.interrupt_noted() == "Ctrl-C"
    assert signal.getsignal(signal.SIGINT) is before
    assert engine.interrupt_noted() is None  # the next command starts clean
