"""The runner in real Chromium: every step verb on a local page, audits with artefacts, expectations,
failures that skip the rest of a journey but not the run, and masking of substituted secrets.

A test-only check (``test-checked-box``: every ticked control is a finding) stands in for the real
checks so these tests exercise the runner, not the checks' heuristics.
"""

from __future__ import annotations

import json
import socket
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import make_finding, make_step

from consentinel import checks
from consentinel.checks.base import Check, CheckMeta, Finding, finding_for
from consentinel.facts.snapshot import Snapshot
from consentinel.gather.runner import RunOptions, Session, judge_expectation, run_journeys, slugify
from consentinel.journeys import Journey, Step, load_journey_text
from consentinel.results import RunResult
from consentinel.server import serve_directory

pytestmark = pytest.mark.browser

SECRET = "ada.secret@example.org"

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Runner test</title></head>
<body style="font: 16px sans-serif">
  <h1>Sign up</h1>
  <button id="open" onclick="document.getElementById('form').hidden = false">Start sign-up</button>
  <form id="form" hidden onsubmit="event.preventDefault(); done()">
    <label>Email <input id="email" type="email"></label>
    <label><input id="offers" type="checkbox"> Send me partner offers</label>
    <label>Country <select id="country"><option value="DE">Germany</option>
      <option value="CN">China</option></select></label>
    <button type="submit">Create account</button>
  </form>
  <p id="status"></p>
  <div style="height: 2000px"></div><p id="end">End of page</p>
  <script>
    function done() {
      const email = document.getElementById('email').value;
      const country = document.getElementById('country').value;
      setTimeout(() => {
        document.getElementById('status').textContent = 'Signed up as ' + email + ' from ' + country;
      }, 150);
    }
  </script>
</body></html>
"""

JOURNEY = """version: 1
name: Runner sign-up
start: /signup.html
steps:
  - click: {role: button, name: Start sign-up}
  - fill: {label: Email, value: "${RUNNER_EMAIL}"}
  - check: {label: Send me partner offers}
  - select: {css: "#country", value: China}
  - press: {css: "#email", key: Enter}
  - wait: {text: Signed up as}
  - scroll: bottom
  - hover: {text: End of page}
  - audit: {label: After sign-up, checks: [test-checked-box], expect: [test-checked-box]}
  - uncheck: {label: Send me partner offers}
  - audit: {label: Unticked, checks: [test-checked-box]}
  - expect: no findings
  - scroll: {y: 0}
  - wait: {ms: 10}
