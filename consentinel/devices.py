"""The one device registry: which names ``--device``, ``device:`` and ``--consent-device`` accept.

Device names are Playwright's descriptor names plus ``Desktop`` (1280x720, no emulation),
matched case-insensitively and stored under their canonical spelling. Validation happens before
a browser starts (a typo is a usage error, exit 2), so the names are read from the descriptor
list Playwright ships on disk, without importing Playwright or starting its driver (~2 s);
only when that file cannot be found (a Playwright layout this reader does not know) is the
driver started, once per process. The descriptors themselves (viewport, user agent, touch) are
applied by ``consentinel.gather.browser`` when it opens a context.

Example::

    resolve_device("iphone 13")   # "iPhone 13"
    resolve_device("iPhone 99")   # UnknownDeviceError: unknown device 'iPhone 99' (did you mean ...)
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

DESKTOP = "Desktop"

# Where Playwright's driver keeps its device list: a JSON file in older releases, inlined into
# the core bundle (as a JavaScript object literal, one top-level key per device) in newer ones.
_DESCRIPTOR_JSON = ("lib/server/deviceDescriptorsSource.json", "lib/deviceDescriptorsSource.json")
_BUNDLES = ("lib/coreBundle.js",)
_BUNDLE_START = re.compile(r"deviceDescriptorsSource_default\s*=\s*\{")
_BUNDLE_KEY = re.compile(r'^      "([^"\n]+)": \{$', re.MULTILINE)
_BUNDLE_END = re.compile(r"^    \};?$", re.MULTILINE)


class UnknownDeviceError(ValueError):
    """A device name that Playwright has no descriptor for (the message suggests close names)."""


@lru_cache(maxsize=1)
def device_names() -> tuple[str, ...]:
    """``Desktop`` and every Playwright device descriptor name, in Playwright's order."""
    names = _names_on_disk()
    if not names:
        names = _names_from_driver()
    return (DESKTOP, *(name for name in names if name != DESKTOP))


def canonical_device(name: str) -> str | None:
    """The canonical spelling of ``name`` (case and surrounding space ignored), or None."""
    wanted = name.strip().lower()
    return next((known for known in device_names() if known.lower() == wanted), None)


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest option, or an empty string."""
    options = list(options)
    lowered = {o.lower(): o for o in options}
    if word.lower() in lowered:
        return f" (did you mean '{lowered[word.lower()]}'?)"
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def resolve_device(name: str) -> str:
    """The canonical device name; :class:`UnknownDeviceError` with a suggestion otherwise."""
    canonical = canonical_device(name)
    if canonical is None:
        raise UnknownDeviceError(f"unknown device '{name}'{did_you_mean(name, device_names())}")
    return canonical


def _driver_package() -> Path | None:
    spec = find_spec("playwright")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "driver" / "package"


def _names_on_disk() -> list[str]:
    package = _driver_package()
    if package is None:
        return []
    for relative in _DESCRIPTOR_JSON:
        try:
            return list(json.loads((package / relative).read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    for relative in _BUNDLES:
        try:
            source = (package / relative).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        start = _BUNDLE_START.search(source)
        if start is None:
            continue
        end = _BUNDLE_END.search(source, start.end())
        block = source[start.end():end.start() if end else len(source)]
        names = _BUNDLE_KEY.findall(block)
        if names:
            return names
    return []


def _names_from_driver() -> list[str]:
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        return list(playwright.devices)
    finally:
        playwright.stop()


__all__ = ["DESKTOP", "UnknownDeviceError", "canonical_device", "device_names", "did_you_mean",
           "resolve_device"]
