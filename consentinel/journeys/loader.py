"""Load and validate journey files: every problem in every file, each as ``path:line: ...``.

Validation happens before any browser starts, and it is exhaustive rather than fail-fast: a
CI log that lists all five typos at once saves four round trips. Each verb has a validator in
:data:`STEP_VALIDATORS` (kind -> function), so adding a verb means adding one function and one
table entry; the runner has the matching table of executors.

Example::

    journeys = load_journeys([Path("flows")])     # raises JourneyError(errors=[...])
"""

from __future__ import annotations

import os
import re
import zoneinfo
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from consentinel.devices import canonical_device, device_names, did_you_mean
from consentinel.journeys.env import substitute
from consentinel.journeys.model import (
    DEFAULT_DEVICE,
    STEP_KINDS,
    TARGET_STRATEGIES,
    Expectation,
    Journey,
    JourneyError,
    Step,
    Target,
)
from consentinel.journeys.yamlnodes import YamlSyntaxError, YMap, YNode, YScalar, YSeq, parse_yaml, type_name
from consentinel.redact import Redactor

VOCABULARY_VERSION = 1
TOP_LEVEL_KEYS = ("version", "name", "description", "base_url", "start", "device", "locale", "timezone",
                  "steps")
TARGET_MODIFIERS = ("name", "exact", "nth", "frame", "timeout")
JOURNEY_SUFFIXES = (".yaml", ".yml")
# Schemes a journey may navigate to. javascript: would run code and data: pages are
# arbitrary documents: a journey's vocabulary is closed, so neither is allowed. file: reads the
# auditing machine's own files, so it needs --allow-file-urls (FILE_SCHEME).
ALLOWED_URL_SCHEMES = ("http", "https", "file", "about")
FILE_SCHEME = "file"
# Largest journey file read (bytes). The longest real journeys are a few kilobytes; anything
# near this is a mistake or an attack, refused before it is read or parsed.
MAX_JOURNEY_BYTES = 256 * 1024
GOTO_WAIT_UNTIL = ("load", "domcontentloaded", "networkidle", "commit")
WAIT_STATES = ("visible", "hidden", "attached", "detached")
# Upper bound for `wait: {ms: ...}` and `timeout:` so a typo (an extra zero or three) fails
# validation instead of hanging CI for hours: ten minutes.
MAX_WAIT_MS = 600_000
NO_FINDINGS = "no findings"

# ARIA roles Playwright's get_by_role accepts (playwright.sync_api AriaRole), so a typo in
# `role:` is caught before the browser starts.
ARIA_ROLES = frozenset("""
alert alertdialog application article banner blockquote button caption cell checkbox code
columnheader combobox complementary contentinfo definition deletion dialog directory document
emphasis feed figure form generic grid gridcell group heading img insertion link list listbox
listitem log main marquee math meter menu menubar menuitem menuitemcheckbox menuitemradio
navigation none note option paragraph presentation progressbar radio radiogroup region row
rowgroup rowheader scrollbar search searchbox separator slider spinbutton status strong
subscript superscript switch tab table tablist tabpanel term textbox time timer toolbar
tooltip tree treegrid treeitem""".split())

_LOCALE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*\Z")


def known_devices() -> tuple[str, ...]:
    """Device names a journey's ``device:`` accepts (see :mod:`consentinel.devices`)."""
    return device_names()


def taxonomy_ids() -> tuple[str, ...]:
    """Every check id of the shared taxonomy, implemented here or not (from the registry's list)."""
    from consentinel import checks

    modules: Iterable[str] = getattr(checks, "_CHECK_MODULES", ())
    return tuple(name.replace("_", "-") for name in modules)


