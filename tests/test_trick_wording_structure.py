"""trick-wording by structure: what a box instruction's negations add up to.

Sentences written here (not the real set) to pin each mechanism: a verb of losing out counts as
a negation only where a box's meaning hangs on it; a complement clause after a comma belongs to
the verb it completes; renouncing or refusing is itself a negation.
"""

from __future__ import annotations

import pytest

from consentinel.lexicon.wording import match_trick_wording


@pytest.mark.parametrize("text", [
    "Tick this box if you do not want to miss our offers.",
    "Setzen Sie keinen Haken, wenn Sie keine Angebote verpassen möchten.",
    "Marque la casilla si no quiere perderse nuestras ofertas.",
    "Cochez cette case si vous ne voulez pas manquer nos offres.",
    "如果您不想错过优惠信息，请勾选此框。",
])
def test_not_missing_out_in_a_box_instruction_is_a_double_negative(text: str) -> None:
    assert match_trick_wording(text) is not None


@pytest.mark.parametrize("text", [
    "Don't miss our offers: subscribe to the newsletter.",
    "Verpassen Sie keine Angebote mehr mit unserem Newsletter.",
    "No te pierdas nuestras ofertas: suscríbete al boletín.",
    "Ne manquez pas nos offres : abonnez-vous à la newsletter.",
    "不要错过我们的优惠信息，立即订阅。",
])
def test_not_missing_out_without_a_box_is_a_slogan(text: str) -> None:
    assert match_trick_wording(text) is None


def test_a_complement_clause_is_counted_with_the_verb_it_completes() -> None:
    found = match_trick_wording("Ich möchte nicht, dass Sie mir keine Angebote senden.")
    assert found is not None and found.rule == "double-negative"
    assert match_trick_wording(
        "Wenn Sie nicht möchten, dass wir Ihnen Angebote senden, schreiben Sie uns.") is None


