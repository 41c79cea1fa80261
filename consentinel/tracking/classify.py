"""First or third party, tracking or necessary: the judgements the tracking checks rest on.

Why each source:

* **Party** is decided by *registrable domain* (eTLD+1) from the Public Suffix List as shipped
  by the ``publicsuffixlist`` package (offline, updated with each release): ``a.example.co.uk``
  and ``b.example.co.uk`` are one site, ``x.github.io`` and ``y.github.io`` are two. Hosts the
  list cannot place (IP addresses, ``localhost``) are their own site, as browsers treat them.
* **Tracker domains** come from Ghostery's maintained TrackerDB (npm ``@ghostery/trackerdb``,
  ``dist/trackerdb.json``). No PyPI package ships a maintained tracker list, and the TrackerDB
  data is CC-BY-NC-SA-4.0, so it is not bundled: it is loaded at run time from
  ``$CONSENTINEL_TRACKERDB`` or a ``node_modules/@ghostery/trackerdb`` found from the working
  directory upwards (``npm install @ghostery/trackerdb``). Without it only the heuristics below
  decide, and the facts say so (``tracker_db: null``).
* **Measurement hits**: a request carrying Google consent mode's state (``gcs=G100``,
  ``gcd=13l3l3l3l1``) or a measurement-protocol hit (``…/collect?tid=…``) is a Google tag hit,
  whatever its host (a first-party server-side tagging proxy included). With consent denied
  Google's tags still send these "cookieless pings" (Google Analytics Help, "Consent mode on
  websites and mobile apps": "When visitors deny consent, instead of storing cookies, tags send
  pings to Google"): each carries the page, the event and the device's details to Google, so it
  is tracking before or after a refusal, not a neutral consent signal.
* **Heuristics** (``data/cookies.yaml``): well-known analytics/advertising cookie names; the
  consent managers' own state cookies and session/CSRF cookies as necessary; identifier-like
  values (long, high-entropy, persistent) as "unknown identifier" for review; and third-party
  requests that carry an identifier the page stored (``cid=<_ga value>``), the signature of
  analytics beacons and ID syncing whatever their domain.

Example::

    db = TrackerDB.find()
    print(registrable_domain("www.example.co.uk"), db.match("www.google-analytics.com"))
"""

from __future__ import annotations

import ipaddress
import json
import math
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import yaml
from publicsuffixlist import PublicSuffixList

ENV_TRACKERDB = "CONSENTINEL_TRACKERDB"
TRACKERDB_RELATIVE = Path("node_modules/@ghostery/trackerdb/dist/trackerdb.json")

# TrackerDB categories that mean "collects data about the visitor for purposes that need
# consent". Left out on purpose: cdn, hosting, utilities, consent (CMPs), audio_video_player,
# customer_interaction (chat widgets), extensions, misc: loading a font or a video player is
# not tracking by itself (the cookie heuristics still catch what such hosts set).
TRACKING_CATEGORIES: frozenset[str] = frozenset(
    {"advertising", "site_analytics", "social_media", "pornvertising"}
)

# An "identifier-like" value: at least this many characters from a wide alphabet with at least
# this much Shannon entropy per character. 16 chars / 3 bits: "en-US", "true", "1" and
# timestamps (digits only, < 3.33 bits) stay out; a GA client id "GA1.1.1234567890.1700000000"
# or a UUID is in. Same order of magnitude as the thresholds used in measurement studies of
# cookie-based identifiers (Englehardt et al., "Cookies that give you away", WWW 2015: >= 8
# chars, stable, user-specific); we ask for more to keep false positives low without a second
# visit.
IDENTIFIER_MIN_LENGTH = 16
IDENTIFIER_MIN_ENTROPY_BITS = 3.0
# A cookie living this long (seconds) is "persistent" for the identifier heuristic: one day.
PERSISTENT_MIN_SECONDS = 86_400
# Pieces of a stored value shorter than this are never searched for in request URLs.
LEAK_MIN_LENGTH = 10
# For a value already known to be a tracking identifier (a _ga cookie), the entropy test is
# waived: GA's client id "<10 random digits>.<unix time>" is digits only and its per-character
# entropy falls below IDENTIFIER_MIN_ENTROPY_BITS for some random draws. Such a piece still
# needs IDENTIFIER_MIN_LENGTH characters (a bare 10-digit timestamp is not searched for) and
# this many distinct characters (a constant like "0000000000.0000000000" never is).
KNOWN_ID_MIN_DISTINCT = 5