class _FileContext:
    """Errors and substituted secrets for one file being validated, under the run's rules."""

    def __init__(self, path: Path, environ: Mapping[str, str], allow_env: Iterable[str] = (),
                 allow_file_urls: bool = False) -> None:
        self.path = path
        self.environ = environ
        self.allow_env = frozenset(allow_env)
        self.allow_file_urls = allow_file_urls
        self.errors: list[str] = []
        self.redactor = Redactor()

    def error(self, line: int, message: str) -> None:
        self.errors.append(f"{self.path}:{line}: {message}")

    # -- scalar readers: each returns None (after recording an error) when the node is wrong --

    def text(self, node: YNode, what: str, *, numbers_ok: bool = False, empty_ok: bool = False) -> str | None:
        """A string value with ``${NAME}`` substituted; numbers allowed where text is meant."""
        if isinstance(node, YScalar):
            value = node.value
            if numbers_ok and isinstance(value, int | float) and not isinstance(value, bool):
                return str(value)
            if isinstance(value, str):
                result = substitute(value, self.environ, self.allow_env)
                for problem in result.problems:
                    self.error(node.line, f"{what}: {problem}")
                if result.problems:
                    return None
                for name, secret in result.used.items():
                    self.redactor.add(name, secret)
                if not result.text.strip() and not empty_ok:
                    self.error(node.line, f"{what} must not be empty")
                    return None
                return result.text
        self.error(node.line, f"{what} must be a string, not {type_name(node)}")
        return None

    def integer(self, node: YNode, what: str, *, minimum: int | None = 0, maximum: int | None = None
                ) -> int | None:
        if isinstance(node, YScalar) and isinstance(node.value, int) and not isinstance(node.value, bool):
            if minimum is not None and node.value < minimum:
                self.error(node.line, f"{what} must be at least {minimum}, not {node.value}")
                return None
            if maximum is not None and node.value > maximum:
                self.error(node.line, f"{what} must be at most {maximum}, not {node.value}")
                return None
            return node.value
        self.error(node.line, f"{what} must be a whole number, not {type_name(node)}")
        return None

    def boolean(self, node: YNode, what: str) -> bool | None:
        if isinstance(node, YScalar) and isinstance(node.value, bool):
            return node.value
        self.error(node.line, f"{what} must be true or false, not {type_name(node)}")
        return None

    def choice(self, node: YNode, what: str, options: Iterable[str]) -> str | None:
        options = tuple(options)
        value = self.text(node, what)
        if value is None:
            return None
        if value not in options:
            self.error(node.line, f"{what} must be one of {', '.join(options)}, not '{value}'"
                       + did_you_mean(value, options))
            return None
        return value

    def mapping(self, node: YNode, what: str, allowed: Iterable[str]) -> YMap | None:
        """A mapping whose keys are all in ``allowed`` (each unknown key is an error)."""
        if not isinstance(node, YMap):
            self.error(node.line, f"{what} must be a mapping, not {type_name(node)}")
            return None
        allowed = tuple(allowed)
        for key, line in node.duplicates:
            self.error(line, f"duplicate key '{key}' in {what}")
        for key, line, _ in node.entries:
            if key not in allowed:
                self.error(line, f"unknown key '{key}' in {what}{did_you_mean(key, allowed)}"
                           f"; allowed: {', '.join(allowed)}")
        return node

    def url(self, node: YNode, what: str) -> str | None:
        """A URL whose scheme and host are written out in the file, never taken from ``${NAME}``."""
        if isinstance(node, YScalar) and isinstance(node.value, str) and not self._origin_literal(node, what):
            return None
        value = self.text(node, what)
        if value is None:
            return None
        scheme = urlsplit(value).scheme.lower()
        if scheme and len(scheme) > 1 and scheme not in ALLOWED_URL_SCHEMES:  # len>1: not C:\ paths
            self.error(node.line, f"{what}: URL scheme '{scheme}:' is not allowed "
                       f"(use {', '.join(s + ':' for s in ALLOWED_URL_SCHEMES)})")
            return None
        if scheme == FILE_SCHEME and not self.allow_file_urls:
            self.error(node.line, f"{what}: file: URLs read this machine's files; "
                       "pass --allow-file-urls to allow them")
            return None
        return value

    def _origin_literal(self, node: YScalar, what: str) -> bool:
        """``${NAME}`` may fill a path or query, never the scheme or host (a journey could send
        a secret to any host). Checked on the text as written, and again with every reference
        blanked versus filled in, which catches ``/${P}`` becoming ``//evil.example``."""
        raw = node.value
        if "${" not in raw.replace("$${", ""):
            return True
        literal = raw.replace("$${", "")
        if literal.startswith("${") or literal.find("${") < _origin_end(literal):
            self.error(node.line, f"{what}: ${{NAME}} is not allowed in a URL's scheme or host; "
                       "write the origin out (or pass it as --base-url) and use ${NAME} in the path")
            return False
        filled = substitute(raw, self.environ, self.allow_env)
        if filled.problems:
            return True  # reported by text() with the same wording as everywhere else
        blank = substitute(raw, {name: "" for name in filled.used})
        before, after = urlsplit(blank.text), urlsplit(filled.text)
        if (before.scheme.lower(), before.netloc.lower()) != (after.scheme.lower(), after.netloc.lower()):
            names = ", ".join(sorted(filled.used))
            self.error(node.line, f"{what}: the value of {names} changes the URL's scheme or host; "
                       "${NAME} may only fill a path or query")
            return False
        return True

    def check_ids(self, node: YNode, what: str) -> list[str] | None:
        """A non-empty list of implemented check ids."""
        if not isinstance(node, YSeq):
            self.error(node.line, f"{what} must be a list of check ids, not {type_name(node)}")
            return None
        if not node.items:
            self.error(node.line, f"{what} must name at least one check id")
            return None
        ids: list[str] = []
        ok = True
        for item in node.items:
            cid = self.text(item, f"check id in {what}")
            if cid is None or not self._known_check(cid, item.line):
                ok = False
            elif cid in ids:
                self.error(item.line, f"check id '{cid}' is listed twice in {what}")
                ok = False
            else:
                ids.append(cid)
        return ids if ok else None

    def _known_check(self, cid: str, line: int) -> bool:
        from consentinel.checks import ALL_CHECKS

        if cid in ALL_CHECKS:
            return True
        if cid in taxonomy_ids():
            self.error(line, f"check '{cid}' is not implemented in this version")
        else:
            self.error(line, f"unknown check id '{cid}'{did_you_mean(cid, taxonomy_ids() or ALL_CHECKS)}")
        return False

    def expectation(self, node: YNode, what: str) -> Expectation | None:
        if isinstance(node, YScalar) and isinstance(node.value, str):
            if node.value.strip().lower() == NO_FINDINGS:
                return Expectation(())
            self.error(node.line, f"{what} must be '{NO_FINDINGS}' or a list of check ids, "
                       f"not '{node.value}'")
            return None
        if isinstance(node, YSeq):
            ids = self.check_ids(node, what)
            return None if ids is None else Expectation(tuple(ids))
        self.error(node.line, f"{what} must be '{NO_FINDINGS}' or a list of check ids, not {type_name(node)}")
        return None


