"""The one door into a page: every in-page script is a file in ``js/`` and runs through here.

Why one door: the page under audit is an adversary. It can patch ``JSON.stringify`` or
``getBoundingClientRect``, or never let a promise settle. The hostile-page issue runs our
scripts in an isolated world and under a time budget; this module is the single place where
both are added, so no other module calls ``evaluate``/``add_init_script`` on Playwright
objects (a fast test enforces it). Keep the signatures minimal for that reason.

The contract of a script in ``js/<name>.js``: it is a function expression taking at most one
argument, and it returns either nothing or ONE JSON string (a large result as one string is
about ten times faster over the wire than the same value as objects). Example::

    from consentinel.gather.evaluate import evaluate_script

    facts = evaluate_script(frame, "read_storage", 500)     # a parsed dict
    evaluate_script(page, "scroll_to", {"to": "top", "y": None})  # returns None
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, Protocol


class Evaluable(Protocol):
    """A Playwright ``Page``, ``Frame``, ``Locator`` or ``ElementHandle`` (the element is the
    script's argument for the last two)."""

    def evaluate(self, expression: str, arg: Any = ...) -> Any: ...


class InitScriptTarget(Protocol):
    """A Playwright ``BrowserContext`` or ``Page``."""

    def add_init_script(self, script: str | None = ...) -> None: ...


@cache
def script_source(name: str) -> str:
    """The source of ``js/<name>.js`` (read once per process)."""
    return resources.files("consentinel.gather").joinpath("js", f"{name}.js").read_text(encoding="utf-8")


def evaluate_script(target: Evaluable, name: str, arg: Any = None) -> Any:
    """Run ``js/<name>.js`` in ``target`` with ``arg``; the parsed JSON it returned, or ``None``.

    Playwright's errors (a frame detached mid-navigation, a crashed page) propagate: what they
    mean differs per caller. A script returning anything but nothing or a string breaks the
    contract above and raises ``TypeError``.
    """
    raw = target.evaluate(script_source(name), arg)
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise TypeError(f"in-page script {name}.js returned {type(raw).__name__}, not one JSON string")
    return json.loads(raw)


def run_vendored_script(target: Evaluable, source: str) -> None:
    """Run a third-party library's source as shipped by its package (axe-core's ``axe.min.js``).

    ``evaluate`` rather than a script tag: it works under a strict CSP, where
    ``add_script_tag`` is refused.
    """
    target.evaluate(source)


def install_init_script(target: InitScriptTarget, name: str, arg: Any = None) -> None:
    """Run ``js/<name>.js`` with ``arg`` in every document ``target`` loads, before the page's own
    scripts (a hook must see the page's first click and cookie write)."""
    target.add_init_script(f"(\n{script_source(name)}\n)({json.dumps(arg)});")


__all__ = ["evaluate_script", "install_init_script", "run_vendored_script", "script_source"]
