"""Issue 11's wording classes, on pages (snapshots) made here: declines that make the visitor
mock themselves, Yes/No questions whose yes refuses, "Not now", implied consent by continuing,
and untick-if-you-do-not-want boxes. Each is judged by structure (who speaks, what a yes does,
what is tied to what), so the phrasings below are not the ones the rules were written from."""

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


@pytest.mark.parametrize(("notice", "bundled"), [
    # "the use (of …) implies": the use is the action the grant is tied to, unless it grants terms
    ("El uso de la aplicación supone aceptar el envío de publicidad de terceros.", True),
    ("El uso de la aplicación supone aceptar las condiciones del servicio.", False),
])
def test_spanish_use_implies_acceptance(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize("notice", [
    # sharing the visitor's information, or receiving the company's communications, granted by
    # using or submitting
    "登录即表示您同意我们存储并分享您的浏览数据。",
    "提交报名表即视为您同意接收本机构及其活动的通讯。",
])
def test_chinese_data_uses_granted_by_an_action(notice: str) -> None:
    [finding] = BUNDLED.run(page(text("f0:t1", notice, form=None)))
    assert finding.evidence["rule"] == "grant-tied-to-action"


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


# German word classes other languages had: indifference and dislike idioms, letting a good go,
# "too <trait> for", goods in compounds, health/safety/learning/success/helping others; paying
# more in any tense, fees paid, self-insults, staying behind/unsafe/bored/alone/hungry/ugly.
@pytest.mark.parametrize(("words", "rule"), [
    ("Nein, meine Gesundheit ist mir egal", "first-person-rejects-good"),
    ("Ich pfeife auf den Treuebonus", "first-person-rejects-good"),
    ("Nein, ich lege keinen Wert auf Preisvorteile", "first-person-rejects-good"),
    ("Ich sage Nein zu gratis Zubehör", "first-person-rejects-good"),
    ("Nö, ich bin kein Fan von Schnäppchen", "first-person-rejects-good"),
    ("Ich lasse mir den Willkommensrabatt entgehen", "first-person-rejects-good"),
    ("Ich bin zu bequem für Ersparnisse", "first-person-rejects-good"),
    ("Nein, ich will nichts gewinnen", "first-person-rejects-good"),
    ("Nein danke, ich möchte nicht fitter werden", "first-person-rejects-good"),
    ("Nein, ich will mich nicht schützen", "first-person-rejects-good"),
    ("Nein, ich will nicht auf dem Laufenden bleiben", "first-person-rejects-good"),
    ("Nein danke, ich brauche keinen Umsatz", "first-person-rejects-good"),
    ("Nein, die Umwelt ist mir egal", "first-person-rejects-good"),
    ("Lieber zahle ich weiterhin zu viel", "first-person-prefers-loss"),
    ("Ich habe lieber zu viel bezahlt", "first-person-prefers-loss"),
    ("Nein, ich zahle lieber Versandkosten", "first-person-prefers-loss"),
    ("Nein danke, ich bin ein Angsthase", "first-person-prefers-loss"),
    ("Ich bleibe lieber von gestern", "first-person-prefers-loss"),
    ("Ich bleibe lieber einsam", "first-person-prefers-loss"),
    ("Nein, ich langweile mich lieber", "first-person-prefers-loss"),
    ("Ich will lieber hungrig bleiben", "first-person-prefers-loss"),
    ("Nein, ich sehe lieber ungepflegt aus", "first-person-prefers-loss"),
    ("Nein, ich gehe das Risiko ein", "first-person-prefers-loss"),
    ("Ich werde lieber gehackt", "first-person-prefers-loss"),
    ("Nee, lieber abgehängt bleiben", "first-person-prefers-loss"),
    ("Danke, ich bin schon perfekt", "shame"),
    # the speaker's own verb of losing is the loss embraced
    ("Ok, ich verliere meinen Treuebonus", "first-person-prefers-loss"),
    ("Schade, ich versäume die Gelegenheit", "first-person-prefers-loss"),
])
def test_german_word_classes_of_a_decline_against_oneself(words: str, rule: str) -> None:
    found = match_confirmshaming(words)
    assert found is not None and found.rule == rule


@pytest.mark.parametrize("words", [
    "Nein danke, ich bin nicht interessiert",
    "Ich fahre als Gast fort",
    "Ich bleibe bei meinem aktuellen Tarif",
    "Nein, ich möchte nicht mehr zahlen als nötig",   # a preference negated refuses the loss
    "Nein danke, ich bin nicht hungrig",
    "Ich bin mir noch unsicher",
    "Nein danke, ich habe kein Interesse an Werbung",
    "Nein, ich möchte keine Zinsen zahlen",
    "Nicht jetzt, lieber später",
    "Nein danke, mir ist das gleich",
    "Ich bin krankenversichert",
    "Nein danke, ich verpasse nichts",
    # a good's word inside a neutral compound, or a service declined, is no good refused
    "Ich möchte ohne Klimaschutzbeitrag bestellen",
    "Ich möchte meine Gesundheitsdaten nicht teilen",
    "Ich brauche keine Umsatzsteuer-ID",
    "Nein, ich möchte keine Geschenkverpackung",
    "Nein, ich möchte kein Guthaben aufladen",
    "Nein danke, ich möchte nicht auf dem Laufenden gehalten werden",
])
def test_german_neutral_declines_beside_those_classes(words: str) -> None:
    assert match_confirmshaming(words) is None


# Chinese decline word classes (issue 11, round 2): every way a coupon pop-up's decline makes the
# visitor mock themself -- a heavy-hearted adverb before any verb of leaving, money thrown away or
# paid over the odds, a risk, staying ignorant or behind, self-insult, learning, success, health,
# looks, boredom, loneliness, hunger, helping others, missing out, a worse way, boasting.
@pytest.mark.parametrize("words", [
    "挥泪离去",
    "咬咬牙，狠心关闭",
    "算了，我就爱花冤枉钱",
    "我情愿付双倍的钱",
    "不了，我还是继续浪费吧",
    "我乐意冒险",
    "我偏要蒙在鼓里",
    "我宁可被淘汰",
    "我就是个笨蛋",
    "我不想学到新知识",
    "我不需要进步",
    "我不想瘦下来",
    "我宁愿一直孤单",
    "我宁肯饿肚子",
    "我宁愿无聊死",
    "我不想做公益",
    "不想帮助小动物",
    "我宁可错失这次良机",
    "我宁愿麻烦一点",
    "我已经够聪明了",
    "我对省钱不感兴趣",
    "我不配拥有优惠券",
    "不了，不想变美",
    "宁可原价买",
    "我宁愿费劲自己找",               # a worse way still mocks after 慢慢 left the losses
    "我不需要变得更好",               # more of a good still mocks
    "我不怕风险，不要保障",
])
def test_chinese_declines_that_mock_the_visitor(words: str) -> None:
    assert match_confirmshaming(words) is not None


@pytest.mark.parametrize("words", [
    "我不需要帮助",                 # help for oneself, a chat decline
    "我还是觉得太贵了",              # a reason, not a loss embraced
    "本人已阅读并愿意承担投资风险",    # a disclosure's acknowledgement
    "我已了解并接受风险",
    "我不需要专属客服",
    "我不要原价",
    "我想慢慢看看",
    "我要慢慢挑",                   # taking one's time is no worse way
    "我不需要更多资讯",               # more of a neutral object
    "我愿意承担风险，继续访问",         # a warning acknowledged
    "我放弃本次福利",                  # names the offer given up
    "我不想开通会员",
    "我还是用免费版吧",
    "我不想接收优惠短信",
    "我不需要此订单的运费保护",
    "我以游客身份继续",
    "我保持当前套餐",
    "不了，谢谢，我不感兴趣",
])
def test_chinese_neutral_declines_stay_neutral(words: str) -> None:
    assert match_confirmshaming(words) is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # the grant deemed without 即, after an unrelated action, in any tense and voice
    ("您浏览本站的商品页面，将被视为您同意我们使用Cookie做访问统计。", True),
    ("完成付款后我们将默认您同意接收合作商户的推广短信。", True),
    ("只要您继续使用本应用，就代表您同意我们与广告商共享您的位置。", True),
    # a grant refused, needed or chosen grants nothing (zh not_a_grant)
    ("如果您不同意，我们将视为您拒绝全部Cookie。", False),
    ("未经您同意，我们不会向第三方出售您的信息。", False),
    ("您可以选择是否同意我们使用Cookie进行统计分析。", False),
    # being contacted about OTHER offerings is marketing; a use denied in its own clause or
    # sentence (an ASCII full stop ends one too) is not granted
    ("下单即表示您同意商家就其他商品与您联系。", True),
    ("登录即表示您同意我们将您的邮箱用于识别身份。我们不共享给任何第三方。", False),
    ("本表单不收集您的身份信息. 提交即表示您同意我们将内容用于改进服务.", False),
])
def test_chinese_grants_deemed_or_voided(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # Spanish: permission given in any words, voseo, promotional mail, consent in progress;
    # subscribing is itself the consent to what is subscribed to
    ("Al seguir usando la app, nos das permiso para compartir tus datos con socios.", True),
    ("Al registrarte, das tu conformidad para recibir publicidad de terceros.", True),
    ("Si seguís navegando, aceptás las cookies publicitarias.", True),
    ("Al utilizar nuestros servicios, usted acepta recibir correos promocionales.", True),
    ("El usuario que continúe navegando estará consintiendo el uso de cookies de terceros.", True),
    # impersonal and passive forms, going on in any clause, acts named as nouns, a click anywhere
    ("Se considerará aceptada la instalación de cookies de análisis si el usuario sigue navegando.", True),
    ("Cerrar este aviso o continuar utilizando el sitio supondrá aceptar las cookies de publicidad.", True),
    ("Proseguir con la visita significa que consientes las cookies de seguimiento.", True),
    ("Tras el alta, queda autorizada la cesión de sus datos a empresas colaboradoras y anunciantes.", True),
    ("Por el mero hecho de descargar la app, el usuario acepta recibir publicidad.", True),
    ("Un clic en cualquier enlace implica que aceptas las cookies de terceros.", True),
    ("Todo uso del portal significará la aceptación de cookies publicitarias.", True),
    # giving data or using in any person, clitics on the infinitive, an opening gerund, nouns of acts
    ("Al mandarnos tu teléfono, aceptas que te llamemos con ofertas comerciales.", True),
    ("Si nos indica su correo, entenderemos que acepta recibir publicidad.", True),
    ("Si entrás en nuestra tienda, aceptás las cookies de seguimiento.", True),
    ("Inscribiéndose en el curso, el alumno consiente la cesión de sus datos a socios.", True),
    ("La inscripción en el evento conlleva aceptar el envío de publicidad de patrocinadores.", True),
    ("Una vez dado de alta, se considerará que acepta las cookies de análisis.", True),
    ("Haciendo clic en «Aceptar», consientes el uso de cookies de terceros.", False),
    ("Si nos indica su correo, le avisaremos cuando el producto vuelva a estar disponible.", False),
    ("Pulsa cualquier botón para aceptar o rechazar las cookies.", False),
    ("Cuando quieras, puedes aceptar las cookies de publicidad en la configuración.", False),
    ("Tras el registro, podrás elegir si aceptas recibir publicidad.", False),
    ("Al suscribirte, aceptas recibir nuestro boletín.", False),
    ("Si te suscribes a nuestro boletín, aceptas recibir nuestros correos.", False),
])
def test_spanish_grants_tied_to_using_in_every_form(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("words", "shaming"), [
    # a kind of shipping chosen is no charge embraced
    ("No, prefiero pagar el envío estándar", False),
    ("No, prefiero pagar el envío contra reembolso", False),
    ("No, prefiero pagar el envío", True),
    # learning or growing refused needs what is learned; a bare verb answers a survey
    ("Prefiero no entrenar", False),
    ("No, no quiero mejorar mis finanzas", True),
    ("Prefiero no protegerme", True),
])
def test_spanish_paying_for_shipping(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("words", "shaming"), [
    # gift wrap is packing, a promo code a field left empty, points kept rather than spent
    ("Je ne veux pas d'emballage cadeau", False),
    ("Je continue sans code promo", False),
    ("Je ne veux pas utiliser mes points de fidélité", False),
    # a loss avoided, a screen protector sold, the trial offered refused as such
    ("Je reste sur la page pour ne rien rater", False),
    ("Je continue sans protection d'écran", False),
    ("Je continue sans l'essai gratuit", False),
    # the good itself turned down stays a decline against oneself
    ("Non merci, je ne veux pas de cadeau", True),
    ("Je refuse mon cadeau de bienvenue", True),
    ("Je préfère payer plein tarif, pas besoin de code promo", True),
    ("Non merci, je préfère rater les bonnes affaires", True),
    ("Je continue sans protection", True),
])
def test_french_checkout_options_are_not_goods_refused(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


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
    # data passed to whoever performs the service asked for; the newsletter one subscribes to
    ("En commandant, vous acceptez la transmission de votre numéro au livreur.", False),
    ("En réservant, vous acceptez que votre adresse e-mail soit transmise à l'hôtel.", False),
    ("En vous abonnant, vous acceptez de recevoir nos newsletters.", False),
    # ... while partners, ads or more than the newsletter stay bundled
    ("En commandant, vous acceptez la transmission de votre numéro à nos partenaires publicitaires.", True),
    ("En vous abonnant, vous acceptez de recevoir notre newsletter et les offres de nos partenaires.", True),
    ("En créant un compte, vous acceptez de recevoir des offres de nos partenaires.", True),
])
def test_french_grants_the_service_or_subscription_needs(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize("words", [
    "Non merci, je ne me soucie pas de mon bien-être",          # not caring
    "Non, mes économies peuvent attendre",                      # the good can wait
    "Non merci, mes rosiers peuvent dépérir",                   # harm let happen
    "Non, je n'ai pas peur des cambrioleurs",                    # a risk taken on
    "Non merci, je préfère que mon compte soit piraté",
    "Non, je ne veux pas doubler mon chiffre d'affaires",       # growth
    "Non merci, je ne veux pas d'un teint éclatant",            # looks
    "Non, je ne veux pas vivre mieux",
    "Non merci, je préfère mal dormir",
    "Non merci, je garde mes mauvaises habitudes",
    "Non, je préfère que ma boutique reste lente",
    "Non merci, je laisse mon cadeau à un autre client",
    "Non merci, je connais déjà tout",                          # made to boast
    "Non, mon chat mérite moins",
])
def test_french_declines_against_oneself_of_more_kinds(words: str) -> None:
    assert match_confirmshaming(words) is not None


@pytest.mark.parametrize("words", [
    "Non merci, ça peut attendre",
    "Je ne veux pas augmenter mon forfait",
    "Je laisse ma place à quelqu'un d'autre",
    "Non merci, je ne veux pas changer mes habitudes",
    "Je préfère la livraison standard (plus lente)",
    "Je sais ce que je fais",
])
def test_french_neutral_declines_beside_those_kinds(words: str) -> None:
    assert match_confirmshaming(words) is None


@pytest.mark.parametrize(("notice", "bundled"), [
    ("继续浏览即表示您接受我们使用必需的Cookie来维持登录状态", False),
    ("By continuing you accept our use of essential cookies to keep you signed in.", False),
    ("继续浏览即表示您接受我们使用必需的Cookie及广告Cookie", True),    # another use still counts
    ("By continuing you accept our use of essential and advertising cookies.", True),
    ("继续浏览即表示您接受我们使用Cookie", True),
])
def test_continuing_to_accept_necessary_cookies_bundles_nothing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "shames"), [
    # German precision: a good only as a word, not as the start of a compound; a preference
    # negated later in its clause; the contest is not the prize; donating or sending a gift is
    # the neutral name of what is declined
    ("Ich möchte keine Sicherheitsfragen einrichten", False),
    ("Ich will das Risiko nicht tragen", False),
    ("Nein, ich möchte keine Gewinnspiel-Teilnahme", False),
    ("Nein, ich möchte heute nicht spenden", False),
    ("Ich möchte kein Geschenk verschicken", False),
    ("Nein, ich will keine Sicherheit", True),
    ("Nein danke, ich riskiere lieber alles", True),
    ("Ich will meinen Gewinn nicht", True),
    ("Nein, ich helfe lieber nicht", True),
])
def test_german_declines_name_the_good_itself(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("words", "shames"), [
    # German declines of shapes not seen yet: boasting of plenty, not keen on a good, losing
    # weight or getting rich refused, a bad state of body embraced, living badly, mistakes made,
    # bills paid by other words, a chance given away, the last to know, staying alone
    ("Nein danke, ich habe schon genug Geld", True),
    ("Nein, ich verdiene bereits genug", True),
    ("Nein danke, Geld spielt für mich keine Rolle", True),
    ("Nö, ich stehe nicht auf Gratisproben", True),
    ("Nein, ich will gar nicht abnehmen", True),
    ("Nein danke, ich mag meine Kopfschmerzen", True),
    ("Nein, ich schlafe lieber weiter schlecht", True),
    ("Nein danke, ich mache gern Fehler", True),
    ("Nein, ich bezahle gern hohe Heizkosten", True),
    ("Nein, ich verschenke lieber meine Chance auf den Preis", True),
    ("Nein danke, ich bin gern der Letzte, der davon erfährt", True),
    ("Nein, ich bleibe lieber allein", True),
    # their neutral look-alikes
    ("Nein danke, ich habe genug", False),
    ("Ich bin Single", False),
    ("Ich bin müde", False),
    ("Ich möchte einen Fehler melden", False),
    ("Ich möchte die Adresse von Hand eingeben", False),
    ("Ich möchte die letzte Bestellung ansehen", False),
    ("Ich möchte eine schlechte Bewertung abgeben", False),
    ("Ich möchte lieber allein einkaufen", False),
])
def test_german_declines_of_unseen_shapes(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("notice", "bundled"), [
    # German: agreeing named as the condition of a box ("wenn Sie … einverstanden sind", "Sind Sie
    # … einverstanden, …") grants nothing; agreeing tied to going on still bundles
    ("Wenn Sie mit der Weitergabe Ihrer Anschrift an Partner einverstanden sind, kreuzen Sie an.",
     False),
    ("Sind Sie mit Werbeanrufen nicht einverstanden, streichen Sie diesen Absatz.", False),
    ("Wenn Sie weiter auf dieser Seite surfen, sind Sie mit der Weitergabe Ihrer Daten an Partner "
     "einverstanden.", True),
])
def test_german_agreement_as_a_condition_grants_nothing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "shames"), [
    # being into a loss, a good disparaged or postponed, the visitor's own points let go, an
    # expensive provider kept, a mess preferred
    ("Nein danke, ich stehe voll auf Aufpreise", True),
    ("Ich passe, Rabatte sind eh überbewertet", True),
    ("Nee, ich hab's nicht so mit Gutscheinen", True),
    ("Nein, meine Gesundheit kann warten", True),
    ("Nein, ich lasse meine Bonuspunkte verfallen", True),
    ("Nein danke, ich bleibe bei meinem teuren Stromtarif", True),
    ("Nein, ich mag es lieber kompliziert", True),
    # neutral look-alikes
    ("Ich stehe auf der Warteliste", False),
    ("Meine Bestellung kann warten", False),
    ("Ich möchte keine Punkte sammeln", False),
    ("Ich zahle den Versand per PayPal", False),
    ("Ich möchte die teure Variante", False),
    ("Ich möchte einen Termin, das Formular ist kompliziert", False),
])
def test_german_declines_that_disparage_or_postpone_a_good(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("notice", "bundled"), [
    # German: registering grants terms that make the visitor's profile visible to others: the
    # sharing is bundled with signing up; a confirmation e-mail or a private profile is not
    ("Mit Ihrer Registrierung stimmen Sie den Nutzungsbedingungen zu. Dabei wird Ihr Profil für "
     "alle Mitglieder sichtbar.", True),
    ("Mit Ihrer Anmeldung akzeptieren Sie die AGB. Ihr Lebenslauf wird für Unternehmen sichtbar.", True),
    ("Mit Ihrer Registrierung stimmen Sie unseren AGB zu. Wir senden Ihnen eine Bestätigung per E-Mail.",
     False),
    ("Mit Ihrer Anmeldung akzeptieren Sie die Nutzungsbedingungen. Ihr Profil ist nur für Sie sichtbar.",
     False),
])
def test_german_terms_that_make_the_profile_visible_bundle(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "shames"), [
    # a decline that speaks for the visitor's business ("wir"), in the plural of every verb
    ("Nein, wir wollen keine neuen Kunden", True),
    ("Nein danke, unser Wachstum ist uns egal", True),
    ("Nee, wir bezahlen lieber mehr", True),
    ("Nein, wir möchten keine Beratung", False),
    ("Nein, wir haben bereits einen Anbieter", False),
    ("Nein, wir melden uns später", False),
])
def test_german_declines_for_the_business(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("words", "shames"), [
    # the near future ("je vais …") commits to a loss as the simple future does
    ("Non merci, je vais louper les ventes flash", True),
    ("Non, je vais continuer à galérer avec mes factures", True),
    ("Non merci, je vais réfléchir", False),
    ("Non, je vais payer par virement", False),
    # giving up a good, no time for it, one's own future, worth no better, self-pity
    ("Non, j'abandonne mes points bonus", True),
    ("Non merci, je n'ai pas le temps d'apprendre", True),
    ("Non, je me fiche de l'avenir de ma famille", True),
    ("Non, je ne mérite rien de mieux", True),
    ("Tant pis pour moi, je reste comme ça", True),
    ("J'abandonne la saisie de mon adresse", False),
    ("Non merci, je n'ai pas le temps pour le moment", False),
    ("Non, je ne souhaite pas être contacté à l'avenir", False),
    ("Tant pis, je reviendrai", False),
    # being cheated, spam, a bad surprise, waiting, a business sinking, staying a beginner
    ("Non merci, je préfère me faire escroquer par d'autres", True),
    ("Non, j'adore les pourriels", True),
    ("Non merci, j'aime les mauvaises surprises sur ma facture", True),
    ("Non, je préfère faire la queue", True),
    ("Non merci, ma boutique peut bien sombrer", True),
    ("Non, je préfère rester novice", True),
    ("Non merci, je préfère ne pas recevoir de spam", False),
    ("Je préfère passer en caisse", False),
])
def test_french_declines_in_the_near_future_and_other_losses(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("words", "shames"), [
    # security, causes, careers, courses and apps: what French upsells make the decliner say
    ("Non merci, je n'ai rien à cacher aux cybercriminels", True),
    ("Non, je préfère laisser mes comptes à la merci de n'importe qui", True),
    ("Non, je me passerai de mes 15 % de remise", True),
    ("Non, je ne suis pas du genre à faire des économies", True),
    ("Non merci, je n'ai pas le courage de progresser", True),
    ("Non merci, la planète, je m'en fiche", True),
    ("Non merci, ma carrière n'est pas une priorité, je préfère stagner", True),
    ("Non, je préfère une appli lente", True),
    ("Non merci, je préfère voir des pubs intrusives", True),
    ("Non, mes clients peuvent bien aller voir ailleurs", True),
    # neutral look-alikes of those classes
    ("Non merci, je n'ai rien à ajouter", False),
    ("Non merci, je me passerai de l'emballage", False),
    ("Non, je ne suis pas du genre à m'abonner à des listes", False),
    ("Non, je ne suis pas intéressé par une carrière dans la vente", False),
    ("Non merci, je préfère l'offre limitée à un mois", False),
    ("Je préfère la livraison économique, même plus lente", False),
    ("Non merci, je préfère voir des publicités non personnalisées", False),
])
def test_french_declines_of_upsells_for_security_causes_careers_and_apps(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("words", "shames"), [
    # a decline opening with an infinitive speaks as the visitor ("Non, continuer à …")
    ("Non merci, continuer à payer des frais de port", True),
    ("Non, rester mal équipé", True),
    ("Non, continuer sans compte", False),
    ("Non merci, continuer sans code de bienvenue ni remise", False),
    ("Non merci, garder mes préférences actuelles", False),
    # a loss not minded, chance trusted, too much money, "not my thing", missing out now
    ("Non, ça ne me dérange pas de payer plus cher", True),
    ("Non merci, je m'en remets au hasard pour ma sécurité", True),
    ("Non merci, j'ai déjà trop d'argent", True),
    ("Non, les bons plans, ce n'est pas mon truc", True),
    ("Non, tant pis, je passe à côté des ventes privées", True),
    ("Ce n'est pas mon truc, merci", False),
    ("Non merci, ça ne me dérange pas d'attendre", False),
])
def test_french_infinitive_declines_and_losses_not_minded(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("notice", "bundled"), [
    # Spanish: a subscription or a sharing that happens by itself after another act, signing up
    # named with "si", the form's sending as a noun, a further grant beside a consent act, and
    # "comercial" in the singular; the plain offer and the service's own messages stay plain
    ("Al bajarte el catálogo, te apuntas automáticamente a nuestras ofertas.", True),
    ("Si te registras, quedarás inscrito en nuestra lista de promociones.", True),
    ("Al entrar con tu cuenta de Google, compartes tu correo con nuestras marcas asociadas "
     "y anunciantes.", True),
    ("El envío de esta solicitud implica tu aceptación de recibir información comercial.", True),
    ("Al activar las alertas, también consientes que te enviemos publicidad de terceros.", True),
    ("Suscríbete y recibirás un cupón y nuestras ofertas cada semana.", False),
    ("Te suscribes a nuestro boletín: podrás darte de baja cuando quieras.", False),
    ("Si te registras, podrás seguir tus pedidos y recibirás su factura.", False),
    ("El envío del formulario no implica la aceptación de comunicaciones comerciales.", False),
])
def test_spanish_subscribed_or_shared_by_another_act_bundles(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "shames"), [
    # Spanish: the first-person future commits the speaker to a loss; the visitor's own good
    # made light of; the know-it-all; hacked, in pain, dull-skinned, without the skill, slow;
    # protected, private, an audience, a better world turned down. Neutral look-alikes: a
    # future without a loss, a parcel that can wait, a loss NOT wanted, a plan one is fine with
    ("No, gracias, desperdiciaré el cupón", True),
    ("Nah, perderé la oferta de lanzamiento", True),
    ("No, mi salud no es tan importante", True),
    ("No, mi empresa puede esperar", True),
    ("No, que se pierdan mis puntos", True),
    ("No gracias, me lo sé todo", True),
    ("No, prefiero que me estafen", True),
    ("No, gracias, prefiero seguir con molestias", True),
    ("No, estoy bien con mi pelo sin brillo", True),
    ("No, prefiero seguir sin entender mis finanzas", True),
    ("No, dejaré que mi web siga lenta", True),
    ("No quiero que mi familia esté a salvo", True),
    ("No, no me interesa conseguir más suscriptores", True),
    ("No, no quiero marcar la diferencia", True),
    ("Rechazo mis puntos de bienvenida", True),
    ("No, volveré más tarde", False),
    ("No, lo decidiré después", False),
    ("No, mi paquete puede esperar", False),
    ("No quiero perderme nada, suscríbeme", False),
    ("No, estoy bien con mi tarifa actual", False),
    ("Rechazo la propuesta", False),
    ("Ya sé cómo funciona", False),
    ("No quiero spam", False),
])
def test_spanish_declines_that_commit_to_a_loss_or_belittle_a_good(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("notice", "bundled"), [
    # Spanish: "también aceptas" bundles only a further receiving or sharing beside the consent
    # act, not the accept click's own scope; an order's tracking is no data use
    ("Al pulsar «Aceptar», también aceptas recibir nuestra newsletter.", True),
    ("Al seleccionar «Permitir todas», también aceptas las cookies de medición.", False),
    ("Al confirmar el pedido, recibirás el seguimiento del envío por correo.", False),
    ("Al navegar por la web, aceptas el seguimiento de tu actividad con fines publicitarios.", True),
])
def test_spanish_further_grants_and_order_tracking(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "shames"), [
    # Spanish: what is left to its fate, mock wealth, being robbed or disorganised, living badly,
    # last to know, failing, bad habits, a high price; happiness, looks, a job, fluency and new
    # people as goods. Neutral look-alikes: a job offer declined, a subscription paused, a plan
    # kept, friends not invited, a price said to be high
    ("No, mis mascotas pueden sufrir", True),
    ("No, que me gane la competencia", True),
    ("No gracias, el tiempo me sobra", True),
    ("No, no me importa que me roben la bici", True),
    ("No, prefiero seguir caótico", True),
    ("No, prefiero seguir comiendo mal", True),
    ("No, prefiero ser la última en saberlo", True),
    ("No, prefiero mis malas costumbres", True),
    ("No, no quiero estar radiante", True),
    ("No, paso de hacer amigos", True),
    ("No, gracias, no quiero un trabajo mejor", True),
    ("No me interesa este empleo", False),
    ("No, prefiero suspender mi suscripción", False),
    ("No quiero invitar a mis amigos", False),
    ("No, gracias, el precio es alto para mí", False),
    ("No, me quedo con mi tarifa", False),
])
def test_spanish_declines_that_abandon_a_good_or_embrace_a_bad_state(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("notice", "bundled"), [
    # Spanish: an act named by its infinitive or noun whose consequence is a subscription, a
    # transfer or an authorisation; users in the third person; data "cedidos", sponsors, news,
    # a mailing list. Subscribing itself, terms and plain notices stay plain
    ("Finalizar el pedido conlleva tu alta en el boletín de ofertas.", True),
    ("Rellenar la encuesta supone la cesión de sus respuestas a nuestros anunciantes.", True),
    ("Solicitar el catálogo equivale a autorizar el envío de publicidad.", True),
    ("Con el envío de sus datos, los participantes aceptan recibir novedades de la marca.", True),
    ("Al canjear el cupón, autorizas que tus datos sean cedidos a empresas patrocinadoras.", True),
    ("Suscribirte implica el alta en nuestra lista de correo.", False),
    ("Realizar la reserva supone aceptar las condiciones de cancelación.", False),
    ("Con el envío de tus datos, aceptas la política de privacidad.", False),
    ("Puedes leer nuestras novedades en el blog.", False),
])
def test_spanish_acts_that_entail_a_subscription_or_transfer(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "shames"), [
    # Spanish: someone else will do the good, trusting to luck, a device left to break, "lo
    # mío" speaking for the visitor, being comfortable in a bad state, a slow or weak option,
    # indifference, settling for little; credentials and standing out as goods. Neutral
    # look-alikes: a technician asked to fix it, a house that can wait, starting small
    ("No, que lo pague otro", True),
    ("No, que los demás se encarguen", True),
    ("No, mi portátil puede estropearse", True),
    ("No, gracias, donar no es lo mío", True),
    ("No, estoy a gusto siendo del montón", True),
    ("No, me encantan las contraseñas débiles", True),
    ("No, prefiero la conexión lenta", True),
    ("No, prefiero mirar para otro lado", True),
    ("No, me conformo con poco", True),
    ("No, no quiero sobresalir en mi sector", True),
    ("No, que lo arregle el técnico", False),
    ("No, mi casa puede esperar a la primavera", False),
    ("No, prefiero empezar con poco", False),
    ("Prefiero pagar lo mínimo", False),
    ("No, estoy a gusto con mi plan", False),
])
def test_spanish_declines_that_leave_the_good_to_others_or_to_luck(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("words", "shames"), [
    # German declines of shapes round 4 added: money out of the window, others left in the lurch,
    # a good dismissed as fit for others, indifference to a threat, protection in a compound,
    # staying a beginner or stressed, a job taking forever, penalty fees, buying twice, looking old,
    # a good made unimportant or pointless, done unwillingly, not cared for, learning nothing,
    # keeping up, one's own future, people in need, watching others win, ignoring warnings
    ("Nein danke, ich schmeiße mein Geld lieber zum Fenster raus", True),
    ("Nein, ich lasse meine Kunden lieber im Stich", True),
    ("Nein, Weiterbildung ist was für Streber", True),
    ("Viren sind mir doch egal", True),
    ("Nein, ich brauche keinen Diebstahlschutz", True),
    ("Nein danke, ich bleibe für immer Amateur", True),
    ("Lieber bleibe ich total gestresst", True),
    ("Nein, ich tippe lieber alles ab, auch wenn es Ewigkeiten dauert", True),
    ("Ich zahle gern Mahngebühren", True),
    ("Nein, ich bezahle lieber doppelt", True),
    ("Nein danke, ich will lieber alt aussehen", True),
    ("Nein, mein Erfolg ist eher Nebensache", True),
    ("Ich sehe keinen Sinn darin, gesünder zu leben", True),
    ("Nein, ich helfe ungern", True),
    ("Nein, ich kümmere mich lieber nicht um meinen Schutz", True),
    ("Nein, ich habe keine Lust, besser zu werden", True),
    ("Nein, ich lerne lieber nichts Neues", True),
    ("Nein, ich muss nicht mitreden können", False),   # no refusing verb of wanting: stays neutral
    ("Nein, ich will nicht mithalten", True),
    ("Nein, unsere Zukunft ist mir egal", True),
    ("Nein, mir sind Menschen in Not gleichgültig", True),
    ("Nein, ich schaue lieber zu, wie andere sparen", True),
    ("Nein, ich ignoriere lieber alle Warnsignale", True),
    ("Nein, ich mache lieber weiter Überstunden", True),
])
def test_german_declines_of_round_four_shapes(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize("words", [
    # neutral look-alikes beside the round-4 classes: a checkout step without a voucher, a level
    # question, a request for help, a refused ending or change, how a cost is paid, a date in the
    # future, a hint ignored, a history book, a mood without staying in it, a protection filter
    "Ich möchte ohne Gutschein fortfahren",
    "Ich möchte ohne Rabattcode weiter zur Kasse",
    "Ich bin Anfänger und suche den Grundkurs",
    "Ich bin überfordert, bitte rufen Sie mich an",
    "Ich bin mittelmäßig zufrieden",
    "Nein, ich möchte den Virenschutz nicht deaktivieren",
    "Nein, ich möchte das Angebot nicht verlängern",
    "Ich bezahle die Versandkosten selbst",
    "Nein, ich möchte in Zukunft nicht mehr gefragt werden",
    "Ich ignoriere diesen Hinweis",
    "Ich möchte Warnungen per App erhalten",
    "Ich möchte ein Buch über das Mittelalter",
    "Ich möchte veraltete Einträge löschen",
    "Ich möchte meine Überstunden erfassen",
    "Ich möchte Ärger mit der Lieferung melden",
    "Nein danke, ich warte lieber auf die Reparatur",
    "Ich brauche keinen Kinderschutz-Filter",
    "Ich sehe keinen Sinn in diesem Formular",
    "Ich telefoniere nicht gern",
    "Ich bleibe stehen",
    "Nein danke, ich brauche keine Hilfe",
    "Ich bleibe bei meiner aktuellen Version",
])
def test_german_neutral_declines_beside_round_four_shapes(words: str) -> None:
    assert match_confirmshaming(words) is None


@pytest.mark.parametrize(("words", "shames"), [
    # German: an offer is a good only when the decline praises it; a bare "keine Angebote" declines
    # a mailing (as "newsletter" does), and so does "kein Interesse an weiteren Angeboten"
    ("Nein, ich will auf diese unschlagbaren Angebote verzichten", True),
    ("Nein danke, ich verzichte auf das Spitzenangebot", True),
    ("Nein danke, ich möchte keine Angebote", False),
    ("Nein, ich habe kein Interesse an weiteren Angeboten", False),
    ("Ich möchte keine Sonderangebote per Post", False),
    ("Nein, ich bin nicht an Angeboten interessiert", False),
    # indifference to one's own body, family, privacy or money (not to an order of things), denying
    # oneself, not interested in a good, buying dear, money pulled from one's pocket, traffic jams,
    # skin, profiting
    ("Nein, unsere Altersvorsorge ist uns schnuppe", True),
    ("Mir ist meine Privatsphäre völlig egal", True),
    ("Nein, mir ist die Farbe egal", False),
    ("Nein danke, ich gönne mir keine Pause vom Stress", True),
    ("Nein, ich bin nicht am Sparen interessiert", True),
    ("Ich shoppe lieber weiter teuer ein", True),
    ("Nein, ich lasse mir gern das Geld aus der Tasche ziehen", True),
    ("Nein danke, ich stehe lieber weiter im Stau", True),
    ("Nein, ich brauche keine reine Haut", True),
    ("Nein danke, ich will nicht vom Bonusprogramm profitieren", True),
    ("Ich möchte meine Daten nicht teilen", False),
    ("Nein, ich möchte meine Privatsphäre schützen", False),
])
def test_german_offers_praised_and_own_goods_neglected(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("words", "shames"), [
    # German declines written as an infinitive phrase (no "ich"): the visitor's own act, shaming
    # when it gives up a good or takes on a loss; "… wird überbewertet" said of a good
    ("Nein, auf den Treuerabatt verzichten", True),
    ("Nein danke, zum Normalpreis einkaufen", True),
    ("Nein danke, weiter schutzlos bleiben", True),
    ("Danke, Porto selbst bezahlen", False),   # how a cost is paid, not paying more
    ("Nein danke, Zeit verschwenden", True),
    ("Gesundheit wird total überbewertet", True),
    # neutral infinitive declines
    ("Risiko akzeptieren und fortfahren", False),
    ("Auf Cookies verzichten", False),
    ("Auf personalisierte Inhalte verzichten", False),
    ("Später bezahlen", False),
    ("Nein danke, lieber später kaufen", False),
    ("Nein, eingeloggt bleiben", False),
    ("Ohne Rabattcode bestellen", False),
    ("Nein, keine Zinsen zahlen", False),
])
def test_german_infinitive_declines(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("words", "shames"), [
    # German: left out, empty-handed, fleeced, enjoying a loss, plenty of followers, education,
    # belonging, a dear shop
    ("Nein danke, ich bleibe gern Außenseiter", True),
    ("Nein, ich will lieber leer ausgehen", True),
    ("Nein danke, ich gucke gern in die Röhre", True),
    ("Nein, ich lasse mich gern übers Ohr hauen", True),
    ("Ich freue mich auf teure Rechnungen", True),
    ("Nein, wir haben schon genug Kunden", True),   # the business speaking, as "wir"
    ("Nein danke, ich habe genug Aufträge", True),
    ("Nein, Bildung ist nichts für mich", True),
    ("Nein, ich bleibe lieber bei meinem teuren Laden", True),
    # neutral look-alikes
    ("Ich freue mich auf Ihre Antwort", False),
    ("Ich habe Spaß an Kreuzworträtseln", False),
    ("Nein danke, ich habe schon genug Newsletter", False),
    ("Ich lasse das Feld leer", False),
    ("Ich möchte nicht beitreten", False),
])
def test_german_left_out_and_fleeced(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("words", "shames"), [
    # German: a label acknowledging the cost of the visitor's own choice mocks nobody
    ("Ich habe verstanden, dass ich meinen Treuebonus verliere", False),
    ("Mir ist bewusst, dass ich damit alle Vorteile verliere", False),
    ("Ich bestätige, dass mein Guthaben verloren geht", False),
    ("Ich möchte mein Profil endgültig löschen und alle Fotos verlieren", False),
    # the same losses said as a preference still shame
    ("Nein danke, ich verliere lieber meinen Treuebonus", True),
    ("Ich möchte lieber alle Vorteile verlieren", True),
])
def test_german_acknowledged_consequences_do_not_shame(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("notice", "bundled"), [
    # German: subscribing to the newsletter is the consent to receive it; tying partners or
    # tracking to the subscription still bundles
    ("Beim Abonnieren erklären Sie sich einverstanden, unseren Newsletter per E-Mail zu erhalten.", False),
    ("Mit Ihrer Eintragung in unseren Newsletter willigen Sie in den Erhalt von E-Mails ein.", False),
    ("Mit Ihrer Anmeldung zum Newsletter stimmen Sie zu, dass wir Ihre Adresse an Dritte weitergeben.", True),
    ("Beim Abonnieren willigen Sie zusätzlich in Tracking-Cookies ein.", True),
    ("Mit der Teilnahme am Gewinnspiel stimmen Sie dem Erhalt unseres Newsletters zu.", True),
])
def test_german_subscribing_is_the_newsletter_consent(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # German: the newsletter named in any inflection ("unseres Newsletters"); a click on a quoted
    # subscribe button is the newsletter consent itself unless more is tied to it
    ("Mit der Registrierung für das Webinar stimmen Sie dem Versand unseres Newsletters zu.", True),
    ("Durch Klicken auf „Jetzt abonnieren“ stimmen Sie dem Erhalt unseres Newsletters zu.", False),
    ("Mit Klick auf „Anmelden“ willigen Sie ein, dass wir Ihre E-Mail-Adresse an Partner weitergeben.", True),
])
def test_german_newsletter_inflected_and_subscribe_click(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "shames"), [
    # German: settling for a loss ("mir reicht …", "… verträgt mehr …"), a need in the third
    # person ("mein Hund braucht kein …"), exposure resigned to, good deeds left to others,
    # never learning, staying with the old, lagging behind, a guarantee or head start, withering
    ("Nein, mir genügt der langsame Tarif", True),
    ("Nein, unser Budget verträgt noch mehr Kosten", True),
    ("Nein, meine Katze braucht kein gesundes Futter", True),
    ("Nein, mein Profil darf ruhig die ganze Welt sehen", True),
    ("Nein, sollen doch die anderen spenden", True),
    ("Nein danke, ich lerne lieber niemals dazu", True),
    ("Nein danke, ich bleibe für immer beim Alten", True),
    ("Nein, wir laufen lieber der Konkurrenz hinterher", True),
    ("Nein, ich bestelle lieber ohne Garantie", True),
    ("Nein danke, ich brauche keinen Vorsprung", True),
    ("Nein, ich lasse den Garten lieber verwelken", True),
    # neutral look-alikes
    ("Mir reicht die Basisversion", False),
    ("Mein Konto verträgt keine Überziehung", False),
    ("Nein, mein Kind braucht keine Nachhilfe", False),
    ("Ich möchte auf Ihr Angebot eingehen", False),
    ("Nein, ich möchte lieber nie wieder gefragt werden", False),
    ("Nein danke, ich brauche keine Garantieverlängerung", False),
    ("Wir erheben keine Gebühren", False),
])
def test_german_settling_for_less_and_third_person_needs(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("notice", "bundled"), [
    # German: a permission denied ("nicht erlaubt", "nicht gestattet") grants nothing
    ("Werbung ist in Kommentaren nicht gestattet.", False),
    ("Die Weitergabe an Dritte ist ohne Ihre Zustimmung nicht zulässig.", False),
    ("Mit der Nutzung dieser Website erlauben Sie uns die Weitergabe Ihrer Daten an Partner.", True),
])
def test_german_a_denied_permission_grants_nothing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # German: a grant refused ("keine … akzeptieren", "nicht zustimmen") grants nothing
    ("Ich möchte keine Marketing-Cookies akzeptieren", False),
    ("Ich will der Weitergabe an Partner nicht zustimmen", False),
    ("Mit der Nutzung unserer App akzeptieren Sie Tracking-Cookies.", True),
])
def test_german_a_refused_grant_grants_nothing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "shames"), [
    # German: bills rising, a sum renounced, no time for a good, paying too much for something,
    # drudgery, money left to the bank, a dearer way in any inflection
    ("Nein, ich freue mich, wenn die Beiträge steigen", True),
    ("Nein danke, ich verzichte auf 200 Euro Prämie", True),
    ("Nein, ich habe keine Zeit für meine Weiterbildung", True),
    ("Nein, ich zahle lieber zu viel für meine Versicherung", True),
    ("Nein danke, ich erledige lieber weiter den Papierkram", True),
    ("Nein, ich lasse meine Zinsen lieber der Bank", True),
    ("Nein danke, ich wähle lieber den teureren Tarif", True),
    # neutral look-alikes
    ("Nein danke, ich habe keine Zeit", False),
    ("Ich habe keine Zeit für Umfragen", False),
    ("Nein, ich möchte weiterhin per Rechnung bezahlen", False),
    ("Nein, ich verzichte auf die Papierrechnung", False),
    ("Ich möchte Geld schenken", False),
])
def test_german_bills_sums_and_drudgery(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("sentence", "bundled"), [
    # details handed to whoever delivers or pays the visitor's own order: the service itself
    ("确认付款即表示您同意我们将您的地址提供给物流公司以便送货。", False),
    ("下单即视为您同意我们把订单金额提供给支付机构完成扣款。", False),
    # handed to anyone else for their own ends: bundled
    ("下单即视为您同意我们把您的地址提供给合作品牌用于推广。", True),
    ("确认付款即表示您同意我们将您的订单信息提供给第三方。", True),
])
def test_chinese_details_for_the_carrier_or_payment_are_the_service(sentence: str, bundled: bool) -> None:
    assert (match_bundled_sentence(sentence) is not None) is bundled


