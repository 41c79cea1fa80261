"""``${NAME}`` substitution from the environment, recording what was substituted.

Journeys keep credentials and per-environment values out of the file:
``fill: {label: Email, value: "${DEMO_EMAIL}"}``. Every substituted value is handed to a
:class:`~consentinel.redact.Redactor` so it never reaches a report in clear text.
``$${`` writes a literal ``${`` (for pages whose text genuinely contains it).

Only some names may be read: those starting ``CONSENTINEL_`` and those the person running the
journeys allows by name (``--allow-env NAME``, ``--consent-allow-env NAME``). A contributed
journey must not be able to read ``$GITHUB_TOKEN`` (or any other secret of the CI runner)
and send it to a page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# POSIX-style variable names; anything else inside ${...} is a mistake worth reporting.
_REFERENCE = re.compile(r"\$\$\{|\$\{([^}]*)\}?")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
# Variables a journey may always read; anything else needs an explicit allowance.
ALLOWED_PREFIX = "CONSENTINEL_"


def env_name_allowed(name: str, allowed: Iterable[str] = ()) -> bool:
    """Whether a journey may read ``name``: ``CONSENTINEL_*``, or named in ``allowed``."""
    return name.startswith(ALLOWED_PREFIX) or name in set(allowed)


@dataclass(slots=True)
class Substitution:
    """The outcome of substituting one string."""

    text: str
    used: dict[str, str] = field(default_factory=dict)  # name -> value that was put in
    problems: list[str] = field(default_factory=list)  # one message per bad reference


def substitute(text: str, environ: Mapping[str, str], allowed: Iterable[str] | None = None) -> Substitution:
    """Replace each ``${NAME}`` in ``text`` with ``environ[NAME]``.

    An unset variable, a name that is not allowed or a malformed reference is a problem (the
    caller turns it into a ``file:line`` error); it is never silently replaced by an empty
    string, because an empty password field fails far away from its cause. ``allowed`` is the
    extra names (besides ``CONSENTINEL_*``) that may be read; ``None`` lifts the rule (for
    callers substituting values they chose themselves).
    """
    extra = None if allowed is None else frozenset(allowed)
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
        if extra is not None and not env_name_allowed(name, extra):
            result.problems.append(
                f"environment variable {name} may not be read by a journey (only {ALLOWED_PREFIX}* "
                f"names; allow it with --allow-env {name})")
            return whole
        if name not in environ:
            result.problems.append(f"environment variable {name} is not set (referenced as ${{{name}}})")
            return whole
        value = environ[name]
        result.used[name] = value
        return value

    result.text = _REFERENCE.sub(replace, text)
    return result
