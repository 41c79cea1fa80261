"""How a failure on the page is told in the facts: one line, bounded.

Why one helper: every gatherer records Playwright errors into facts and reports (a probe that
could not click, a reload that timed out). A page can make an error message as long and as
multi-line as it likes (a thrown string, a huge selector), so what is kept is the first
non-blank line, at most :data:`MAX_CHARS` characters. ``runner.one_line_error`` goes further
for a journey step's error (it rewrites Playwright's wording for the user).
"""

from __future__ import annotations

MAX_CHARS = 300


def first_line(exc: BaseException) -> str:
    """The first non-blank line of ``exc`` (its type's name if none), cut to :data:`MAX_CHARS`."""
    lines = [line for line in str(exc).strip().splitlines() if line.strip()]
    return (lines[0] if lines else type(exc).__name__)[:MAX_CHARS]


__all__ = ["MAX_CHARS", "first_line"]
