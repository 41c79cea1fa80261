"""Party by registrable domain, TrackerDB lookups, name heuristics and identifier detection."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from consentinel.tracking.classify import (
    ENV_TRACKERDB,
    NECESSARY,
    TRACKING,
    UNKNOWN,
    Classifier,
    TrackerDB,
    identifier_tokens,
    leak_tokens,
    looks_like_identifier,
    name_rules,
    party,
    registrable_domain,
)

TRACKERDB_IN_PACKAGE = "@ghostery/trackerdb/dist/trackerdb.json"
TRACKERDB_EXCERPT = Path(__file__).resolve().parent / "data" / "trackerdb_excerpt.json"
NOW = time.time()
YEAR = 365 * 86400


@pytest.mark.parametrize(("host", "site"), [
    ("https://www.example.co.uk/path", "example.co.uk"),
    ("a.b.example.com", "example.com"),
    (".shop.example.com", "example.com"),  # cookie domain with its leading dot
    ("alice.github.io", "alice.github.io"),  # a private suffix: each user is a site
    ("http://127.0.0.1:8000/x", "127.0.0.1"),
    ("localhost", "localhost"),
])
def test_registrable_domain(host: str, site: str) -> None:
    assert registrable_domain(host) == site


def test_party_is_by_site_not_origin() -> None:
    assert party("https://cdn.example.com/a.js", "https://www.example.com/") == "first"
    assert party("https://bob.github.io/", "https://alice.github.io/") == "third"
    assert party("http://localhost:9/p.gif", "http://127.0.0.1:8/") == "third"
    assert party("http://127.0.0.1:9/p.gif", "http://127.0.0.1:8/") == "first"  # ports do not make sites


@pytest.mark.parametrize(("name", "verdict"), [
    ("_ga", TRACKING), ("_ga_ABC123", TRACKING), ("_fbp", TRACKING), ("IDE", TRACKING), ("_hjid", TRACKING),
    ("Hm_lvt_0123abcd", TRACKING), ("cc_cookie", NECESSARY), ("klaro", NECESSARY),
    ("OptanonConsent", NECESSARY), ("euconsent-v2", NECESSARY), ("PHPSESSID", NECESSARY),
    ("csrftoken", NECESSARY), ("XSRF-TOKEN", NECESSARY), ("consent_ga", NECESSARY),
    ("cookies_accepted_categories", NECESSARY),  # @porscheofficial/cookie-consent-banner's default
])
def test_name_rules(name: str, verdict: str) -> None:
    found = name_rules().match(name)
    assert found is not None and found[0] == verdict


@pytest.mark.parametrize("name", ["lang", "currency", "uid", "theme", "_galaxy"])
def test_generic_names_are_left_to_other_evidence(name: str) -> None:
    assert name_rules().match(name) is None


def test_identifier_heuristic() -> None:
    assert looks_like_identifier("550e8400-e29b-41d4-a716-446655440000")
    assert looks_like_identifier("GA1.1.1847362915.1732891234")
    assert "1847362915.1732891234" in identifier_tokens("GA1.1.1847362915.1732891234")
    for plain in ("en-US", "true", "1", "1732891234", "dark", "accepted"):
        assert not looks_like_identifier(plain), plain


def cookie(name: str, domain: str = "www.example.com", **kw: object) -> dict[str, object]:
    return {"name": name, "domain": domain, "value": kw.pop("value", "x"), "expires": kw.pop("expires", -1),
            "httpOnly": kw.pop("httpOnly", False), **kw}


def test_cookie_classification() -> None:
    c = Classifier("https://www.example.com/")
    assert c.cookie(cookie("_ga", value="GA1.1.1847362915.1732891234"), NOW).verdict == TRACKING
    assert c.cookie(cookie("cc_cookie"), NOW).kind == "consent-state"
    session = c.cookie(cookie("s", value="q8Zr2Lw0Pn7XcV4b", httpOnly=True), NOW)
    assert (session.verdict, session.kind) == (NECESSARY, "session")
    ident = c.cookie(cookie("vid", value="q8Zr2Lw0Pn7XcV4bT1", expires=NOW + YEAR), NOW)
    assert (ident.verdict, ident.kind, ident.identifier) == (UNKNOWN, "identifier", True)
    short = c.cookie(cookie("vid", value="q8Zr2Lw0Pn7XcV4bT1", expires=NOW + 60), NOW)
    assert short.kind != "identifier"  # not persistent: no reason for review
    assert c.cookie(cookie("lang", value="en"), NOW).verdict == UNKNOWN


def test_a_known_tracking_cookie_leaks_even_with_low_entropy_digits() -> None:
    """GA's client id is digits only; some random draws fall under the entropy bar."""
    value = "GA1.1.1111122223.1764430000"
    assert "1111122223.1764430000" not in identifier_tokens(value)  # below 3 bits per character
    assert "1111122223.1764430000" not in leak_tokens(value)
    assert "1111122223.1764430000" in leak_tokens(value, known_tracking=True)
    assert "1764430000" not in leak_tokens(value, known_tracking=True)  # a bare timestamp
    assert "0000000000.0000000000" not in leak_tokens("GA1.1.0000000000.0000000000", known_tracking=True)


