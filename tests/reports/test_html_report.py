"""report.html: hostile page text stays text, no script can run, findings are drawn and labelled."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Dialog, sync_playwright

from consentinel.checks.base import Finding
from consentinel.facts.snapshot import Box
from consentinel.reports import write_html_report, write_reports
from consentinel.reports.html_report import CONTENT_SECURITY_POLICY, _mark, safe_link
from consentinel.reports.images import png_size
from consentinel.results import JourneyResult, RunResult, StepResult

RunFactory = Callable[[Path], RunResult]
CHROMIUM = Path("/usr/bin/chromium")
REQUIRED_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
FORBIDDEN_TAGS = {"script", "svg", "iframe", "object", "embed", "form", "link", "base", "math", "frame"}


class TagCollector(HTMLParser):
    """Every start tag with its attributes, and all text, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> TagCollector:
    collector = TagCollector()
    collector.feed(html)
    collector.close()
    return collector


@pytest.fixture
def hostile_html(tmp_path: Path, run_factory: RunFactory) -> str:
    return write_reports(run_factory(tmp_path), tmp_path)["html"].read_text(encoding="utf-8")


def test_csp_meta_forbids_everything_but_inline_style_and_data_images(hostile_html: str) -> None:
    metas = [
        a
        for t, a in parse(hostile_html).tags
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert len(metas) == 1
    assert (metas[0]["content"] or "").startswith(REQUIRED_CSP)
    assert metas[0]["content"] == CONTENT_SECURITY_POLICY
    # The CSP must come before anything page-derived: it is the first thing after <meta charset>.
    head = hostile_html[: hostile_html.index("<title>")]
    assert "Content-Security-Policy" in head


def test_hostile_text_never_becomes_markup(hostile_html: str, hostile: tuple[str, ...]) -> None:
    document = parse(hostile_html)
    tags = {tag for tag, _ in document.tags}
    assert not tags & FORBIDDEN_TAGS, tags & FORBIDDEN_TAGS
    for tag, attrs in document.tags:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        if tag == "img":
            assert (attrs.get("src") or "").startswith("data:image/png;base64,"), attrs
        if "href" in attrs:
            assert re.match(r"^https?://", attrs["href"] or ""), attrs
        style = attrs.get("style") or ""
        assert "url(" not in style and "expression" not in style and "@import" not in style, style
    text = "".join(document.text)
    for payload in hostile:  # shown, as text, wherever the page put it
        assert payload in text
    assert (
        hostile_html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 8
    )  # name, label, text, selector, ...


def test_no_javascript_at_all(hostile_html: str) -> None:
    assert "<script" not in hostile_html.lower()
    assert "javascript:" not in re.sub(r"<code>javascript:alert\(1\)</code>", "", hostile_html)


def test_javascript_urls_are_text_not_links(hostile_html: str) -> None:
    hrefs = [a["href"] for t, a in parse(hostile_html).tags if t == "a"]
    assert hrefs and all(h and h.startswith(("http://", "https://")) for h in hrefs)
    assert "<code>javascript:alert(1)</code>" in hostile_html
    assert safe_link("javascript:alert(1)") is None
    assert safe_link("data:text/html,<b>") is None
    assert safe_link(" https://example.org/a?b=<c> ") == "https://example.org/a?b=<c>"
    assert safe_link("http:///nohost") is None


def test_colour_values_cannot_inject_css(tmp_path: Path) -> None:
    finding = Finding(
        check="low-contrast-consent",
        impact="serious",
        selector="p",
        text="I agree",
        evidence={
            "contrast_ratio": 2.0,
            "fg": "red;background:url(http://evil.example/x)",
            "bg": [255, 255, 255, 1],
        },
    )
    step = StepResult(index=1, kind="audit", label="a", findings=[finding])
    run = RunResult(
        run_id="r",
        command="run",
        tool_version="0",
        journeys=[JourneyResult(name="j", source="s", steps=[step])],
    )
    html = write_html_report(run, tmp_path).read_text(encoding="utf-8")
    styles = [a.get("style") for t, a in parse(html).tags if a.get("style")]
    assert "background-color: #ffffff" in styles
    assert not [s for s in styles if "evil" in (s or "")]
    assert "red;background:url(http://evil.example/x)" in "".join(parse(html).text)  # still shown as text


def test_summary_counts_errors_and_metadata(hostile_html: str) -> None:
    text = " ".join("".join(parse(hostile_html).text).split())
    assert "4 violations, 1 needing review" in text
    assert "Errors (3)" in text
    assert "shots/missing.png is missing or unreadable" in text
    assert "Failed expectations (1)" in text
    for fact in (
        "chromium 120 (/usr/bin/chromium)",
        "1.65.2",
        "4.10.0",
        "iPhone 13",
        "zh-CN",
        "Asia/Shanghai",
        "2026-01-01T00:00:00Z",
        "2026-01-01T00:01:00Z",
        "run flows/",
        "DEMO_EMAIL",
        "report.json SHA-256",
    ):
        assert fact in text, fact
    assert "1.9 : 1 (WCAG 2.2 SC 1.4.3 minimum 4.5 : 1)" in text
    assert "axe-core color-contrast: violation" in text and "Consentinel: violation" in text
    assert "off-screen" in text and "div.wrap" in text
    assert "checked (on) before any user action" in text


def test_every_evidence_file_hash_is_listed(tmp_path: Path, run_factory: RunFactory) -> None:
    paths = write_reports(run_factory(tmp_path), tmp_path)
    html = paths["html"].read_text(encoding="utf-8")
    document = json.loads(paths["json"].read_text(encoding="utf-8"))
    hashes = [
        s[k]
        for j in document["journeys"]
        for s in j["steps"]
        for k in ("screenshot_sha256", "snapshot_sha256")
        if s[k]
    ]
    assert len(hashes) == 3
    for digest in hashes:
        assert digest in html


def test_no_findings_state_is_explicit(tmp_path: Path, clean_run_factory: RunFactory) -> None:
    html = write_html_report(clean_run_factory(tmp_path), tmp_path).read_text(encoding="utf-8")
    verdict = re.search(r'<div class="verdict (\w+)" id="verdict"><strong>([^<]+)</strong>', html)
    assert verdict and verdict.groups() == ("clean", "No findings")
    assert "No findings in this audit." in html
    assert 'id="errors"' not in html


def test_no_findings_with_errors_is_not_called_clean(tmp_path: Path) -> None:
    run = RunResult(
        run_id="r",
        command="scan",
        tool_version="0",
        journeys=[JourneyResult(name="down", source="https://down.example/", error="net::ERR_FAILED")],
    )
    html = write_html_report(run, tmp_path).read_text(encoding="utf-8")
    assert 'class="verdict partial"' in html and "run is incomplete" in html
    assert "net::ERR_FAILED" in html


def test_marks_are_placed_in_percent_of_the_screenshot() -> None:
    region = {"x": 0.0, "y": 100.0, "width": 400.0, "height": 200.0}
    finding = {
        "number": 2,
        "impact": "serious",
        "outcome": "review",
        "box": {"x": 100.0, "y": 150.0, "width": 40.0, "height": 20.0},
    }
    mark = _mark(finding, region)
    assert mark is not None
    assert (mark.left, mark.top, mark.width, mark.height) == ("25%", "25%", "10%", "10%")
    clipped = _mark({**finding, "box": {"x": 380.0, "y": 90.0, "width": 40.0, "height": 20.0}}, region)
    assert clipped is not None and (clipped.left, clipped.top, clipped.width, clipped.height) == (
        "95%",
        "0%",
        "5%",
        "5%",
    )
    assert (
        _mark({**finding, "box": {"x": -9999.0, "y": 150.0, "width": 10.0, "height": 10.0}}, region) is None
    )
    assert _mark({**finding, "box": None}, region) is None


def test_png_size_reads_ihdr(screenshot_png: bytes) -> None:
    assert png_size(screenshot_png) == (400, 300)
    assert png_size(b"GIF89a" + bytes(40)) is None


def test_chinese_text_is_marked_as_chinese(hostile_html: str) -> None:
    assert '<span class="excerpt" lang="zh">我已阅读并同意《芝麻服务协议》</span>' in hostile_html
    assert "Noto Sans CJK SC" in hostile_html and "@media print" in hostile_html


# ---------------------------------------------------------------- in a real browser


@pytest.fixture(scope="module")
def report_browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip("needs /usr/bin/chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--no-sandbox",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
            ],
        )
        yield browser
        browser.close()


