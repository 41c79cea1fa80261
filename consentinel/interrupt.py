"""Whether an interrupting signal (Ctrl-C, SIGTERM, SIGHUP) reached this process during a run.

Ctrl-C in a terminal signals the whole process group, so Playwright's driver gets it too and may
exit before Python raises KeyboardInterrupt; that KeyboardInterrupt can then surface inside the
driver's event loop and be lost, while the running step sees only "Connection closed while
reading from the driver". A report would call that a failed step and the run incomplete (exit 3)
when the visitor stopped it (exit 130). So the CLI's signal handlers note the signal here, and
the runner reads a step that fails after it as interrupted. Nothing here imports Playwright.
"""

from __future__ import annotations

_noted: list[str] = []


def note_interrupt(cause: str) -> None:
    """Record that ``cause`` (e.g. "Ctrl-C", "SIGTERM") asked the run to stop; the first one counts."""
    if not _noted:
        _noted.append(cause)


def interrupt_noted() -> str | None:
    """The cause noted since the last :func:`clear_interrupt`, or None."""
    return _noted[0] if _noted else None


def clear_interrupt() -> None:
    """Forget a noted interrupt (a new run starts clean)."""
    _noted.clear()


__all__ = ["clear_interrupt", "interrupt_noted", "note_interrupt"]