@pytest.mark.parametrize(("decline", "shaming"), [
    # refusing to help children or animals in need, welcoming malware: guilt trips
    ("不了，我不愿意帮助有需要的家庭", True),
    ("我不想资助流浪狗", True),
    ("我宁愿让木马偷走我的资料", True),
    # a reminder, or THIS offer, declined names what is declined
    ("我不需要账户安全提示", False),
    ("我不想要此项福利，谢谢", False),
    ("我不需要该服务", False),
    ("我不需要帮助", False),
])
def test_chinese_helping_malware_and_named_offers(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming


@pytest.mark.parametrize(("sentence", "bundled"), [
    # a consent panel's own save button or a service's switch is the consent itself
    ("点击“确认我的选择”即表示您同意启用所选的Cookie类别。", False),
    ("开启该服务即表示您同意Google地图设置Cookie。", False),
    ("点击“保存”即表示您同意我们按您的选择使用Cookie。", False),
    ("继续浏览即表示您同意我们根据您的偏好向您推送广告。", True),
    ("继续浏览即表示您同意我们根据您的设置向您展示个性化推荐。", True),
    # the credit check of the loan applied for is the service
    ("提交即表示您授权我们查询征信以审批您的借款申请。", False),
    # unrelated actions still bundle
    ("点击“保存资料”即表示您同意我们与合作伙伴共享您的资料。", True),
    ("提交即表示您授权我们查询您的征信并提供给合作机构。", True),
])
def test_chinese_consent_panel_controls_and_applied_for_credit_check(sentence: str, bundled: bool) -> None:
    assert (match_bundled_sentence(sentence) is not None) is bundled


@pytest.mark.parametrize(("decline", "shaming"), [
    # a loss refused, or a preference negated, is prudence: no guilt trip
    ("我不想冒风险，带我回到安全区", False),
    ("我不喜欢折腾，跳过设置向导", False),
    ("我不愿意吃亏，返回", False),
    # a good refused or a loss embraced still is one
    ("我不想要安全保障，继续", True),
    ("我喜欢折腾，不用向导", True),
    ("我不想被保护", True),
])
def test_chinese_a_loss_refused_or_a_negated_preference_is_prudence(decline: str, shaming: bool) -> None:
    assert (match_confirmshaming(decline) is not None) is shaming
