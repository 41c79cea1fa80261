"""consentinel.gather.browser: finding a browser, device contexts, and what pages see of automation."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from browser_fixtures import fresh_page, launched_browser
from playwright.sync_api import Browser, Playwright, sync_playwright

from consentinel.gather.browser import (
    ENV_BROWSER,
    HIDE_AUTOMATION_ARG,
    TEST_HOST_RULES_ARG,
    BrowserChoice,
    BrowserNotFoundError,
    BrowserSettings,
    UnknownDeviceError,
    browser_version_line,
    device_descriptor,
    device_names,
    find_browser,
    launch_args,
    new_context,
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def pw() -> Iterator[Playwright]:
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="module")
def chromium(pw: Playwright) -> Iterator[Browser]:
    with launched_browser(playwright=pw) as browser:
        yield browser


def test_env_browser_with_bogus_path_names_the_path_and_both_remedies(
    pw: Playwright, monkeypatch: pytest.MonkeyPatch, tmp_path: os.PathLike[str]
) -> None:
    bogus = os.path.join(tmp_path, "no-such-chrome")
    monkeypatch.setenv(ENV_BROWSER, bogus)
    with pytest.raises(BrowserNotFoundError) as err:
        find_browser(pw)
    message = str(err.value)
    assert "\n" not in message
    assert bogus in message
    assert "python -m playwright install chromium" in message
    assert "apt-get install chromium" in message
    assert "CONSENTINEL_BROWSER=" in message


def test_env_browser_that_is_not_executable_is_refused(
    pw: Playwright, monkeypatch: pytest.MonkeyPatch, tmp_path: os.PathLike[str]
) -> None:
    not_exec = os.path.join(tmp_path, "chrome.txt")
    with open(not_exec, "w") as handle:
        handle.write("not a browser")
    monkeypatch.setenv(ENV_BROWSER, not_exec)
    with pytest.raises(BrowserNotFoundError, match="not an executable"):
        find_browser(pw)


def test_env_browser_wins_over_everything_else(pw: Playwright, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_BROWSER, "/usr/bin/chromium")
    assert find_browser(pw) == BrowserChoice("/usr/bin/chromium", ENV_BROWSER)


def test_without_env_a_system_or_playwright_browser_is_found(
    pw: Playwright, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_BROWSER, raising=False)
    choice = find_browser(pw)
    if os.path.exists(pw.chromium.executable_path):
        assert choice.source == "playwright" and choice.executable is None
    else:
        assert choice.source == "system"
        assert choice.executable is not None and os.access(choice.executable, os.X_OK)


def test_nothing_found_raises_one_actionable_line(pw: Playwright, monkeypatch: pytest.MonkeyPatch) -> None:
    import consentinel.gather.browser as module

    monkeypatch.delenv(ENV_BROWSER, raising=False)
    monkeypatch.setattr(module, "SYSTEM_CANDIDATES", ("/nonexistent/chromium", "no-such-browser-xyz"))
    monkeypatch.setattr(module, "_is_executable", lambda path: path == "never")
    with pytest.raises(BrowserNotFoundError) as err:
        find_browser(pw)
    assert "no Chromium or Chrome found" in str(err.value)
    assert "python -m playwright install chromium" in str(err.value)


def test_launch_args_carry_product_flags_and_test_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSENTINEL_TEST_HOST_RULES", "1")
    args = launch_args(BrowserSettings())
    assert args[:3] == ["--disable-background-networking", "--disable-component-update", "--no-first-run"]
    assert TEST_HOST_RULES_ARG in args and HIDE_AUTOMATION_ARG in args
    assert not any(a.startswith("--disable-features") for a in args)
    monkeypatch.delenv("CONSENTINEL_TEST_HOST_RULES")
    plain = launch_args(BrowserSettings(hide_automation=False, extra_args=("--lang=zh-CN",)))
    assert TEST_HOST_RULES_ARG not in plain and HIDE_AUTOMATION_ARG not in plain
    assert plain[-1] == "--lang=zh-CN"


def test_device_lookup_is_case_insensitive_and_drops_webkit_default(pw: Playwright) -> None:
    iphone = device_descriptor(pw, "iphone 13")
    assert iphone["viewport"] == pw.devices["iPhone 13"]["viewport"]
    assert iphone["is_mobile"] is True
    assert "default_browser_type" not in iphone
    assert device_descriptor(pw, None) == {"viewport": {"width": 1280, "height": 720}}
    assert device_descriptor(pw, "desktop") == device_descriptor(pw, "Desktop")
    names = device_names(pw)
    assert names[0] == "Desktop" and "Pixel 7" in names


def test_unknown_device_suggests_close_names(pw: Playwright) -> None:
    with pytest.raises(UnknownDeviceError) as err:
        device_descriptor(pw, "iPhone 13 Pr")
    message = str(err.value)
    assert "\n" not in message
    assert "'iPhone 13 Pr'" in message
    assert "iPhone 13 Pro" in message


def test_mobile_context_emulates_the_phone_in_chromium(chromium: Browser, pw: Playwright) -> None:
    context = new_context(chromium, pw, device="Pixel 7", locale="zh-CN", timezone="Asia/Shanghai")
    try:
        page = context.new_page()
        facts = page.evaluate(
            "() => [screen.width, navigator.language, Intl.DateTimeFormat().resolvedOptions().timeZone,"
            " matchMedia('(pointer: coarse)').matches]"
        )
    finally:
        context.close()
    assert facts == [pw.devices["Pixel 7"]["viewport"]["width"], "zh-CN", "Asia/Shanghai", True]


def test_navigator_webdriver_is_false_by_default(chromium: Browser) -> None:
    with fresh_page(chromium) as page:
        assert page.evaluate("() => navigator.webdriver") is False


def test_navigator_webdriver_is_true_without_hide_automation(pw: Playwright) -> None:
    settings = BrowserSettings(hide_automation=False)
    with launched_browser(settings, playwright=pw) as visible_bot, fresh_page(visible_bot) as page:
        assert page.evaluate("() => navigator.webdriver") is True


def test_version_line_names_engine_version_and_executable(chromium: Browser) -> None:
    line = browser_version_line(chromium, BrowserChoice("/usr/bin/chromium", "system"))
    assert line == f"chromium {chromium.version} (/usr/bin/chromium)"
    own = browser_version_line(chromium, BrowserChoice(None, "playwright"))
    assert own.endswith("(playwright's chromium)")
