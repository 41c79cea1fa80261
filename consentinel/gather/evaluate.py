"""The one door into a page: every in-page script is a file in ``js/`` and runs through here.

Why one door: the page under audit is an adversary. It can patch ``JSON.stringify`` or
``getBoundingClientRect``, spin ``while (true) {}`` or never let a promise settle. So every
script runs

* in an **isolated world** of its frame (CDP ``Page.createIsolatedWorld``): the world shares
  the page's DOM but not its JavaScript globals or prototypes, so no patch the page makes can
  change what we read, and nothing we define there is visible or callable from the page;
* under a **time budget** (``Runtime.evaluate``'s ``timeout`` stops our own loops; a page that
  keeps its renderer busy is stopped with ``Runtime.terminateExecution`` from a CDP session
  attached before the page could spin, see :func:`open_page`). Past the budget the call raises
  :class:`BudgetExceeded` (a Playwright ``TimeoutError``: callers treat it as one).

No other module calls ``evaluate``/``add_init_script`` on Playwright objects (a fast test
enforces it). The contract of a script in ``js/<name>.js``: it is a function expression taking
at most one argument, and it returns either nothing or ONE JSON string (a large result as one
string is about ten times faster over the wire than the same value as objects). Example::

    from consentinel.gather.evaluate import evaluate_script

    facts = evaluate_script(frame, "read_storage", 500)     # a parsed dict
    evaluate_script(page, "scroll_to", {"to": "top", "y": None})  # returns None

The one exception to the isolated world is :data:`MAIN_WORLD_SCRIPTS`: a script that talks to
the page's own API (``__tcfapi``) must run where that API lives; what it returns is the page's
own claim, decoded and judged in Python, never trusted as a measurement.
"""

from __future__ import annotations

import contextlib
import json
import time
import weakref
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from playwright.sync_api import BrowserContext, CDPSession, Dialog, Download, ElementHandle, Frame, Page
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from consentinel.defaults import DEFAULT_EVAL_BUDGET_MS

WORLD_NAME = "consentinel-audit"
"""Our isolated world (same name in the same document -> the same world, so axe-core injected
once is there for the next call). The name is never visible to the page."""

MAIN_WORLD_SCRIPTS = frozenset({"read_tcf"})
"""Scripts that must run in the page's main world (see the module docstring)."""

PROTOCOL_MARGIN_MS = 2_000
"""Extra wait for a CDP answer beyond the JS budget (the round trip, a busy renderer's queue)."""

MAX_PAGE_EVENTS = 50
"""Dialogs, popups and downloads recorded per page; the rest are counted only."""


class BudgetExceeded(PlaywrightTimeoutError):
    """An in-page evaluation ran past its budget and was terminated."""