def test_requests_leaking_a_stored_identifier_are_tracking_on_any_domain() -> None:
    c = Classifier("http://127.0.0.1:8000/")
    ids = [("cookie _ga", "1847362915.1732891234")]
    leak = c.request("http://localhost:9/p.gif?cid=1847362915.1732891234", ids)
    assert leak.verdict == TRACKING and "cookie _ga" in leak.reasons[0]
    assert c.request("http://localhost:9/font.woff2", ids).verdict == UNKNOWN
    assert c.request("http://127.0.0.1:8000/p?cid=1847362915.1732891234", ids).kind == "first-party"


def test_configured_tracker_domains() -> None:
    c = Classifier("https://www.example.com/", extra_tracker_domains=frozenset({"stats.example.net"}))
    assert c.request("https://stats.example.net/collect").verdict == TRACKING
    assert c.request("https://cdn.example.net/lib.js").verdict == UNKNOWN


def test_trackerdb_matches_hosts_and_classifies_requests_and_cookies() -> None:
    db = TrackerDB.load(TRACKERDB_EXCERPT)
    ga = db.match("https://region1.google-analytics.com/g/collect")
    assert ga is not None and ga.category == "site_analytics" and ga.tracking
    assert db.match("https://www.example.com/") is None
    c = Classifier("https://www.example.com/", db)
    request = c.request("https://www.google-analytics.com/g/collect?v=2")
    assert request.verdict == TRACKING and request.tracker and request.tracker["name"] == "Google Analytics"
    third = c.cookie(cookie("test", domain=".doubleclick.net", value="1"), NOW)
    assert third.verdict == TRACKING and third.kind == "tracker-cookie"


@pytest.mark.npm
def test_trackerdb_from_npm(tracking_npm: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_TRACKERDB, str(tracking_npm / TRACKERDB_IN_PACKAGE))
    db = TrackerDB.find()
    assert db is not None and len(db) > 1000 and db.version == "1.0.945"
    assert db.match("https://region1.google-analytics.com/g/collect") is not None


@pytest.mark.npm
def test_trackerdb_excerpt_is_verbatim(tracking_npm: Path) -> None:
    full = json.loads((tracking_npm / TRACKERDB_IN_PACKAGE).read_text(encoding="utf-8"))
    excerpt = json.loads(TRACKERDB_EXCERPT.read_text(encoding="utf-8"))
    assert excerpt["patterns"] == {key: full["patterns"][key] for key in excerpt["patterns"]}
    assert excerpt["domains"] == {d: p for d, p in full["domains"].items() if p in excerpt["patterns"]}


def test_trackerdb_located_from_a_folder_and_bad_files_named(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_TRACKERDB, raising=False)
    installed = tmp_path / "project" / "node_modules" / TRACKERDB_IN_PACKAGE
    installed.parent.mkdir(parents=True)
    installed.write_bytes(TRACKERDB_EXCERPT.read_bytes())
    assert TrackerDB.locate(tmp_path / "project" / "src") == installed
    assert TrackerDB.find(tmp_path / "project").match("doubleclick.net") is not None
    assert TrackerDB.locate(tmp_path) is None or not str(TrackerDB.locate(tmp_path)).startswith(str(tmp_path))
    bad = tmp_path / "trackerdb.json"
    bad.write_text('{"nothing": 1}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"trackerdb\.json"):
        TrackerDB.load(bad)


@pytest.mark.parametrize(
    "url",
    ["https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&gcs=G100&gcd=13l3l3l3l1&en=page_view",
     "https://www.google-analytics.com/collect?v=1&gcs=G100&t=pageview",
     "https://www.example.com/g/collect?v=2&tid=G-ABC123&gcd=13q3q3q3q5",  # server-side tagging proxy
     "https://stats.example.net/j/collect?v=1&tid=UA-1234-1&cid=555"],
)
def test_consent_mode_pings_and_measurement_hits_are_tracking_without_a_tracker_list(url: str) -> None:
    result = Classifier("https://www.example.com/").request(url)
    assert result.verdict == "tracking" and result.kind == "measurement-hit"


@pytest.mark.parametrize(
    "url",
    ["https://www.example.com/search?gcs=garden", "https://cdn.example.net/collect.js",
     "https://www.example.com/api/collect?items=3"],
)
def test_lookalike_parameters_are_not_measurement_hits(url: str) -> None:
    assert Classifier("https://www.example.com/").request(url).kind != "measurement-hit"
