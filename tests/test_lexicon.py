"""The consent lexicon: consent text and consent controls, both ways, in en/zh/de/fr/es.

Examples are the real default wording of consent managers and sign-up forms (OneTrust,
Cookiebot, Didomi, Quantcast/TCF, klaro, Usercentrics, vanilla-cookieconsent, Alipay), plus
the tempting negatives each rule must leave alone.
"""

from __future__ import annotations

import pytest

from consentinel.lexicon import (
    CATEGORIES,
    LexiconError,
    available_languages,
    classify_control,
    classify_text,
    compile_lexicon,
    detect_language,
    load_lexicon,
)

CONSENT_TEXT = [
    # English
    "I agree to the Sesame Credit service agreement",
    "By continuing you accept our Terms of Service",
    "By viewing your annual summary you agree to share it with Sesame Credit.",
    "We use cookies for analytics and marketing. Accept",
    "We use cookies to improve your experience on our site. By using our site, you consent to cookies.",
    "We use cookies to personalise content and ads, to provide social media features and to analyse our "
    "traffic. We also share information about your use of our site with our social media, advertising "
    "and analytics partners.",
    "We and our partners store and/or access information on a device, such as cookies, and process "
    "personal data for personalised ads and content, ad and content measurement and audience insights.",
    "Hi! Could we please enable some additional services for Analytics and Security? You can always "
    "change or withdraw your consent later.",
    "We use cookies and other technologies on our website. Some of them are essential, while others "
    "help us to improve this website and your experience.",
    "I would like to receive news and special offers by email.",
    # Simplified Chinese
    "我已阅读并同意《芝麻服务协议》",
    "同意《支付宝隐私权政策》及《芝麻信用授权书》",
    "我们使用Cookie来改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。",
    "为向您提供个性化推荐，我们会与合作伙伴共享您的交易信息。",
    "登录即代表您同意《用户协议》和《隐私政策》",
    # German
    "Ich stimme der Datenschutzerklärung zu.",
    "Wir verwenden Cookies und ähnliche Technologien für Statistik und Marketing.",
    "Mit dem Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung Ihrer Daten zu.",
    # French
    "J'accepte les conditions générales d'utilisation",
    "Nous utilisons des cookies pour la mesure d'audience et la publicité personnalisée.",
    "En continuant votre navigation, vous acceptez le dépôt de cookies.",
    # Spanish
    "He leído y acepto la política de privacidad",
    "Utilizamos cookies propias y de terceros con fines analíticos y publicitarios.",
    "Al continuar navegando, aceptas el uso de cookies.",
    # Italian and Dutch (smaller lexicons)
    "Ho letto e accetto l'informativa sulla privacy",
    "Utilizziamo cookie di profilazione e di terze parti per finalità di marketing.",
    "Ik ga akkoord met de algemene voorwaarden",
    "Wij gebruiken cookies voor statistieken en gepersonaliseerde advertenties.",
]

NOT_CONSENT_TEXT = [
    "© 2017 Alipay · Privacy Policy · Terms",
    "Privacy settings",
    "Cookie Policy",
    "I do not agree",
    "Reject all",
    "We use only strictly necessary cookies.",
    "Your top category was dining: ¥ 12,880.00, 27 % of your spending.",
    "We accept Visa, Mastercard and UnionPay.",
    "Cookies allow the shopping basket to work.",
    "隐私政策 | 用户协议",
    "© 2017 支付宝 · 隐私政策 | 用户协议",
    "本月信用卡还款 ¥3,200.00",
    "我的芝麻分：750",
    "不同意",
    "我们仅使用必要的Cookie。",
    "Impressum · Datenschutz · AGB",
    "Alle ablehnen",
    "Wir verwenden nur technisch notwendige Cookies.",
    "Mentions légales · Politique de cookies",
    "Tout refuser",
    "Aviso legal · Política de privacidad",
    "Rechazar todas",
    "Utilizziamo solo cookie tecnici.",
    "Rifiuta tutti",
    "Privacyverklaring · Cookieverklaring",
    "Alles weigeren",
]


