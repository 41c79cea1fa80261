"""Find a Chromium to drive, launch it like a visitor's browser, and open device contexts.

Why this module exists: Playwright's own Chromium download is not always possible (CI images,
air-gapped audit machines), yet a system Chromium or Google Chrome usually is installed. The
harness therefore looks for a browser itself, in a documented order, and fails with one line
that says how to get one.

Consent managers treat automation differently from people: some (vanilla-cookieconsent's
``hideFromBots``) hide the banner when ``navigator.webdriver`` is true. By default we launch so
that the page sees what a visitor's browser shows.

Chromium's sandbox is what stands between a hostile page and the auditing machine, so it stays
on wherever Chromium can run it. Chromium refuses it to root, and without unprivileged user
namespaces (or its setuid helper) it cannot start one; there we launch with ``--no-sandbox``
and say so (:func:`launch_with_sandbox_report`, the run's ``warnings``, the terminal).

Example::

    with sync_playwright() as pw:
        browser = launch_browser(pw, BrowserSettings())
        context = new_context(browser, pw, device="iPhone 13", locale="zh-CN")
        page = context.new_page()
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Playwright
from playwright.sync_api import Error as PlaywrightError

from consentinel.devices import DESKTOP, UnknownDeviceError, resolve_device
from consentinel.gather.evaluate import set_eval_budget

ENV_BROWSER = "CONSENTINEL_BROWSER"
ENV_TEST_HOST_RULES = "CONSENTINEL_TEST_HOST_RULES"

# Flags every launch uses: no background traffic of the browser's own (it would pollute the
# tracking checks' request logs) and no first-run UI. Never our own --disable-features: it would
# replace Playwright's list.
BASE_ARGS: tuple[str, ...] = (
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
)
# Tests only (CONSENTINEL_TEST_HOST_RULES=1): nothing but loopback resolves, so a test can never
# reach the internet by accident.
TEST_HOST_RULES_ARG = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'
NO_SANDBOX_ARG = "--no-sandbox"
# Kernel switches that turn unprivileged user namespaces (Chromium's preferred sandbox layer)
# off, with the value that means "off": Debian/Ubuntu, any kernel, Ubuntu 24.04's AppArmor.
USERNS_SWITCHES: tuple[tuple[str, str], ...] = (
    ("/proc/sys/kernel/unprivileged_userns_clone", "0"),
    ("/proc/sys/user/max_user_namespaces", "0"),
    ("/proc/sys/kernel/apparmor_restrict_unprivileged_userns", "1"),
)
# Blink sets navigator.webdriver=true under automation; this feature switch turns it off.
HIDE_AUTOMATION_ARG = "--disable-blink-features=AutomationControlled"

DESKTOP_VIEWPORT: dict[str, int] = {"width": 1280, "height": 720}

# System browsers, in order of preference. Names are looked up on PATH; absolute paths are
# checked as they are.
SYSTEM_CANDIDATES: tuple[str, ...] = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
    "/usr/bin/chromium",
    "/snap/bin/chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
)

_HOW_TO_GET_ONE = (
    "install one with `python -m playwright install chromium`, or the system package "
    "(`sudo apt-get install chromium` / Google Chrome), or set CONSENTINEL_BROWSER=/path/to/chrome"
)


class BrowserNotFoundError(RuntimeError):
    """No usable Chromium: the message says how to get one."""


@dataclass(frozen=True, slots=True)
class BrowserChoice:
    """Which browser will run: ``executable`` None means Playwright's own Chromium."""

    executable: str | None
    source: str  # "CONSENTINEL_BROWSER" | "playwright" | "system"


@dataclass(slots=True)
class BrowserSettings:
    """How to launch. ``executable`` overrides the search (as CONSENTINEL_BROWSER does)."""

    headless: bool = True
    hide_automation: bool = True
    executable: str | None = None
    extra_args: Sequence[str] = field(default_factory=tuple)


def _is_executable(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)