# Google consent mode parameters on tag hits: gcs "G1" + ad_storage + analytics_storage bits,
# gcd a versioned string of per-signal letters ("13l3l3l3l1"). Matched by shape so an unrelated
# "gcs" query parameter (a page's own search field) is not taken for one.
CONSENT_MODE_PARAMS: dict[str, re.Pattern[str]] = {
    "gcs": re.compile(r"G1[01-]{2}"),
    "gcd": re.compile(r"\d{2}[a-z0-9]{2,}\d?"),
}
# Kind of a request that is a measurement hit (see :func:`measurement_hit`): judged even when
# it goes to the site's own host, since server-side tagging forwards it to the vendor.
MEASUREMENT_HIT = "measurement-hit"

PARTY_FIRST = "first"
PARTY_THIRD = "third"

TRACKING = "tracking"
NECESSARY = "necessary"
UNKNOWN = "unknown"


# ---------------------------------------------------------------------------------------------
# Registrable domains
# ---------------------------------------------------------------------------------------------


@cache
def _psl() -> PublicSuffixList:
    return PublicSuffixList()  # the list shipped inside the package: no network


def host_of(url_or_host: str) -> str:
    """The lower-case host of a URL (or a bare host / cookie domain with its leading dot)."""
    text = url_or_host.strip()
    host = urlsplit(text).hostname if "//" in text else text.split("/")[0].split(":")[0]
    return (host or "").lstrip(".").lower()


def registrable_domain(url_or_host: str) -> str:
    """eTLD+1 of a URL or host; IPs, ``localhost`` and bare suffixes are their own site."""
    host = host_of(url_or_host)
    if not host:
        return ""
    try:
        ipaddress.ip_address(host.strip("[]"))
        return host
    except ValueError:
        pass
    return _psl().privatesuffix(host) or host


def party(url_or_host: str, first_party: str) -> str:
    """``first`` when both belong to one registrable domain, else ``third``."""
    return PARTY_FIRST if registrable_domain(url_or_host) == registrable_domain(first_party) else PARTY_THIRD


# ---------------------------------------------------------------------------------------------
# Tracker list
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrackerMatch:
    """A host found in the tracker list: which tracker, its category, the listed domain."""

    tracker: str
    name: str
    category: str
    domain: str
    organization: str | None = None

    @property
    def tracking(self) -> bool:
        return self.category in TRACKING_CATEGORIES

    def to_dict(self) -> dict[str, Any]:
        return {"source": "trackerdb", "tracker": self.tracker, "name": self.name,
                "category": self.category, "domain": self.domain, "organization": self.organization}