@pytest.mark.parametrize("text", CONSENT_TEXT)
def test_consent_text(text: str) -> None:
    verdict = classify_text(text)
    assert verdict.consent, verdict.matched
    assert verdict.matched


@pytest.mark.parametrize("text", NOT_CONSENT_TEXT)
def test_not_consent_text(text: str) -> None:
    verdict = classify_text(text)
    assert not verdict.consent, verdict.matched


def test_text_verdict_fields() -> None:
    sesame = classify_text("I agree to the Sesame Credit service agreement")
    assert sesame.grants and sesame.data_use and not sesame.necessary and sesame.lang == "en"
    assert "en:data_use:credit-scoring" in sesame.matched
    zh = classify_text("我已阅读并同意《芝麻服务协议》")
    assert zh.grants and zh.data_use and zh.lang == "zh"
    assert {"zh:strong_grants:i-agree", "zh:agreement:book-title"} <= set(zh.matched)
    footer = classify_text("© 2017 Alipay · Privacy Policy · Terms")
    assert not footer.grants and not footer.data_use
    notice = classify_text("We use cookies for analytics.")
    assert notice.consent and notice.data_use and not notice.grants
    assert classify_text("Strictly necessary cookies").necessary


def test_refusals_grant_nothing_but_do_not_hide_a_grant_beside_them() -> None:
    assert not classify_text("I do not agree to the terms").grants
    assert not classify_text("不同意《芝麻服务协议》").grants
    assert classify_text("Accept all cookies / Reject all").grants


def test_lang_hint_and_normalisation() -> None:
    # Full-width Latin (common on Chinese pages) and curly apostrophes are normalised.
    assert classify_text("Ｉ ａｇｒｅｅ to the Terms").consent
    assert classify_text("J’accepte les conditions générales", lang="fr-FR").consent
    assert classify_text("Ich stimme zu", lang="de_DE").lang == "de"


CONSENT_CONTROLS = [
    # (label, context_text, group_label)
    ("I agree to the Sesame Credit service agreement", "", ""),
    ("我已阅读并同意《芝麻服务协议》", "", ""),
    ("Marketing", "", ""),
    ("Analytics", "", ""),
    ("Personalised ads", "", ""),
    ("Measure content performance", "", ""),
    ("On", "", "Performance and Analytics cookies"),
    ("On", "Measure content performance", "Legitimate interest"),
    ("Google Advertising Products", "", "Legitimate interest"),
    ("Hotjar", "Hotjar helps us understand how visitors use our site. We use it for analytics.", ""),
    ("Yes", "", "Would you like to receive marketing emails?"),
    ("Send me offers from partners", "", ""),
    ("Subscribe to our newsletter", "", ""),
    ("个性化推荐", "", ""),
    ("开启", "", "个性化广告"),
    ("Marketing", "", "Kategorien"),
    ("Statistik", "", ""),
    ("Publicité personnalisée", "", ""),
    ("Cookies analíticas", "", ""),
]

NOT_CONSENT_CONTROLS = [
    ("Remember me", "We may send you marketing emails about offers from our partners.", ""),
    ("Keep me signed in", "", "Marketing preferences"),
    ("Same as billing address", "", ""),
    ("Show prices in USD", "", ""),
    ("记住密码", "", ""),
    ("下次自动登录", "我们会向合作伙伴共享营销信息", ""),
    ("Angemeldet bleiben", "", ""),
    ("Se souvenir de moi", "", ""),
    ("Recordarme", "", ""),
    ("Dark mode", "", ""),
    ("Email me a receipt for this order", "", ""),
]


# Not "context": that name is pytest-playwright's browser-context fixture, and would pull a
# browser parameter into these pure tests.
@pytest.mark.parametrize(("label", "nearby", "group"), CONSENT_CONTROLS)
def test_consent_controls(label: str, nearby: str, group: str) -> None:
    verdict = classify_control(label, nearby, group)
    assert verdict.consent and not verdict.non_consent and not verdict.necessary, verdict.matched