# ---------------------------------------------------------------------------------------------
# Step validators: (ctx, verb node, state) -> (args, label) or None after recording errors.
# ---------------------------------------------------------------------------------------------


class _JourneyState:
    """What step validators need to know about the journey so far."""

    def __init__(self) -> None:
        self.last_audit_checks: list[str] | None = None  # checks: of the latest audit step
        self.has_audit = False
        self.last_audit_verb = "audit"


StepValidator = Callable[[_FileContext, YNode, _JourneyState], tuple[dict[str, Any], str] | None]


def _target(ctx: _FileContext, node: YNode, verb: str, extra: Iterable[str] = ()) -> Target | None:
    """Validate a target mapping: exactly one strategy, modifiers, and verb-specific extras."""
    extra = tuple(extra)
    allowed = (*TARGET_STRATEGIES, *TARGET_MODIFIERS, *extra)
    what = f"'{verb}' target"
    if isinstance(node, YScalar) and isinstance(node.value, str):
        ctx.error(node.line, f"{what} must be a mapping such as {{text: {node.value}}} or "
                  f"{{role: button, name: {node.value}}}")
        return None
    mapping = ctx.mapping(node, what, allowed)
    if mapping is None:
        return None
    strategies = [k for k in mapping if k in TARGET_STRATEGIES]
    if len(strategies) != 1:
        found = f"found {', '.join(strategies)}" if strategies else "found none"
        ctx.error(mapping.line, f"{what} needs exactly one of {', '.join(TARGET_STRATEGIES)} ({found})")
        return None
    by = strategies[0]
    value_node = mapping.get(by)
    assert value_node is not None
    value = ctx.text(value_node, f"'{by}'", numbers_ok=True)
    if value is None:
        return None
    if by == "role" and value not in ARIA_ROLES:
        ctx.error(value_node.line, f"unknown ARIA role '{value}'{did_you_mean(value, ARIA_ROLES)}")
        return None
    fields: dict[str, Any] = {}
    ok = True
    for key in TARGET_MODIFIERS:
        sub = mapping.get(key)
        if sub is None:
            continue
        if key == "name":
            if by != "role":
                ctx.error(mapping.key_line(key), f"'name' only refines 'role' (this target uses '{by}')")
                ok = False
                continue
            fields["name"] = ctx.text(sub, "'name'", numbers_ok=True)
        elif key == "exact":
            fields["exact"] = ctx.boolean(sub, "'exact'")
        elif key == "nth":
            fields["nth"] = ctx.integer(sub, "'nth'", minimum=None)
        elif key == "frame":
            fields["frame"] = ctx.text(sub, "'frame'")
        elif key == "timeout":
            fields["timeout_ms"] = ctx.integer(sub, "'timeout' (ms)", minimum=1, maximum=MAX_WAIT_MS)
        if fields.get(key if key != "timeout" else "timeout_ms") is None:
            ok = False
    if not ok:
        return None
    return Target(by=by, value=value, **fields)


