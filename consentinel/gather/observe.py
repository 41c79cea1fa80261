"""Record what a page does to the visitor's device and network during one phase.

A *phase* is one fresh browser context visiting one URL: ``landing`` (no choice), and
``after-accept`` / ``after-reject`` (the same landing, then a choice clicked in the consent
prompt). :class:`PhaseRecorder` attaches to the context before the first request and records:

* every request (URL, method, resource type, initiating frame URL, status or failure), with its
  time relative to the phase start and to the choice click;
* every cookie of the context (``context.cookies()`` includes HttpOnly ones), sampled while the
  page settles so each gets a first-seen time; the response that set it is taken from the HAR
  (``Set-Cookie`` as Chromium received it) with that response's time;
* localStorage/sessionStorage entries per frame, one ``evaluate`` per frame returning one JSON
  string, sampled just before the choice and at the end of the phase.

The choice time is the browser's own timestamp of the last trusted click (an init script in
every frame reports it through a binding), so it is the moment the *decisive* control was
pressed, not when Python asked for it: opening a settings layer first moves it along, and the
final "Reject all"/"Save" is what counts.

Times are epoch milliseconds from the browser (request timing, click events) and from Python
(samples, phase start); both read the same machine clock.
"""

from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext, Page, Request, Response
from playwright.sync_api import Error as PlaywrightError

from consentinel.gather.evaluate import evaluate_script
from consentinel.tracking.classify import (
    NECESSARY,
    TRACKING,
    Classifier,
    leak_tokens,
    party,
)

# Names of the page-visible hooks. A page can see them; they only report click times.
MAX_STORED_VALUE = 500  # characters of a storage value kept for identifier matching
EXCERPT_CHARS = 60  # characters of a value shown in evidence


@dataclass(slots=True)
class ObserveOptions:
    """Bounds of one phase. Every wait is bounded so a chatty page cannot hang a scan.

    A page "settles" once no request has started or been open for ``quiet_ms``, but never
    before ``settle_min_ms`` (tags often fire on a timer after ``load``) nor after
    ``settle_max_ms`` (analytics heartbeats never go quiet). The same applies after the choice,
    where CMPs load the scripts they gated.
    """

    settle_min_ms: float = 1500
    settle_max_ms: float = 6000
    quiet_ms: float = 500
    after_choice_min_ms: float = 1500
    after_choice_max_ms: float = 6000
    sample_ms: float = 200
    navigation_timeout_ms: float = 20000
    tcf_timeout_ms: float = 2000
    max_requests: int = 5000
    extra_tracker_domains: tuple[str, ...] = ()
    # HARs lose Cookie/Set-Cookie/Authorization values unless har_full; the redactor masks a
    # journey's secrets in them (consentinel.har.finalise_har).
    har_full: bool = False
    redactor: Any = None


@dataclass(slots=True)
class _CookieSeen:
    first_seen: float
    value: str
    changed_at: float | None = None


@dataclass(slots=True)
class _RequestSeen:
    request: Request
    at: float  # epoch ms, Python's clock at the event (replaced by Chromium's when known)
    frame_url: str
    done: bool = False
    failure: str | None = None
    status: int | None = None