@pytest.mark.parametrize(("text", "trick"), [
    ("No quiero renunciar a recibir ofertas de socios.", True),
    ("Puede renunciar a recibir ofertas en cualquier momento.", False),
    ("I do not wish to decline offers from our partners.", True),
    ("You can decline offers from our partners at any time.", False),
])
def test_renouncing_or_refusing_is_a_negation(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize("text", [
    "If you would rather not get our catalogue, tick here.",
    "Wenn Sie keine Gutscheine per SMS bekommen möchten, bitte hier anhaken.",
    "Si usted no desea recibir nuestro boletín, márquelo.",
    "Si vous ne souhaitez plus recevoir nos courriels, cochez ici.",
    "若您不愿意接收短信通知，请在此处打勾。",
    # the consent itself is the subject; a verb-first condition; the paper form's strike
    "Hier ankreuzen, falls keine Zustimmung erteilt wird.",
    "Wünschen Sie keine Werbung per Post, streichen Sie diesen Absatz.",
    # Spanish: "in case"/"unless" conditions, usted and voseo imperatives, Latin American verbs,
    # the refusal as a noun, data made public or passed on
    "En caso de que prefiera no recibir nuestras promociones, seleccione esta casilla.",
    "Le enviaremos ofertas salvo que marque la casilla de abajo indicando que no las desea.",
    "Tildá esta casilla si no querés recibir novedades por correo.",
    "Si desea manifestar su oposición al tratamiento de sus datos, señale esta casilla.",
    "Palomee el recuadro si no autoriza la transferencia de sus datos.",
    "Marque si no desea que publiquemos su nombre en la lista de ganadores.",
    # every person and politeness form of the tick verbs and of wanting, other conditionals
    "Márquela siempre que no quisiera recibir ofertas de terceros.",
    "A no ser que le interese recibir nuestras ofertas, haga clic en la casilla.",
    "Chequee esta opción cuando no consienta la cesión de sus datos a terceros.",
    "Activad esta opción si no queréis recibir nuestro boletín.",
    "Si se opone al envío de publicidad, tilde aquí.",
])
def test_a_box_set_under_a_refusing_condition_is_tick_to_refuse(text: str) -> None:
    found = match_trick_wording(text)
    assert found is not None


@pytest.mark.parametrize("text", [
    "If you would rather not get our catalogue, untick here.",                 # unticking refuses
    "Tick here to stop getting our catalogue.",                                 # refusal as purpose
    "Tick here if you have no loyalty card; offers come by post.",              # nothing refused
    "Tick here so that you never miss an offer from our shop.",                 # no condition
    "Si usted no desea recibir nuestro boletín, desmárquelo.",
    "Wenn Sie keine Gutscheine möchten, entfernen Sie das Häkchen.",
    "若您不愿意接收短信通知，请取消勾选。",
    "En caso de que no tenga número de cliente, marque esta casilla.",        # nothing refused
    "En caso de no querer recibir información, escríbanos a baja@ejemplo.com.",  # no box
    "Si desea manifestar su oposición, escríbanos a privacidad@ejemplo.com.",
    "Desmarque la casilla si no desea que publiquemos su nombre.",
    "Su negativa no será motivo para negarle el servicio.",
    "Destildá la casilla si no te gustaría recibir ofertas.",                  # unticking refuses
    "Haga clic en la casilla para recibir ofertas cuando haya novedades.",      # nothing refused
])
def test_unticking_to_refuse_or_a_purpose_is_not_tick_to_refuse(text: str) -> None:
    found = match_trick_wording(text)
    assert found is None or found.rule != "tick-to-refuse"


def test_the_condition_may_come_after_the_instruction() -> None:
    found = match_trick_wording("Bitte nicht anhaken, falls Sie Werbeanrufe ablehnen.")
    assert found is not None and found.rule == "tick-to-refuse"
    assert found.phrases == ("anhaken", "ablehnen")


def test_a_box_sentence_may_name_its_subject_in_the_sentence_before() -> None:
    text = "Wir schicken Ihnen gern Angebote per Post. Wenn Sie das nicht möchten, kreuzen Sie hier an."
    found = match_trick_wording(text)
    assert found is not None and found.rule == "tick-to-refuse"
    unrelated = "Bitte geben Sie Ihre Anschrift an. Wenn Sie das nicht möchten, kreuzen Sie hier an."
    assert match_trick_wording(unrelated) is None


@pytest.mark.parametrize("text", [
    "Without ticking this box, you agree to get our partners' offers.",
    "Sans cocher cette case, vous acceptez de recevoir nos offres.",
    "Ohne Häkchen stimmen Sie der Zusendung von Angeboten zu.",
    "Si deja la casilla sin marcar, acepta recibir nuestras ofertas.",
    "No marque esta casilla si desea recibir nuestras promociones.",
    "Dejando la casilla en blanco, consiente recibir publicidad de terceros.",
    "保持不勾选即表示您同意接收营销短信。",
])
def test_a_box_left_empty_that_agrees_is_trick_wording(text: str) -> None:
    found = match_trick_wording(text)
    assert found is not None and found.rule in ("blank-box-agrees", "inverted-opt-out")


@pytest.mark.parametrize("text", [
    "Sans cocher cette case, vous ne recevrez aucune offre.",                  # empty refuses: plain
    "Leave the box unticked if you do not want our offers.",
    "Lassen Sie das Kästchen leer, wenn Sie keine Angebote erhalten möchten.",
    "如不勾选，视为不同意接收营销短信。",
])
def test_a_box_left_empty_that_refuses_is_plain(text: str) -> None:
    found = match_trick_wording(text)
    assert found is None or found.rule != "blank-box-agrees"


def test_a_clause_that_only_acts_on_the_box_is_read_with_the_next() -> None:
    found = match_trick_wording("By not ticking the box, you agree to hear from our partners.")
    assert found is not None and found.rule == "blank-box-agrees"
    assert found.phrases[0] == "not ticking"
    # the box as the MEANS of a refusal is its purpose, said plainly
    assert match_trick_wording("En cochant cette case, vous refusez nos offres.") is None


@pytest.mark.parametrize(("text", "trick"), [
    ("Rechnungs-E-Mails zu Ihrem Vertrag können Sie nicht abbestellen.", False),
    ("Diese Hinweise zu Ihren Daten lassen sich nicht abbestellen.", False),
    ("Ich möchte die Angebote nicht abbestellen.", True),
])
def test_a_negation_of_what_can_be_done_is_a_fact_not_a_double_negative(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # the condition's negation is on the tick itself: the box left empty refuses, plainly
    ("Nous ne transmettrons rien à nos partenaires si vous ne cochez pas la case ci-dessous.", False),
    ("Si vous ne désirez pas de prospection par SMS, cochez ici.", True),
])
def test_if_you_do_not_tick_is_a_blank_box_not_a_refusing_condition(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # "unless" negates its condition; a preference not to; marketing by other names; exclusion
    ("Cochez la case sauf si vous désirez nos nouveautés par courriel.", True),
    ("Veuillez cocher ici à moins que vous ne vouliez recevoir notre catalogue.", True),
    ("Au cas où vous préféreriez ne pas être sollicité, cochez ici.", True),
    ("Si vous voulez être exclu de nos envois commerciaux, cochez la case.", True),
    ("Cochez si vous souhaitez recevoir nos envois commerciaux.", False),
    ("Décochez la case si vous préférez ne pas recevoir notre catalogue.", False),
    ("Pour ne rien manquer de nos nouveautés, abonnez-vous.", False),
    # every person of "s'opposer"; a wish that we not act, or that the data not go somewhere
    ("Cochez ici si vous vous opposez à recevoir nos SMS.", True),
    ("Si vous aimeriez mieux qu'on ne vous appelle plus, cochez la case.", True),
    ("Cochez la case si vos informations ne doivent pas être cédées à des tiers.", True),
    ("Cochez cette case si nous ne vous avons pas encore appelé au sujet de nos offres.", False),
    ("Cochez si vos données ne sont pas à jour.", False),
])
def test_french_conditions_of_every_kind_decide_what_a_tick_does(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # German: every form of setting a box, every kind of condition, every person of wanting
    ("Setzen Sie hier ein Häkchen, falls Sie keine Werbepost wünschen.", True),
    ("Schalten Sie die Option ein, sofern Sie nicht kontaktiert werden möchten.", True),
    ("Sollten Sie keine Zusendungen per Post wünschen, kreuzen Sie bitte hier an.", True),
    ("Möchtet ihr keine Infos per SMS, dann kreuzt hier an.", True),
    ("Bleibt das Kästchen nicht angehakt, erhalten Sie unsere Angebote per Post.", True),
    ("Wir nutzen Analyse-Cookies. Möchtet ihr dem widersprechen?", True),
    ("Setzen Sie ein Häkchen, wenn Sie unseren Newsletter erhalten möchten.", False),
    ("Entfernen Sie das Häkchen, falls Sie keine Werbepost wünschen.", False),
    ("Möchtet ihr unseren Newsletter erhalten?", False),
    # separable tick verbs, stopping as a refusal, the du-form of leaving a box empty
    ("Hake das Kästchen an, falls du keine Werbung per E-Mail willst.", True),
    ("Wenn du aufhören möchtest, unseren Newsletter zu erhalten, klicke das Kästchen an.", True),
    ("Lass das Feld leer, wenn du unsere Angebote per SMS bekommen möchtest.", True),
    ("Hake das Kästchen an, wenn du unseren Newsletter willst.", False),
    ("Lass das Feld leer, wenn du keine Angebote per SMS möchtest.", False),
    # the wish comes last in a German clause, however far from its negation
    ("Kreuzen Sie hier an, wenn Sie keine Infos über unsere Angebote per E-Mail erhalten möchten.", True),
    ("Kreuzen Sie hier an, wenn Sie Informationen über unsere Angebote per E-Mail erhalten möchten.", False),
    ("Entfernen Sie den Haken, wenn Sie keine Infos über Angebote per E-Mail erhalten möchten.", False),
])
def test_german_tick_verbs_conditions_and_persons(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # the refusal as a noun after any form of its verb (e→ie) or a synonym: silence grants
    ("Si no nos comunica su oposición, entenderemos que acepta recibir publicidad.", True),
    ("Si usted no manifiesta su desacuerdo, cederemos sus datos a nuestros socios.", True),
    ("Puede expresar su oposición a la publicidad escribiendo a privacidad@ejemplo.com.", False),
    # a negation inside the condition does not double the one on the main verb
    ("No conteste si no quiere recibir nuestras ofertas.", False),
    ("No deseo no recibir ofertas de nuestros socios.", True),
])
def test_spanish_refusal_nouns_and_negations_across_a_condition(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


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


# Chinese parity: the other conditionals (要是, 万一, 假使, 若是), the other ways of setting a box
# or a switch (打钩, 打√, 点选, 开启此开关), and every way of leaving it empty (没有勾选, 不打勾).
@pytest.mark.parametrize(("text", "trick"), [
    ("要是您不希望收到会员促销邮件，请在下方打钩。", True),
    ("万一您不想让合作伙伴联系您，请在此打√。", True),
    ("假使您不愿意接收个性化推荐，请点选此项。", True),
    ("若是您不需要我们的营销短信，请打开下面的开关。", True),
    ("如果您没有打勾，我们将视为您愿意接收推广信息。", True),
    ("要是您希望收到会员促销邮件，请在下方打钩。", False),   # plain opt-in
    ("如您不想接收推送，请关掉这个开关。", False),             # clearing to refuse: plain opt-out
])
def test_chinese_conditionals_and_box_verbs_of_every_kind(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


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
    ("Mark the lists you do not wish to refuse, to avoid being excluded.", True),   # the visitor excluded
    ("Tick this box if you do not want prices to exclude VAT.", False),             # a price, not a person
])
def test_being_excluded_is_a_consent_topic(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # Spanish look-alikes: what is received must be a consent topic, a refusal word is none by
    # itself, a tick under a negation leaves the box empty, and a negated objection consents
    ("Marque la casilla si no desea recibir factura en papel.", False),
    ("Activa la casilla si no quieres recibir el pedido antes de las 14:00.", False),
    ("Marca la casilla si rechazas la garantía extendida.", False),
    ("Si no quieres recibir llamadas, no marques la casilla.", False),
    ("Marque la casilla si no se opone al envío de publicidad.", False),
    ("El registro implica aceptar el tratamiento para la cuenta y, si no te opones, para publicidad.", False),
    ("Marque la casilla si no desea recibir comunicaciones comerciales.", True),
    ("Marca esta casilla si no deseas recibir nuestras alertas.", True),
    ("Marca la casilla si rechazas que cedamos tus datos a terceros.", True),
    ("No marques esta casilla si quieres recibir ofertas.", True),
    ("Marque la casilla si se opone al envío de publicidad.", True),
    # receiving had is no wish; what cannot be done refuses nothing; choosing the answer "No"
    # or a box that need not be set is no tick; a box left "sin marcar" is the plain opt-in
    ("Marca esta casilla si no has recibido ningún correo nuestro.", False),
    ("No rechazamos ningún pedido por falta de datos.", False),
    # a text field left blank is no box left empty
    ("Deja este campo en blanco si quieres usar el correo de tu cuenta.", False),
    ("Deja en blanco la casilla si quieres recibir nuestras ofertas.", True),
    ("Si la casilla queda vacía, aceptas recibir publicidad.", True),
    ("No deseo renunciar a que me envíen ofertas.", True),
    ("Señale si no ha recibido el correo electrónico de confirmación.", False),
    ("Toca la opción si no puedes recibir llamadas en horario laboral.", False),
    ("Selecciona 'No' si no deseas recibir información.", False),
    ("No es necesario marcar ninguna casilla si no quieres recibir publicidad.", False),
    ("Si no deseas recibir el boletín, deja la casilla sin marcar.", False),
    ("Marca esta casilla si no deseas recibir ofertas de nuestros socios.", True),
    ("Si prefieres no recibir nuestro boletín, señala esta casilla.", True),
    ("Tilde aquí cuando no quiera que compartamos sus datos con terceros.", True),
    ("Marque la casilla si no le interesa recibir nuestras promociones.", True),
])
def test_spanish_box_look_alikes_and_the_tricks_they_resemble(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # receiving, being called or sharing about the service asked for is no consent topic
    ("Cochez si vous ne souhaitez pas recevoir de facture papier.", False),
    ("Cochez si vous ne voulez pas être contacté par le livreur avant la livraison.", False),
    ("Cochez si vous ne souhaitez pas que l'on vous appelle pour prendre rendez-vous.", False),
    ("Cochez si vous ne voulez pas partager ce document avec votre équipe.", False),
    ("Cochez si vous ne souhaitez pas recevoir de SMS de rappel la veille de votre rendez-vous.", False),
    ("Cochez si vous ne voulez pas recevoir d'e-mail à chaque nouveau message du forum.", False),
    ("Voulez-vous arrêter le partage d'écran ?", False),
    ("Activez cette option si vous ne souhaitez pas recevoir de notifications pendant la nuit.", False),
    ("Cochez si vous ne souhaitez pas que vos informations de paiement soient enregistrées.", False),
    # what other users see is a visibility setting; a roommate is no commercial partner
    ("Sélectionnez cette option si vous ne souhaitez pas que vos contacts voient votre activité.", False),
    ("Ne cochez pas cette case si vous ne souhaitez pas de partenaire de chambre.", False),
    ("Cochez cette case si vous ne recevez pas nos e-mails correctement.", False),       # a fact, not a wish
    ("Activez cette option si vos données ne doivent pas être synchronisées entre vos appareils.", False),
    ("Activez si vous ne voulez pas être dérangé par des appels pendant la réunion.", False),
    ("Sélectionnez cette option si vous ne souhaitez pas recevoir le journal imprimé.", False),
    ("Cochez si vous souhaitez cesser de partager votre calendrier avec cette personne.", False),
    ("Ne décochez pas cette case si vous voulez recevoir la facture par e-mail.", False),
    ("Cochez si vous ne voulez pas recevoir de messages des autres membres.", False),
    ("Cochez si vous ne souhaitez pas recevoir d'appels de notre service client sur votre réclamation.",
     False),
    ("Cochez si vous ne souhaitez pas que nous partagions votre adresse avec le transporteur.", False),
    # ... while marketing stays one, even beside an order
    ("Cochez si vous ne souhaitez pas recevoir nos offres après votre commande.", True),
    ("Cochez si vous ne voulez pas recevoir le catalogue papier.", True),
    ("Cochez cette case si vous ne souhaitez pas être contacté par nos partenaires.", True),
    ("Cochez si vous ne souhaitez pas recevoir de notifications sur nos offres.", True),
    ("Cochez si vous ne souhaitez pas recevoir d'e-mails sur nos produits après votre commande.", True),
    ("Ne cochez pas cette case si vous ne souhaitez pas recevoir les offres de nos partenaires.", True),
    ("Cochez si vos coordonnées ne doivent pas être transmises à nos partenaires.", True),
    ("Ne décochez pas cette case si vous voulez recevoir nos offres par e-mail.", True),
    ("Cochez si vous ne souhaitez pas recevoir d'offres de notre service client.", True),
])
def test_french_service_messages_are_not_a_consent_topic(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # a fact not happened is no refusal: nothing arrived, so a fallback is offered
    ("如果您还没有收到短信，请勾选改用语音验证", False),
    ("若您未收到邮件，请勾选重新发送", False),
    ("如您不希望收到促销短信，请勾选此框", True),      # a wish refused: still the riddle
    # a named option says what ticking it does
    ("若您不愿别人看到您的个人信息，请勾选「仅好友可见」", False),
    ("如果您不想接收推广信息，请勾选下方方框", True),
])
def test_chinese_facts_and_named_options_are_not_tick_to_refuse(text: str, trick: bool) -> None:
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
    # being shown to other people is a profile setting, not the site's use of data
    ("Check this box if you do not want your phone number displayed to other members.", False),
    ("Tick if you don't want other users to see your newsletter subscriptions.", False),
    ("若您不希望陌生人看到您的联系方式，请勾选此框", False),
    ("如果您不想在榜单中公开您的数据，请勾选", False),
    # the site's use, or ads shown to the visitor, stays a refusal
    ("Check this box if you do not want your phone number passed to partners.", True),
    ("Tick if you don't want to be shown personalised ads.", True),
    ("若您不希望我们向您展示个性化广告，请勾选此框", True),
    ("若您不希望我们把您的联系方式提供给第三方，请勾选此框", True),
])
def test_refusing_to_be_shown_to_others_is_a_profile_setting(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # a tick forbidden under a refusal, and an empty box that loses the thing, are plain
    ("如您不想收到促销邮件，请不要勾选此框", False),
    ("未勾选则无法收到会员优惠通知", False),
    ("若您希望收到促销邮件，请不要勾选此框", True),      # the empty box agrees: still the riddle
    ("不勾选即视为同意接收促销邮件", True),
])
def test_chinese_tick_forbidden_or_empty_box_that_loses_out_is_plain(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # German precision: receiving alone is no consent topic (goods, an invoice), a negation of a
    # fact ("nicht erhalten haben", "nicht benötigen") is no refusing wish
    ("Kreuzen Sie an, wenn Sie die Ware nicht erhalten haben.", False),
    ("Bitte ankreuzen, falls Sie Ihre Bestellung nicht vollständig erhalten haben.", False),
    ("Möchten Sie keine Zeitungsbeilage erhalten, kreuzen Sie bitte hier an.", False),
    ("Markieren Sie das Feld, wenn Sie keine Rechnung per Post erhalten möchten.", False),
    ("Kreuzen Sie an, wenn Sie die Informationen nicht in Papierform benötigen.", False),
    ("Kreuzen Sie an, wenn Sie keine Post von uns erhalten möchten.", True),
    ("Bitte ankreuzen, wenn Sie keine Infos per E-Mail wünschen.", True),
    ("Sollten Sie keine Mitteilungen von uns erhalten wollen, kreuzen Sie hier an.", True),
])
def test_german_tick_to_refuse_needs_a_consent_topic_and_a_wish(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # "nicht … einverstanden" is a refusal however long the German middle field between them
    ("Setzen Sie ein Häkchen, wenn Sie nicht mit der Weitergabe Ihrer Daten an unsere Partner "
     "einverstanden sind.", True),
    ("Kreuzen Sie an, falls Sie der Nutzung Ihrer Adresse für Werbung nicht zustimmen.", True),
    ("Setzen Sie ein Häkchen, wenn Sie mit der Weitergabe Ihrer Daten an unsere Partner "
     "einverstanden sind.", False),
])
def test_german_refusal_by_disagreeing(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # "haben" first is a condition, unless it is the perfect of receiving; no interest, no mood
    # for something, refuse it
    ("Haben Sie kein Interesse an Werbung per Post, kreuzen Sie hier an.", True),
    ("Hast du keine Lust auf unseren Newsletter, dann hake das Kästchen an.", True),
    ("Haben Sie keine E-Mail erhalten, aktivieren Sie bitte die Option „Erneut senden“.", False),
    ("Entfernen Sie das Häkchen, wenn Sie kein Interesse an Werbung per Post haben.", False),
])
def test_german_no_interest_refuses_and_a_perfect_wishes_nothing(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # the unsubscribe page confirms leaving THIS list; an opt-out question about a topic is inverted
    ("Souhaitez-vous vraiment vous désabonner de cet abonnement aux actualités ?", False),
    ("Voulez-vous vous retirer de cette liste de diffusion ?", False),
    ("Souhaitez-vous vraiment désactiver la publicité personnalisée ?", False),   # confirming a choice made
    ("Souhaitez-vous désactiver les messages de cette utilisatrice ?", False),  # another user's messages
    ("Souhaitez-vous vous désabonner des offres de nos partenaires ?", True),
    ("Voulez-vous refuser les cookies publicitaires ?", True),
    ("Souhaitez-vous ne plus recevoir les messages de nos partenaires ?", True),
])
def test_french_question_confirming_the_unsubscribe_is_not_inverted(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # an organiser's setting: a wish about what happens to others or to things, naming neither
    # the visitor nor us nor any data or marketing word
    ("Cochez si vous ne souhaitez pas que les messages soient conservés après un an.", False),
    ("Ne cochez pas cette option si vous voulez que les membres reçoivent un résumé quotidien.", False),
    ("Cochez si vous ne souhaitez pas que les données soient transmises à des tiers.", True),
    ("Cochez si vous ne voulez pas que les partenaires vous contactent.", True),
    # what cannot be done is a fact, not a refusal
    ("Si cette option n'est pas cochée, les abonnés ne pourront pas se désabonner eux-mêmes.", False),
    ("Décochez si vous ne souhaitez pas ne plus recevoir nos offres.", True),
    # people described by a participle are not the visitor refusing
    ("Si vous cochez cette case, les e-mails de relance ne seront pas envoyés aux participants désinscrits.",
     False),
    # tickets and bookings sent are the service itself
    ("Si vous ne voulez pas que nous envoyions vos e-billets par courriel, cochez « Retrait au guichet ».",
     False),
    # a receipt or an invoice with its qualifier ("fiscal", "mensuelle") is still the service
    ("Cochez si vous ne voulez pas recevoir votre reçu fiscal par courriel.", False),
    ("Cochez si vous ne voulez pas recevoir votre facture détaillée avec nos offres du mois.", True),
    # the organiser writing about the event booked is the service; the organiser's offers are not
    ("Cochez si vous ne voulez pas être appelé par l'organisatrice au sujet de votre inscription.", False),
    ("Cochez si vous ne voulez pas recevoir les promotions de l'organisateur.", True),
    # stopping a thing is no refusal; stopping doing something, or the sharing, is
    ("Voulez-vous arrêter l'enquête de satisfaction par e-mail en cours ?", False),
    ("Voulez-vous arrêter de recevoir nos offres ?", True),
    ("Souhaitez-vous cesser le partage de vos données avec nos partenaires ?", True),
])
def test_french_organiser_settings_facts_and_the_service_are_not_tricks(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # Spanish: the answer "No" named as the option to set is no negation, so "Seleccione No para
    # evitar…" holds one refusal, not two; "elegir no recibir" (an infinitive after it) negates
    ("Ponga esta opción en No para evitar recibir nuestras comunicaciones.", False),
    ("Responda «No» si desea dejar de recibir el boletín.", False),
    ("Elija No para no recibir avisos de novedades por correo.", False),
    ("Para dejar de recibir nuestros avisos, configure la opción como No.", False),
    ("No deseo no recibir sus ofertas comerciales.", True),
    ("Marque la opción No si no quiere dejar de recibir nuestro boletín.", True),
])
def test_spanish_answer_named_no_is_not_a_negation(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # Spanish: refusing to APPEAR to other members is a profile setting; visibility to partners
    # or advertisers is data sharing and stays a trick when ticking refuses it
    ("Si no quiere que su correo electrónico figure en el directorio de miembros, marque Sí.", False),
    ("Marca esta casilla si no quieres que otros usuarios vean tu nombre junto a tus mensajes.",
     False),
    ("Si no desea que sus datos sean visibles para nuestros socios comerciales, marque esta "
     "casilla.", True),
    ("Marque esta casilla si no desea que le enviemos ofertas comerciales.", True),
])
def test_spanish_refusing_to_be_shown_to_members_is_a_profile_setting(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # Spanish: a question that only confirms leaving a subscription is the plain unsubscribe
    # page; a question whose "yes" opts out of something never given stays inverted
    ("¿Seguro que quieres darte de baja de nuestras alertas de ofertas?", False),
    ("¿Quiere dejar de recibir nuestros correos promocionales? Pulse aquí.", False),
    ("¿Desea cancelar su suscripción a las novedades?", False),
    ("¿Desea excluirse del envío de publicidad personalizada?", True),
    ("¿Quiere oponerse a que compartamos sus datos con terceros?", True),
])
def test_spanish_unsubscribe_confirmation_is_not_an_inverted_question(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # Spanish: the order's own ticket, invoice or tracking message is no consent topic, and
    # "no es necesario marcar" sets no box; marketing beside them still counts
    ("Active esta opción si no quiere recibir los avisos de entrega por SMS.", False),
    ("Marca la casilla si no deseas recibir la factura de tu pedido por correo electrónico.", False),
    ("Si no quiere que le llamemos, no hace falta marcar nada.", False),
    ("Marca la casilla si no deseas recibir ofertas por correo electrónico.", True),
    ("Si no quiere recibir publicidad, marque esta casilla.", True),
])
def test_spanish_order_messages_and_unneeded_ticks_are_not_tricks(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # Spanish: what other members do to the visitor and one chat's notifications are settings;
    # a printed catalogue is advertising, so ticking to refuse it is the inverted box
    ("Active esta casilla si no desea que otros participantes le escriban directamente.", False),
    ("¿Desea silenciar las notificaciones de este grupo?", False),
    ("¿Quiere desactivar las notificaciones del foro?", False),
    ("Marca la casilla si no quieres que te mandemos nuestro folleto por correo postal.", True),
    ("Desmarca la casilla si no quieres recibir nuestro catálogo.", False),
])
def test_spanish_member_settings_and_printed_advertising(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # Spanish: messages about the visitor's own order, payment, account or security, details
    # kept for the next purchase, a name shown in a ranking: no consent topic; marketing about
    # the same order or the visitor's data used for ads still is
    ("Marque esta casilla si no desea recibir avisos sobre el estado de su reserva por SMS.", False),
    ("Active esta opción si no quiere recibir un correo de confirmación por cada pago.", False),
    ("Marca la casilla si no quieres que recordemos tus datos de tarjeta.", False),
    ("Marque si no desea que le llame el repartidor.", False),
    ("Active esta opción si no quiere mostrar su foto en la clasificación.", False),
    ("Marque esta casilla si no desea recibir alertas de seguridad de su cuenta.", False),
    ("Si no desea recibir ofertas sobre su próximo pedido, marque esta casilla.", True),
    ("Marque la casilla si no desea recibir información comercial sobre su cuenta.", True),
    ("Si no desea que usemos sus datos de compra para enviarle publicidad, marque esta casilla.",
     True),
])
def test_spanish_messages_about_the_own_order_are_no_consent_topic(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "tricky"), [
    # German: two negated predicates joined by "und"/"oder" are two assurances, not a double
    # negative; a chain inside one predicate still is
    ("Wir vermieten Ihre Adresse nicht und verkaufen sie auch nicht.", False),
    ("Ihre Angaben werden nicht veröffentlicht oder nicht ohne Grund gespeichert.", False),
    ("Wir schicken keine Werbung und teilen keine Daten.", False),
    ("Ich möchte nicht, dass meine Adresse nicht an Partner übermittelt wird.", True),
    ("Bitte nicht abwählen, wenn Sie keine Infos zu Aktionen verpassen möchten.", True),
])
def test_german_coordinated_negations_are_not_one_chain(text: str, tricky: bool) -> None:
    assert (match_trick_wording(text) is not None) is tricky


