"""Issue 11's wording classes, on pages (snapshots) made here: declines that make the visitor
mock themselves, Yes/No questions whose yes refuses, "Not now", implied consent by continuing,
and untick-if-you-do-not-want boxes. Each is judged by structure (who speaks, what a yes does,
what is tied to what), so the phrasings below are not the ones the rules were written from.
One language's own word classes are pinned in tests/checks/wording/test_wording_<lang>.py."""

from __future__ import annotations

import pytest
from wording_snapshots import action, control, page, text

from consentinel.checks.bundled_consent import CHECK as BUNDLED
from consentinel.checks.confirmshaming import CHECK as CONFIRMSHAMING
from consentinel.checks.no_reject_option import CHECK as NO_REJECT
from consentinel.checks.trick_wording import CHECK as TRICK
from consentinel.facts.prompt import Prompt, PromptAction
from consentinel.facts.snapshot import Box
from consentinel.lexicon.vocabulary import detect_language
from consentinel.lexicon.wording import (
    is_opt_out_box,
    match_bundled_sentence,
    match_confirmshaming,
    yes_means,
)
from consentinel.prompts.roles import assign_roles, classify_text

# ----------------------------------------------------------------------- first-person declines


@pytest.mark.parametrize(("words", "rule"), [
    ("No, I prefer paying more for the same thing", "first-person-prefers-loss"),
    ("I like missing out on member deals", "first-person-prefers-loss"),
    ("No thanks, I'll keep paying the regular price", "first-person-prefers-loss"),
    ("Nope, I'm not into winning prizes", "first-person-rejects-good"),  # valence: "winning"
    ("No thanks, I'd rather skip the free shipping", "first-person-rejects-good"),
    ("No, gracias, prefiero pagar más", "first-person-prefers-loss"),
    ("Nein danke, ich verzichte auf meinen Rabatt", "first-person-rejects-good"),
    ("Non merci, je préfère payer le prix fort", "first-person-prefers-loss"),
    ("不了，我不需要这些福利", "first-person-rejects-good"),
    # an amount, doing oneself or others good, "prefer not to", "I don't need": structure, not idiom
    ("Nein, ich will die 15 € Gutschrift nicht", "first-person-rejects-good"),
    ("Nein, ich möchte mich nicht verbessern", "first-person-rejects-good"),
    ("Non, je préfère ne pas soutenir les petits producteurs", "first-person-rejects-good"),
    ("Non merci, je n'ai pas besoin de 20 % de remise", "first-person-rejects-good"),
    ("No, prefiero no aprender nada nuevo", "first-person-rejects-good"),
    ("No me importa perder las ventajas de socio", "first-person-rejects-good"),
    ("Nein danke, ich möchte den Normalpreis bezahlen", "first-person-prefers-loss"),
    ("No, prefiero seguir pagando multas", "first-person-prefers-loss"),
    ("Non, je préfère garder mes dettes", "first-person-prefers-loss"),
    # the speaker named by the verb alone (Spanish), "not for me", renouncing, going on with a loss
    ("Sigo pagando de más, gracias", "first-person-prefers-loss"),
    ("Renuncio a mi cupón de bienvenida", "first-person-rejects-good"),
    ("Nein danke, Gutscheine sind nichts für mich", "first-person-rejects-good"),
    ("Non merci, je continue à payer plein pot et plus", "first-person-prefers-loss"),
    # German: a preference-led decline speaks without "ich"; the verb last after a modal; money
    # thrown away; a risk taken on; a worse way; what the visitor calls themself; what the offer
    # made theirs, given up in answer to it
    ("Lieber weiterhin mehr bezahlen", "first-person-prefers-loss"),
    ("Nein, ich würde lieber mehr ausgeben", "first-person-prefers-loss"),
    ("Nein danke, ich verschwende lieber mein Geld", "first-person-prefers-loss"),
    ("Nein, ich nehme das Risiko in Kauf", "first-person-prefers-loss"),
    ("Nein danke, ich mache es lieber umständlich", "first-person-prefers-loss"),
    ("Schon gut, ich bleibe eben dumm", "first-person-prefers-loss"),
    ("Nein danke, ich verzichte auf meinen Sitzplatz", "first-person-rejects-good"),
    # Spanish: every form of losing, a risk or a worse state kept, fees paid, a clitic on the good
    ("Ahora no, prefiero seguir perdiendo pedidos", "first-person-prefers-loss"),
    ("Paso, prefiero correr el riesgo", "first-person-prefers-loss"),
    ("No gracias, prefiero seguir estancado", "first-person-prefers-loss"),
    ("No, sigo pagando recargos altos", "first-person-prefers-loss"),
    ("No, no quiero protegerme del fraude", "first-person-rejects-good"),
    ("Paso, soy un anticuado", "first-person-prefers-loss"),   # the decliner calls themself names
    # French word classes: too <trait> for a good, a dislike idiom (the speaker as object too),
    # status or a chance turned down, something better refused, a bad state or a flaw embraced
    ("Non merci, je suis trop frileux pour gagner des cadeaux", "first-person-rejects-good"),
    ("Les bonnes causes ? Très peu pour moi", "first-person-rejects-good"),
    ("Non, je suis allergique aux privilèges des membres", "first-person-rejects-good"),
    ("Je renonce à mon statut VIP", "first-person-rejects-good"),
    ("Non merci, je ne veux pas d'un service plus efficace", "first-person-rejects-good"),
    ("Non merci, je préfère rester bloqué au même niveau", "first-person-prefers-loss"),
    ("Je préfère rester un flemmard", "first-person-prefers-loss"),
    # French categories the other languages had: money thrown away, a risk taken on, a worse
    # way, staying behind, what the visitor calls themself, boredom, paying more in other words,
    # not caring, doing without, letting it slip; "my" good, a preference-led decline
    ("Non merci, je préfère dilapider mes économies", "first-person-prefers-loss"),
    ("Bof, je vis dangereusement", "first-person-prefers-loss"),
    ("Non, je choisis la méthode compliquée", "first-person-prefers-loss"),
    ("Non merci, je reste largué", "first-person-prefers-loss"),
    ("Non merci, je suis radin", "first-person-prefers-loss"),
    ("Non, j'aime m'ennuyer le soir", "first-person-prefers-loss"),
    ("Non merci, plutôt régler le prix catalogue", "first-person-prefers-loss"),
    ("Tant pis, je dépenserai davantage", "first-person-prefers-loss"),
    ("Je me moque de ma santé", "first-person-rejects-good"),
    ("Non, je me passe des soldes privées", "first-person-rejects-good"),
    ("Non merci, je laisse échapper mon bon de réduction", "first-person-rejects-good"),
    ("Les ristournes ne m'intéressent guère", "first-person-rejects-good"),
    ("Poursuivre sans mon rabais", "first-person-rejects-good"),
    # a flaw or ailment kept, a loss committed to in the future tense or taken on knowingly,
    # bargains disliked
    ("Non merci, je garde mes rides", "first-person-prefers-loss"),
    ("Tant pis, je garderai mon mal de dos", "first-person-prefers-loss"),
    ("Non merci, je réglerai le prix plein", "first-person-prefers-loss"),
    ("Non, je paye plein pot", "first-person-prefers-loss"),
    ("Je décline, au risque de dépenser davantage", "first-person-prefers-loss"),
    ("Non merci, les bonnes affaires m'ennuient, je n'en veux pas", "first-person-rejects-good"),
    # paying more said in one word, or paid from one's own pocket
    ("Nah, I'm happy to overpay for my phone plan", "first-person-prefers-loss"),
    ("No thanks, I'd rather cover repairs out of my own pocket", "first-person-prefers-loss"),
    # Spanish categories the other languages had: every tense of paying more, money thrown away,
    # a risk, staying behind, a self-insult, health, boredom, loneliness, hunger, looks, a worse
    # way; learning, success, helping, health, a chance turned down in other moods and idioms
    ("No, gracias, pagaría el doble en la tienda", "first-person-prefers-loss"),
    ("Ahora no, prefiero malgastar mis ahorros", "first-person-prefers-loss"),
    ("Nah, vivo peligrosamente", "first-person-prefers-loss"),
    ("No, me quedo atrás con gusto", "first-person-prefers-loss"),
    ("Paso, sigo siendo un inútil", "first-person-prefers-loss"),
    ("Prefiero seguir cansado y enfermo", "first-person-prefers-loss"),
    ("No, me encanta aburrirme los domingos", "first-person-prefers-loss"),
    ("Prefiero quedarme solo en casa", "first-person-prefers-loss"),
    ("No gracias, prefiero pasar hambre", "first-person-prefers-loss"),
    ("Prefiero hacerlo por las malas", "first-person-prefers-loss"),
    ("No, preferiría no estar al día", "first-person-rejects-good"),
    ("No me hace falta vender más", "first-person-rejects-good"),
    ("Las buenas causas no van conmigo", "first-person-rejects-good"),
    ("Me da igual mi salud", "first-person-rejects-good"),
    ("No quisiera una oportunidad así", "first-person-rejects-good"),
    ("No gracias, prefiero seguir siendo un novato", "first-person-prefers-loss"),   # a low rank kept
    ("No quiero estar seguro en internet", "first-person-rejects-good"),            # safety refused
    ("No thanks, I like lying awake at night", "first-person-prefers-loss"),   # sleep lost, a health state
])
def test_a_decline_the_visitor_is_made_to_say_against_themselves(words: str, rule: str) -> None:
    snap = page(action("f0:yes", "Get the offer"), action("f0:no", words, kind="link", x=300))
    [finding] = CONFIRMSHAMING.run(snap)
    assert finding.uid == "f0:no"
    assert finding.evidence["rule"] == rule


