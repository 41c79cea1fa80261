"""consent-before-choice and consent-after-reject as pure functions over saved tracking facts."""

from __future__ import annotations

import json
from typing import Any

from consentinel.checks import ALL_CHECKS, SNAPSHOT_CHECKS
from consentinel.facts.snapshot import Snapshot

BEFORE = ALL_CHECKS["consent-before-choice"]
AFTER = ALL_CHECKS["consent-after-reject"]


def verdict(v: str, kind: str | None = None, reasons: tuple[str, ...] = ("r",)) -> dict[str, Any]:
    return {"verdict": v, "kind": kind, "reasons": list(reasons), "vendor": None, "identifier": False}


def cookie(name: str, v: str, t_choice: float | None = None, kind: str | None = None,
           changed: float | None = None) -> dict[str, Any]:
    return {"name": name, "domain": "www.example.com", "party": "first", "t_ms": 100.0,
            "t_choice_ms": t_choice, "changed_t_choice_ms": changed, "classification": verdict(v, kind)}


def request(url: str, v: str, t_choice: float | None = None, party: str = "third") -> dict[str, Any]:
    return {"url": url, "method": "GET", "party": party, "t_ms": 50.0, "t_choice_ms": t_choice,
            "classification": verdict(v, "tracking-request")}


def phase(name: str, *, cookies: list[Any] = (), requests: list[Any] = (), storage: list[Any] = (),
          reached: bool = True, tcf: dict[str, Any] | None = None) -> dict[str, Any]:
    choice = None if name == "landing" else {"role": name.split("-")[1], "reached": reached,
                                               "clicked": ["Reject all"] if reached else []}
    return {"phase": name, "url": "https://www.example.com/", "choice": choice, "choice_at_ms": 900.0,
            "cookies": list(cookies), "requests": list(requests), "storage": list(storage), "tcf": tcf or {},
            "har": f"x/{name}.har"}


def snap(*phases: dict[str, Any]) -> Snapshot:
    tracking = {"schema": "consentinel.tracking/1", "phases": {p["phase"]: p for p in phases}}
    # Round-trip through JSON as a saved snapshot would.
    return Snapshot.from_dict(json.loads(json.dumps(Snapshot(url="https://www.example.com/",
                                                             tracking=tracking).to_dict())))


def test_tracking_checks_are_not_snapshot_checks() -> None:
    assert "consent-before-choice" not in SNAPSHOT_CHECKS and "consent-after-reject" not in SNAPSHOT_CHECKS
    assert BEFORE.meta.impact == AFTER.meta.impact == "critical"


def test_no_tracking_facts_no_findings() -> None:
    assert BEFORE.run(Snapshot(url="x")) == [] and AFTER.run(Snapshot(url="x")) == []


def test_before_choice_flags_tracking_cookies_storage_and_requests() -> None:
    landing = phase("landing", cookies=[cookie("_ga", "tracking"), cookie("cc_cookie", "necessary")],
                    requests=[request("https://t.example.net/p?cid=1", "tracking"),
                              request("https://cdn.example.net/lib.js", "unknown")],
                    storage=[{"area": "localStorage", "key": "_hjid", "classification": verdict("tracking")}])
    findings = BEFORE.run(snap(landing))
    assert [f.outcome for f in findings] == ["violation"] * 3
    what = {f.evidence["what"]: f for f in findings}
    assert [i["name"] for i in what["non-essential cookies set"].evidence["items"]] == ["_ga"]
    assert what["third-party tracking requests sent"].evidence["count"] == 1
    assert what["non-essential cookies set"].evidence["phase"] == "landing"
    assert what["non-essential cookies set"].evidence["har"] == "x/landing.har"


def test_necessary_and_first_party_only_is_clean() -> None:
    landing = phase("landing", cookies=[cookie("cc_cookie", "necessary", kind="consent-state"),
                                        cookie("PHPSESSID", "necessary", kind="session")],
                    requests=[request("https://www.example.com/api", "tracking", party="first")])
    assert BEFORE.run(snap(landing)) == []


def test_unclassified_identifiers_need_review_only() -> None:
    landing = phase("landing", cookies=[cookie("vid", "unknown", kind="identifier")])
    findings = BEFORE.run(snap(landing))
    assert [f.outcome for f in findings] == ["review"]
    assert BEFORE.run(snap(landing), {"review_identifiers": False}) == []


def test_without_landing_the_pre_choice_part_of_other_phases_is_judged() -> None:
    reject = phase("after-reject", cookies=[cookie("_ga", "tracking", t_choice=-300),
                                            cookie("_fbp", "tracking", t_choice=20)])
    findings = BEFORE.run(snap(reject))
    assert [i["name"] for i in findings[0].evidence["items"]] == ["_ga"]


