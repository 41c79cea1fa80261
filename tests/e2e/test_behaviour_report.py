"""`consentinel scan --evidence` on a behaviour page: the implied-consent finding's before and
after screenshots are embedded in report.html under captions naming the action, beside the
state before and after, and hashed in the evidence pack's manifest (report.pdf prints it).

The page (``pages/behaviour/page.html?mode=scroll``) records consent when the visitor scrolls
to the bottom; ``?tp=`` is a second loopback server standing in for the tracker.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from consentinel.server import serve_directory

pytestmark = pytest.mark.browser

TESTS = Path(__file__).resolve().parents[1]
SCAN_TIMEOUT_S = 600
EMBEDDED_PNG = r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"'


@pytest.fixture(scope="module")
def tracker_url() -> Iterator[str]:
    with serve_directory(TESTS) as base_url:
        yield base_url.replace("http://127.0.0.1:", "http://localhost:", 1)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory, cli_env: dict[str, str], tests_folder_url: str,
            tracker_url: str) -> Path:
    out_dir = tmp_path_factory.mktemp("behaviour-report")
    url = f"{tests_folder_url}/pages/behaviour/page.html?mode=scroll&tp={quote(tracker_url)}"
    proc = subprocess.run(
        [sys.executable, "-m", "consentinel", "scan", url, "--out", str(out_dir), "--no-axe", "--quiet",
         "--evidence", "--checks", "implied-consent", "--check-option", "implied-consent.wait_ms=500"],
        capture_output=True, text=True, env=cli_env, timeout=SCAN_TIMEOUT_S, check=False)
    assert (out_dir / "report.json").is_file(), f"exit {proc.returncode}\n{proc.stderr[-2000:]}"
    return out_dir


def test_the_scroll_is_shown_before_and_after_with_both_screenshots(scanned: Path) -> None:
    report = json.loads((scanned / "report.json").read_text(encoding="utf-8"))
    [finding] = [f for j in report["journeys"] for s in j["steps"] for f in s["findings"]
                 if f["check"] == "implied-consent"]
    shots = finding["evidence"]["screenshots"]
    assert finding["evidence"]["action"] == "scroll" and set(shots) == {"before", "after"}
    page = (scanned / "report.html").read_text(encoding="utf-8")
    embedded = [base64.b64decode(m) for m in re.findall(EMBEDDED_PNG, page)]
    manifest = json.loads((scanned / "manifest.json").read_text(encoding="utf-8"))["files"]
    for when, rel in shots.items():
        data = (scanned / rel).read_bytes()
        assert data in embedded, when
        digest = hashlib.sha256(data).hexdigest()
        assert manifest[rel]["sha256"] == digest and digest in page, when
    assert "Before: scroll to the bottom" in page and "After: scroll to the bottom" in page
    table = page[page.index('<table class="action">'):]
    assert re.search(r'<tr class="changed"><th>Tracking cookies</th><td>—</td><td>[^<]*_ga', table)
    assert "report.pdf" in manifest
