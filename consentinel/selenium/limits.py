"""Plain statements of what a Selenium audit could not observe, for the outcome and the report.

Why statements and not silence: a reader comparing a Selenium audit with a Playwright one must
know which facts were out of reach (a frame WebDriver could not enter, network events WebDriver
does not expose, scripts that had to run in the page's own JavaScript world) rather than take a
missing finding for a clean result. Every statement names what was affected and why.
"""

from __future__ import annotations

# Checks a single-page Selenium audit cannot run, and why. The Playwright path runs them in
# their own phases (consent exploration, network observation); none of that is available here.
_EXPLORATION = "needs the consent-exploration phase (clicking through layers), which runs on Playwright only"
_NETWORK = "needs the page's network requests and cookies over time, which WebDriver does not expose"
UNAVAILABLE_CHECKS: dict[str, str] = {
    "no-reject-option": _EXPLORATION,
    "asymmetric-choice": _EXPLORATION,
    "consent-before-choice": _NETWORK,
    "consent-after-reject": _NETWORK,
}

NO_CDP = "this session offers no Chrome DevTools Protocol (e.g. Firefox)"
ISOLATION_OFF = "the isolated world was switched off by the caller"

SCREENSHOT_VIEWPORT_ONLY = (
    "the screenshot shows the viewport only: some findings lie outside it and this driver "
    "cannot capture a page region beyond the viewport (no Chrome DevTools Protocol)"
)


def no_isolated_world(reason: str) -> str:
    """The top-level document's scripts ran where the page's own scripts run, and why."""
    return (
        f"scripts ran in the page's own JavaScript world ({reason}), so a page that redefines "
        "built-ins could distort what was read"
    )


def cdp_refused(reason: str) -> str:
    """Why CDP could not be used although the browser is Chromium (e.g. a Grid that blocks it)."""
    return f"the session refused the Chrome DevTools Protocol: {reason}"


def unavailable_check(check_id: str) -> str:
    """Why ``check_id`` was not run by a Selenium audit."""
    return f"check {check_id} was not run: it {UNAVAILABLE_CHECKS[check_id]}"


def frame_in_page_world(index: int, url: str) -> str:
    """A frame that was read, but through WebDriver's frame switching rather than an isolated world."""
    return (
        f"frame {index} ({url or 'no URL'}) was read in its own page's JavaScript world: "
        "WebDriver enters frames by switching to them, and no isolated world is available there"
    )


def frame_unreachable(index: int, url: str, cross_origin: bool, reason: str) -> str:
    """A frame whose facts are missing from the snapshot; its checks could not see inside it."""
    kind = "cross-origin frame" if cross_origin else "frame"
    return (
        f"{kind} {index} ({url or 'no URL'}) could not be read, so no check saw its content: {reason}"
    )


def split_checks(ids: list[str] | None, snapshot_checks: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """(checks to run, checks that cannot run under Selenium) for the requested ids.

    ``None`` means every snapshot check, which never includes an unavailable one.
    """
    wanted = list(snapshot_checks) if ids is None else list(ids)
    runnable = [cid for cid in wanted if cid not in UNAVAILABLE_CHECKS]
    unavailable = [cid for cid in wanted if cid in UNAVAILABLE_CHECKS]
    return runnable, unavailable


__all__ = [
    "ISOLATION_OFF",
    "NO_CDP",
    "SCREENSHOT_VIEWPORT_ONLY",
    "UNAVAILABLE_CHECKS",
    "cdp_refused",
    "frame_in_page_world",
    "frame_unreachable",
    "no_isolated_world",
    "split_checks",
    "unavailable_check",
]
