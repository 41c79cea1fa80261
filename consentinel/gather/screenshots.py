"""Every screenshot we take: size-capped, with a journey's secrets painted over, in every frame.

Text is masked by the redactor; pixels can only be covered. A journey that typed a password
or an e-mail address (``fill: {value: "${CONSENTINEL_PASSWORD}"}``) must not find it on any
screenshot of any step (audit steps and explore-consent layers; the tracking phases take no
screenshots), including inside iframes, where consent managers and sign-up widgets often live.
Every caller that takes a page screenshot goes through :func:`take_screenshot`. And a page
chooses its own size, so no screenshot is taken larger than
:data:`~consentinel.bounds.MAX_SCREENSHOT_WIDTH` x :data:`~consentinel.bounds.MAX_SCREENSHOT_HEIGHT`
CSS px.

Example::

    png, box = take_screenshot(page, region=None, mask=secret_masks(page, redactor.values))
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page

from consentinel.bounds import bounded_clip, needs_clip
from consentinel.gather.evaluate import evaluate_script

# Set by js/mark_secret_fields.js on fields whose live value is a secret (an attribute selector
# sees only the initial value).
SECRET_ATTRIBUTE = "data-consentinel-secret"


def secret_masks(page: Page, values: Sequence[str]) -> list[Locator]:
    """Locators covering the secrets on ``page`` and all its frames: fields holding one, and
    elements whose text shows one (an echoed e-mail, a greeting). Empty without secrets."""
    if not values:
        return []
    values = list(values)
    masks: list[Locator] = []
    for frame in page.frames:
        with contextlib.suppress(PlaywrightError):  # a detached or navigating frame: nothing to mark
            evaluate_script(frame, "mark_secret_fields", values)
        masks.append(frame.locator(f"[{SECRET_ATTRIBUTE}]"))
        masks.extend(frame.get_by_text(value) for value in values)
    return masks


def take_screenshot(page: Page, region: dict[str, float] | None = None, mask: Sequence[Locator] = ()
                    ) -> tuple[bytes, dict[str, float]]:
    """A PNG of ``region`` (document CSS px) or of the viewport, and the page region it shows.

    The region is cut to the size limits from its top-left corner; a viewport larger than the
    limits is cut the same way.
    """
    if region is not None:
        clip = bounded_clip(region)
        return page.screenshot(type="png", full_page=True, clip=clip, mask=list(mask)), clip
    view: dict[str, Any] = page.viewport_size or {"width": 1280, "height": 720}
    scroll = evaluate_script(page, "scroll_position")
    box = {"x": float(scroll[0]), "y": float(scroll[1]), "width": float(view["width"]),
           "height": float(view["height"])}
    if needs_clip(box["width"], box["height"]):
        clip = bounded_clip({"x": 0.0, "y": 0.0, "width": box["width"], "height": box["height"]})
        png = page.screenshot(type="png", clip=clip, mask=list(mask))
        return png, {**box, "width": clip["width"], "height": clip["height"]}
    return page.screenshot(type="png", mask=list(mask)), box


__all__ = ["SECRET_ATTRIBUTE", "secret_masks", "take_screenshot"]
