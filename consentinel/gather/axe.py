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

import json
import re
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Frame, Page

from consentinel.gather.collector import ordered_frames

AXE_PACKAGE = "axe_playwright_python"
AXE_FILE = "axe.min.js"
CONTRAST_RULE = "color-contrast"
# Worst first: a selector's outcome is the worst over the nodes axe reports inside it.
OUTCOME_ORDER = ("violation", "incomplete", "pass", "inapplicable")
_VERSION_RE = re.compile(r"axe v(\d+\.\d+\.\d+)")

# Runs inside the frame after axe is present: resolves our selectors (" >> " crosses an open
# shadow root), runs color-contrast on just those elements and maps every reported node back
# to the requested selector that contains it. Returns one JSON string.
_RUN_JS = """async ({selectors, rule}) => {
  const resolve = (sel) => {
    let scope = document, el = null;
    for (const part of sel.split(' >> ')) {
      el = scope.querySelector(part);
      if (!el) return null;
      scope = el.shadowRoot || el;
    }
    return el;
  };
  const els = selectors.map(resolve);
  const include = [];
  selectors.forEach((s, i) => {
    if (!els[i]) return;
    const parts = s.split(' >> ');
    include.push(parts.length > 1 ? {fromShadowDom: parts} : s);
  });
  const out = {};
  selectors.forEach((s, i) => { out[s] = {found: !!els[i], nodes: []}; });
  if (!include.length) return JSON.stringify(out);
  const res = await axe.run({include}, {
    runOnly: {type: 'rule', values: [rule]},
    resultTypes: ['violations', 'incomplete', 'passes'],
    elementRef: true,
  });
  const buckets = {violations: 'violation', incomplete: 'incomplete', passes: 'pass'};
  for (const [bucket, outcome] of Object.entries(buckets)) {
    for (const r of res[bucket]) {
      for (const node of r.nodes) {
        const data = ((node.any || [])[0] || {}).data || {};
        selectors.forEach((s, i) => {
          const el = els[i];
          if (!el || !node.element) return;
          let n = node.element, inside = false;
          while (n) {
            if (n === el) { inside = true; break; }
            n = n.parentNode || n.host || null;
          }
          if (!inside) return;
          out[s].nodes.push({
            outcome,
            target: node.target,
            contrast_ratio: typeof data.contrastRatio === 'number' ? data.contrastRatio : null,
            expected_ratio: data.expectedContrastRatio ? parseFloat(data.expectedContrastRatio) : null,
            fg_color: data.fgColor || null,
            bg_color: data.bgColor || null,
            font_size: data.fontSize || null,
            font_weight: data.fontWeight || null,
            message_key: data.messageKey || null,
          });
        });
      }
    }
  }
  return JSON.stringify(out);
}"""


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
    if not frame.evaluate("() => typeof window.axe === 'object' && typeof window.axe.run === 'function'"):
        frame.evaluate(axe_source())


def _summarise(selector: str, frame: int, raw: Mapping[str, Any]) -> dict[str, Any]:
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
            raw = json.loads(frame.evaluate(_RUN_JS, {"selectors": wanted, "rule": CONTRAST_RULE}))
        except PlaywrightError as exc:
            lines = str(exc).strip().splitlines()
            errors[index] = lines[0] if lines else type(exc).__name__
            continue
        results.extend(_summarise(sel, index, raw.get(sel, {})) for sel in wanted)
    return {"axe_version": axe_version(), "rule": CONTRAST_RULE, "results": results, "errors": errors}


def axe_full_run(page: Page) -> dict[str, Any]:
    """axe-core's full run (all rules) on the top-level page; the benchmark's reference."""
    inject_axe(page.main_frame)
    raw = page.evaluate(
        "async () => { const r = await axe.run(document); return JSON.stringify("
        "{violations: r.violations.length, passes: r.passes.length, incomplete: r.incomplete.length}); }"
    )
    return json.loads(raw)


__all__ = ["axe_contrast", "axe_full_run", "axe_source", "axe_version", "inject_axe"]
