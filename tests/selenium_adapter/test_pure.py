"""The Selenium adapter's pure parts: limitation statements, frame geometry, parsing (no browser)."""

from __future__ import annotations

import pytest

pytest.importorskip("selenium")

from consentinel.checks import SNAPSHOT_CHECKS
from consentinel.selenium import limits
from consentinel.selenium._core import _parse_collector_result
from consentinel.selenium.axe import parse_axe_version
from consentinel.selenium.collect import frame_hiding, frame_offset, merge_frame
from consentinel.selenium.evaluate import cdp, is_chromium


def _measured(**overrides: object) -> dict[str, object]:
    measured: dict[str, object] = {
        "facts": {"dx": 2.0, "dy": 3.0, "selector": "#consent-frame", "hidden": None},
        "rendered": True,
        "rect": {"x": 10.0, "y": 20.0, "width": 300.0, "height": 150.0},
        "scroll": {"x": 0.0, "y": 500.0},
        "src": "http://localhost:1/frame.html",
        "name": "",
    }
    measured.update(overrides)
    return measured


def _item(uid: str, box: dict[str, float], in_viewport: bool = True) -> dict[str, object]:
    return {
        "uid": uid,
        "box": box,
        "visibility": {"visible": True, "reasons": [], "hidden_by": None, "in_viewport": in_viewport},
    }


def test_every_snapshot_check_runs_and_none_is_reported_missing() -> None:
    runnable, unavailable = limits.split_checks(None, SNAPSHOT_CHECKS)
    assert runnable == list(SNAPSHOT_CHECKS)
    assert unavailable == []


def test_network_and_exploration_checks_are_named_not_dropped() -> None:
    runnable, unavailable = limits.split_checks(
        ["preselected-consent", "consent-before-choice", "no-reject-option"], SNAPSHOT_CHECKS
    )
    assert runnable == ["preselected-consent"]
    assert unavailable == ["consent-before-choice", "no-reject-option"]
    network = limits.unavailable_check("consent-before-choice")
    assert "consent-before-choice" in network and "network" in network
    assert "exploration" in limits.unavailable_check("no-reject-option")


def test_frame_statements_say_which_frame_and_why() -> None:
    text = limits.frame_unreachable(2, "http://localhost:9/x.html", True, "no such frame")
    assert text.startswith("cross-origin frame 2 (http://localhost:9/x.html)")
    assert text.endswith("no such frame")
    assert "frame 1 (no URL)" in limits.frame_in_page_world(1, "")


def test_page_world_statements_give_the_reason() -> None:
    text = limits.no_isolated_world(limits.cdp_refused("unknown command: goog/cdp/execute"))
    assert text.startswith("scripts ran in the page's own JavaScript world (the session refused")
    assert "unknown command: goog/cdp/execute" in text


def test_frame_offset_is_in_top_level_document_coordinates() -> None:
    # parent content origin + parent scroll + element's viewport rect + content-box inset
    offset = frame_offset({"x": 100.0, "y": 1000.0}, _measured())
    assert offset == {"x": 112.0, "y": 1523.0, "width": 300.0, "height": 150.0}


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({}, None),
        ({"rendered": False}, "display-none"),
        ({"facts": {"dx": 0, "dy": 0, "selector": "iframe", "hidden": "opacity"}}, "opacity"),
        ({"rect": {"x": 0.0, "y": 0.0, "width": 1.0, "height": 150.0}}, "zero-size"),
    ],
)
def test_frame_hiding_uses_the_collectors_reasons(overrides: dict[str, object], reason: str | None) -> None:
    assert frame_hiding(_measured(**overrides)) == reason


def test_a_hidden_frame_hides_everything_inside_it() -> None:
    control = _item("c1", {"x": 0, "y": 0, "width": 10, "height": 10})
    data = {"controls": [control], "texts": [], "actions": []}
    merge_frame(data, _measured(rendered=False), {"x": 0, "y": 0, "width": 800, "height": 600})
    vis = data["controls"][0]["visibility"]
    assert vis["visible"] is False
    assert vis["reasons"][0] == "display-none"
    assert vis["hidden_by"] == "#consent-frame (frame element)"


def test_in_viewport_means_the_top_level_viewport() -> None:
    inside = _item("t1", {"x": 10, "y": 10, "width": 10, "height": 10})
    below = _item("t2", {"x": 10, "y": 5000, "width": 10, "height": 10})
    data = {"controls": [], "texts": [inside, below], "actions": []}
    merge_frame(data, _measured(), {"x": 0, "y": 0, "width": 800, "height": 600})
    assert inside["visibility"]["in_viewport"] is True
    assert below["visibility"]["in_viewport"] is False


@pytest.mark.parametrize("raw", [None, 3, '["not", "an object"]'])
def test_collector_result_must_be_a_json_object_string(raw: object) -> None:
    with pytest.raises(ValueError, match="collector returned"):
        _parse_collector_result(raw)


def test_axe_version_from_either_bundle() -> None:
    assert parse_axe_version("/*! axe v4.10.2\n * Copyright (c) 2015 - 2024 Deque") == "4.10.2"
    assert parse_axe_version('!function e(window){axe.version="3.1.1";}(window)') == "3.1.1"
    assert parse_axe_version("function(){}") == "unknown"


class _Capabilities:
    """Just what a WebDriver reports about its browser."""

    def __init__(self, browser_name: str) -> None:
        self.capabilities = {"browserName": browser_name}


def test_only_chromium_sessions_are_offered_cdp() -> None:
    assert is_chromium(_Capabilities("chrome"))
    assert is_chromium(_Capabilities("MicrosoftEdge"))
    assert not is_chromium(_Capabilities("firefox"))
    # A Firefox session is never sent a CDP command: the adapter falls back and says so.
    assert cdp(_Capabilities("firefox"), "Page.getFrameTree", {}) is None


def test_the_pytest_plugin_loads_without_selenium_and_says_what_to_install() -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['selenium'] = None\n"
        "import consentinel.selenium.pytest_fixtures\n"
        "try:\n"
        "    from consentinel.selenium import audit_driver\n"
        "except ModuleNotFoundError as exc:\n"
        "    print(exc)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install 'consentinel[selenium]'" in done.stdout