@pytest.mark.parametrize("words", [
    "You'll miss out on 20% off",            # the site speaks, not the visitor
    "No thanks, I don't want marketing emails",  # names what is declined, neutrally
    "I'd rather continue as a guest",
    "No thanks, I'll pay by card",
    "I'd like to reject all",                # refusing is the decision, not a loss embraced
    "I'll block ads",
    "No thanks, I'll stay unsubscribed",
    "Nein danke, ich habe schon ein Konto",
    "No, gracias. Prefiero seguir navegando.",
    "不要错过我们的限时优惠",                    # 我们 is the site
    "Nein danke, ich möchte keine Benachrichtigungen",
    "Non merci, je n'ai pas besoin d'aide pour l'instant",
    "No, gracias, prefiero no recibir correos",
    "No quiero, mejor más tarde",
    "Non, je préfère ne pas créer de compte client",
    "Je ne souhaite pas recevoir d'offres de nos partenaires",   # receiving, named neutrally
    "Nein, ich möchte keine Angebote per Post erhalten",
    "No, prefiero seguir con mi plan actual",
    "No, gracias, ya soy cliente",
    "Non merci, je continue sans",
    "Renuncio a recibir correos",
    "Nein danke, ich möchte nicht mehr als 50 € ausgeben",   # a sum spent is a cost, not a good
    "Nein, ich möchte keine neuen Kunden-Updates",
    "Lieber später",
    "Nein danke, ich gehe lieber zu Fuß",
    "Nein, ich bin schon angemeldet",
    "Ich verzichte auf meine Papierrechnung",          # a waiver label, not an answer to an offer
    # "prefer not to" + a loss refuses it; a product that is limited; fees avoided; the item at hand
    "No, prefiero no arriesgarme",
    "Prefiero no perder tiempo ahora",
    "No, gracias. Prefiero la versión limitada",
    "Prefiero pagar ahora sin intereses",
    "No, prefiero seguir pagando mes a mes",
    "No quiero protección para esta compra",
    "No gracias, soy vegetariana",                   # saying who one is, not running oneself down
    "Prefiero pagar más si el envío es urgente",     # a cost taken on a condition is a trade-off
    "Non merci, je suis trop occupé pour l'instant",        # too busy: an excuse, nothing good refused
    "Non merci, ça ne m'intéresse pas",
    "Non merci, je préfère rester sur la version gratuite",
    # look-alikes of the new French classes: a risk refused, paying later, who one is, doing it
    # oneself, one's own settings, a plan kept, "I'll do without" with nothing good named
    "Non merci, je préfère ne pas prendre de risque",
    "Je préfère payer plus tard",
    "Non merci, je suis déjà membre",
    "Non, je préfère le faire moi-même",
    "Gérer mes préférences",
    "Je reste sur mon abonnement actuel",
    "Non merci, je m'en passe",
    "Je garde mon forfait actuel",
    "Je continuerai en tant qu'invité",
    # the offer at hand refused as such, paying or coming back later
    "Non merci, je refuse cette proposition",
    "Non merci, je décline cet abonnement",
    "Non merci, je paierai en magasin",
    "Je reviendrai plus tard",
    "Non merci, je paie par virement",
    # a risk avoided, not taken on
    "Non merci, je préfère éviter les risques",
    "Non merci, je paie sans risque par carte",
    # Spanish look-alikes of the categories above: neutral declines, sending named neutrally
    "No, gracias, no me interesa",
    "Continuaré como invitado",
    "Me quedo con mi plan actual",
    "No deseo que me envíen ofertas",
    "Prefiero volver atrás",
    "Estoy bien así, gracias",
    "No, gracias, pagaré con tarjeta",
    "Prefiero hacerlo más tarde",
    "No, no quiero seguro de viaje",              # an insurance policy is a product, not a good
])
def test_declines_that_do_not_mock_the_visitor(words: str) -> None:
    assert CONFIRMSHAMING.run(page(action("f0:no", words, kind="link"))) == []
    assert match_confirmshaming(words) is None


