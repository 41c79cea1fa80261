"""Sweep progress: a Rich bar on a terminal, one plain line a page elsewhere (fast tier)."""

from __future__ import annotations

import io

from consentinel.sweep.progress import SweepProgress
from consentinel.sweep.record import failed_record


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_plain_lines_on_a_pipe_strip_control_characters() -> None:
    stream = io.StringIO()
    progress = SweepProgress(2, stream=stream)
    progress.page_done(failed_record("https://a.example/\x1b[2J", "net::ERR_NAME_NOT_RESOLVED"))
    progress.close()
    assert stream.getvalue() == "consentinel: [1/2] https://a.example/: ERR_NAME_NOT_RESOLVED\n"
    assert progress.errors == 1


def test_a_terminal_gets_a_bar_with_counts() -> None:
    stream = Terminal()
    progress = SweepProgress(2, stream=stream)
    for url in ("https://a.example/", "https://b.example/"):
        progress.page_done(failed_record(url, "Timeout 1ms exceeded"))
    progress.close()
    assert "2/2" in stream.getvalue() and "2 errors" in stream.getvalue()
    assert "consentinel: [" not in stream.getvalue()


def test_quiet_prints_nothing() -> None:
    stream = Terminal()
    progress = SweepProgress(1, stream=stream, enabled=False)
    progress.page_done(failed_record("https://a.example/", "Timeout 1ms exceeded"))
    progress.close()
    assert stream.getvalue() == ""
