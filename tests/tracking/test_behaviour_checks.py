"""The behavioural checks (implied-consent, reprompt-after-reject, withdrawal-not-easy,
legitimate-interest-after-reject) as pure functions over saved tracking + behaviour facts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from consentinel.checks import ALL_CHECKS, checks_requiring
from consentinel.facts.behaviour import CHECK_PHASES, CHECK_PROBES, stored_grant
from consentinel.facts.snapshot import Snapshot
from consentinel.facts.tcf import decode_tc_string
from consentinel.gather.behaviour import phase_probes, reopen_phrases

BEHAVIOUR_IDS = (
    "implied-consent",
    "reprompt-after-reject",
    "withdrawal-not-easy",
    "legitimate-interest-after-reject",
)
STARTED = "2026-01-01T00:00:00+00:00"
STARTED_S = 1767225600.0
DAY = 86400.0
LI_STRINGS = json.loads((Path(__file__).parents[1] / "pages/behaviour/tc_strings.json").read_text("utf-8"))


def verdict(v: str, kind: str | None = None) -> dict[str, Any]:
    return {"verdict": v, "kind": kind, "reasons": ["r"], "vendor": None, "identifier": False}


def cookie(
    name: str,
    v: str = "tracking",
    *,
    expires: float = -1,
    t_choice: float | None = None,
    kind: str | None = None,
    digest: str = "d1",
) -> dict[str, Any]:
    return {
        "name": name,
        "domain": "www.example.com",
        "party": "first",
        "expires": expires,
        "t_ms": 10.0,
        "t_choice_ms": t_choice,
        "changed_t_choice_ms": None,
        "value_digest": digest,
        "classification": verdict(v, kind),
    }


def pixel(host: str = "tracker.example", t_choice: float | None = None) -> dict[str, Any]:
    return {
        "url": f"https://{host}/p.gif?cid=1",
        "method": "GET",
        "party": "third",
        "t_choice_ms": t_choice,
        "classification": verdict("tracking", "tracking-request"),
    }


def state(
    *,
    cookies: list[Any] = (),
    requests: list[Any] = (),
    consent: list[Any] = (),
    tcf: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "cookies": list(cookies),
        "storage": [],
        "requests": list(requests),
        "consent_state": list(consent),
        "tcf": tcf or {"present": False},
        "url": "https://www.example.com/",
    }


def step(
    action: str,
    after: dict[str, Any] | None,
    *,
    asking: bool | None = False,
    done: bool = True,
    error: str | None = None,
) -> dict[str, Any]:
    return {
        "action": action,
        "detail": f"did {action}",
        "done": done,
        "error": error,
        "prompt_asking": asking,
        "state": after,
        "screenshot_before": f"{action}-before.png",
        "screenshot_after": f"{action}-after.png",
    }


def phase(
    name: str,
    *,
    cookies: list[Any] = (),
    requests: list[Any] = (),
    storage: list[Any] = (),
    reached: bool = True,
    clicked: tuple[str, ...] = ("Accept all",),
    tcf: dict[str, Any] | None = None,
    behaviour: dict[str, Any] | None = None,
) -> dict[str, Any]:
    choice = (
        None
        if name == "landing"
        else {"role": name.split("-")[1], "reached": reached, "clicked": list(clicked) if reached else []}
    )
    facts = {
        "phase": name,
        "url": "https://www.example.com/",
        "final_url": "https://www.example.com/",
        "started_at": STARTED,
        "choice": choice,
        "cookies": list(cookies),
        "requests": list(requests),
        "storage": list(storage),
        "tcf": tcf or {},
        "har": f"out/step-4-tracking/{name}.har",
    }
    if behaviour is not None:
        facts["behaviour"] = behaviour
    return facts


def snap(*phases: dict[str, Any]) -> Snapshot:
    return Snapshot(
        url="https://www.example.com/",
        tracking={"schema": "consentinel.tracking/1", "phases": {p["phase"]: p for p in phases}},
    )


def run(check_id: str, snapshot: Snapshot, **options: Any) -> list[Any]:
    return ALL_CHECKS[check_id].run(snapshot, options)


def landing(*steps_: dict[str, Any], baseline: dict[str, Any] | None = None, **kw: Any) -> dict[str, Any]:
    return phase(
        "landing",
        behaviour={
            "probe": "implied-consent",
            "wait_ms": 500,
            "baseline": baseline or state(),
            "steps": list(steps_),
        },
        **kw,
    )


# -- metadata -------------------------------------------------------------------------------------


def test_behavioural_checks_are_registered_with_data_and_plans() -> None:
    for cid in BEHAVIOUR_IDS:
        meta = ALL_CHECKS[cid].meta
        assert meta.legal and "tracking" in meta.requires, cid
        assert cid in CHECK_PHASES and cid in CHECK_PROBES
    assert set(checks_requiring("behaviour")) == set(BEHAVIOUR_IDS)


def test_only_the_probes_the_selected_checks_need_are_built() -> None:
    assert set(phase_probes(["implied-consent"], None)) == {"landing"}
    assert set(phase_probes(["reprompt-after-reject", "withdrawal-not-easy"], None)) == {
        "after-reject",
        "after-accept",
    }
    assert set(phase_probes(["legitimate-interest-after-reject", "consent-before-choice"], None)) == {
        "after-reject"
    }
    assert phase_probes(["consent-before-choice", "consent-after-reject"], None) == {}


def test_reopen_vocabulary_covers_the_first_class_languages() -> None:
    phrases = reopen_phrases()
    for phrase in (
        "cookie settings",
        "隐私设置",
        "cookie 设置",
        "cookie-einstellungen",
        "gérer les cookies",
        "configuración de cookies",
    ):
        assert phrase in phrases
    assert "privacy" not in phrases and "settings" not in phrases  # a policy link is no way to withdraw


@pytest.mark.parametrize(
    ("value", "grants"),
    [
        ("accepted", True),
        ("rejected", False),
        ("%7B%22analytics%22%3Atrue%7D", True),
        ('{"necessary": true, "analytics": false}', False),
        ('{"categories": ["necessary"]}', False),
        ('{"categories": ["necessary", "analytics"], "revision": 0}', True),
        ("c2a9f0e1", None),
    ],
)
def test_stored_grant_reads_common_consent_manager_values(value: str, grants: bool | None) -> None:
    assert stored_grant(value) is grants


# -- implied-consent -------------------------------------------------------------------------------


def test_tracking_started_by_scrolling_is_implied_consent() -> None:
    facts = snap(
        landing(
            step("wait", state()),
            step(
                "scroll",
                state(
                    cookies=[cookie("_ga")],
                    requests=[pixel()],
                    consent=[{"kind": "cookie", "name": "site_consent", "value": "accepted", "expires": 1}],
                ),
            ),
        )
    )
    [finding] = run("implied-consent", facts)
    assert finding.outcome == "violation" and finding.evidence["action"] == "scroll"
    assert finding.evidence["before"]["tracking_cookies"] == []
    assert finding.evidence["after"]["tracking_cookies"] == ["_ga"]
    assert finding.evidence["screenshots"] == {
        "before": "out/step-4-tracking/scroll-before.png",
        "after": "out/step-4-tracking/scroll-after.png",
    }
    assert finding.evidence["phase"] == "landing"


def test_tcf_consent_recorded_by_waiting_is_implied_consent() -> None:
    tcf = {"present": True, "decoded": {"purposes_consent": [1, 3]}}
    [finding] = run("implied-consent", snap(landing(step("wait", state(tcf=tcf)))))
    assert finding.evidence["new_tcf_purposes_consent"] == [1, 3]


def test_tracking_before_any_action_is_not_implied_consent() -> None:
    tracking = state(cookies=[cookie("_ga")], requests=[pixel()])
    facts = snap(
        landing(
            step("wait", tracking),
            step("navigate", tracking),
            baseline=tracking,
            cookies=[cookie("_ga")],
            requests=[pixel()],
        )
    )
    assert run("implied-consent", facts) == []


def test_closing_that_leaves_everything_off_and_a_notice_that_sets_nothing_are_fine() -> None:
    refused = [{"kind": "cookie", "name": "site_consent", "value": "rejected", "expires": 1}]
    facts = snap(
        landing(
            step("close", state(consent=refused)),
            step("navigate", state(cookies=[cookie("site_consent", "necessary", kind="consent-state")])),
        )
    )
    assert run("implied-consent", facts) == []


def test_a_stored_grant_without_tracking_needs_review() -> None:
    granted = [
        {
            "kind": "localStorage",
            "name": "cc_cookie",
            "value": '{"categories":["analytics"]}',
            "expires": None,
        }
    ]
    [finding] = run("implied-consent", snap(landing(step("close", state(consent=granted)))))
    assert finding.outcome == "review"


def test_actions_not_judged_are_skipped() -> None:
    facts = snap(landing(step("navigate", state(requests=[pixel()]))))
    assert run("implied-consent", facts, actions=["wait", "scroll", "close"]) == []
    assert len(run("implied-consent", facts)) == 1


# -- reprompt-after-reject -----------------------------------------------------------------------


def reject_phase(*steps_: dict[str, Any], cookies: list[Any] = (), storage: list[Any] = ()) -> dict[str, Any]:
    return phase(
        "after-reject",
        clicked=("Reject all",),
        cookies=cookies,
        storage=storage,
        behaviour={"probe": "reprompt", "steps": list(steps_)},
    )


def accept_phase(
    cookies: list[Any] = (), behaviour: dict[str, Any] | None = None, **kw: Any
) -> dict[str, Any]:
    return phase("after-accept", cookies=cookies, behaviour=behaviour, **kw)


KEPT = cookie("site_consent", "necessary", expires=STARTED_S + 180 * DAY, kind="consent-state")


def test_the_prompt_asking_again_on_reload_is_a_reprompt() -> None:
    facts = snap(
        reject_phase(step("reload", state(), asking=True), step("second-page", state()), cookies=[KEPT]),
        accept_phase([KEPT]),
    )
    [finding] = run("reprompt-after-reject", facts)
    assert "reload" in finding.message and finding.evidence["timeline"][0]["prompt_asking"] is True


def test_a_refusal_in_a_session_cookie_is_forgotten_too_soon() -> None:
    session = cookie("site_consent", "necessary", expires=-1, kind="consent-state")
    facts = snap(reject_phase(step("reload", state()), cookies=[session]), accept_phase([KEPT]))
    [finding] = run("reprompt-after-reject", facts)
    assert finding.evidence["refusal_days"] == 0 and finding.evidence["acceptance_days"] == 180


def test_the_porsche_banners_stored_choice_is_recognised_by_its_default_name() -> None:
    # @porscheofficial/cookie-consent-banner keeps the choice in "cookies_accepted_categories"
    name = "cookies_accepted_categories"
    session = cookie(name, "necessary", expires=-1)
    kept = cookie(name, "necessary", expires=STARTED_S + 180 * DAY)
    facts = snap(reject_phase(step("reload", state()), cookies=[session]), accept_phase([kept]))
    [finding] = run("reprompt-after-reject", facts)
    assert [e["name"] for e in finding.evidence["refusal_stored_in"]] == [name]
    assert finding.evidence["refusal_days"] == 0 and finding.evidence["acceptance_days"] == 180


def test_refusal_kept_as_long_as_acceptance_is_fine() -> None:
    facts = snap(
        reject_phase(step("reload", state()), step("second-page", state()), cookies=[KEPT]),
        accept_phase([KEPT]),
    )
    assert run("reprompt-after-reject", facts) == []
    assert run("reprompt-after-reject", facts, min_lifetime_ratio=2.0)  # the option decides


def test_an_unrecognised_refusal_store_needs_review() -> None:
    facts = snap(reject_phase(step("reload", state()), cookies=[]), accept_phase([KEPT]))
    [finding] = run("reprompt-after-reject", facts)
    assert finding.outcome == "review"


# -- withdrawal-not-easy ---------------------------------------------------------------------------


def withdrawal(
    clicks: int | None,
    *,
    reopen: bool = True,
    after_reload: dict[str, Any] | None = None,
    error: str | None = None,
) -> dict[str, Any]:
    steps_ = [step("withdraw", state(cookies=[cookie("_ga")]))]
    if clicks is not None:
        steps_.append(step("reload", after_reload or state(cookies=[cookie("_ga")])))
    return {
        "probe": "withdrawal",
        "accept_clicks": 1,
        "clicks": clicks,
        "error": error,
        "clicked": ["Cookie settings", "Reject all"][: clicks or 0],
        "reopen": [{"mark": "1", "text": "cookie settings"}] if reopen else [],
        "steps": steps_,
    }


def accepted(behaviour: dict[str, Any], tracks: bool = True) -> Snapshot:
    cookies = [cookie("_ga", t_choice=120.0)] if tracks else []
    return snap(accept_phase(cookies, behaviour=behaviour))


def test_no_way_to_reopen_the_choice_is_a_finding() -> None:
    [finding] = run("withdrawal-not-easy", accepted(withdrawal(None, reopen=False)))
    assert "no link, icon or button" in finding.message


def test_more_clicks_to_withdraw_than_to_accept() -> None:
    [finding] = run("withdrawal-not-easy", accepted(withdrawal(2)))
    assert finding.evidence["withdraw_clicks"] == 2 and finding.evidence["accept_clicks"] == 1
    assert run("withdrawal-not-easy", accepted(withdrawal(2)), extra_clicks=1) == []


def test_tracking_after_withdrawal_is_a_finding() -> None:
    behaviour = withdrawal(2, after_reload=state(cookies=[cookie("_ga")], requests=[pixel()]))
    findings = run("withdrawal-not-easy", accepted(behaviour), extra_clicks=1)
    assert [f.text for f in findings] == ["tracking after withdrawal: tracker.example"]


def test_a_reopened_layer_without_a_way_to_withdraw_is_a_finding_other_failures_need_review() -> None:
    [offered_none] = run(
        "withdrawal-not-easy",
        accepted(withdrawal(None, error="the reopened layer offers no way to withdraw")),
    )
    [timed_out] = run("withdrawal-not-easy", accepted(withdrawal(None, error="Timeout 2000ms exceeded")))
    assert (offered_none.outcome, timed_out.outcome) == ("violation", "review")


def test_withdrawal_is_not_judged_where_accepting_starts_nothing() -> None:
    assert run("withdrawal-not-easy", accepted(withdrawal(None, reopen=False), tracks=False)) == []


# -- legitimate-interest-after-reject --------------------------------------------------------------


def rejected_with(tc_string: str) -> Snapshot:
    tcf = {
        "after": {
            "present": True,
            "tc_string": tc_string,
            "decoded": decode_tc_string(tc_string),
            "tc_data": {"tcString": tc_string},
        }
    }
    return snap(phase("after-reject", clicked=("Reject all",), tcf=tcf))


def test_reject_all_that_keeps_legitimate_interest_is_a_finding() -> None:
    [finding] = run("legitimate-interest-after-reject", rejected_with(LI_STRINGS["li_purposes_2_7_8_9_10"]))
    assert finding.outcome == "violation"
    assert [p.split(":")[0] for p in finding.evidence["purposes_legitimate_interest"]] == [
        "2",
        "7",
        "8",
        "9",
        "10",
    ]


def test_reject_all_that_clears_every_signal_is_fine() -> None:
    tracking = json.loads((Path(__file__).parents[1] / "pages/tracking/tc_strings.json").read_text("utf-8"))
    assert run("legitimate-interest-after-reject", rejected_with(tracking["no_purposes"])) == []


def test_the_cmps_own_li_objects_count_and_an_undecodable_string_needs_review() -> None:
    tcf = {
        "after": {
            "present": True,
            "tc_string": "x",
            "decoded": {"error": "bad"},
            "tc_data": {"tcString": "x", "vendorLegitimateInterests": {"755": True, "12": False}},
        }
    }
    facts = snap(phase("after-reject", clicked=("Reject all",), tcf=tcf))
    [finding] = run("legitimate-interest-after-reject", facts)
    assert finding.evidence["vendors_legitimate_interest"] == [755]
    assert run("legitimate-interest-after-reject", facts, vendors=False)[0].outcome == "review"


def rejected_then_reopened(toggles: list[dict[str, Any]]) -> Snapshot:
    layer = {
        "opened": True,
        "toggles": toggles,
        "clicked": ["privacy settings"],
        "error": None,
        "screenshot": "settings.png",
    }
    return snap(phase("after-reject", clicked=("Reject all",), behaviour={"settings_after_reject": layer}))


def test_legitimate_interest_switches_left_on_in_the_settings_layer() -> None:
    facts = rejected_then_reopened(
        [
            {"label": "Analytics", "checked": False, "disabled": False},
            {"label": "Berechtigtes Interesse: Werbung messen", "checked": True, "disabled": False},
            {"label": "Right to object: content measurement", "checked": False, "disabled": False},
        ]
    )
    [finding] = run("legitimate-interest-after-reject", facts)
    assert [t["label"][:5] for t in finding.evidence["switches_left_on"]] == ["Berec", "Right"]
    assert finding.evidence["screenshots"] == {"after": "out/step-4-tracking/settings.png"}
    assert run("legitimate-interest-after-reject", facts, settings_layer=False) == []


def test_a_settings_layer_with_every_interest_refused_is_fine() -> None:
    facts = rejected_then_reopened(
        [
            {"label": "正当利益：衡量广告效果", "checked": False, "disabled": False},
            {"label": "Object to legitimate interest", "checked": True, "disabled": False},
            {"label": "Strictly necessary", "checked": True, "disabled": True},
        ]
    )
    assert run("legitimate-interest-after-reject", facts) == []


def test_screenshots_are_named_in_the_folder_the_probe_saved_them_to() -> None:
    # A scan's pass keeps the accept/reject HARs in a step folder of its own, while the probes
    # save their screenshots beside the journey's artefacts: the evidence must name those files.
    behaviour = withdrawal(None, reopen=False) | {"screenshot": "no-reopen.png", "shots_dir": "out/journey"}
    [finding] = run("withdrawal-not-easy", accepted(behaviour))
    assert finding.evidence["screenshots"] == {"after": "out/journey/no-reopen.png"}
    without_folder = withdrawal(None, reopen=False) | {"screenshot": "no-reopen.png"}
    [finding] = run("withdrawal-not-easy", accepted(without_folder))
    assert finding.evidence["screenshots"] == {"after": "out/step-4-tracking/no-reopen.png"}