class TrackerDB:
    """Ghostery TrackerDB's domain table: host (or a parent domain) -> tracker pattern."""

    def __init__(self, domains: Mapping[str, str], patterns: Mapping[str, Mapping[str, Any]],
                 source: str = "", version: str = "") -> None:
        self._domains = {d.lower(): p for d, p in domains.items()}
        self._patterns = patterns
        self.source = source
        self.version = version

    def __len__(self) -> int:
        return len(self._domains)

    @classmethod
    def load(cls, path: str | Path) -> TrackerDB:
        """Read ``trackerdb.json`` (``{"patterns": {...}, "domains": {domain: pattern}}``)."""
        path = Path(path)
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data.get("domains"), dict) or not isinstance(data.get("patterns"), dict):
            raise ValueError(f"{path}: not a TrackerDB trackerdb.json (no 'domains'/'patterns' tables)")
        version = ""
        manifest = path.parent.parent / "package.json"
        if manifest.is_file():
            try:
                version = str(json.loads(manifest.read_text(encoding="utf-8")).get("version", ""))
            except ValueError:
                version = ""
        return cls(data["domains"], data["patterns"], source=str(path), version=version)

    @classmethod
    def locate(cls, start: str | Path | None = None) -> Path | None:
        """Where TrackerDB is: ``$CONSENTINEL_TRACKERDB``, else node_modules from ``start`` up."""
        env = os.environ.get(ENV_TRACKERDB)
        if env:
            return Path(env)
        here = Path(start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            candidate = folder / TRACKERDB_RELATIVE
            if candidate.is_file():
                return candidate
        return None

    @classmethod
    def find(cls, start: str | Path | None = None) -> TrackerDB | None:
        """The TrackerDB found by :meth:`locate`, or None (heuristics only).

        A path named by ``$CONSENTINEL_TRACKERDB`` that cannot be read raises, with the path:
        the user asked for it explicitly.
        """
        path = cls.locate(start)
        return cls.load(path) if path is not None else None

    def match(self, url_or_host: str) -> TrackerMatch | None:
        """The listed tracker for a host or any parent domain of it (most specific wins)."""
        labels = host_of(url_or_host).split(".")
        for i in range(len(labels) - 1):
            domain = ".".join(labels[i:])
            key = self._domains.get(domain)
            if key is not None:
                pattern = self._patterns.get(key, {})
                return TrackerMatch(tracker=key, name=str(pattern.get("name") or key),
                                    category=str(pattern.get("category") or "misc"), domain=domain,
                                    organization=pattern.get("organization"))
        return None


# ---------------------------------------------------------------------------------------------
# Name heuristics
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NameRule:
    pattern: re.Pattern[str]
    vendor: str
    kind: str  # tracking | consent-state | session | csrf | security


@dataclass(frozen=True, slots=True)
class NameRules:
    tracking: tuple[NameRule, ...]
    necessary: tuple[NameRule, ...]

    def match(self, name: str) -> tuple[str, NameRule] | None:
        """(``tracking``|``necessary``, rule) for a cookie or storage key name, else None.

        Necessary rules win: a consent manager's state cookie named ``consent_ga`` is its state.
        """
        for rule in self.necessary:
            if rule.pattern.fullmatch(name):
                return NECESSARY, rule
        for rule in self.tracking:
            if rule.pattern.fullmatch(name):
                return TRACKING, rule
        return None


@cache
def name_rules() -> NameRules:
    """The documented name heuristics of ``consentinel/tracking/data/cookies.yaml``."""
    text = resources.files("consentinel.tracking.data").joinpath("cookies.yaml").read_text("utf-8")
    data = yaml.safe_load(text)

    def rules(section: str, default_kind: str) -> tuple[NameRule, ...]:
        return tuple(NameRule(re.compile(item["pattern"], re.IGNORECASE), str(item["vendor"]),
                              str(item.get("kind", default_kind))) for item in data[section])

    return NameRules(rules("tracking", TRACKING), rules("necessary", NECESSARY))


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


def _entropy(text: str) -> float:
    counts: dict[str, int] = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


_TOKEN_SPLIT = re.compile(r"[^A-Za-z0-9_\-.]+")


def _dotted_pieces(value: str) -> list[str]:
    """The value, its tokens, and every run of consecutive dot-separated parts of each token.

    Dotted ids are often sent in part: GA's cookie "GA1.1.<random>.<time>" travels as
    cid=<random>.<time>.
    """
    pieces = [value]
    for token in _TOKEN_SPLIT.split(value):
        parts = token.split(".")
        pieces.extend(".".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1))
    return [p.strip("._-") for p in pieces]


def identifier_tokens(value: str) -> list[str]:
    """Identifier-like pieces of a stored value (the value itself, or tokens of JSON/lists)."""
    seen: list[str] = []
    for piece in _dotted_pieces(unquote(value or "")):
        if (len(piece) >= IDENTIFIER_MIN_LENGTH and _entropy(piece) >= IDENTIFIER_MIN_ENTROPY_BITS
                and piece not in seen):
            seen.append(piece)
    return seen