@dataclass
class PhaseRecorder:
    """Attach to a fresh context *before* its first page opens, then drive the page.

    Not a slots dataclass: Playwright's sync API stores a wrapper on the object whose bound
    methods are registered as event handlers.
    """

    context: BrowserContext
    phase: str
    started: float = field(default_factory=lambda: time.time() * 1000)
    choice_at: float | None = None
    _requests: list[_RequestSeen] = field(default_factory=list)
    _by_request: dict[int, _RequestSeen] = field(default_factory=dict)
    _cookies: dict[tuple[str, str, str], _CookieSeen] = field(default_factory=dict)
    _last_cookies: list[dict[str, Any]] = field(default_factory=list)
    _storage_before: list[dict[str, Any]] | None = None
    _last_activity: float = field(default_factory=lambda: time.time() * 1000)
    errors: list[str] = field(default_factory=list)
    max_requests: int = 5000

    def attach(self) -> None:
        """Listen to the context's network and clicks (call before ``new_page``)."""
        self.context.on("request", self._on_request)
        self.context.on("requestfinished", self._on_finished)
        self.context.on("requestfailed", self._on_failed)
        self.context.on("response", self._on_response)
        # Nothing is exposed to or injected into the page (no binding, no init script): a page
        # could call or fake it. Click times come from our own clock around our own click,
        # request times from the browser, cookie times from sampling the context.

    # -- events ---------------------------------------------------------------------------------

    def _on_request(self, request: Request) -> None:
        now = time.time() * 1000
        self._last_activity = now
        if len(self._requests) >= self.max_requests:
            return
        try:
            frame_url = request.frame.url
        except PlaywrightError:  # service-worker requests have no frame
            frame_url = ""
        seen = _RequestSeen(request, now, frame_url)
        self._requests.append(seen)
        self._by_request[id(request)] = seen

    def _on_response(self, response: Response) -> None:
        seen = self._by_request.get(id(response.request))
        if seen is not None:
            seen.status = response.status

    def _on_finished(self, request: Request) -> None:
        self._last_activity = time.time() * 1000
        seen = self._by_request.get(id(request))
        if seen is not None:
            seen.done = True

    def _on_failed(self, request: Request) -> None:
        self._last_activity = time.time() * 1000
        seen = self._by_request.get(id(request))
        if seen is not None:
            seen.done = True
            seen.failure = request.failure or "failed"

    # -- sampling -------------------------------------------------------------------------------

    def sample_cookies(self) -> None:
        """Read the context's cookies and note first-seen / changed times."""
        try:
            cookies = self.context.cookies()
        except PlaywrightError as exc:
            self.errors.append(f"cookies: {str(exc).splitlines()[0][:200]}")
            return
        now = time.time() * 1000
        for cookie in cookies:
            key = (cookie["name"], cookie["domain"], cookie["path"])
            seen = self._cookies.get(key)
            if seen is None:
                self._cookies[key] = _CookieSeen(now, cookie["value"])
            elif seen.value != cookie["value"]:
                seen.value = cookie["value"]
                seen.changed_at = now
        self._last_cookies = [dict(c) for c in cookies]

    def in_flight(self) -> int:
        return sum(1 for r in self._requests if not r.done)

    def idle_ms(self) -> float:
        """How long the network has been quiet, 0 while a request is open (a ``quiet.Network``)."""
        return 0.0 if self.in_flight() else max(0.0, time.time() * 1000 - self._last_activity)

    def settle(self, page: Page, min_ms: float, max_ms: float, quiet_ms: float, sample_ms: float) -> float:
        """Wait for network quiet within [min_ms, max_ms], sampling cookies; returns ms waited."""
        begun = time.time() * 1000
        while True:
            self.sample_cookies()
            now = time.time() * 1000
            waited = now - begun
            quiet = self.in_flight() == 0 and now - self._last_activity >= quiet_ms
            if waited >= max_ms or (waited >= min_ms and quiet):
                return waited
            page.wait_for_timeout(sample_ms)

    def read_storage(self, page: Page) -> list[dict[str, Any]]:
        """Storage entries of every frame: one evaluate per frame, one JSON string each."""
        entries: list[dict[str, Any]] = []
        for index, frame in enumerate(page.frames):
            try:
                data = evaluate_script(frame, "read_storage", MAX_STORED_VALUE)
            except (PlaywrightError, ValueError) as exc:
                self.errors.append(f"storage of frame {index}: {str(exc).splitlines()[0][:200]}")
                continue
            for area in ("local", "session"):
                items = data.get(area) or {}
                if "__error" in items:
                    continue
                for key, (length, value) in items.items():
                    entries.append({"frame": index, "frame_url": data.get("url", ""),
                                    "origin": data.get("origin", ""), "area": f"{area}Storage",
                                    "key": key, "value_length": length, "value": value})
        return entries

    def before_choice(self, page: Page) -> None:
        """Snapshot storage and cookies just before the chooser starts clicking."""
        self.sample_cookies()
        self._storage_before = self.read_storage(page)

    def mark_choice(self, at: float) -> None:
        """The choice time (epoch ms), taken by our own clock just before our own click."""
        self.choice_at = at

    # -- results --------------------------------------------------------------------------------

    def rel(self, at: float | None) -> float | None:
        return None if at is None else round(at - self.started, 1)

    def rel_choice(self, at: float | None) -> float | None:
        return None if at is None or self.choice_at is None else round(at - self.choice_at, 1)

    def request_rows(self, first_party: str) -> list[dict[str, Any]]:
        rows = []
        for seen in self._requests:
            request = seen.request
            at = seen.at
            with contextlib.suppress(PlaywrightError, KeyError, TypeError):
                start = float(request.timing["startTime"])
                if start > 0:
                    at = start
            rows.append({
                "url": request.url, "method": request.method, "resource_type": request.resource_type,
                "frame_url": seen.frame_url, "status": seen.status, "failure": seen.failure,
                "at": at, "t_ms": self.rel(at), "t_choice_ms": self.rel_choice(at),
                "party": party(request.url, first_party),
            })
        return rows

    def storage_rows(self, final: list[dict[str, Any]]) -> list[dict[str, Any]]:
        before = {(e["origin"], e["area"], e["key"]): e["value"] for e in self._storage_before or []}
        rows = []
        for entry in final:
            key = (entry["origin"], entry["area"], entry["key"])
            entry = dict(entry)
            if self._storage_before is None:
                entry["before_choice"] = self.choice_at is None
                entry["changed_after_choice"] = False
            else:
                entry["before_choice"] = key in before
                entry["changed_after_choice"] = key in before and before[key] != entry["value"]
            rows.append(entry)
        # Entries removed after the choice (a CMP clearing analytics storage) are worth showing.
        final_keys = {(e["origin"], e["area"], e["key"]) for e in final}
        for entry in self._storage_before or []:
            if (entry["origin"], entry["area"], entry["key"]) not in final_keys:
                rows.append({**entry, "before_choice": True, "removed_after_choice": True,
                             "changed_after_choice": False})
        return rows

    def cookie_rows(self, first_party: str) -> list[dict[str, Any]]:
        rows = []
        current = {(c["name"], c["domain"], c["path"]) for c in self._last_cookies}
        for cookie in self._last_cookies:
            seen = self._cookies[(cookie["name"], cookie["domain"], cookie["path"])]
            rows.append({
                "name": cookie["name"], "domain": cookie["domain"], "path": cookie["path"],
                "value": cookie["value"], "expires": cookie.get("expires", -1),
                "http_only": cookie.get("httpOnly", False), "secure": cookie.get("secure", False),
                "same_site": cookie.get("sameSite"), "first_seen": seen.first_seen,
                "t_ms": self.rel(seen.first_seen), "t_choice_ms": self.rel_choice(seen.first_seen),
                "changed_t_choice_ms": self.rel_choice(seen.changed_at),
                "party": party(cookie["domain"], first_party), "set_by": None, "set_by_t_ms": None,
            })
        for (name, domain, path), seen in self._cookies.items():
            if (name, domain, path) not in current:  # deleted before the end of the phase
                rows.append({"name": name, "domain": domain, "path": path, "value": seen.value,
                             "expires": None, "http_only": None, "secure": None, "same_site": None,
                             "first_seen": seen.first_seen, "t_ms": self.rel(seen.first_seen),
                             "t_choice_ms": self.rel_choice(seen.first_seen), "changed_t_choice_ms": None,
                             "party": party(domain, first_party), "set_by": None, "set_by_t_ms": None,
                             "deleted": True})
        return rows


