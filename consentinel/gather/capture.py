"""What the browser keeps for an evidence pack: the DOM of each audited step as MHTML (taken by
``audit(..., mhtml=True)`` on the page it judged, written here), and an
optional Playwright trace of each journey.

MHTML (CDP ``Page.captureSnapshot``) is one file holding the document and its subresources as
the browser had them at the audit, so the page state can be reopened offline. Secrets of the
journey are masked in it as in every other output; since MHTML encodes its parts
(quoted-printable splits lines, base64 hides text), the masked file is decoded and checked
again, and withheld (recorded as an evidence gap) if any secret survives.
"""

from __future__ import annotations

import contextlib
import email
from pathlib import Path
from typing import TYPE_CHECKING, Any

from playwright.sync_api import BrowserContext, Page
from playwright.sync_api import Error as PlaywrightError

from consentinel.gather.evaluate import evaluate_script

if TYPE_CHECKING:
    from consentinel.gather.runner import StepContext

TRACE_NAME = "trace.zip"


def capture_mhtml(page: Page) -> str:
    """The page as MHTML text, from the browser itself (nothing runs in the page)."""
    session = page.context.new_cdp_session(page)
    try:
        return str(session.send("Page.captureSnapshot", {"format": "mhtml"})["data"])
    finally:
        with contextlib.suppress(PlaywrightError):
            session.detach()


def save_step_mhtml(ctx: StepContext, outcome: Any, stem: str) -> None:
    """Write the MHTML an audit took (``outcome.mhtml``) as ``<stem>.mhtml`` beside its screenshot.

    The audit captures it on the page it judged, which for an explored layer is not the
    journey's page, so it is never re-taken here. Secrets are masked like every other output.
    """
    text = getattr(outcome, "mhtml", None)
    if not text:
        return
    masked = ctx.redactor.mask(text)
    if leaks_secret(masked, ctx.redactor.values):
        gaps = ctx.result.extra.setdefault("evidence_errors", [])
        gaps.append("MHTML withheld: an encoded part still holds a journey secret")
        return
    path = ctx.artifacts_dir / f"{stem}.mhtml"
    path.write_text(masked, encoding="utf-8")
    ctx.result.extra["mhtml"] = path.relative_to(ctx.options.out_dir).as_posix()


def leaks_secret(mhtml: str, secrets: list[str]) -> bool:
    """Whether any secret appears in a decoded part of ``mhtml`` (or in its raw text)."""
    if not secrets:
        return False
    if any(secret in mhtml for secret in secrets):
        return True
    wanted = [secret.encode("utf-8") for secret in secrets]
    for part in email.message_from_string(mhtml).walk():
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and any(secret in payload for secret in wanted):
            return True
    return False


def describe_context(page: Page) -> dict[str, Any]:
    """Viewport and user agent of a fresh context's first page (still about:blank, no site script)."""
    info: dict[str, Any] = {"viewport": page.viewport_size}
    with contextlib.suppress(PlaywrightError):
        info["user_agent"] = evaluate_script(page, "user_agent")
    return info


def start_trace(context: BrowserContext, options: Any) -> None:
    """Start a Playwright trace of this journey when ``--trace`` is on."""
    if getattr(options, "trace", False):
        context.tracing.start(screenshots=True, snapshots=True, sources=False)


def stop_trace(context: BrowserContext, options: Any, folder: Path) -> None:
    """Save the journey's trace as ``<journey folder>/trace.zip`` (best effort)."""
    if getattr(options, "trace", False):
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(PlaywrightError):
            context.tracing.stop(path=str(folder / TRACE_NAME))