def find_browser(playwright: Playwright) -> BrowserChoice:
    """Pick a Chromium: CONSENTINEL_BROWSER, then Playwright's own, then a system install."""
    env_path = os.environ.get(ENV_BROWSER)
    if env_path:
        if not _is_executable(env_path):
            raise BrowserNotFoundError(
                f"{ENV_BROWSER}={env_path} is not an executable file; fix the path or unset it and "
                f"{_HOW_TO_GET_ONE}"
            )
        return BrowserChoice(env_path, ENV_BROWSER)
    try:
        own = playwright.chromium.executable_path
    except Exception:  # Playwright raises when its registry has no entry for this platform
        own = ""
    if own and _is_executable(own):
        return BrowserChoice(None, "playwright")
    for candidate in SYSTEM_CANDIDATES:
        found = candidate if os.path.isabs(candidate) else shutil.which(candidate)
        if found and _is_executable(found):
            return BrowserChoice(found, "system")
    raise BrowserNotFoundError(f"no Chromium or Chrome found; {_HOW_TO_GET_ONE}")


def sandbox_blocker() -> str | None:
    """Why Chromium's sandbox cannot run here, as far as is known before launching; None: try it."""
    if sys.platform.startswith("linux") and hasattr(os, "geteuid") and os.geteuid() == 0:
        return "running as root, where Chromium refuses it"
    return None


def userns_disabled() -> bool:
    """Whether the kernel forbids unprivileged user namespaces (see :data:`USERNS_SWITCHES`)."""
    for path, off in USERNS_SWITCHES:
        try:
            if Path(path).read_text(encoding="ascii").strip() == off:
                return True
        except OSError:
            continue
    return False


def sandbox_warning(reason: str) -> str:
    """The sentence the report and the terminal show when the sandbox was off."""
    return (f"Chromium ran without its sandbox ({reason}); a hostile page was one browser bug away "
            "from this machine: run as a normal user with user namespaces enabled")


def launch_args(settings: BrowserSettings, *, sandbox: bool | None = None) -> list[str]:
    """The command-line flags for a launch (separate so tests and reports can show them).

    ``sandbox`` None means "if :func:`sandbox_blocker` sees nothing against it".
    """
    args = list(BASE_ARGS)
    if not (sandbox_blocker() is None if sandbox is None else sandbox):
        args.append(NO_SANDBOX_ARG)
    if os.environ.get(ENV_TEST_HOST_RULES) == "1":
        args.append(TEST_HOST_RULES_ARG)
    if settings.hide_automation:
        args.append(HIDE_AUTOMATION_ARG)
    args.extend(settings.extra_args)
    return args


def launch_browser(
    playwright: Playwright,
    settings: BrowserSettings | None = None,
    choice: BrowserChoice | None = None,
) -> Browser:
    """Launch Chromium with the product's flags; raises BrowserNotFoundError if there is none."""
    return launch_with_sandbox_report(playwright, settings, choice)[0]


def launch_with_sandbox_report(
    playwright: Playwright,
    settings: BrowserSettings | None = None,
    choice: BrowserChoice | None = None,
) -> tuple[Browser, str | None]:
    """Launch sandboxed where possible; returns the browser and, if the sandbox is off, why.

    Where nothing is known against the sandbox it is tried first; a launch that fails because
    no sandbox could be set up is repeated without one (and the reason returned for the report).
    """
    blocker = sandbox_blocker()
    if blocker is None:
        try:
            return _launch(playwright, settings, choice, sandbox=True), None
        except PlaywrightError as exc:
            if "sandbox" not in str(exc).lower():
                raise
            blocker = ("unprivileged user namespaces are disabled" if userns_disabled()
                       else "no usable sandbox on this system")
    return _launch(playwright, settings, choice, sandbox=False), blocker


def _launch(playwright: Playwright, settings: BrowserSettings | None, choice: BrowserChoice | None, *,
            sandbox: bool) -> Browser:
    settings = settings or BrowserSettings()
    if settings.executable:
        if not _is_executable(settings.executable):
            raise BrowserNotFoundError(
                f"browser {settings.executable} is not an executable file; {_HOW_TO_GET_ONE}"
            )
        executable: str | None = settings.executable
    else:
        executable = (choice or find_browser(playwright)).executable
    # Playwright itself adds --no-sandbox unless chromium_sandbox is set: say what we mean.
    kwargs: dict[str, Any] = {"headless": settings.headless, "args": launch_args(settings, sandbox=sandbox),
                              "chromium_sandbox": sandbox}
    if executable:
        kwargs["executable_path"] = executable
    if settings.hide_automation:
        kwargs["ignore_default_args"] = ["--enable-automation"]
    return playwright.chromium.launch(**kwargs)


