"""Chromium keeps its sandbox where it can run it, and says so where it cannot."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from consentinel.gather import browser as browser_module
from consentinel.gather.browser import (
    NO_SANDBOX_ARG,
    BrowserSettings,
    launch_args,
    launch_with_sandbox_report,
    sandbox_blocker,
    sandbox_warning,
    userns_disabled,
)


def test_root_is_the_one_case_known_in_advance(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(browser_module.sys, "platform", "linux")
    monkeypatch.setattr(browser_module.os, "geteuid", lambda: 0)
    assert sandbox_blocker() == "running as root, where Chromium refuses it"
    assert NO_SANDBOX_ARG in launch_args(BrowserSettings())
    monkeypatch.setattr(browser_module.os, "geteuid", lambda: 1000)
    assert sandbox_blocker() is None
    assert NO_SANDBOX_ARG not in launch_args(BrowserSettings())
    assert NO_SANDBOX_ARG in launch_args(BrowserSettings(), sandbox=False)


def test_user_namespace_switches_are_read_from_the_kernel(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    on, off = tmp_path / "on", tmp_path / "off"
    on.write_text("1\n")
    off.write_text("0\n")
    monkeypatch.setattr(browser_module, "USERNS_SWITCHES", ((str(tmp_path / "absent"), "0"), (str(on), "0")))
    assert not userns_disabled()
    monkeypatch.setattr(browser_module, "USERNS_SWITCHES", ((str(off), "0"),))
    assert userns_disabled()


def test_the_warning_says_what_to_do() -> None:
    assert sandbox_warning("running as root, where Chromium refuses it") == (
        "Chromium ran without its sandbox (running as root, where Chromium refuses it); a hostile page was "
        "one browser bug away from this machine: run as a normal user with user namespaces enabled")


@pytest.mark.browser
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root, where Chromium "
                    "refuses its sandbox: the only way to see a real sandboxed launch fail here")
def test_a_launch_whose_sandbox_fails_is_retried_without_it_and_reported(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser, reason = launch_with_sandbox_report(pw)  # as root: known in advance
        assert reason == "running as root, where Chromium refuses it"
        browser.close()
        # Pretend not to be root: the sandboxed launch is really tried, really fails, and is retried.
        monkeypatch.setattr(browser_module.os, "geteuid", lambda: 1000)
        browser, reason = launch_with_sandbox_report(pw)
        try:
            assert reason in ("unprivileged user namespaces are disabled", "no usable sandbox on this system")
            assert browser.new_page().evaluate("1 + 1") == 2
        finally:
            browser.close()
