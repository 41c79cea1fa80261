"""axe-core as an independent cross-check of our contrast measurements, never the detector.

Why: a regulator reading "contrast 1.6:1" wants to know it is not our own arithmetic alone.
axe-core's ``color-contrast`` rule is the industry reference for WCAG 1.4.3; when it agrees
(or says it cannot tell, e.g. text on a gradient) that goes into the finding's evidence. Our
checks still decide what is *consent* text: axe knows nothing about consent.

axe-core comes bundled with ``axe-playwright-python`` (its ``axe.min.js``); we inject it with
``frame.evaluate`` (works under a strict CSP, unlike ``add_script_tag``) and run only the one
rule on only the elements concerned.

Example::

    result = axe_contrast(page, {0: ["#pale"], 2: ["#consent-text"]})
    result["results"][0]  # {"frame": 0, "selector": "#pale", "outcome": "violation", ...}
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Frame, Page

from consentinel.gather.collector import ordered_frames
from consentinel.gather.evaluate import evaluate_script, run_vendored_script

AXE_PACKAGE = "axe_playwright_python"
AXE_FILE = "axe.min.js"
CONTRAST_RULE = "color-contrast"
# Worst first: a selector's outcome is the worst over the nodes axe reports inside it.
OUTCOME_ORDER = ("violation", "incomplete", "pass", "inapplicable")
_VERSION_RE = re.compile(r"axe v(\d+\.\d+\.\d+)")

@cache
def axe_source() -> str:
    """The bundled axe-core script (``axe.min.js`` shipped by axe-playwright-python)."""
    return resources.files(AXE_PACKAGE).joinpath(AXE_FILE).read_text(encoding="utf-8")


@cache
def axe_version() -> str:
    """The bundled axe-core version, read from the script's banner (e.g. ``4.12.1``)."""
    match = _VERSION_RE.search(axe_source()[:500])
    return match.group(1) if match else "unknown"


def inject_axe(frame: Frame) -> None:
    """Make ``window.axe`` available in the frame (once); CSP-safe, no script tag."""
    if not evaluate_script(frame, "axe_present"):
        run_vendored_script(frame, axe_source())


def summarise_selector(selector: str, frame: int, raw: Mapping[str, Any]) -> dict[str, Any]:
    """One record per selector: the worst outcome and the measurements of that node."""
    nodes: list[dict[str, Any]] = list(raw.get("nodes", []))
    record: dict[str, Any] = {"frame": frame, "selector": selector, "nodes": len(nodes)}
    if not raw.get("found", False):
        record["outcome"] = "not-found"
        return record
    if not nodes:
        record["outcome"] = "inapplicable"  # axe found no text it tests (e.g. hidden)
        return record
    worst = min(nodes, key=lambda n: OUTCOME_ORDER.index(n["outcome"]))
    record.update(
        outcome=worst["outcome"],
        contrast_ratio=worst.get("contrast_ratio"),
        expected_ratio=worst.get("expected_ratio"),
        fg_color=worst.get("fg_color"),
        bg_color=worst.get("bg_color"),
        font_size=worst.get("font_size"),
        font_weight=worst.get("font_weight"),
        message_key=worst.get("message_key"),
        target=worst.get("target"),
    )
    return record


def axe_contrast(page: Page, selectors_by_frame: Mapping[int, Iterable[str]]) -> dict[str, Any]:
    """Run axe-core's ``color-contrast`` rule on the given elements of the given frames.

    Frame indexes are the collector's (0 = top-level page). Returns ``{"axe_version",
    "rule", "results": [{frame, selector, outcome, contrast_ratio, fg_color, bg_color,
    expected_ratio, ...}], "errors": {frame: message}}``; ``outcome`` is ``violation``,
    ``pass``, ``incomplete`` (axe cannot tell: gradient, image, overlap), ``inapplicable``
    or ``not-found``. A frame that fails is reported in ``errors``, never raised.
    """
    frames = ordered_frames(page)
    results: list[dict[str, Any]] = []
    errors: dict[int, str] = {}
    for index, selectors in sorted(selectors_by_frame.items()):
        wanted = list(dict.fromkeys(selectors))
        if not wanted:
            continue
        if index >= len(frames):
            errors[index] = "frame no longer exists"
            continue
        frame = frames[index]
        try:
            inject_axe(frame)
            raw = evaluate_script(frame, "axe_contrast", {"selectors": wanted, "rule": CONTRAST_RULE})
        except PlaywrightError as exc:
            lines = str(exc).strip().splitlines()
            errors[index] = lines[0] if lines else type(exc).__name__
            continue
        results.extend(summarise_selector(sel, index, raw.get(sel, {})) for sel in wanted)
    return {"axe_version": axe_version(), "rule": CONTRAST_RULE, "results": results, "errors": errors}


def axe_full_run(page: Page) -> dict[str, Any]:
    """axe-core's full run (all rules) on the top-level page; the benchmark's reference."""
    inject_axe(page.main_frame)
    return evaluate_script(page, "axe_full_run")


__all__ = ["axe_contrast", "axe_full_run", "axe_source", "axe_version", "inject_axe"]