def _plain_target_step(verb: str) -> StepValidator:
    def validate(ctx: _FileContext, node: YNode, state: _JourneyState) -> tuple[dict[str, Any], str] | None:
        target = _target(ctx, node, verb)
        return None if target is None else ({"target": target}, f"{verb} {target.describe()}")

    return validate


def _goto(ctx: _FileContext, node: YNode, state: _JourneyState) -> tuple[dict[str, Any], str] | None:
    if isinstance(node, YMap):
        mapping = ctx.mapping(node, "'goto'", ("url", "wait_until", "timeout"))
        url_node = mapping.get("url") if mapping else None
        if mapping is None:
            return None
        if url_node is None:
            ctx.error(node.line, "'goto' needs 'url'")
            return None
        args: dict[str, Any] = {"url": ctx.url(url_node, "'goto' url"), "wait_until": "load",
                                "timeout_ms": None}
        if (wait := mapping.get("wait_until")) is not None:
            args["wait_until"] = ctx.choice(wait, "'wait_until'", GOTO_WAIT_UNTIL)
        if (timeout := mapping.get("timeout")) is not None:
            args["timeout_ms"] = ctx.integer(timeout, "'timeout' (ms)", minimum=1, maximum=MAX_WAIT_MS)
            if args["timeout_ms"] is None:
                return None
        if args["url"] is None or args["wait_until"] is None:
            return None
        return args, f"goto {args['url']}"
    url = ctx.url(node, "'goto'")
    return None if url is None else ({"url": url, "wait_until": "load", "timeout_ms": None}, f"goto {url}")


def _fill(ctx: _FileContext, node: YNode, state: _JourneyState) -> tuple[dict[str, Any], str] | None:
    target = _target(ctx, node, "fill", extra=("value",))
    if target is None:
        return None
    value_node = node.get("value") if isinstance(node, YMap) else None
    if value_node is None:
        ctx.error(node.line, "'fill' needs 'value' (the text to type; use \"\" to clear the field)")
        return None
    value = ctx.text(value_node, "'value'", numbers_ok=True, empty_ok=True)
    # The label never shows the value: it may be a secret, and the report shows the label.
    return None if value is None else ({"target": target, "value": value}, f"fill {target.describe()}")


def _select(ctx: _FileContext, node: YNode, state: _JourneyState) -> tuple[dict[str, Any], str] | None:
    target = _target(ctx, node, "select", extra=("value",))
    if target is None:
        return None
    value_node = node.get("value") if isinstance(node, YMap) else None
    if value_node is None:
        ctx.error(node.line, "'select' needs 'value' (an option's value or label, or a list of them)")
        return None
    if isinstance(value_node, YSeq):
        values = [ctx.text(item, "'value'", numbers_ok=True) for item in value_node.items]
        if not values or any(v is None for v in values):
            if not values:
                ctx.error(value_node.line, "'value' list must not be empty")
            return None
        return {"target": target, "values": values}, f"select {target.describe()}"
    value = ctx.text(value_node, "'value'", numbers_ok=True)
    return None if value is None else ({"target": target, "values": [value]}, f"select {target.describe()}")


