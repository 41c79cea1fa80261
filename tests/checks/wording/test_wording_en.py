"""English phrasings written here (not the real set) that pin the wording mechanisms
of the English lexicon, each with neutral look-alikes that must stay neutral."""

from __future__ import annotations

import pytest

from consentinel.lexicon.wording import (
    _act_names,
    match_bundled_control_label,
    match_bundled_sentence,
    match_confirmshaming,
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


@pytest.mark.parametrize(("text", "trick"), [
    # an empty box that lets ALL through or keeps ONLY some is a filter, not a consent
    ("Leave these unchecked to receive every category of alert.", False),
    ("Leave unchecked to receive invoices by post only.", False),
    ("Leave the box unchecked to get news from all regions.", False),
    ("Leave unchecked to receive our partner offers.", True),
    ("Leave this unticked if you would like all our special offers by email.", True),
])
def test_english_empty_filter_box_is_no_consent(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # a keyword to send names an answer: "STOP … opt out" is one refusal, not two
    ("Marketing texts may follow. Text END to stop them.", False),
    ("You agree to offers by SMS; send UNSUBSCRIBE to opt out.", False),
    ("We would like to text you offers, so please do not stop receiving them by replying.", True),
])
def test_english_keyword_to_send_is_no_negation(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # a refusing question its own text answers with how to refuse is rhetorical, not Yes/No
    ("Had enough of our promotional emails? Simply unsubscribe below.", False),
    ("Would you prefer not to get our offers? In that case, use the link in the footer.", False),
    ("Would you prefer not to get partner offers by email?", True),
    ("Would you prefer not to get partner offers? Choose Yes or No.", True),
])
def test_english_question_answered_by_its_own_text(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # what the visitor's own transaction brings is no extra grant, named before or after
    ("By signing up you agree to receive shipping notifications by email.", False),
    ("By continuing you agree to receive texts regarding your appointment.", False),
    ("By creating a profile, you agree to receive booking-related messages.", False),
    ("Your order is handed to our courier partners; by ordering you agree to this.", False),
    # ... but not when marketing or offers come with it
    ("By signing up you agree to receive shipping notifications and our latest deals.", True),
    ("By continuing you agree to receive messages from our partners.", True),
    ("By creating a profile, you agree to receive communications about our new products.", True),
    # consent presumed from doing nothing is tied to that
    ("Unless you tell us otherwise, we'll assume you are happy to accept analytics cookies.", True),
])
def test_english_service_messages_and_presumed_consent(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("text", "shaming"), [
    # the visitor made to insult themselves, stay lost, or take on the hard way
    ("No, I'm a sucker for full-price tags", True),
    ("Nope, I'm too chicken to try it", True),
    ("I'll remain clueless, thanks", True),
    ("No thanks, I'll do all the legwork on my own", True),
    ("No thanks, I'm a new customer", False),
    ("I'm too busy right now", False),
    ("No thanks, I'll find it myself", False),
])
def test_english_self_insult_and_the_hard_way(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    # subscribing is asking for the messages, as clicking "Subscribe" is
    ("By subscribing, you agree to get our weekly newsletter.", False),
    ("By subscribing to our pro plan, you agree to receive partner newsletters.", True),
])
def test_english_subscribing_is_the_consent_itself(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # "by your (continued) use" ties the grant to using the site, as "by continuing" does
    ("This site sets advertising cookies. By your further use of the site you accept them.", True),
    ("This site sets advertising cookies. By your choice below you accept or refuse them.", False),
])
def test_english_by_your_use_is_an_unrelated_action(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Batch 14 round 3: the mechanisms the other languages' real texts showed, in English words
# written here. Bundling: an act named as a gerund that "means"/"counts as" consent, an
# imperative joined to the grant, implied "you're fine with that", sender-paced updates.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Downloading the brochure counts as agreeing to our partner offers.", True),
    ("Scroll on and you accept our advertising cookies.", True),
    ("We track which recipes you open. If you stay on the site, you're fine with that.", True),
    ("By requesting the guide, you agree that we may email you weekly tips.", True),
    ("By entering, you agree that your photo may appear in our campaign.", True),
    ("Downloading the brochure means you accept our Terms of Use.", False),
    ("By requesting the guide, you agree that we may email you the guide.", False),
    ("Scroll on and read our privacy notice.", False),
])
def test_english_gerund_and_imperative_triggers(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Confirmshaming: a guilt adverb on the decline, giving up a good, a loss kept up, a dull
# self-description; an offer counts as a good only when praised, paying/staying only with a loss.
@pytest.mark.parametrize(("text", "shaming"), [
    ("Heartlessly close", True),
    ("Walk away with a heavy heart", True),
    ("No, I'm passing up my loyalty benefits", True),
    ("I'll forgo exclusive offers", True),
    ("Sure, I'll keep wasting hours on spreadsheets", True),
    ("No thanks, I'm too lazy", True),
    ("Nah, I'm not clever enough for this", True),
    ("No, I'd rather pay extra at the till", True),
    ("No thanks, I'll skip this offer for now", False),
    ("No thanks, I'd rather pay by card", False),
    ("No, I'd rather stay signed out", False),
    ("No, I'll keep my current plan", False),
    ("I don't want my data shared with partners", False),
])
def test_english_guilt_adverbs_and_goods_given_up(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


# Trick wording: silence taken as consent, giving up as a refusal, a verb-first y/n prompt whose
# yes refuses, consent itself in scope.
@pytest.mark.parametrize(("text", "trick"), [
    ("If you do not object within 10 days, we will assume you agree to the data transfer.", True),
    ("I don't wish to give up the members' newsletter", True),
    ("Turn off crash reports and usage statistics? (y/n)", True),
    ("Do you want to switch off personalised ads? (y/N)", True),
    ("Mark this box if you do not give consent.", True),
    ("You can object to the data transfer at any time.", False),
    ("I give up the members' newsletter", False),
    ("Send crash reports and usage statistics? (y/n)", False),
    ("Mark this box if you give consent.", False),
])
def test_english_silence_as_consent_and_verb_first_questions(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "shaming"), [
    ("Nope, not interested in saving money", True),
    ("Pay the regular price instead", True),
    ("Not interested", False),
    ("Pay by card instead", False),
])
def test_english_preference_with_the_subject_left_out(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


# Paraphrase robustness (batch 14 round 4): the same decline said another way -- a good that
# "isn't my thing" / is "not for me", "can't stand", "not feeling", spending more, the loss
# hyphenated, being the last one told; a draw named, or a way to pay, stays neutral.
@pytest.mark.parametrize(("text", "shaming"), [
    ("Nope, bargains really aren't my cup of tea", True),
    ("Rewards? Not for me.", True),
    ("No thanks, I cannot stand free shipping", True),
    ("No thanks, I'm not feeling the free shipping", True),
    ("No thanks, I'd sooner spend extra on my groceries", True),    # "sooner" prefers, as "rather" (batch 15)
    ("No thanks, I prefer spending more on flights", True),
    ("No thanks, I'd rather pay out of my own cash", True),
    ("No thanks, add me to the full-price crowd", False),          # nobody speaks in the first person
    ("No thanks, sign me up for the full-price crowd", True),
    ("No thanks, I'll be the last person to hear about it", True),
    ("Meh, fun isn't my thing", True),
    ("Pfft, who needs extra rewards?", True),
    ("Who needs an account? Check out as a guest", False),
    ("No thanks, I don't want to join the giveaway", False),
    ("No thanks, I prefer to pay by bank transfer", False),
    ("No thanks, I prefer paying monthly", False),
    ("Not for now, thanks", False),
    ("No thanks, that colour isn't my style", False),
])
def test_english_paraphrased_declines(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    # presumption said another way, acceptance as a noun, the grant as what an act "means"
    ("Keep reading and we'll take it you're fine with tracking cookies.", True),
    ("Staying on this page counts as acceptance of advertising cookies.", True),
    ("Placing an order means you will be subscribed to our partner newsletter.", True),
    ("By downloading the brochure, you agree that our dealers may contact you about new products.", True),
    ("By paying, you also agree to join our email list.", True),
    ("By subscribing to a free trial, you agree to share your usage data with advertisers.", True),
    # ... and their look-alikes: the list joined is the consent, the opt-in is offered for later,
    # the contact is the visitor's own request, the acceptance is of terms
    ("By joining our mailing list, you agree to receive our monthly news.", False),
    ("By signing up for the newsletter, you agree to get weekly tips.", False),
    ("By registering you accept the Terms. You may opt in to partner offers later in your profile.", False),
    ("By sending this form you agree that we may contact you about your enquiry.", False),
    ("Your continued use counts as acceptance of the revised Terms.", False),
])
def test_english_paraphrased_bundling(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("text", "trick"), [
    ("Tick if you'd prefer not to receive printed material from us", True),
    ("Tick if you do not need extra packing material", False),
])
def test_english_material_from_us_is_a_consent_topic(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


# Batch 15, look-alikes: "save" as storing a thing, a gift's wrapping, a product or programme
# declined by name, a way of paying, a consequence acknowledged -- neutral; the unseen refusals
# ("can't be bothered", "count me out", "I'll pass"), third-person "doesn't need", "sooner",
# "gladly", "pay double" -- shaming.
@pytest.mark.parametrize(("text", "shaming"), [
    ("I can't be bothered with saving money", True),
    ("Count me out of these deals", True),
    ("Discounts? I'll pass", True),
    ("My shop doesn't need more sales", True),
    ("I'd sooner pay retail", True),
    ("I'd happily pay double for it", True),
    ("Nah, I'm too lazy to save", True),
    ("I'd rather not save my address", False),
    ("Continue without saving", False),
    ("I'll skip the gift message", False),
    ("No thanks, I don't want the free plan", False),
    ("I don't need a protection plan", False),
    ("I don't want to redeem my points today", False),
    ("I prefer paying in advance", False),
    ("I'm fine with being called instead of emailed", False),
    ("I acknowledge I will lose my saved searches", False),
    ("I'd like to pay the full balance today", False),
])
def test_english_lookalike_declines_batch15(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


# Batch 15, trick-wording look-alikes: the tick itself negated is the empty box, said plainly;
# a consequence denied is a fact; "keep the box clear" is an empty box that grants.
@pytest.mark.parametrize(("text", "trick"), [
    ("If you don't tick the box, we won't email you offers.", False),
    ("Opting out will not affect offers you have already redeemed.", False),
    ("Unsubscribing doesn't stop order emails about your delivery.", False),
    ("Keep the box clear if you want our partners to contact you.", True),
])
def test_english_negated_tick_consequence_and_clear_box(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


# Batch 15, bundling in unseen shapes: the act as the subject that hands the grant over, the
# visitor as a class, access only in return -- and their look-alikes.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Booking a table also adds you to our partners' mailing list.", True),
    ("Entering the draw gives us permission to send you promotional texts.", True),
    ("Your order authorises us to pass your address to advertisers.", True),
    ("Customers who buy online consent to personalised advertising.", True),
    ("To read the full story, you must accept tracking cookies.", True),
    ("In return for free shipping, you agree to receive our newsletter.", True),
    ("Your continued visit is treated as acceptance of advertising cookies.", True),
    ("Users who opt in will receive our newsletter.", False),
    ("To use this feature, you need to allow location access.", False),
    ("By saving these settings, you accept only the cookies you have switched on.", False),
    ("Signing up lets you save your favourite recipes.", False),
    # the act that hands it over IS the consent, the grant is only offered, the message is the
    # visitor's own, or what is sought is the messages themselves
    ("Subscribing adds you to our Friday digest.", False),
    ("Opting in lets us send you tailored offers.", False),
    ("Ticking this box signs you up for partner news.", False),
    ("Members who join our mailing list agree to receive it monthly.", False),
    ("Shoppers on this site can opt in to promotional texts.", False),
    ("Creating an account lets us send you delivery updates.", False),
    ("To get our newsletter, you must agree to receive marketing emails.", False),
])
def test_english_unseen_bundling_shapes_batch15(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m16, bundled-consent at its mechanism: who carries out the visitor's own request (a
# payment processor, messages about their own enquiry), a consent act said as a condition, a
# wish that is no action, mail added on top of the act, and the e-signature clause.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By placing an order, you agree that we may pass your details to third parties for marketing.", True),
    ("By requesting a quote, you agree to receive emails about your enquiry and product news.", True),
    ("If you sign up for an account, you agree to receive our newsletter.", True),
    ("If you stay on this page, we'll assume you're comfortable with advertising cookies.", True),
    ("Download the checklist and you'll also be added to our mailing list.", True),
    ("By entering the draw you will additionally receive our weekly deals emails.", True),
    ("By opening an account, you agree to receive commercial communications by electronic means.", True),
    ("By opening an account, you agree to receive news and updates from us electronically.", True),
    # look-alikes: the same words where nothing optional is tied to another act
    ("Card payments go through a third-party payment provider. By placing an order, you accept "
     "these conditions.", False),
    ("By requesting a quote, you agree to receive phone calls and emails regarding your enquiry.", False),
    ("By scheduling a demo, you consent to receive text messages about this meeting.", False),
    ("If you sign up for our newsletter, you agree to receive it every Friday.", False),
    ("If you are comfortable with analytics cookies, press Allow.", False),
    ("Thanks for your order. You'll also receive a confirmation email shortly.", False),
    ("By opening an account, you agree to receive notices and other communications from us "
     "electronically.", False),
])
def test_english_bundling_mechanisms_m16(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m16: consent to processing tied to merely using something (a tool, an extension, a call
# line) whatever the data is called, and the functional cookie that serves the act named.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By using this extension, you agree to the collection of some diagnostic data.", True),
    ("By using our app, you consent to our data processing practices.", True),
    ("If you continue, you agree to this conversation being recorded.", True),
    ("If you continue, you agree to the recording of your quiz answers for marking.", False),
    ("Any use of this portal signifies your consent to the sharing of your details with sponsors.", True),
    ("Your use of this website signals your acceptance of tracking cookies.", True),
    ("By staying on the site, you accept the use of analytics.", True),
    ("We use cookies to remember your settings and to analyse traffic. By continuing you accept them.", True),
    # look-alikes: a document granted, an act the processing serves, cookies that only keep what
    # the visitor set or run the site
    ("By using this extension, you agree to our Terms of Use.", False),
    ("By using the app, you agree to the Data Processing Agreement.", False),
    ("By registering, you consent to the collection of your data to manage your registration.", False),
    ("By using the filters you agree that we store a cookie to remember your filter settings.", False),
    ("Our cookies serve only for the operation of the shop. By continuing to browse, you accept "
     "them.", False),
    ("By browsing this site, you accept only necessary cookies and none for analytics.", False),
])
def test_english_site_use_and_serving_cookies_m16(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m16: a cookie wall said as what the visitor cannot do without consenting, mail added
# "automatically" in any word order, and alerts as messages.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("We show personalised ads. Readers abroad cannot access this website without accepting cookies.", True),
    ("By booking a table, you will be automatically subscribed to our newsletter.", True),
    ("You have been automatically added to our offers mailing list.", True),
    ("By downloading the app, you agree to receive job alerts.", True),
    # look-alikes: a player that needs its own cookies, a sign-in, the visitor's own alerts
    ("We show personalised ads. You cannot view this video without accepting YouTube cookies.", False),
    ("You cannot access this page without logging in.", False),
    ("You'll be automatically signed in after you register.", False),
    ("By creating an account, you agree to receive security alerts about your account.", False),
])
def test_english_walls_and_automatic_mail_m16(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m16: one box that accepts the service's terms or enters a draw AND grants optional use:
# the grant is the price of the request. A box for the terms and a policy, an age confirmation,
# the entry rules, or the visitor's own order messages couples nothing optional.
@pytest.mark.parametrize(("label", "bundled"), [
    ("I accept the Terms of Use and agree that partners may send me offers.", True),
    ("You agree to Acme's terms and consent to receive our promotional newsletter.", True),
    ("Yes, I want to enter the giveaway and allow sponsors to contact me with deals.", True),
    ("I accept the Terms of Use and the Privacy Notice.", False),
    ("I agree to the terms and conditions and confirm that I am 18 or older.", False),
    ("I want to enter the giveaway and accept the official rules.", False),
    ("I accept the Terms of Use and agree to receive booking updates by text.", False),
    ("I agree to the Terms of Use and to getting partner offers by email.", True),
    ("I accept the Terms and consent to being contacted by our sponsors.", True),
    ("I agree to the Terms of Use and to being contacted about my booking.", False),
    ("I agree to the Terms of Use and to keeping my login details private.", False),
])
def test_english_box_coupling_terms_or_entry_with_a_grant_m16(label: str, bundled: bool) -> None:
    assert (match_bundled_control_label(label) is not None) is bundled


# Round m16: signing up for the mail said as an imperative is the consent act itself; ads that
# are "relevant" are personalised ads; a cookie only keeps a setting when the setting is named.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Create a free profile and you'll also get our partners' offers by email.", True),
    ("Our cookies keep you signed in and show you relevant ads. By continuing you accept them.", True),
    ("We use cookies to remember your preferences. By continuing to browse you accept them.", True),
    ("Join our mailing list and you'll also get our offers by email.", False),
    ("Our cookies keep you signed in. By continuing you accept them.", False),
    ("By browsing the shop you accept a cookie to remember your currency.", False),
])
def test_english_mail_act_relevant_ads_and_named_settings_m16(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m16: the same classes in more words: couriers and carriers carry out the order, mail
# about the very webinar or course booked is the booking's own, and processing to set up the
# visitor's account serves the act.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Parcels go out with third-party carriers. By ordering you accept our terms.", False),
    ("Some data goes to third-party advertisers. By ordering you accept our terms.", True),
    ("By signing up, you agree to receive emails about this webinar.", False),
    ("By signing up, you agree to receive emails about upcoming webinars.", True),
    ("By continuing, you consent to the processing of your details to set up your profile.", False),
    ("By continuing, you consent to the processing of your details for audience research.", True),
])
def test_english_more_words_for_what_the_act_needs_m16(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m16 (the lead's shape): location or contacts used for the very feature asked for serve
# the act; the same data passed on, or put to advertising, does not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By opening the store locator, you agree that we read your location to list the nearest shops.", False),
    ("By syncing your phone, you agree that we copy your address book so you can find friends here.", False),
    ("By opening the store locator, you agree that we pass your location to ad networks.", True),
    ("By opening the store locator, you agree that we use your location to show you local deals.", True),
    ("By importing, you agree that we copy your address book to email your friends our offers.", True),
])
def test_english_location_and_contacts_for_the_feature_m16(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m16: the site saying it adds the visitor on top of the act ("we'll also add you…").
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Thanks for booking! We'll also add you to our seasonal mailing list.", True),
    ("We automatically enrol you in our partners' newsletter.", True),
    ("We'll add you to the course's discussion group.", False),
    ("We also add you to the team calendar.", False),
])
def test_english_site_adds_the_visitor_m16(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m16: the visitor's data taken in by any verb and under any name when merely using the
# site or app ("log your IP address", "our storing information on your device", "your chats").
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By using this assistant, you agree that we keep your chats.", True),
    ("By browsing our shop, you agree that we may log your IP address.", True),
    ("Your continued use of the site means you consent to our saving information on your device.", True),
    ("By using the portal, you accept that we may read the information you upload to fix your account.",
     False),
    ("By browsing our shop, you agree that we keep your basket for a week.", False),
])
def test_english_data_taken_in_by_any_verb_m16(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m16: consent made the condition of the act, and the act said in the perfect
# ("once you've signed up"); consent asked for, or a video's own cookies, are not bundling.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Checkout is conditional upon your consent to sharing your email with affiliates.", True),
    ("After you've joined the club, you agree that sponsors may text you offers.", True),
    ("We need your agreement before we send you our newsletter.", False),
    ("This map requires your consent to load Google cookies.", False),
    ("Checkout requires your acceptance of our Terms of Sale.", False),
])
def test_english_consent_as_condition_and_perfect_tense_m16(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m16: being put on the list as the outcome of another act in the same sentence; the
# same words after subscribing, or alone, are the subscription itself.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("After you've ordered, you will be enrolled in our promotions newsletter.", True),
    ("By entering, you'll be signed up for our partners' mailing list.", True),
    ("When you subscribe, you will be enrolled in our weekly newsletter.", False),
    ("You'll be signed up for our mailing list.", False),
    ("After you've ordered, you will be added to the delivery tracker.", False),
])
def test_english_listed_as_the_outcome_of_another_act_m16(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


def test_english_sentence_opening_with_to_and_a_verb_grants_nothing_m16() -> None:
    # the box's shared grant ("… and to receiving offers") is no grant in a sentence of purpose
    assert match_bundled_sentence("To bring you a better shop, we use cookies for ads.") is None
    assert match_bundled_sentence("To receiving partner offers by text.") is not None


# Round m17: consent presumed with any verb of judging ("we will consider you accepting", "we
# regard it as your agreement") and surfing as a verb of merely using the site; a consent the
# site only weighs, or the same verbs about anything else, grant nothing tied to an act.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("We use cookies to show you ads. If you carry on, we take you to have agreed to this.", True),
    ("Our partners set tracking cookies. If you keep reading, we regard it as your agreement.", True),
    ("By surfing our website, you consent to the collection of your personal data.", True),
    ("If you go on holiday, we will consider your application later.", False),
    ("We regard your privacy as important. We use analytics cookies only if you accept them.", False),
    ("By surfing the web safely, you protect your data.", False),
])
def test_english_presumed_consent_and_surfing_m17(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m17: a sentence that opens with the visitor's own control ("You can switch off … in
# settings") describes where they refuse, not a use the notice makes; a use named in the notice's
# own sentences, or in the granting sentence, still counts.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("We use cookies for advertising, which you can disable in your browser settings. "
     "By continuing to browse, you accept this.", True),
    ("We share your data with partners. If you continue, you agree to this. "
     "You can opt out of it in your settings.", True),
    ("You can switch off personalised ads under Account preferences. "
     "By using the app you accept this notice.", False),
    ("Users may restrict location tracking in the phone's settings. "
     "Your continued use signifies acceptance of these terms.", False),
])
def test_english_visitor_control_in_settings_names_no_use_m17(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m17: a use another sentence ties to its own consent act (joining the list, ticking the
# box) is that separate choice, not what the notice's other act grants; its cookies, and any use
# the notice makes on its own, still are.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By clicking Accept, you agree to our analytics cookies. If you keep browsing, we assume you agree.",
     True),
    ("Registering means you accept this. We pass your details to marketing partners. "
     "By ticking the box you also get our newsletter.", True),
    ("By creating an account, you agree to receive booking confirmations. "
     "If you join our mailing list, you consent to marketing emails.", False),
    ("Ordering means you accept this. By ticking the box below, you agree to offers from partners.",
     False),
])
def test_english_use_tied_to_its_own_consent_act_m17(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m17: being put on a list as a second outcome joined to what another act is for; the same
# words after joining the list itself, or a list that is no mailing, grant nothing tied to an act.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By booking a demo you get a call and be added to our marketing list.", True),
    ("By completing the survey you get a coupon and will be subscribed to our partners' newsletter.", True),
    ("By answering the quiz, you see your score and be added to the leaderboard.", False),
    ("By joining our mailing list, you will get tips and be added to our community forum.", False),
])
def test_english_added_to_the_list_beside_the_act_m17(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m17: reading and interacting with the site are ways of merely using it (EDPB 05/2020 §86);
# the same verbs about a document, a form or without a grant of the visitor's data are not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By interacting with our chatbot, you consent to the collection of your data.", True),
    ("If you keep reading this website, you agree to the processing of your personal information.", True),
    ("By reading our Terms, you agree to the collection of your data as set out there.", False),
    ("By reading this article, you accept that prices may change.", False),
])
def test_english_reading_and_interacting_as_site_use_m17(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m17: cookies the site cannot work without, under the other names sites give them, grant
# nothing optional; nor does a grant asked "whether" the visitor gives it. A use beyond them still
# bundles.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By continuing to browse, you agree to technical cookies and to our partners showing you ads.", True),
    ("We use functional and advertising cookies. By continuing you accept them.", True),
    ("By using this site you accept our use of technical cookies.", False),
    ("We only use cookies that are needed for the site to work. By continuing you accept their use.", False),
    ("By using this site you accept our first-party cookies used only to keep the site secure.", False),
    ("If you continue, we will ask whether you agree to marketing emails.", False),
])
def test_english_necessary_cookies_by_any_name_and_whether_m17(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m17: the act that IS the choice (giving consent, saving or confirming the choices, a
# "Got it"/"I'm OK" button) ties nothing; the same choice joined by "or" to a way on that is none
# (continuing, closing) does, and giving data or saving something else is no choice.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By pressing Got it or continuing to scroll, you agree to our advertising cookies.", True),
    ("By tapping Accept or by closing this notice, you accept tracking for ads.", True),
    ("By giving us your email, you agree to receive our partners' offers.", True),
    ("By saving your address, you agree that we share it with marketing partners.", True),
    ("By giving your consent, you allow us to use cookies for advertising.", False),
    ("By pressing \"Got it\", you accept our use of analytics cookies.", False),
    ("By clicking \"I'm OK with that\", you agree to cookies for ads.", False),
    ("By saving your settings, you agree to analytics cookies.", False),
    ("By clicking Accept or Reject, you choose which cookies we use.", False),
])
def test_english_the_choice_itself_and_its_alternative_m17(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m17: a use the notice offers as the visitor's own later choice (a box to tick, "you can
# agree in Settings", "if you would like to receive…") is that separate choice, not what accepting
# the terms grants; a use the notice makes on its own still is.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By registering you agree to our Terms. We will share your email with sponsors for their offers.", True),
    ("We share your data with partners. By continuing you accept this; "
     "you can also accept all cookies.", True),
    ("In Settings you can agree to personalised ads. By continuing you accept our terms.", False),
    ("If you would like to receive offers from our partners, tick the box. "
     "By registering you agree to our Terms.", False),
    ("Tick this box to get offers from sponsors. By entering the draw you accept the rules.", False),
])
def test_english_use_offered_as_a_later_choice_m17(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Lead, after m17: "functional cookies" are an optional category in most consent managers, not a
# name of necessary ones; and an optional category the notice uses ("analytics cookies") is a use
# even beside a necessary kind it also names.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("We use functional cookies and analytics cookies. "
     "By continuing to browse you agree to our use of cookies.", True),
    ("We use technical cookies and analytics cookies. "
     "By continuing to browse you agree to our use of cookies.", True),
    ("By continuing to browse you agree to our use of functional cookies.", True),
    ("We use only essential cookies and no analytics cookies. By continuing you agree to their use.", False),
    ("We use strictly necessary cookies. We do not use analytics cookies. "
     "By continuing you agree to their use.", False),
])
def test_english_optional_cookie_categories_beside_necessary_ones(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m18: a grant whose object is a waiver of claims gives no data to the parties it names; the
# same sentence's own grant of data use still counts.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By taking part in the raffle, you agree to release the organiser and its partners from any "
     "claim arising from the draw.", False),
    ("By entering this sweepstakes you agree to indemnify and hold harmless the sponsors and their "
     "agencies.", False),
    ("By entering the draw, you agree to waive any claim against the promoter and agree that we "
     "may pass your details to our sponsors.", True),
    ("By entering the draw, you agree that our sponsors may email you their offers.", True),
    ("By entering the draw, you agree to release your contact details to our sponsors.", True),
])
def test_english_waiver_of_claims_is_no_data_grant(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m18: the act joined to ticking the box in one trigger ("By giving your number and checking
# the box") is the box's consent; the act alone still ties the grant.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By providing your mobile number and checking the box below, you agree to get promotional "
     "texts from us.", False),
    ("By typing your email and ticking this option, you consent to our marketing newsletter.", False),
    ("By providing your mobile number, you agree to get promotional texts from us.", True),
    ("By typing your email and pressing Continue, you consent to our marketing newsletter.", True),
])
def test_english_act_joined_to_ticking_the_box(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m18: cookies whose stated purpose is the site's own working, the sign-in, or keeping the
# visitor's own progress are necessary; cookies for anything beside that are not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Our shop relies on cookies so that it can work properly. By browsing on, you accept these "
     "cookies.", False),
    ("By signing in you accept our cookies for authentication.", False),
    ("By starting the quiz, you agree to cookies that preserve your progress between visits.", False),
    ("By using this app you accept cookies to retain your sign-in.", False),
    ("By signing in you accept our cookies for authentication and advertising.", True),
    ("By browsing on, you accept our cookies used to work out which ads you see.", True),
    ("Our shop relies on cookies so that it can work properly and to count visitors. By browsing "
     "on, you accept these cookies.", True),
])
def test_english_necessary_cookies_by_stated_purpose(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m18: sign-in mail and contact about the visitor's own submission serve the act.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By creating an account, you agree to receive sign-in emails.", False),
    ("By sending this form, you agree to be contacted about your submission.", False),
    ("By sending this form, you agree to be contacted about our new courses.", True),
    ("By creating an account, you agree to receive sign-in emails and our weekly deals.", True),
])
def test_english_mail_the_act_itself_needs(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m18: a grant whose own sentence names necessary cookies grants only those; cookies the
# notice uses under a consent of their own are not taken into it. A grant of the privacy notice
# is a grant of a document (ruling 3) unless it also grants "it", the cookies the notice names.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Cookies keep this shop secure. By browsing here you accept our use of strictly necessary "
     "cookies. Only if you opt in do we also use advertising cookies.", False),
    ("We use cookies to make our pages faster. By staying on this site you accept our privacy "
     "notice.", False),
    ("We use cookies for statistics. If you carry on, we'll take it you are fine with this and "
     "accept our privacy statement.", True),
    ("We use cookies for advertising. By staying on this site you accept our privacy notice.", True),
    ("Cookies keep this shop secure. By browsing here you accept our use of cookies. We also use "
     "advertising cookies.", True),
])
def test_english_necessary_grant_and_privacy_notice_grant(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m18: joining with no object of its own, or signing in, ties only the sender's plain mail
# to the very act that asks for it; promotional mail, other parties, data collection beside it,
# or an account sign-up still bundle. (Round m19: the pace of the mail joined for is that mail's
# own, as real waitlist notices label it: "…receive weekly emails" after a join is not bundled.)
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By joining, you agree to get emails about our opening date.", False),
    ("When you join, you agree to receive updates from our team about the beta.", False),
    ("By signing in, you agree to receive alerts about your saved searches.", False),
    ("By joining, you agree to get emails about our summer sale.", True),
    ("By joining, you agree to receive weekly emails from us.", False),
    ("By joining, you agree to receive weekly deals from us.", True),
    ("By joining, you agree to receive emails from us and from our sponsors.", True),
    ("By signing in, you agree to receive alerts and to our collection of your usage data.", True),
    ("By signing up, you agree to receive marketing emails from us.", True),
])
def test_english_bare_join_grants_only_its_own_mail(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m18: the site or app named by its own (capitalised) name is the site merely used, and an
# enumeration "collection, storage, and processing of your data" names personal data as a whole;
# an act the processing serves (registering, submitting a form) is still no site use.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By using Pixel Notes, you consent to the collection and use of your information.", True),
    ("By visiting shop.example, you agree to the gathering and use of your details.", True),
    ("By continuing to browse our site, you consent to the collection, storage, and potential "
     "sharing of your data.", True),
    ("By using Pixel Notes, you agree to our Terms.", False),
    ("By registering with Pixel Notes, you consent to the collection and use of your information.",
     False),
    ("By submitting this form, you consent to the collection, storage, and processing of your data "
     "to answer your enquiry.", False),
])
def test_english_named_site_and_enumerated_processing(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m18: classes of the trigger that were missing: continuing named before the choice and
# joined to it by "or"; an imperative of browsing on whose condition is the visitor's presumed
# agreement; continuing as a participle. Their look-alikes: the choice alone, a wish with no act,
# browsing as advice.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By scrolling further or by pressing \"Allow all\", you accept our advertising cookies.", True),
    ("We use cookies for statistics. Keep on reading if you are OK with that.", True),
    ("We use cookies to measure traffic. Carry on using the site if you're fine with this.", True),
    ("Continuing your visit, you accept cookies for audience measurement.", True),
    ("Continuing to browse this shop, you agree to cookies that track which ads you click.", True),
    ("Continuing to checkout, you agree to our delivery terms.", False),
    ("By pressing \"Allow all\", you accept our advertising cookies.", False),
    ("We use cookies for statistics. If you are OK with that, press Allow.", False),
    ("Keep browsing to discover our latest arrivals.", False),
    ("We use cookies to make pages load faster. Carry on using the site if you're fine with our "
     "terms.", False),
])
def test_english_continuing_triggers_of_every_shape(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m18: what is granted, said in shapes that were missing: acceptance in the perfect ("you
# have read and accepted this"), personalisation after its noun ("ads we think are relevant to
# you"), mail as singular "communication", and what the visitor types being recorded.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("We place analytics cookies. Staying on this page shows that you have read and accepted this.",
     True),
    ("By using this free app you agree that we may show you adverts tailored to your interests.", True),
    ("By claiming the voucher, you agree to receive communication from our brand.", True),
    ("By using this assistant, you accept that the prompts you enter may be stored and reviewed.", True),
    ("Staying on this page shows that you have read our notice.", False),
    ("By using this free app you agree that adverts may appear between levels.", False),
    ("By claiming the voucher, you agree to the voucher rules.", False),
    ("By using this assistant, you accept that answers may be inaccurate.", False),
])
def test_english_grants_said_in_other_shapes(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m18: look-alikes of the new shapes stay neutral: a past consent described or confirmed is
# no grant tied to anything, and a necessary purpose joined to an optional one is not necessary.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Members who have accepted analytics cookies will see tailored tips.", False),
    ("Thank you! You have accepted analytics cookies.", False),
    ("By visiting our shop, you accept cookies for authentication and analytics.", True),
])
def test_english_past_consent_and_mixed_purposes(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m18: the "e-blast" is a newsletter by another name.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By claiming your free sample, you agree to be added to our weekly e-blast.", True),
    ("By entering the giveaway, you agree to sign up for the store's E-blast.", True),
    ("By entering the giveaway, you agree to the official rules.", False),
])
def test_english_eblast_is_a_newsletter(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m19: joining a waitlist is asking to hear about what is waited for, as a bare "joining" is;
# the pace of that mail or being contacted about it is the list's own. Partners, offers or data
# collection granted beside the join still bundle.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By joining our beta wait list, you consent to be contacted once a seat frees up.", False),
    ("When you join the waitlist, you agree to get the odd progress note from the founders.", False),
    ("By joining, you accept to receive periodic build updates.", False),
    ("By joining the waitlist, you agree to be contacted by our partners about their services.", True),
    ("By joining our wait-list, you agree to receive discount offers from us.", True),
    ("By joining the waitlist, you agree to see personalised ads in the app.", True),
    ("By downloading the template, you agree to receive occasional product updates.", True),
])
def test_english_joining_a_waitlist_asks_for_its_mail(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m19: mail the act itself needs, named in shapes that were missing: called necessary
# ("these essential emails"), named by the request it belongs to ("trip-related texts"), or
# carrying a sign-in code. Product or marketing "-related" mail, or codes beside offers, still bundle.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By booking, you consent to receive these essential emails.", False),
    ("By registering, you agree to receive trip-related texts and calls, like pickup times.", False),
    ("By adding your mobile number, you agree to get SMS messages containing your login codes.", False),
    ("By registering, you agree to receive product-related newsletters.", True),
    ("By registering, you agree to receive emails with verification codes and our best offers.", True),
    ("By registering, you agree to receive marketing-related texts.", True),
])
def test_english_mail_the_act_needs_in_other_shapes(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m19: what the visitor's own tick or opt-in brings, stated as its consequence, is the
# separate optional choice, not a grant tied to the form's act; the same mail said to follow the
# act itself still bundles.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Get the guide by email. If you check this optional box, you will also be added to our mailing list.",
     False),
    ("When you opt in, you'll receive our monthly deals digest.", False),
    ("By requesting the guide, you will also be added to our mailing list.", True),
    ("Once you download the guide, you'll be subscribed to our monthly deals newsletter.", True),
])
def test_english_what_the_visitors_tick_brings(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    # no grant at all, not even one beside a single button: the box is the choice
    assert (found is not None and found.tied_to_action) if bundled else found is None


# Round m19: mail that carries what the act obtains ("…with your voucher code") or alerts an event
# of the visitor's own sets off ("…alerts whenever your task changes") serve the act; the same
# mail with offers beside it, or alerts about new deals, is marketing.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By redeeming the coupon, you agree to receive SMS with your voucher code.", False),
    ("By creating a board, you agree to get email alerts whenever a card on it is moved.", False),
    ("By redeeming the coupon, you agree to receive SMS with your voucher code and weekly offers.", True),
    ("By creating a board, you agree to get email alerts whenever new deals go live.", True),
])
def test_english_mail_carrying_what_the_act_obtains(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m19: the sender's own "also" ("We'll also email you…") adds mail to what the form does,
# as "You'll also receive…" does; only mail named by its pace or promotional kind, not a receipt,
# a reminder or bare updates of the visitor's own booking.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("We will also email you our weekly gardening tips.", True),
    ("We may additionally text you promotional discounts.", True),
    ("We'll also email you a copy of your receipt.", False),
    ("We'll also text you updates as your parcel moves.", False),
])
def test_english_the_senders_also_adds_mail(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m19: mail about a transaction named without a determiner ("…related to payment or
# delivery") is the act's own mail, in the notice around a grant as in the grant itself; the same
# with news or offers beside it is marketing.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("We send emails concerning delivery and payment. By ordering, you agree to receive them.", False),
    ("By ordering, you agree to receive texts regarding shipments.", False),
    ("By ordering, you agree to receive texts regarding shipments and our latest deals.", True),
    ("By ordering, you agree to receive emails concerning payment and seasonal offers.", True),
])
def test_english_mail_about_a_bare_transaction(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m19: mail at the sender's pace, or its newsletter, said as the outcome of another act
# ("By <doing>, you'll receive … and occasional tips") is tied to that act; what the act itself
# asked for ("…you'll get the download link", "…you'll get access to member prices") is not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By taking the quiz, you will get your score and our monthly newsletter.", True),
    ("Once you register, you'll receive the programme and periodic event news.", True),
    ("By taking the quiz, you will get your score by email.", False),
    ("Once you register, you'll get access to member prices.", False),
])
def test_english_paced_mail_as_the_acts_outcome(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m19: look-alikes of consent sentences that grant nothing optional, by structure: the grant
# is of a document whose relative clause says what it explains; the grant word names the part the
# visitor picks ("the cookies you allow") or sits in a question; the mail is the act's own even
# when hyphenated ("e-ticket", "pre-order"); the contest's winner is contacted; partners named as
# carrying out the order. Each with a look-alike that does grant an optional use.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By opening an account, you accept our Privacy Notice, which sets out how we work with ad partners.",
     False),
    ("By opening an account, you accept that we share your details with ad partners.", True),
    ("If you keep browsing, we only place the cookies you have enabled.", False),
    ("If you keep browsing, you accept the cookies we place for advertising.", True),
    ("By buying, you agree to receive your e-tickets by email.", False),
    ("By buying, you agree to receive your e-tickets and our weekly deals by email.", True),
    ("By pre-ordering, you consent to receive texts about your pre-order.", False),
    ("By entering the draw, you accept the rules. The winner will be contacted by phone.", False),
    ("By entering the draw, you agree to be contacted by our sponsors.", True),
    ("Courier partners that deliver your parcel see your address. By ordering you accept our Terms.", False),
    ("We pass your address to partners for their marketing. By ordering you accept our Terms.", True),
])
def test_english_look_alike_grants_by_structure(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m19: consent asked in a question, or the part the visitor picks, grants nothing: not even a
# bare grant beside a single button.
@pytest.mark.parametrize(("notice", "granted"), [
    ("Would you agree to hear about our partner deals?", False),
    ("Do you consent to us sharing your email with partners?", False),
    ("We only set the advertising cookies you allow.", False),
    ("You agree to hear about our partner deals.", True),
])
def test_english_asked_or_picked_grants_nothing(notice: str, granted: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is granted


# Round m19: a use the notice keeps off until the visitor's own act, or calls optional, is that
# separate choice, not what the grant beside it grants; consent withdrawn (with no determiner),
# called optional, or the consent act itself letting a use happen grants nothing. Silence taken as
# consent ("…unless you opt out") still bundles.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By continuing, you accept our Terms. Personalised ads stay off unless you switch them on.", False),
    ("By logging in, you agree to the Terms. Newsletters are entirely optional.", False),
    ("Members may revoke consent to partner offers at any time by using their profile page.", False),
    ("By continuing, you agree to receive partner offers unless you opt out.", True),
    ("By continuing, you accept our Terms. Personalised ads are shown to every visitor.", True),
])
def test_english_use_kept_off_or_optional(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "granted"), [
    ("Your agreement to partner offers is voluntary and not a condition of purchase.", False),
    ("Accepting these cookies lets us show you tailored ads; you can refuse them.", False),
    ("If you choose to accept ad cookies, we use them to tailor offers.", False),
    ("Shopping with us lets us show you tailored ads.", True),
])
def test_english_consent_optional_or_itself_the_act(notice: str, granted: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is granted


# Round m19: a use offered in a question is the prompt of its own choice, not what the grant in the
# next sentence grants; the same use stated as a fact of the notice still is.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By registering, you accept the Terms. Fancy our partner offers as well? Check the box below.", False),
    ("By registering, you accept the Terms. Would you like our weekly newsletter?", False),
    ("By registering, you accept the Terms. We send partner offers to every member.", True),
])
def test_english_use_offered_in_a_question(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m19: the consent choice said as an imperative ("Tap OK to allow…") is the consent itself,
# as "By tapping OK…" is; an imperative joined by "or" to carrying on ("…or keep scrolling to
# agree") still names a way on that is no choice; a use the notice sets only once the visitor
# accepts it is that choice's, not what accepting the Terms grants.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Press OK to allow advertising cookies, or Decline to keep only necessary ones.", False),
    ("Press OK or keep scrolling to allow our advertising cookies.", True),
    ("We place advertising cookies once you allow them. By continuing, you agree to our Terms.", False),
    ("We place advertising cookies on every visit. By continuing, you agree to our Terms.", True),
])
def test_english_imperative_choice_and_use_set_once_accepted(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


def test_english_imperative_choice_grants_nothing_beside_a_button() -> None:
    notice = "Press OK to allow advertising cookies, or Decline to keep only the necessary ones."
    assert match_bundled_sentence(notice) is None


# Round m19: who grants and what is described. A grant made by another party (partners, the
# organiser) or one describing what a setting does when it is on grants nothing of the visitor's;
# turning a feature on is asking for what it does, as "By enabling…" is.
@pytest.mark.parametrize(("notice", "granted"), [
    ("Our advertising partners agree to delete your data after 30 days.", False),
    ("You agree that our advertising partners may keep your data.", True),
    ("While the location option is enabled, you allow us to read your location for local news.", False),
    ("You allow us to read your location for local news.", True),
])
def test_english_other_party_or_setting_grants_nothing(notice: str, granted: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is granted


@pytest.mark.parametrize(("notice", "bundled"), [
    ("Once you switch on photo sync, you agree that we store copies of your pictures.", False),
    ("Once you open the app, you agree that we store copies of your pictures.", True),
])
def test_english_turning_a_feature_on_asks_for_it(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m19: offers sent, not only received, are marketing: "We'll also text you our deals".
@pytest.mark.parametrize(("notice", "bundled"), [
    ("We'll also text you weekly deals.", True),
    ("We'll also text you your delivery slot.", False),
])
def test_english_offers_sent_are_marketing(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Round m20: silence by another name is the empty box (inaction, a refusal left unmade, before
# a presumption of consent); a plain "unless you opt out" with no presumption is the opt-out.
@pytest.mark.parametrize(("text", "tricky"), [
    ("Should you take no action, we will treat this as your agreement to share your details "
     "with partners.", True),
    ("If you do not reply within 14 days, we will take it that you are happy to receive our "
     "newsletter.", True),
    ("If you do not reply, we will assume you did not get our email and send it again.", False),
    ("Unless you decline, we'll assume you're fine with us using your browsing data.", True),
    ("Unless you opt out, you will receive our monthly newsletter.", False),
    ("If you do nothing, your settings stay as they are and we will not send you marketing.", False),
])
def test_english_silence_before_a_presumption_agrees(text: str, tricky: bool) -> None:
    assert (match_trick_wording(text) is not None) is tricky


# Round m20, ruling 5: acceptance of changed terms, prices or a contract deemed from silence is
# contract law; its two negations choose no data use.
@pytest.mark.parametrize(("text", "tricky"), [
    ("Where notice of the new agreement was given and you do not cancel before it starts, you "
     "will be treated as having given consent to the new agreement.", False),
    ("The revised fees are deemed accepted if you do not reject them in writing; your consent is "
     "not needed otherwise.", False),
    ("Should you not actively refuse the revised Terms before they apply, you will be deemed to "
     "have consented to the revised Terms.", False),
    ("Failure to state your refusal before the effective date will be treated as consent to the "
     "updated agreement, if you do not openly reject it.", False),
    ("If you do not wish not to receive our offers, tick here.", True),
])
def test_english_terms_deemed_accepted_are_no_trick(text: str, tricky: bool) -> None:
    assert (match_trick_wording(text) is not None) is tricky


# Round m20, ruling 2: being contacted, naming at most its channel, tied to sending a request is
# that request's reply; contact about offers, by partners, or tied to a download is not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By submitting your enquiry, you agree to be contacted by phone or email.", False),
    ("If you send us a question, you consent to being contacted at the number you gave.", False),
    ("By contacting us, you agree to be contacted back by email.", False),
    ("By submitting your enquiry, you agree to be contacted about our latest offers.", True),
    ("By sending this message, you agree to be contacted by our partners.", True),
    ("By downloading the guide, you agree to be contacted by email.", True),
    ("By sending this message, you agree to be contacted by email and to receive our newsletter.", True),
])
def test_english_contact_that_answers_the_request_serves_it(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m20, ruling 2: the resource an act hands over, named as its object, is used to serve
# that act; marketing, sharing or publication of it beside the act is still granted.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By submitting your portrait, you consent to the use of your portrait to draw your avatar.", False),
    ("When you upload images, you agree that we resize and store your images for your gallery.", False),
    ("By uploading your picture, you agree that we may use your photo in our marketing campaigns.", True),
    ("By uploading your photo, you agree that we share your images with our partners.", True),
    ("By entering the contest, you agree we may publish your photo.", True),
])
def test_english_the_acts_own_resource_serves_the_act(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m20, ruling 4: a sign-up with no object, or texting a keyword, IS the subscription to
# the plain mail the sentence grants; marketing, offers, partners or an account named still bundle.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("When you sign up, you'll get our weekly tips by email.", False),
    ("By texting JOIN to 55123, you agree to receive recurring alerts from Bloomly.", False),
    ("If you sign up you agree to hear from us now and then.", False),
    ("By signing up, you agree to receive offers from our partners.", True),
    ("By signing up for an account, you agree to receive emails from us.", True),
    ("By texting us, you agree to receive promotional messages.", True),
    ("By signing up, you agree that we share your email with sponsors.", True),
])
def test_english_a_bare_sign_up_is_the_subscription(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m20: mail at the sender's pace by any of its names (digest, roundup, dispatch, bulletin),
# and being put on a list by any verb (added, included, placed), as outcomes of another act.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("You'll also get our monthly roundup of new recipes.", True),
    ("By ordering, you will be automatically placed on our newsletter list.", True),
    ("You'll also get a digest of your account activity.", False),
    ("By ordering, you will be automatically placed in the delivery queue.", False),
])
def test_english_paced_mail_and_list_verbs_by_any_name(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m20: a box that accepts the privacy policy, as one that accepts the terms, is the price
# of the form; an optional use joined to it by "and" is bundled.
@pytest.mark.parametrize(("label", "bundled"), [
    ("I accept the privacy notice and agree to marketing calls from our partners.", True),
    ("I accept the data protection statement and consent to receive offers by text.", True),
    ("I have read the privacy notice and agree to it.", False),
    ("I accept the privacy policy and agree to the handling of my enquiry.", False),
])
def test_english_privacy_policy_box_coupled_with_marketing(label: str, bundled: bool) -> None:
    assert (match_bundled_control_label(label) is not None) is bundled


# Round m20: being put on a waitlist is what applying for it asks; a mailing list is not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By completing the form, you will be added to the beta wait list and get news of the launch.", False),
    ("Once you request access, you'll be added to our early-access waiting list and receive "
     "updates on it.", False),
    ("By applying, you will be added to our mailing list.", True),
    ("Once you book, you will be added to our newsletter.", True),
])
def test_english_a_waitlist_is_what_the_application_asks(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m20: a bad state embraced by any verb of being in it (being / staying / remaining),
# including being behind on news; the state refused or the good state liked is neutral.
@pytest.mark.parametrize(("decline", "shaming"), [
    ("I prefer staying out of the loop", True),
    ("No thanks, I enjoy being in the dark", True),
    ("Nope, I like remaining behind the times", True),
    ("I like being up to date", False),
    ("No thanks, I don't like being out of touch", False),
    ("Not now, I'm being careful", False),
])
def test_english_a_bad_state_embraced_by_being_in_it(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


# Round m20: the business's loss embraced (its rivals let ahead), and the visitor's good said to
# need no help ("I'm rich"); rivals named otherwise, or a plain "I'm good", stay neutral.
@pytest.mark.parametrize(("decline", "shaming"), [
    ("I'm fine with the competition getting ahead", True),
    ("Sure, I'd rather my rivals outsell me", True),
    ("Nah, I'm made of money", True),
    ("No thanks, I'm good", False),
    ("No, my competitors already use it", False),
    ("Not now, I want to see what competitors win first", False),
])
def test_english_rivals_let_ahead_and_needing_no_help(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


# Round m21: subscribing to a channel of messages (an SMS / text-alert / WhatsApp service) is
# asking for those messages, as subscribing to a newsletter is; a paid service is not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("When you subscribe to our text service, you agree to get automated reminders from us.", False),
    ("By subscribing to our WhatsApp service, you consent to receive our messages.", False),
    ("By subscribing to our premium service, you agree to receive partner offers by text.", True),
    ("By subscribing to our streaming plan, you agree to get our marketing emails.", True),
])
def test_english_subscribing_to_a_message_channel_is_the_consent(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21: a grant whose object is a document stays one when the document carries a firm's name
# ("… Partners LLC's agreement") or its own future updates; partners or mail granted stay bundled.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By booking, you accept Harbour Partners' standard terms of hire.", False),
    ("By paying, you agree to Northgate Partners Ltd's client agreement.", False),
    ("By using the portal, you accept these rules and future updates.", False),
    ("By opening an account, you agree to the terms and any future changes to them.", False),
    ("By booking, you agree that we pass your details to Harbour Partners Ltd.", True),
    ("By opening an account, you agree to receive future updates from our team.", True),
])
def test_english_a_document_named_after_a_firm_or_updated_is_still_a_document(notice: str,
                                                                                bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21: what the act obtains, received first ("your certificate", "your receipt"), is no mail
# beside it; paced mail or a newsletter named after it still is.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By completing the module, you agree to receive your certificate and class updates by email.", False),
    ("By checking out, you agree to receive your receipt by text.", False),
    ("By checking out, you agree to receive your receipt and our weekly newsletter.", True),
])
def test_english_what_the_act_obtains_is_not_mail_beside_it(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21: "the Promotion" a contest's rules name the contest by is what the entrant joins;
# "promotions" or "the promotion of our products" is marketing.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By taking part, you consent to the use of your details to run the Promotion.", False),
    ("By entering, you agree that your name may be used to announce the promotion winners.", False),
    ("By taking part, you consent to the use of your details for the promotion of our brands.", True),
    ("By entering, you agree to receive promotions from us.", True),
])
def test_english_the_contest_named_promotion_is_not_marketing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21: a use the visitor's own opt-in conditions ("…and, if you opt in, for marketing") waits
# for that separate choice; a use granted before the condition, or outside its clause, is still granted.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By signing up, we process your details to run your account and, if you have opted in, "
     "to send you offers from our partners.", False),
    ("By booking, you consent to the use of your data for the booking and, where you have ticked "
     "the box, for our newsletter.", False),
    ("By booking, you agree to receive promotional texts and, if you opt in, emails.", True),
    ("By entering, you agree that, if you opt in, we send you news, and that we pass your details "
     "to our sponsors.", True),
])
def test_english_a_use_conditioned_on_the_visitors_opt_in_is_not_granted(notice: str,
                                                                          bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21: the sponsor or partner as the owner of a document the grant names is no sharing.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By entering, you accept the sponsor's official rules.", False),
    ("By taking part, you agree to our affiliates' terms of participation.", False),
    ("By taking part, you accept the sponsor's rules and agree that we pass your email to our "
     "partners.", True),
])
def test_english_a_sponsors_document_is_a_document(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21: a bad state of body or mind kept by the decline ("I'll stay stressed") shames as an
# unsafe one does; staying on a plan, signed in or with a provider is a plain choice.
@pytest.mark.parametrize(("decline", "shaming"), [
    ("Nope, I'll just remain anxious", True),
    ("Maybe later, I'll stay worried", True),
    ("No thanks, I'd rather stay confused", True),
    ("No thanks, I'll stay on the free plan", False),
    ("No thanks, I'll stay with my current provider", False),
    ("No, I'll remain a guest", False),
])
def test_english_a_bad_state_of_body_or_mind_kept(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


# Round m21: what a cookie category, setting or tool allows is a description of it, not a grant
# by the visitor; the visitor's own "allow" tied to browsing still is.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Performance cookies allow us to see which pages are most popular.", False),
    ("Statistics cookies permit the site owner to understand how visitors use the site.", False),
    ("Social media cookies allow you to share our articles with your friends.", False),
    ("By browsing on, you allow us and our advertisers to set tracking cookies.", True),
    ("By continuing, you agree to cookies that let our partners show you targeted ads.", True),
])
def test_english_what_a_category_allows_is_described_not_granted(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21: a refusal said to be impossible is a fact, as "cannot" is; a box whose blank or tick
# inverts the choice still tricks.
@pytest.mark.parametrize(("text", "trick"), [
    ("It's not possible to opt out of messages about your orders.", False),
    ("It is not possible to unsubscribe from account alerts.", False),
    ("There is no way to opt out of security alerts.", False),
    ("If you do not untick this box, we will share your data.", True),
    ("Uncheck this box if you do not want to stop receiving offers.", True),
])
def test_english_a_refusal_said_impossible_is_a_fact(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


# Round m21, precision audit by construction: notices real sites write in the shapes the
# bundled-consent words reach (a category described, a document granted, the act's own resource,
# necessary processing, a policy's third-person statement, a grant in a condition or question,
# the consent choice itself, a newsletter form, a terms-change notice, checkout) that are not
# findings under checks.md and the rulings.
@pytest.mark.parametrize("notice", [
    ('Marketing cookies are used to track visitors across websites to display relevant ads. They are '
     'set only if you enable them.'),
    ('Analytics cookies help us understand how visitors interact with the website by collecting '
     'information anonymously.'),
    'Functional cookies allow the website to remember choices you make, such as your language or region.',
    ('These cookies are used by advertising partners to build a profile of your interests. You can '
     'switch them off below.'),
    ('By creating an account, you agree to our Terms of Service and acknowledge our Privacy Policy, '
     'which explains how we share data with partners.'),
    'By placing your order, you accept our Terms and Conditions of Sale.',
    'By registering, you confirm that you have read the Privacy Notice.',
    'By using the app, you agree to the End User Licence Agreement.',
    'By uploading your CV, you consent to us storing it to assess your application.',
    'By submitting this form, you agree that we may contact you by phone to arrange your appointment.',
    'By booking a table, you agree to receive a confirmation text and a reminder on the day.',
    'By sharing your location, you allow the app to show you nearby charging stations.',
    'By enabling notifications, you agree to receive alerts about your deliveries.',
    ('This website uses only strictly necessary cookies to keep the site secure. By continuing, you '
     'accept these cookies.'),
    'We use essential cookies to remember the items in your basket. These cannot be switched off.',
    'Users may withdraw their consent to marketing at any time by clicking the unsubscribe link.',
    'Our partners agree to process your data only on our documented instructions.',
    'Where we rely on your consent, you can withdraw it at any time in your account settings.',
    'We never sell your personal information to third parties.',
    'If you consent to analytics cookies, we will measure which pages are visited most.',
    'Would you like to receive our weekly newsletter with offers from partners?',
    'If you would like to hear about our offers, please tick the box below.',
    'You can opt in to personalised recommendations in Settings at any time.',
    ("By clicking 'Accept all', you agree to the storing of cookies on your device to enhance site "
     'navigation and assist in our marketing efforts.'),
    'Click Save preferences to confirm the cookies you have selected.',
    'You can change your choices at any time by clicking Cookie Settings at the bottom of the page.',
    'By subscribing, you agree to receive our monthly newsletter. You can unsubscribe at any time.',
    'Sign up for our newsletter and be the first to hear about new arrivals.',
    'If you continue to use the service after the changes take effect, you accept the revised Terms.',
    'By continuing to use our services after 1 March, you agree to the updated Terms of Use.',
    'By proceeding to checkout, you agree to our delivery terms.',
    'When you place an order, we share your address with our courier so they can deliver it.',
    'These cookies allow us to count visits so we can measure and improve the performance of our site.',
    'Personalisation cookies enable us to show you content based on your previous visits.',
    'This setting permits the app to access your camera when you scan a code.',
    'If you sign in with Google, we receive your name and email address from Google.',
    'We use your email address to send you your order confirmation and delivery updates.',
    'Your consent applies to this website only and is stored for 12 months.',
    'Visitors can choose which categories of cookies they accept.',
    'We ask for your consent before we place analytics cookies on your device.',
])
def test_english_constructed_bundled_look_alikes_stay_neutral(notice: str) -> None:
    assert match_bundled_sentence(notice) is None


# Round m21, precision audit by construction: opt-out descriptions, "if you do not agree, do not
# use", withdrawal instructions, plain opt-out boxes, negations that are no consent choice,
# deemed acceptance of terms (ruling 5), refusals said to be impossible.
@pytest.mark.parametrize("text", [
    'You can turn off personalised ads in Settings at any time.',
    'If you do not agree, please do not use the app.',
    'If you no longer want to receive our emails, click unsubscribe.',
    'To withdraw your consent, untick the box and save your preferences.',
    'We will not share your data unless you give us permission.',
    "Don't forget to confirm your email address, or you won't receive your order updates.",
    'If you do not object to the new terms within 30 days, they will be deemed accepted.',
    'Uncheck this box if you no longer wish to be listed in the public directory.',
    'Tick this box to opt out of marketing emails.',
    'Ask websites not to sell or share my data.',
    "Leave this box unticked if you don't want a printed invoice.",
    "You won't be able to use the app without a network connection.",
    "It's not possible to unsubscribe from service emails about your account.",
    "If you don't want to receive marketing emails, you can opt out at any time from your profile.",
    "Don't want cookies? Click Reject all.",
    'If you do not wish to receive our newsletter, please let us know by replying to this email.',
    'You will not receive any marketing unless you opt in.',
    "Please don't hesitate to contact us if you have questions about your data.",
    "Don't miss out on our best offers - sign up today.",
    "No spam. We won't share your email. Unsubscribe at any time.",
    "If you don't want us to use cookies, you can block them in your browser settings.",
    'Disabling cookies may mean that some features of the site do not work.',
    "If you decline, we won't be able to show you personalised recommendations.",
    'If you no longer wish to receive these emails, you can unsubscribe.',
    'We do not send marketing emails without your consent.',
    "You can't opt out of essential service messages, such as password resets.",
    'By not accepting these terms you will not be able to register.',
    'Untick to stop receiving our newsletter.',
    "We don't use cookies that are not strictly necessary.",
    "You can't undo this action. Do you want to delete your account?",
    'Not interested in offers? You can change this later in Settings.',
])
def test_english_constructed_trick_look_alikes_stay_neutral(text: str) -> None:
    assert match_trick_wording(text) is None


# Round m21: a negated consequence of opting out ("…does not mean you will see fewer ads") and
# what the visitor may not do ("You may not opt out of necessary cookies") are stated facts and
# rules, not a doubled refusal; a blank box or a double negative in a box still tricks.
@pytest.mark.parametrize(("text", "trick"), [
    ("Opting out does not mean you will see fewer ads, only less relevant ones.", False),
    ("You may not opt out of security emails about your account.", False),
    ("If you do not untick this box, you may not stop receiving offers.", True),
    ("Not opting out means you agree to receive our offers.", True),
])
def test_english_a_negated_consequence_or_a_rule_is_no_double_negative(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


# Round m21, precision audit by construction (second set): acts whose grant serves them, documents,
# confirmations, grants kept for the visitor's own choice, the consent choice itself.
@pytest.mark.parametrize("notice", [
    'By creating an account, you agree to receive service emails about your account.',
    'By requesting a quote, you agree that we may contact you by email or phone about your quote.',
    'By submitting your application, you agree that we may contact your referees.',
    'By downloading the app, you accept the licence terms.',
    'When you create an account, we collect your name and email address to run it.',
    'By clicking Continue, you confirm you are over 18.',
    'By continuing, you confirm that you have read and understood our Privacy Notice.',
    'By continuing, you agree to our Terms of Use and Privacy Policy.',
    'By joining the programme, you agree to the programme rules.',
    'By donating, you agree that we may claim Gift Aid on your donation.',
    'By registering for the webinar, you agree to receive the joining link and reminders by email.',
    'Analytics cookies are only set if you click Accept all.',
    'We use Google Analytics only with your consent.',
    'Our partners process data on our behalf under strict contracts.',
    'By linking your bank account, you allow us to read your transactions to show your balance.',
    'By turning on location services, you allow the app to find stores near you.',
    'By enabling two-step verification, you agree to receive a code by text each time you sign in.',
    'If you accept, we will use analytics cookies to improve the site.',
    'By continuing, you acknowledge that this chat is handled by an automated assistant.',
    'By using this calculator, you acknowledge that the results are estimates only.',
    'Continued use of the site after the changes means you accept the revised terms.',
    'By accepting this invitation, you agree to join the team workspace.',
    'By paying with PayPal, you will be redirected to PayPal, whose privacy notice applies.',
    'By signing in with Google, you allow us to receive your name and email address from Google.',
    'By creating an account, you agree to let us store your saved addresses for faster checkout.',
    'By placing an order, you agree that we pass your address to the courier who delivers it.',
    'By clicking Accept, you consent to our use of advertising cookies; you can reject them instead.',
    'By starting the free trial, you agree that your subscription renews automatically unless cancelled.',
    'By submitting this review, you agree to our review guidelines.',
    'By uploading a photo, you confirm that you own the rights to it.',
    'By opting in, you agree to receive our weekly deals by email.',
    "If you subscribe to our newsletter, you'll receive tips and offers every month.",
    'Our cookie banner lets you accept or reject analytics cookies.',
    'You can allow or block cookies in your browser settings.',
    'Advertising partners may set cookies through our site only if you allow them.',
])
def test_english_constructed_bundled_look_alikes_second_set(notice: str) -> None:
    assert match_bundled_sentence(notice) is None


# Round m21, precision audit by construction (second set): opt-out instructions, negations about
# other things than a consent choice, plain refusal labels, rules and consequences stated.
@pytest.mark.parametrize("text", [
    "If you'd rather not hear from us, just reply STOP.",
    "Don't want these emails anymore? Unsubscribe here.",
    'You will not be charged until your trial ends.',
    'Never miss an update: turn on notifications.',
    'Uncheck this box to hide your profile from search results.',
    "If you don't want us to keep your data, you can delete your account at any time.",
    "We won't send you marketing unless you say yes.",
    'No longer interested? Update your email preferences.',
    'Select No if you do not have a promo code.',
    'Please do not reply to this email; this mailbox is not monitored.',
    'If you do not receive the confirmation email, check your spam folder.',
    'Unticking this box will not cancel your existing subscription.',
    'We do not share your data with advertisers, and we do not sell it.',
    "If you don't accept optional cookies, some videos won't play.",
    'You may not opt out of cookies that are strictly necessary.',
    "If you don't agree with the changes, you can close your account before they take effect.",
    'Turn off Allow personalised ads to stop seeing ads based on your activity.',
    'If you no longer want us to use your data for marketing, email privacy@example.com.',
    'Not sure? You can always change your cookie choices later.',
    'We will never share your details without asking you first.',
    'Opting out does not mean you will see fewer ads, only less relevant ones.',
    "If you don't opt in, you will still receive emails about your orders.",
    "Don't share my location with the app.",
    'Hide my activity status from other users.',
])
def test_english_constructed_trick_look_alikes_second_set(text: str) -> None:
    assert match_trick_wording(text) is None


# Round m21: applying (for a loan, a lease, finance) hands over the applicant's credit record to be
# checked; a credit check for it serves the application (ruling 2). Applying a voucher is no
# application; the record passed to partners, or credit checks tied to another act, stay bundled.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("When you apply for finance, you agree that we search your credit history.", False),
    ("By submitting your application, you consent to a credit check with a credit reference agency.", False),
    ("By applying this voucher, you agree to a credit check.", True),
    ("By applying for a lease, you agree that we share your credit report with our partners.", True),
    ("By signing up, you agree that we check your credit history.", True),
])
def test_english_a_credit_check_serves_the_application(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21: those who made the choice, named by it in a policy's third-person statement ("Users
# who have opted in to marketing receive…"), describe that separate choice; a class named by
# another act ("Users who register consent to…") still bundles.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Subscribers who have opted in to partner offers will hear from our sponsors monthly.", False),
    ("Members that consented get a birthday voucher by email.", False),
    ("Users who register consent to receiving our newsletter.", True),
    ("Customers who order online agree to receive our weekly deals.", True),
])
def test_english_those_who_chose_are_described_not_granting(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21, precision audit by construction (third set): consent managers' purpose texts (IAB TCF
# purposes, GOV.UK-style banners), what an account or sign-in offers, classes named by their own
# choice, rewards and copies the act itself obtains.
@pytest.mark.parametrize("notice", [
    ('Store and/or access information on a device. Cookies, device or similar online identifiers '
     'together with other information can be stored or read on your device to recognise it each time '
     'it connects to an app or to a website.'),
    ('Use limited data to select advertising. Advertising presented to you on this service can be '
     'based on limited data, such as the website or app you are using.'),
    ('Measure advertising performance. Information regarding which advertising is presented to you '
     'and how you interact with it can be used to determine how well an advert has worked.'),
    ('Some of our partners process your data on the basis of legitimate interest, which you can '
     'object to in the settings.'),
    'With your permission, we and our partners may use precise geolocation data.',
    'You can give, refuse or withdraw your consent at any time by accessing the preferences panel.',
    ("If you agree, we'll also use cookies to complement your shopping experience and to improve our "
     'services.'),
    ("We'd like to set additional cookies to understand how you use our site. We also use cookies "
     'set by other sites to help us deliver content from their services.'),
    ("We use some essential cookies to make this service work. We'd also like to use analytics "
     'cookies so we can understand how you use the service.'),
    "You've accepted additional cookies. You can change your cookie settings at any time.",
    ('Our website uses cookies. By clicking Accept, you consent to the use of cookies for analytics '
     'and advertising. Click Reject to refuse non-essential cookies.'),
    'We process personal data to provide our services, as described in our Privacy Policy.',
    'Your email address will only be used to send you the newsletter you signed up for.',
    'We will use the information you provide to respond to your enquiry.',
    'Registering allows you to save your favourite recipes and sync them across devices.',
    'Creating an account lets you track your orders and check out faster.',
    'Signing in lets you pick up where you left off on any device.',
    "By continuing, you'll be taken to our partner's website to complete your booking.",
    'Continue to checkout',
    'By clicking Submit, your message will be sent to the seller.',
    'When you visit our site, our server logs your IP address for security purposes.',
    'Visitors who sign up for our newsletter will receive a 10% discount code.',
    'Users who have opted in to marketing will receive our monthly deals.',
    'Members agree to abide by the community guidelines.',
    'Participants agree to be photographed at the event only if they wear a green lanyard.',
    'To access your account, you must agree to our updated Terms of Service.',
    "In exchange for your feedback, you'll receive a $10 gift card.",
    'You will also receive a copy of your answers by email.',
    "We'll also send you a receipt and a link to track your order.",
])
def test_english_constructed_bundled_look_alikes_third_set(notice: str) -> None:
    assert match_bundled_sentence(notice) is None


# Round m21, precision audit by construction (third set): confirmations of withdrawal, questions
# about other things than consent, plain refusal labels ("Do not sell or share my personal
# information"), rights and consequences stated.
@pytest.mark.parametrize("text", [
    'Are you sure you want to unsubscribe? Yes, unsubscribe me / No, keep me subscribed',
    'Do you want to remove this item from your basket?',
    'Do you want to leave without saving your changes?',
    'Would you prefer not to see this message again?',
    'Do you want to turn off dark mode?',
    'Would you like to receive our newsletter? Yes / No',
    "Don't show this again",
    "Don't ask me again on this device",
    'Do not track me',
    'I do not want to receive marketing emails',
    "I don't want personalised ads",
    "Please don't send me offers by post",
    'Do not sell or share my personal information',
    'Opt out of the sale of my personal information',
    "Untick any box you don't want and click Save.",
    'Switch off any category you do not want us to use.',
    'If you change your mind, you can unsubscribe at any time by clicking the link in our emails.',
    'You will not receive marketing from us unless you tick the box.',
    'Leave this box blank if you do not want to join our mailing list.',
    "We don't use third-party cookies on this site.",
    'Your data will not be shared with third parties without your consent.',
    'If you do not wish to provide this information, we will not be able to process your order.',
    'Withdrawing consent will not affect the lawfulness of processing before withdrawal.',
    "If you don't want to be contacted by phone, leave the phone number field empty.",
    'If you object to the processing of your data, please contact our data protection officer.',
    'You have the right not to be subject to a decision based solely on automated processing.',
    'Not receiving our emails? Add us to your safe senders list.',
    'If you do nothing, your current settings will stay as they are.',
    ('If you do not want cookies, you can disable them in your browser, but some parts of the site '
     'may not work.'),
    'If you do not accept, we will only use strictly necessary cookies.',
])
def test_english_constructed_trick_look_alikes_third_set(text: str) -> None:
    assert match_trick_wording(text) is None


# Round m21: mail or contact about the very thing the act names ("By starting your free trial …
# emails about your trial", "By requesting a demo … contacted about your demo") is that act's own
# follow-up (ruling 2); marketing, partners or more topics named beside it still bundle, and so
# does a topic the act does not name.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By starting your free trial, you agree to receive emails about your trial.", False),
    ("By requesting a quote, you agree to be contacted by our team about the quote by phone.", False),
    ("By booking a viewing, you consent to receive texts regarding the viewing.", False),
    ("By starting your free trial, you agree to receive marketing emails about your trial.", True),
    ("By starting your free trial, you agree to receive emails about your trial and our offers.", True),
    ("By requesting a demo, you agree to be contacted by our partners about your demo.", True),
    ("By starting the quiz, you agree to receive emails about your results.", True),
    ("By starting, you agree to receive emails about your art.", True),
])
def test_english_follow_up_about_what_the_act_names_serves_it(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# What an act names is matched at Latin word edges, accented letters included: "caf" is a piece
# of "café", not a word the act names; a script without spaces has no edges to test.
@pytest.mark.parametrize(("act", "word", "named"), [
    ("By booking a café tour", "café", True),
    ("By booking a café tour", "caf", False),
    ("En réservant votre départ", "dé", False),
    ("By starting your free trial", "trial", True),
    ("下载APP参与测评", "测评", True),
])
def test_what_an_act_names_is_a_whole_latin_word(act: str, word: str, named: bool) -> None:
    assert _act_names(act, word) is named


# Round m21: a winner contacted is the contest entered being run; partners or other topics are not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By entering the draw, you agree to be contacted by phone if you are selected as a winner.", False),
    ("By taking part, you consent to being contacted should you win.", False),
    ("By entering the draw, you agree to be contacted by our partners if you win.", True),
    ("By entering the draw, you agree to be contacted about future promotions.", True),
])
def test_english_a_winner_contacted_runs_the_contest(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21, precision audit by construction (fourth set): follow-up mail and contact that the act
# itself asks for (a trial, a booking, a course, a bid, an application), and details handed to the
# one who carries out the hire or the tour.
@pytest.mark.parametrize("notice", [
    'By starting your free trial, you agree to receive emails about your trial.',
    'By registering for the conference, you agree to receive information about the conference by email.',
    'By booking, you agree to receive text reminders about your appointment.',
    'By signing up for the course, you agree to receive course materials and reminders by email.',
    'By registering, you agree to receive the event programme and joining instructions by email.',
    'By entering the contest, you agree to be contacted if you win.',
    'By donating, you agree to receive a tax receipt by email.',
    'By requesting a demo, you agree to be contacted by our sales team about your demo.',
    'By downloading the report, you agree to receive it by email.',
    'By enrolling, you consent to receive important notices about your enrolment.',
    'By signing up, you agree to receive a weekly summary of your account activity.',
    'By joining the waitlist, you agree to receive an email when we launch.',
    'By creating an account, you agree to receive security alerts by text.',
    'By registering, you agree to receive your login details and event updates by email.',
    'By submitting, you agree to receive a copy of your submission by email.',
    'By placing a bid, you agree to receive notifications when you are outbid.',
    'By applying, you agree to be contacted about your application and interview times.',
    'By renting a car, you agree that we share your licence details with the rental company for the hire.',
    'By booking a tour, you agree that we pass your name to the tour guide.',
])
def test_english_constructed_bundled_look_alikes_fourth_set(notice: str) -> None:
    assert match_bundled_sentence(notice) is None


# Round m21: joining a beta or pilot, like a waitlist, is asking for its onboarding and updates;
# offers, marketing or partners granted beside it still bundle.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("When you join our early-access programme, you agree to receive onboarding emails and updates.", False),
    ("By joining the pilot group, you agree to get occasional update emails from us.", False),
    ("By joining the beta, you agree to receive marketing emails from our partners.", True),
    ("By joining the beta programme, you agree to receive our offers.", True),
])
def test_english_joining_a_beta_asks_for_its_updates(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21: signing up for alerts or reminders is asking for them, as subscribing is; alerts
# granted beside another act are not asked for.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("When you sign up for restock alerts, you agree to receive a text when the item is back.", False),
    ("By registering for appointment reminders, you consent to receive reminder texts.", False),
    ("By creating an account, you agree to receive job alerts.", True),
    ("By signing up for an account, you agree to receive price alerts and marketing emails.", True),
])
def test_english_signing_up_for_alerts_is_asking_for_them(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21: messages from the other side of the deal the act opens (buyers who answer a listing,
# employers who answer a profile) are the service; offers or partners are not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By creating a listing, you agree to receive messages from interested buyers.", False),
    ("By publishing your CV, you agree to get emails from employers.", False),
    ("By creating a listing, you agree to receive offers from our partners.", True),
    ("By creating a listing, you agree to receive messages from our sponsors.", True),
])
def test_english_messages_from_the_other_side_of_the_deal(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21, precision audit by construction (fifth set): mail, messages and calls the act itself
# asks for (verification, tickets, reminders, shipping notices, billing, replies from the other
# side of a listing, alerts signed up for), said with "receive" as real sites say them.
@pytest.mark.parametrize("notice", [
    'By signing up, you agree to receive a verification email to confirm your address.',
    'By creating an account, you agree to receive a welcome email with your login link.',
    'By registering, you agree to receive your ticket and event reminders by email.',
    'By booking, you agree to receive SMS updates about the status of your booking.',
    'By ordering, you agree to receive shipping notifications by text message.',
    'By registering for the event, you agree to receive event updates by email.',
    'By enrolling in the course, you agree to receive lesson reminders.',
    'By signing up for a class, you agree to receive class reminders and schedule changes.',
    'By submitting your entry, you agree to be notified of the results by email.',
    'By subscribing to a paid plan, you agree to receive billing emails and invoices.',
    'By scheduling a call, you agree to receive a calendar invitation and a reminder.',
    'By creating a listing, you agree to receive messages from interested buyers.',
    'By posting a job, you agree to receive applications by email.',
    'By registering, you agree that we may send you important information about the service.',
    'By registering your product, you agree to receive safety and recall notices about it.',
    'By requesting a callback, you agree that we may call you on the number provided.',
    'By completing checkout, you agree to receive order confirmations and delivery updates.',
    'By signing up for alerts, you agree to receive price alerts for the products you follow.',
    'By joining the event, you agree to receive the recording afterwards.',
    'By making a reservation, you agree that the restaurant may contact you about your reservation.',
    'By creating an account, you agree to receive transactional emails necessary for your account.',
    'By registering, you accept that we will email you your password reset link when you ask for it.',
    'By signing the petition, you agree that your name will be shown on the list of signatories.',
])
def test_english_constructed_bundled_look_alikes_fifth_set(notice: str) -> None:
    assert match_bundled_sentence(notice) is None


# Round m21: mail about changes to the visitor's own account is the service's notice; a promotional
# topic joined to it, or changes to the range on sale, are not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By creating an account, you agree to receive emails about changes to your account and our "
     "terms.", False),
    ("By opening an account, you consent to receive texts regarding updates to your account.", False),
    ("By creating an account, you agree to receive emails about changes to your account and our latest "
     "offers.", True),
    ("By creating an account, you agree to receive emails about changes to our product range.", True),
])
def test_english_notices_of_changes_to_the_account(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21, precision audit by construction (sixth set): a grant tied to using the site whose
# object is a document, a rule, a confirmation or necessary cookies only (ruling 1's exception).
@pytest.mark.parametrize("notice", [
    'By using the site, you agree not to misuse it or help anyone else do so.',
    'By visiting our site, you acknowledge that prices may change without notice.',
    'Your use of the site is subject to these terms.',
    'By using this site, you confirm that you are at least 18 years old.',
    'Continued use of the app after an update means you accept the new version of the licence.',
    'By continuing, you will leave our website and go to an external site.',
    'By using our chatbot, you acknowledge that its answers may be inaccurate.',
    'By accessing this site, you agree to be bound by these terms and all applicable laws.',
    'By using this website, you accept our use of strictly necessary cookies, which keep the site secure.',
    'This site uses only essential cookies. By continuing to browse, you accept their use.',
    'By continuing to use the site, you agree to the updated Terms of Use and our Acceptable Use Policy.',
    'By using this service, you agree to comply with our community guidelines.',
    'By browsing this site, you agree that any content you download is for personal use only.',
    'By using the Wi-Fi, you agree to the acceptable use policy.',
    'By visiting the shop, you agree that all sales are final.',
    'If you continue, your session will end and unsaved changes will be lost.',
    'If you keep browsing, prices will be shown in euros.',
    'By proceeding, you confirm that the information you entered is correct.',
    ('By using the app, you agree to let it send you notifications, which you can turn off anytime '
     'in Settings.'),
    'By installing the extension, you grant it permission to read the pages you visit to block ads.',
])
def test_english_constructed_bundled_look_alikes_sixth_set(notice: str) -> None:
    assert match_bundled_sentence(notice) is None


# Round m21, precision audit by construction (fourth trick set): box labels that state a fact or
# plainly refuse ("I am not a robot", "Do not save my card details") and email footers.
@pytest.mark.parametrize("text", [
    'I am not a robot',
    'I do not have a referral code',
    "I'm not a US resident",
    'Do not remember me on this device',
    'This is not my computer',
    "I don't have a loyalty card",
    'Do not save my card details',
    "Don't use my data for personalised ads",
    'I do not want to be contacted',
    'I do not consent to the use of my image',
    'No, I do not agree',
    "I don't want to miss out on offers",
    "Don't show me personalised content",
    'I do not wish to receive the printed catalogue',
    'Please do not share my details with the venue',
    'Never ask me again',
    'I do not want my review to be published',
    "Don't track my location",
    'Opt me out of the sale of my data',
    'Keep my data private and do not sell it',
    "I don't need a receipt",
    'No marketing, please',
    'I prefer not to say',
    'Do not contact me by phone',
    "I don't want to share my contacts",
    'If you are not the intended recipient, please delete this email.',
    'If you did not request this, you can safely ignore this email.',
    "If you didn't sign up, please disregard this message and you won't be subscribed.",
    "You won't receive any further emails from this list.",
    'You have been unsubscribed and will no longer receive our emails.',
])
def test_english_constructed_trick_look_alikes_fourth_set(text: str) -> None:
    assert match_trick_wording(text, on_a_box=True) is None
    assert match_trick_wording(text) is None


# Round m21 (a missing class): the visitors filmed or photographed at what they attend, with their
# continued participation or attendance taken as consent, is bundled (ruling 1); a code of conduct
# accepted by attending, or a call recorded for training, is not this.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Workshops may be live-streamed. Your continued attendance signifies your consent.", True),
    ("We will film the talks for our channel. Participation means you agree to this.", True),
    ("Your attendance at the fair constitutes acceptance of the house rules.", False),
    ("Photography is not allowed in the galleries. Your attendance means you accept this rule.", False),
])
def test_english_filmed_attendees_with_attendance_as_consent(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21: a recording made for the attendees themselves ("…so you can watch it later") is the
# service they signed up for, not their likeness published.
@pytest.mark.parametrize("notice", [
    "Every lecture will be recorded so that students can catch up. By enrolling, you accept the "
    "course terms.",
    "Talks may be recorded and made available to registered attendees. By booking, you agree to our "
    "ticket terms.",
    "The sessions will be filmed for members who cannot attend. By joining, you accept the club rules.",
])
def test_english_a_recording_for_the_attendees_is_the_service(notice: str) -> None:
    assert match_bundled_sentence(notice) is None


# Round m22, class 1: one box grants a required document AND an optional use joined by "and" (the
# documents may be an enumeration, the owner named in a few words, the reading acknowledged); not a
# box for the document alone, nor one whose mail after "and" is about the visitor's own request.
@pytest.mark.parametrize(("label", "bundled"), [
    ("I accept the Terms of Sale and to get weekly deals by text.", True),
    ("I agree to Northwind Travel Co's Terms and Conditions, Privacy Notice and to receive their newsletter.",
     True),
    ("I have read & accept the privacy notice and to receive news of new collections by post.", True),
    ("I agree to the Terms of Sale and the Privacy Notice.", False),
    ("I accept the terms and conditions and to receive replies regarding my quote by email.", False),
    ("I agree to the Terms of Use and to have my order shipped by courier.", False),
])
def test_english_box_couples_documents_and_an_optional_use(label: str, bundled: bool) -> None:
    assert (match_bundled_control_label(label) is not None) is bundled


# Round m22, class 3: one box asks for the reply its form needs AND an optional use; being contacted
# about the request alone, or with a copy of it, is that request.
@pytest.mark.parametrize(("label", "bundled"), [
    ("I consent to being contacted regarding my booking and to receive seasonal offers.", True),
    ("I agree to you contacting me about my question and to get your monthly newsletter.", True),
    ("I consent to being contacted regarding my booking.", False),
    ("I agree to be contacted about my application and to have my documents checked.", False),
])
def test_english_box_couples_the_requests_reply_and_an_optional_use(label: str, bundled: bool) -> None:
    assert (match_bundled_control_label(label) is not None) is bundled


# Round m22, class 1 in a sentence: a bare sign-up that also accepts the site's terms opens more than
# a mailing list, so its mail rides on that grant; a bare sign-up for mail, or with the privacy
# notice only (what any list points to), or the terms alone, is not bundled.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By joining, you accept our terms of use and agree to receive our fortnightly emails.", True),
    ("When you sign up, you agree to the user agreement and to receive our product news.", True),
    ("By joining, you agree to hear from us every fortnight.", False),
    ("By joining, you agree to receive our fortnightly email and accept our privacy notice.", False),
    ("By signing up, you accept our terms of use.", False),
    # the reading of a document acknowledged, a use joined to it as if granted
    ("By pressing Send, you confirm having read our privacy notice and to get news about our range.", True),
    ("By pressing Send, you confirm having read our privacy notice.", False),
])
def test_english_bare_signup_that_also_accepts_terms(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m22, class 2: enrolment on the sender's mailing, or the record shared with other businesses,
# stated as what another act does; not a record the act itself keeps, nor sharing with those the
# visitor's own act addresses.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By booking a tasting, you'll automatically be placed on our e-mail distribution list.", True),
    ("By ordering a sample, you will also be put on our SMS list.", True),
    ("By registering, you agree that your details are shared with selected brands.", True),
    ("By ordering a sample, you will automatically be added to our customer database.", False),
    ("By booking a tasting, you will automatically be added to the guest list.", False),
    ("By applying, your CV is shared with the employers you apply to.", False),
])
def test_english_enrolment_stated_as_the_outcome_of_another_act(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m22, class 2 (ruling 4): an e-mail asked for a download or a free version, with the sender's
# own mail at its pace promised after it, is that mail in exchange for the download; not a gate whose
# object is the mail itself, nor a promise of only what was asked for, nor mail offered as a choice,
# nor the promise alone.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Type your email address to download the price list. We will also email you monthly offers.", True),
    ("To read the full case study, just share your email. We'll send you regular industry insights.", True),
    ("The starter kit is free in return for your email address. We send our newsletter every week.", True),
    ("Type your email address to receive our monthly digest. We will email you monthly.", False),
    ("To read the full case study, just share your email. We'll send you the link straight away.", False),
    ("Type your email address to download the price list. We can also email you monthly offers if you like.",
     False),
    ("We'll send you regular industry insights.", False),
])
def test_english_mail_promised_after_an_email_gate(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m22, false positives: texts the act needs, named by their purpose after "for" / "related to"
# (verification, service notices, appointments, support), are that act's own; a promotional purpose
# joined to them still bundles.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By adding your mobile number, you consent to get texts for verification and service alerts.", False),
    ("By adding your mobile number, you consent to get texts related to appointments and support.", False),
    ("By adding your mobile number, you consent to get texts for appointments and our weekly deals.", True),
    ("By adding your mobile number, you consent to get texts about new arrivals.", True),
])
def test_english_messages_named_by_a_transactional_purpose(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m22, false positives: joining "the list" (or an adjective's list) IS joining a mailing list, the
# consent act itself; a guest list, or a club, is something else joined.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("When you join our insider list, you agree to receive promotional emails.", False),
    ("By joining the list, you consent to our sale alerts by text.", False),
    ("By joining the guest list, you consent to promotional emails from our sponsors.", True),
    ("By joining the club, you consent to promotional emails.", True),
])
def test_english_joining_the_list_is_the_subscription(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m22: checking in (at a desk, an event, a venue) is an act of its own, not ticking the box; the
# notices of an electronic-records clause, received as it describes, are the service's own delivery.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By checking in at reception, you agree that we track your visits for marketing.", True),
    ("By checking this box, you agree that we track your visits for marketing.", False),
    ("By tapping Transfer, you accept the Terms and to get notices as described in our E-Sign Consent.",
     False),
    ("By tapping Transfer, you accept the Account Terms and to get promotional offers.", True),
])
def test_english_checking_in_and_electronic_records_clauses(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m22, class 2: enrolment on the sender's mailing stated as what a role another act gave brings
# ("As a <customer / participant>, you will be added to…"); not a subscriber (that mail is the role),
# nor what the role itself needs, nor an opt-in offered.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("As a summer camp attendee, you will be subscribed to our seasonal mailing list.", True),
    ("As our customer, you will also be signed up for marketing texts.", True),
    ("As a newsletter subscriber, you will be added to our mailing list.", False),
    ("As a summer camp attendee, you will be added to the camp's group chat.", False),
    ("As our customer, you may sign up for marketing texts in your account.", False),
])
def test_english_enrolment_brought_by_a_role(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round p23, class 4: consent to promotional messages presumed from registering or buying, in every
    # verb of presuming (deemed, taken, treated, considered) and said by the sender ("we will treat this as")
    ("If you register an account or place an order with us, you are deemed to have agreed to receive our "
     "promotional emails.", True),
    ("By shopping with us, you are considered to have consented to receiving marketing messages from us and "
     "our partners.", True),
    ("Customers who make a purchase will be treated as having given consent to receive special offers by "
     "email.", True),
    ("Any customer who registers with us shall be deemed to consent to receive promotional materials.", True),
    ("Should you create an account, we will treat this as your agreement to receive marketing "
     "communications.", True),
    ("Your purchase signifies your implied consent to receive our promotional SMS.", True),
    ("Once you have registered, you will be taken to have agreed to us sending you offers.", True),
    ("Customers who purchase from us are automatically considered to have opted in to receive promotional "
     "communications.", True),
    ("Creating an account with us implies your consent to receive marketing emails.", True),
    ("Your registration will be taken as consent to be contacted with promotional offers.", True),
    ("Account holders are assumed to have agreed to receive our promotional newsletters.", True),
    ("Making a booking with us will count as consent to receive marketing messages.", True),
    # the terms alone, the order's own mail, the subscription itself, a separate box, the presumption denied
    ("If you register an account or place an order, you are deemed to have accepted our Terms and "
     "Conditions.", False),
    ("Any customer who registers with us shall be deemed to accept these Terms of Sale.", False),
    ("By placing an order, you agree to receive an order confirmation and shipping updates by email.", False),
    ("Should you create an account, we will send you a confirmation email to verify your address.", False),
    ("By subscribing, you agree to receive our weekly promotional emails.", False),
    ("If you would like to receive promotional emails, tick the box when you register.", False),
    ("Registering with us does not mean you agree to marketing emails; you choose that separately.", False),
    ("Placing an order is not deemed to be consent to marketing.", False),
    ("Your registration will be taken as acceptance of the Terms.", False),
    ("Making a booking with us will count as acceptance of our booking conditions.", False),
    # subscribing, opting in or ticking the box is the consent, whatever is presumed after it
    ("Customers who have opted in are considered to have consented to marketing emails.", False),
    ("If you subscribe, we will treat this as your agreement to receive our newsletter.", False),
    ("By ticking this box you are taken to have consented to marketing texts.", False),
])
def test_english_promotional_mail_presumed_from_a_purchase(notice: str, bundled: bool) -> None:
    # (a look-alike may stay a bare grant, judged by the button beside it: the presumption must not tie it)
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round p23, class 5: using a chatbot or an assistant tied to keeping what the visitor types for
    # improving or training the bot or its models
    ("By using this chatbot, you agree that your conversations may be stored and used to improve our "
     "AI.", True),
    ("By chatting with our virtual assistant, you consent to us using your messages to train our "
     "models.", True),
    ("Using the assistant means you accept that transcripts of your chats are reviewed to improve the bot's "
     "answers.", True),
    ("By continuing this conversation you agree that what you type may be used for training our machine "
     "learning systems.", True),
    ("Chats with our AI assistant may be reviewed and used to train and improve our models. By using the "
     "assistant, you agree to this.", True),
    ("By sending a message to the bot you agree that your conversation data may be used for model "
     "training.", True),
    ("When you use Ask AI, your questions help improve our AI. Continuing means you accept this.", True),
    ("By using the virtual agent, you agree that we may use your chat history to enhance our chatbot.", True),
    ("Your interactions with this assistant help us train and refine the underlying language model. "
     "Continuing the chat means you agree.", True),
    ("By starting a chat you agree that transcripts may be used to develop and improve our conversational "
     "AI.", True),
    # the terms alone, the training denied, the visitor's own text improved, the choice described as the
    # visitor's own, an opt-in offered
    ("By using this chatbot, you agree to our Terms of Use.", False),
    ("By using this chatbot, you agree to our Terms of Use. Your messages are used only to answer your "
     "question and never to train our AI.", False),
    ("Our AI writing assistant helps you improve your emails. By using it you agree to our Terms.", False),
    ("You can choose to let us use your chats to improve our AI in Settings.", False),
    ("Would you like to help improve our assistant? Opt in to share your conversations.", False),
    ("By using the assistant you agree to the Terms. We do not use your conversations to train our "
     "models.", False),
    ("By starting a chat you agree that transcripts are kept for 30 days to resolve your issue.", False),
    ("This chatbot uses AI to answer your questions. By using it you agree to the Terms.", False),
    # the product said to improve, the visitor's own model trained: no use of what the visitor types
    ("By using the site you agree to our Terms. We constantly improve our AI with new features.", False),
    ("Our tool helps you train your own AI model. By signing up you agree to our Terms.", False),
])
def test_english_chatbot_inputs_kept_to_improve_the_bot(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


# round m23, class C: first-person declines that refuse to back a person or cause, mock the
# visitor's caution, or prefer an alternative named by a quality nobody wants; the deferral, the
# noun declined, the plain alternative and a neutral kind stay neutral
@pytest.mark.parametrize(("decline", "shaming"), [
    ("No, I won't support local journalism", True),
    ("I'd rather not help the animal shelter", True),
    ("No, I don't want to sponsor young athletes", True),
    ("Nope, I don't want to help", True),
    ("No, I won't try my luck", True),
    ("I'm not going to push my luck today", True),
    ("I'd rather not tempt fate", True),
    ("No thanks, I prefer stale bread", True),
    ("I'll stick with my clunky old phone", True),
    ("No thanks, I enjoy slow loading times", True),
    ("Nah, I'd rather live in the stone age", True),
    ("No, I don't want to support right now", False),
    ("No, I don't want to help this month", False),
    ("I'd rather not help right now", False),
    ("No thanks, I don't need help", False),
    ("No, I won't be needing support", False),
    ("Not now, I'll support you later", False),
    ("I'll try my luck later", False),
    ("No, I don't want to test the beta", False),
    ("No thanks, I prefer the old layout", False),
    ("No thanks, I prefer plain text emails", False),
    ("No thanks, I prefer slow travel", False),
    ("No, I'd prefer the dark theme", False),
    ("No thanks, I prefer to pay by card", False),
])
def test_english_declines_refusing_support_luck_or_preferring_the_worse(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


# round m23, classes A and B: consent to processing "as described in this policy" tied to merely
# using a service, named by its proper name, as "the Services" with the comma left out, or as an
# app got, opened or played; the visitor's data named as the policy's practices.
# The document alone, a download of a guide and the visitor's picks stay neutral
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By using our services you agree to our use of cookies.", True),
    ("By using Lumora you authorize us to collect and use your information as set forth in this Privacy "
     "Notice.", True),
    ("Your use of Lumora constitutes acceptance of the collection and use of your data described "
     "here.", True),
    ("If you use Lumora, you agree that we may collect and use your information as described in this "
     "policy.", True),
    ("By continuing to use Lumora, you accept the practices described in this Privacy Policy.", True),
    ("By using the Services, you agree to these practices.", True),
    ("By downloading the app, you consent to the collection of your information in accordance with this "
     "policy.", True),
    ("By opening the app you agree to the collection of usage statistics.", True),
    ("By playing Lumora you consent to the collection of gameplay data.", True),
    ("We only set the services you accept.", False),
    ("Under Settings, choose the tools you agree to.", False),
    ("By using the Services you agree to our Terms of Service.", False),
    ("By using the site, you acknowledge that you have read our Privacy Policy.", False),
    ("By downloading the guide, you consent to the processing of your data as described in our "
     "policy.", False),
    ("If you use PayPal, you agree to PayPal's terms.", False),
    ("By creating an account, you agree to these practices.", False),
    ("We follow best practices to protect your data.", False),
])
def test_english_processing_as_the_policy_describes_tied_to_using_a_named_service(notice: str,
                                                                                   bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# round m23, classes D and F: the enrolment stated as the outcome of another act (the sender's own
# tips, the reply to an application beside the newsletter); a bare "Join" button and the
# newsletter's own description are the sign-up for that mail; the deliverable, a receipt and a
# newsletter form's own sentence stay neutral
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By booking a demo, you'll get our marketing insights every week.", True),
    ("By downloading the checklist, you'll receive our weekly insights.", True),
    ("By completing the quiz, you'll receive our money-saving tips.", True),
    ("We will contact you about your application and add you to our mailing list.", True),
    ("We'll add you to our newsletter and let you know when your invite is ready.", True),
    ("By clicking Join, you agree to receive our newsletter and offers from our partners.", True),
    ("With your order, you'll automatically receive our newsletter.", True),
    ("By clicking Join, you agree to receive our newsletter and our best running tips.", False),
    ("With our newsletter, you get our best recipes every Sunday.", False),
    ("By downloading, you'll receive the guide by email.", False),
    ("By registering, you'll receive our confirmation email.", False),
    ("We'll contact you if you're accepted.", False),
    ("If you tick the box, we'll add you to our newsletter and contact you about events.", False),
])
def test_english_enrolment_stated_after_another_act_or_beside_its_reply(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# round m23, class A (implied): a refusal whose only way is not using the site or app grants what it
# refuses by using it; a document refused, a refusal by a setting or a button, and a necessary kind
# stay neutral
@pytest.mark.parametrize(("notice", "bundled"), [
    ("If you do not agree to our use of cookies, please leave the site.", True),
    ("If you do not want us to collect your data, please do not use the app.", True),
    ("If you do not accept analytics cookies, you should stop using our website.", True),
    ("If you don't agree to tracking, please discontinue your use of the app.", True),
    ("If you do not agree to these Terms, do not use the site.", False),
    ("If you do not agree with this policy, please do not use our services.", False),
    ("If you do not want personalised ads, you can turn them off in Settings.", False),
    ("If you don't want us to use cookies, click Reject.", False),
    ("If you don't want analytics cookies, you can leave them switched off.", False),
    ("If you do not agree to the use of essential cookies, please leave the site.", False),
])
def test_english_refusal_only_by_not_using_the_site(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# round m23, class E: optional telemetry or tracking made the price of using the app (sent to a
# named party, labelled required to use); the visitor's own report, a delivery carrier, an account
# or location required, necessary cookies and an optional box stay neutral
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By using this app, you accept that crash reports are sent to Sentry.", True),
    ("By using Lumora, you agree that anonymous usage statistics are sent to Mixpanel.", True),
    ("Usage analytics: Required to use the app.", True),
    ("Crash reporting to Firebase is mandatory for using the app.", True),
    ("To use the app, you must allow us to send diagnostics to our analytics provider.", True),
    ("By submitting your bug report, you agree that it is sent to our support team.", False),
    ("By placing an order, you agree that your details are sent to DHL.", False),
    ("An account is required to use the app.", False),
    ("Location access is required to use the app.", False),
    ("Strictly necessary cookies: required to use the site.", False),
    ("Usage analytics: Optional. Helps us improve the app.", False),
    ("To use the app, you must allow us to send you order updates.", False),
])
def test_english_telemetry_made_the_price_of_using_the_app(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# round m23, class C (second pass): a shared cause refused or not cared about, an alternative stuck in
# a past age; the cause as a modifier of a product, a theme, a map stays neutral
@pytest.mark.parametrize(("decline", "shaming"), [
    ("No thanks, I don't care about the environment.", True),
    ("No, I don't want to save the bees", True),
    ("No thanks, I'll keep using spreadsheets like it's 1999", True),
    ("No thanks, I prefer the dinosaur era", True),
    ("No thanks, I don't need a nature calendar", False),
    ("No thanks, I don't want climate news", False),
    ("No, I'd rather not see the planet map", False),
    ("No thanks, I prefer the Earth theme", False),
    ("No, I don't want to join the community", False),
])
def test_english_declines_refusing_a_shared_cause_or_a_past_age(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


# round m23, class F: the visitor's own pictures opened for a feature they use are no likeness used;
# the same pictures in marketing, ads or publication still are
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By continuing, you allow the app to access your photos so you can upload a profile picture.", False),
    ("By continuing, you allow the app to access your photos to let you attach them to messages.", False),
    ("By continuing, you allow us to use your photos in our marketing.", True),
    ("By using the app, you allow us to use your photos so we can show them in our ads.", True),
    ("By entering the contest, you agree that we may publish your photo on our website.", True),
])
def test_english_own_photos_opened_for_a_feature(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# round m23, class D (second pass): the sender keeping the visitor informed of its own doings, or
# heard from, after another act, or a subscription the act includes; the visitor's own order or
# application, subscribing itself and a box to tick stay neutral
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By donating, you agree that we may keep you informed about our work.", True),
    ("By making a donation, you agree that we keep you updated on our activities.", True),
    ("Once you book, you'll hear from us about new courses and special offers.", True),
    ("Your download includes a subscription to our newsletter.", True),
    ("By ordering, you agree that we keep you updated about your order.", False),
    ("Once you apply, you'll hear from us about your application.", False),
    ("By subscribing, you agree that we keep you informed about our work.", False),
    ("If you'd like us to keep you informed about our work, tick the box.", False),
    ("By joining our newsletter, you'll hear from us every month.", False),
])
def test_english_kept_informed_or_heard_from_after_another_act(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# round m23: help or support refused stays neutral when deferred anywhere after it or when its object
# is a technical thing (a browser, a version); continued navigation is using the site
@pytest.mark.parametrize("decline", [
    "No, I won't help with the survey today",
    "No thanks, I don't want to help test new features at the moment",
    "No thanks, I won't support this browser",
    "No, I don't want to support the old version anymore",
])
def test_english_help_refused_but_deferred_or_technical(decline: str) -> None:
    assert match_confirmshaming(decline) is None


@pytest.mark.parametrize(("notice", "bundled"), [
    ("Further navigation on this site signifies your consent to our use of cookies.", True),
    ("Navigation on this site means you accept analytics cookies.", True),
    ("Clear navigation means our site is easy to use.", False),
])
def test_english_navigation_as_the_act(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# round m23, class F: a sharing or sale the granting sentence denies is no use granted; the same
# sharing allowed, or another use beside the denial, still is
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By using the site, you agree that your data is never shared with advertisers.", False),
    ("By using the site, you agree that we never share your data with advertisers.", False),
    ("By using the site, you agree that your data may be shared with advertisers.", True),
    ("By using our site, you agree that we share your data with partners and never sell it to data "
     "brokers.", True),
])
def test_english_sharing_denied_in_the_grant(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# round m23: a box whose grant serves the visitor's own request, with an optional purpose joined to it
# by "and"; the request alone, its own follow-up and a plain purpose box stay neutral
@pytest.mark.parametrize(("label", "bundled"), [
    ("I agree to the use of my data to handle my enquiry and for marketing purposes.", True),
    ("I consent to the processing of my data to process my order and for analytics purposes.", True),
    ("I agree to the use of my data to answer my question.", False),
    ("I agree to the use of my data to answer my request and to contact me about it.", False),
    ("I agree to the processing of my data for marketing purposes.", False),
])
def test_english_box_joining_an_option_to_the_requests_own_use(label: str, bundled: bool) -> None:
    assert (match_bundled_control_label(label) is not None) is bundled


# round m23, class C (third pass): a dull state or the sidelines embraced, a good the visitor is made
# "not ready" for, being first to know refused; not ready to decide or subscribe, a contact channel
# preferred stay neutral
@pytest.mark.parametrize(("decline", "shaming"), [
    ("No thanks, I'll stay boring", True),
    ("No, I'd rather be ordinary", True),
    ("No, I'll stay in my comfort zone", True),
    ("No thanks, I'll watch from the sidelines", True),
    ("No, I'm not ready to save money", True),
    ("No, I don't want to be the first to know", True),
    ("No, I'm not ready to subscribe", False),
    ("No, I'm not ready to decide", False),
    ("No thanks, I'd rather be contacted by phone", False),
    ("No thanks, I'll be back later", False),
])
def test_english_declines_embracing_a_dull_state_or_not_ready_for_a_good(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


# round m23, class A (second pass): more verbs and objects of consenting to processing tied to using
# the site (permission given, approving, the visitor's activity recorded); the account's own use, a
# document approved and an approval of the visitor's application stay neutral
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By using the Service, you give us permission to collect and use your information as described in "
     "this policy.", True),
    ("If you use our app, you accept that we may record your activity in accordance with this policy.", True),
    ("Using this website means that you approve the collection and processing of your data as set out "
     "here.", True),
    ("By creating an account, you give us permission to use your information to run your account.", False),
    ("By using the site, you approve our Terms of Use.", False),
    ("Once we approve your application, you'll receive a welcome email.", False),
])
def test_english_more_verbs_of_consenting_to_processing_by_use(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# round m24, class G (ruling 5): a use of the visitor's likeness or data that holds unless they
# object is silence taken as consent, whether "unless" they object or they must report a refusal
# after a consent stated as given; renewals, deliveries and plain mail "unless you opt out", a use
# denied, an opt-in, a consent withdrawn and a refusal with no use stated stay neutral
@pytest.mark.parametrize(("text", "tricky"), [
    ("Pictures taken at the open day may appear on our website unless you tell us otherwise.", True),
    ("We may feature your review in our adverts unless you object.", True),
    ("Unless you state otherwise, guests consent to us sending them news about future retreats.", True),
    ("By attending the workshop you agree to being filmed. If you would rather not be filmed, please "
     "tell the instructor.", True),
    ("Unless you opt out, you will receive our monthly newsletter.", False),
    ("Your membership renews every year unless you tell us otherwise.", False),
    ("Your order will be dispatched within 2 days unless you inform us otherwise.", False),
    ("We never publish photos of guests unless you opt in.", False),
    ("We will not use your photo for marketing. If you do not wish to be photographed at all, please "
     "tell the staff.", False),
    ("If you no longer wish to receive our newsletter, please tell us and we will remove you.", False),
    ("If you would rather not receive our emails, please let us know.", False),
    ("The photographer will send you the images within a week unless you tell us otherwise.", False),
    # the other ways of objecting: asking us not to, stating an objection, objecting in a condition
    ("We will use your photo in our newsletter unless you ask us not to.", True),
    ("Footage of the match may be shown on our website unless you state your objection to the coach.", True),
    ("You agree to appear in our event photos. If you object to being photographed, please inform a "
     "steward.", True),
    ("We will renew your policy unless you ask us not to.", False),
    ("If you object to the new prices, please inform us within 30 days.", False),
    ("We will send you our newsletter unless you ask us not to.", False),
    # shown to other members is a profile setting; shared with partners is a use of the data
    ("Your name will be shown on the leaderboard unless you opt out.", False),
    ("Your score will be displayed to other players unless you opt out.", False),
    ("Your data may be shared with our partners unless you object.", True),
    # an opt-in the visitor gave (the act that IS the consent, their own "I agree"), then a way out
    ("By subscribing, you agree to receive our offers unless you opt out.", False),
    ("By ticking this box you consent to marketing emails. If you would rather not get them later, "
     "please tell us.", False),
    ("I agree to receive marketing emails. Unless you opt out, we'll email you monthly.", False),
    # the use is read in the objection's sentence or the one just before it, not anywhere earlier
    ("Event photos may appear in our brochures. If you object to being photographed, please inform a "
     "steward.", True),
    ("Event photos may appear in our brochures. Tickets are non-refundable. Your membership renews "
     "each year unless you tell us otherwise.", False),
])
def test_english_use_of_likeness_or_data_held_unless_refused(text: str, tricky: bool) -> None:
    assert (match_trick_wording(text) is not None) is tricky


# round m24, class H: recording or filming of the visitor tied to joining, staying on or entering
# (being recorded, the call being recorded, such photography, consent to filming; entry or
# admission as the act); a plain "may be recorded" notice, a recording kept for the visitors' own
# use or review, and house rules accepted on entry stay neutral
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By staying on the line, you agree to this call being recorded.", True),
    ("Admission to the festival constitutes consent to filming for broadcast.", True),
    ("When you join the webinar, you consent to being recorded.", True),
    ("By attending, you give permission for us to use group photos in our newsletter.", True),
    ("Signing the register confirms your consent to the recording of your voice and image.", True),
    ("If you continue, you agree to the recording of your survey answers for scoring.", False),
    ("This call may be recorded for training purposes.", False),
    ("By joining the class, you agree to the session being recorded so that you can rewatch it "
     "later.", False),
    ("By booking a lesson, you consent to being filmed for your own training review.", False),
    ("Your entry constitutes acceptance of the official rules.", False),
])
def test_english_recording_tied_to_joining_or_entering(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# round m24, class I: a use stated as what continuing brings ("If you keep browsing, cookies will be
# stored"), and measurement or visitor statistics accepted by using the site, are implied consent
# (ruling 1); only necessary cookies placed, a use denied, what an order needs and a confirmation
# mail stay neutral
@pytest.mark.parametrize(("notice", "bundled"), [
    ("If you keep browsing this site, cookies will be stored on your device.", True),
    ("Once you carry on using the app, we will use tracking cookies.", True),
    ("Using the site implies acceptance of this audience measurement.", True),
    ("Continuing implies acceptance of our visitor statistics.", True),
    ("If you continue to browse, only strictly necessary cookies will be placed.", False),
    ("When you continue to the next step, cookies will not be placed.", False),
    ("If you continue to checkout, we will use your address to deliver your order.", False),
    ("If you continue, we will send you a confirmation email.", False),
])
def test_english_use_stated_as_what_continuing_brings(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# round m24, class J: no grant where consent is refused in a contracted condition ("If you don't give
# consent…, you may see…") or requested by a vendor in a description of the settings; the visitor's
# own progress or parcel tracked for them, a use sent only with separate consent, and the booked
# event's own information and updates are no optional use; the same words granting tracking of the
# visitor, mail to all members, the sender's news or "please leave" still bundle
@pytest.mark.parametrize(("notice", "bundled"), [
    ("If you don't consent to analytics, by switching it off you may lose some features.", False),
    ("By opening the list, you can see which vendors are seeking consent for advertising.", False),
    ("By continuing, you agree that we store your answers to track your progress.", False),
    ("By registering, you agree to our terms. Promotional emails are sent only with your separate "
     "consent.", False),
    ("By booking a tour, you agree that we may text you trip updates.", False),
    ("If you don't agree to our use of cookies, please leave this site.", True),
    ("By continuing, you allow us to track your activity.", True),
    ("By registering, you agree to our terms. Promotional emails are sent to all members.", True),
    ("By buying a ticket, you agree that we may send you our latest news.", True),
])
def test_english_refused_requested_or_own_follow_up_is_no_grant(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# round m24, class J: paying FOR premium names the paid plan, the plain alternative to the free
# offer; paying premium prices, full price or for shipping still embraces a loss
@pytest.mark.parametrize(("decline", "shaming"), [
    ("I'd rather pay for Premium than watch ads", False),
    ("No, I'd rather pay for the premium tier", False),
    ("No thanks, I'd rather pay premium prices", True),
    ("I'd rather pay for shipping", True),
])
def test_english_paying_for_the_premium_plan_is_an_alternative(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


# round m24, class G's bundled half: information about the sender's products or services sent after
# registering is marketing beside the act; information about the visitor's own account or about
# what they booked is the act's own follow-up
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By creating an account, you agree to us sending you information about new courses and "
     "workshops.", True),
    ("When you register, you consent to us emailing you information on our other products.", True),
    ("By creating an account, you agree to us sending you information about your account.", False),
    ("By booking, you agree to us sending you information about the services you booked.", False),
])
def test_english_information_about_products_sent_after_an_act(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# round m24, class H (guest Wi-Fi): the visitor's browsing collected, tied to connecting or logging on;
# the acceptable use policy, a MAC address logged to secure the network, and the browser's own
# history in how-to text stay neutral
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By connecting to our guest Wi-Fi, you accept that we collect your device identifier and browsing "
     "history.", True),
    ("By logging on to the hotspot, you consent to us recording the websites you visit.", True),
    ("By connecting to the Wi-Fi, you accept the acceptable use policy.", False),
    ("By connecting to the Wi-Fi, you agree that we log your device's MAC address to keep the network "
     "secure.", False),
    ("By continuing, you accept our terms. You can remove cookies by clearing your cache and browsing "
     "history.", False),
])
def test_english_browsing_collected_tied_to_connecting(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# round m24, class I (more shapes): a grant presumed as done ("to have authorised"), a transfer of the
# visitor's data referred back to, and analytics named as a noun, tied to using or browsing; a money
# transfer, analytics terms, terms presumed accepted on registering and an opt-in presumed stay neutral
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By opening this app, you are taken to have authorised the processing of your location.", True),
    ("Our servers are in Canada and your data is stored there. By using the site you agree to such "
     "transfers.", True),
    ("Continued browsing implies acceptance of our site analytics.", True),
    ("By clicking Send, you agree to this transfer.", False),
    ("By using the app, you agree to this transfer of funds.", False),
    ("By using the dashboard, you agree to our analytics terms.", False),
    ("By registering, you will be understood to have accepted the terms of service.", False),
])
def test_english_presumed_grants_transfers_and_analytics_by_use(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# round m24, class H (staying as the grant): refusing a recording possible only by leaving the
# meeting, hanging up or leaving the venue grants it by staying; refusing it by turning off a camera or
# telling the agent, and leaving a mailing list, stay neutral
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Our webinars are streamed live on social media. If you would not like to be filmed, please "
     "leave the webinar.", True),
    ("Calls are recorded for coaching. If you do not want to be recorded, please hang up.", True),
    ("If you don't want to be photographed, do not attend the gala.", True),
    ("If you do not wish to be recorded, please turn off your camera.", False),
    ("This call may be recorded. If you do not want to be recorded, please tell the agent.", False),
    ("If you do not wish to receive the recording, please leave the mailing list.", False),
])
def test_english_recording_refused_only_by_leaving(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# round m24, class J: being contacted to settle what the registration itself needs (confirming the
# place, arranging payment, the visitor's attendance) is its own follow-up; contact about other events,
# marketing mail beside it, or contact tied to merely using the site still bundle
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By registering, you agree to be contacted to confirm your place and arrange payment.", False),
    ("By signing up, you agree to be called about your attendance.", False),
    ("By registering, you agree to be contacted about our other events.", True),
    ("By registering, you agree to be contacted to confirm your place and to receive our marketing "
     "emails.", True),
    ("By using this site, you agree to be contacted to confirm your payment.", True),
])
def test_english_contact_that_settles_the_registration(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Class L of round m25: the visitor made to foresee a loss in the first person future ("I'll miss /
# lose / forfeit / give up my … / regret it"); not an RSVP, not the offer passed on, not a deferral.
@pytest.mark.parametrize(("text", "shaming"), [
    ("No thanks, I'll just miss the weekend markdowns", True),
    ("Nah, I will lose my member credits", True),
    ("Not today, I'll forfeit my welcome spins", True),
    ("No, I'll give up my saved cashback", True),
    ("Close, I'll probably regret it", True),
    ("No, I'll miss it", False),
    ("Sorry, I'll miss the Thursday meetup session", False),
    ("Regrets, I'll be away that week", False),
    ("I'll pass on the bonus", False),
    ("I'll give up the voucher", False),
    ("Skip the offer", False),
    ("Maybe later", False),
])
def test_english_loss_foreseen_in_the_first_person_future_m25(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


# Class Q/R of round m25: the consent control named as the subject of the grant ("Clicking “Accept”
# constitutes consent…") is the opt-in itself, not bundling; an act that is not that control, or a
# way on joined by "or", still ties the grant to something else.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Clicking “Allow all” means you agree to analytics and advertising cookies.", False),
    ("Tapping Accept signifies your consent to personalised ads from our partners.", False),
    ("Switching this on means you agree that we share your usage data with our advertising partners.", False),
    ("Ticking this box constitutes consent to receive offers from selected partners.", False),
    ("Clicking Accept or continuing to browse constitutes consent to advertising cookies.", True),
    ("Clicking Submit constitutes consent to receive marketing emails from our partners.", True),
    ("Clicking on any link on this page constitutes consent to advertising cookies.", True),
    ("Clicking Register means you agree to receive promotional offers from our partners.", True),
])
def test_english_the_consent_control_as_subject_m25(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Class O of round m25: an application kept beyond the vacancy applied for (a database or pool of
# candidates, future or other vacancies) tied to applying; not processing for this vacancy, nor
# reference checks for it, nor the talent pool offered as its own box.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By applying, you agree that we may keep your CV on file and consider you for future vacancies.", True),
    ("By sending us your CV, you consent to its inclusion in our talent pool.", True),
    ("By submitting this form, you agree that your application may also be considered for other suitable "
     "positions within the group.", True),
    ("By applying, you accept that we retain your details for upcoming recruitment campaigns.", True),
    ("By submitting your application, you consent to the processing of your personal data for this vacancy.",
     False),
    ("By applying, you consent to reference checks for this position.", False),
    ("By submitting your application, you agree that we contact your referees for this role.", False),
    ("If you would like us to keep your CV in our talent pool for future vacancies, tick the box below.",
     False),
])
def test_english_application_kept_for_other_vacancies_m25(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


def test_english_talent_pool_box_of_its_own_m25() -> None:
    label = "I agree that my CV may be kept in the talent pool for future vacancies."
    assert match_bundled_control_label(label) is None


# Class K of round m25: the visitor's likeness or performance used for publicity, granted by taking
# part (attending, registering, entering, accepting a prize); not the entry only judged or shown, not
# results announced, not a badge photo, not security recording of the premises entered, not a
# separate optional photo box.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Acceptance of an award constitutes the winner's consent to the use of their name and photograph "
     "for publicity.", True),
    ("By attending the gala, guests agree to appear in the broadcast.", True),
    ("By registering for the hackathon, teams agree to be filmed and photographed throughout the "
     "weekend.", True),
    ("By entering the contest, entrants agree to allow their recipe video to be publicised and advertised "
     "by the organiser.", True),
    ("Entry into the venue constitutes consent to being filmed for our social media channels.", True),
    ("By entering, you grant us a non-exclusive licence to reproduce your submitted entry for judging and "
     "for exhibiting it at the awards evening.", False),
    ("By entering, you agree that your entry may be shown at the festival screening.", False),
    ("Acceptance of the prize constitutes acceptance of these Official Rules.", False),
    ("By registering, you agree to be photographed for your conference badge.", False),
    ("Our warehouse uses CCTV. Entry to the premises constitutes consent to CCTV monitoring for security "
     "purposes.", False),
    ("Security cameras operate in this gym. Entering the gym means consent to being recorded.", False),
    ("If you would like to appear in our event photos, tick the optional box below.", False),
])
def test_english_publicity_granted_by_taking_part_m25(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Class K of round m25, continued: the filming acknowledged as a condition of taking part, and the
# visitor's content shared across the sender's channels, tied to joining; not what members see inside
# the service, nor a file kept for the visitor's own editing, nor a register of entries.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By registering, you acknowledge that the workshop will be filmed and shared on our social media "
     "accounts.", True),
    ("By taking part, you acknowledge that the final may be recorded and broadcast across our partner "
     "channels.", True),
    ("By joining the creator circle, you agree to us featuring your videos on our official channels.", True),
    ("By posting in the group, you agree that other members can see your content.", False),
    ("By uploading, you agree that we store your videos so you can edit them later.", False),
    ("By entering, you acknowledge that the judges' decision is final and that entries will be recorded "
     "in our register.", False),
    ("Participants agree to be photographed at the event only if they wear a green lanyard.", False),
])
def test_english_filming_acknowledged_and_content_shared_on_channels_m25(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Class L of round m25, the warning answered: the visitor's unsaved work accepted as lost in a discard
# dialog is no offer turned down; money, data or progress lost still shame.
@pytest.mark.parametrize(("text", "shaming"), [
    ("No, I'm okay with losing my work", False),
    ("Yes, I'm fine losing the unsaved changes", False),
    ("Leave anyway, I'll lose these edits", False),
    ("No thanks, I'm fine with losing my data", True),
    ("I'm happy to lose my streak", True),
    ("No thanks, I'll lose my draft", True),
])
def test_english_unsaved_work_accepted_as_lost_m25(text: str, shaming: bool) -> None:
    assert (match_confirmshaming(text) is not None) is shaming


@pytest.mark.parametrize(("notice", "tied"), [
    # round m26 class S: the participant named by the role taking part gives ("Entrants …")
    # grants the use of their likeness, name or event photos: tied to taking part, as "by entering" is
    # ... while the rules accepted, the work licensed for judging, the organiser's own promise, results
    # published, a separate opt-in or the entrant's declarations stay untied
    ("Each participant grants the organiser the right to use their name, photograph and "
     "likeness for publicity purposes.", True),
    ("Entrants consent to the use of their name and image in promotional materials without "
     "further compensation.", True),
    ("The winner agrees that their name and photo may be published on our social media channels.", True),
    ("All attendees hereby authorize the society to photograph and film them and to use the "
     "footage in marketing.", True),
    ("Entrants agree to be bound by the Official Rules.", False),
    ("Each entrant grants the judges a licence to display the submitted work for judging "
     "purposes only.", False),
    ("The organiser agrees not to use images of participants without their consent.", False),
    ("Participants may opt in to receive photos of the event by ticking the box below.", False),
    ("Winners will be announced on our website after the closing date.", False),
    ("Entrants must be over 18 and confirm that the entry is their original work.", False),
    ("We allow participants to use the event photos on their own social media.", False),
])
def test_english_participant_role_grants_publicity_as_a_term_of_entering(notice: str, tied: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is tied


# round m26, class V (ruling 5): a photo, film or recording of the visitor (or their child) they must
# ask to be left out of: the capture is the default, the visitor's silence grants it (an opt-out of the
# capture, or a refusal to report after a capture stated as planned: taking photos for publicity); an
# opt-in box, a consent given and withdrawn, a question, an explicit Yes/No beside the notice, an
# opt-out of mail and an opt-out denied stay neutral
@pytest.mark.parametrize(("text", "tricky"), [
    ("Parents who would rather their son or daughter were not pictured should email the school office "
     "to opt out of class photos.", True),
    ("If you don't want your kids to appear in our videos, just message us to opt out.", True),
    ("If guardians do not wish their child's image to be used, they must opt out at registration.", True),
    ("Our team will take pictures during the tour for our newsletter. Kindly tell us if you would "
     "rather not be photographed.", True),
    ("If you prefer not to be filmed, please speak to the crew and we will exclude you.", False),
    ("Photography will happen on the day. Please email us if you do not want to be in any photos.", False),
    ("Tick this box if you agree to photos of your child being taken.", False),
    ("You gave your consent to photos at sign-up; you can withdraw it at any time by contacting us.", False),
    ("Please let us know if you have any questions about photography at the event.", False),
    ("Photos at the party: Yes, photos OK / No photos. Please let us know if you do not wish to be "
     "photographed.", False),
    ("If you do not wish to receive our newsletter, please contact us to opt out.", False),
    ("For safety reasons you cannot opt out of being recorded on CCTV.", False),
    ("We never take photos of pupils for publicity. Please let us know if you do not wish to be "
     "photographed by parents.", False),
])
def test_english_likeness_captured_unless_the_visitor_opts_out(text: str, tricky: bool) -> None:
    assert (match_trick_wording(text) is not None) is tricky


# round m26, class U: the location that sharing or turning on location hands over serves that act,
# so a grant beside it of documents alone grants nothing optional; its sale, ads, partners or offers
# beside it, and a location shared by an act that is not the sharing, stay bundled
@pytest.mark.parametrize(("notice", "bundled"), [
    ("By sharing your location, you agree to our Terms of Service and Privacy Policy.", False),
    ("By enabling location services, you accept our Terms of Use and Privacy Notice.", False),
    ("When you turn on your GPS location you agree to the app's Terms and Conditions.", False),
    ("By sharing your location, you agree that we may share it with our advertising partners.", True),
    ("By sharing your location, you agree to receive personalised offers from nearby shops.", True),
    ("By signing up, you agree to share your location with our partners.", True),
    ("By sharing your location, you agree to us selling your location data.", True),
])
def test_english_location_handed_over_by_sharing_it(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
