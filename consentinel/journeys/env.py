"""``${NAME}`` substitution from the environment, recording what was substituted.

Journeys keep credentials and per-environment values out of the file:
``fill: {label: Email, value: "${DEMO_EMAIL}"}``. Every substituted value is handed to a
:class:`~consentinel.redact.Redactor` so it never reaches a report in clear text.
``$${`` writes a literal ``${`` (for pages whose text genuinely contains it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

# POSIX-style variable names; anything else inside ${...} is a mistake worth reporting.
_REFERENCE = re.compile(r"\$\$\{|\$\{([^}]*)\}?")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


@dataclass(slots=True)
class Substitution:
    """The outcome of substituting one string."""

    text: str
    used: dict[str, str] = field(default_factory=dict)  # name -> value that was put in
    problems: list[str] = field(default_factory=list)  # one message per bad reference


def substitute(text: str, environ: Mapping[str, str]) -> Substitution:
    """Replace each ``${NAME}`` in ``text`` with ``environ[NAME]``.

    An unset variable or a malformed reference is a problem (the caller turns it into a
    ``file:line`` error); it is never silently replaced by an empty string, because an empty
    password field fails far away from its cause.
    """
    result = Substitution(text)
    if "$" not in text:
        return result

    def replace(match: re.Match[str]) -> str:
        whole = match.group(0)
        if whole == "$${":
            return "${"
        name = match.group(1)
        if not whole.endswith("}"):
            result.problems.append(
                f"unterminated reference {whole!r} (write ${{NAME}}, or $${{ for a literal)")
            return whole
        if not _NAME.match(name):
            result.problems.append(f"bad variable name in {whole!r} (letters, digits and _ only)")
            return whole
        if name not in environ:
            result.problems.append(f"environment variable {name} is not set (referenced as ${{{name}}})")
            return whole
        value = environ[name]
        result.used[name] = value
        return value

    result.text = _REFERENCE.sub(replace, text)
    return result