@pytest.mark.parametrize(("label", "nearby", "group"), NOT_CONSENT_CONTROLS)
def test_not_consent_controls(label: str, nearby: str, group: str) -> None:
    assert not classify_control(label, nearby, group).consent


@pytest.mark.parametrize(
    ("label", "nearby", "group"),
    [
        ("Strictly necessary cookies", "", "Cookie preferences"),
        ("Necessary", "", ""),
        ("On", "Strictly necessary cookies are always active.", ""),
        ("Google Tag Manager", "", "Strictly necessary"),
        ("必要Cookie", "", ""),
        ("Essenziell", "", ""),
        ("Cookies strictement nécessaires", "", ""),
        ("Cookies técnicas", "", ""),
        ("Strettamente necessari", "", ""),
        ("Noodzakelijk", "", ""),
    ],
)
def test_necessary_categories(label: str, nearby: str, group: str) -> None:
    verdict = classify_control(label, nearby, group)
    assert verdict.necessary and not verdict.consent


def test_non_consent_options_are_marked() -> None:
    assert classify_control("Remember me").non_consent
    assert classify_control("Same as billing address").non_consent
    assert not classify_control("Marketing").non_consent


def test_refusing_options_are_opt_out_and_objections_are_marked() -> None:
    no = classify_control("No", "", "Would you like to receive marketing emails?")
    assert no.consent and no.opt_out and not no.objection
    assert not classify_control("Yes", "", "Would you like to receive marketing emails?").opt_out
    obj = classify_control("Object", "", "Legitimate interest")
    assert obj.consent and obj.opt_out and obj.objection
    assert classify_control("Widerspruch", "", "Berechtigtes Interesse").objection
    assert classify_control("不同意", "", "个性化广告").opt_out


@pytest.mark.parametrize(
    ("text", "lang"),
    [("I agree", "en"), ("我同意", "zh"), ("Ich stimme der Verarbeitung zu", "de"),
     ("Nous utilisons des cookies", "fr"), ("Utilizamos cookies para el análisis", "es"),
     ("同意する", "ja"), ("동의합니다", "ko")],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_every_data_file_loads_with_known_categories() -> None:
    langs = available_languages()
    assert {"en", "zh", "de", "fr", "es", "it", "nl"} <= set(langs)
    for lang in langs:
        lexicon = load_lexicon(lang)
        assert lexicon is not None and set(lexicon.entries) <= set(CATEGORIES)
        core = {"grants", "agreement", "data_use", "necessary", "non_consent", "refusal"}
        assert core <= set(lexicon.entries)
    assert load_lexicon("xx") is None


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"categories": {"grantz": []}}, "unknown category 'grantz'"),
        ({"categories": {"grants": [{"name": False, "pattern": "x"}]}}, "quote yes/no"),
        ({"categories": {"grants": [{"name": "bad", "pattern": "(unclosed"}]}}, "grants.bad: bad pattern"),
        (["not", "a", "mapping"], "expected a mapping"),
    ],
)
def test_malformed_lexicon_data_fails_loudly(raw: object, message: str) -> None:
    with pytest.raises(LexiconError, match=r"^xx\.yaml: ") as info:
        compile_lexicon("xx", raw, "xx.yaml")
    assert message in str(info.value)


@pytest.mark.parametrize(
    "label",
    ["We would like to send you offers by email. Untick this box if you do not want to receive them.",
     "Décochez cette case si vous ne souhaitez pas recevoir nos offres",
     "Desmarque esta casilla si no desea recibir publicidad",
     "Entfernen Sie das Häkchen, wenn Sie keinen Newsletter wünschen",
     "如不同意接收营销信息，请取消勾选"],
)
def test_untick_to_refuse_boxes_grant_when_checked(label: str) -> None:
    verdict = classify_control(label)
    assert verdict.consent and not verdict.opt_out and not verdict.objection


def test_refusal_without_untick_instruction_stays_opt_out() -> None:
    assert classify_control("Do not share my data with partners").opt_out