def _banner(question: str, *answers: str) -> Prompt:
    actions = [PromptAction(mark=f"a{i}", text=words, box=Box(20 + 120 * i, 500, 100, 40))
               for i, words in enumerate(answers)]
    return Prompt(frame=0, frame_url="http://127.0.0.1/", root="#banner", text=question, language="en",
                  box=Box(0, 450, 1280, 150), kind="fixed", actions=actions)


def test_yes_no_to_an_opt_out_question_are_read_by_what_yes_does() -> None:
    prompt = assign_roles(_banner("We and our partners personalise ads. "
                                  "Do you want to opt out of personalised advertising?", "Yes", "No"))
    assert [(a.text, a.role) for a in prompt.actions] == [("Yes", "reject"), ("No", "accept")]
    assert "refuses" in prompt.actions[1].role_reason
    snap = page()
    snap.prompts.append(prompt.to_dict())
    assert NO_REJECT.run(snap) == []  # "Yes" is its reject


def test_yes_no_to_a_consent_question_keep_their_plain_meaning() -> None:
    prompt = assign_roles(_banner("Do you accept cookies for analytics?", "Yes", "No"))
    assert [a.role for a in prompt.actions] == ["accept", "reject"]
    plain = assign_roles(_banner("This site uses cookies.", "Yes", "No"))
    assert [a.role for a in plain.actions] == ["accept", "other"]  # no question: the lists decide