def looks_like_identifier(value: str) -> bool:
    """Whether a value could single a visitor out (long, varied characters)."""
    return bool(identifier_tokens(value))


def leak_tokens(value: str, known_tracking: bool = False) -> list[str]:
    """Pieces of a stored value worth searching for in request URLs (identifier-like ones).

    ``known_tracking``: the value is a tracking identifier by its name (e.g. ``_ga``), so any
    long, varied piece of it counts, whatever its entropy.
    """
    tokens = [t for t in identifier_tokens(value) if len(t) >= LEAK_MIN_LENGTH]
    if known_tracking:
        for piece in _dotted_pieces(unquote(value or "")):
            varied = len(set(piece)) >= KNOWN_ID_MIN_DISTINCT
            if len(piece) >= IDENTIFIER_MIN_LENGTH and varied and piece not in tokens:
                tokens.append(piece)
    return tokens


# ---------------------------------------------------------------------------------------------
# Classification of recorded items
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Classification:
    """What an item is judged to be and the evidence for it."""

    verdict: str  # tracking | necessary | unknown
    reasons: list[str] = field(default_factory=list)
    vendor: str | None = None
    kind: str | None = None  # consent-state | session | csrf | security | analytics cookie ...
    identifier: bool = False
    tracker: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "reasons": list(self.reasons), "vendor": self.vendor,
                "kind": self.kind, "identifier": self.identifier, "tracker": self.tracker}


def measurement_hit(url: str) -> str | None:
    """Why ``url`` is an analytics measurement hit, or ``None``.

    A hit is a request carrying Google consent mode's state (``gcs``/``gcd``), sent by Google's
    tags with consent granted *and* denied (the "cookieless ping"), or a measurement-protocol
    request: a path ending in ``collect`` with a property id (``tid``).
    """
    parts = urlsplit(url)
    query = parse_qs(parts.query, keep_blank_values=True)
    for name, shape in CONSENT_MODE_PARAMS.items():
        values = query.get(name) or []
        if any(shape.fullmatch(v) for v in values):
            state = f"{name}={values[0][:24]}"
            return f"Google tag hit with consent mode state {state} (sent even when consent is denied)"
    if parts.path.rstrip("/").endswith("collect") and query.get("tid"):
        return f"measurement-protocol hit for property {query['tid'][0][:24]}"
    return None


