"""The one worker function every executor runs: one browser, many URLs, one record per URL.

A :class:`PageWorker` keeps one browser open (``engine.open_session``) and scans each URL with
``engine.run`` into its own folder ``pages/<url key>/`` of the run folder (screenshots,
snapshots, HAR land there as in a single scan). It relaunches its browser every ``recycle``
pages, so a slow leak in Chromium never grows with the list. The local process pool and the Ray
actors both wrap this class; neither knows how a page is scanned.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import socket
import time
from dataclasses import dataclass
from typing import Any

from consentinel import engine
from consentinel.engine import Plan
from consentinel.sweep.record import failed_record, page_record
from consentinel.sweep.urls import url_key

PAGES_DIR = "pages"
DEFAULT_RECYCLE = 50  # pages per browser before a fresh launch (Chromium's memory creeps up)


@dataclass(frozen=True, slots=True)
class WorkerSettings:
    """What every worker needs, picklable (sent to processes and Ray actors).

    ``plan`` is the template of every URL's plan (checks, device, explore, ...); its ``out_dir``
    is the run folder and its ``urls`` are ignored.
    """

    plan: Plan
    recycle: int = DEFAULT_RECYCLE
    browser_executable: str | None = None


class PageWorker:
    """One browser scanning URL after URL; ``scan`` never raises for a page's own failure."""

    def __init__(self, settings: WorkerSettings, name: str = "") -> None:
        self.settings = settings
        self.name = name or f"{socket.gethostname()}:{os.getpid()}"
        self._session_cm: Any = None
        self._session: Any = None
        self._pages = 0

    def _open(self) -> Any:
        if self._session is None or self._pages >= self.settings.recycle:
            self.close()
            with engine.browser_executable(self.settings.browser_executable):
                self._session_cm = engine.open_session(self.settings.plan)
                self._session = self._session_cm.__enter__()
            self._pages = 0
        return self._session

    def scan(self, url: str) -> dict[str, Any]:
        """Scan one URL; its record (errors included) for the driver to store."""
        folder = f"{PAGES_DIR}/{url_key(url)}"
        page_dir = self.settings.plan.out_dir / folder
        plan = dataclasses.replace(self.settings.plan, out_dir=page_dir, urls=(url,), journeys=(),
                                   command="scan", report=False, sarif=None, junit=None, pdf=False,
                                   baseline_out=None, progress=None)
        started = time.perf_counter()
        try:
            session = self._open()
            outcome = engine.run(plan, session=session)
        except engine.SetupError as exc:
            return failed_record(url, str(exc), kind="setup", worker=self.name)
        finally:
            self._pages += 1
        elapsed = (time.perf_counter() - started) * 1000
        return page_record(url, outcome, page_dir=page_dir, artefacts=folder, worker=self.name,
                           duration_ms=elapsed)

    def close(self) -> None:
        """Close the browser (and its Playwright); the next ``scan`` launches a fresh one."""
        if self._session_cm is not None:
            with contextlib.suppress(Exception):
                self._session_cm.__exit__(None, None, None)
        self._session_cm = self._session = None


__all__ = ["DEFAULT_RECYCLE", "PAGES_DIR", "PageWorker", "WorkerSettings"]