def _press(ctx: _FileContext, node: YNode, state: _JourneyState) -> tuple[dict[str, Any], str] | None:
    """``{key: Enter}`` presses on whatever has focus; with a target, on that element."""
    target: Target | None = None
    if isinstance(node, YMap) and any(k in TARGET_STRATEGIES for k in node):
        target = _target(ctx, node, "press", extra=("key",))  # validates every key once
        mapping: YMap | None = node
    elif isinstance(node, YMap) and any(k in TARGET_MODIFIERS for k in node):
        ctx.error(node.line, f"'press' target modifiers need a target: one of {', '.join(TARGET_STRATEGIES)}")
        return None
    else:
        mapping = ctx.mapping(node, "'press'", ("key",))
    if mapping is None:
        return None
    key_node = mapping.get("key")
    if key_node is None:
        ctx.error(node.line, "'press' needs 'key' (for example Enter, Tab, Escape, Control+A)")
        return None
    key = ctx.text(key_node, "'key'", numbers_ok=True)
    if key is None or (target is None and any(k in TARGET_STRATEGIES for k in mapping)):
        return None
    label = f"press {key}" + (f" on {target.describe()}" if target else "")
    return {"key": key, "target": target}, label


def _scroll(ctx: _FileContext, node: YNode, state: _JourneyState) -> tuple[dict[str, Any], str] | None:
    if isinstance(node, YScalar):
        where = ctx.choice(node, "'scroll'", ("top", "bottom"))
        return None if where is None else ({"to": where}, f"scroll {where}")
    if isinstance(node, YMap) and "y" in node:
        mapping = ctx.mapping(node, "'scroll'", ("y",))
        y_node = mapping.get("y") if mapping else None
        y = ctx.integer(y_node, "'y' (CSS px)") if y_node is not None else None
        return None if y is None else ({"to": "y", "y": y}, f"scroll to y={y}")
    target = _target(ctx, node, "scroll")
    return None if target is None else ({"to": "target", "target": target}, f"scroll to {target.describe()}")


_WAIT_KINDS = ("selector", "text", "network", "ms")


def _wait(ctx: _FileContext, node: YNode, state: _JourneyState) -> tuple[dict[str, Any], str] | None:
    mapping = ctx.mapping(node, "'wait'", (*_WAIT_KINDS, "state", "timeout"))
    if mapping is None:
        return None
    kinds = [k for k in mapping if k in _WAIT_KINDS]
    if len(kinds) != 1:
        found = f"found {', '.join(kinds)}" if kinds else "found none"
        ctx.error(node.line, f"'wait' needs exactly one of {', '.join(_WAIT_KINDS)} ({found})")
        return None
    kind = kinds[0]
    value_node = mapping.get(kind)
    assert value_node is not None
    args: dict[str, Any] = {"for": kind, "state": "visible", "timeout_ms": None}
    if kind == "ms":
        args["ms"] = ctx.integer(value_node, "'ms'", maximum=MAX_WAIT_MS)
        label = f"wait {args['ms']} ms"
        ok = args["ms"] is not None
    elif kind == "network":
        args["network"] = ctx.choice(value_node, "'network'", ("idle",))
        label = "wait for network idle"
        ok = args["network"] is not None
    else:
        args[kind] = ctx.text(value_node, f"'{kind}'", numbers_ok=kind == "text")
        label = f"wait for {kind} \"{args[kind]}\""
        ok = args[kind] is not None
    if (state_node := mapping.get("state")) is not None:
        if kind not in ("selector", "text"):
            ctx.error(mapping.key_line("state"), "'state' only applies to 'selector' and 'text' waits")
            ok = False
        else:
            args["state"] = ctx.choice(state_node, "'state'", WAIT_STATES)
            ok = ok and args["state"] is not None
            label += f" to be {args['state']}"
    if (timeout := mapping.get("timeout")) is not None:
        if kind == "ms":
            ctx.error(mapping.key_line("timeout"), "'timeout' does not apply to a fixed 'ms' wait")
            ok = False
        else:
            args["timeout_ms"] = ctx.integer(timeout, "'timeout' (ms)", minimum=1, maximum=MAX_WAIT_MS)
            ok = ok and args["timeout_ms"] is not None
    return (args, label) if ok else None