@dataclass
class PageAuditor:
    """The CDP sessions through which we evaluate in one page's frames, and what the page did.

    Made by :func:`open_page` right after ``new_page()`` and before any navigation: only a
    session attached before a page starts spinning can still terminate that spin. Out-of-process
    (cross-origin) frames get their own session as soon as they navigate, for the same reason.
    """

    page: Page
    eval_budget_ms: int = DEFAULT_EVAL_BUDGET_MS
    events: list[dict[str, Any]] = field(default_factory=list)
    event_count: int = 0
    _top: CDPSession | None = None
    _frames: dict[Frame, CDPSession | None] = field(default_factory=dict)

    def attach(self) -> None:
        self._top = self.page.context.new_cdp_session(self.page)
        self._install_history(self._top)
        self.page.on("framenavigated", self._attach_frame)
        self.page.on("dialog", self._on_dialog)
        self.page.on("download", self._on_download)
        self.page.on("popup", self._on_popup)

    @property
    def session(self) -> CDPSession:
        """The page's own session (set by :meth:`attach`, which raises if it cannot have one)."""
        if self._top is None:
            raise PlaywrightError("the page's auditor is not attached")
        return self._top

    def _install_history(self, session: CDPSession) -> None:
        """``js/dom_history.js`` at the start of every document the page loads from now on, in
        our isolated world (the one :meth:`_world` finds by its name): the waits' first look then
        knows how long the DOM has been still. A page whose session refuses it just has no history
        (``quiet_signal.js`` says so and the waits watch from zero)."""
        source = "(" + script_source("dom_history") + ")()"
        with contextlib.suppress(PlaywrightError):
            # the session's Page domain must be on, or Chromium skips its new-document scripts
            self._send(session, "Page.enable", timeout_ms=PROTOCOL_MARGIN_MS)
            self._send(session, "Page.addScriptToEvaluateOnNewDocument",
                       {"source": source, "worldName": WORLD_NAME}, timeout_ms=PROTOCOL_MARGIN_MS)

    # -- hostile page events ----------------------------------------------------------------------

    def _record(self, kind: str, detail: str) -> None:
        self.event_count += 1
        if len(self.events) < MAX_PAGE_EVENTS:
            self.events.append({"kind": kind, "detail": detail[:200]})

    def _on_dialog(self, dialog: Dialog) -> None:
        """Answer every dialog at once (a dialog blocks the page and us); leave on beforeunload."""
        self._record(f"dialog:{dialog.type}", dialog.message)
        try:
            if dialog.type == "beforeunload":
                dialog.accept()
            else:
                dialog.dismiss()
        except PlaywrightError:
            pass  # the page went away with its dialog

    def _on_download(self, download: Download) -> None:
        self._record("download", download.url)
        with contextlib.suppress(PlaywrightError):
            download.cancel()

    def _on_popup(self, popup: Page) -> None:
        """A new tab or window the page opened: recorded and closed (it is not what we audit)."""
        self._record("popup", popup.url)
        with contextlib.suppress(PlaywrightError):
            popup.close()

    def summary(self) -> str | None:
        """One line for the report, e.g. ``page events: 12 (dialog:alert x11, popup x1)``."""
        if not self.event_count:
            return None
        kinds: dict[str, int] = {}
        for event in self.events:
            kinds[event["kind"]] = kinds.get(event["kind"], 0) + 1
        listed = ", ".join(f"{kind} x{count}" for kind, count in kinds.items())
        return (f"the page opened {self.event_count} dialog(s)/popup(s)/download(s) ({listed}); "
                "all answered or closed")

    # -- sessions and frame ids -------------------------------------------------------------------

    def _attach_frame(self, frame: Frame) -> None:
        if frame.parent_frame is not None and frame not in self._frames:
            self._frames[frame] = self._own_session(frame)

    def _own_session(self, frame: Frame) -> CDPSession | None:
        """The frame's own session if it is out of process, else None (it lives in its parent's)."""
        try:
            return self.page.context.new_cdp_session(frame)
        except PlaywrightError:
            return None

    def _host(self, frame: Frame) -> tuple[CDPSession, Frame]:
        """The session hosting ``frame`` and the frame at the root of that session's tree."""
        node: Frame | None = frame
        while node is not None and node.parent_frame is not None:
            if node not in self._frames:
                self._frames[node] = self._own_session(node)
            session = self._frames[node]
            if session is not None:
                return session, node
            node = node.parent_frame
        if self._top is None:
            self.attach()
        assert self._top is not None
        return self._top, self.page.main_frame

    def _send(self, session: CDPSession, method: str, params: dict[str, Any] | None = None,
              timeout_ms: float | None = None) -> dict[str, Any]:
        wait = timeout_ms if timeout_ms is not None else self.eval_budget_ms + PROTOCOL_MARGIN_MS
        return session.send(method, params or {}, timeout=wait)

    def frame_id(self, frame: Frame) -> tuple[CDPSession, str]:
        """The session and CDP frame id of ``frame``.

        Playwright does not expose CDP frame ids, so the frame is found in its session's frame
        tree by its path from the session's root: at each level the child with the same name and
        URL (the n-th of equals, in order).
        """
        session, root = self._host(frame)
        tree = self._send(session, "Page.getFrameTree")["frameTree"]
        path: list[Frame] = []
        node: Frame | None = frame
        while node is not None and node is not root:
            path.append(node)
            node = node.parent_frame
        for child in reversed(path):
            parent = child.parent_frame
            siblings = parent.child_frames if parent else []
            peers = [f for f in siblings if (f.name, f.url) == (child.name, child.url)]
            nth = peers.index(child) if child in peers else 0
            same = [c for c in tree.get("childFrames") or []
                    if (c["frame"].get("name", ""), c["frame"]["url"] + c["frame"].get("urlFragment", ""))
                    == (child.name, child.url)]
            if not same:
                bare = child.url.split("#")[0]
                same = [c for c in tree.get("childFrames") or [] if c["frame"]["url"] == bare]
            if not same:
                raise PlaywrightError(f"frame {child.url[:100]} is no longer in the page")
            tree = same[min(nth, len(same) - 1)]
        return session, tree["frame"]["id"]

    # -- evaluation -------------------------------------------------------------------------------

    def _world(self, session: CDPSession, frame_id: str) -> int:
        answer = self._send(session, "Page.createIsolatedWorld",
                            {"frameId": frame_id, "worldName": WORLD_NAME, "grantUniveralAccess": False})
        return int(answer["executionContextId"])

    def _terminate(self, session: CDPSession) -> None:
        # A renderer that is gone or wedged does not answer: the page budget's watchdog takes over.
        with contextlib.suppress(PlaywrightError):
            self._send(session, "Runtime.terminateExecution", timeout_ms=PROTOCOL_MARGIN_MS)

    def _bounded(self, session: CDPSession, call: Any, what: str) -> dict[str, Any]:
        """Run ``call()``; if the page keeps the renderer busy, terminate it and try once more."""
        try:
            return call()
        except BudgetExceeded:
            raise  # our own script ran out of time: trying again would only spend more
        except PlaywrightTimeoutError:
            self._terminate(session)
        try:
            return call()
        except PlaywrightTimeoutError as exc:
            self._terminate(session)
            raise BudgetExceeded(f"{what}: the page kept the renderer busy past the "
                                 f"{self.eval_budget_ms} ms evaluation budget") from exc

    def evaluate(self, frame: Frame, expression: str, what: str, *, main_world: bool = False) -> Any:
        """The value of ``expression`` in ``frame``'s isolated world (or the top main world)."""

        def call() -> dict[str, Any]:
            session, frame_id = self.frame_id(frame)
            params: dict[str, Any] = {"expression": expression, "returnByValue": True, "awaitPromise": True,
                                      "silent": True, "timeout": self.eval_budget_ms}
            if not main_world:
                params["contextId"] = self._world(session, frame_id)
            elif frame.parent_frame is not None:
                raise ValueError(f"{what}: main-world scripts run in the top frame only")
            started = time.monotonic()
            try:
                return self._send(session, "Runtime.evaluate", params)
            except PlaywrightError as exc:
                # Chromium answers a script stopped by ``timeout`` with a bare "Internal error".
                spent_ms = (time.monotonic() - started) * 1000
                if "Internal error" in str(exc) and spent_ms >= self.eval_budget_ms:
                    raise BudgetExceeded(f"{what}: stopped at its {self.eval_budget_ms} ms evaluation "
                                         "budget") from exc
                raise

        session, _root = self._host(frame)
        return _value(self._bounded(session, call, what), what)

    def evaluate_on_frame_owner(self, frame: Frame, source: str, what: str) -> Any:
        """``(source)(element)`` with the ``<iframe>`` element holding ``frame``, in its parent's
        isolated world (the element found by CDP ``DOM.getFrameOwner``, never by a page query)."""
        parent = frame.parent_frame
        if parent is None:
            raise ValueError(f"{what}: the top frame has no owner element")

        def call() -> dict[str, Any]:
            _child_session, child_id = self.frame_id(frame)
            session, parent_id = self.frame_id(parent)
            owner = self._send(session, "DOM.getFrameOwner", {"frameId": child_id})
            world = self._world(session, parent_id)
            node = self._send(session, "DOM.resolveNode",
                              {"backendNodeId": owner["backendNodeId"], "executionContextId": world})
            object_id = node["object"]["objectId"]
            try:
                return self._send(session, "Runtime.callFunctionOn",
                                  {"functionDeclaration": source, "objectId": object_id,
                                   "arguments": [{"objectId": object_id}], "returnByValue": True,
                                   "awaitPromise": True, "silent": True})
            finally:
                with contextlib.suppress(PlaywrightError):
                    self._send(session, "Runtime.releaseObject", {"objectId": object_id},
                               timeout_ms=PROTOCOL_MARGIN_MS)

        session, _root = self._host(parent)
        return _value(self._bounded(session, call, what), what)


