"""Masking secrets that journeys read from the environment, and cleaning text for terminals.

A journey writes ``fill: {label: Password, value: "${SHOP_PASSWORD}"}`` so the secret stays
out of the YAML. The page may then echo it back (a greeting with the e-mail, a URL query
string, an error message), and every such text ends up in reports that get attached to bug
trackers or sent to regulators. :class:`Redactor` replaces each substituted value with its
``${NAME}`` placeholder in every string the runner stores, in the forms it commonly takes on
a page: as typed, URL-encoded and HTML-escaped.

Screenshots cannot be masked this way; see the runner for what it does about pixels.

:func:`terminal_safe` is the other half of "page-derived text is escaped wherever shown": a
page title containing ``ESC[2J`` must not clear the auditor's terminal, and a right-to-left
override must not reorder the line it is printed on.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, quote_plus


class Redactor:
    """Replaces known secret values with ``${NAME}`` placeholders.

    Example::

        redactor = Redactor({"DEMO_EMAIL": "ada@example.org"})
        redactor.mask("Welcome ada@example.org")   # -> "Welcome ${DEMO_EMAIL}"
    """

    def __init__(self, secrets: Mapping[str, str] | None = None) -> None:
        self._secrets: dict[str, str] = {}
        self._pattern: re.Pattern[str] | None = None
        self._replacements: dict[str, str] = {}
        for name, value in (secrets or {}).items():
            self.add(name, value)

    def add(self, name: str, value: str) -> None:
        """Remember one substituted value; empty values cannot be masked and are ignored."""
        if not value:
            return
        self._secrets[name] = value
        placeholder = "${" + name + "}"
        for form in (value, quote(value, safe=""), quote_plus(value), html.escape(value)):
            # First writer wins so two variables with the same value keep a stable placeholder.
            self._replacements.setdefault(form, placeholder)
        # Longest first, so a value that contains another value is masked as a whole.
        forms = sorted(self._replacements, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(f) for f in forms))

    def update(self, other: Redactor) -> None:
        """Take over every secret another redactor knows (a run merges its journeys')."""
        for name, value in other._secrets.items():
            self.add(name, value)

    @property
    def names(self) -> list[str]:
        """Names of the variables being masked (for the report's ``redactions``)."""
        return sorted(self._secrets)

    @property
    def values(self) -> list[str]:
        """The secret values themselves, to cover them on screenshots; never store these."""
        return list(self._secrets.values())

    def __bool__(self) -> bool:
        return bool(self._secrets)

    def __repr__(self) -> str:  # never print the values themselves
        return f"Redactor(names={self.names!r})"

    def mask(self, text: str) -> str:
        """``text`` with every known secret (in any of its encoded forms) replaced."""
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda m: self._replacements[m.group(0)], text)

    def mask_optional(self, text: str | None) -> str | None:
        return None if text is None else self.mask(text)

    def mask_data(self, data: Any) -> Any:
        """A copy of JSON-like data (dicts, lists, strings) with every string masked.

        Dict keys are masked too: evidence dictionaries sometimes key by cookie or URL.
        """
        if self._pattern is None:
            return data
        if isinstance(data, str):
            return self.mask(data)
        if isinstance(data, Mapping):
            return {
                (self.mask(k) if isinstance(k, str) else k): self.mask_data(v) for k, v in data.items()
            }
        if isinstance(data, list | tuple):
            return [self.mask_data(v) for v in data]
        return data


# C0 controls except tab/newline, DEL, C1 controls, and the Unicode bidi controls that can
# reorder a terminal line ("Trojan Source", CVE-2021-42574).
_UNSAFE_FOR_TERMINAL = re.compile(
    "\x1b\\[[0-?]*[ -/]*[@-~]"  # whole ANSI CSI sequences first, so no "[31m" residue remains
    "|[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def terminal_safe(text: str, *, single_line: bool = False) -> str:
    """``text`` without escape sequences, control and bidi characters, for printing.

    With ``single_line`` newlines and tabs become spaces (for one-line error messages).
    """
    cleaned = _UNSAFE_FOR_TERMINAL.sub("", text)
    if single_line:
        cleaned = " ".join(cleaned.split())
    return cleaned
