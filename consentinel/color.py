"""Colour maths shared by contrast checks and prompt prominence: WCAG 2.2 luminance and contrast.

Colours arrive from the collector as ``[r, g, b, alpha]`` with channels 0-255 and alpha 0-1.
What a reader sees is the text colour composited (with its alpha times the element's effective
opacity) over the effective background, itself composited over the white canvas when it is not
opaque. Formulas: WCAG 2.2 "relative luminance" and "contrast ratio" definitions
(https://www.w3.org/TR/WCAG22/#dfn-relative-luminance), the same as axe-core's color-contrast.
"""

from __future__ import annotations

from collections.abc import Sequence

RGB = tuple[float, float, float]

#: The browser canvas behind a page whose backgrounds are all transparent.
CANVAS_WHITE: RGB = (255.0, 255.0, 255.0)

#: WCAG 2.2 SC 1.4.3 (Contrast (Minimum)) ratios: normal text, and large-scale text.
MIN_CONTRAST = 4.5
MIN_CONTRAST_LARGE = 3.0
#: WCAG 2.2 "large scale" text: at least 18 pt, or 14 pt bold. In CSS px (1 pt = 4/3 px) that is
#: 24 px, or 18.66 px at a font weight of 700 (CSS "bold") or more.
LARGE_TEXT_PX = 24.0
LARGE_BOLD_TEXT_PX = 18.66
BOLD_WEIGHT = 700

#: WCAG's sRGB linearisation threshold (the WCAG 2.x text uses 0.03928; both give the same
#: result for 8-bit channels).
_SRGB_THRESHOLD = 0.04045


def rgba(color: Sequence[float] | None) -> tuple[float, float, float, float]:
    """Normalise a collector colour to (r, g, b, a), filling a missing alpha with 1."""
    values = [float(v) for v in (color or [0, 0, 0, 1])]
    while len(values) < 4:
        values.append(1.0 if len(values) == 3 else 0.0)
    r, g, b, a = values[:4]
    return _clamp(r, 255.0), _clamp(g, 255.0), _clamp(b, 255.0), _clamp(a, 1.0)


def _clamp(value: float, high: float) -> float:
    return min(max(value, 0.0), high)


def composite(top: Sequence[float], alpha: float, bottom: RGB) -> RGB:
    """Source-over compositing of ``top`` (rgb) at ``alpha`` onto an opaque ``bottom``."""
    return (
        top[0] * alpha + bottom[0] * (1 - alpha),
        top[1] * alpha + bottom[1] * (1 - alpha),
        top[2] * alpha + bottom[2] * (1 - alpha),
    )


def relative_luminance(rgb: RGB) -> float:
    """WCAG relative luminance of an opaque sRGB colour (0 black .. 1 white)."""

    def channel(value: float) -> float:
        c = value / 255.0
        return c / 12.92 if c <= _SRGB_THRESHOLD else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio (L1 + 0.05) / (L2 + 0.05), from 1:1 to 21:1."""
    la, lb = relative_luminance(a), relative_luminance(b)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


def is_large_text(font_size: float, font_weight: float) -> bool:
    """Whether text of this CSS px size and weight is WCAG "large scale" (a lower minimum applies)."""
    return font_size >= LARGE_TEXT_PX or (font_size >= LARGE_BOLD_TEXT_PX and font_weight >= BOLD_WEIGHT)


def effective_colors(
    color: Sequence[float] | None, background: Sequence[float] | None, opacity: float = 1.0
) -> tuple[RGB, RGB]:
    """The opaque text and background colours a reader sees.

    The background is composited over the white canvas; the text colour's alpha is multiplied
    by the element's effective opacity (as axe-core does) and composited over that background.
    """
    br, bgg, bb, ba = rgba(background)
    bg = composite((br, bgg, bb), ba, CANVAS_WHITE)
    fr, fg_, fb, fa = rgba(color)
    fg = composite((fr, fg_, fb), fa * min(max(opacity, 0.0), 1.0), bg)
    return fg, bg


def to_hex(rgb: RGB) -> str:
    """``#rrggbb`` of an opaque colour (rounded), for evidence."""
    return "#" + "".join(f"{int(_clamp(v, 255.0) + 0.5):02x}" for v in rgb)  # half up, like browsers