"""


def _checked_boxes(snapshot: Snapshot, options: object) -> list[Finding]:
    emails = [t.text for t in snapshot.texts if "@" in t.text]
    return [finding_for(TEST_META, c, c.label, {"checked": True, "page_emails": emails},
                        f"{c.label} is ticked") for c in snapshot.controls if c.checked]


TEST_META = CheckMeta(id="test-checked-box", impact="serious", title="Ticked box (test only)", help="test")


@pytest.fixture(scope="module", autouse=True)
def test_check() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(checks.ALL_CHECKS, TEST_META.id, Check(TEST_META, _checked_boxes))
        patch.setenv("CONSENTINEL_TEST_HOST_RULES", "1")
        yield


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("site")
    (root / "signup.html").write_text(PAGE, encoding="utf-8")
    (root / "banner.html").write_text(
        '<!doctype html><button onclick="this.textContent=\'Saved\'">Reject all</button>', encoding="utf-8")
    (root / "framed.html").write_text(
        '<!doctype html><p>Twin</p><p>Twin</p><iframe name="cmp" src="banner.html"></iframe>',
        encoding="utf-8")
    (root / "set-cookie.html").write_text(
        "<!doctype html><script>document.cookie = 'tracker=1; max-age=3600'; localStorage.x = '1'</script>"
        "<p id=done>set</p>", encoding="utf-8")
    (root / "read-cookie.html").write_text(
        "<!doctype html><p id=out></p><script>document.getElementById('out').textContent = "
        "'cookies: ' + (document.cookie || 'none') + ', storage: ' + (localStorage.x || 'none')</script>",
        encoding="utf-8")
    with serve_directory(root) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("out")


@pytest.fixture(scope="module")
def session(site: str, out_dir: Path, test_check: None) -> Iterator[Session]:
    options = RunOptions(out_dir=out_dir, base_url=site, axe_cross_check=False, step_timeout_ms=5000)
    with Session(options) as running:
        yield running


def journey(text: str, name: str = "flow.yaml") -> Journey:
    loaded, errors = load_journey_text(text, Path(name), environ={"RUNNER_EMAIL": SECRET},
                                       allow_env=["RUNNER_EMAIL"])
    assert errors == [] and loaded is not None
    return loaded


def png_pixel(png: bytes, x: int, y: int) -> tuple[int, ...]:
    """One pixel of an 8-bit, non-interlaced RGB/RGBA PNG (what Chromium writes), without Pillow."""
    width, height, depth, colour_type = struct.unpack(">IIBB", png[16:26])
    assert depth == 8 and colour_type in (2, 6), (depth, colour_type)
    channels = 4 if colour_type == 6 else 3
    data, pos = b"", 8
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos:pos + 4])
        if png[pos + 4:pos + 8] == b"IDAT":
            data += png[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(data)
    stride = width * channels
    previous = bytearray(stride)
    for row in range(y + 1):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, up_left = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                estimate = left + up - up_left
                pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - up_left)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else up_left)) & 0xFF
        previous = line
    assert y < height
    return tuple(previous[x * channels:(x + 1) * channels])


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_every_verb_runs_and_audits_record_artefacts(session: Session, out_dir: Path) -> None:
    result = session.run_journey(journey(JOURNEY))
    assert [(s.index, s.error) for s in result.steps if s.error] == []
    assert not any(s.skipped for s in result.steps)
    assert len(result.steps) == 15
    first_audit, second_audit = (s for s in result.steps if s.kind == "audit")
    # The `check` step ticked the box, so the first audit sees exactly one ticked control.
    assert [f.check for f in first_audit.findings] == ["test-checked-box"]
    assert (first_audit.expectation, first_audit.expectation_failed) == ("exactly: test-checked-box", False)
    assert second_audit.findings == []
    expect_step = result.steps[12]
    assert (expect_step.kind, expect_step.expectation, expect_step.expectation_failed) == (
        "expect", "no findings", False)
    # Artefacts: PNG + snapshot JSON under out_dir/<slug>/, stored relative to out_dir.
    assert first_audit.screenshot == "runner-sign-up/step-10.png"
    assert (out_dir / first_audit.screenshot).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    snapshot = json.loads((out_dir / first_audit.snapshot).read_text(encoding="utf-8"))
    assert snapshot["url"].endswith("/signup.html")
    # fill + select + press reached the page: its status line says who signed up, from where...
    texts = " ".join(t["text"] for t in snapshot["texts"])
    assert "Signed up as ${RUNNER_EMAIL} from CN" in texts
    # ...and the secret itself appears nowhere the runner wrote.
    assert SECRET not in (out_dir / first_audit.snapshot).read_text(encoding="utf-8")
    # The pixels are covered too: the status line that echoes the secret is painted over with
    # Playwright's mask colour (#ff00ff) on the screenshot.
    status = next(t for t in snapshot["texts"] if t["text"].startswith("Signed up as"))
    shot_box = first_audit.screenshot_box
    assert shot_box is not None
    x = status["box"]["x"] - shot_box["x"] + 2
    y = status["box"]["y"] - shot_box["y"] + status["box"]["height"] / 2
    assert png_pixel((out_dir / first_audit.screenshot).read_bytes(), int(x), int(y))[:3] == (255, 0, 255)
    finding = first_audit.findings[0]
    assert finding.evidence["page_emails"] == ["Signed up as ${RUNNER_EMAIL} from CN"]
    assert finding.step == "audit: After sign-up" and finding.url.endswith("/signup.html")
    assert first_audit.line == 13 and result.steps[0].line == 3


def test_failed_step_skips_the_rest_of_its_journey_only(session: Session, site: str, out_dir: Path) -> None:
    broken = journey("""version: 1
name: Broken
start: /signup.html
steps:
  - click: {text: No such button, timeout: 300}
  - audit: Never reached
""", "broken.yaml")
    unreachable = journey(f"""version: 1
name: Unreachable
steps:
  - goto: http://127.0.0.1:{closed_port()}/
  - audit: Never reached
""", "unreachable.yaml")
    fine = journey("""version: 1
name: Fine
start: /signup.html
steps:
  - audit: {label: Landing, checks: [test-checked-box], expect: [test-checked-box]}
