"""Fixtures for report tests: real PNG files and RunResults built directly (no browser)."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from consentinel.checks.base import Finding
from consentinel.facts.snapshot import Box
from consentinel.results import JourneyResult, RunResult, StepResult

# Page text a hostile site could put in a label, selector, URL or evidence value.
HOSTILE = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
)
HOSTILE_TEXT = " ".join(HOSTILE)

SHOT_WIDTH, SHOT_HEIGHT = 400, 300


def make_png(width: int, height: int, blocks: list[tuple[int, int, int, int, tuple[int, int, int]]]) -> bytes:
    """A real RGB PNG: white, with filled rectangles ``(x, y, w, h, colour)``."""
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter type 0 (None) for each scanline
        for x in range(width):
            colour = (255, 255, 255)
            for bx, by, bw, bh, fill in blocks:
                if bx <= x < bx + bw and by <= y < by + bh:
                    colour = fill
            row += bytes(colour)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


@pytest.fixture(scope="session")
def screenshot_png() -> bytes:
    return make_png(
        SHOT_WIDTH, SHOT_HEIGHT, [(40, 200, 120, 20, (200, 200, 200)), (250, 40, 100, 40, (30, 90, 200))]
    )


def build_run(out_dir: Path, png: bytes, hostile: str = HOSTILE_TEXT) -> RunResult:
    """A run with every report feature: violations, a review, errors, a failed expectation,
    a clean audit, a missing screenshot, and hostile text in every page-derived field."""
    (out_dir / "shots").mkdir(parents=True, exist_ok=True)
    (out_dir / "shots" / "j1-s2.png").write_bytes(png)
    (out_dir / "shots" / "j1-s2.json").write_text('{"schema": "consentinel.snapshot/1"}', encoding="utf-8")
    (out_dir / "shots" / "j2-s1.png").write_bytes(png)
    findings = [
        Finding(
            check="preselected-consent",
            impact="critical",
            selector=f"#opt-in {hostile}",
            text=f"I agree to share my data {hostile}",
            evidence={
                "checked": True,
                "disabled": False,
                "note": hostile,
                "requests": [{"url": f"https://t.example/{hostile}", "at": "2026-01-01T00:00:00Z"}],
            },
            box=Box(40, 200, 120, 20),
            message=f"pre-ticked {hostile}",
            url=f"https://shop.example/?q={hostile}",
            step="Bill",
            uid="f0:e1",
        ),
        Finding(
            check="low-contrast-consent",
            impact="serious",
            selector="p.fine",
            text="我已阅读并同意《芝麻服务协议》",
            evidence={
                "contrast_ratio": 1.9,
                "color": [170, 170, 170, 1],
                "background": "#ffffff",
                "required_ratio": 4.5,
                "axe": {"rule": "color-contrast", "result": "violation"},
            },
            box=Box(250, 40, 100, 40),
        ),
        Finding(
            check="low-contrast-consent",
            impact="serious",
            selector="p.on-image",
            text="By continuing you agree",
            evidence={"contrast_ratio": 3.1, "background_uncertain": "background-image"},
            box=Box(250, 260, 100, 20),
            outcome="review",
        ),
        Finding(
            check="hidden-consent",
            impact="critical",
            selector="#hidden",
            text="Share with partners",
            evidence={"reasons": ["off-screen", "opacity"], "hidden_by": "div.wrap"},
            box=Box(-9999, 10, 50, 10),
        ),
        Finding(
            check="future-check",
            impact="minor",
            selector="javascript:alert(1)",
            text="x",
            evidence={"value": float("nan"), "when": {"x": 1.0, "y": 2.0, "width": 3.0, "height": 4.0}},
            url="javascript:alert(1)",
        ),
    ]
    journey = JourneyResult(
        name=f"Annual bill {hostile}",
        source="flows/bill.yaml",
        device="iPhone 13",
        locale="zh-CN",
        timezone="Asia/Shanghai",
        steps=[
            StepResult(
                index=1, kind="goto", label="", url="http://127.0.0.1:8000/bill.html", duration_ms=120.5
            ),
            StepResult(
                index=2,
                kind="audit",
                label=f"Bill {hostile}",
                url="http://127.0.0.1:8000/bill.html",
                started_at="2026-01-01T00:00:01Z",
                duration_ms=300.0,
                findings=findings,
                screenshot="shots/j1-s2.png",
                snapshot="shots/j1-s2.json",
                screenshot_box={"x": 0, "y": 0, "width": SHOT_WIDTH, "height": SHOT_HEIGHT},
                expectation="no findings",
                expectation_failed=True,
                line=12,
                axe={"violations": 1, "rules": ["color-contrast"]},
                extra={"phase": {"any": "thing"}},
            ),
            StepResult(index=3, kind="click", label="Continue", error=f"element not found {hostile}"),
        ],
    )
    clean = JourneyResult(
        name="Sign-up",
        source="flows/signup.yaml",
        steps=[
            StepResult(
                index=1,
                kind="audit",
                label="Form",
                url="http://127.0.0.1:8000/signup.html",
                screenshot="shots/j2-s1.png",
                screenshot_box={"x": 0, "y": 0, "width": 400, "height": 300},
            ),
            StepResult(index=2, kind="audit", label="Gone", screenshot="shots/missing.png"),
        ],
    )
    broken = JourneyResult(
        name="Unreachable", source="https://down.example/", error=f"net::ERR_NAME_NOT_RESOLVED {hostile}"
    )
    return RunResult(
        run_id="run-1",
        command="run flows/",
        tool_version="0.1.0",
        browser="chromium 120 (/usr/bin/chromium)",
        playwright_version="1.65.2",
        axe_version="4.10.0",
        python_version="3.11.2",
        platform="Linux",
        started_at="2026-01-01T00:00:00Z",
        finished_at="2026-01-01T00:01:00Z",
        journeys=[journey, clean, broken],
        redactions=["DEMO_EMAIL"],
    )


@pytest.fixture
def run_factory(screenshot_png: bytes) -> Callable[[Path], RunResult]:
    return lambda out_dir: build_run(out_dir, screenshot_png)


@pytest.fixture
def hostile_run_factory(screenshot_png: bytes) -> Callable[[Path, str], RunResult]:
    """``(out_dir, hostile text) -> RunResult`` with that text in every page-derived field."""
    return lambda out_dir, hostile: build_run(out_dir, screenshot_png, hostile)


def clean_run(out_dir: Path, png: bytes) -> RunResult:
    """A run whose only audit found nothing."""
    (out_dir / "clean.png").parent.mkdir(parents=True, exist_ok=True)
    (out_dir / "clean.png").write_bytes(png)
    step = StepResult(
        index=1,
        kind="audit",
        label="Home",
        url="https://example.org/",
        screenshot="clean.png",
        screenshot_box={"x": 0, "y": 0, "width": 400, "height": 300},
    )
    return RunResult(
        run_id="run-clean",
        command="scan https://example.org/",
        tool_version="0.1.0",
        journeys=[JourneyResult(name="example.org", source="https://example.org/", steps=[step])],
    )


@pytest.fixture
def clean_run_factory(screenshot_png: bytes) -> Callable[[Path], RunResult]:
    return lambda out_dir: clean_run(out_dir, screenshot_png)


@pytest.fixture(scope="session")
def hostile() -> tuple[str, ...]:
    return HOSTILE
