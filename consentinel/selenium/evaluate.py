"""The one way the Selenium adapter runs a script in the page: isolated where it can, budgeted.

Why: the page under audit is an adversary. On Chromium (chromedriver, or a remote session whose
command executor speaks Chromium's ``goog/cdp/execute``) every script of the top-level document
runs in a fresh isolated world made with CDP ``Page.createIsolatedWorld``: the same DOM, but
JavaScript globals and prototypes of its own, so a page that patches ``JSON.stringify`` or
``getComputedStyle`` changes nothing the collector sees. Elsewhere (Firefox, a plain
``webdriver.Remote``) and inside frames (WebDriver enters those by switching to them) scripts run
through ``execute_script`` in the page's own world, and the audit says so (``limits``).

Time budget: ``SCRIPT_BUDGET_S`` per script call. CDP ``Runtime.evaluate`` gets it as its
``timeout`` (Chromium terminates the script); ``execute_script`` runs under the session's
script timeout, set to the budget for the call and restored afterwards. A script that runs out
of budget raises :class:`ScriptError`, never hangs the suite.

Example::

    scripts = PageScripts.open(driver)
    raw = scripts.call("(o) => JSON.stringify(o)", {"a": 1})   # '{"a":1}'
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from selenium.common.exceptions import WebDriverException

from consentinel.selenium import limits

# Seconds one in-page script may run (collector per frame, axe-core per frame). The collector
# takes ~0.1 s on a 3,000-element page and axe-core's full run ~1 s: the budget is generous for
# real pages and still ends a page that loops on purpose.
SCRIPT_BUDGET_S = 20.0
WORLD_NAME = "consentinel"
CHROMIUM_BROWSERS = frozenset({"chrome", "chromium", "msedge", "microsoftedge", "headlesschrome"})


class ScriptError(RuntimeError):
    """An in-page script threw, ran out of its time budget, or the driver refused it."""


def first_line(exc: BaseException) -> str:
    """A one-line reason for an error (WebDriver messages carry stack traces)."""
    text = (getattr(exc, "msg", None) or str(exc)).strip().splitlines()
    return text[0] if text else type(exc).__name__


def is_chromium(driver: Any) -> bool:
    """Whether the session drives a Chromium-based browser (so CDP may be available)."""
    name = str((getattr(driver, "capabilities", None) or {}).get("browserName", "")).lower()
    return name in CHROMIUM_BROWSERS


def cdp(driver: Any, command: str, params: dict[str, Any]) -> dict[str, Any] | None:
    """Send one CDP command; ``None`` when this session has no CDP at all.

    Local Chromium drivers have ``execute_cdp_cmd``; a ``webdriver.Remote`` session has CDP when
    its command executor knows ``executeCdpCommand`` (Selenium picks a Chromium connection for
    Chrome options given a URL; Selenium Grid forwards the call).
    """
    if not is_chromium(driver):
        return None
    try:
        response = driver.execute("executeCdpCommand", {"cmd": command, "params": params})
    except AssertionError:  # the command executor does not know the command
        return None
    return response["value"]


def _wrap_call(function_source: str) -> str:
    """``execute_script`` body calling a function expression with its one argument.

    W3C WebDriver awaits a returned promise, so async functions (axe-core) work the same way.
    """
    return f"return ({function_source})(arguments[0]);"


@contextmanager
def script_timeout(driver: Any, seconds: float) -> Iterator[None]:
    """The session's script timeout set to ``seconds`` for the block, then put back."""
    try:
        previous = driver.timeouts.script
    except (WebDriverException, AttributeError):
        previous = None
    driver.set_script_timeout(seconds)
    try:
        yield
    finally:
        if previous is not None:
            driver.set_script_timeout(previous)


@dataclass
class PageScripts:
    """Runs function expressions in the current top-level document (isolated world if possible).

    ``context_id`` is the isolated world's CDP execution context, ``None`` when scripts run
    through ``execute_script``; then :attr:`isolated` is false and ``not_isolated_because``
    says why (the audit states it).
    """

    driver: Any
    context_id: int | None
    budget_s: float = SCRIPT_BUDGET_S
    not_isolated_because: str = ""

    @classmethod
    def open(cls, driver: Any, budget_s: float = SCRIPT_BUDGET_S, *, isolate: bool = True) -> PageScripts:
        """A fresh isolated world in the top-level document on Chromium, else the page's world.

        A Chromium session that refuses CDP (a Grid that does not forward it) falls back to the
        page's world with the refusal as the reason; it never fails the audit.
        """
        if not isolate:
            return cls(driver, None, budget_s, limits.ISOLATION_OFF)
        try:
            tree = cdp(driver, "Page.getFrameTree", {})
            if tree is None:
                return cls(driver, None, budget_s, limits.NO_CDP)
            frame_id = tree["frameTree"]["frame"]["id"]
            world = cdp(
                driver,
                "Page.createIsolatedWorld",
                {"frameId": frame_id, "worldName": WORLD_NAME, "grantUniveralAccess": False},
            )
        except WebDriverException as exc:
            return cls(driver, None, budget_s, limits.cdp_refused(first_line(exc)))
        if not world:
            return cls(driver, None, budget_s, limits.NO_CDP)
        return cls(driver, int(world["executionContextId"]), budget_s)

    @property
    def isolated(self) -> bool:
        return self.context_id is not None

    def call(self, function_source: str, argument: Any = None) -> Any:
        """``(function_source)(argument)`` in the top-level document; its (awaited) value."""
        if self.context_id is None:
            return run_in_current_context(self.driver, function_source, argument, self.budget_s)
        expression = f"({function_source})({json.dumps(argument)})"
        return self.run_expression(expression, await_promise=True)

    def run_expression(self, expression: str, *, await_promise: bool = False) -> Any:
        """A plain expression in the isolated world (e.g. a library's source); its value.

        Only in an isolated world: in the page's world a library is injected its own way
        (axe-selenium-python's ``Axe.inject``).
        """
        if self.context_id is None:
            raise ScriptError(f"no isolated world: {self.not_isolated_because}")
        params = {
            "expression": expression,
            "contextId": self.context_id,
            "returnByValue": True,
            "awaitPromise": await_promise,
            "timeout": int(self.budget_s * 1000),
        }
        try:
            response = cdp(self.driver, "Runtime.evaluate", params) or {}
        except WebDriverException as exc:
            raise ScriptError(first_line(exc)) from exc
        details = response.get("exceptionDetails")
        if details:
            exception = details.get("exception") or {}
            raise ScriptError(str(exception.get("description") or details.get("text") or "script failed")
                              .splitlines()[0])
        return (response.get("result") or {}).get("value")


def run_in_current_context(driver: Any, function_source: str, argument: Any, budget_s: float) -> Any:
    """``(function_source)(argument)`` via ``execute_script`` in the current browsing context.

    The current context is whatever frame the driver is switched to; the page's own world.
    """
    try:
        with script_timeout(driver, budget_s):
            return driver.execute_script(_wrap_call(function_source), argument)
    except WebDriverException as exc:
        raise ScriptError(first_line(exc)) from exc


__all__ = [
    "SCRIPT_BUDGET_S",
    "PageScripts",
    "ScriptError",
    "cdp",
    "first_line",
    "is_chromium",
    "run_in_current_context",
    "script_timeout",
]