@pytest.mark.parametrize(("question", "yes"), [
    ("Möchten Sie der Nutzung Ihrer Daten für Werbung widersprechen?", "reject"),
    ("Voulez-vous refuser les cookies publicitaires ?", "reject"),
    ("¿Desea rechazar las cookies de publicidad?", "reject"),
    ("¿Le gustaría dejar de recibir ofertas por SMS?", "reject"),     # conditional, usted
    ("¿Querés recibir novedades por correo?", "accept"),              # voseo
    ("您是否要关闭个性化广告推荐？", "reject"),
    ("Would you like to receive our newsletter?", "accept"),
    # French questions in every politeness form and mood
    ("Préféreriez-vous ne plus recevoir nos courriels ?", "reject"),
    ("Est-ce que tu veux révoquer ton accord pour la publicité ?", "reject"),
    ("Aimerais-tu recevoir nos bons plans ?", "accept"),
])
def test_what_a_yes_does_in_each_language(question: str, yes: str) -> None:
    assert yes_means(question) == yes


def test_an_opt_out_question_is_inverted_wording() -> None:
    [finding] = TRICK.run(page(text("f0:t1", "Do you want to opt out of the sale of your data?")))
    assert finding.evidence["rule"] == "inverted-question"
    assert TRICK.run(page(text("f0:t1", "Would you like to hear about our offers?"))) == []


@pytest.mark.parametrize(("question", "inverted"), [
    ("Would you like to opt out of usage analytics?", True),
    ("您是否要停用遥测数据上传？", True),
    ("是否禁用遥测？", True),
    # the refusing words are no consent topic of their own: a free gift refused is no riddle
    ("Do you want to opt out of the free mug this season?", False),
    ("您是否要退订？", False),
    # the topic named by the notice before the question
    ("We share your purchase history with ad partners. Would you like to opt out?", True),
])
def test_an_opt_out_question_needs_a_topic_besides_the_refusal(question: str, inverted: bool) -> None:
    assert bool(TRICK.run(page(text("f0:t1", question)))) is inverted


@pytest.mark.parametrize("words", ["Not now", "Später", "Plus tard", "Ahora no", "以后再说", "暂不"])
def test_not_now_refuses(words: str) -> None:
    assert classify_text(words)[0] == "reject"


