"""`--check-option CHECK.NAME=VALUE`: a documented check option reaches the plan; anything else
is a one-line usage error (exit 2) before a browser starts."""

from __future__ import annotations

import pytest

from consentinel.cli import _validate_check_options, main


def test_a_declared_option_is_read_as_a_yaml_scalar() -> None:
    assert _validate_check_options(
        ["implied-consent.wait_ms=3000", "legitimate-interest-after-reject.vendors=false"]
    ) == {
        "implied-consent": {"wait_ms": 3000},
        "legitimate-interest-after-reject": {"vendors": False},
    }
    assert _validate_check_options([]) is None


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("implied-consent.wait=3", "'implied-consent' has no option 'wait'"),
        ("no-such-check.wait_ms=3", "unknown check id 'no-such-check'"),
        ("implied-consent", "expected CHECK.NAME=VALUE"),
    ],
)
def test_a_bad_check_option_exits_2_in_one_line(
    option: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["scan", "http://127.0.0.1:1/", "--check-option", option]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