@pytest.mark.browser
def test_report_in_chromium_runs_no_script_and_draws_numbered_boxes(
    report_browser: Browser, tmp_path: Path, run_factory: RunFactory
) -> None:
    html_path = write_reports(run_factory(tmp_path), tmp_path)["html"]
    context = report_browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    console: list[str] = []
    errors: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    def on_console(message: ConsoleMessage) -> None:
        console.append(f"{message.type}: {message.text}")

    page.on("dialog", on_dialog)
    page.on("console", on_console)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(html_path.as_uri(), wait_until="load")
        page.wait_for_timeout(200)  # let any (wrongly) scheduled onerror/onload handler fire
        assert dialogs == []
        assert console == []  # not even a CSP refusal: nothing tried to run
        assert errors == []
        assert page.locator("script, svg, iframe").count() == 0

        images = page.locator("figure.shot img")
        assert images.count() == 2
        assert images.first.evaluate("img => img.complete && img.naturalWidth") == 400  # data: allowed by CSP

        first_step = page.locator("section.step").first
        marks = first_step.locator(".mark")
        assert marks.count() == 3  # findings 4 (off-screen) and 5 (no box) are not drawn
        assert [marks.nth(i).get_attribute("data-number") for i in range(3)] == ["1", "2", "3"]
        assert [marks.nth(i).locator(".mark-num").inner_text() for i in range(3)] == ["1", "2", "3"]

        image_box = first_step.locator("figure.shot img").bounding_box()
        mark_box = marks.first.bounding_box()
        assert image_box and mark_box
        scale = image_box["width"] / 400
        assert mark_box["x"] == pytest.approx(image_box["x"] + 40 * scale, abs=1.5)
        assert mark_box["y"] == pytest.approx(image_box["y"] + 200 * scale, abs=1.5)
        assert mark_box["width"] == pytest.approx(120 * scale, abs=1.5)

        rows = first_step.locator("tr.finding")
        assert rows.count() == 5
        assert "needs review" in rows.nth(2).inner_text()
        assert "review" in (marks.nth(2).get_attribute("class") or "")
        assert "needs review" not in rows.nth(0).inner_text()
        assert page.locator("tr.finding .outcome.review").count() == 1
        assert "outside the screenshot" in rows.nth(3).inner_text()
        heading = page.locator("section.journey h2").first.inner_text()
        assert "<script>alert(1)</script>" in heading
    finally:
        context.close()