def _audit_like(verb: str) -> StepValidator:
    """``audit``, ``explore-consent``, ``track-consent``: a label, optional ``checks:`` and ``expect:``."""

    def validate(ctx: _FileContext, node: YNode, state: _JourneyState) -> tuple[dict[str, Any], str] | None:
        args: dict[str, Any] = {"label": None, "checks": None, "expect": None}
        ok = True
        if isinstance(node, YScalar) and node.value is None:
            pass
        elif isinstance(node, YScalar):
            args["label"] = ctx.text(node, f"'{verb}' label", numbers_ok=True)
            ok = args["label"] is not None
        else:
            mapping = ctx.mapping(node, f"'{verb}'", ("label", "checks", "expect"))
            if mapping is None:
                return None
            if (label_node := mapping.get("label")) is not None:
                args["label"] = ctx.text(label_node, "'label'", numbers_ok=True)
                ok = args["label"] is not None
            if (checks_node := mapping.get("checks")) is not None:
                args["checks"] = ctx.check_ids(checks_node, "'checks'")
                ok = ok and args["checks"] is not None
            if (expect_node := mapping.get("expect")) is not None:
                args["expect"] = ctx.expectation(expect_node, "'expect'")
                ok = ok and args["expect"] is not None
                if args["expect"] is not None:
                    ok = _expect_within(ctx, expect_node, args["expect"], args["checks"], verb) and ok
        state.has_audit = True
        state.last_audit_checks = args["checks"]
        state.last_audit_verb = verb
        label = f"{verb}: {args['label']}" if args["label"] else verb
        return (args, label) if ok else None

    return validate


def _expect_within(ctx: _FileContext, node: YNode, expectation: Expectation, checks: list[str] | None,
                   verb: str) -> bool:
    """An expectation can only name checks its audit actually runs.

    An ``audit`` without ``checks:`` runs the snapshot checks only; checks that need several page
    states (prompt exploration, tracking) can never appear there, so expecting one is a mistake
    worth catching before the run rather than a puzzling "missing" afterwards.
    """
    if checks is not None:
        missing = [cid for cid in expectation.checks if cid not in checks]
        if missing:
            ctx.error(node.line, f"expects {', '.join(missing)} but the audit only runs {', '.join(checks)}")
            return False
        return True
    if verb != "audit":
        return True
    from consentinel.checks import SNAPSHOT_CHECKS

    multi_state = [cid for cid in expectation.checks if cid in taxonomy_ids() and cid not in SNAPSHOT_CHECKS]
    if multi_state:
        ctx.error(node.line, f"expects {', '.join(multi_state)}, which a plain audit does not run; use "
                  f"explore-consent or list it under 'checks:'")
        return False
    return True


def _expect(ctx: _FileContext, node: YNode, state: _JourneyState) -> tuple[dict[str, Any], str] | None:
    expectation = ctx.expectation(node, "'expect'")
    if not state.has_audit:
        ctx.error(node.line, "'expect' asserts on the previous audit, but no audit step comes before it")
        return None
    if expectation is None:
        return None
    if not _expect_within(ctx, node, expectation, state.last_audit_checks, state.last_audit_verb):
        return None
    return {"expect": expectation}, f"expect {expectation.describe()}"


STEP_VALIDATORS: dict[str, StepValidator] = {
    "goto": _goto,
    "click": _plain_target_step("click"),
    "fill": _fill,
    "check": _plain_target_step("check"),
    "uncheck": _plain_target_step("uncheck"),
    "select": _select,
    "press": _press,
    "hover": _plain_target_step("hover"),
    "scroll": _scroll,
    "wait": _wait,
    "audit": _audit_like("audit"),
    "expect": _expect,
    "explore-consent": _audit_like("explore-consent"),
    "track-consent": _audit_like("track-consent"),
}
assert set(STEP_VALIDATORS) == set(STEP_KINDS), "every verb needs a validator"


# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------


def _origin_end(url: str) -> int:
    """Where the scheme and host of ``url`` as written end (0 for a path or query-only URL).

    Character-based rather than ``urlsplit`` so an unparseable scheme (``h${X}://host``) still
    counts as one. A relative URL has no origin as written (what a value does to it is checked
    after substitution).
    """
    start = url.find("://")
    if start != -1 and not any(c in "/?#" for c in url[:start]):
        start += 3
    elif url.startswith("//"):
        start = 2
    else:
        return 0
    ends = [i for i in (url.find(c, start) for c in "/?#") if i != -1]
    return min(ends) if ends else len(url)


def _is_relative(url: str) -> bool:
    return not urlsplit(url).scheme


