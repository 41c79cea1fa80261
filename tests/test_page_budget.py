"""The page-load budget of a scan (issue 13): what each check selection costs, counted.

A loopback server counts the GETs of each document (``consentinel.server.serve_directory``
with ``counts``, the benchmark's counting server): every fresh context that loads the page and
every reload asks for the page's document once; the probes' second pages are counted apart.
The budget (docs/BUDGETS.md): without the behavioural checks a full scan loads the page three
times (landing, accept, reject); with them, one fresh load more (the settings layer in a
context of its own, since the landing goes on to scroll and follow a link), plus the probes'
own navigations, which are the actions they test (the implied-consent probe's wait runs on the
landing tab's own clock, which cannot go back to real time: the page is then opened again in a
new tab, a second page view and an action of its own); and a selection runs only the phases its
checks read. The checks run at their default options (the 12 s wait costs milliseconds).

The page (``pages/budget/page.html``) gives every phase and probe work: a first layer with a
settings layer, a neutral link to a second page, a footer link that reopens the choice.
Exact counts, not bounds: a load more than planned is a regression of the plan.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_fixtures import PAGES

from consentinel.checks import ALL_CHECKS
from consentinel.gather.runner import RunOptions, Session
from consentinel.server import serve_directory

pytestmark = pytest.mark.browser

PAGE = "/budget/page.html"
SECOND = "/behaviour/other.html"  # the page's neutral link; the reject context's second page
ISSUE_13 = ("consent-wall", "language-mismatch", "implied-consent", "reprompt-after-reject",
            "withdrawal-not-easy", "legitimate-interest-after-reject")
ELEVEN = [cid for cid in ALL_CHECKS if cid not in ISSUE_13]

# selection -> (--checks, documents requested: {path: GETs})
BUDGET: dict[str, tuple[list[str] | None, dict[str, int]]] = {
    # landing, accept, reject (3 contexts) + the settings layer in its own context (the landing
    # goes on to scroll and navigate) = 4 fresh loads; + the landing opened again in a new tab
    # after its wait on the page's clock, the reject context's reload and the accept context's
    # reload after withdrawing = 7; second page: the landing's neutral link and the reject
    # context's second page = 2.
    "default (all 17)": (None, {PAGE: 7, SECOND: 2}),
    # the three contexts (the settings layer opens in place on the landing) + the reject
    # context's reload: consent-after-reject watches the next page view after the refusal.
    "the 11 non-behavioural": (ELEVEN, {PAGE: 4}),
    # the landing (the scan's own page) and the reject context (its evidence names the cookies
    # the refusal left); no exploration, so no accept context.
    "consent-before-choice": (["consent-before-choice"], {PAGE: 2}),
    # the layers: first and settings on the landing, after-accept and after-reject in theirs.
    "preselected-consent": (["preselected-consent"], {PAGE: 3}),
    # prompt facts carry the accept and reject click paths (its evidence counts them).
    "consent-wall": (["consent-wall"], {PAGE: 3}),
    "language-mismatch": (["language-mismatch"], {PAGE: 3}),
    # the landing, opened again in a new tab after its wait (on the page's clock); its probe
    # then follows the neutral link.
    "implied-consent": (["implied-consent"], {PAGE: 2, SECOND: 1}),
    # accept (how long an acceptance is kept) and reject contexts; the reject context reloads
    # and opens a second page.
    "reprompt-after-reject": (["reprompt-after-reject"], {PAGE: 4, SECOND: 1}),
    # the accept context (clicks to accept); it reloads after withdrawing.
    "withdrawal-not-easy": (["withdrawal-not-easy"], {PAGE: 3}),
    # the reject context; the settings layer is reopened there, without a load.
    "legitimate-interest-after-reject": (["legitimate-interest-after-reject"], {PAGE: 2}),
}


@pytest.fixture(scope="module")
def site() -> Iterator[tuple[str, Counter[str]]]:
    counts: Counter[str] = Counter()
    with serve_directory(PAGES, counts=counts) as base_url:
        yield base_url, counts


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CONSENTINEL_TEST_HOST_RULES", "1")
        options = RunOptions(out_dir=tmp_path_factory.mktemp("budget"), axe_cross_check=False)
        with Session(options) as session:
            yield session


def test_the_budget_names_every_issue_13_check() -> None:
    assert set(ISSUE_13) <= set(ALL_CHECKS) and len(ELEVEN) == len(ALL_CHECKS) - len(ISSUE_13)


@pytest.mark.parametrize("selection", list(BUDGET))
def test_a_selection_loads_only_what_its_checks_need(session: Session, site: tuple[str, Counter[str]],
                                                     selection: str, tmp_path: Path) -> None:
    base_url, counts = site
    checks, expected = BUDGET[selection]
    options = RunOptions(out_dir=tmp_path, axe_cross_check=False, checks=checks)
    counts.clear()
    with session.using(options, []):
        journey = session.scan_url(f"{base_url}{PAGE}?mode=compliant")
    assert not [s.error for s in journey.steps if s.error]
    documents = {path: n for path, n in counts.items() if path.endswith(".html")}
    assert documents == expected