@dataclass(slots=True)
class Classifier:
    """Classifies cookies, storage entries and requests of one site visit.

    ``extra_tracker_domains`` are registrable domains the user declares trackers (an in-house
    analytics host the public list cannot know); ``first_party`` is the visited page URL.
    """

    first_party: str
    tracker_db: TrackerDB | None = None
    extra_tracker_domains: frozenset[str] = frozenset()

    def tracker(self, url_or_host: str) -> dict[str, Any] | None:
        """The tracker-list entry (or user-declared tracker) a host belongs to, if tracking."""
        site = registrable_domain(url_or_host)
        if site in self.extra_tracker_domains or host_of(url_or_host) in self.extra_tracker_domains:
            return {"source": "configured", "domain": site, "category": "configured", "name": site}
        if self.tracker_db is not None:
            match = self.tracker_db.match(url_or_host)
            if match is not None and match.tracking:
                return match.to_dict()
        return None

    def cookie(self, cookie: Mapping[str, Any], now_epoch_s: float) -> Classification:
        """Judge one cookie from ``context.cookies()`` (+ ``set_by`` when known)."""
        name = str(cookie.get("name", ""))
        value = str(cookie.get("value", ""))
        domain = str(cookie.get("domain", ""))
        expires = float(cookie.get("expires", -1) or -1)
        third = party(domain, self.first_party) == PARTY_THIRD
        by_name = name_rules().match(name)
        if by_name is not None and by_name[0] == NECESSARY:
            rule = by_name[1]
            return Classification(NECESSARY, [f"{rule.kind} cookie of {rule.vendor} ({name})"],
                                  vendor=rule.vendor, kind=rule.kind)
        if by_name is not None:
            rule = by_name[1]
            return Classification(TRACKING, [f"known tracking cookie name ({rule.vendor})"],
                                  vendor=rule.vendor, kind="tracking-cookie",
                                  identifier=looks_like_identifier(value))
        tracker = self.tracker(domain)
        set_by = cookie.get("set_by")
        if tracker is None and set_by:
            tracker = self.tracker(str(set_by))
        if tracker is not None:
            return Classification(TRACKING, [f"set for or by tracker domain {tracker['domain']} "
                                             f"({tracker['category']})"], vendor=tracker.get("name"),
                                  kind="tracker-cookie", tracker=tracker,
                                  identifier=looks_like_identifier(value))
        identifier = looks_like_identifier(value)
        persistent = expires > 0 and expires - now_epoch_s >= PERSISTENT_MIN_SECONDS
        if not third and cookie.get("httpOnly") and expires <= 0:
            return Classification(NECESSARY, ["first-party HttpOnly session cookie (no expiry)"],
                                  kind="session")
        if identifier and persistent:
            where = "third-party" if third else "first-party"
            return Classification(UNKNOWN, [f"persistent {where} cookie holding an identifier-like value"],
                                  kind="identifier", identifier=True)
        return Classification(UNKNOWN, ["no rule decides this cookie"], identifier=identifier)

    def storage(self, key: str, value: str, origin: str) -> Classification:
        """Judge one localStorage/sessionStorage entry of a frame at ``origin``."""
        by_name = name_rules().match(key)
        if by_name is not None:
            verdict, rule = by_name
            kind = rule.kind if verdict == NECESSARY else "tracking-storage"
            return Classification(verdict, [f"{rule.kind} storage key of {rule.vendor} ({key})"],
                                  vendor=rule.vendor, kind=kind, identifier=looks_like_identifier(value))
        tracker = self.tracker(origin)
        if tracker is not None:
            return Classification(TRACKING, [f"stored by a tracker frame ({tracker['domain']})"],
                                  vendor=tracker.get("name"), kind="tracker-storage", tracker=tracker)
        if looks_like_identifier(value):
            return Classification(UNKNOWN, ["storage entry holding an identifier-like value"],
                                  kind="identifier", identifier=True)
        return Classification(UNKNOWN, ["no rule decides this storage entry"])

    def request(self, url: str, identifiers: Iterable[tuple[str, str]] = ()) -> Classification:
        """Judge one request URL; ``identifiers`` are (source name, token) pairs stored on the
        visitor's device so far: a third-party request carrying one is an identifier leak."""
        hit = measurement_hit(url)
        if hit is not None:
            tracker = self.tracker(url)
            return Classification(TRACKING, [hit], vendor=(tracker or {}).get("name") or "Google tag",
                                  kind=MEASUREMENT_HIT, tracker=tracker)
        if party(url, self.first_party) == PARTY_FIRST:
            return Classification(UNKNOWN, ["first-party request"], kind="first-party")
        tracker = self.tracker(url)
        decoded = unquote(url)
        leaked = sorted({source for source, token in identifiers if token in decoded})
        reasons: list[str] = []
        if tracker is not None:
            reasons.append(f"tracker domain {tracker['domain']} ({tracker['category']})")
        if leaked:
            reasons.append("carries identifier(s) stored on the device: " + ", ".join(leaked))
        if reasons:
            return Classification(TRACKING, reasons, vendor=(tracker or {}).get("name"),
                                  kind="tracking-request", tracker=tracker, identifier=bool(leaked))
        return Classification(UNKNOWN, ["third-party request to no known tracker"], kind="third-party")


__all__ = [
    "CONSENT_MODE_PARAMS",
    "ENV_TRACKERDB",
    "MEASUREMENT_HIT",
    "NECESSARY",
    "PARTY_FIRST",
    "PARTY_THIRD",
    "TRACKING",
    "TRACKING_CATEGORIES",
    "UNKNOWN",
    "Classification",
    "Classifier",
    "TrackerDB",
    "TrackerMatch",
    "host_of",
    "identifier_tokens",
    "leak_tokens",
    "looks_like_identifier",
    "measurement_hit",
    "name_rules",
    "party",
    "registrable_domain",
]
