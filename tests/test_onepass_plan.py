"""The consent pass's pure parts: when a wait may end, which probes run, what a scan plans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from consentinel.gather.onepass import probes_for, register_probe
from consentinel.gather.quiet import BOUND, QUIET, Bounds, settle_verdict
from consentinel.gather.runner import RunOptions, scan_steps

BOUNDS = Bounds(max_ms=5000, min_ms=0, quiet_ms=500)


def verdict(waited: float, network: float, dom: float, bounds: Bounds = BOUNDS) -> str | None:
    return settle_verdict(waited_ms=waited, network_idle_ms=network, dom_stable_ms=dom, bounds=bounds)


def test_quiet_needs_network_and_dom_quiet_for_the_window() -> None:
    assert verdict(600, 600, 600) == QUIET
    assert verdict(600, 600, 100) is None  # the DOM is still changing (a banner rendering)
    assert verdict(600, 100, 600) is None  # a request ended just now


def test_a_prompt_wait_on_a_quiet_page_lasts_the_no_prompt_minimum() -> None:
    """A banner shown by a timer ~2 s after load must not be missed: no hook in the page's world
    tells us a timer is pending, so "no prompt" needs the documented minimum wait."""
    from consentinel.gather.onepass import PassOptions
    from consentinel.gather.quiet import NO_PROMPT_MIN_WAIT_MS

    bounds = PassOptions().prompt_bounds()
    assert bounds.min_ms == NO_PROMPT_MIN_WAIT_MS
    assert verdict(1000, 1000, 1000, bounds=bounds) is None
    assert verdict(NO_PROMPT_MIN_WAIT_MS, 1000, 1000, bounds=bounds) == QUIET


def test_the_minimum_counts_the_time_since_the_page_loaded() -> None:
    """A context that loaded while another was read has had that time: its "no prompt" needs
    only the rest of the minimum; the bound still counts from the wait's own start."""
    bounds = Bounds(max_ms=5000, min_ms=2500, quiet_ms=500)
    quiet_for = {"network_idle_ms": 600, "dom_stable_ms": 600, "bounds": bounds}
    assert settle_verdict(waited_ms=600, head_start_ms=1000, **quiet_for) is None
    assert settle_verdict(waited_ms=600, head_start_ms=2000, **quiet_for) == QUIET
    assert settle_verdict(waited_ms=5000, head_start_ms=0, network_idle_ms=0, dom_stable_ms=0,
                          bounds=bounds) == BOUND


def test_the_bound_ends_a_page_that_never_goes_quiet() -> None:
    assert verdict(5000, 0, 0) == BOUND


def test_the_minimum_is_honoured_even_when_quiet() -> None:
    assert verdict(600, 600, 600, bounds=Bounds(max_ms=5000, min_ms=1500)) is None
    assert verdict(1500, 1500, 1500, bounds=Bounds(max_ms=5000, min_ms=1500)) == QUIET


def test_probes_run_only_for_their_stage_and_selected_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    from consentinel.gather import onepass

    monkeypatch.setattr(onepass, "_PROBES", [])

    def probe(side: object) -> None:
        return None

    register_probe("reject", ("re-prompt",), probe)
    assert probes_for("reject", None) == [probe]
    assert probes_for("reject", ["re-prompt", "x"]) == [probe]
    assert probes_for("reject", ["x"]) == []
    assert probes_for("accept", None) == []
    with pytest.raises(ValueError, match="unknown pass stage"):
        register_probe("settings", (), probe)


def test_a_full_scan_plans_one_pass_on_its_own_page(tmp_path: Path) -> None:
    steps = scan_steps("http://x.test/", RunOptions(out_dir=tmp_path))
    assert steps[0].args["consent_pass"] == {"track": True}
    explore = next(s for s in steps if s.kind == "explore-consent")
    track = next(s for s in steps if s.kind == "track-consent")
    assert explore.args["pass"] and explore.args["track"] and track.args["pass"]


