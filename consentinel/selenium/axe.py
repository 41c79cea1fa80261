"""axe-core through axe-selenium-python: the same contrast cross-check as the Playwright path.

axe-core comes bundled with ``axe-selenium-python`` (its ``axe.min.js``; the version differs with
the package: see the README). The rule run and the mapping of axe's nodes back to our selectors
are the Playwright path's own script (``consentinel.gather.axe``), so both paths report the same
record shape, stored in each ``low-contrast-consent`` finding's evidence beside our numbers.

Where it runs: in the top-level document's isolated world on Chromium (axe's source is
evaluated there, so the page cannot tamper with it), else ``Axe(driver).inject()`` (the
package's own injection) in the page's world; frames are entered with ``switch_to.frame``.

axe-core before 4.6 has no ``fromShadowDom`` context: for a selector that crosses a shadow root
the host is included instead and only nodes inside the wanted element are kept (the mapping
script checks containment), so the outcome is the same.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from selenium.common.exceptions import WebDriverException

from consentinel.selenium._core import AXE_CONTRAST_JS, CONTRAST_RULE, summarise_axe_selector
from consentinel.selenium.evaluate import PageScripts, ScriptError, first_line, run_in_current_context

_VERSION_RES = (re.compile(r"axe v(\d+\.\d+\.\d+)"), re.compile(r"\.version\s*=\s*\"(\d+\.\d+\.\d+)\""))

# Runs the shared mapping script; on axe-core < 4.6 it first rewrites a shadow-crossing include
# ({fromShadowDom: [host, ..., el]}) to its host and every include to the legacy [selector] form.
_RUN_WITH_LEGACY_CONTEXT_JS = (
    "async (arg) => {"
    " const legacy = !/^(?:[5-9]|4\\.(?:[6-9]|\\d\\d))/.test(String(axe.version));"
    " if (legacy && !axe.__consentinelLegacyContext) {"
    "  const run = axe.run.bind(axe);"
    "  axe.run = (ctx, opts) => run({include: (ctx.include || []).map("
    "   (i) => [typeof i === 'string' ? i : i.fromShadowDom[0]])}, opts);"
    "  axe.__consentinelLegacyContext = true;"
    " }"
    " return (" + AXE_CONTRAST_JS + ")(arg);"
    "}"
)
_AXE_PRESENT_JS = "() => typeof window.axe === 'object' && typeof window.axe.run === 'function'"


@cache
def axe_script_path() -> Path:
    """axe-selenium-python's bundled ``axe.min.js`` (the path its ``Axe`` class injects)."""
    from axe_selenium_python import Axe

    return Path(Axe(None).script_url)


@cache
def axe_source() -> str:
    return axe_script_path().read_text(encoding="utf-8")


def parse_axe_version(source: str) -> str:
    """axe-core's version from its source: the banner (4.x) or the ``axe.version=`` assignment (3.x)."""
    for pattern in _VERSION_RES:
        match = pattern.search(source)
        if match:
            return match.group(1)
    return "unknown"


@cache
def axe_version() -> str:
    """The version of the axe-core that axe-selenium-python bundles here."""
    return parse_axe_version(axe_source())


def _inject_isolated(scripts: PageScripts) -> None:
    if not scripts.call(_AXE_PRESENT_JS):
        scripts.run_expression(axe_source())


def _inject_page_world(driver: Any, budget_s: float) -> None:
    from axe_selenium_python import Axe

    if not run_in_current_context(driver, _AXE_PRESENT_JS, None, budget_s):
        try:
            Axe(driver).inject()
        except WebDriverException as exc:
            raise ScriptError(first_line(exc)) from exc


def _run_in_frame(driver: Any, scripts: PageScripts, path: list[Any], wanted: list[str]) -> dict[str, Any]:
    argument = {"selectors": wanted, "rule": CONTRAST_RULE}
    if not path and scripts.isolated:
        _inject_isolated(scripts)
        return json.loads(scripts.call(_RUN_WITH_LEGACY_CONTEXT_JS, argument))
    driver.switch_to.default_content()
    try:
        for element in path:
            driver.switch_to.frame(element)
        _inject_page_world(driver, scripts.budget_s)
        raw = run_in_current_context(driver, _RUN_WITH_LEGACY_CONTEXT_JS, argument, scripts.budget_s)
        return json.loads(raw)
    finally:
        driver.switch_to.default_content()


def axe_contrast_driver(
    driver: Any,
    scripts: PageScripts,
    frame_paths: Mapping[int, list[Any]],
    selectors_by_frame: Mapping[int, Iterable[str]],
) -> dict[str, Any]:
    """axe-core's ``color-contrast`` on the given elements; the Playwright path's result shape.

    ``{"axe_version", "rule", "results": [{frame, selector, outcome, contrast_ratio, ...}],
    "errors": {frame: message}}``. A frame that fails is reported in ``errors``, never raised.
    """
    results: list[dict[str, Any]] = []
    errors: dict[int, str] = {}
    for index, selectors in sorted(selectors_by_frame.items()):
        wanted = list(dict.fromkeys(selectors))
        if not wanted:
            continue
        if index != 0 and index not in frame_paths:
            errors[index] = "frame could not be entered through WebDriver"
            continue
        try:
            raw = _run_in_frame(driver, scripts, list(frame_paths.get(index, [])), wanted)
        except (ScriptError, WebDriverException, ValueError) as exc:
            errors[index] = exc.args[0] if isinstance(exc, ScriptError) and exc.args else first_line(exc)
            continue
        results.extend(summarise_axe_selector(sel, index, raw.get(sel, {})) for sel in wanted)
    return {"axe_version": axe_version(), "rule": CONTRAST_RULE, "results": results, "errors": errors}


__all__ = ["axe_contrast_driver", "axe_script_path", "axe_source", "axe_version", "parse_axe_version"]
