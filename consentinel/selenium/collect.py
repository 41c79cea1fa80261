"""Gather a :class:`Snapshot` from a Selenium session: the same collector, one call per frame.

The top-level document is read through :class:`~consentinel.selenium.evaluate.PageScripts`
(an isolated world on Chromium). Frames, same- or cross-origin, nested or inside open shadow
roots, are entered the WebDriver way (``switch_to.frame``) and read with the same script in
their own world; each is merged exactly as the Playwright collector merges its frames: uids
prefixed ``f<index>:``, boxes moved into top-level document coordinates, everything in a frame
that is itself not rendered marked hidden. A frame that cannot be entered is recorded in
``Frame.error`` and stated in the audit's limitations, never silently left out.

Example::

    gathered = collect_driver(driver)
    gathered.snapshot.controls, gathered.limitations
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from selenium.common.exceptions import WebDriverException

from consentinel.selenium import limits
from consentinel.selenium._core import (
    FRAME_ELEMENT_JS,
    MIN_FRAME_SIZE,
    Snapshot,
    _collector_source,
    _parse_collector_result,
    _snapshot_from_json,
    hide_all_in_frame,
    intersects,
    prefix_frame_items,
)
from consentinel.selenium.evaluate import PageScripts, ScriptError, first_line, run_in_current_context

# Every iframe/frame element of the current document, open shadow roots included, in document
# order: Playwright's page.frames sees those too.
_FRAME_ELEMENTS_JS = """() => {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'iframe' || el.localName === 'frame') found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return found;
}"""

# The frame element as its parent sees it: the collector's own measurement (content-box inset,
# selector, hidden-ness) plus its rectangle, whether it renders at all, and the parent's scroll.
_MEASURE_FRAME_JS = (
    "(e) => JSON.stringify({facts: (" + FRAME_ELEMENT_JS + ")(e),"
    " rendered: e.getClientRects().length > 0,"
    " rect: (({x, y, width, height}) => ({x, y, width, height}))(e.getBoundingClientRect()),"
    " scroll: {x: window.scrollX, y: window.scrollY}, src: e.src || '', name: e.name || ''})"
)


@dataclass
class Gathered:
    """A snapshot and the plain statements of what could not be observed while gathering it."""

    snapshot: Snapshot
    limitations: list[str] = field(default_factory=list)
    isolated: bool = False
    # Frame index -> the frame elements to switch through to reach it (the axe cross-check
    # addresses elements by the collector's frame index, as on the Playwright path).
    frame_paths: dict[int, list[Any]] = field(default_factory=dict)


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


def frame_offset(origin: dict[str, float], measured: dict[str, Any]) -> dict[str, float]:
    """Where a frame's content starts in top-level document coordinates.

    ``origin`` is where the parent document's content starts (0,0 for the top level);
    ``measured`` is the frame element's viewport rectangle, its content-box inset and the
    parent's scroll position, as ``_MEASURE_FRAME_JS`` reports them.
    """
    rect, facts, scroll = measured["rect"], measured["facts"], measured["scroll"]
    return {
        "x": origin["x"] + scroll["x"] + rect["x"] + facts["dx"],
        "y": origin["y"] + scroll["y"] + rect["y"] + facts["dy"],
        "width": rect["width"],
        "height": rect["height"],
    }


def frame_hiding(measured: dict[str, Any]) -> str | None:
    """Why a frame shows nothing at all (the collector's reasons), or None when it renders."""
    if not measured["rendered"]:
        return "display-none"
    if measured["facts"]["hidden"]:
        return str(measured["facts"]["hidden"])
    rect = measured["rect"]
    if rect["width"] < MIN_FRAME_SIZE or rect["height"] < MIN_FRAME_SIZE:
        return "zero-size"
    return None


def merge_frame(data: dict[str, Any], measured: dict[str, Any], view: dict[str, float]) -> None:
    """Apply the frame element's visibility to what was collected inside it (in place)."""
    hiding = frame_hiding(measured)
    if hiding:
        hide_all_in_frame(data, hiding, f"{measured['facts']['selector']} (frame element)")
        return
    # The frame's script knows its own viewport only; in_viewport means the top-level one.
    for item in data["controls"] + data["texts"] + data["actions"]:
        if item["visibility"]["in_viewport"]:
            item["visibility"]["in_viewport"] = intersects(item["box"], view)


class _FrameWalker:
    """Depth-first walk of the frame tree through WebDriver, appending to the top-level data."""

    def __init__(self, driver: Any, top: dict[str, Any], budget_s: float) -> None:
        self.driver = driver
        self.top = top
        self.budget_s = budget_s
        self.frames: list[dict[str, Any]] = []
        self.limitations: list[str] = []
        self.paths: dict[int, list[Any]] = {}

    def _call(self, source: str, argument: Any = None) -> Any:
        return run_in_current_context(self.driver, source, argument, self.budget_s)

    def walk(self, origin: dict[str, float], path: list[Any]) -> None:
        """Collect every child frame of the document the driver is switched to (``path``)."""
        try:
            elements = self._call(_FRAME_ELEMENTS_JS) or []
        except ScriptError as exc:
            self.limitations.append(
                f"the frames inside {'frame ' + str(len(path)) if path else 'the page'} could not be "
                f"listed, so no check saw their content: {exc}"
            )
            return
        for element in elements:
            self._visit(element, origin, path)

    def _visit(self, element: Any, origin: dict[str, float], path: list[Any]) -> None:
        index = len(self.frames) + 1
        top_url = self.top["url"]
        measured: dict[str, Any] | None = None
        try:
            measured = json.loads(self._call(_MEASURE_FRAME_JS, element))
            offset = frame_offset(origin, measured)
            self.driver.switch_to.frame(element)
            try:
                data = _parse_collector_result(
                    self._call(_collector_source(), {"offset": {"x": offset["x"], "y": offset["y"]}})
                )
                merge_frame(data, measured, self.top["viewport"])
                record = {
                    "index": index,
                    "url": data["url"],
                    "name": measured["name"],
                    "cross_origin": _origin(data["url"]) != _origin(top_url),
                    "offset": offset,
                }
                self.frames.append(record)
                self.paths[index] = [*path, element]
                for key in ("controls", "texts", "actions"):
                    prefix_frame_items(data[key], f"f{index}:", index)
                    self.top[key].extend(data[key])
                self.limitations.append(limits.frame_in_page_world(index, data["url"]))
                self.walk(offset, [*path, element])
            finally:
                self._back_to(path)
        except (ScriptError, WebDriverException, ValueError, KeyError) as exc:
            url = measured["src"] if measured else ""
            cross = _origin(url) != _origin(top_url) if url else False
            reason = exc.args[0] if isinstance(exc, ScriptError) and exc.args else first_line(exc)
            self.frames.append({"index": index, "url": url, "name": measured["name"] if measured else "",
                                "cross_origin": cross, "error": reason})
            self.limitations.append(limits.frame_unreachable(index, url, cross, reason))
            self._back_to(path)

    def _back_to(self, path: list[Any]) -> None:
        """Switch the driver back to the document at ``path`` (from the top, always valid)."""
        try:
            self.driver.switch_to.default_content()
            for element in path:
                self.driver.switch_to.frame(element)
        except WebDriverException:
            self.driver.switch_to.default_content()


def collect_driver(
    driver: Any, options: dict[str, Any] | None = None, scripts: PageScripts | None = None
) -> Gathered:
    """Gather every fact the checks need from the driver's current page, frames included.

    Only a failure of the top-level document raises (:class:`ScriptError`); a frame that
    cannot be read is recorded in ``Frame.error`` and in ``Gathered.limitations``. The driver
    is left switched to the top-level document.
    """
    started = time.perf_counter()
    collected_at = datetime.now(UTC).isoformat(timespec="milliseconds")
    driver.switch_to.default_content()
    scripts = scripts or PageScripts.open(driver)
    limitations = [] if scripts.isolated else [limits.no_isolated_world(scripts.not_isolated_because)]
    top = _parse_collector_result(scripts.call(_collector_source(), dict(options or {})))
    for key in ("controls", "texts", "actions"):
        prefix_frame_items(top[key], "f0:", 0)
    walker = _FrameWalker(driver, top, scripts.budget_s)
    walker.walk({"x": 0.0, "y": 0.0}, [])
    driver.switch_to.default_content()
    name = ""  # the top-level browsing context has no frame name
    top["frames"] = [{"index": 0, "url": top["url"], "name": name, "cross_origin": False}, *walker.frames]
    top["collected_at"] = collected_at
    top["collect_ms"] = round((time.perf_counter() - started) * 1000, 2)
    limitations += walker.limitations
    return Gathered(_snapshot_from_json(top), limitations, scripts.isolated, walker.paths)


__all__ = ["Gathered", "collect_driver", "frame_hiding", "frame_offset", "merge_frame"]