@pytest.mark.parametrize("notice", [
    "This website uses cookies for statistics. If you keep using the site, we'll assume you're OK with it.",
    "Cookies help us show relevant ads. By continuing to scroll this page you accept their use.",
    "Wir verwenden Cookies zu Analysezwecken. Wenn Sie die Webseite weiter nutzen, stimmen Sie dem zu.",
    "Nous utilisons des cookies de mesure d'audience. En poursuivant votre visite, vous les acceptez.",
    "Usamos cookies de terceros. Si sigue navegando, entendemos que acepta su uso.",
    "本站使用Cookie进行统计分析，继续浏览即表示您同意。",
    # the going-on verb wherever the sentence puts it, or the visit as a noun
    "Wir setzen Cookies ein. Wenn Sie auf diesen Seiten weitersurfen, willigen Sie in ihre Nutzung ein.",
    "Diese Seite nutzt Cookies für Statistiken. Bei Nutzung dieser Seite stimmen Sie dem zu.",
    "Cookies für Werbung: Surfen Sie auf dieser Seite weiter, akzeptieren Sie sie.",
    "Nous utilisons des cookies publicitaires. En visitant ce site, vous les acceptez.",
    "Usamos cookies analíticas. El uso continuado de esta web implica su aceptación.",
    "Usamos cookies de terceros. Utilizando este sitio web, usted acepta su uso.",
    "Si hace uso de este sitio web, consiente la transferencia de sus datos a nuestros socios.",
    # any gerund / "al + infinitive" / nominalised verb names the action, as English "by …ing"
    "Nous utilisons des traceurs publicitaires. En fermant ce bandeau, vous les acceptez.",
    "Usamos cookies analíticas. Al cerrar este aviso, aceptarás su uso.",
    "Wir nutzen Cookies für Werbung. Durch das Schließen dieses Hinweises akzeptieren Sie sie.",
    "Die weitere Nutzung dieser Website gilt als Zustimmung zur Verwendung von Analyse-Cookies.",
    "Wir nutzen Werbe-Cookies. Durch Klicken auf „Weiter“ stimmen Sie ihrer Verwendung zu.",
    # signing, ordering or taking part, said by any person
    "Mit Ihrer Teilnahme am Gewinnspiel willigen Sie ein, dass Partner Sie mit Werbung kontaktieren.",
    "Mit meiner Unterschrift erkläre ich mich einverstanden, dass meine Angaben für Werbung genutzt werden.",
    # the visitor presumed content, in any tense: being content is the grant here alone
    "We set cookies to tailor adverts. If you stay on this site we'll assume you will be fine with that.",
    "Wir nutzen Cookies für Statistiken. Wenn Sie weiter surfen, gehen wir davon aus, dass Sie "
    "zufrieden sind.",
    "我们使用Cookie进行广告推送。继续浏览本网站，我们就认为您对此没有异议。",
])
def test_consent_tied_to_continuing_is_bundling(notice: str) -> None:
    [finding] = BUNDLED.run(page(text("f0:t1", notice, form=None)))
    assert finding.evidence["rule"] == "grant-tied-to-action"


