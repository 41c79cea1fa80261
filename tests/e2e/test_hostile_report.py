"""Page-derived text stays text: a hostile page audited end to end never runs in our reports.

tests/pages/hostile/index.html carries consent text such as ``<script>alert(1)</script>`` and
``<img src=x onerror=alert(1)>`` (as text, so the collector reads the markup literally), plus
terminal escape sequences. The journey's own name and audit label are hostile too. The real CLI
audits it in a child process; then report.html is opened in Chromium twice: as written (with its
CSP) and with CSP bypassed, because a strict CSP alone would hide an escaping bug by blocking
the payload. Either way no dialog may open and no element may be injected.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

from consentinel.reports import load_report

pytestmark = pytest.mark.browser

NewPage = Callable[..., Page]
SCRIPT_PAYLOAD = "<script>alert(1)</script>"
IMG_PAYLOAD = "<img src=x onerror=alert(1)>"
JOURNEY_YAML = """\
version: 1
name: 'Hostile <img src=x onerror=alert(7)> journey'
steps:
  - goto: /pages/hostile/index.html
  - audit: '<script>alert(8)</script> label'
"""
RUN_TIMEOUT_S = 120

# Everything a successful injection would leave in the report's DOM.
_INJECTED = """() => ({
  handlers: [...document.querySelectorAll('*')].flatMap(el => [...el.attributes]
      .filter(a => /^on/i.test(a.name)).map(a => `${el.tagName} ${a.name}`)),
  brokenImages: document.querySelectorAll('img[src="x"], svg[onload]').length,
  alertScripts: [...document.scripts].filter(s => s.textContent.includes('alert(')).length,
  text: document.body.innerText,
})"""


@dataclass(frozen=True)
class HostileRun:
    returncode: int
    stdout: str
    stderr: str
    out_dir: Path


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory, tests_folder_url: str,
                cli_env: dict[str, str]) -> Iterator[HostileRun]:
    work = tmp_path_factory.mktemp("hostile")
    flow = work / "hostile.yaml"
    flow.write_text(JOURNEY_YAML, encoding="utf-8")
    out_dir = work / "report"
    command = [sys.executable, "-m", "consentinel", "run", str(flow), "--base-url", tests_folder_url,
               "--out", str(out_dir), "--fail-on", "none"]
    proc = subprocess.run(command, capture_output=True, text=True, env=cli_env, timeout=RUN_TIMEOUT_S,
                          check=False)
    yield HostileRun(proc.returncode, proc.stdout, proc.stderr, out_dir)


@pytest.fixture(scope="module")
def hostile_report(hostile_run: HostileRun) -> dict[str, Any]:
    path = hostile_run.out_dir / "report.json"
    assert path.is_file(), f"exit {hostile_run.returncode}\n{hostile_run.stdout}\n{hostile_run.stderr}"
    return load_report(path)


def test_payload_reaches_the_report_as_literal_text(hostile_report: dict[str, Any]) -> None:
    """Without this the escaping tests below could pass on a report that shows nothing."""
    assert hostile_report["errors"] == []
    texts = [f["text"] for j in hostile_report["journeys"] for s in j["steps"] for f in s["findings"]]
    assert any(SCRIPT_PAYLOAD in t for t in texts), texts
    assert any(IMG_PAYLOAD in t for t in texts), texts
    assert hostile_report["journeys"][0]["name"] == "Hostile <img src=x onerror=alert(7)> journey"


def test_terminal_output_carries_no_escape_sequences(hostile_run: HostileRun) -> None:
    assert hostile_run.returncode == 0, hostile_run.stderr
    for stream in (hostile_run.stdout, hostile_run.stderr):
        assert "\x1b" not in stream and "\x07" not in stream


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "csp-bypassed"])
def test_report_html_runs_no_page_text(new_page: NewPage, hostile_run: HostileRun,
                                       hostile_report: dict[str, Any], bypass_csp: bool) -> None:
    page = new_page(bypass_csp=bypass_csp)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto((hostile_run.out_dir / "report.html").resolve().as_uri())
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)  # give a would-be onerror/onload a moment to fire
    dom = page.evaluate(_INJECTED)
    assert dialogs == []
    assert dom["handlers"] == [] and dom["brokenImages"] == 0 and dom["alertScripts"] == 0, dom
    # The hostile text is shown to the reader, as text.
    assert SCRIPT_PAYLOAD in dom["text"]
    assert "onerror=alert(7)" in dom["text"]