def test_prompt_checks_alone_plan_an_untracked_pass(tmp_path: Path) -> None:
    steps = scan_steps("http://x.test/", RunOptions(out_dir=tmp_path, checks=["no-reject-option"]))
    assert steps[0].args["consent_pass"] == {"track": False}
    assert [s.kind for s in steps][-1] == "explore-consent"


def test_the_landing_state_alone_prepares_no_pass(tmp_path: Path) -> None:
    steps = scan_steps("http://x.test/", RunOptions(out_dir=tmp_path, explore=False))
    assert "consent_pass" not in steps[0].args


def test_a_layer_after_a_choice_is_not_judged_for_preselected_consent() -> None:
    """After "Accept all" every switch is on by the visitor's own click: judging the layer shown
    then for pre-selection would report the choice itself (tarteaucitron's panel stays in the DOM)."""
    from consentinel.checks import SNAPSHOT_CHECKS
    from consentinel.gather.onepass import after_choice_checks

    assert "preselected-consent" in SNAPSHOT_CHECKS
    every = after_choice_checks(None)
    assert "preselected-consent" not in every
    assert set(every) == set(SNAPSHOT_CHECKS) - {"preselected-consent"}
    assert after_choice_checks(["preselected-consent", "hidden-consent"]) == ["hidden-consent"]


def test_no_reprompt_probe_without_a_refusal() -> None:
    """No prompt or no way to reject: nothing can ask "again", and no reload is spent on it."""
    from consentinel.gather.behaviour import ProbeOptions, finish, probe_reprompt

    running = probe_reprompt(None, None, {"choice": {"reached": False}}, ProbeOptions())  # type: ignore[arg-type]
    assert finish(running) == {"probe": "reprompt", "steps": []}


def test_paused_probes_resume_the_one_due_first_first() -> None:
    """The landing probe's long wait does not hold up a reject probe due sooner: the pass works
    on whichever paused probe is due first, so no wait is paid on its own."""
    from consentinel.facts.behaviour import BEHAVIOUR
    from consentinel.gather.onepass import PassOptions, PassSide, _Pass

    order: list[str] = []

    def probe(name: str, dues: list[float]) -> Any:
        for due in dues:
            order.append(name)
            yield due
        order.append(name)
        return {"probe": name}

    one = _Pass(None, "http://site.test/", PassOptions(), None, Path("."), None)  # type: ignore[arg-type]
    sides = []
    for stage, dues in (("landing", [12.0]), ("reject", [1.0, 2.0])):
        side = PassSide(stage, None, None, None, facts={"errors": []})  # type: ignore[arg-type]
        side.running = probe(stage, dues)
        one._resume(side)  # as start_probes does: to the first pause
        sides.append(side)
    one.finish_probes(sides)
    assert order == ["landing", "reject", "reject", "reject", "landing"]
    facts = [side.facts[BEHAVIOUR] for side in sides if side.facts]
    assert facts == [{"probe": "landing"}, {"probe": "reject"}]
    spells = {t["what"]: t["times"] for t in one.result.timings}
    assert spells == {"landing: behaviour": 2, "reject: behaviour": 3}  # one entry per side


class _Clock:
    """A monotonic clock the test moves (no wall-clock time in tests)."""

    def __init__(self) -> None:
        self.now = 100.0

    def monotonic(self) -> float:
        return self.now


class _StillPage:
    """Just what ``wait_quiet`` asks of a page: a poll's pause (which moves the clock)."""

    def __init__(self, clock: _Clock) -> None:
        self.clock = clock

    def wait_for_timeout(self, ms: float) -> None:
        self.clock.now += ms / 1000


class _QuietNetwork:
    def idle_ms(self) -> float:
        return 10_000.0