def connect_browser(playwright: Playwright, ws_endpoint: str, timeout_ms: float = 30_000) -> Browser:
    """A remote Chromium served by ``playwright run-server`` (``--browser-ws ws://host:port/``).

    The server launches the browser and its flags; its Playwright version must match this one's
    (Playwright refuses other versions), so an unreachable or mismatched server is a setup error.
    """
    try:
        return playwright.chromium.connect(ws_endpoint, timeout=timeout_ms)
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BrowserNotFoundError(
            f"cannot use the remote browser at {ws_endpoint} ({first}); start `playwright run-server` "
            f"there with the same Playwright version as here"
        ) from None


def device_names(playwright: Playwright) -> list[str]:
    """Every device name accepted by :func:`new_context` (Playwright's descriptors + Desktop)."""
    return [DESKTOP, *sorted(playwright.devices)]


def device_descriptor(playwright: Playwright, device: str | None) -> dict[str, Any]:
    """Context options for a device name (case-insensitive); Desktop/None is 1280x720."""
    if device is None or device.strip().lower() == DESKTOP.lower():
        return {"viewport": dict(DESKTOP_VIEWPORT)}
    name = resolve_device(device)  # the one registry: same names and message as --device
    if name not in playwright.devices:  # the registry read another Playwright's list
        raise UnknownDeviceError(f"unknown device '{device}' (not in this Playwright's descriptors)")
    descriptor = dict(playwright.devices[name])
    # We always drive Chromium: an iPhone descriptor's webkit default only says what the real
    # device runs; its viewport, user agent, touch and scale factor are what pages react to.
    descriptor.pop("default_browser_type", None)
    return descriptor


def new_context(
    browser: Browser,
    playwright: Playwright,
    *,
    device: str | None = None,
    locale: str | None = None,
    timezone: str | None = None,
    **extra: Any,
) -> BrowserContext:
    """A fresh context (own cookies and storage) emulating ``device``, ``locale``, ``timezone``."""
    options = device_descriptor(playwright, device)
    if locale:
        options["locale"] = locale
    if timezone:
        options["timezone_id"] = timezone
    options["accept_downloads"] = False  # a page's downloads are refused (and recorded by evaluate)
    options.update(extra)
    return browser.new_context(**options)


def browser_version_line(browser: Browser, choice: BrowserChoice | None = None) -> str:
    """One line for reports, e.g. ``chromium 156.0.8078.108 (/usr/bin/chromium)``."""
    where = "playwright's chromium"
    if choice is not None and choice.executable:
        where = str(Path(choice.executable))
    return f"{browser.browser_type.name} {browser.version} ({where})"


__all__ = [
    "BrowserChoice",
    "BrowserNotFoundError",
    "BrowserSettings",
    "UnknownDeviceError",
    "browser_version_line",
    "connect_browser",
    "device_descriptor",
    "device_names",
    "find_browser",
    "launch_args",
    "launch_browser",
    "launch_with_sandbox_report",
    "new_context",
    "sandbox_blocker",
    "sandbox_warning",
]


ContextFactory = Callable[..., BrowserContext]


def context_factory(target: Any, *, device: str | None = None, locale: str | None = None,
                    timezone: str | None = None, **fixed: Any) -> ContextFactory:
    """A maker of fresh contexts for a ``consentinel.gather.runner.Session`` or a bare ``Browser``.

    Exploration and tracking phases each need a fresh context (no cookies from another path)
    with the same device, locale and timezone. ``fixed`` options (e.g. ``storage_state``) go
    into every context; the maker's own keyword arguments (e.g. ``record_har_path``) into one.
    A bare Browser (no Playwright handle, so no device descriptors) gets a 1280x720 desktop.
    """
    browser: Browser = getattr(target, "browser", None) or target
    playwright = getattr(target, "playwright", None)

    eval_budget = getattr(getattr(target, "options", None), "eval_budget_ms", None)

    def make(**extra: Any) -> BrowserContext:
        options = {**fixed, **extra}
        if playwright is not None:
            context = new_context(browser, playwright, device=device, locale=locale, timezone=timezone,
                                  **options)
        else:
            kwargs: dict[str, Any] = {"viewport": {"width": 1280, "height": 720}, "accept_downloads": False,
                                      **options}
            if locale:
                kwargs["locale"] = locale
            if timezone:
                kwargs["timezone_id"] = timezone
            context = browser.new_context(**kwargs)
        if eval_budget:
            set_eval_budget(context, eval_budget)
        return context

    return make
