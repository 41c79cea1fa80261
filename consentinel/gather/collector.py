"""Gather a :class:`~consentinel.facts.snapshot.Snapshot` from a live page: one evaluate per frame.

Why one evaluate returning one JSON string: on a 3,000-element page an evaluate that returns
an object graph costs ~1.1 s, the same facts as one JSON string ~0.09 s. ``collector.js`` reads
every style and rect after the page settled and never writes to the DOM, so there is no layout
thrash; it walks open shadow roots itself. Frames (same- or cross-origin) are reached through
Playwright's ``page.frames``: the same script runs in each and the results are merged here with
uids prefixed ``f<index>:`` and boxes moved into top-level document coordinates.

The script is ``js/collector.js``, run through :func:`~consentinel.gather.evaluate.evaluate_script`
(an evaluate, not a script tag: it works under a strict CSP, where ``add_script_tag`` is refused).

Example::

    snapshot = collect(page)
    for control in snapshot.controls:
        print(control.selector, control.checked, control.visibility.reasons)
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Frame as PwFrame
from playwright.sync_api import Page

from consentinel.bounds import MAX_SNAPSHOT_ELEMENTS, MAX_SNAPSHOT_FRAMES
from consentinel.facts.snapshot import Snapshot
from consentinel.gather.evaluate import evaluate_script

# Below this many CSS px in width or height a frame shows (almost) nothing; the same threshold
# as the collector's ``minSize`` option.
MIN_FRAME_SIZE = 2.0


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def prefix_frame_items(items: list[dict[str, Any]], prefix: str, index: int) -> None:
    for item in items:
        item["frame"] = index
        for key in ("uid", "form", "label_uid", "control"):
            if item.get(key):
                item[key] = prefix + item[key]


def intersects(box: dict[str, float], view: dict[str, float]) -> bool:
    return (
        box["width"] > 0
        and box["height"] > 0
        and box["x"] < view["x"] + view["width"]
        and box["x"] + box["width"] > view["x"]
        and box["y"] < view["y"] + view["height"]
        and box["y"] + box["height"] > view["y"]
    )


def hide_all_in_frame(data: dict[str, Any], reason: str, hidden_by: str) -> None:
    """A frame that is itself not rendered hides everything in it, its buttons included."""
    action_uids = {a["uid"] for a in data["actions"]}
    for item in data["controls"] + data["texts"] + data["actions"]:
        vis = item["visibility"]
        if reason not in vis["reasons"]:
            vis["reasons"].insert(0, reason)
        vis["visible"] = False
        vis["hidden_by"] = hidden_by
        vis["in_viewport"] = False
        vis["hiding_root_has_actions"] = bool(action_uids - {item["uid"]})


def _child_frame(frame: PwFrame, index: int, top: dict[str, Any], limits: dict[str, Any]
                 ) -> tuple[dict[str, Any], dict[str, Any]]:
    """Collect one child frame; returns (frame record, collected data)."""
    record: dict[str, Any] = {
        "index": index,
        "url": frame.url,
        "name": frame.name,
        "cross_origin": _origin(frame.url) != _origin(top["url"]),
    }
    element = frame.frame_element()
    try:
        box = element.bounding_box()
        facts = evaluate_script(element, "frame_element")
    finally:
        element.dispose()
    view = top["viewport"]
    if box is None:
        offset = {"x": 0.0, "y": 0.0, "width": 0.0, "height": 0.0}
    else:
        # bounding_box is relative to the top-level viewport whatever the nesting depth.
        offset = {
            "x": box["x"] + facts["dx"] + view["x"],
            "y": box["y"] + facts["dy"] + view["y"],
            "width": box["width"],
            "height": box["height"],
        }
    record["offset"] = offset
    data = evaluate_script(frame, "collector", {**limits, "offset": {"x": offset["x"], "y": offset["y"]}})
    hiding = None
    if box is None:
        hiding = "display-none"
    elif facts["hidden"]:
        hiding = facts["hidden"]
    elif box["width"] < MIN_FRAME_SIZE or box["height"] < MIN_FRAME_SIZE:
        hiding = "zero-size"
    if hiding:
        hide_all_in_frame(data, hiding, f"{facts['selector']} (frame element)")
    else:
        # The frame's script knows its own viewport only; in_viewport means the top-level one.
        for item in data["controls"] + data["texts"] + data["actions"]:
            if item["visibility"]["in_viewport"]:
                item["visibility"]["in_viewport"] = intersects(item["box"], view)
    return record, data


def ordered_frames(page: Page) -> list[PwFrame]:
    """The page's frames in snapshot order: index 0 is the top-level page, then page.frames.

    Everything that addresses an element by (frame index, selector), such as the axe
    cross-check or a report's "locate" hint, uses this same order.
    """
    main = page.main_frame
    return [main, *(f for f in page.frames if f is not main)]


def collect(page: Page, options: dict[str, Any] | None = None) -> Snapshot:
    """Gather every fact the checks need from the page's current state, all frames included.

    ``options`` are passed to ``collector.js`` (e.g. ``{"opacityThreshold": 0.1}``). A frame
    that cannot be collected (detached, crashed, navigating) is recorded in ``Frame.error``;
    only a failure of the top-level document raises. At most ``maxElements`` elements (default
    :data:`~consentinel.bounds.MAX_SNAPSHOT_ELEMENTS`, all frames together) and
    :data:`~consentinel.bounds.MAX_SNAPSHOT_FRAMES` child frames are read; what was left out is
    recorded in ``Snapshot.truncated``.
    """
    started = time.perf_counter()
    collected_at = datetime.now(UTC).isoformat(timespec="milliseconds")
    options = dict(options or {})
    element_limit = int(options.setdefault("maxElements", MAX_SNAPSHOT_ELEMENTS))
    top = evaluate_script(page.main_frame, "collector", options)
    budget = element_limit - int(top.get("elements_walked") or 0)
    truncated: dict[str, Any] = {"elements": {"limit": element_limit}} if top.get("truncated") else {}
    skipped_frames = 0
    frames: list[dict[str, Any]] = [
        {"index": 0, "url": top["url"], "name": page.main_frame.name, "cross_origin": False}
    ]
    prefix_frame_items(top["controls"], "f0:", 0)
    prefix_frame_items(top["texts"], "f0:", 0)
    prefix_frame_items(top["actions"], "f0:", 0)
    for index, frame in enumerate(ordered_frames(page)[1:], start=1):
        if index > MAX_SNAPSHOT_FRAMES or budget <= 0:
            skipped_frames += 1
            continue
        try:
            if frame.is_detached():
                raise PlaywrightError("frame was detached")
            record, data = _child_frame(frame, index, top, {"maxElements": budget})
        except PlaywrightError as exc:
            frames.append({"index": index, "url": frame.url, "name": frame.name,
                           "cross_origin": _origin(frame.url) != _origin(top["url"]),
                           "error": _first_line(exc)})
            continue
        frames.append(record)
        budget -= int(data.get("elements_walked") or 0)
        if data.get("truncated"):
            truncated["elements"] = {"limit": element_limit}
        prefix = f"f{index}:"
        for key in ("controls", "texts", "actions"):
            prefix_frame_items(data[key], prefix, index)
            top[key].extend(data[key])
    top["frames"] = frames
    if skipped_frames:
        truncated["frames"] = {"limit": MAX_SNAPSHOT_FRAMES, "skipped": skipped_frames}
    top["truncated"] = truncated
    top["collected_at"] = collected_at
    top["collect_ms"] = round((time.perf_counter() - started) * 1000, 2)
    return Snapshot.from_dict(top)


__all__ = ["collect", "ordered_frames"]