@pytest.mark.parametrize(("text", "tricky"), [
    # German: a question confirming a refusal the visitor already chose is not inverted wording;
    # the same question asked first still is
    ("Möchten Sie wirklich alle Tracking-Cookies ablehnen?", False),
    ("Sind Sie sicher, dass Sie der Weitergabe an Partner widersprechen möchten?", False),
    ("Möchten Sie der Weitergabe an Partner widersprechen?", True),
    ("Wollen Sie personalisierte Werbung deaktivieren?", True),
])
def test_german_confirmation_questions_are_not_inverted(text: str, tricky: bool) -> None:
    assert (match_trick_wording(text) is not None) is tricky


@pytest.mark.parametrize(("text", "trick"), [
    # a refusing word as an attribute or paired with its opposite is no "yes refuses"
    ("店主是否希望收到顾客订阅与退订的提醒？", False),
    ("您是否要查看已拒绝的营销邮件申请？", False),
    ("是否要在设置中开启或关闭第三方推送？", False),
    # the question's own verb still refuses
    ("您是否要退订我们的营销邮件？", True),
    ("您是否希望停止接收合作伙伴的推送？", True),
])
def test_chinese_refusing_word_as_attribute_or_pair_is_not_what_yes_does(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # the refusal's own object names no topic of its own (as "您是否要退订？")
    ("您是否要取消订阅？", False),
    ("是否停止接收？", False),
    # a topic besides it does
    ("您是否要取消订阅我们的促销短信？", True),
    ("是否停止接收合作伙伴推送？", True),
])
def test_chinese_refusal_with_its_own_object_names_no_topic(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # messages about the visitor's own order, login or stock, and data of an import, are the
    # service itself: ticking to skip them is a plain setting
    ("如果您不需要我们发送付款确认邮件，请勾选此框。", False),
    ("若不希望接收到货提醒短信，请选中此项。", False),
    ("如您不想收到套餐续费通知，请勾选此框。", False),
    ("若您不希望客服通过电话联系您，请勾选此项。", False),
    ("如果您不想通过短信接收取货码，请选中此项。", False),
    ("如果您不想替换已有数据，请勾选此项。", False),
    ("若您不希望此优惠券与其他优惠同时使用，请勾选。", False),
    # a marketing word between keeps the topic
    ("如果您不想接收订单相关的促销邮件，请勾选此框。", True),
    ("若您不希望我们把您的信息提供给合作伙伴，请选中此项。", True),
])
def test_chinese_service_messages_are_not_a_consent_topic(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # 留空 leaves a text field empty: a blank filter or form field agrees to nothing
    ("留空则推送所有分类的通知。", False),
    ("如您同意沿用上次的收货信息，请将该字段留空。", False),
    # a box left empty that agrees is still one
    ("此复选框留空即表示您同意接收营销短信。", True),
    ("不勾选即表示您同意我们与合作伙伴共享数据。", True),
])
def test_chinese_a_field_left_blank_is_no_box(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # "without obtaining your consent" in every form is one negation, said plainly
    ("我们不会在未征得您许可的情况下向合作伙伴提供您的数据。", False),
    ("未取得您的同意前，我们不会发送营销短信。", False),
    # a real double negative stays one
    ("如果您不希望不再接收我们的优惠信息，请勾选此框。", True),
])
def test_chinese_without_obtaining_consent_is_one_negation(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # doing nothing keeps things as they are: no double negative is chosen
    ("若您并不想取消订阅我们的周刊，无需进行任何操作。", False),
    ("如果你不想退订这个列表，请忽略本邮件。", False),
    # a program that quits is no opt-out
    ("应用异常退出后不再自动上传共享数据。", False),
    # a double negative that asks for an action stays one
    ("如果你不想退订这个列表，请不要取消勾选此框。", True),
    ("如您不希望不再接收优惠信息，请回复Y。", True),
])
def test_chinese_doing_nothing_or_quitting_is_no_double_negative(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # a negated consequence is a fact about what follows, not a second negation
    ("拒绝分析Cookie不会导致页面无法加载。", False),
    ("取消订阅我们的短信不会产生任何费用。", False),
    ("停止接收营销邮件不影响您的会员等级。", False),
    # a negated wish beside a refusal still is one
    ("如果您不希望停止接收我们的优惠邮件，请勾选此框。", True),
])
def test_chinese_a_negated_consequence_is_a_fact(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # an unticked box that leads to nothing being sent is the plain opt-in
    ("请选择要接收的邮件类别，没有勾选的类别不会再发送给您。", False),
    ("不勾选的合作伙伴将不会收到您的数据。", False),
    # a real double negative beside a box stays one
    ("取消勾选以不停止接收我们的营销短信。", True),
])
def test_chinese_a_box_state_negation_is_no_wish_refused(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # refusing THIS item is a confirm dialog, not a consent question
    ("是否拒绝这个成员的订阅申请？", False),
    ("您要停用该短信推广计划吗？", False),
    # refusing a kind of data use still is one
    ("您是否要禁用此类营销Cookie？", True),
    ("是否关闭此个性化推荐功能？", True),
    ("是否拒绝合作伙伴使用您的数据？", True),
])
def test_chinese_refusing_this_item_is_a_confirm_dialog(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # a named option in 【】 or [] says what ticking it does, as in “”
    ("若您不需要营销短信，请勾选【不接收营销短信】。", False),
    ("如不想收到推送，请选中[关闭推送]。", False),
    # an unnamed box under a refusing condition is still tick-to-refuse
    ("若您不需要营销短信，请勾选下方的方框。", True),
])
def test_chinese_options_named_in_brackets(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # e-mail footers: the result of a refusal once made, and a request never made, are facts
    ("取消订阅之后，我们不会再给您发送新品推广邮件。", False),
    ("回复T即可退订，退订以后不再发送营销短信。", False),
    ("若您并未申请退订我们的通讯，请无视此邮件并不要点击链接。", False),
    # a wish not to refuse stays a double negative
    ("如果您不想退订我们的营销邮件，请勾选此框。", True),
])
def test_chinese_footer_results_and_requests_never_made_are_facts(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # "without your consent" and "before you have agreed" are one negation, said plainly
    ("没有你的明确同意我们不会把数据提供给第三方。", False),
    ("在您未同意以前我们不会发送任何推广短信。", False),
    # a refused wish beside a negation still counts
    ("如果您没有不接收营销邮件的意愿，请勾选此框。", True),
])
def test_chinese_without_your_consent_and_before_agreeing(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # a question confirming a refusal the visitor already chose: "yes" does what they asked for
    ("Are you sure you want to opt out of personalised ads?", False),
    ("Do you want to unsubscribe from this mailing list?", False),
    ("¿Realmente desea rechazar las cookies de publicidad?", False),
    ("¿Está segura de que quiere darse de baja de las ofertas?", False),
    # ... while an opt-out asked unprompted about a consent topic stays inverted
    ("We share your details with advertisers. Do you want to opt out?", True),
    ("Do you want to opt out of partner offers by email?", True),
    ("¿Desea excluirse de la publicidad personalizada?", True),
])
def test_a_question_confirming_a_chosen_refusal_is_not_inverted(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick
