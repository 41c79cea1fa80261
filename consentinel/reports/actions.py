"""A behavioural finding's evidence as a reader follows it: the action, then the state before
and after it side by side, with both screenshots embedded.

The behavioural checks (implied-consent, reprompt-after-reject, withdrawal-not-easy,
legitimate-interest-after-reject) record what was done (``action``, ``detail``), a summary of
the state before and after (consent state, tracking cookies, storage and requests, TCF
purposes: ``checks._behaviour.summary``) and the two screenshots (``screenshots``: paths
relative to the report folder); re-prompting records a ``timeline`` of such actions. This
module turns those keys into :class:`ActionView` rows for the template and hands every other
key back, so the generic fact list shows the rest without repeating these.

Every string here is data for an autoescaped template; the words are the report language's.

Example::

    views, rest = action_views(finding["evidence"], out_dir, translator("zh-CN"))
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from consentinel.reports.evidence import format_value, humanise
from consentinel.reports.images import embed_png
from consentinel.reports.language import Translator

SHOT_KEY = "screenshots"
TIMELINE_KEY = "timeline"
# Keys of one recorded action (checks._behaviour.step_evidence) shown in its own table.
ACTION_KEYS = ("action", "detail", "action_error", "prompt_asking_after", "before", "after", SHOT_KEY)
WHEN = ("before", "after")
# Summary keys in reading order (anything else a newer check records follows, humanised).
STATE_ORDER = ("url", "consent_state", "tracking_cookies", "tracking_storage", "tracking_requests",
               "trackers", "tcf_purposes_consent")
STATE_LABELS = {
    "url": "URL",
    "consent_state": "Consent state",
    "tracking_cookies": "Tracking cookies",
    "tracking_storage": "Tracking storage",
    "tracking_requests": "Tracking requests",
    "trackers": "Trackers",
    "tcf_purposes_consent": "TCF purposes consented",
}


@dataclass(slots=True)
class Shot:
    """One screenshot of an action: its file, hash and the picture (or why it is not shown)."""

    when: str  # before | after
    path: str
    sha256: str | None
    bytes: int | None
    uri: str | None
    note: str = ""
    caption: str = ""


@dataclass(slots=True)
class StateRow:
    """One measure before and after; ``changed`` when both were recorded and differ."""

    label: str
    before: str
    after: str
    changed: bool


@dataclass(slots=True)
class ActionView:
    """What was done, the two screenshots, and the state rows before and after."""

    action: str  # the action's name in the report language
    detail: str
    error: str
    shots: dict[str, Shot | None] = field(default_factory=dict)
    rows: list[StateRow] = field(default_factory=list)


def _shot(out_dir: Path, when: str, rel: Any, action: str, t: Translator) -> Shot | None:
    if not isinstance(rel, str) or not rel:
        return None
    embedded = embed_png(out_dir, rel)
    return Shot(when, rel, embedded.sha256, embedded.bytes, embedded.uri, embedded.note,
                t(f"shot_{when}", action=action))


def _expiry(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return datetime.fromtimestamp(value, UTC).strftime("%Y-%m-%d")
    return ""


def _consent_state(entries: Any, t: Translator) -> str:
    """``name (kind): grants / refuses / cannot be read, until date`` per stored entry."""
    if not isinstance(entries, Sequence) or isinstance(entries, str) or not entries:
        return "—"
    out = []
    for entry in entries:
        if not isinstance(entry, Mapping):
            out.append(format_value(entry))
            continue
        grants = entry.get("grants")
        meaning = t("grants" if grants is True else "refuses" if grants is False else "unreadable")
        until = _expiry(entry.get("expires"))
        text = f"{entry.get('name')} ({entry.get('kind')}): {meaning}"
        out.append(text + (f", {t('until', date=until)}" if until else ""))
    return "; ".join(out)


def _state_text(key: str, value: Any, t: Translator) -> str:
    if key == "consent_state":
        return _consent_state(value, t)
    if value in (None, [], ""):
        return "—"
    return format_value(value)


def _state_rows(before: Mapping[str, Any], after: Mapping[str, Any], t: Translator) -> list[StateRow]:
    keys = [k for k in STATE_ORDER if k in before or k in after]
    keys += [str(k) for k in {**before, **after} if k not in STATE_ORDER]
    rows = []
    for key in keys:
        was, now = _state_text(key, before.get(key), t), _state_text(key, after.get(key), t)
        # a timeline entry records only the state after: nothing is known to have changed
        label = t.phrase(STATE_LABELS.get(key) or humanise(key))
        rows.append(StateRow(label, was, now, key in before and was != now))
    return rows


def _yes_no(value: Any, t: Translator) -> str:
    return "—" if value is None else t("yes" if value else "no")


def _action_view(record: Mapping[str, Any], out_dir: Path, t: Translator, *,
                 before: Mapping[str, Any], after: Mapping[str, Any], asking: Any) -> ActionView:
    name = str(record.get("action") or "")
    action = t.action(name) if name else t("state_recorded")
    error = record.get("action_error") or record.get("error") or ""
    shots_raw = record.get(SHOT_KEY)
    shots = shots_raw if isinstance(shots_raw, Mapping) else {}
    view = ActionView(action, format_value(record.get("detail")) if record.get("detail") else "", str(error),
                      {when: _shot(out_dir, when, shots.get(when), action, t) for when in WHEN})
    view.rows = _state_rows(before, after, t)
    if asking is not None:
        label = t.phrase("Prompt asking for a choice")
        view.rows.append(StateRow(label, "—", _yes_no(asking, t), False))
    return view


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def action_views(evidence: Mapping[str, Any], out_dir: Path,
                 t: Translator) -> tuple[list[ActionView], dict[str, Any]]:
    """The actions a finding's evidence records, and the evidence left for the fact list.

    Evidence without screenshots or before/after states is handed back whole.
    """
    rest = dict(evidence)
    views: list[ActionView] = []
    states = isinstance(evidence.get("before"), Mapping) and isinstance(evidence.get("after"), Mapping)
    if SHOT_KEY in evidence or states:
        views.append(_action_view(evidence, out_dir, t, before=_mapping(evidence.get("before")),
                                  after=_mapping(evidence.get("after")),
                                  asking=evidence.get("prompt_asking_after")))
        for key in ACTION_KEYS:
            rest.pop(key, None)
    timeline = evidence.get(TIMELINE_KEY)
    if isinstance(timeline, list) and any(isinstance(e, Mapping) and SHOT_KEY in e for e in timeline):
        for entry in timeline:
            if isinstance(entry, Mapping):
                views.append(_action_view(entry, out_dir, t, before={}, after={"url": entry.get("url")},
                                          asking=entry.get("prompt_asking")))
        rest.pop(TIMELINE_KEY)
    return views, rest


__all__ = ["ActionView", "Shot", "StateRow", "action_views"]