def _journey_from_tree(ctx: _FileContext, tree: YNode, require_base_url: bool) -> Journey | None:
    top = ctx.mapping(tree, "the journey file", TOP_LEVEL_KEYS)
    if top is None:
        return None
    before = len(ctx.errors)

    version_node = top.get("version")
    if version_node is None:
        ctx.error(top.line, f"missing 'version' (add 'version: {VOCABULARY_VERSION}' at the top)")
    else:
        version = ctx.integer(version_node, "'version'")
        if version is not None and version != VOCABULARY_VERSION:
            ctx.error(version_node.line, f"unsupported vocabulary version {version} "
                      f"(this consentinel reads version {VOCABULARY_VERSION})")

    name_node = top.get("name")
    name = None
    if name_node is None:
        ctx.error(top.line, "missing 'name' (the journey's name, shown in reports)")
    else:
        name = ctx.text(name_node, "'name'", numbers_ok=True)

    description = None
    if (desc_node := top.get("description")) is not None:
        description = ctx.text(desc_node, "'description'", empty_ok=True)

    base_url = None
    if (base_node := top.get("base_url")) is not None:
        base_url = ctx.url(base_node, "'base_url'")
        if base_url is not None:
            parts = urlsplit(base_url)
            if parts.scheme not in ("http", "https", "file") or (parts.scheme != "file" and not parts.netloc):
                ctx.error(base_node.line, f"'base_url' must be an absolute http(s) URL, not '{base_url}'")

    device = DEFAULT_DEVICE
    if (device_node := top.get("device")) is not None:
        value = ctx.text(device_node, "'device'")
        if value is not None:
            # Case-insensitive like consentinel.gather.browser; stored under its canonical spelling.
            canonical = canonical_device(value)
            if canonical is None:
                ctx.error(device_node.line, f"unknown device '{value}'{did_you_mean(value, known_devices())}"
                          " (a Playwright device name, or Desktop; see `consentinel devices`)")
            else:
                device = canonical

    locale = None
    if (locale_node := top.get("locale")) is not None:
        locale = ctx.text(locale_node, "'locale'")
        if locale is not None and not valid_locale(locale):
            ctx.error(locale_node.line,
                      f"'locale' must be a language tag such as en-US or zh-CN, not '{locale}'")

    timezone = None
    if (tz_node := top.get("timezone")) is not None:
        timezone = ctx.text(tz_node, "'timezone'")
        if timezone is not None and not valid_timezone(timezone):
            ctx.error(tz_node.line, f"unknown timezone '{timezone}' (an IANA name such as Asia/Shanghai)"
                      + did_you_mean(timezone, _timezones()))

    steps: list[Step] = []
    state = _JourneyState()
    start = None
    if (start_node := top.get("start")) is not None:
        start = ctx.url(start_node, "'start'")
        if start is not None:
            steps.append(Step(1, "goto", {"url": start, "wait_until": "load", "timeout_ms": None},
                              start_node.line, f"goto {start}"))

    steps_node = top.get("steps")
    if steps_node is None:
        ctx.error(top.line, "missing 'steps' (a list of steps such as '- goto: /' and '- audit: Landing')")
    elif not isinstance(steps_node, YSeq):
        ctx.error(steps_node.line, f"'steps' must be a list, not {type_name(steps_node)}")
    elif not steps_node.items:
        ctx.error(steps_node.line, "'steps' is empty")
    else:
        for item in steps_node.items:
            step = _step(ctx, item, len(steps) + 1, state)
            if step is not None:
                steps.append(step)

    if require_base_url and base_url is None:
        for step in steps:
            if step.kind == "goto" and _is_relative(step.args["url"]):
                ctx.error(step.line, f"relative URL '{step.args['url']}' needs a base URL "
                          "(set 'base_url' in the file or pass --base-url)")
                break

    if len(ctx.errors) > before or name is None:
        return None
    return Journey(name=name, path=ctx.path, base_url=base_url, start=start, device=device, locale=locale,
                   timezone=timezone, steps=steps, description=description, redactor=ctx.redactor)


def _step(ctx: _FileContext, item: YNode, index: int, state: _JourneyState) -> Step | None:
    if not isinstance(item, YMap):
        hint = ""
        if isinstance(item, YScalar) and isinstance(item.value, str) and item.value in STEP_KINDS:
            hint = f" (write '- {item.value}: ...')"
        ctx.error(item.line,
                  f"a step must be a mapping of one verb to its arguments, not {type_name(item)}{hint}")
        return None
    for key, line in item.duplicates:
        ctx.error(line, f"duplicate key '{key}' in a step")
    if len(item.entries) != 1:
        verbs = item.keys()
        ctx.error(item.line, f"a step has exactly one verb, found {len(verbs)}: {', '.join(verbs)}"
                  " (are the arguments indented under the verb?)")
        return None
    verb, line, args_node = item.entries[0]
    if verb not in STEP_VALIDATORS:
        ctx.error(line, f"unknown step '{verb}'{did_you_mean(verb, STEP_KINDS)}; steps are: "
                  + ", ".join(STEP_KINDS))
        return None
    validated = STEP_VALIDATORS[verb](ctx, args_node, state)
    if validated is None:
        return None
    args, label = validated
    return Step(index=index, kind=verb, args=args, line=line, label=label)


