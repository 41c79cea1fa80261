"""English phrasings written here (not the real set) that pin the wording mechanisms
of the English lexicon, each with neutral look-alikes that must stay neutral."""

from __future__ import annotations

import pytest

from consentinel.lexicon.wording import (
    match_trick_wording,
)


# English parity with the other languages' classes (issue 11, round 2): every conditional, the
# paper form's cross and the app's switch as ways of setting a box, "no" before what is received,
# the other words of being willing, removal as a refusal, "do not tick" as a blank box.
@pytest.mark.parametrize("text", [
    "Should you not wish to hear about new products, please tick the box below.",
    "Kindly tick here should you prefer not to get our catalogue.",
    "In case you do not want partner offers, tick this box.",
    "Where you do not wish us to pass your details to carefully selected companies, tick here.",
    "Please place a cross in the box if you would rather not get our updates.",
    "If you are not willing to be contacted by our partners, put an X in this box.",
    "Add a tick if you want no further contact from our sales team.",
    "Switch this on if you don't want usage data sent to us.",
    "If you would like to be taken off our mailing list, mark this box.",
    "If you do not permit us to share your details, tick here.",
    "If you decide not to tick this box, you accept our marketing calls.",
])
def test_english_conditionals_and_box_verbs_of_every_kind(text: str) -> None:
    assert match_trick_wording(text) is not None


@pytest.mark.parametrize("text", [
    "Should you wish to get our catalogue, please tick the box below.",
    "Tick here to be taken off our mailing list.",           # the purpose, said plainly
    "Switch this off if you don't want usage data sent to us.",   # clearing to refuse: plain opt-out
    "We will never pass your details on unless you tick this box.",
    "Tick to get no more than one email a week.",
    "Tick here if you would like to join our mailing list.",
])
def test_english_plain_box_wording_stays_plain(text: str) -> None:
    assert match_trick_wording(text) is None


@pytest.mark.parametrize(("text", "trick"), [
    # being kept informed is a marketing topic; "option" (the box) is not a topic, opt-in/out are
    ("Please tick here if you don't wish to be kept informed about our new courses.", True),
    ("Select this option if you do not want to display the sidebar.", False),
    # 不 before a verb of handling data denies it; 不…也不… is one denial, not a double negative
    ("我们不收集也不共享您的数据。", False),
])
def test_english_and_chinese_topic_and_denial_words(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # "check" whose object is the visitor's own things is no box
    ("If you haven't received the newsletter, check your junk folder.", False),
    ("Didn't receive our email? If not, check spam.", False),
    ("If you would prefer not to receive our newsletter, please check this box.", True),
    # a fact negated ("do not have") refuses nothing
    ("Tick here if you do not have a contact number.", False),
    ("Tick here if you do not really want our offers.", True),
    # receiving one's own transaction is no consent topic
    ("Select this option if you do not wish to receive a printed receipt.", False),
    ("Select this option if you do not wish to receive special offers.", True),
])
def test_english_box_objects_facts_and_transactions(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # an email that did not arrive is an event, not a wish refused
    ("Tick here if you have not received offers from us before.", False),
    ("If you didn't receive our newsletter, check this box to resend it.", False),
    ("Please check that your address is right if you do not receive our emails.", False),
    ("Tick here if you would prefer not to receive offers from us.", True),
    ("If you do not wish to receive our newsletter, put a tick here.", True),
])
def test_english_receipt_that_did_not_happen_is_no_refusal(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick
