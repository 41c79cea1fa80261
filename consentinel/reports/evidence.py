"""Measured facts in readable form: turn a finding's ``evidence`` dict into labelled facts.

Each check records what decided it under its own keys. A regulator should read "contrast
2.1 : 1 (needs 4.5 : 1)" with the two colours beside it, not ``{"ratio": 2.1}``. This module
recognises the common fact families (checked state, contrast, font size, visibility, axe-core's
verdict) under the key names the checks use, and renders every other key generically so no
measured fact is ever dropped from a report.

Facts are plain data; the HTML template decides how they look and escapes every string in
them. Colours are the one value that reaches a ``style`` attribute, so they are normalised
here to ``#rrggbb`` and anything that does not parse is shown as text only.

Example::

    for fact in describe_evidence({"contrast_ratio": 2.1, "color": [153,153,153,1]}, "violation"):
        print(fact.label, fact.text)
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from consentinel.facts.snapshot import VISIBILITY_REASONS

# Key names recognised per fact family, first match wins. Checks are encouraged to use the first
# name of each tuple; the others are accepted so older snapshots and other authors still render.
CHECKED_KEYS = ("checked", "initially_checked", "checked_state", "aria_checked")
CONTROL_STATE_KEYS = ("disabled", "readonly")
# ``ratio`` is ambiguous (fine-print-consent uses it for size against the main text): it is read
# as a contrast ratio only beside a colour or a required ratio.
RATIO_KEYS = ("contrast_ratio", "contrast", "ratio")
UNAMBIGUOUS_RATIO_KEYS = ("contrast_ratio", "contrast")
FOREGROUND_KEYS = ("fg", "color", "foreground", "text_color", "fg_color")  # fg_color: axe-core's
BACKGROUND_KEYS = ("bg", "background", "background_color", "bg_color")
REQUIRED_RATIO_KEYS = ("required", "required_ratio", "expected_ratio", "minimum_ratio")
LARGE_TEXT_KEYS = ("large", "large_text", "is_large_text")
UNCERTAIN_KEYS = ("background_uncertain",)
FONT_SIZE_KEYS = ("font_size", "font_size_px", "size_px")
MAIN_SIZE_KEYS = ("main_font_size", "main_size", "main_text_size", "page_font_size")
SIZE_RATIO_KEYS = ("size_ratio", "relative_size", "ratio_to_main", "ratio")  # "ratio" only beside a main size
SIZE_LIMIT_KEYS = ("max_font_px", "max_font_size", "threshold_px", "fine_print_px")
SIZE_RATIO_LIMIT_KEYS = ("min_ratio", "min_relative_size", "ratio_threshold")
THRESHOLDS_KEY = "thresholds"  # a nested mapping of the check's options, e.g. {"max_font_px": 11}
FONT_WEIGHT_KEYS = ("font_weight",)
REASON_KEYS = ("reasons", "visibility_reasons")
HIDDEN_BY_KEYS = ("hidden_by",)
VISIBILITY_KEY = "visibility"
AXE_KEY = "axe"
AXE_RULE_KEYS = ("rule", "id", "rule_id")
AXE_VERDICT_KEYS = ("outcome", "result", "verdict")
AXE_VERSION_KEYS = ("axe_version", "version")
COMPARISON_KEYS = ("accept", "reject")  # measured per side of a choice, shown side by side

# Generic rendering limits: evidence can hold long request lists; a report shows the first rows
# and says how many more there are (report.json keeps them all).
MAX_LIST_ITEMS = 20
MAX_TABLE_ROWS = 25
MAX_TEXT_CHARS = 600

OUTCOME_LABELS = {"violation": "violation", "review": "needs review"}

_HEX = re.compile(r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_RGB = re.compile(r"^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$")
_COLOUR_KEY = re.compile(r"(colou?r|background|fill|^bg$|^fg$|foreground)", re.IGNORECASE)
_BOX_KEYS = frozenset({"x", "y", "width", "height"})
_ACRONYMS = {
    "url": "URL",
    "uid": "UID",
    "css": "CSS",
    "px": "px",
    "ms": "ms",
    "id": "ID",
    "cmp": "CMP",
    "tcf": "TCF",
}


@dataclass(slots=True)
class Colour:
    """A parsed colour: ``hex`` is always ``#rrggbb`` (safe for a style attribute)."""

    label: str
    hex: str
    alpha: float = 1.0


