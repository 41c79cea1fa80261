"""The one consent pass in a real browser: three page loads at most (plus the reject context's
next page view when consent-after-reject is judged), no fixed prompt wait.

Asserts on what the pass recorded (page loads counted from main-frame commits, why each wait
ended), never on wall-clock time. The behavioural checks (issue 13) go on in the same three
contexts and add only their own navigations (a neutral link, a reload, a second page).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_fixtures import PAGES, served

from consentinel.checks import ALL_CHECKS, checks_requiring
from consentinel.gather.runner import RunOptions, Session
from consentinel.results import JourneyResult

# Every check but the behavioural ones: exploration, tracking, snapshot and prompt checks.
WITHOUT_PROBES = [cid for cid in ALL_CHECKS if cid not in checks_requiring("behaviour")]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with served(PAGES / "onepass") as base_url:
        yield base_url


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    out_dir = tmp_path_factory.mktemp("onepass")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CONSENTINEL_TEST_HOST_RULES", "1")
        with Session(RunOptions(out_dir=out_dir, axe_cross_check=False, checks=WITHOUT_PROBES)) as session:
            yield session


def pass_summary(journey: JourneyResult) -> dict:
    return next(s.extra["consent_pass"] for s in journey.steps if "consent_pass" in s.extra)


def test_a_full_scan_loads_the_page_three_times_and_explores_and_tracks(session: Session, site: str) -> None:
    journey = session.scan_url(f"{site}/banner.html")
    summary = pass_summary(journey)
    assert summary["page_loads"] <= 3 + 1  # + the next page view after reject (consent-after-reject)
    labels = [s.label for s in journey.steps]
    for wanted in ("first layer", "settings layer", "after accept", "after reject",
                   "tracking: landing", "tracking: after-accept", "tracking: after-reject"):
        assert any(wanted in label for label in labels), (wanted, labels)
    exploration = next(s.extra["exploration"] for s in journey.steps if "exploration" in s.extra)
    assert exploration["clicks"] == {"accept": 1, "reject": 1}
    after_reject = next(s for s in journey.steps if s.label == "tracking: after-reject")
    assert after_reject.extra["tracking"]["choice"]["clicked"] == ["Reject all"]
    assert any(w["what"] == "reject: next page view" for w in summary["waits"])
    # both clicks come before either settle (one page settles while the other is clicked), and
    # the reject context's next page view loads while the accept context is read
    stages = [t["what"] for t in summary["timings"] if t["what"].startswith(("accept: ", "reject: "))]
    assert stages == ["reject: click", "accept: click", "reject: confirm", "reject: after click",
                      "accept: confirm", "accept: after click", "accept: facts", "reject: next page view",
                      "reject: facts"]
    assert not any(s.error for s in journey.steps)


def test_without_consent_after_reject_the_reject_context_is_not_reloaded(session: Session, site: str,
                                                                          tmp_path: Path) -> None:
    options = RunOptions(out_dir=tmp_path, axe_cross_check=False, checks=["consent-before-choice"])
    with session.using(options, []):
        journey = session.scan_url(f"{site}/banner.html")
    summary = pass_summary(journey)
    assert summary["page_loads"] == 2  # landing and reject: no check reads the accept context
    assert not any(w["what"] == "reject: next page view" for w in summary["waits"])


def test_a_page_without_prompt_ends_its_prompt_wait_when_quiet(session: Session, site: str) -> None:
    journey = session.scan_url(f"{site}/plain.html")
    summary = pass_summary(journey)
    landing = next(w for w in summary["waits"] if w["what"] == "landing: prompt")
    assert landing["reason"] == "quiet"  # not "bound": the 5 s prompt window was not sat out
    assert summary["page_loads"] <= 3
    exploration = next(s.extra["exploration"] for s in journey.steps if "exploration" in s.extra)
    assert exploration["prompt_found"] is False
    assert not any("settings layer" in s.label for s in journey.steps)  # nothing to reopen either


def test_without_a_first_layer_the_settings_layer_is_reached_through_the_floating_icon(
        session: Session, site: str) -> None:
    """No banner, only an icon named "Cookies" whose panel (built on click) has its switches on:
    the explorer opens it as the settings layer and the pre-set switches are reported there."""
    journey = session.scan_url(f"{site}/floating-icon.html")
    settings = next(s for s in journey.steps if "settings layer" in s.label)
    assert not settings.error, settings.error
    assert settings.extra["clicked"] == ["cookies"]
    preselected = [f for f in settings.findings
                   if f.check == "preselected-consent" and f.outcome == "violation"]
    assert {" ".join(f.text.split()) for f in preselected} >= {"Allow audience measurement",
                                                                "Allow personalised advertising"}
    landing = [f for s in journey.steps if "settings layer" not in s.label for f in s.findings
               if f.check == "preselected-consent"]
    assert not landing  # the panel does not exist until the icon is clicked


def test_a_late_banner_is_waited_for_not_missed(session: Session, site: str) -> None:
    journey = session.scan_url(f"{site}/banner.html")
    waits = pass_summary(journey)["waits"]
    assert next(w for w in waits if w["what"] == "landing: prompt")["reason"] == "prompt"


def test_a_journey_track_consent_step_uses_three_fresh_contexts(session: Session, site: str,
                                                               tmp_path: Path) -> None:
    from consentinel.journeys import load_journey_text

    text = (f"version: 1\nname: t\nsteps:\n  - goto: {site}/banner.html\n"
            "  - track-consent: {label: Tracking}\n")
    journey, errors = load_journey_text(text, tmp_path / "flow.yaml")
    assert errors == [] and journey is not None
    result = session.run_journey(journey)
    summary = pass_summary(result)
    assert summary["page_loads"] == 3 + 1  # the reject context's next page view
    assert [s.label for s in result.steps if s.kind == "track-consent"] == [
        "tracking: landing", "tracking: after-accept", "tracking: after-reject"]


def test_the_behavioural_probes_add_only_their_own_navigations(session: Session, site: str,
                                                               tmp_path: Path) -> None:
    """Every check selected: the same three contexts, plus what the probes do themselves
    (implied consent opens the page again in a new tab after its wait on the page's clock, and
    follows a link; re-prompting opens a second page, its reload is the reject phase's own next
    page view; withdrawal reloads) and the settings layer in a context of its own, so the
    landing stays untouched."""
    options = RunOptions(out_dir=tmp_path, axe_cross_check=False, checks=None)
    with session.using(options, []):
        journey = session.scan_url(f"{site}/banner.html")
    summary = pass_summary(journey)
    assert 3 < summary["page_loads"] <= 3 + 1 + 5
    assert not any(s.error for s in journey.steps)
    # One reload after reject serves both consent-after-reject and the re-prompt probe.
    reject = next(s for s in journey.steps if s.label == "tracking: after-reject")
    phase = json.loads((tmp_path / reject.snapshot).read_text("utf-8"))["tracking"]["phases"]["after-reject"]
    assert phase["next_view"]["done"]
    first_step = phase["behaviour"]["steps"][0]
    assert first_step["detail"] == "reloaded the page (the after-reject phase's next page view)"