@pytest.mark.parametrize("notice", [
    "We use cookies to improve your experience and analyse traffic. You can change your choice at any time.",
    "These cookies are essential for the website to function and cannot be switched off.",
    "By allowing these services, you accept the cookies they set.",
    "Diese Seite nutzt nur technisch notwendige Cookies. "
    "Wenn Sie die Seite weiter nutzen, gehen wir von Ihrem Einverständnis aus.",
    # the use of cookies named as a noun is the data use, not an action the grant is tied to
    "Bei der Verwendung von Analyse-Cookies holen wir Ihre Einwilligung ein.",
    "Si continúa navegando, consideramos que acepta nuestros Términos de uso.",
    # consent withdrawn, denied or chosen grants nothing, whatever action the sentence names
    "You can withdraw your consent to advertising cookies at any time by clicking the link below.",
    "Sie können Ihre Einwilligung zu Marketing-Cookies jederzeit widerrufen, indem Sie den Link nutzen.",
    "Durch Klicken auf „Einstellungen“ können Sie auswählen, welchen Cookies Sie zustimmen.",
    "Die weitere Nutzung der Website gilt nicht als Einwilligung in Analyse-Cookies.",
    "Vous pouvez retirer votre consentement aux cookies publicitaires en cliquant sur le lien.",
    "En cliquant sur « Personnaliser », vous pouvez choisir les cookies que vous acceptez.",
    "La poursuite de la navigation ne vaut pas consentement au dépôt de cookies publicitaires.",
    "Puedes retirar tu consentimiento a las cookies de terceros al hacer clic en Configuración.",
    "Si continúas navegando sin aceptar, solo usaremos cookies técnicas.",
    # consent as a condition or prerequisite of the data use, not given by the action named
    "Bei Nutzung dieser Website werden nur notwendige Cookies gesetzt, es sei denn, Sie stimmen zu.",
    "Mit dem Besuch dieser Seite werden Analyse-Cookies erst nach Ihrer Einwilligung gesetzt.",
    "By using this site you will only receive advertising cookies after you consent to them.",
    "En visitant ce site, aucun cookie publicitaire n'est déposé avant votre consentement.",
    "Al navegar por este sitio, solo usaremos cookies de terceros si las aceptas.",
    # a choice offered names both answers
    "Beim Besuch dieser Seite können Sie Marketing-Cookies akzeptieren oder ablehnen.",
    "En visitant ce site, vous pouvez accepter ou refuser les cookies publicitaires.",
    # the action named is the consent itself: accepting, or acting on an accept button
    "En acceptant, vous consentez au dépôt de cookies publicitaires par nos partenaires.",
    "Al seleccionar «Aceptar todo», consientes el uso de cookies de terceros.",
    "Durch das Anklicken von „Alle akzeptieren“ stimmen Sie der Verwendung aller Cookies zu.",
    "Beim Aktivieren dieser Dienste akzeptieren Sie deren Cookies.",
    "Durch Klicken auf „Alle Cookies akzeptieren“ stimmen Sie der Speicherung von Cookies zu.",
    "En cliquant sur « OK, j'accepte les cookies », vous consentez aux cookies de nos partenaires.",
    # contentment presumed with something other than a use of data grants nothing
    "We assume you will be happy with our new checkout.",
    "Wir nutzen Analyse-Cookies. Wir gehen davon aus, dass Sie mit unserem Service zufrieden sind.",
    "我们使用分析Cookie。我们认为您对新版界面感到满意。",
])
def test_a_consent_manager_describing_itself_is_not_bundling(notice: str) -> None:
    assert BUNDLED.run(page(text("f0:t1", notice, form=None))) == []


@pytest.mark.parametrize("notice", [
    # the bare "if you go on", with nothing after the verb
    "Usamos cookies analíticas; si sigues, damos por hecho que aceptas su uso.",
    # a Chinese antecedent in a clause of its own before "，即视为"
    "您在本应用内填写手机号码（含验证码登录），即视为您同意我们向您发送促销短信。",
    # a grant of the notice's policy, where the notice names more than cookies
    "本网站使用Cookie统计访问量并投放定向广告。继续浏览即表示您接受本站隐私条款。",
    "We use cookies to measure visits and to show targeted advertising. By continuing you accept our Terms.",
    # "their use" refers back to the cookies the notice names, even in its policy's title
    "Consulta la política de cookies del portal: si sigues navegando, entendemos que aceptas su uso.",
    "See our cookie policy. By browsing on, you consent to their use.",
])
def test_bundling_by_the_shape_of_the_notice(notice: str) -> None:
    [finding] = BUNDLED.run(page(text("f0:t1", notice, form=None)))
    assert finding.evidence["rule"] == "grant-tied-to-action"


@pytest.mark.parametrize("notice", [
    # a policy grant where the notice names cookies only, or denies the use it names
    "本网站使用Cookie。继续浏览即表示您接受本站隐私条款。",
    "We never share your data with advertisers. By continuing you accept our Terms.",
    "Wir verkaufen keine Daten an Dritte. Mit der weiteren Nutzung akzeptieren Sie unsere AGB.",
    "Mit Ihrer Bestellung akzeptieren Sie unsere AGB.",
    # "their use" of cookies that are only the necessary ones
    "Este portal solo usa cookies técnicas necesarias. Si sigues navegando, aceptas su uso.",
])
def test_a_policy_grant_is_bundling_only_where_the_notice_uses_data(notice: str) -> None:
    assert BUNDLED.run(page(text("f0:t1", notice, form=None))) == []