@dataclass(slots=True)
class Fact:
    """One labelled, measured fact, ready for a template to show (every string is page text).

    ``kind`` picks the presentation: ``text`` (a value), ``contrast`` (ratio + swatches),
    ``chips`` (visibility reasons), ``axe`` (axe-core beside ours), ``table`` (list of records).
    """

    kind: str
    label: str
    text: str = ""
    colours: list[Colour] = field(default_factory=list)
    chips: list[str] = field(default_factory=list)
    code: str = ""  # a selector shown as code
    status: str = ""  # "bad" when the fact is what failed the check
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    more: int = 0  # items not shown
    primary: bool = True  # a recognised, deciding fact; generic leftovers are shown compactly


def parse_colour(value: Any, label: str = "") -> Colour | None:
    """``[r, g, b(, a)]`` (0-255, alpha 0-1), ``#rgb``/``#rrggbb(aa)`` or ``rgb()/rgba()``."""
    channels: list[float]
    alpha = 1.0
    if isinstance(value, Sequence) and not isinstance(value, str) and len(value) in (3, 4):
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
            return None
        channels = [float(v) for v in value[:3]]
        alpha = float(value[3]) if len(value) == 4 else 1.0
    elif isinstance(value, str) and _HEX.match(value.strip()):
        digits = value.strip()[1:]
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        channels = [int(digits[i : i + 2], 16) for i in (0, 2, 4)]
        alpha = int(digits[6:8], 16) / 255 if len(digits) == 8 else 1.0
    elif isinstance(value, str) and (match := _RGB.match(value.strip().lower())):
        channels = [float(match.group(i)) for i in (1, 2, 3)]
        raw_alpha = match.group(4)
        if raw_alpha:
            alpha = float(raw_alpha[:-1]) / 100 if raw_alpha.endswith("%") else float(raw_alpha)
    else:
        return None
    if not all(math.isfinite(c) for c in [*channels, alpha]):
        return None
    clamped = [min(255, max(0, round(c))) for c in channels]
    return Colour(label, "#{:02x}{:02x}{:02x}".format(*clamped), min(1.0, max(0.0, alpha)))


def format_number(value: float, digits: int = 2) -> str:
    """A number without noise: ``4.5`` not ``4.500000001``, ``12`` not ``12.0``."""
    if not math.isfinite(value):
        return "n/a"
    text = f"{value:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def humanise(key: str) -> str:
    """``hidden_by`` -> ``Hidden by``."""
    words = key.replace("_", " ").replace("-", " ").split()
    words = [_ACRONYMS.get(w.lower(), w) for w in words]
    text = " ".join(words)
    return text[:1].upper() + text[1:] if text else key


