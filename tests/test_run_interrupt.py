"""A step that fails after Ctrl-C reached the process is the interrupt, not a broken step.

Ctrl-C signals the whole process group: Playwright's driver may exit first, the step then sees
"Connection closed while reading from the driver", and the KeyboardInterrupt can be lost in the
driver's event loop. Without a browser: the runner's handler call is given a failing handler.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from consentinel.gather.runner import _run_handler
from consentinel.interrupt import clear_interrupt, interrupt_noted, note_interrupt


class DriverGone(Exception):
    pass


def _failing(_ctx: Any, _step: Any) -> None:
    raise DriverGone("Connection closed while reading from the driver")


@pytest.fixture(autouse=True)
def clean() -> Iterator[None]:
    clear_interrupt()
    yield
    clear_interrupt()


def test_a_failure_after_ctrl_c_is_raised_as_the_interrupt() -> None:
    note_interrupt("Ctrl-C")
    with pytest.raises(KeyboardInterrupt, match="Ctrl-C") as stop:
        _run_handler(_failing, None, None)  # type: ignore[arg-type]
    assert isinstance(stop.value.__cause__, DriverGone)  # what the step saw stays attached


def test_without_a_signal_the_failure_is_the_steps_own() -> None:
    with pytest.raises(DriverGone):
        _run_handler(_failing, None, None)  # type: ignore[arg-type]


def test_the_first_cause_counts_and_clearing_forgets_it() -> None:
    note_interrupt("SIGTERM")
    note_interrupt("Ctrl-C")
    assert interrupt_noted() == "SIGTERM"
    clear_interrupt()
    assert interrupt_noted() is None
