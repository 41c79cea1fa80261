"""A behavioural finding in report.html and the evidence pack, from saved facts (no browser).

The real checks judge saved tracking + behaviour facts (a scroll that set a tracking cookie and
stored consent; a refusal that the prompt ignored on reload), their findings are reported, and
the report must show each action with both screenshots embedded, captions naming the action
and the state before and after in a table; in English and Chinese; page text escaped; both
screenshots hashed in the report's file list and in the evidence pack's manifest.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from consentinel.checks import run_checks
from consentinel.evidence.manifest import Invocation
from consentinel.evidence.pack import write_evidence_pack
from consentinel.facts.behaviour import SHOTS_DIR
from consentinel.facts.snapshot import Snapshot
from consentinel.reports import Presentation, write_reports
from consentinel.results import JourneyResult, RunResult, StepResult

SHOTS = "journey-1"
HOSTILE = "<script>alert(1)</script>"
LINK_TEXT = f"Fares {HOSTILE}"  # page text inside the action's detail
YEAR_2027 = 1798761600.0  # 2027-01-01 UTC


def make_png(width: int, colour: tuple[int, int, int]) -> bytes:
    """A real PNG; widths and colours tell the screenshots apart."""
    out = BytesIO()
    Image.new("RGB", (width, 30), colour).save(out, format="PNG")
    return out.getvalue()


def _item(classification: str, **fields: Any) -> dict[str, Any]:
    return {**fields, "classification": {"verdict": classification, "kind": None, "reasons": ["r"],
                                         "vendor": None, "identifier": False}}


def _state(*, cookies: list[dict[str, Any]] = (), consent: list[dict[str, Any]] = ()) -> dict[str, Any]:
    return {"cookies": list(cookies), "storage": [], "requests": [], "consent_state": list(consent),
            "tcf": {"present": False}, "url": "https://ferries.example/"}


def _step(action: str, detail: str, state: dict[str, Any], n: int, asking: bool = False) -> dict[str, Any]:
    return {"action": action, "detail": detail, "done": True, "error": None, "prompt_asking": asking,
            "state": state, "screenshot_before": f"shot-{n}-before.png",
            "screenshot_after": f"shot-{n}-after.png"}


def _phase(name: str, behaviour: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"phase": name, "url": "https://ferries.example/", "final_url": "https://ferries.example/",
            "har": f"{SHOTS}/step-4-pass/{name}.har", "cookies": [], "storage": [],
            "requests": [], "tcf": {}, "errors": [], "behaviour": {SHOTS_DIR: SHOTS, **behaviour}, **more}


def saved_tracking() -> dict[str, Any]:
    ga = _item("tracking", name="_ga", domain="ferries.example", party="first", expires=YEAR_2027)
    consent = {"kind": "cookie", "name": "site_consent", "value": "accepted", "expires": YEAR_2027}
    landing = _phase("landing", {"probe": "implied-consent", "baseline": _state(),
                                 "steps": [_step("scroll", "scrolled to the bottom of the page",
                                                 _state(cookies=[ga], consent=[consent]), 1)]})
    choice = {"role": "reject", "reached": True, "clicked": ["Reject all"]}
    reject = _phase("after-reject", {"probe": "reprompt", "steps": [
        _step("reload", "reloaded the page", _state(), 2, asking=True),
        _step("second-page", f"clicked the link {LINK_TEXT!r}", _state(), 3, asking=True)]}, choice=choice)
    return {"url": "https://ferries.example/", "phases": {"landing": landing, "after-reject": reject}}


@pytest.fixture()
def run(tmp_path: Path) -> RunResult:
    folder = tmp_path / SHOTS
    folder.mkdir()
    for n in (1, 2, 3):
        for when, colour in (("before", (200, 200, 200)), ("after", (30, 90, 200))):
            (folder / f"shot-{n}-{when}.png").write_bytes(make_png(40 + n, colour))
    tracking = saved_tracking()
    findings = run_checks(Snapshot(url="https://ferries.example/", tracking=tracking),
                          ["implied-consent", "reprompt-after-reject"])
    steps = [StepResult(index=4, kind="track-consent", label=f"tracking: {phase}", url="https://ferries.example/",
                        findings=[f for f in findings if f.evidence.get("phase") == phase])
             for phase in ("landing", "after-reject")]
    journey = JourneyResult(name="https://ferries.example/", source="https://ferries.example/", steps=steps)
    return RunResult(run_id="r1", command="scan", tool_version="0", journeys=[journey])


def _embedded(page: str) -> list[bytes]:
    return [base64.b64decode(m) for m in re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_checks_name_the_screenshots_where_they_are(run: RunResult, tmp_path: Path) -> None:
    shots = [f.evidence["screenshots"] for s in run.journeys[0].steps for f in s.findings
             if "screenshots" in f.evidence]
    assert shots == [{"before": f"{SHOTS}/shot-1-before.png", "after": f"{SHOTS}/shot-1-after.png"}]
    assert all((tmp_path / p).is_file() for p in shots[0].values())


def test_each_action_shows_both_screenshots_embedded_with_captions(run: RunResult, tmp_path: Path) -> None:
    page = write_reports(run, tmp_path)["html"].read_text(encoding="utf-8")
    pictures = _embedded(page)
    for n in (1, 2, 3):
        for when in ("before", "after"):
            assert (tmp_path / SHOTS / f"shot-{n}-{when}.png").read_bytes() in pictures, (n, when)
    assert "Before: scroll to the bottom" in page and "After: scroll to the bottom" in page
    assert "After: reload the page" in page and "Before: open a second page of the site" in page
    assert 'src="shot-' not in page and "file:" not in page  # nothing loaded from outside the file


def _action_table(page: str, caption: str) -> str:
    start = page.index(caption)
    return page[page.rindex('<table class="action">', 0, start):page.index("</table>", start)]


def _row(table: str, label: str) -> list[str]:
    row = re.search(rf"<tr[^>]*><th>{re.escape(label)}</th><td>(.*?)</td><td>(.*?)</td></tr>", table)
    assert row, (label, table[-2000:])
    return [html.unescape(cell) for cell in row.groups()]


def test_the_state_before_and_after_reads_as_a_table(run: RunResult, tmp_path: Path) -> None:
    page = write_reports(run, tmp_path)["html"].read_text(encoding="utf-8")
    scroll = _action_table(page, "Before: scroll to the bottom")
    assert _row(scroll, "Tracking cookies") == ["—", "_ga"]
    assert _row(scroll, "Consent state") == ["—", "site_consent (cookie): grants consent, until 2027-01-01"]
    assert '<tr class="changed"><th>Tracking cookies</th>' in scroll
    assert "scrolled to the bottom of the page" in scroll
    reload = _action_table(page, "Before: reload the page")
    assert _row(reload, "Prompt asking for a choice") == ["—", "yes"]
    assert 'class="changed"' not in reload  # only the state after a reload is recorded


def test_the_report_in_chinese(run: RunResult, tmp_path: Path) -> None:
    page = write_reports(run, tmp_path, Presentation("zh-CN"))["html"].read_text(encoding="utf-8")
    assert "操作前：滚动到页面底部" in page and "操作后：滚动到页面底部" in page
    scroll = _action_table(page, "操作前：滚动到页面底部")
    assert _row(scroll, "跟踪 Cookie") == ["—", "_ga"]
    assert _row(scroll, "同意状态") == ["—", "site_consent (cookie): 表示同意, 有效期至 2027-01-01"]
    assert _row(_action_table(page, "操作前：重新加载页面"), "提示框要求作出选择") == ["—", "是"]


def test_page_text_in_an_action_is_escaped(run: RunResult, tmp_path: Path) -> None:
    page = write_reports(run, tmp_path)["html"].read_text(encoding="utf-8")
    assert HOSTILE not in page
    assert html.escape(HOSTILE, quote=False) in page


def test_the_screenshots_are_hashed_in_the_report_and_the_manifest(run: RunResult, tmp_path: Path) -> None:
    reports = write_reports(run, tmp_path)
    page = reports["html"].read_text(encoding="utf-8")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7 printed elsewhere")  # the browser prints it
    written = write_evidence_pack(run, tmp_path, {**reports, "pdf": tmp_path / "report.pdf"},
                                  Invocation(argv=["scan"]))
    files = json.loads(written["manifest"].read_text(encoding="utf-8"))["files"]
    for n in (1, 2, 3):
        for when in ("before", "after"):
            rel = f"{SHOTS}/shot-{n}-{when}.png"
            digest = _sha(tmp_path / rel)
            assert files[rel]["sha256"] == digest
            assert re.search(rf"<td>screenshot {when}</td><td><code>{re.escape(rel)}</code></td>.*?{digest}",
                             page, re.DOTALL), rel


def test_a_screenshot_outside_the_report_folder_is_not_embedded(run: RunResult, tmp_path: Path) -> None:
    outside = tmp_path.parent / "outside.png"
    outside.write_bytes(make_png(9, (0, 0, 0)))
    [finding] = [f for s in run.journeys[0].steps for f in s.findings if f.check == "implied-consent"]
    finding.evidence["screenshots"]["before"] = "../outside.png"
    page = write_reports(run, tmp_path)["html"].read_text(encoding="utf-8")
    assert outside.read_bytes() not in _embedded(page)
    assert "screenshot path is outside the report folder; not embedded" in page