def format_value(value: Any) -> str:
    """Any evidence value as one readable line (long text cut, lists joined, boxes compact)."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return format_number(float(value))
    if isinstance(value, Mapping):
        if set(value) >= _BOX_KEYS:
            return _format_box(value)
        return "; ".join(f"{humanise(str(k))}: {_format_entry(str(k), v)}" for k, v in value.items())
    if isinstance(value, Sequence) and not isinstance(value, str):
        shown = [format_value(v) for v in list(value)[:MAX_LIST_ITEMS]]
        extra = len(value) - len(shown)
        return ", ".join(shown) + (f", … {extra} more" if extra > 0 else "")
    text = str(value)
    return text if len(text) <= MAX_TEXT_CHARS else text[:MAX_TEXT_CHARS] + "…"


def _format_box(box: Mapping[str, Any]) -> str:
    try:
        x, y, w, h = (float(box[k]) for k in ("x", "y", "width", "height"))
    except (TypeError, ValueError):
        return "; ".join(f"{k}: {v}" for k, v in box.items())
    return (
        f"{format_number(w, 1)} × {format_number(h, 1)} px at ({format_number(x, 1)}, {format_number(y, 1)})"
    )


def _take(evidence: dict[str, Any], keys: Sequence[str]) -> tuple[str | None, Any]:
    for key in keys:
        if key in evidence:
            return key, evidence.pop(key)
    return None, None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _checked_fact(evidence: dict[str, Any]) -> Fact | None:
    key, checked = _take(evidence, CHECKED_KEYS)
    if key is None:
        return None
    if checked is True or (isinstance(checked, str) and checked.lower() in ("true", "on", "checked")):
        state, status = "checked (on) before any user action", "bad"
    elif checked is False or (isinstance(checked, str) and checked.lower() in ("false", "off")):
        state, status = "not checked", ""
    elif checked is None:
        state, status = "unknown or not applicable (mixed state, or not a control)", ""
    else:
        state, status = f"mixed / unknown ({format_value(checked)})", ""
    details = []
    for state_key in CONTROL_STATE_KEYS:
        if state_key in evidence and isinstance(evidence[state_key], bool):
            flag = evidence.pop(state_key)
            details.append(
                state_key.replace("readonly", "read-only")
                if flag
                else f"not {state_key.replace('readonly', 'read-only')}"
            )
    text = state + (f"; {', '.join(details)}" if details else "")
    return Fact("text", "Checked state", text=text, status=status)


def _has_colour(evidence: Mapping[str, Any]) -> bool:
    return any(parse_colour(evidence.get(k)) is not None for k in (*FOREGROUND_KEYS, *BACKGROUND_KEYS))


def _contrast_fact(evidence: dict[str, Any]) -> Fact | None:
    ratio_key = next((k for k in RATIO_KEYS if _number(evidence.get(k)) is not None), None)
    if ratio_key is None:
        return None
    if ratio_key not in UNAMBIGUOUS_RATIO_KEYS and not (
        _has_colour(evidence) or any(_number(evidence.get(k)) is not None for k in REQUIRED_RATIO_KEYS)
    ):
        return None
    ratio = _number(evidence.pop(ratio_key))
    assert ratio is not None
    _, required = _take(evidence, REQUIRED_RATIO_KEYS)
    _, large = _take(evidence, LARGE_TEXT_KEYS)
    text = f"{format_number(ratio)} : 1"
    required_number = _number(required)
    if required_number is not None:
        text += f" (WCAG 2.2 SC 1.4.3 minimum {format_number(required_number)} : 1"
        text += ", large text)" if large is True else ")"
    colours: list[Colour] = []
    for keys, label in ((FOREGROUND_KEYS, "text"), (BACKGROUND_KEYS, "background")):
        key = next((k for k in keys if parse_colour(evidence.get(k)) is not None), None)
        if key is not None:
            colour = parse_colour(evidence.pop(key), label)
            assert colour is not None
            colours.append(colour)
    fact = Fact(
        "contrast",
        "Contrast ratio",
        text=text,
        colours=colours,
        status="bad" if required_number is not None and ratio < required_number else "",
    )
    _, uncertain = _take(evidence, UNCERTAIN_KEYS)
    if uncertain:
        fact.chips.append(f"background uncertain: {format_value(uncertain)}")
    return fact


def _font_fact(evidence: dict[str, Any]) -> Fact | None:
    size_key = next((k for k in FONT_SIZE_KEYS if _number(evidence.get(k)) is not None), None)
    if size_key is None:
        return None
    size = _number(evidence.pop(size_key))
    assert size is not None
    main_key = next((k for k in MAIN_SIZE_KEYS if _number(evidence.get(k)) is not None), None)
    main = _number(evidence.pop(main_key)) if main_key else None
    ratio_keys = SIZE_RATIO_KEYS if main is not None else SIZE_RATIO_KEYS[:-1]
    ratio_key = next((k for k in ratio_keys if _number(evidence.get(k)) is not None), None)
    ratio = _number(evidence.pop(ratio_key)) if ratio_key else None
    if ratio is None and main:
        ratio = size / main
    text = f"{format_number(size, 1)} px"
    if main:
        text += f" vs main text {format_number(main, 1)} px"
    if ratio is not None:
        text += f" ({format_number(ratio * 100 if ratio <= 5 else ratio, 0)} % of main)"
    limits = []
    thresholds = evidence.get(THRESHOLDS_KEY)
    source = dict(thresholds) if isinstance(thresholds, Mapping) else evidence
    _, limit_px = _take(source, SIZE_LIMIT_KEYS)
    if _number(limit_px) is not None:
        limits.append(f"≤ {format_number(float(limit_px), 1)} px")
    _, limit_ratio = _take(source, SIZE_RATIO_LIMIT_KEYS)
    if isinstance(thresholds, Mapping):
        if source:
            evidence[THRESHOLDS_KEY] = source
        else:
            evidence.pop(THRESHOLDS_KEY)
    if (limit := _number(limit_ratio)) is not None:
        limits.append(f"< {format_number(limit * 100 if limit <= 5 else limit, 0)} % of main")
    if limits:
        text += f"; fine print when {' or '.join(limits)}"
    _, weight = _take(evidence, FONT_WEIGHT_KEYS)
    if _number(weight) is not None:
        text += f"; weight {format_number(float(weight), 0)}"
    return Fact("text", "Font size", text=text)


def _all_visibility(reasons: Any) -> bool:
    return (
        isinstance(reasons, Sequence)
        and not isinstance(reasons, str)
        and bool(reasons)
        and all(str(r) in VISIBILITY_REASONS for r in reasons)
    )


def _visibility_fact(evidence: dict[str, Any]) -> Fact | None:
    reasons: list[str] = []
    hidden_by = ""
    visible: Any = None
    others: dict[str, Any] = {}
    nested = evidence.get(VISIBILITY_KEY)
    if isinstance(nested, Mapping):
        evidence.pop(VISIBILITY_KEY)
        reasons += [str(r) for r in nested.get("reasons") or []]
        hidden_by = str(nested.get("hidden_by") or "")
        visible = nested.get("visible")
        others = {k: v for k, v in nested.items() if k not in ("reasons", "hidden_by", "visible")}
    # "reasons" is visibility vocabulary only for hiding; other checks use the key for their own
    # reasons (asymmetric-choice: "smaller-font"), which stay generic facts.
    own = next((k for k in REASON_KEYS if k in evidence), None)
    if own == "reasons" and not (nested or "hidden_by" in evidence or _all_visibility(evidence["reasons"])):
        own = None
    own_reasons = evidence.pop(own) if own else None
    if isinstance(own_reasons, Sequence) and not isinstance(own_reasons, str):
        reasons += [str(r) for r in own_reasons if str(r) not in reasons]
    elif own_reasons:
        reasons.append(str(own_reasons))
    _, own_hidden_by = _take(evidence, HIDDEN_BY_KEYS)
    hidden_by = str(own_hidden_by or hidden_by or "")
    if not reasons and not hidden_by and visible is None:
        return None
    text = "not perceivable" if reasons or visible is False else "perceivable"
    if others:
        text += f" ({format_value(others)})"
    return Fact(
        "chips", "Visibility", text=text, chips=reasons, code=hidden_by, status="bad" if reasons else ""
    )


def _axe_fact(evidence: dict[str, Any], outcome: str, axe_rule: str = "") -> Fact | None:
    """axe-core's verdict on the same element beside ours, with axe's own contrast figures."""
    if AXE_KEY not in evidence:
        return None
    axe = evidence.pop(AXE_KEY)
    ours = f"Consentinel: {OUTCOME_LABELS.get(outcome, outcome)}"
    if not isinstance(axe, Mapping):
        return Fact("axe", "axe-core cross-check", chips=[ours, f"axe-core: {format_value(axe)}"])
    rest = dict(axe)
    _, rule = _take(rest, AXE_RULE_KEYS)
    _, verdict = _take(rest, AXE_VERDICT_KEYS)
    _, version = _take(rest, AXE_VERSION_KEYS)
    rule = rule or axe_rule
    name = " ".join(str(part) for part in ("axe-core", version, rule) if part)
    theirs = f"{name}: {format_value(verdict) if verdict is not None else 'not reported'}"
    contrast = _contrast_fact(rest)
    fact = Fact("axe", "axe-core cross-check", chips=[ours, theirs], text=format_value(rest) if rest else "")
    if contrast is not None:
        fact.code = contrast.text  # axe's own ratio and requirement
        fact.colours = contrast.colours
    return fact


def _format_entry(key: str, value: Any) -> str:
    """A value under ``key``; colour-like keys with colour values show as ``#rrggbb``."""
    if _COLOUR_KEY.search(key) and (colour := parse_colour(value)) is not None:
        return colour.hex + (f" (alpha {format_number(colour.alpha)})" if colour.alpha < 1 else "")
    return format_value(value)