def cookies_set_by_har(har_path: Path) -> dict[str, list[tuple[str, float]]]:
    """Cookie name -> [(response URL, epoch ms)] for every Set-Cookie a HAR recorded."""
    from datetime import datetime

    found: dict[str, list[tuple[str, float]]] = {}
    try:
        har = json.loads(har_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return found
    for entry in har.get("log", {}).get("entries", []):
        response = entry.get("response") or {}
        names = [c.get("name") for c in response.get("cookies") or []]
        if not names:
            names = [h.get("value", "").split("=", 1)[0].strip() for h in response.get("headers") or []
                     if str(h.get("name", "")).lower() == "set-cookie"]
        if not names:
            continue
        try:
            at = datetime.fromisoformat(entry["startedDateTime"].replace("Z", "+00:00")).timestamp() * 1000
        except (KeyError, ValueError):
            at = 0.0
        url = (entry.get("request") or {}).get("url", "")
        for name in names:
            if name:
                found.setdefault(name, []).append((url, at))
    return found


def _excerpt(value: str) -> str:
    return value if len(value) <= EXCERPT_CHARS else value[:EXCERPT_CHARS] + "…"


def classify_phase(facts: dict[str, Any], classifier: Classifier, now_epoch_s: float) -> None:
    """Add a ``classification`` to every cookie, storage entry and request of a phase (in place).

    Requests are judged after cookies and storage because a third-party request that carries
    an identifier stored on the device is tracking whatever its domain.
    """
    identifiers: list[tuple[str, str]] = []
    for cookie in facts["cookies"]:
        verdict = classifier.cookie({**cookie, "httpOnly": cookie.get("http_only")}, now_epoch_s)
        cookie["classification"] = verdict.to_dict()
        value = str(cookie.pop("value", "") or "")
        cookie["value_length"] = len(value)
        # Session/CSRF values are credentials: never copied into a report.
        cookie["value_excerpt"] = "" if verdict.verdict == NECESSARY else _excerpt(value)
        if verdict.verdict != NECESSARY:
            known = verdict.verdict == TRACKING
            identifiers.extend((f"cookie {cookie['name']}", t) for t in leak_tokens(value, known))
    for entry in facts["storage"]:
        value = str(entry.pop("value", "") or "")
        verdict = classifier.storage(entry["key"], value, entry.get("origin", ""))
        entry["classification"] = verdict.to_dict()
        entry["value_excerpt"] = "" if verdict.verdict == NECESSARY else _excerpt(value)
        if verdict.verdict != NECESSARY:
            identifiers.extend((f"{entry['area']} {entry['key']}", t) for t in leak_tokens(value))
    for request in facts["requests"]:
        request["classification"] = classifier.request(request["url"], identifiers).to_dict()


__all__ = [
    "ObserveOptions",
    "PhaseRecorder",
    "classify_phase",
    "cookies_set_by_har",
]