@pytest.mark.parametrize(("notice", "bundled"), [
    # consent as a condition that continuing also meets: continuing is consent
    ("Nos traceurs publicitaires ne sont activés que si vous y consentez ou si vous continuez à "
     "naviguer sur nos pages.", True),
    ("Nos traceurs publicitaires ne sont activés que si vous y consentez.", False),
    # cookies named only by their verb, "déposés"
    ("Ils ne seront déposés sur votre appareil que si vous y consentez ou si vous continuez votre "
     "visite.", True),
    ("Vos fichiers sont déposés sur notre serveur si vous acceptez les conditions.", False),
])
def test_a_consent_condition_that_continuing_also_meets_is_bundling(notice: str, bundled: bool) -> None:
    assert (BUNDLED.run(page(text("t0", notice))) != []) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the same action and grant: sharing for the visitor's own request is needed, for ads it is not
    ("En envoyant ce formulaire, vous acceptez que vos coordonnées soient partagées avec le magasin "
     "choisi pour répondre à votre demande.", False),
    ("En envoyant ce formulaire, vous acceptez que vos coordonnées soient partagées avec nos "
     "partenaires publicitaires.", True),
])
def test_a_use_for_the_visitors_own_request_is_not_bundling(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize("notice", [
    # a use named only to be ruled out, in a clause of its own
    "发送留言即表示您同意我们回复您，我们绝不会向第三方出售您的信息。",
    "By sending this form you agree that we reply to you, and we never sell your data to partners.",
    # contact details as the channel of the reply, not data given away
    "预约提交即表示您同意我们通过您填写的联系方式与您联系。",
    # analysing what the visitor submitted is the service asked for, not analytics
    "点击开始测评即表示您同意我们对您的答卷进行分析。",
    # subscribing is the newsletter consent itself
    "订阅即表示您同意接收我们的月度通讯。",
])
def test_grants_that_bundle_nothing_optional(notice: str) -> None:
    assert BUNDLED.run(page(text("f0:t1", notice, form=None))) == []


@pytest.mark.parametrize(("label", "opt_out"), [
    ("Untick this box if you do not want our newsletter", True),
    ("Uncheck to stop getting partner offers", True),
    ("Décochez si vous ne voulez pas de nos offres", True),
    ("如果您不想接收短信，请取消勾选", True),
    ("Send me the newsletter", False),
    ("Tick this box if you do not want our newsletter", False),  # inverted: trick-wording's
])
def test_untick_if_you_do_not_want_is_opt_out_wording(label: str, opt_out: bool) -> None:
    assert is_opt_out_box(label) is opt_out


def test_plain_opt_out_is_not_trick_wording_but_inverted_opt_out_is() -> None:
    plain = control("f0:c1", "Untick this box if you do not want our newsletter", checked=True)
    assert TRICK.run(page(plain)) == []
    assert len(TRICK.run(page(control("f0:c1", "Tick this box if you do not want our newsletter")))) == 1


@pytest.mark.parametrize(("words", "language"), [("Später", "de"), ("Plus tard", "fr"), ("Ahora no", "es")])
def test_short_labels_without_stop_words_get_their_language(words: str, language: str) -> None:
    assert detect_language(words) == language


@pytest.mark.parametrize(("notice", "bundled"), [
    # the cookies a continuing-grant names are those the notice describes: necessary ones only
    # are nothing optional, whether the grant names them or not
    ("Nous n'utilisons que des cookies indispensables au fonctionnement du site. "
     "En poursuivant votre visite, vous acceptez ces cookies.", False),
    ("We only set cookies strictly necessary for the site to work. By browsing on, you accept these cookies.",
     False),
    ("Ce site dépose des cookies de mesure d'audience. "
     "En poursuivant votre visite, vous acceptez ces cookies.", True),
    ("Nous utilisons des cookies nécessaires et des cookies publicitaires. "
     "En poursuivant votre visite, vous acceptez les cookies.", True),
])
def test_cookies_granted_by_continuing_are_those_the_notice_names(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    ("继续浏览即表示您接受我们使用必需的Cookie来维持登录状态", False),
    ("By continuing you accept our use of essential cookies to keep you signed in.", False),
    ("继续浏览即表示您接受我们使用必需的Cookie及广告Cookie", True),    # another use still counts
    ("By continuing you accept our use of essential and advertising cookies.", True),
    ("继续浏览即表示您接受我们使用Cookie", True),
])
def test_continuing_to_accept_necessary_cookies_bundles_nothing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a use the rest of the notice names only as the visitor's right to refuse is not granted
    ("By booking, you agree to our terms. You can unsubscribe from promotional emails whenever you like.",
     False),
    ("Con su reserva acepta nuestras condiciones. Puede oponerse a la publicidad en cualquier momento.",
     False),
    ("By booking, you agree to our terms and to promotional emails. You can unsubscribe whenever you like.",
     True),
])
def test_a_use_named_only_as_a_right_to_refuse_is_not_granted(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# A grant of the processing of the visitor's own data, tied to merely using the site: bundled
# (the lead's ruling on issue 11, after EDPB Guidelines 05/2020 on consent §86), even with no
# optional use named. A document granted, or processing tied to the act it serves, is not.
@pytest.mark.parametrize("notice", [
    "If you keep browsing this website, you consent to us collecting and storing your personal information.",
    "Your continued use of the app means you agree to the processing of your personal data.",
    "By accessing or using the service, you agree that we may collect and process your personal data.",
    "Indem Sie diese Seite weiter nutzen, willigen Sie in die Erhebung und Speicherung Ihrer Daten ein.",
    # the data in the "dass …" complement of the grant, across the comma
    "Durch die Nutzung unserer App erklärst du dich damit einverstanden, dass wir deine personenbezogenen "
    "Daten verarbeiten.",
    "Wenn Sie weitersurfen, stimmen Sie der Datenverarbeitung zu.",
    "Si vous poursuivez votre navigation sur ce site, vous acceptez que nous collections et traitions vos "
    "informations personnelles.",
    "En naviguant sur notre application, tu consens au traitement de tes données.",
    "Si sigues navegando en esta web, aceptas que recopilemos y tratemos tus datos personales.",
    "Al utilizar nuestra aplicación, usted autoriza la recogida y el almacenamiento de sus datos.",
    "Al continuar, consientes el uso de tu información personal.",
    "您继续浏览本网站，即视为您同意我们收集、使用您的个人数据。",
    "访问本应用即代表你同意我们存储和处理你的个人资料。",
])
def test_processing_of_ones_data_granted_by_using_the_site_bundles(notice: str) -> None:
    found = match_bundled_sentence(notice)
    assert found is not None and found.tied_to_action


@pytest.mark.parametrize("notice", [
    # a document granted, not the processing
    "By using this site you agree to our Privacy Policy and Terms of Use.",
    "By using this site you agree to our Privacy Policy, which explains the collection and use of "
    "your information.",
    "Indem Sie unsere Website nutzen, akzeptieren Sie unsere Datenschutzerklärung.",
    "En utilisant ce site, vous acceptez nos conditions générales d'utilisation.",
    "Al navegar por este sitio aceptas nuestra política de privacidad.",
    "继续使用即表示您同意《用户协议》和《隐私政策》。",
    # the processing tied to the act it serves, or to the visitor's own request
    "By creating an account, you agree to the processing of your personal data.",
    "By continuing to checkout, you agree to the processing of your personal data.",
    "By continuing, you agree to the processing of your personal data to answer your enquiry.",
    "Mit dem Absenden des Formulars willigen Sie in die Verarbeitung Ihrer Daten zur Bearbeitung Ihrer "
    "Anfrage ein.",
    "Indem Sie mit Ihrer Bestellung fortfahren, stimmen Sie der Verarbeitung Ihrer Daten zu.",
    "Wenn Sie fortfahren, stimmen Sie der Nutzung Ihrer Daten für diese Beratung zu.",
    "En créant votre compte, vous consentez au traitement de vos données personnelles.",
    "En validant ce formulaire, vous acceptez l'utilisation de vos données pour traiter votre demande.",
    "Al registrarte, consientes el tratamiento de tus datos personales.",
    "Al enviar el formulario consientes el tratamiento de tus datos para responder a tu consulta.",
    "提交即表示您同意我们处理您的个人信息以回复您的咨询。",
    # a notice that only informs or denies
    "By using our website, you acknowledge that we collect your personal information.",
    "If you continue, we will not collect your personal data.",
    "Wir verarbeiten Ihre personenbezogenen Daten gemäß unserer Datenschutzerklärung.",
    "我们将按照《隐私政策》处理您的个人信息。",
])
def test_processing_granted_by_a_document_or_a_serving_act_does_not_bundle(notice: str) -> None:
    assert match_bundled_sentence(notice) is None


def test_processing_granted_by_using_the_site_is_a_finding_unless_a_box_asks_for_it() -> None:
    notice = "By browsing our website, you consent to the storage and use of your personal data."
    [finding] = BUNDLED.run(page(text("f0:t1", notice), action("f0:b1", "Continue")))
    assert finding.evidence["rule"] == "grant-tied-to-action"
    box = control("f0:c1", "I consent to the processing of my personal data")
    assert BUNDLED.run(page(text("f0:t1", notice), box, action("f0:b1", "Continue"))) == []