def valid_locale(tag: str) -> bool:
    """A BCP 47-shaped language tag (en, en-US, zh-Hans-CN); Chromium rejects other shapes."""
    return bool(_LOCALE.match(tag))


@lru_cache(maxsize=1)
def _timezones() -> frozenset[str]:
    try:
        return frozenset(zoneinfo.available_timezones())
    except Exception:  # pragma: no cover - no tz database: accept any name, Chromium will judge
        return frozenset()


def valid_timezone(name: str) -> bool:
    """An IANA timezone name Chromium will accept (checked against the system tz database)."""
    zones = _timezones()
    return not zones or name in zones or name == "UTC"


def load_journey_text(text: str, path: Path, *, environ: Mapping[str, str] | None = None,
                      require_base_url: bool = False, allow_env: Iterable[str] = (),
                      allow_file_urls: bool = False) -> tuple[Journey | None, list[str]]:
    """Validate one journey given as text; returns the journey (or None) and its errors.

    ``allow_env`` names variables besides ``CONSENTINEL_*`` that ``${NAME}`` may read;
    ``allow_file_urls`` permits ``file:`` URLs (both off by default: see docs/JOURNEYS.md).
    """
    ctx = _FileContext(path, os.environ if environ is None else environ, allow_env, allow_file_urls)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_JOURNEY_BYTES:
        ctx.error(1, _too_big(size))
        return None, ctx.errors
    try:
        tree = parse_yaml(text)
    except YamlSyntaxError as exc:
        ctx.error(exc.line, exc.message)
        return None, ctx.errors
    if tree is None:
        ctx.error(1, "empty journey file (expected 'version', 'name' and 'steps')")
        return None, ctx.errors
    journey = _journey_from_tree(ctx, tree, require_base_url)
    return journey, ctx.errors


def _too_big(size: int) -> str:
    return (f"journey file is {size:,} bytes; the limit is {MAX_JOURNEY_BYTES:,} bytes "
            "(journeys are small: split it, or check it is the file you meant)")


def expand_paths(paths: Iterable[Path | str]) -> tuple[list[Path], list[str]]:
    """Files named directly, plus every ``*.yaml``/``*.yml`` directly inside named folders."""
    files: list[Path] = []
    errors: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in JOURNEY_SUFFIXES and p.is_file())
            if not found:
                errors.append(f"{path}: no *.yaml or *.yml journey files in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(f"{path}: no such file or folder")
    return files, errors


def load_journeys(paths: Iterable[Path | str], *, environ: Mapping[str, str] | None = None,
                  require_base_url: bool = False, allow_env: Iterable[str] = (),
                  allow_file_urls: bool = False) -> list[Journey]:
    """Load and validate every journey file; raise :class:`JourneyError` listing every problem.

    ``environ`` (default ``os.environ``) supplies ``${NAME}`` values for ``CONSENTINEL_*`` names
    and those in ``allow_env``. With ``require_base_url`` a relative ``goto``/``start`` in a
    file without ``base_url`` is an error (the CLI sets it when no ``--base-url`` was given).
    ``allow_file_urls`` permits ``file:`` URLs. Files over :data:`MAX_JOURNEY_BYTES` are
    refused unread.
    """
    files, errors = expand_paths(paths)
    allow_env = tuple(allow_env)
    journeys: list[Journey] = []
    for path in files:
        try:
            size = path.stat().st_size
            if size > MAX_JOURNEY_BYTES:
                errors.append(f"{path}:1: {_too_big(size)}")
                continue
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            errors.append(f"{path}: cannot read: {exc}")
            continue
        journey, file_errors = load_journey_text(text, path, environ=environ,
                                                 require_base_url=require_base_url, allow_env=allow_env,
                                                 allow_file_urls=allow_file_urls)
        errors.extend(file_errors)
        if journey is not None:
            journeys.append(journey)
    if errors:
        raise JourneyError(errors)
    return journeys