def test_findings_on_one_element_share_an_outline_and_labels_do_not_collide(
    tmp_path: Path, screenshot_png: bytes
) -> None:
    (tmp_path / "s.png").write_bytes(screenshot_png)
    same = Box(100, 100, 60, 12)
    findings = [
        Finding(
            check="fine-print-consent", impact="moderate", selector="p", text="I agree", evidence={}, box=same
        ),
        Finding(
            check="low-contrast-consent",
            impact="serious",
            selector="p",
            text="I agree",
            evidence={},
            box=same,
        ),
        Finding(
            check="preselected-consent",
            impact="critical",
            selector="input",
            text="I agree",
            evidence={},
            box=Box(100, 88, 10, 10),
        ),
    ]
    step = StepResult(
        index=1,
        kind="audit",
        label="a",
        findings=findings,
        screenshot="s.png",
        screenshot_box={"x": 0, "y": 0, "width": 400, "height": 300},
    )
    run = RunResult(
        run_id="r",
        command="run",
        tool_version="0",
        journeys=[JourneyResult(name="j", source="s", steps=[step])],
    )
    marks = [
        a
        for t, a in parse(write_html_report(run, tmp_path).read_text(encoding="utf-8")).tags
        if t == "div" and "mark" in (a.get("class") or "").split()
    ]
    assert [m["data-number"] for m in marks] == ["1 2", "3"]
    assert "serious" in (marks[0]["class"] or "")  # the higher impact colours the shared outline
    assert "label-above" in (marks[0]["class"] or "")
    assert "label-above" not in (marks[1]["class"] or "")  # its number would cover "1, 2"


def test_evidence_errors_and_step_data_are_shown(tmp_path: Path) -> None:
    step = StepResult(
        index=1,
        kind="audit",
        label="a",
        extra={
            "evidence_errors": ["screenshot failed: <b>x</b>"],
            "expectation_detail": "missing: bundled-consent",
            "tracking": {"cookies": 2},
        },
        expectation="[bundled-consent]",
        expectation_failed=True,
        axe={"axe_version": "4.12.1", "rule": "color-contrast", "results": [{"selector": "p", "nodes": 1}]},
    )
    run = RunResult(
        run_id="r",
        command="run",
        tool_version="0",
        journeys=[JourneyResult(name="j", source="s", steps=[step])],
    )
    paths = write_reports(run, tmp_path)
    html = paths["html"].read_text(encoding="utf-8")
    text = " ".join("".join(parse(html).text).split())
    assert "screenshot failed: <b>x</b>" in text and "<b>x</b>" not in html
    assert "expected [bundled-consent]: missing: bundled-consent" in text
    assert "axe-core cross-check of this page state" in text and "color-contrast" in text
    assert "Further step data" in text and "Cookies: 2" in text
    errors = json.loads(paths["json"].read_text(encoding="utf-8"))["errors"]
    assert errors == [
        {
            "journey": "j",
            "step": 1,
            "step_kind": "audit",
            "origin": "evidence",
            "message": "screenshot failed: <b>x</b>",
        }
    ]
