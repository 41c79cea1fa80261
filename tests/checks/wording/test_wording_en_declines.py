"""English declines and box labels written here (not the real set) that pin the confirmshaming
and trick-wording classes widened in round m16, each with neutral look-alikes that must stay
neutral (issue 11)."""

from __future__ import annotations

import pytest
from wording_snapshots import action, control, page

from consentinel.checks.trick_wording import CHECK as TRICK_WORDING
from consentinel.lexicon.wording import match_confirmshaming, match_trick_wording


# A good state refused with any verb of being in it (stay, remain, keep, live), and the goods of
# health and safety beside "healthier": not a plain state the visitor keeps ("logged in").
@pytest.mark.parametrize(("text", "shaming"), [
    ("No, I don't need to stay healthy", True),
    ("Nope, I don't wish to remain safe online", True),
    ("No thanks, I do not want to live longer", True),
    ("No, I don't want to stay logged in", False),
    ("No thanks, I don't want to stay subscribed", False),
])
def test_a_good_state_refused_with_every_verb_of_being(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


# Indifference to the visitor's OWN things is a guilt trip; indifference to a thing the decline
# names ("cookies") or a bare "I don't care" only declines.
@pytest.mark.parametrize(("text", "shaming"), [
    ("No thanks, I couldn't care less about my garden", True),
    ("Nah, I don't really care how my teeth look", True),
    ("No thanks, I don't care if my website gets slower", True),
    ("No thanks, I don't care about cookies", False),
    ("No thanks, I don't care", False),
])
def test_indifference_to_ones_own_things(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


# The visitor made to claim they know it all, said on its own; knowing what to do next, or
# everything one needs, is a neutral skip.
@pytest.mark.parametrize(("text", "shaming"), [
    ("No thanks, I know it all already!", True),
    ("Skip, I already know all there is to know", True),
    ("No thanks, I'm a know-it-all", True),
    ("No thanks, I already know everything I need", False),
    ("No thanks, I already know how it works", False),
    ("No thanks, I know what I want", False),
])
def test_claiming_to_know_it_all(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


# "Not interested in" and "hate" refuse the same goods "I don't want" does (success, health,
# growth, exercise); a thing named without praise stays neutral.
@pytest.mark.parametrize(("text", "shaming"), [
    ("No thanks, I'm not interested in success", True),
    ("Nah, not interested in fitness", True),
    ("No thanks, I hate every kind of workout", True),
    ("No, I dislike exercising", True),
    ("No thanks, I'm not interested in this webinar", False),
    ("No, I hate spam", False),
    ("No thanks, I'll skip today's workout", False),
])
def test_not_interested_in_and_hate_refuse_goods(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


# Staying in a limiting state is a loss embraced, as staying broke is; staying on a plan is not.
@pytest.mark.parametrize(("text", "shaming"), [
    ("No thanks, I'll stay small", True),
    ("I'd prefer to remain outdated", True),
    ("No thanks, I'll stay in debt", True),
    ("Nope, I'll stay on the small plan", False),
    ("No thanks, I'll stay on this page", False),
])
def test_staying_in_a_limiting_state(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


# A site down is a loss the visitor is made to enjoy; checking the site is not.
@pytest.mark.parametrize(("text", "shaming"), [
    ("Nah, I enjoy outages", True),
    ("No thanks, I'll live with server crashes", True),
    ("No thanks, I'll check the server status myself", False),
])
def test_downtime_embraced(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


# Growth of a business is winning, finding or serving customers, not only "more" of them;
# handling the customers one has is no good refused.
@pytest.mark.parametrize(("text", "shaming"), [
    ("No thanks, I don't need to win new clients", True),
    ("No, my shop doesn't need to attract customers", True),
    ("No thanks, I don't need to import clients", False),
    ("No thanks, I don't need new client emails", False),
])
def test_business_growth_refused(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


# A decline may speak for the visitor's business or household ("we", "our"), as German "Nein,
# wir brauchen keine neuen Kunden": after the decline's "No" only, so the site's own "we" in a
# pitch, or a plural decline naming what it keeps, stays neutral.
@pytest.mark.parametrize(("text", "shaming"), [
    ("No thanks, we don't need more customers", True),
    ("Nope, our team doesn't need to save time", True),
    ("No, we're happy paying full price", True),
    ("No thanks, we'd rather keep guessing", True),
    ("We don't want you to miss our exclusive offers", False),
    ("No thanks, we're happy with our current provider", False),
    ("No thanks, we will pay by invoice", False),
    ("No, take us back to the site", False),
])
def test_a_decline_speaking_for_we(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming

# An empty box that lets the visitor's data be passed on, published or put on a marketing list
# grants it, as "leave unticked if you'd like offers" does; the same consequence denied, or a use
# the form itself needs, grants nothing (plain opt-in).
@pytest.mark.parametrize(("text", "trick"), [
    ("If you don't tick this box, we'll pass your contact details to carefully chosen charities.", True),
    ("Leave this box blank and your details may be listed in the members' handbook.", True),
    ("If you do not tick here, you will be added to our marketing list.", True),
    ("If this box is left blank, we may send you special offers by post.", True),
    ("If you don't tick here, we'll keep you posted about new courses.", True),
    ("If you do not tick the box, we may write to you about our special offers.", True),
    ("If you do not tick the box, we will keep you informed of your order's status.", False),
    ("If left blank, we will contact you about your application.", False),
    ("If you do not tick this box, your details will not be shared with anyone.", False),
    ("If you don't tick this box, we won't send you offers.", False),
    ("If left blank, we will send you a new password by email.", False),
    ("If you tick this box, your details will be shared with our partners.", False),
])
def test_an_empty_box_that_passes_data_on(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


# In a checkbox's own label, clicking it is ticking it: "click here if you object" sets the box
# to refuse, as "tick here if you object" does. The same words on a link refuse by being
# followed, plainly; and a click stated as the box's purpose says what it does.
@pytest.mark.parametrize(("label", "trick"), [
    ("We may send you news about our events. Click here if you would prefer not to hear from us.", True),
    ("Tap here if you object to your details being passed to sponsors.", True),
    ("Click here to stop receiving our offers.", False),
    ("Click here if you would like to receive our newsletter.", False),
])
def test_click_on_a_box_sets_it(label: str, trick: bool) -> None:
    assert (match_trick_wording(label, on_a_box=True) is not None) is trick


def test_click_here_on_a_link_is_a_plain_refusal() -> None:
    words = "Click here if you object to receiving our partners' offers."
    assert match_trick_wording(words) is None
    [finding] = TRICK_WORDING.run(page(control("f0:c1", words)))
    assert finding.uid == "f0:c1"
    assert TRICK_WORDING.run(page(action("f0:a1", words, kind="link"))) == []


# The empty box in every inflection of leaving or keeping it ("By leaving this box empty…",
# "If kept blank…"); an empty field that keeps what the visitor has grants nothing.
@pytest.mark.parametrize(("text", "trick"), [
    ("By leaving this box empty, you agree to hear from our partners.", True),
    ("If kept blank, you consent to receive our newsletter.", True),
    ("Leaving this field empty keeps your current email address.", False),
    ("If the box is left empty, we will not send you offers.", False),
])
def test_leaving_the_box_empty_in_every_form(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


# A wish denied in one word ("unhappy for us to", "unwilling to") refuses as "not happy to" does;
# being unhappy WITH a service refuses nothing.
@pytest.mark.parametrize(("text", "trick"), [
    ("Tick the box if you are unhappy for us to pass your details to our sponsors.", True),
    ("If you are unwilling to receive offers, please tick this box.", True),
    ("If you are not unwilling to receive offers, untick here.", True),
    ("If you are unhappy with our service, tick here and we will contact you.", False),
    ("Untick this box if you are unhappy for us to share your data.", False),
])
def test_a_wish_denied_by_its_prefix(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


# A refusing question before a box instruction is its condition ("Don't want X? Tick here" is
# "If you don't want X, tick here"); a question about a loss, a fact or a wish, or one followed
# by clearing the box, is plain.
@pytest.mark.parametrize(("text", "trick"), [
    ("Rather not hear about our events? Tick this box.", True),
    ("Not happy for us to share your details with partners? Check here.", True),
    ("Don't want to miss out on our offers? Tick here.", False),
    ("Don't want our emails? Untick this box.", False),
    ("Would you like to receive offers? Tick here.", False),
    ("Not receiving our emails? Check your spam folder.", False),
])
def test_a_refusing_question_conditions_the_box_after_it(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


# A good of the self refused is shaming; a product or message named after it ("health
# insurance", "fitness classes", "security updates", "outage alerts") is what is declined.
@pytest.mark.parametrize(("text", "shaming"), [
    ("Nah, I don't care about my safety anyway", True),
    ("No thanks, I'm not interested in health", True),
    ("No thanks, I'd rather have downtime.", True),
    ("No thanks, I don't need health insurance", False),
    ("No thanks, I'm not interested in fitness classes right now", False),
    ("No thanks, I don't need security updates", False),
    ("No thanks, I don't want to receive health newsletters", False),
    ("No, I don't want to be notified about outages", False),
    ("No thanks, I'll handle downtime alerts myself", False),
    ("No thanks, I don't need to get more storage right now", False),
])
def test_goods_of_the_self_not_products_named_after_them(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


# Every tense of the refusal ("I never liked…", "I've never cared about my…"), falling behind as
# a loss, and a loss called the visitor's style; a past refusal of a plain thing, a channel
# called one's style, and a loss denied stay neutral.
@pytest.mark.parametrize(("text", "shaming"), [
    ("Nope, I never liked getting discounts", True),
    ("No, I've never cared about my skin", True),
    ("No thanks, I'm fine falling behind", True),
    ("No thanks, overpaying is more my style", True),
    ("No thanks, I never wanted an account", False),
    ("No thanks, I've never cared for newsletters", False),
    ("No thanks, phone is more my thing", False),
    ("No thanks, I'll catch up later so I don't fall behind", False),
])
def test_tenses_of_refusal_and_losses_owned(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


# A declining verb (pass on, skip, turn down, forgo, pass up) whose object is the offer at hand,
# named definitely, only names what the button declines; the visitor's own good given up, or a
# good in general, is still refused (round m18).
@pytest.mark.parametrize(("text", "shaming"), [
    ("No, I'm giving up my free shipping", True),
    ("Nah, I'd rather forgo savings", True),
    ("No thanks, I'll skip the coupon and pay full price", True),
    ("Not today, I'll turn down that deal", False),
    ("I'll forgo this exclusive offer", False),
    ("No thanks, I'll skip these rewards and go to checkout", False),
    ("Maybe later, I'm passing up the free gift for now", False),
])
def test_declining_the_offer_at_hand_by_name(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


# An empty box whose consequence the sentence denies says plainly what it does NOT do; one whose
# consequence is granted still agrees for the visitor (round m18).
@pytest.mark.parametrize(("text", "trick"), [
    ("If you leave the box blank, you will be enrolled in our rewards mailing list.", True),
    ("By keeping this box clear, you agree to partner offers by text.", True),
    ("If you leave it blank, you won't be opted in to promotional texts.", False),
    ("Leaving it unticked means you will not be opted in to our marketing calls.", False),
])
def test_an_empty_box_whose_grant_is_denied(text: str, trick: bool) -> None:
    assert (match_trick_wording(text, on_a_box=True) is not None) is trick


# Embracing a loss, by class (round m18): the visitor's own thing kept with its defect, the
# slow or hard path, a risk taken on as what they will do, help with their own struggle refused.
# Their neutral twins: the thing alone, a plain route, the noun "risk", help with an order.
@pytest.mark.parametrize(("text", "shaming"), [
    ("No thanks, I'm happy with my sluggish laptop", True),
    ("Nah, I'll keep our clunky old checkout", True),
    ("No, I'll stick to the hard road", True),
    ("No thanks, I'd rather risk a data breach", True),
    ("No thanks, I'm willing to risk my retirement savings", True),
    ("No thanks, I don't want help with procrastination", True),
    ("Nope, I don't need help sleeping", True),
    ("No thanks, I like my current laptop", False),
    ("No thanks, I'll update my outdated browser myself", False),
    ("No thanks, I'll gamble responsibly", False),
    ("Not now, I'll take the scenic route", False),
    ("No thanks, I'll read the risk assessment first", False),
    ("No thanks, I don't need help with my booking", False),
    ("I don't need help choosing a plan", False),
])
def test_a_loss_embraced_by_class(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


# The plain alternative named (round m18): the whole sum at once is no full price, a shipping
# option is declined by name; a refusal the visitor is not ABLE to make is a fact, not a double
# negative. Their shaming or tricky twins still count.
@pytest.mark.parametrize(("text", "shaming"), [
    ("No, I'll pay the full price", True),
    ("No thanks, I don't need to grow faster", True),
    ("No, I'll pay the full balance today", False),
    ("No thanks, I don't need express delivery", False),
    ("Nah, I don't want quicker dispatch", False),
])
def test_the_plain_alternative_named(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


@pytest.mark.parametrize(("text", "trick"), [
    ("Please don't untick this box if you want our offers", True),
    ("You can't unsubscribe from security alerts about your account.", False),
    ("Members are not able to opt out of booking reminders.", False),
])
def test_a_refusal_ruled_out_is_a_fact(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


# A loss by valence alone counts beside an outright preference, a state kept or a self-description,
# not as the object of what the visitor will do ("report the problem"); a loss refused keeps the
# good (round m18).
@pytest.mark.parametrize(("text", "shaming"), [
    ("No thanks, I'll stay miserable", True),
    ("Nah, I'd sooner be lonely", True),
    ("No thanks, I'll lose my saved answers", True),
    ("No, I'll report the problem myself", False),
    ("No thanks, I'll fight the parking fine on my own", False),
    ("No thanks, I don't want to lose my progress", False),
    ("No thanks, I don't like to waste paper", False),
])
def test_a_loss_by_valence_needs_it_embraced(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


# Two negated predicates joined by "and"/"or" refuse side by side, not one another; a refusal the
# visitor will not be able to make is a fact; the verbs of sending (emailing, texting, calling)
# are consent topics as their nouns are (round m18).
@pytest.mark.parametrize(("text", "trick"), [
    ("Untick this box if you don't want us to stop texting you", True),
    ("Clear this box if you do not wish us to stop calling you", True),
    ("We don't rent your details or ever pass them to advertisers.", False),
    ("We never track you and never sell your data.", False),
    ("Subscribers won't be able to unsubscribe from billing notices.", False),
])
def test_predicates_side_by_side_and_the_verbs_of_sending(text: str, trick: bool) -> None:
    assert (match_trick_wording(text, on_a_box=True) is not None) is trick
