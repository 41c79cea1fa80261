"""WCAG contrast arithmetic used by asymmetric-choice."""

from __future__ import annotations

import pytest

from consentinel.prompts.visual import composite, contrast_ratio, shape_contrast, text_contrast


def test_contrast_extremes_and_a_known_grey() -> None:
    assert contrast_ratio([0, 0, 0, 1], [255, 255, 255, 1]) == pytest.approx(21.0)
    assert contrast_ratio([119, 119, 119, 1], [255, 255, 255, 1]) == pytest.approx(4.48, abs=0.01)


def test_half_transparent_white_text_on_dark_loses_contrast() -> None:
    dark = [51, 51, 51, 1]
    assert text_contrast([255, 255, 255, 1], [0, 0, 0, 0], dark) > 12
    assert text_contrast([255, 255, 255, 0.35], [0, 0, 0, 0], dark) < 4.5


def test_shape_contrast_counts_fill_or_visible_border_only() -> None:
    white = [255, 255, 255, 1]
    assert shape_contrast([0, 0, 0, 0], 0, [0, 0, 0, 0], white, 1.0) == 1.0
    assert shape_contrast([0, 0, 0, 0], 1, [0, 0, 0, 1], white, 1.0) == pytest.approx(21.0)
    assert shape_contrast([0, 0, 0, 0], 0.5, [0, 0, 0, 1], white, 1.0) == 1.0
    assert shape_contrast([11, 92, 173, 1], 0, [0, 0, 0, 0], white, 1.0) > 4


def test_composite_over_opaque_is_opaque() -> None:
    assert composite([0, 0, 0, 0.5], [255, 255, 255, 1]) == pytest.approx((127.5, 127.5, 127.5, 1.0))
