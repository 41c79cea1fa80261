"""Behaviour facts: what a page did when the visitor did something that is not a choice, came
back after refusing, or tried to take consent back (plain data, no Playwright).

The probes (:mod:`consentinel.gather.behaviour`) run inside the tracking phases' own contexts,
after each phase has been observed, and add one dict under ``phase["behaviour"]``:

* landing: ``{"probe": "implied-consent", "steps": [...]}``, one step per action (wait, scroll,
  close, navigate; after a wait on the page's own clock, ``open-again`` before scroll: the page
  opened again in a new tab, where the other actions then happen);
* after-reject: ``{"probe": "reprompt", "steps": [...]}`` (reload, second page);
* after-accept: ``{"probe": "withdrawal", "reopen": [...], "clicks": n, "steps": [...]}``;
* after-reject, for legitimate-interest-after-reject: ``{"settings_after_reject": {"opened",
  "toggles": [{"label", "checked", "disabled"}], "clicked", "error", "screenshot"}}`` -- the
  choice reopened after the refusal, and the settings layer's switches as they now stand.

A *step* is ``{"action", "detail", "done", "error", "state", "prompt_asking",
"screenshot_before", "screenshot_after", "duration_ms"}`` (the wait step adds ``clock``:
``{"kind": "page"|"real", "page_ms", "real_ms"}``, page and real time since the navigation when
the wait ended, with ``expired`` and ``page_ms_after_read`` on the page's clock); its ``state``
holds the cookies, storage entries and requests seen after the action (requests only since
the action began), classified like a phase's own, plus ``consent_state`` (the consent
manager's cookies and storage, values kept) and ``tcf`` (the page's TCF answer). Screenshot
names are relative to the phase's HAR folder.

This module also says which phases and probes each behavioural check needs, so a scan runs only
those, and how to read a consent manager's stored value (:func:`stored_grant`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import unquote

from consentinel.facts.tracking import AFTER_ACCEPT, AFTER_REJECT, LANDING

BEHAVIOUR = "behaviour"  # the key of a phase's behaviour facts
IMPLIED = "implied-consent"
OPEN_AGAIN = "open-again"  # the implied-consent probe's second page view (a new tab)
REPROMPT = "reprompt"
WITHDRAWAL = "withdrawal"
SETTINGS_AFTER_REJECT = "settings_after_reject"
# Where a phase's probe saved its screenshots (the step makes it report-relative, as the HAR):
# the probes run in the pass, which keeps its HARs elsewhere (a step folder of its own).
SHOTS_DIR = "shots_dir"

# The probes each phase may run, in order (its context goes on from the state the phase left):
# after reject, the reload and second page come first, reopening the settings layer last.
PHASE_PROBES: dict[str, tuple[str, ...]] = {
    LANDING: (IMPLIED,),
    AFTER_REJECT: (REPROMPT, SETTINGS_AFTER_REJECT),
    AFTER_ACCEPT: (WITHDRAWAL,),
}

# What each behavioural check needs: phases observed and probes run in them.
CHECK_PHASES: dict[str, tuple[str, ...]] = {
    "implied-consent": (LANDING,),
    # the refusal's lifetime is compared with an acceptance's, in its own accept context
    "reprompt-after-reject": (AFTER_ACCEPT, AFTER_REJECT),
    # clicks to accept come from the accept phase's own choice
    "withdrawal-not-easy": (AFTER_ACCEPT,),
    # the TC string and its LI bits are read by the reject phase itself; the settings layer is
    # reopened in the same context
    "legitimate-interest-after-reject": (AFTER_REJECT,),
}
CHECK_PROBES: dict[str, tuple[str, ...]] = {
    "implied-consent": (IMPLIED,),
    "reprompt-after-reject": (REPROMPT,),
    "withdrawal-not-easy": (WITHDRAWAL,),
    "legitimate-interest-after-reject": (SETTINGS_AFTER_REJECT,),
}

# Names under which consent managers keep the visitor's choice, beyond the named CMPs the
# tracking classifier knows (``kind: consent-state``): generic names seen in hand-made banners
# and WordPress plugins ("cookie_consent", "cookielawinfo-checkbox-analytics", "gdpr_accepted",
# "cookie_notice_accepted", "privacy_prefs"). Matched case-insensitively.
CONSENT_STATE_NAME = re.compile(
    r"consent|cookie_?(?:law|notice|pref|choice|settings|banner)|gdpr|privacy|klaro|cc_cookie|euconsent"
    r"|optanon|didomi|cmp|tracking_?(?:pref|opt)|cookies_accepted_categories",
    re.IGNORECASE,
)

# Names of categories that are never optional: a stored choice that keeps only these grants nothing.
NECESSARY_NAMES = frozenset(
    {
        "necessary",
        "essential",
        "required",
        "strictly_necessary",
        "strictlynecessary",
        "strictly-necessary",
        "functional_required",
        "technical",
        "security",
    }
)
_GRANT_WORDS = frozenset(
    {
        "accepted",
        "accept",
        "allow",
        "allowed",
        "all",
        "true",
        "yes",
        "granted",
        "1",
        "agree",
        "agreed",
        "opt-in",
        "optin",
    }
)
_REFUSE_WORDS = frozenset(
    {
        "rejected",
        "reject",
        "deny",
        "denied",
        "false",
        "no",
        "declined",
        "decline",
        "0",
        "refused",
        "necessary",
        "essential",
        "opt-out",
        "optout",
        "none",
    }
)


def stored_grant(value: str) -> bool | None:
    """Whether a consent manager's stored value grants anything optional: True, False, or None
    when the value cannot be read (an opaque token, a TC string -- the TCF API says that).

    Reads JSON (``{"analytics": true}``, ``{"categories": ["necessary", "analytics"]}``) and
    plain words ("accepted", "rejected"). Booleans named after a necessary category and list
    items naming one are ignored.
    """
    text = value
    for _ in range(2):  # values are often URL-encoded once or twice
        decoded = unquote(text)
        if decoded == text:
            break
        text = decoded
    try:
        data = json.loads(text)
    except ValueError:
        word = text.strip().strip('"').lower()
        if word in _GRANT_WORDS:
            return True
        if word in _REFUSE_WORDS:
            return False
        return None
    seen: list[bool] = []
    for key, item in _walk(data, ""):
        if key.lower() in NECESSARY_NAMES:
            continue
        if isinstance(item, bool):
            seen.append(item)
        elif isinstance(item, str) and key == "[]":
            seen.append(item.lower() not in NECESSARY_NAMES)
    if not seen:
        return None
    return any(seen)


def _walk(data: Any, key: str) -> Iterator[tuple[str, Any]]:
    """(key, leaf) pairs; list items come with the key ``[]``."""
    if isinstance(data, Mapping):
        for k, v in data.items():
            yield from _walk(v, str(k))
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, str):
                yield "[]", item
            else:
                yield from _walk(item, key)
    else:
        yield key, data


def phase_behaviour(tracking: Mapping[str, Any], phase: str) -> Mapping[str, Any]:
    """The behaviour facts a probe recorded in ``phase`` ({} when it did not run)."""
    facts = (tracking.get("phases") or {}).get(phase) or {}
    return facts.get(BEHAVIOUR) or {}


def steps(behaviour: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return list(behaviour.get("steps") or [])


def states(behaviour: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """Every recorded state (for classification, which works in place)."""
    if behaviour.get("baseline"):
        yield behaviour["baseline"]
    for step in behaviour.get("steps") or []:
        if step.get("state"):
            yield step["state"]


__all__ = [
    "BEHAVIOUR",
    "CHECK_PHASES",
    "CHECK_PROBES",
    "CONSENT_STATE_NAME",
    "IMPLIED",
    "NECESSARY_NAMES",
    "OPEN_AGAIN",
    "PHASE_PROBES",
    "REPROMPT",
    "SETTINGS_AFTER_REJECT",
    "SHOTS_DIR",
    "WITHDRAWAL",
    "phase_behaviour",
    "states",
    "steps",
    "stored_grant",
]
