"""Progress of a sweep: a Rich bar on a terminal (rate, ETA, findings so far), plain lines otherwise.

Plain lines go to CI logs and pipes: one per page, ``consentinel: [12/60] <url>: 3 finding(s)``.
Page-derived text (the URL as written in the list) is stripped of control characters.
"""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

from consentinel.redact import terminal_safe


class SweepProgress:
    """Counts pages and findings; draws them as a bar or prints a line per page."""

    def __init__(self, total: int, *, stream: TextIO | None = None, enabled: bool = True,
                 done_before: int = 0) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.done = 0
        self.findings = 0
        self.errors = 0
        self.enabled = enabled and total > 0
        self.done_before = done_before
        self._started = time.monotonic()
        self._bar: Any = None
        self._task: Any = None
        if self.enabled and self.stream.isatty():
            self._start_bar()

    def _start_bar(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("[bold]sweep"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.0f}/min"), TimeElapsedColumn(), TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[findings]} findings, {task.fields[errors]} errors"),
            console=Console(file=self.stream), transient=False)
        self._task = self._bar.add_task("sweep", total=self.total, rate=0.0, findings=0, errors=0)
        self._bar.start()

    @property
    def rate_per_minute(self) -> float:
        elapsed = time.monotonic() - self._started
        return self.done * 60 / elapsed if elapsed > 0 else 0.0

    def page_done(self, record: dict[str, Any]) -> None:
        self.done += 1
        self.findings += len(record["findings"])
        self.errors += record["status"] == "error"
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(self._task, advance=1, rate=self.rate_per_minute, findings=self.findings,
                             errors=self.errors)
            return
        state = record["error_kind"] or f"{len(record['findings'])} finding(s)"
        line = f"consentinel: [{self.done}/{self.total}] {record['url']}: {state}"
        print(terminal_safe(line, single_line=True), file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


__all__ = ["SweepProgress"]
