"""bundled-consent on hand-made snapshots, plus the demo's annual-bill pages in real Chromium."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright
from wording_snapshots import action, control, page, text

from consentinel.checks import ALL_CHECKS, run_checks
from consentinel.checks.bundled_consent import CHECK, META
from consentinel.demo import demo_site_dir
from consentinel.facts.snapshot import Box, Visibility
from consentinel.gather.browser import ENV_TEST_HOST_RULES, BrowserSettings, launch_browser
from consentinel.gather.collector import collect
from consentinel.server import serve_directory

ALIPAY_EN = "By viewing your summary you agree to share your bill with Sesame Credit for credit scoring."
ALIPAY_ZH = "查看年度账单即表示您同意芝麻信用收集、使用您的账单及个人信息，用于信用评估。"


def test_registered_with_taxonomy_impact() -> None:
    assert ALL_CHECKS["bundled-consent"] is CHECK
    assert META.impact == "serious"
    assert any("7(4)" in ref for ref in META.legal)


@pytest.mark.parametrize("words", [ALIPAY_EN, ALIPAY_ZH])
def test_tied_to_the_button_in_the_same_form(words: str) -> None:
    snap = page(text("f0:t1", words), action("f0:a1", "Continue"),
                action("f0:a9", "Help", form=None, y=2000))
    [finding] = CHECK.run(snap)
    assert finding.uid == "f0:t1"
    assert finding.evidence["action"] == {"selector": "#f0-a1", "text": "Continue", "uid": "f0:a1",
                                          "kind": "button", "how": "same-form"}
    assert finding.evidence["rule"] == "grant-tied-to-action"


def test_prefers_the_button_the_sentence_names() -> None:
    snap = page(text("f0:t1", "By tapping Share, you agree that we may share your report with advertisers."),
                action("f0:a1", "Continue", y=150), action("f0:a2", "Share", y=400))
    [finding] = CHECK.run(snap)
    assert finding.evidence["action"]["uid"] == "f0:a2"
    assert finding.evidence["action"]["how"] == "named-in-sentence"


def test_a_grant_verb_is_not_read_as_a_button_name() -> None:
    """"…you agree to share…" must not pick the Share button; the nearest real button wins."""
    snap = page(text("f0:t1", ALIPAY_EN, form=None, y=100),
                action("f0:view", "View my bill", form=None, y=40),
                action("f0:share", "Share", form=None, x=400, y=20),  # 40 px away, "view" 20 px
                action("f0:link", "Sesame Credit service agreement", form=None, kind="link", y=150))
    [finding] = CHECK.run(snap)
    assert finding.evidence["action"]["uid"] == "f0:view"


def test_nearest_button_when_no_form_and_none_beyond_distance() -> None:
    snap = page(text("f0:t1", ALIPAY_EN, form=None, y=100),
                action("f0:far", "Continue", form=None, y=900), action("f0:near", "Next", form=None, y=170))
    [finding] = CHECK.run(snap)
    assert finding.evidence["action"]["uid"] == "f0:near"
    assert finding.evidence["action"]["how"] == "nearest"
    lonely = page(text("f0:t1", ALIPAY_EN, form=None), action("f0:far", "Continue", form=None, y=2000))
    [finding] = CHECK.run(lonely)
    assert finding.evidence["action"] is None  # still bundling, with no button close enough to name


def test_terms_only_is_not_bundling() -> None:
    snap = page(text("f0:t1", "By continuing you agree to our Terms of Service and Privacy Policy."),
                action("f0:a1", "Continue"))
    assert CHECK.run(snap) == []


def test_allowing_or_accepting_is_the_consent_not_an_unrelated_action() -> None:
    # A consent manager's services panel (tarteaucitron's default wording): allowing IS the choice.
    notice = ("By allowing these third party services, you accept their cookies and the use of "
              "tracking technologies necessary for their proper functioning.")
    assert CHECK.run(page(text("f0:t1", notice), action("f0:a1", "Allow"),
                          action("f0:a2", "Deny", x=300))) == []
    # ...but accepting something else (terms, an offer) still bundles the grant with it.
    terms = "By accepting our Terms, you agree that we may share your data with advertising partners."
    assert [f.uid for f in CHECK.run(page(text("f0:t1", terms), action("f0:a1", "Continue")))] == ["f0:t1"]


def test_continuing_to_browse_means_you_are_allowing() -> None:
    implied = "If you continue to browse this website, you are allowing all third-party services"
    [finding] = CHECK.run(page(text("f0:t1", implied), action("f0:a1", "OK, accept all")))
    assert finding.evidence["rule"] == "grant-tied-to-action"


def test_wording_in_a_closed_layer_is_judged_when_the_layer_is_open() -> None:
    closed = text("f0:t1", ALIPAY_EN)
    closed.visibility = Visibility(visible=False, reasons=["display-none"], hidden_by="#settings",
                                   hiding_root_has_actions=True)
    assert CHECK.run(page(closed, action("f0:a1", "Continue"))) == []
    hidden_line = text("f0:t1", ALIPAY_EN)
    hidden_line.visibility = Visibility(visible=False, reasons=["opacity"], hidden_by="#t1")
    assert len(CHECK.run(page(hidden_line, action("f0:a1", "Continue")))) == 1


def test_separate_unticked_consent_control_is_not_bundling() -> None:
    snap = page(text("f0:t1", ALIPAY_EN), control("f0:c1", "Share my bill with Sesame Credit", checked=False),
                action("f0:a1", "Continue"))
    assert CHECK.run(snap) == []
    # ...but a pre-ticked one is no choice at all: the Alipay page itself.
    snap.controls[0].checked = True
    assert [f.uid for f in CHECK.run(snap)] == ["f0:t1"]


def test_bare_grant_needs_a_single_non_choice_button() -> None:
    grant = "You agree that we may share your transaction data with our credit scoring partner."
    assert [f.uid for f in CHECK.run(page(text("f0:t1", grant), action("f0:a1", "Continue")))] == ["f0:t1"]
    assert CHECK.run(page(text("f0:t1", grant))) == []  # no button: nothing is bundled with it
    choice = page(text("f0:t1", grant), action("f0:a1", "Accept"), action("f0:a2", "Decline", x=300))
    assert CHECK.run(choice) == []  # a real accept/decline choice


def test_control_label_is_the_separate_control_not_bundling() -> None:
    label = "I agree to share my data with partners"
    snap = page(control("f0:c1", label), text("f0:t1", label, control="f0:c1"), action("f0:a1", "Continue"))
    assert CHECK.run(snap) == []


def test_a_box_that_asks_for_the_service_and_grants_use_in_one_tick_bundles() -> None:
    """One tick to enter a draw AND let sponsors advertise: the grant is the price of entering.

    Only languages whose lexicon names such requests judge this (German here); a box that
    accepts only the draw's terms, or only grants the use, stays a separate consent control.
    """
    label = "Ich will bei der Tombola mitmachen und bin einverstanden, dass Sponsoren mir Werbeanrufe machen."
    snap = page(control("f0:c1", label), text("f0:t1", label, control="f0:c1"), action("f0:a1", "Absenden"))
    [finding] = CHECK.run(snap)
    assert finding.uid == "f0:t1"
    assert finding.evidence["rule"] == "box-couples-request-and-grant"
    for plain in ("Ich will bei der Tombola mitmachen und akzeptiere die Teilnahmebedingungen.",
                  "Ich bin einverstanden, dass Sponsoren mir Werbeanrufe machen."):
        box = page(control("f0:c1", plain), text("f0:t1", plain, control="f0:c1"))
        assert CHECK.run(box) == []


def test_button_label_that_bundles() -> None:
    snap = page(action("f0:a1", "View my bill and share my data with Sesame Credit"),
                action("f0:a2", "Accept and continue", x=300))
    [finding] = CHECK.run(snap)
    assert finding.uid == "f0:a1"
    assert finding.evidence["action"]["how"] == "label"
    assert CHECK.run(page(action("f0:a1", "查看账单并授权芝麻信用")))[0].evidence["language"] == "zh"


def test_language_is_per_block() -> None:
    snap = page(text("f0:t1", ALIPAY_ZH, y=100), text("f0:t2", ALIPAY_EN, y=160), action("f0:a1", "继续"))
    assert sorted(f.evidence["language"] for f in CHECK.run(snap)) == ["en", "zh"]


def test_option_distance_is_honoured() -> None:
    snap = page(text("f0:t1", ALIPAY_EN, form=None), action("f0:a1", "Continue", form=None, y=400))
    assert CHECK.run(snap)[0].evidence["action"]["uid"] == "f0:a1"  # 260 px gap, default 300
    assert CHECK.run(snap, {"max_action_distance_px": 100})[0].evidence["action"] is None


# ---------------------------------------------------------------- the demo site, real Chromium

@pytest.fixture(scope="module")
def demo_base() -> Iterator[str]:
    with serve_directory(demo_site_dir()) as base:
        yield base


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    """One real Chromium for this module, launched by the product with test-only host rules."""
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv(ENV_TEST_HOST_RULES, "1")
        launched = launch_browser(playwright, BrowserSettings())
        try:
            yield launched
        finally:
            launched.close()


@pytest.mark.browser
@pytest.mark.parametrize(("path", "expected"), [
    ("/annual-bill/en.html", {"bundled-consent"}),
    ("/annual-bill/zh.html", {"bundled-consent"}),
    ("/annual-bill/en-clean.html", set()),
    ("/annual-bill/zh-clean.html", set()),
    ("/signup/clean.html", set()),
])
def test_demo_pages(chromium: Browser, demo_base: str, path: str, expected: set[str]) -> None:
    context = chromium.new_context()
    try:
        pw_page = context.new_page()
        pw_page.goto(demo_base + path, wait_until="load")
        snap = collect(pw_page)
    finally:
        context.close()
    findings = run_checks(snap, ["bundled-consent", "confirmshaming", "trick-wording"])
    assert {f.check for f in findings} == expected, [(f.check, f.text) for f in findings]
    for finding in findings:  # tied to the "View my bill" button, not the agreement link
        assert finding.evidence["action"]["selector"] == "#view-bill", finding.evidence


def test_an_accept_buttons_own_label_is_that_choice_not_a_bundling_notice() -> None:
    # tarteaucitron's settings panel: "Allow all cookies" is a button (its label also collected
    # as text) beside "Close" and a deny button whose name the wording rules cannot read.
    label = "Allow all cookies"
    assert [f.check for f in CHECK.run(page(text("f0:t1", label), action("f0:a2", "Close")))] == [
        "bundled-consent"]  # as a loose sentence beside one Close button it would bundle
    assert CHECK.run(page(text("f0:t1", label), action("f0:a1", label), action("f0:a2", "Close"))) == []
    # Named by its aria-label ("Cookies : Allow all cookies"): the label text lies inside the button.
    inside = text("f0:t1", label, y=210)
    inside.box = Box(30, 210, 150, 20)
    assert CHECK.run(page(inside, action("f0:a1", f"Cookies : {label}"), action("f0:a2", "Close"))) == []


# A newsletter form (ruling 4): when the button the sentence is about subscribes to the very mail
# the sentence grants, subscribing is the act and the consent at once. The same sentence beside
# any other button, or naming partners, still bundles.
NEWSLETTER_FORMS = [
    ("By signing up, you agree to receive marketing emails from us.", "Subscribe to our newsletter",
     "Continue", "By signing up you agree to receive our newsletter and offers from our partners."),
    ("Mit dem Absenden erklären Sie sich damit einverstanden, dass wir Ihnen Neuigkeiten und Angebote "
     "per E-Mail zusenden.", "Newsletter abonnieren", "Weiter",
     "Mit dem Absenden erklären Sie sich damit einverstanden, dass wir Ihnen Angebote unserer Partner "
     "per E-Mail zusenden."),
    ("En vous inscrivant, vous acceptez de recevoir notre newsletter et nos offres.", "Je m'abonne",
     "Continuer", "En vous inscrivant, vous acceptez de recevoir notre newsletter et les offres de nos "
     "partenaires."),
    ("Al registrarte, aceptas recibir correos electrónicos promocionales.", "Suscríbete", "Continuar",
     "Al registrarte, aceptas recibir correos promocionales de nuestros socios."),
    ("提交即表示您同意接收我们的营销邮件。", "立即订阅", "继续",
     "提交即表示您同意我们将您的邮箱共享给合作伙伴。"),
]


@pytest.mark.parametrize(("grant", "subscribe", "other", "with_partners"), NEWSLETTER_FORMS)
def test_a_newsletter_forms_own_mail_is_the_subscription_not_bundling(
        grant: str, subscribe: str, other: str, with_partners: str) -> None:
    assert CHECK.run(page(text("f0:t1", grant), action("f0:a1", subscribe))) == []
    [beside_other] = CHECK.run(page(text("f0:t1", grant), action("f0:a1", other)))
    assert beside_other.evidence["action"]["text"] == other
    [partners] = CHECK.run(page(text("f0:t1", with_partners), action("f0:a1", subscribe)))
    assert partners.evidence["action"]["text"] == subscribe


def test_a_discount_for_the_newsletter_still_bundles() -> None:
    """Mail granted for a discount (ruling 4): the button claims the offer, it does not subscribe."""
    grant = "By entering your email, you agree to receive our newsletter and offers."
    assert len(CHECK.run(page(text("f0:t1", grant), action("f0:a1", "Get my 10% off")))) == 1