def _comparison_fact(evidence: dict[str, Any]) -> Fact | None:
    """Accept and reject measured side by side (asymmetric-choice), one row per measure."""
    sides = [k for k in COMPARISON_KEYS if isinstance(evidence.get(k), Mapping)]
    if len(sides) < 2:
        return None
    records = [evidence.pop(k) for k in sides]
    measures: list[str] = []
    for record in records:
        measures += [str(m) for m in record if str(m) not in measures]
    rows = [[humanise(m)] + [_format_entry(m, record.get(m)) for record in records] for m in measures]
    label = " vs ".join(humanise(k) for k in sides)
    return Fact("table", label, header=["Measure"] + [humanise(k) for k in sides], rows=rows)


def _generic_fact(key: str, value: Any) -> Fact:
    label = humanise(key)
    if _COLOUR_KEY.search(key) and (colour := parse_colour(value, label.lower())) is not None:
        return Fact("contrast", label, colours=[colour])
    if (
        isinstance(value, Sequence)
        and not isinstance(value, str)
        and value
        and all(isinstance(v, Mapping) for v in value)
    ):
        header: list[str] = []
        for record in value:
            header += [str(k) for k in record if str(k) not in header]
        rows = [[format_value(record.get(h)) for h in header] for record in value[:MAX_TABLE_ROWS]]
        return Fact(
            "table",
            label,
            header=[humanise(h) for h in header],
            rows=rows,
            more=max(0, len(value) - MAX_TABLE_ROWS),
        )
    return Fact("text", label, text=format_value(value))


def describe_evidence(
    evidence: Mapping[str, Any], outcome: str = "violation", axe_rule: str = ""
) -> list[Fact]:
    """Readable facts for one finding: recognised families first, then every remaining key.

    ``axe_rule`` names the axe-core rule when the evidence's axe entry does not (the step's axe
    summary carries it once for all findings).
    """
    remaining = dict(evidence)
    facts = [
        fact
        for fact in (
            _checked_fact(remaining),
            _contrast_fact(remaining),
            _font_fact(remaining),
            _visibility_fact(remaining),
            _axe_fact(remaining, outcome, axe_rule),
            _comparison_fact(remaining),
        )
        if fact is not None
    ]
    for key, value in remaining.items():
        fact = _generic_fact(str(key), value)
        fact.primary = fact.kind == "table"  # a list of records (cookies, requests) is a deciding fact
        facts.append(fact)
    return facts