""", "fine.yaml")
    options = RunOptions(out_dir=out_dir / "run", base_url=site, axe_cross_check=False, step_timeout_ms=5000)
    run = run_journeys([broken, unreachable, fine], options, session=session)
    assert isinstance(run, RunResult) and run.command == "run"
    broken_result, unreachable_result, fine_result = run.journeys
    click = broken_result.steps[1]
    assert click.error is not None and click.error.startswith('broken.yaml:5: click text="No such button": ')
    assert "300ms" in click.error and "\n" not in click.error
    assert [(s.kind, s.skipped) for s in broken_result.steps] == [("goto", False), ("click", False),
                                                                    ("audit", True)]
    goto = unreachable_result.steps[0]
    assert goto.error is not None and "net::ERR_CONNECTION_REFUSED" in goto.error
    assert goto.error.startswith("unreachable.yaml:4: goto http://127.0.0.1:")
    assert unreachable_result.steps[1].skipped
    # The third journey still ran; its expectation fails because nothing is ticked on landing.
    landing = fine_result.steps[1]
    assert landing.error is None and landing.findings == []
    assert landing.expectation_failed and landing.extra["expectation_detail"] == "missing: test-checked-box"
    assert len(run.errors) == 2
    assert run.browser.startswith("chromium ") and run.playwright_version and run.run_id
    assert run.started_at <= run.finished_at


def test_scan_url_audits_landing_in_a_fresh_context(session: Session, site: str) -> None:
    result = session.scan_url(site + "/signup.html")
    assert result.source == site + "/signup.html"
    # Every check selected (the default): the prompt is explored and tracking phases recorded.
    kinds = [s.kind for s in result.steps]
    assert kinds[:3] == ["goto", "wait", "audit"] and {"explore-consent", "track-consent"} <= set(kinds)
    assert all(s.error is None for s in result.steps)
    audit = result.steps[2]
    assert audit.screenshot and audit.snapshot


def test_scan_gathers_only_what_the_selected_checks_require(session: Session, site: str,
                                                             out_dir: Path) -> None:
    """``--checks preselected-consent`` needs the landing snapshot and the prompt's layers, but no
    tracking phases (three more fresh contexts, each clicking the prompt)."""
    options = RunOptions(out_dir=out_dir / "preselected-only", base_url=site, axe_cross_check=False,
                         step_timeout_ms=5000, checks=["preselected-consent"])
    with session.using(options, []):
        result = session.scan_url(site + "/signup.html")
    assert [s.kind for s in result.steps][:4] == ["goto", "wait", "audit", "explore-consent"]
    assert "track-consent" not in {s.kind for s in result.steps}
    assert all(s.error is None for s in result.steps)
    assert {f.check for f in result.findings} <= {"preselected-consent"}


def test_judge_expectation_ignores_reviews() -> None:
    from consentinel.journeys import Expectation

    step = make_step(label="a")
    violation, review = make_finding("a", "minor"), make_finding("b", "minor", outcome="review")
    assert judge_expectation(step, Expectation(("a",)), [violation, review])
    assert not judge_expectation(step, Expectation(()), [violation])
    assert step.extra["expectation_detail"] == "unexpected: a"


def test_slugify_falls_back_for_non_ascii_names() -> None:
    assert slugify("Annual bill, English (dark)", "journey-1") == "annual-bill-english-dark"
    assert slugify("年度账单", "journey-3") == "journey-3"


def test_frame_targets_and_ambiguous_targets(session: Session) -> None:
    result = session.run_journey(journey("""version: 1
name: Frames
start: /framed.html
steps:
  - click: {role: button, name: Reject all, frame: cmp}
  - wait: {text: Twin, state: attached}
  - click: {text: Twin, timeout: 2000}
""", "frames.yaml"))
    click_in_frame, ambiguous = result.steps[1], result.steps[3]
    assert click_in_frame.error is None
    assert ambiguous.error == ('frames.yaml:7: click text="Twin": the target matches 2 elements; '
                               "make it unique or add 'nth: 0'")


def test_page_crash_is_a_step_error_and_the_next_journey_runs(session: Session) -> None:
    crashing = journey("version: 1\nname: Crash\nstart: /signup.html\nsteps: [{audit: never}]\n",
                       "crash.yaml")
    # Validation refuses chrome: URLs, so build the crashing step directly.
    crashing.steps.insert(1, Step(2, "goto", {"url": "chrome://crash", "wait_until": "load"}, 4,
                                  "goto chrome://crash"))
    crashing.steps[2].index = 3
    result = session.run_journey(crashing)
    assert result.steps[1].error is not None and "crash" in result.steps[1].error
    assert result.steps[2].skipped
    after = session.run_journey(journey("version: 1\nname: After\nstart: /signup.html\nsteps: "
                                        "[{audit: {label: ok, checks: [test-checked-box]}}]\n"))
    assert [s.error for s in after.steps] == [None, None]


def test_journeys_do_not_share_cookies_or_storage(session: Session) -> None:
    setter = session.run_journey(journey(
        "version: 1\nname: Setter\nstart: /set-cookie.html\nsteps: [{wait: {text: set}}]\n"))
    reader = session.run_journey(journey(
        "version: 1\nname: Reader\nstart: /read-cookie.html\n"
        "steps: [{wait: {text: 'cookies: none, storage: none', timeout: 3000}}]\n"))
    assert [s.error for s in setter.steps + reader.steps] == [None] * 4
