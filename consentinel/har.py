"""HAR files fit to hand over: credentials removed, a journey's secrets masked.

A HAR records every header of every request and response. As Chromium writes it, it holds the
visitor's session cookies (``Cookie``, ``Set-Cookie``, the ``cookies`` arrays), bearer tokens
and basic-auth passwords (``Authorization``), and whatever secret a journey typed that a page
then sent on (in a URL, a form post, a JSON body). Reports and their HARs go to bug trackers
and regulators, so by default:

* the *values* of ``Cookie``, ``Set-Cookie``, ``Authorization`` and ``Proxy-Authorization``
  headers and of every entry of a ``cookies`` array are replaced by :data:`REMOVED`; cookie
  names, ``Set-Cookie`` attributes (Domain, Path, Expires, HttpOnly, ...) and the auth scheme
  stay, since they are evidence (which tracker set what, for how long);
* every string goes through the journey's :class:`~consentinel.redact.Redactor`.

``--har-full`` keeps the credential values (the redactor still runs). :func:`scrub_har` is a
pure function over HAR JSON; :func:`finalise_har` rewrites a file in place.

Example::

    scrubbed = scrub_har(json.loads(text), redactor)
    finalise_har(Path("reports/x/landing.har"), redactor, keep_credentials=False)
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from consentinel.redact import Redactor

REMOVED = "[removed by consentinel]"
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization"})


def _cookie_pairs(value: str, separator: str) -> str:
    """``a=1; b=2`` -> ``a=[removed]; b=[removed]`` (names kept, values gone)."""
    parts = []
    for pair in value.split(separator):
        name, eq, _ = pair.partition("=")
        parts.append(f"{name}={REMOVED}" if eq else REMOVED if pair.strip() else pair)
    return separator.join(parts)


def _set_cookie(value: str) -> str:
    """``id=abc; Path=/; HttpOnly`` -> ``id=[removed]; Path=/; HttpOnly`` (one cookie per line)."""
    lines = []
    for line in value.split("\n"):  # Chromium joins several Set-Cookie headers with newlines
        first, sep, attributes = line.partition(";")
        name, eq, _ = first.partition("=")
        lines.append((f"{name}={REMOVED}" if eq else REMOVED) + sep + attributes)
    return "\n".join(lines)


def _authorization(value: str) -> str:
    """``Bearer abc`` -> ``Bearer [removed]``: the scheme is evidence, the credential is not."""
    scheme, space, _ = value.strip().partition(" ")
    return f"{scheme} {REMOVED}" if space else REMOVED


def _scrub_headers(headers: Any) -> None:
    if not isinstance(headers, list):
        return
    for header in headers:
        if not isinstance(header, dict) or not isinstance(header.get("value"), str):
            continue
        name = str(header.get("name", "")).lower()
        if name == "cookie":
            header["value"] = _cookie_pairs(header["value"], ";")
        elif name == "set-cookie":
            header["value"] = _set_cookie(header["value"])
        elif name in CREDENTIAL_HEADERS:
            header["value"] = _authorization(header["value"])


def _scrub_cookies(cookies: Any) -> None:
    if isinstance(cookies, list):
        for cookie in cookies:
            if isinstance(cookie, dict) and "value" in cookie:
                cookie["value"] = REMOVED


def scrub_har(har: dict[str, Any], redactor: Redactor | None = None, *,
              keep_credentials: bool = False) -> dict[str, Any]:
    """A copy of ``har`` with credential values removed (unless ``keep_credentials``) and every
    string masked by ``redactor``. Shapes it does not know are left as they are."""
    data = json.loads(json.dumps(har))  # a deep copy of plain JSON
    if not keep_credentials:
        entries = (data.get("log") or {}).get("entries") if isinstance(data, dict) else None
        for entry in entries if isinstance(entries, list) else []:
            for side in ("request", "response"):
                message = entry.get(side) if isinstance(entry, dict) else None
                if isinstance(message, dict):
                    _scrub_headers(message.get("headers"))
                    _scrub_cookies(message.get("cookies"))
    return redactor.mask_data(data) if redactor else data


def finalise_har(path: Path, redactor: Redactor | None = None, *, keep_credentials: bool = False) -> None:
    """Rewrite the HAR at ``path`` through :func:`scrub_har` (atomically; a missing file is left
    missing). A file that is not JSON is deleted rather than kept unscrubbed."""
    try:
        har = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return
    except (OSError, ValueError):
        path.unlink(missing_ok=True)
        return
    scrubbed = scrub_har(har, redactor, keep_credentials=keep_credentials)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(scrubbed, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)


__all__ = ["CREDENTIAL_HEADERS", "REMOVED", "finalise_har", "scrub_har"]