def _value(answer: dict[str, Any], what: str) -> Any:
    details = answer.get("exceptionDetails")
    if details:
        text = (details.get("exception") or {}).get("description") or details.get("text") or "exception"
        if "Execution was terminated" in text:
            raise BudgetExceeded(f"{what}: stopped at its evaluation budget")
        raise PlaywrightError(f"{what}: {text.splitlines()[0][:300]}")
    return (answer.get("result") or {}).get("value")


_AUDITORS: weakref.WeakKeyDictionary[Page, PageAuditor] = weakref.WeakKeyDictionary()
_BUDGETS: weakref.WeakKeyDictionary[BrowserContext, int] = weakref.WeakKeyDictionary()


def set_eval_budget(context: BrowserContext, budget_ms: int) -> None:
    """Pages later opened in ``context`` evaluate under ``budget_ms``."""
    _BUDGETS[context] = budget_ms


def open_page(context: BrowserContext) -> Page:
    """A new page of ``context`` with its :class:`PageAuditor` attached before any navigation.

    Every page we audit is opened here (runner, exploration, tracking phases).
    """
    page = context.new_page()
    auditor_for(page)
    return page


def auditor_for(page: Page) -> PageAuditor:
    """The page's auditor; a page not opened by :func:`open_page` (a pytest user's) gets one now
    (it cannot stop a spin that began before this moment; the page budget still bounds it)."""
    auditor = _AUDITORS.get(page)
    if auditor is None:
        auditor = PageAuditor(page, _BUDGETS.get(page.context, DEFAULT_EVAL_BUDGET_MS))
        auditor.attach()
        _AUDITORS[page] = auditor
    return auditor


