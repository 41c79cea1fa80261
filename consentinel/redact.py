"""Masking secrets that journeys read from the environment, and cleaning text for terminals.

A journey writes ``fill: {label: Password, value: "${SHOP_PASSWORD}"}`` so the secret stays
out of the YAML. The page may then echo it back (a greeting with the e-mail, a URL query
string, an error message), and every such text ends up in reports that get attached to bug
trackers or sent to regulators. :class:`Redactor` replaces each substituted value with its
``${NAME}`` placeholder in every string the runner stores, in the forms it commonly takes on
a page or in traffic: as typed, URL-encoded, HTML-escaped, JSON-escaped and base64-encoded
(on its own, or inside a longer base64 text such as ``Authorization: Basic`` of
``user:password``).

Screenshots cannot be masked this way; see the runner for what it does about pixels.

:func:`terminal_safe` is the other half of "page-derived text is escaped wherever shown": a
page title containing ``ESC[2J`` must not clear the auditor's terminal, and a right-to-left
override must not reorder the line it is printed on.
"""

from __future__ import annotations

import base64
import html
import json
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
        for form in encoded_forms(value):
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


# Shortest run of base64 characters taken as a secret's trace inside a longer base64 text;
# shorter runs would match unrelated text by chance.
MIN_BASE64_CORE = 6


def _base64_forms(value: str) -> list[str]:
    """The base64 (standard and URL-safe) texts that betray ``value``.

    Inside a longer encoded text the secret may start at any of three byte offsets; for each
    only the characters fully determined by the secret's own bytes are kept (the first one to
    three mix in the bytes before it, the last ones the bytes after it).
    """
    raw = value.encode("utf-8")
    forms = [base64.b64encode(raw).decode("ascii")]
    for offset in range(3):
        total = offset + len(raw)
        encoded = base64.b64encode(b"\0" * offset + raw).decode("ascii")
        front = (0, 2, 3)[offset]
        back = 4 * (total // 3) + (0, 1, 2)[total % 3]
        core = encoded[front:back]
        if len(core) >= MIN_BASE64_CORE:
            forms.append(core)
    safe = [f.translate(str.maketrans("+/", "-_")) for f in forms]
    return [*forms, *safe]


def encoded_forms(value: str) -> list[str]:
    """Every form of ``value`` the redactor looks for, the value itself first."""
    json_escaped = json.dumps(value)[1:-1]
    forms = [value, quote(value, safe=""), quote_plus(value), html.escape(value), json_escaped,
             json.dumps(value, ensure_ascii=False)[1:-1], json_escaped.replace("/", "\\/"),
             *_base64_forms(value)]
    return list(dict.fromkeys(forms))


# C0 controls except tab/newline, DEL, C1 controls, and the Unicode bidi controls that can
# reorder a line ("Trojan Source", CVE-2021-42574): embeddings and overrides (U+202A-202E),
# isolates (U+2066-2069) and the marks U+200E, U+200F and U+061C.
CONTROL_AND_BIDI = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE_FOR_TERMINAL = re.compile(
    "\x1b\\[[0-?]*[ -/]*[@-~]"  # whole ANSI CSI sequences first, so no "[31m" residue remains
    f"|[{CONTROL_AND_BIDI}]"
)
_UNSAFE_IN_REPORTS = re.compile(f"[{CONTROL_AND_BIDI}]")
_CARRIAGE_RETURN = re.compile("\r\n?")


def neutralise(text: str) -> str:
    """``text`` with every control and bidi character shown as a visible ``[U+202E]``.

    For report fields (JSON, HTML, SARIF, JUnit): the reader learns the page used such a
    character, and it can no longer reorder, hide or overwrite what is printed around it. A
    carriage return (or CRLF) becomes a newline; tab and newline stay.
    """
    if not text:
        return text
    text = _CARRIAGE_RETURN.sub("\n", text)
    return _UNSAFE_IN_REPORTS.sub(lambda m: f"[U+{ord(m.group(0)):04X}]", text)


def neutralise_data(data: Any) -> Any:
    """A copy of JSON-like data with :func:`neutralise` applied to every string, keys included."""
    if isinstance(data, str):
        return neutralise(data)
    if isinstance(data, Mapping):
        return {neutralise_data(k): neutralise_data(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [neutralise_data(v) for v in data]
    return data


def terminal_safe(text: str, *, single_line: bool = False) -> str:
    """``text`` without escape sequences, control and bidi characters, for printing.

    With ``single_line`` newlines and tabs become spaces (for one-line error messages).
    """
    cleaned = _UNSAFE_FOR_TERMINAL.sub("", text)
    if single_line:
        cleaned = " ".join(cleaned.split())
    return cleaned
