"""trick-wording on hand-made snapshots: double negatives and inverted opt-out, not plain wording."""

from __future__ import annotations

import pytest
from wording_snapshots import action, control, page, text

from consentinel.checks import ALL_CHECKS
from consentinel.checks.trick_wording import CHECK, META


def test_registered_with_taxonomy_impact() -> None:
    assert ALL_CHECKS["trick-wording"] is CHECK
    assert META.impact == "moderate"
    assert any("7004" in ref for ref in META.legal)


@pytest.mark.parametrize(("words", "rule"), [
    ("Uncheck this box if you do not wish not to receive marketing emails", "double-negative"),
    ("Untick to not stop receiving offers", "double-negative"),
    ("Tick this box if you do not want to receive offers from partners", "inverted-opt-out"),
    ("Please don\u2019t uncheck this box if you want to keep receiving offers", "negated-untick"),
    ("如不希望不接收营销信息，请取消勾选", "double-negative"),
    ("如您不希望接收我们的推广信息，请勾选此框", "inverted-opt-out"),
])
def test_finding_sits_on_the_control(words: str, rule: str) -> None:
    snap = page(control("f0:c1", words), text("f0:t1", words, control="f0:c1"))
    [finding] = CHECK.run(snap)
    assert finding.uid == "f0:c1"
    assert finding.evidence["rule"] == rule
    assert finding.evidence["element_kind"] == "control"


@pytest.mark.parametrize("words", [
    "Send me news and offers",
    "I agree to receive offers by email",
    "Untick to stop receiving offers",  # consistent opt-out
    "Uncheck this box if you do not want to receive emails",
    "You can unsubscribe at any time and we will never sell your data.",
    "我同意接收营销信息",
    "如您不希望接收营销信息，请取消勾选",
    "我们不会在未经您同意的情况下向第三方共享信息",
    "Don't stop believing",  # a double negative about nothing consent-related
])
def test_plain_wording_is_not_a_finding(words: str) -> None:
    assert CHECK.run(page(control("f0:c1", words), text("f0:t2", words, y=400, form=None))) == []


def test_text_and_button_are_judged() -> None:
    snap = page(text("f0:t1", "If you do not opt out, we will share your data with partners."),
                action("f0:a1", "Don't opt me out of partner emails"))
    assert {f.uid for f in CHECK.run(snap)} == {"f0:t1", "f0:a1"}


def test_language_is_per_block_on_a_mixed_page() -> None:
    snap = page(text("f0:t1", "我不希望不接收新闻邮件"),
                text("f0:t2", "I do not wish not to be contacted about offers", y=300))
    assert sorted(f.evidence["language"] for f in CHECK.run(snap)) == ["en", "zh"]
