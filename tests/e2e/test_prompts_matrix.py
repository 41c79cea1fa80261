"""The rest of the CMP x configuration matrix, explored, with exact check ids per layer.

test_prompts_explore.py and test_prompts_scan.py cover the other cells in depth; here every
remaining cell is explored once and must report exactly the expected ids on each layer (the
product's full default check set runs, so a false positive anywhere fails the cell).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from consentinel.gather.explore import explore_consent

pytestmark = [pytest.mark.browser, pytest.mark.npm]

PAGES = "/pages/cmp_prompts"
NONE: dict[str, set[str]] = {"first layer": set(), "settings layer": set(), "after accept": set(),
                             "after reject": set()}
ONE_EACH = {"accept": 1, "reject": 1}
VIA_SETTINGS = {"accept": 1, "reject": 2}
MATRIX: dict[str, tuple[dict[str, set[str]], dict[str, int | None]]] = {
    "vanilla.html?variant=preticked": ({**NONE, "settings layer": {"preselected-consent"}}, ONE_EACH),
    "vanilla.html?variant=noreject": ({**NONE, "first layer": {"no-reject-option"}}, VIA_SETTINGS),
    "vanilla.html?variant=faint": ({**NONE, "first layer": {"asymmetric-choice"}}, ONE_EACH),
    "klaro.html": (NONE, ONE_EACH),
    "klaro.html?variant=preticked": ({**NONE, "settings layer": {"preselected-consent"}}, ONE_EACH),
    "porsche.html?variant=noreject": ({**NONE, "first layer": {"no-reject-option"}}, VIA_SETTINGS),
    "porsche.html?variant=faint": ({**NONE, "first layer": {"asymmetric-choice"}}, ONE_EACH),
}


@pytest.mark.parametrize("page", list(MATRIX))
def test_cell(browser: Browser, tests_base_url: str, page: str) -> None:
    expected_ids, expected_clicks = MATRIX[page]
    result = explore_consent(browser, f"{tests_base_url}{PAGES}/{page}")
    found = {layer.label: {f.check for f in layer.findings if f.outcome == "violation"}
             for layer in result.layers}
    assert found == expected_ids
    assert result.clicks == expected_clicks
    assert all(path.prompt_gone for path in result.paths.values())
