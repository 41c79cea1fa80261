"""Per-finding cropped screenshots with the element outlined, drawn on the PNG afterwards.

The page is never modified to draw the outline (a page could notice, and the evidence would
no longer be what the visitor saw): the crop is cut from the step's full-page screenshot with
Pillow and the outline painted on the copy. The full screenshot stays untouched beside it.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw

from consentinel.results import RunResult

MARGIN_CSS_PX = 80  # context kept around the element (its label, the sentence it sits in)
OUTLINE_RGB = (220, 0, 0)
OUTLINE_CSS_PX = 3


def _crop_one(png: bytes, region: dict[str, float], box: dict[str, float]) -> bytes | None:
    """The crop around ``box`` (page CSS px) from a screenshot showing ``region``; None if outside."""
    with Image.open(BytesIO(png)) as image:
        image.load()
        picture = image.convert("RGB")
    if region["width"] <= 0:
        return None
    scale = picture.width / region["width"]
    left = (box["x"] - region["x"]) * scale
    top = (box["y"] - region["y"]) * scale
    right = left + max(box["width"], 1) * scale
    bottom = top + max(box["height"], 1) * scale
    if right <= 0 or bottom <= 0 or left >= picture.width or top >= picture.height:
        return None
    margin = MARGIN_CSS_PX * scale
    crop = (max(0, int(left - margin)), max(0, int(top - margin)),
            min(picture.width, int(right + margin)), min(picture.height, int(bottom + margin)))
    piece = picture.crop(crop)
    ImageDraw.Draw(piece).rectangle(
        (left - crop[0], top - crop[1], right - crop[0], bottom - crop[1]),
        outline=OUTLINE_RGB, width=max(1, round(OUTLINE_CSS_PX * scale)),
    )
    out = BytesIO()
    piece.save(out, format="PNG")
    return out.getvalue()


def write_finding_crops(run: RunResult, out_dir: Path) -> list[Path]:
    """Write ``<screenshot stem>-finding-<n>.png`` beside each step screenshot; returns the paths.

    ``n`` is the finding's number in the report. Findings without a box, or outside the
    screenshot, get no crop (the report says so already).
    """
    written: list[Path] = []
    for journey in run.journeys:
        for step in journey.steps:
            if not step.screenshot or not step.findings:
                continue
            shot = Path(out_dir) / step.screenshot
            try:
                png = shot.read_bytes()
            except OSError:
                continue
            region = step.screenshot_box
            for number, finding in enumerate(step.findings, start=1):
                box = finding.box
                box = box if isinstance(box, dict) or box is None else _as_box(box)
                if not box or not region:
                    continue
                crop = _crop_one(png, region, box)
                if crop is None:
                    continue
                path = shot.with_name(f"{shot.stem}-finding-{number}.png")
                path.write_bytes(crop)
                written.append(path)
    return written


def _as_box(box: object) -> dict[str, float]:
    return {k: float(getattr(box, k)) for k in ("x", "y", "width", "height")}
