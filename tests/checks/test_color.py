"""WCAG colour maths against known reference values (WebAIM contrast checker figures)."""

from __future__ import annotations

import pytest

from consentinel.color import contrast_ratio, effective_colors, relative_luminance, rgba, to_hex


def test_luminance_extremes() -> None:
    assert relative_luminance((0, 0, 0)) == 0
    assert relative_luminance((255, 255, 255)) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("fg", "bg", "expected"),
    [
        ((0, 0, 0), (255, 255, 255), 21.0),
        ((119, 119, 119), (255, 255, 255), 4.48),  # #777: famously just below 4.5
        ((118, 118, 118), (255, 255, 255), 4.54),  # #767676: the lightest grey passing AA
        ((200, 200, 200), (255, 255, 255), 1.67),
        ((255, 0, 0), (255, 255, 255), 4.0),
    ],
)
def test_contrast_reference_values(
    fg: tuple[int, int, int], bg: tuple[int, int, int], expected: float
) -> None:
    assert round(contrast_ratio(fg, bg), 2) == expected
    assert contrast_ratio(bg, fg) == contrast_ratio(fg, bg)


def test_transparent_background_sits_on_white_canvas() -> None:
    fg, bg = effective_colors([0, 0, 0, 1], [0, 0, 0, 0])
    assert to_hex(bg) == "#ffffff" and to_hex(fg) == "#000000"


def test_half_transparent_text_blends_with_its_background() -> None:
    fg, bg = effective_colors([0, 0, 0, 0.5], [255, 255, 255, 1])
    assert to_hex(fg) == "#808080" and to_hex(bg) == "#ffffff"
    fg, _ = effective_colors([0, 0, 0, 1], [255, 255, 255, 1], opacity=0.5)
    assert to_hex(fg) == "#808080"


def test_rgba_tolerates_missing_alpha_and_clamps() -> None:
    assert rgba([300, -5, 10]) == (255.0, 0.0, 10.0, 1.0)
    assert rgba(None) == (0.0, 0.0, 0.0, 1.0)
