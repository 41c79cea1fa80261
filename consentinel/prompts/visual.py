"""Colour arithmetic for judging how prominent a prompt control looks (pure, no browser).

Why: ``asymmetric-choice`` compares *how a person sees* reject against accept: whether each
has a visible button shape (a fill or border that stands out from what is behind it) and how
legible its text is. Both are WCAG contrast ratios (WCAG 2.2 SC 1.4.3 for text, SC 1.4.11 for a
component's boundary), computed on colours composited the way the browser paints them.

Colours are ``[r, g, b, alpha]`` with channels 0-255 and alpha 0-1.
"""

from __future__ import annotations

from collections.abc import Sequence

from consentinel.color import contrast_ratio as wcag_contrast

Color = Sequence[float]

WHITE = (255.0, 255.0, 255.0, 1.0)


def composite(top: Color, bottom: Color) -> tuple[float, float, float, float]:
    """``top`` painted over ``bottom`` (source-over alpha compositing)."""
    ta = float(top[3]) if len(top) > 3 else 1.0
    ba = float(bottom[3]) if len(bottom) > 3 else 1.0
    alpha = ta + ba * (1 - ta)
    if alpha <= 0:
        return (0.0, 0.0, 0.0, 0.0)

    def mix(i: int) -> float:
        return (float(top[i]) * ta + float(bottom[i]) * ba * (1 - ta)) / alpha

    return (mix(0), mix(1), mix(2), alpha)


def opaque(color: Color) -> tuple[float, float, float, float]:
    """The colour as seen over a white canvas (what the page shows where nothing is behind)."""
    return composite(color, WHITE)


def contrast_ratio(a: Color, b: Color) -> float:
    """WCAG contrast ratio (1.0 to 21.0) between two opaque colours (shared WCAG maths)."""
    return wcag_contrast((a[0], a[1], a[2]), (b[0], b[1], b[2]))


def fill_behind_text(own_background: Color, background: Color) -> tuple[float, float, float, float]:
    """What the control's text is painted on: its own fill over what lies behind it."""
    return composite(own_background, opaque(background))


def text_contrast(color: Color, own_background: Color, background: Color) -> float:
    """Contrast of a control's text against its own fill (or the surface behind it)."""
    surface = fill_behind_text(own_background, background)
    return contrast_ratio(composite(color, surface), surface)


def shape_contrast(own_background: Color, border_width: float, border_color: Color, background: Color,
                   min_border_px: float) -> float:
    """How much the control's outline stands out: the larger of fill and border contrast.

    1.0 means no visible shape at all (a bare link or a borderless transparent button).
    """
    behind = opaque(background)
    best = 1.0
    if len(own_background) > 3 and own_background[3] > 0:
        best = max(best, contrast_ratio(composite(own_background, behind), behind))
    if border_width >= min_border_px and len(border_color) > 3 and border_color[3] > 0:
        best = max(best, contrast_ratio(composite(border_color, behind), behind))
    return best