def test_a_settle_finished_later_goes_on_from_its_look_after_the_click(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The pass clicks in the accept context, works on the reject one, then finishes accept's
    settle: a DOM unchanged since the look taken after the click has been still all that time,
    so the settle does not watch it again from zero; a DOM changed meanwhile is watched anew."""
    from types import SimpleNamespace

    from consentinel.gather import quiet

    clock, dom = _Clock(), {"sig": "banner gone"}
    monkeypatch.setattr(quiet, "time", SimpleNamespace(monotonic=clock.monotonic))
    monkeypatch.setattr(quiet, "_signal", lambda page: dict(dom))
    page, network = _StillPage(clock), _QuietNetwork()
    bounds = Bounds(max_ms=6000, quiet_ms=500, poll_ms=100)

    look = quiet.glance(page, "accept: after choice")  # type: ignore[arg-type]
    clock.now += 1.0  # the reject context is worked on meanwhile
    record = quiet.wait_quiet(page, network, bounds, "accept: after choice", after=look)  # type: ignore[arg-type]
    assert (record.reason, record.polls, record.waited_ms) == (QUIET, 1, 0.0)

    fresh = quiet.wait_quiet(page, network, bounds, "accept: after choice")  # type: ignore[arg-type]
    assert fresh.reason == QUIET and fresh.waited_ms >= bounds.quiet_ms  # watched from zero

    look = quiet.glance(page, "accept: after choice")  # type: ignore[arg-type]
    clock.now += 1.0
    dom["sig"] = "a tracker's pixel added"
    changed = quiet.wait_quiet(page, network, bounds, "accept: after choice", after=look)  # type: ignore[arg-type]
    assert changed.reason == QUIET and changed.waited_ms >= bounds.quiet_ms


def test_a_page_looked_at_again_stays_still_since_its_first_unchanged_look(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The settle of one choice looks at the other page on each poll: unchanged, that page has
    been still since the first look; changed, it is still only from this look on."""
    from types import SimpleNamespace

    from consentinel.gather import quiet

    clock, dom = _Clock(), {"sig": "banner fading"}
    monkeypatch.setattr(quiet, "time", SimpleNamespace(monotonic=clock.monotonic))
    monkeypatch.setattr(quiet, "_signal", lambda page: dict(dom))
    look = quiet.glance(None, "accept: after choice")  # type: ignore[arg-type]
    clock.now += 0.3
    dom["sig"] = "banner gone"
    assert quiet.glance(None, "x", into=look) is look and look.stable_since == clock.now  # type: ignore[arg-type]
    first_still = clock.now
    clock.now += 0.4
    quiet.glance(None, "x", into=look)  # type: ignore[arg-type]
    assert (look.stable_since, look.polls) == (first_still, 3)


def test_a_pausing_settle_yields_until_the_dom_is_still_then_returns_why(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A probe's settle pauses between looks (the pass acts elsewhere meanwhile) and ends as
    ``wait_quiet`` would: quiet once the DOM and the network are still for ``quiet_ms``, and
    never later than the bound whatever the page does."""
    from types import SimpleNamespace

    from consentinel.gather import quiet

    clock, dom = _Clock(), {"sig": "layer closing"}
    monkeypatch.setattr(quiet, "time", SimpleNamespace(monotonic=clock.monotonic))
    monkeypatch.setattr(quiet, "_signal", lambda page: dict(dom))
    bounds = Bounds(max_ms=2000, quiet_ms=500, poll_ms=100)

    def drive(changes: dict[int, str]) -> tuple[quiet.WaitRecord, list[float]]:
        steps = quiet.quiet_steps(None, _QuietNetwork(), bounds, "behaviour settle")  # type: ignore[arg-type]
        dues: list[float] = []
        try:
            while True:
                due = next(steps)
                assert due > clock.now  # a pause asks to go on later, never now
                dues.append(due)
                clock.now = due  # the pass resumes it when due
                if len(dues) in changes:
                    dom["sig"] = changes[len(dues)]
        except StopIteration as done:
            return done.value, dues

    record, dues = drive({2: "layer closed"})  # changed at the second look, then still
    assert record.reason == QUIET and record.polls == len(dues) + 1
    assert record.waited_ms >= bounds.quiet_ms + 2 * bounds.poll_ms - 1e-6

    restless = {n: f"ticker {n}" for n in range(1, 100)}  # a page that never stops changing
    record, _ = drive(restless)
    assert record.reason == BOUND and record.waited_ms >= bounds.max_ms


def test_a_pausing_settle_waits_out_a_fade_as_every_other_wait_does(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The probes' settle runs the same loop as ``wait_quiet``: a still DOM whose banner is
    still fading (a finite CSS animation, which changes no DOM node) is not quiet until the
    fade is over, and the looks are paced to when the wait could end (not a fixed poll)."""
    from types import SimpleNamespace

    from consentinel.gather import quiet

    clock = _Clock()
    fade_ends = clock.now + 1.2
    monkeypatch.setattr(quiet, "time", SimpleNamespace(monotonic=clock.monotonic))
    monkeypatch.setattr(quiet, "_signal", lambda page: {
        "sig": "banner", "animation_left_ms": max(0.0, (fade_ends - clock.now) * 1000)})
    steps = quiet.quiet_steps(None, _QuietNetwork(), Bounds(max_ms=3000, quiet_ms=500, poll_ms=100),  # type: ignore[arg-type]
                              "behaviour settle")
    try:
        while True:
            clock.now = next(steps)
    except StopIteration as done:
        record = done.value
    assert record.reason == QUIET
    assert fade_ends <= clock.now < fade_ends + 0.1  # not before the fade ended, at most a poll after


def test_a_wait_cut_short_by_a_page_error_still_records_how_long_it_waited(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A page that navigates away mid-wait (the pause raises) ends the wait; its record keeps
    the time waited and the last signature, as a wait that ended on its own does."""
    from types import SimpleNamespace

    from playwright.sync_api import Error as PlaywrightError

    from consentinel.gather import quiet

    clock = _Clock()
    start = clock.now
    monkeypatch.setattr(quiet, "time", SimpleNamespace(monotonic=clock.monotonic))
    monkeypatch.setattr(quiet, "_signal", lambda page: {"sig": f"ticker {round(clock.now - start, 1)}"})

    class _Navigating:
        def wait_for_timeout(self, ms: float) -> None:
            clock.now += ms / 1000
            if clock.now - start > 0.35:
                raise PlaywrightError("Execution context was destroyed")

    record = quiet.wait_quiet(_Navigating(), _QuietNetwork(), Bounds(max_ms=3000), "behaviour settle")  # type: ignore[arg-type]
    assert record.reason == BOUND and record.polls == 4
    assert record.waited_ms == pytest.approx(400) and record.signature == "ticker 0.3"


def test_the_wait_for_a_prompt_to_come_back_is_learned_from_the_site() -> None:
    """A site whose first layer showed 200 ms after load would ask again about as soon: the
    re-prompt probe decides "not back" after twice that plus the quiet window, never sooner
    than 1 s, never later than the general least wait; unknown, the general one."""
    from consentinel.gather.behaviour import REPROMPT_MIN_WAIT_MS, least_wait_for_return_ms

    assert least_wait_for_return_ms(200, 500, 2500) == REPROMPT_MIN_WAIT_MS  # 2 x 200 + 500 = 900: 1 s
    assert least_wait_for_return_ms(600, 500, 2500) == 1700
    assert least_wait_for_return_ms(0, 0, 2500) == REPROMPT_MIN_WAIT_MS
    assert least_wait_for_return_ms(1900, 500, 2500) == 2500  # a slow consent manager: the cap
    assert least_wait_for_return_ms(None, 500, 2500) == 2500


def test_when_a_prompt_showed_is_dated_by_its_wait_and_the_page_load() -> None:
    """The prompt wait's look at a still DOM dates the prompt (at most that long after load);
    no prompt seen, or no load recorded: unknown."""
    from consentinel.gather.onepass import PassSide, _prompt_shown_ms
    from consentinel.gather.quiet import PROMPT, WaitRecord

    side = PassSide("reject", None, None, None)  # type: ignore[arg-type]
    side.loaded = [100.0]
    side.prompt_wait = WaitRecord("reject: prompt", reason=PROMPT, stable_since=100.35)
    assert _prompt_shown_ms(side) == 350.0
    side.prompt_wait.reason = QUIET
    assert _prompt_shown_ms(side) is None
    side.prompt_wait.reason, side.loaded = PROMPT, []
    assert _prompt_shown_ms(side) is None