def page_session(page: Page) -> CDPSession:
    """The page's own CDP session (its auditor's, attached before its first navigation): what
    else we ask the browser about this page goes through it, instead of one more session each."""
    return auditor_for(page).session


@cache
def script_source(name: str) -> str:
    """The source of ``js/<name>.js`` (read once per process)."""
    return resources.files("consentinel.gather").joinpath("js", f"{name}.js").read_text(encoding="utf-8")


@dataclass(frozen=True, slots=True)
class MarkedElement:
    """The element discovery marked ``mark`` in ``frame`` (see ``js/discover.js``).

    The mark is a ``data-consentinel-action`` attribute: it stays in the page's DOM because
    Playwright's real-mouse clicks need a selector to reach elements inside shadow roots. The
    page can see it (and could move it); what a script reads about the marked element is still
    read in our isolated world.
    """

    frame: Frame
    mark: str


MARK_ATTRIBUTE = "data-consentinel-action"


def _on_marked(source: str, mark: str, arg: Any) -> str:
    """An expression calling ``source`` with the marked element (searched through open shadow
    roots, as discovery marked it), then ``arg``."""
    return (
        "(() => { const want = " + json.dumps(mark) + ";"
        " const find = (root) => {"
        " const hit = root.querySelector('[" + MARK_ATTRIBUTE + "=\"' + CSS.escape(want) + '\"]');"
        " if (hit) return hit; for (const el of root.querySelectorAll('*')) {"
        " if (el.shadowRoot) { const deep = find(el.shadowRoot); if (deep) return deep; } } return null; };"
        " const el = find(document); if (!el) throw new Error('the marked element is gone');"
        f" return ({source})(el, {json.dumps(arg)}); }})()"
    )


def evaluate_script(target: Page | Frame | ElementHandle | MarkedElement, name: str, arg: Any = None) -> Any:
    """Run ``js/<name>.js`` in ``target`` with ``arg``; the parsed JSON it returned, or ``None``.

    ``target`` is a page (its top frame), a frame, a :class:`MarkedElement` or the
    ``ElementHandle`` of an ``<iframe>`` (for the last two the script receives the element).
    Playwright's errors (a frame detached mid-navigation, a crashed page) and
    :class:`BudgetExceeded` propagate: what they mean differs per caller. A script returning
    anything but nothing or a string breaks the contract above and raises ``TypeError``.
    """
    source = script_source(name)
    if isinstance(target, ElementHandle):
        frame = target.content_frame()
        if frame is None:
            raise TypeError(f"{name}.js: only <iframe> elements can be a script's target")
        raw = auditor_for(frame.page).evaluate_on_frame_owner(frame, source, name)
    else:
        frame = target.main_frame if isinstance(target, Page) else target  # type: ignore[assignment]
        expression = f"({source})({json.dumps(arg)})"
        if isinstance(target, MarkedElement):
            frame, expression = target.frame, _on_marked(source, target.mark, arg)
        raw = auditor_for(frame.page).evaluate(frame, expression, name, main_world=name in MAIN_WORLD_SCRIPTS)
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise TypeError(f"in-page script {name}.js returned {type(raw).__name__}, not one JSON string")
    return json.loads(raw)


def run_vendored_script(target: Page | Frame, source: str) -> None:
    """Run a third-party library's source as shipped by its package (axe-core's ``axe.min.js``)
    in the frame's isolated world, where the next :func:`evaluate_script` calls find it.

    Evaluated rather than added as a script tag: it works under a strict CSP, and the page never
    sees it.
    """
    frame = target.main_frame if isinstance(target, Page) else target
    auditor_for(frame.page).evaluate(frame, f"{source}\n;undefined", "vendored script")


__all__ = ["MAIN_WORLD_SCRIPTS", "BudgetExceeded", "MarkedElement", "PageAuditor", "auditor_for",
           "evaluate_script", "open_page", "page_session", "run_vendored_script", "script_source",
           "set_eval_budget"]
