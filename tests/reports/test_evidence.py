"""Measured facts in readable form, for the evidence shapes the checks actually produce."""

from __future__ import annotations

from consentinel.reports.evidence import describe_evidence, format_number, parse_colour


def _by_label(evidence: dict, outcome: str = "violation") -> dict:
    return {fact.label: fact for fact in describe_evidence(evidence, outcome)}


def test_contrast_shows_ratio_requirement_and_both_colours() -> None:
    facts = _by_label(
        {
            "ratio": 2.31,
            "required": 4.5,
            "fg": "#999999",
            "bg": [255, 255, 255, 1],
            "large": False,
            "background_uncertain": None,
        }
    )
    contrast = facts["Contrast ratio"]
    assert contrast.text == "2.31 : 1 (WCAG 2.2 SC 1.4.3 minimum 4.5 : 1)"
    assert [(c.label, c.hex) for c in contrast.colours] == [("text", "#999999"), ("background", "#ffffff")]
    assert contrast.status == "bad"
    assert "Background uncertain" not in facts  # consumed, and None adds no chip


def test_uncertain_background_is_named() -> None:
    facts = _by_label({"ratio": 3.1, "required": 4.5, "background_uncertain": "background-image"}, "review")
    assert facts["Contrast ratio"].chips == ["background uncertain: background-image"]


def test_font_size_against_main_text_with_thresholds() -> None:
    facts = _by_label(
        {
            "font_size": 10,
            "main_font_size": 16,
            "ratio": 0.63,
            "thresholds": {"max_font_px": 11, "min_ratio": 0.75},
            "below_absolute": True,
        }
    )
    assert "Contrast ratio" not in facts  # a bare "ratio" beside a main size is about size
    assert (
        facts["Font size"].text
        == "10 px vs main text 16 px (63 % of main); fine print when ≤ 11 px or < 75 % of main"
    )
    assert "Thresholds" not in facts
    assert facts["Below absolute"].text == "yes"


def test_checked_state_and_nested_visibility() -> None:
    facts = _by_label(
        {
            "checked": True,
            "disabled": False,
            "readonly": False,
            "visibility": {"visible": True, "reasons": [], "hidden_by": None, "in_viewport": False},
        }
    )
    assert facts["Checked state"].text == "checked (on) before any user action; not disabled, not read-only"
    assert facts["Checked state"].status == "bad"
    assert facts["Visibility"].text == "perceivable (In viewport: no)"


def test_visibility_reasons_and_hiding_root() -> None:
    facts = _by_label(
        {
            "reasons": ["off-screen", "opacity"],
            "hidden_by": "div.wrap",
            "checked": None,
            "box": {"x": -9999, "y": 10, "width": 50, "height": 10},
        }
    )
    assert facts["Visibility"].chips == ["off-screen", "opacity"]
    assert facts["Visibility"].code == "div.wrap"
    assert facts["Box"].text == "50 × 10 px at (-9999, 10)"
    assert facts["Checked state"].text.startswith("unknown or not applicable")


def test_non_visibility_reasons_stay_generic_and_sides_are_compared() -> None:
    facts = _by_label(
        {
            "reasons": ["smaller-font", "no-button-shape"],
            "accept": {"fill": [0, 90, 200, 1], "font_size": 16},
            "reject": {"fill": [0, 0, 0, 0], "font_size": 11},
        }
    )
    assert "Visibility" not in facts
    assert facts["Reasons"].text == "smaller-font, no-button-shape"
    table = facts["Accept vs Reject"]
    assert table.header == ["Measure", "Accept", "Reject"]
    assert table.rows == [["Fill", "#005ac8", "#000000 (alpha 0)"], ["Font size", "16", "11"]]


def test_axe_verdict_beside_ours() -> None:
    facts = _by_label({"axe": {"rule": "color-contrast", "result": "pass", "impact": "serious"}}, "review")
    assert facts["axe-core cross-check"].chips == [
        "Consentinel: needs review",
        "axe-core color-contrast: pass",
    ]
    assert facts["axe-core cross-check"].text == "Impact: serious"


def test_lists_of_records_become_tables_and_are_capped() -> None:
    cookies = [{"name": f"_ga{i}", "domain": "t.example"} for i in range(30)]
    table = _by_label({"cookies": cookies})["Cookies"]
    assert table.kind == "table" and table.header == ["Name", "Domain"]
    assert len(table.rows) == 25 and table.more == 5


def test_parse_colour_accepts_only_real_colours() -> None:
    assert parse_colour("#abc").hex == "#aabbcc"
    assert parse_colour("rgba(10, 20, 30, 0.5)").alpha == 0.5
    assert parse_colour([300, -5, 12.4]).hex == "#ff000c"
    assert parse_colour("red;background:url(x)") is None
    assert parse_colour([True, 0, 0]) is None
    assert parse_colour([float("nan"), 0, 0]) is None


def test_format_number() -> None:
    assert format_number(400, 0) == "400"
    assert format_number(4.5) == "4.5"
    assert format_number(12.0) == "12"
    assert format_number(-0.001) == "0"