def test_tcf_purposes_before_choice() -> None:
    tcf = {"before": {"present": True, "tc_string": "C...", "decoded": {"purposes_consent": [1, 3]}}}
    findings = BEFORE.run(snap(phase("landing", tcf=tcf)))
    assert len(findings) == 1 and findings[0].evidence["purposes_consent"] == [1, 3]
    assert BEFORE.run(snap(phase("landing", tcf=tcf)), {"tcf": False}) == []
    empty = {"before": {"present": True, "decoded": {"purposes_consent": []}}}
    assert BEFORE.run(snap(phase("landing", tcf=empty))) == []


def test_after_reject_flags_only_what_happens_after_the_click() -> None:
    reject = phase("after-reject",
                   cookies=[cookie("_ga", "tracking", t_choice=-500),  # set before, left: not judged here
                            cookie("_fbp", "tracking", t_choice=35),  # set after the click
                            cookie("_gid", "tracking", t_choice=-500, changed=80),  # renewed after it
                            cookie("cc_cookie", "necessary", t_choice=3)],  # the rejection itself
                   requests=[request("https://t.example.net/a", "tracking", t_choice=-100),
                             request("https://t.example.net/b", "tracking", t_choice=400)])
    findings = AFTER.run(snap(reject))
    violations = {f.evidence["what"]: f for f in findings if f.outcome == "violation"}
    assert sorted(i["name"] for i in violations["tracking cookies set or renewed"].evidence["items"]) == \
        ["_fbp", "_gid"]
    assert [i["url"] for i in violations["third-party tracking requests sent"].evidence["items"]] == \
        ["https://t.example.net/b"]
    assert all(f.outcome == "violation" for f in findings)
    # A grace period tolerates requests right after the click.
    later = AFTER.run(snap(reject), {"grace_ms": 500})
    assert "third-party tracking requests sent" not in {f.evidence["what"] for f in later}


def test_after_reject_needs_a_rejection() -> None:
    reject = phase("after-reject", reached=False, cookies=[cookie("_fbp", "tracking", t_choice=35)])
    assert AFTER.run(snap(reject)) == []


def test_after_reject_storage_and_tcf() -> None:
    storage = [{"area": "localStorage", "key": "_hjid", "before_choice": False,
                "classification": verdict("tracking")},
               {"area": "localStorage", "key": "ajs_user_id", "before_choice": True,
                "changed_after_choice": False, "classification": verdict("tracking")}]
    tcf = {"after": {"present": True, "decoded": {"purposes_consent": [1]}, "tc_string": "C..."}}
    findings = AFTER.run(snap(phase("after-reject", storage=storage, tcf=tcf)))
    what = {f.evidence["what"]: f for f in findings}
    assert [i["key"] for i in what["tracking storage entries written"].evidence["items"]] == ["_hjid"]
    assert what["IAB TCF purpose consents"].evidence["purposes_consent"] == [1]


def test_evidence_is_capped_and_counted() -> None:
    landing = phase("landing", cookies=[cookie(f"_ga_{i}", "tracking") for i in range(7)])
    finding = BEFORE.run(snap(landing), {"max_items": 3})[0]
    assert finding.evidence["count"] == 7 and len(finding.evidence["items"]) == 3
    assert finding.evidence["items_omitted"] == 4


def test_tracker_set_before_the_choice_and_left_after_reject_belongs_to_before_choice() -> None:
    reject = phase("after-reject", cookies=[cookie("_ga", "tracking", t_choice=-500),
                                            cookie("cc_cookie", "necessary", t_choice=3)])
    landing = phase("landing", cookies=[cookie("_ga", "tracking")])
    assert AFTER.run(snap(landing, reject)) == []
    (before,) = BEFORE.run(snap(landing, reject))
    assert before.evidence["not_removed_after_reject"] == ["_ga"]
    # Removed by the rejection: nothing to note.
    gone = phase("after-reject", cookies=[{**cookie("_ga", "tracking", t_choice=-500), "deleted": True}])
    assert "not_removed_after_reject" not in BEFORE.run(snap(landing, gone))[0].evidence


def test_consent_mode_pings_after_reject_count_even_through_a_first_party_tagging_host() -> None:
    ping = {**request("https://www.example.com/g/collect?gcs=G100", "tracking", t_choice=300, party="first"),
            "classification": {**verdict("tracking", "measurement-hit")}}
    page_api = request("https://www.example.com/api", "tracking", t_choice=300, party="first")
    (finding,) = AFTER.run(snap(phase("after-reject", requests=[ping, page_api])))
    assert [i["url"] for i in finding.evidence["items"]] == [ping["url"]]
