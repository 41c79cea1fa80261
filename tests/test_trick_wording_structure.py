"""trick-wording by structure: what a box instruction's negations add up to.

Sentences written here (not the real set) to pin each mechanism: a verb of losing out counts as
a negation only where a box's meaning hangs on it; a complement clause after a comma belongs to
the verb it completes; renouncing or refusing is itself a negation. One language's own
conditions, tick verbs and topics are pinned in tests/checks/wording/test_wording_<lang>.py.
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
    ("Mark the lists you do not wish to refuse, to avoid being excluded.", True),   # the visitor excluded
    ("Tick this box if you do not want prices to exclude VAT.", False),             # a price, not a person
])
def test_being_excluded_is_a_consent_topic(text: str, trick: bool) -> None:
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
