"""Spanish phrasings written here (not the real set) that pin the wording mechanisms
of the Spanish lexicon, each with neutral look-alikes that must stay neutral."""

from __future__ import annotations

import pytest
from wording_snapshots import action, control, page, text

from consentinel.checks.bundled_consent import CHECK as BUNDLED
from consentinel.checks.confirmshaming import CHECK as SHAMING
from consentinel.lexicon.vocabulary import detect_language
from consentinel.lexicon.wording import (
    match_bundled_control_label,
    match_bundled_sentence,
    match_confirmshaming,
    match_trick_wording,
)


@pytest.mark.parametrize(("notice", "bundled"), [
    # "the use (of …) implies": the use is the action the grant is tied to, unless it grants terms
    ("El uso de la aplicación supone aceptar el envío de publicidad de terceros.", True),
    ("El uso de la aplicación supone aceptar las condiciones del servicio.", False),
])
def test_spanish_use_implies_acceptance(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


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


@pytest.mark.parametrize(("text", "trick"), [
    # Spanish look-alikes: what is received must be a consent topic, a refusal word is none by
    # itself, a tick under a negation leaves the box empty, and a negated objection consents
    ("Marque la casilla si no desea recibir factura en papel.", False),
    ("Activa la casilla si no quieres recibir el pedido antes de las 14:00.", False),
    ("Marca la casilla si rechazas la garantía extendida.", False),
    ("Si no quieres recibir llamadas, no marques la casilla.", False),
    # round m20: a negated objection before a use is silence taken as consent (ruling 5), not the
    # plain right to object
    ("Marque la casilla si no se opone al envío de publicidad.", True),
    ("El registro implica aceptar el tratamiento para la cuenta y, si no te opones, para publicidad.", True),
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


@pytest.mark.parametrize(("notice", "bundled"), [
    # Spanish: receiving messages tied to an act is a data use, in any channel and person (as
    # English "agree to receive emails"); the messages that deliver what was asked for are not
    ("Al crear tu perfil aceptas recibir correos sobre nuestros próximos talleres.", True),
    ("Al pedir el presupuesto, usted acepta recibir llamadas de nuestro equipo comercial.", True),
    ("Al descargar la plantilla aceptas recibir información sobre nuestros cursos.", True),
    ("Al crear tu perfil aceptas recibir un correo para confirmar tu dirección.", False),
    ("Al pedir el presupuesto, usted acepta recibir mensajes relacionados con su solicitud.", False),
    # the qualifier covers the whole list it opens
    ("Al reservar, aceptas recibir mensajes relacionados con la cita, notificaciones y recordatorios.",
     False),
    ("Al comprar la entrada aceptas recibir información de acceso al evento.", False),
    ("Al continuar, aceptas recibir un código por SMS para la verificación de tu número.", False),
])
def test_spanish_receiving_messages_tied_to_an_act(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # Spanish: joining a (mailing or waiting) list IS subscribing to what the list sends;
    # joining something else is another act
    ("Al unirte, aceptas recibir novedades del lanzamiento.", False),
    ("Al unirte a la lista de espera aceptas recibir avisos de disponibilidad.", False),
    ("Al unirte al club de puntos, aceptas recibir ofertas de nuestros socios.", True),
])
def test_spanish_joining_a_list_is_subscribing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # Spanish: measuring the audience is analytics; a consent named first and then "given" by an
    # act ("…que nos prestas al registrarte") is a grant tied to that act
    ("Contamos de forma anónima qué páginas se visitan y medimos cuánto tiempo pasas en ellas. "
     "Si sigues navegando, entendemos que estás de acuerdo.", True),
    ("Guardamos tu idioma y tu carrito. Si sigues navegando, entendemos que estás de acuerdo.", False),
    ("Enviamos ofertas de socios según el permiso que nos prestas al registrarte en la tienda.", True),
    ("Enviamos ofertas de socios solo con el permiso que marques en tu perfil.", False),
])
def test_spanish_audience_measuring_and_consent_given_by_an_act(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("text", "trick"), [
    # Spanish: a question about withdrawing consent the visitor gave is the plain opt-out
    # heading, not an inverted question
    ("¿Quiere retirar su consentimiento para el envío de ofertas?", False),
    ("¿No quieres recibir boletines o deseas revocar tu consentimiento?", False),
    ("¿Desea oponerse al envío de ofertas de terceros?", True),
])
def test_spanish_withdrawing_consent_asked_as_a_question(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize("notice", [
    # Spanish stop words beyond the articles French shares ("de", "la"): a notice too long for
    # the try-every-lexicon fallback, whose other stop words tie with French, is still Spanish
    ("Al enviar esta solicitud de información, aceptas recibir correos de marketing. "
     "Puedes cancelar la suscripción en cualquier momento desde tu cuenta."),
    ("Al pedir la muestra gratuita aceptas recibir publicidad por correo. "
     "Puedes darte de baja en cualquier momento desde la página de ajustes."),
])
def test_spanish_notice_is_not_read_as_french(notice: str) -> None:
    assert match_bundled_sentence(notice) is not None


def test_spanish_stop_words_tell_a_tie_with_french_apart() -> None:
    # "de" and "la" alone tie Spanish with French (French is listed first); Spanish-only
    # function words ("por", "esta", "más") decide, and French text stays French
    assert detect_language("Puedes darte de baja por correo desde la página de ajustes.") == "es"
    assert detect_language("Vous pouvez vous désabonner depuis la page de réglages.") == "fr"


@pytest.mark.parametrize(("notice", "bundled"), [
    # Spanish: being contacted, said from the sender's side ("que te enviemos", "llamarte"), is
    # a data use tied to the act; contact that answers the visitor's own request is not
    ("Al darte de alta aceptas que te mandemos correos con nuestras rebajas.", True),
    ("Al crear tu cuenta, nos autorizas a llamarte.", True),
    ("Al darte de alta aceptas que te mandemos un correo para validar tu dirección.", False),
    ("Al enviar la consulta, nos autorizas a llamarte para atender tu petición.", False),
    ("Al reservar la mesa, aceptas que te escribamos sobre tu reserva.", False),
    ("Al abrir tu cuenta aceptas recibir avisos sobre tu cuenta.", False),
])
def test_spanish_being_contacted_tied_to_an_act(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # Spanish: messages about the visitor's own order, booking or account, reminders, security
    # and transactional mail are the service, not a data use tied to the act; marketing named
    # beside them still is
    ("Al pagar aceptas recibir correos sobre el estado de tu envío.", False),
    ("Al pedir cita aceptas recibir un mensaje recordatorio la víspera.", False),
    ("Al abrir tu cuenta aceptas recibir alertas y notificaciones de seguridad.", False),
    ("Al darte de alta aceptas recibir los correos transaccionales del servicio.", False),
    ("Al pagar aceptas recibir correos sobre tu envío y las ofertas de temporada.", True),
])
def test_spanish_service_messages_are_not_a_data_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("label", "shaming"), [
    # batch 14 round 3: mock grief or cruelty in the act of declining, unflattering self-names,
    # bargains, luck and fun as goods, forgoing in every form, the hard way and idleness as losses
    ("Descartar sin compasión", True),
    ("Salir, aunque me parta el corazón", True),
    ("Vale, soy un miedica", True),
    ("No, gracias, no me van los chollos", True),
    ("No, hoy no me siento afortunada", True),
    ("Prefiero renunciar al envío gratuito", True),
    ("No, seguiré complicándome la vida", True),
    ("No, prefiero quedarme de brazos cruzados", True),
    # look-alikes: the offer at hand passed on, paying later, a product left out, one's data
    ("No, gracias, paso de este plan", False),
    ("Pagaré más adelante", False),
    ("Sigo sin el seguro de viaje, gracias", False),
    ("No quiero que mis datos se usen para ofertas", False),
])
def test_spanish_shaming_word_classes(label: str, shaming: bool) -> None:
    assert (match_confirmshaming(label) is not None) is shaming


@pytest.mark.parametrize(("label", "tricky"), [
    # a box set to refuse printed material, being informed or giving consent; a question whose
    # yes objects; a first-person blank box that subscribes
    ("Marca la casilla si no deseas recibir nuestros folletos y otros materiales", True),
    ("Marque la casilla si no desea que le informemos de nuevos cursos", True),
    ("Marca aquí si no das tu consentimiento", True),
    ("¿Te opones a que consultemos un fichero de solvencia?", True),
    ("¿Desactivar el envío de datos de diagnóstico?", True),
    ("Si no marco la casilla, acepto recibir la newsletter.", True),
    # look-alikes: wanting, ticking to agree, a plain opt-out box, a question whose yes grants
    ("Marca la casilla si deseas recibir nuestros materiales", False),
    ("Desmarca la casilla si no quieres que te informemos", False),
    ("¿Quieres activar el envío de datos de diagnóstico?", False),
])
def test_spanish_trick_word_classes(label: str, tricky: bool) -> None:
    assert (match_trick_wording(label) is not None) is tricky


@pytest.mark.parametrize(("notice", "bundled"), [
    # sending or filling in data, the mere use, the visit, an image made public, telemetry
    ("Si nos facilitas tu teléfono, se entenderá que aceptas recibir llamadas comerciales.", True),
    ("Con la visita a esta tienda online, consientes el uso de cookies de terceros.", True),
    ("El simple uso de la app supone que aceptas recibir publicidad.", True),
    ("Al inscribirte, aceptas que se difundan las fotos de la jornada.", True),
    ("Si sigues usando el programa, aceptas que envíe telemetría a nuestros servidores.", True),
    # look-alikes: a quoted refusal, joining a list by name, only the necessary cookies,
    # messages about the visitor's own matter
    ("Al pulsar «Rechazar», solo aceptas las cookies necesarias.", False),
    ("Al apuntarte a nuestra lista, aceptas que te enviemos novedades.", False),
    ("Al continuar, aceptas recibir avisos sobre tu matrícula.", False),
])
def test_spanish_bundling_triggers_and_uses(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize("notice", [
    # Spanish function words shared with Dutch ("en", "de", "te") must not outvote Spanish-only ones
    "Al pulsar en «Ver precio de socio», aceptas que te escribamos cuando haya rebajas.",
    "Desde aquí puedes también darte de baja en cualquier momento.",
])
def test_spanish_notices_with_dutch_looking_words_are_spanish(notice: str) -> None:
    assert detect_language(notice) == "es"


@pytest.mark.parametrize(("notice", "bundled"), [
    # batch 14 round 4 (paraphrases): navigating "por ella", using "el servicio", staying on the
    # site, a clitic grant, agreement said colloquially, data taken up by a pronoun
    ("Este blog usa cookies de analítica. Navegar por él supone aceptarlas.", True),
    ("Utilizar la plataforma implica que aceptas recibir publicidad de socios.", True),
    ("Si se queda en nuestro sitio, acepta las cookies de terceros.", True),
    ("Usamos cookies de seguimiento. Si sigues por la web, supondremos que te parece bien.", True),
    ("Al usar la app y darnos tus datos, consientes que los almacenemos y procesemos.", True),
    # look-alikes: a quoted opt-in label is the choice itself, staying to read, terms accepted
    ("Al tocar «Sí, quiero recibir novedades», aceptas que te escribamos con ofertas.", False),
    ("Si te quedas en la web, verás nuevas colecciones cada semana.", False),
    ("Utilizar la plataforma implica aceptar sus condiciones de uso.", False),
])
def test_spanish_paraphrased_bundling(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("label", "shaming"), [
    # batch 14 round 4: shipping paid oneself, a first-person risk, letting a good slip away,
    # selling less, insuring oneself, a present as a good
    ("No, pago yo los gastos de envío", True),
    ("Vale, me la juego", True),
    ("No, sigo dejando escapar oportunidades de venta", True),
    ("No, prefiero facturar menos este mes", True),
    ("No, gracias, no quiero asegurarme contra robos", True),
    ("No necesito obsequios, gracias", True),
    ("No, no quiero más megas este mes", True),
    ("No, gracias, seguiré pasando las noches en vela", True),
    ("No, prefiero avanzar como un caracol", True),
    # look-alikes: a way of paying, gift wrap, a gift purchase, joining a survey
    ("No, prefiero pagar el precio a plazos", False),
    ("No, gracias, sin papel de regalo", False),
    ("No, no es para regalo", False),
    ("No quiero participar en la encuesta", False),
    ("No quiero compartir mis datos móviles", False),
    ("No puedo ir, me lo pierdo", False),
])
def test_spanish_paraphrased_shaming(label: str, shaming: bool) -> None:
    assert (match_confirmshaming(label) is not None) is shaming


@pytest.mark.parametrize(("label", "tricky"), [
    # batch 14 round 4: being kept informed in a gerund, a name that would appear published
    ("No quiero dejar de seguir informándome de los cursos", True),
    ("Marca esta casilla si no quieres que tu foto aparezca publicada en el blog", True),
    # look-alikes: a plain wish, a profile setting shown to other members
    ("Quiero seguir informándome de los cursos", False),
    ("Marca esta casilla si no quieres que tu foto aparezca en la lista de miembros", False),
])
def test_spanish_paraphrased_trick_wording(label: str, tricky: bool) -> None:
    assert (match_trick_wording(label) is not None) is tricky


@pytest.mark.parametrize(("label", "tricky"), [
    # batch 15: a box set by a cross, an X, crossing or clicking it, under a refusal
    ("Ponga una cruz en el cuadro si no desea que le mandemos publicidad.", True),
    ("Tache este recuadro si no quiere recibir correos de nuestros socios.", True),
    ("Clicá en la casilla si no querés que compartamos tus datos.", True),
    # a wish after "unless", not caring for it, disliking it
    ("Marque la casilla a no ser que desee recibir novedades por SMS.", True),
    ("Marca aquí si pasas de recibir nuestro boletín.", True),
    ("Marque esta opción si le parece mal que cedamos sus datos a terceros.", True),
    # clearing a box where the visitor wants something
    ("Deselecciona esta opción si te interesa recibir promociones.", True),
    # look-alikes: clearing it to refuse, a main clause's own negation before "unless", a plain wish
    ("Deselecciona esta opción si no te interesa recibir promociones.", False),
    ("No te mandaremos publicidad a menos que marques la casilla.", False),
    ("Pon una cruz en la casilla si quieres recibir nuestras ofertas.", False),
    # "unless" before the box, and an empty box agreeing after a perfect tense; look-alikes: the box
    # left empty unless wanted, an "unless" that qualifies a refusal, a perfect-tense tick not set
    ("Salvo que quiera recibir nuestro catálogo, señale esta casilla.", True),
    ("Si no has seleccionado la opción, autorizas el envío de ofertas de socios.", True),
    ("No selecciones esta opción a menos que desees recibir alertas de ofertas.", False),
    ("No cederemos tus datos a menos que lo quieras: activa la opción.", False),
    ("Si no la has marcado, no te llegarán nuestras ofertas.", False),
])
def test_spanish_lookalike15_box_wording(label: str, tricky: bool) -> None:
    assert (match_trick_wording(label) is not None) is tricky


@pytest.mark.parametrize("notice", [
    # batch 15 look-alikes: a fact, not a wish (what the visitor cannot do, is or has), the
    # phone's data allowance, a profile shown to others, a withdrawal confirmed
    "No podrás recibir avisos de ofertas si no activas las alertas.",
    "No hemos podido cancelar tu suscripción al boletín.",
    "Marca la casilla si todavía no eres socio y quieres recibir la revista de ofertas.",
    "Marca esta casilla si no tienes cuenta y deseas recibir novedades.",
    "Activa el ahorro de datos si no quieres que las fotos se descarguen solas.",
    "Marca la casilla si no quieres que mostremos tu foto en el ranking.",
    "¿Seguro que deseas desactivar los correos de ofertas?",
])
def test_spanish_lookalike15_not_trick(notice: str) -> None:
    assert match_trick_wording(notice) is None


@pytest.mark.parametrize(("question", "tricky"), [
    # questions whose "yes" refuses, in words the lexicon lacked
    ("¿Prefieres que no te llamemos con ofertas? Sí / No", True),
    ("¿Quiere renunciar a las promociones de nuestros socios? Sí / No", True),
    ("¿Quieres recibir nuestras promociones? Sí / No", False),
])
def test_spanish_lookalike15_questions(question: str, tricky: bool) -> None:
    assert (match_trick_wording(question) is not None) is tricky


@pytest.mark.parametrize(("notice", "bundled"), [
    # batch 15: buying, booking, downloading in any person and tense, whoever takes part, after an act,
    # a grant said after "also", signing the visitor up ourselves, the act entailing the sign-up
    ("Si reservas con nosotros, consientes que te enviemos ofertas de socios.", True),
    ("Cuando canjees tus puntos, aceptas recibir publicidad personalizada.", True),
    ("Quienes se inscriban en el concurso aceptan la cesión de sus datos a los patrocinadores.", True),
    ("Después de instalar la app, compartiremos tu ubicación con nuestros anunciantes.", True),
    ("Si te registras, autorizas además que compartamos tu perfil con terceros.", True),
    ("Con tu reserva, te suscribimos a nuestro boletín de ofertas.", True),
    ("Crear una cuenta supone suscribirte a nuestra newsletter.", True),
    # look-alikes: terms only, after accepting or reading, a notice of the act's own purpose
    ("Si compras hoy, aceptas las condiciones de venta.", False),
    ("Tras aceptar las cookies, podrás cambiar tu elección en Ajustes.", False),
    ("Si tras leer esto no se opone, entenderemos que autoriza el envío de ofertas.", False),
    ("Cuando completes el pedido, te enviaremos un correo de confirmación.", False),
])
def test_spanish_lookalike15_bundling(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("label", "shaming"), [
    # batch 15: refusing flatly, never having liked it, not for anything, why would I, ignoring
    # my gift, can't be bothered, "better that…", fine as it is, a good for others or overrated
    ("Me niego a tener envío gratis", True),
    ("Jamás me han interesado los descuentos", True),
    ("Ni de broma quiero ahorrar", True),
    ("¿Para qué necesito yo un regalo?", True),
    ("Ignoro mis puntos extra", True),
    ("Me da palo mejorar mi inglés", True),
    ("Mejor que me estafen en otra web", True),
    ("Estoy bien así de cansado", True),
    ("Las ofertas son para otros.", True),
    ("El dinero está sobrevalorado", True),
    # look-alikes: a refusal refused, a later time, a neutral decline
    ("No quiero no enterarme de las ofertas", False),
    ("Mejor más tarde", False),
    ("Las ofertas de empresa son para otros clientes", False),
    ("Me niego a compartir mis datos", False),
])
def test_spanish_lookalike15_shaming(label: str, shaming: bool) -> None:
    assert (match_confirmshaming(label) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m16: every verb of entailment ("comporta", "constituye", "entraña") and staying on
    # the page as the act; denied, or tied to terms, it grants nothing optional
    ("Quedarse en este sitio comporta aceptar las cookies de publicidad.", True),
    ("Permanecer en nuestra tienda entraña la aceptación de cookies de terceros.", True),
    ("Seguir navegando constituye tu aceptación de las cookies analíticas.", True),
    ("Permanecer en esta web no comporta aceptar ninguna cookie de publicidad.", False),
    ("Permanecer en esta web comporta aceptar las condiciones de uso.", False),
])
def test_spanish_m16_entailment_verbs(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m16: consent presumed in the perfect tense; as a condition or a denial it grants nothing
    ("Si usted continúa en la web, consideraremos que ha consentido las cookies de seguimiento.", True),
    ("Al seguir navegando, entendemos que has autorizado las cookies de publicidad.", True),
    ("Si ya has consentido las cookies de publicidad, puedes retirar tu consentimiento aquí.", False),
    ("Si sigues navegando sin haber consentido, solo usaremos cookies técnicas.", False),
])
def test_spanish_m16_consent_presumed_in_the_perfect(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m16: data passed on to partners by any name, in any form of the verb; passed to whoever
    # carries out the request it serves the act
    ("Al usar el asistente, aceptas que tus datos sean compartidos con el partner que te recomendó.", True),
    ("Al pedir el catálogo, autorizas que tus datos sean facilitados a empresas colaboradoras.", True),
    ("Al pedir cita, aceptas que tus datos sean compartidos con el técnico que te atenderá.", False),
    ("Al darte de alta como partner, aceptas las condiciones del programa.", False),
])
def test_spanish_m16_data_passed_to_partners(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m16: put on a mailing list by any name as the result of another act; a waiting list
    # serves the request, and subscribing is the act itself
    ("Al descargar la plantilla quedarás suscrita a nuestra comunidad de emprendedoras.", True),
    ("Si te registras te apuntaremos a nuestro club de lectores.", True),
    ("Al reservar mesa, te añadiremos a la lista de espera.", False),
    ("Al suscribirte quedarás suscrito a nuestra comunidad.", False),
])
def test_spanish_m16_put_on_a_list_by_any_name(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m16: the delivery of what was asked for, with a subscription joined to it by "y";
    # a confirmation link followed by the subscription is the subscription itself
    ("Te haremos llegar la plantilla por correo y te apuntaremos a nuestra lista de novedades.", True),
    ("Recibirás el presupuesto en tu correo y quedarás suscrita a nuestro boletín mensual.", True),
    ("Te mandaremos un enlace para confirmar tu correo y quedarás suscrito al boletín.", False),
    ("Te enviaremos el presupuesto en 48 horas y te llamaremos para resolver tus dudas.", False),
])
def test_spanish_m16_subscription_joined_to_a_delivery(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m16: messages about the course or event signed up for serve the sign-up ("the" one,
    # as "tu pedido"); about "our courses" they are marketing
    ("Al apuntarte, aceptas recibir correos sobre el seminario.", False),
    ("Al inscribirte, autorizas que te enviemos avisos sobre la jornada.", False),
    ("Al apuntarte al seminario, aceptas recibir correos sobre nuestros próximos cursos.", True),
])
def test_spanish_m16_messages_about_the_event_signed_up_for(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m16: a click that saves the visitor's own selection is the choice itself; saving a
    # profile is another act
    ("Al pulsar «Confirmar mi selección», aceptas solo las cookies de las categorías elegidas.", False),
    ("Al hacer clic en Guardar ajustes, consientes únicamente las cookies que hayas activado.", False),
    ("Al pulsar «Guardar cambios» en tu perfil, aceptas recibir publicidad de terceros.", True),
])
def test_spanish_m16_saving_the_selection_is_the_choice(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("label", "shaming"), [
    # round m16: losing a good said as the decline, in any sentence of it; losing one's unsaved
    # work is a plain warning
    ("No, gracias. Perder mis puntos de bienvenida", True),
    ("Mejor no: perder mi plaza con descuento", True),
    ("Salir sin guardar. Perder mis cambios", False),
    ("Cerrar y perder mi progreso", False),
])
def test_spanish_m16_losing_a_good_as_the_decline(label: str, shaming: bool) -> None:
    assert (match_confirmshaming(label) is not None) is shaming


@pytest.mark.parametrize(("label", "tricky"), [
    # round m16: marking it below in any words, under a refused wish, sets the box to refuse;
    # a wish stated plainly, or a non-consent topic, is no trick
    ("Si no quieres que usemos tus datos para publicidad, indícalo abajo.", True),
    ("En caso de que no desee recibir ofertas, señálelo en la casilla.", True),
    ("Si deseas recibir ofertas, indícalo a continuación.", False),
    ("Si tienes alguna alergia, indícalo a continuación.", False),
])
def test_spanish_m16_marking_it_below(label: str, tricky: bool) -> None:
    assert (match_trick_wording(label) is not None) is tricky


@pytest.mark.parametrize(("label", "tricky"), [
    # round m16: reminders of the visitor's own dates and duties, to their own address, are the
    # service; reminders of a cart, or beside offers, are a consent topic
    ("Si no desea recibir los recordatorios de sus citas en su correo, marque esta casilla.", False),
    ("Si no quieres recibir recordatorios de pago en tu dirección de correo, márcalo aquí.", False),
    ("Si no quieres recibir recordatorios de tu carrito por email, marca la casilla.", True),
    ("Si no deseas recibir recordatorios y ofertas por correo, marca esta casilla.", True),
])
def test_spanish_m16_reminders_of_ones_own_duties(label: str, tricky: bool) -> None:
    assert (match_trick_wording(label) is not None) is tricky


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m16: sharing or contact that carries out the request serves the act; ads tailored by
    # any words are a data use, the visitor's own listings are not
    ("Al reservar, aceptas que compartamos tus datos con el restaurante para gestionar tu reserva.", False),
    ("Al contratar la fibra, aceptas que te llamemos para concertar la instalación.", False),
    ("Al reservar, aceptas que compartamos tus datos con socios para gestionar la reserva y ofertas.",
     True),
    ("Al iniciar sesión con Google, aceptas que usemos tus datos para mostrarte anuncios.", True),
    ("Al publicar, aceptas que tus anuncios sean visibles para otros usuarios.", False),
])
def test_spanish_m16_data_use_serving_the_request(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m16 (the lead's shape): a cookie that only keeps what the visitor's own act needs (the
    # session, the language, a feature's own setting) serves the act; beside ads or analytics it bundles
    ("Al usar el buscador, aceptas que guardemos una cookie para recordar tus preferencias de búsqueda.",
     False),
    ("Al entrar en tu cuenta, aceptas las cookies de sesión para mantenerte conectada.", False),
    ("Al usar el buscador, aceptas que guardemos cookies para recordar tu idioma y mostrarte anuncios.",
     True),
    ("Usamos cookies para recordar tu idioma y analizar el tráfico. Si sigues navegando, aceptas su uso.",
     True),
])
def test_spanish_m16_cookie_serving_the_act(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("label", "tricky"), [
    # round m16: analytics, tracking and location are consent topics for the tick-to-refuse rule;
    # a medical analysis or a place not found are not
    ("Marca esta casilla si no quieres que analicemos tu navegación.", True),
    ("Si no desea que usemos su ubicación para mostrarle anuncios, active esta opción.", True),
    ("Si no desea el análisis de sangre completo, marque la casilla de análisis básico.", False),
    ("Si no encuentras tu ubicación, selecciona la opción más cercana.", False),
])
def test_spanish_m16_analytics_and_location_are_topics(label: str, tricky: bool) -> None:
    assert (match_trick_wording(label) is not None) is tricky


@pytest.mark.parametrize(("label", "tricky"), [
    # round m16: telling us otherwise is a refusal, so its negation lets silence grant; not being
    # in agreement is a refused wish; "conforme a la ley" and a service message are neither
    ("Si no nos hace saber lo contrario, usaremos sus datos para enviarle promociones.", True),
    ("Si no estás de acuerdo con recibir ofertas de terceros, marca esta casilla.", True),
    ("Si no nos indicas lo contrario, enviaremos el pedido a tu dirección de facturación.", False),
    ("Si no marca la casilla, trataremos sus datos conforme a la ley.", False),
    ("Si estás de acuerdo con recibir ofertas, marca la casilla.", False),
])
def test_spanish_m16_silence_and_disagreement(label: str, tricky: bool) -> None:
    assert (match_trick_wording(label) is not None) is tricky


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m16: what we will send after the act, said from the sender's side, as "recibirás";
    # what the act itself needs (a confirmation, the tickets) is no data use
    ("Si te das de alta, te mandaremos cada mes las promociones de nuestros socios.", True),
    ("Al comprar te escribiremos con novedades y ofertas.", True),
    ("Si te registras, te enviaremos las entradas a tu correo.", False),
    ("Al registrarte te enviaremos un correo para confirmar tu cuenta.", False),
])
def test_spanish_m16_what_we_will_send_after_the_act(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m16: marketing in its Latin American names and a Mexican notice's secondary purposes
    ("Al llenar este formulario, aceptas que usemos tus datos con fines de mercadotecnia.", True),
    ("Al registrarse, el titular consiente el uso de sus datos para las finalidades secundarias.", True),
    ("Al llenar este formulario, aceptas el aviso de privacidad.", False),
])
def test_spanish_m16_marketing_in_latin_american_words(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("label", "tricky"), [
    ("Marque esta casilla si no desea recibir mercadotecnia.", True),
    ("Si no desea participar en las finalidades secundarias, marque aquí.", True),
    ("Marque esta casilla si desea recibir mercadotecnia.", False),
    ("Si no desea participar en las finalidades secundarias, escríbanos a privacidad@ejemplo.mx.", False),
])
def test_spanish_m16_marketing_in_latin_american_words_is_a_topic(label: str, tricky: bool) -> None:
    assert (match_trick_wording(label) is not None) is tricky


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m16: ticking the box by a gerund, or an act done with the accept button, is the choice;
    # closing the notice without it is not
    ("Marcando esta casilla, autorizas el envío de comunicaciones comerciales.", False),
    ("Al cerrar este aviso con «Aceptar», consientes las cookies de terceros.", False),
    ("Al cerrar este aviso, consientes las cookies de terceros.", True),
])
def test_spanish_m16_ticking_and_accepting_in_other_words(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m16: publishing what the visitor writes to be published is the act itself; one's image
    # published for taking part, or data shared beside it, is not
    ("Al mandar tu valoración, aceptas que se publique junto a tu nombre.", False),
    ("Al acudir al taller, aceptas que tu imagen se publique en nuestras redes sociales.", True),
    ("Al enviar tu opinión, aceptas que compartamos tus datos con nuestros socios.", True),
])
def test_spanish_m16_publishing_what_is_written_to_be_published(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("label", "tricky"), [
    # round m16: unticking negated in every form and synonym (as English "do not uncheck"), and
    # refusing said as "negarse a"; a negated switch about no consent topic is no trick
    ("No desactives esta opción si quieres seguir recibiendo promociones.", True),
    ("Si no deseleccionas la casilla, te enviaremos ofertas de socios.", True),
    ("Marca la casilla si te niegas a que usemos tus datos con fines comerciales.", True),
    ("No desactive la protección antivirus.", False),
    ("Si no desactivas las cookies en tu navegador, entenderemos que las aceptas.", False),
    ("Si se niega a facilitar su correo, no podremos enviarle la factura.", False),
])
def test_spanish_m16_untick_negated_and_refusing(label: str, tricky: bool) -> None:
    assert (match_trick_wording(label) is not None) is tricky


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m16: the card paid with and the credit applied for are no credit check
    ("Al pagar con tarjeta de crédito, aceptas que guardemos tus datos de pago.", False),
    ("Al enviarla, autorizas que tus datos se traten para estudiar tu solicitud de crédito.", False),
    ("Al pagar, autorizas que consultemos ficheros de crédito para ofrecerte financiación.", True),
])
def test_spanish_m16_credit_words(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m16: what we will send after the act only on a consent still to be given is no grant
    ("Al registrarte, solo te mandaremos publicidad si nos autorizas.", False),
    ("Al comprar, te escribiremos con ofertas únicamente cuando nos lo permitas.", False),
    ("Al darte de alta recibirás promociones solo si marcas la casilla.", False),
    ("Al darte de alta recibirás promociones de nuestros socios.", True),
])
def test_spanish_m16_sending_on_a_consent_still_to_be_given(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m16: an optional cookie category named beside necessary ones keeps the notice optional
    ("Usamos cookies técnicas y de rendimiento. Si sigues navegando, aceptas su uso.", True),
    ("Usamos cookies de sesión, de idioma y de análisis. Si sigues navegando, aceptas su uso.", True),
    ("Usamos cookies de sesión para mantenerte conectado. Si sigues navegando, aceptas su uso.", False),
])
def test_spanish_m16_optional_category_beside_necessary_ones(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m17: consent naming the tool that asks for it grants nothing; a live grant still does
    ("Desde la herramienta de consentimiento que ves al entrar en la web puedes cambiar tus cookies.", False),
    ("Si usas la app, cambia tus cookies en el gestor de consentimiento.", False),
    ("Al entrar en la web, nos das tu consentimiento para las cookies publicitarias.", True),
])
def test_spanish_m17_consent_naming_its_tool(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m17: follow-up of a named course or case is no tracking; sharing denied grants nothing
    ("Al inscribirte, aceptas que usemos tu correo para el seguimiento del curso.", False),
    ("Al inscribirte, aceptas que usemos tu correo para el seguimiento de tu candidatura.", False),
    ("Al inscribirte, aceptas las cookies de seguimiento de nuestros anunciantes.", True),
    ("Al continuar, aceptas que guardemos tu correo para darte de alta. Nunca venderemos ni "
     "compartiremos tu correo con terceros.", False),
    ("Al continuar, aceptas que guardemos tu correo para darte de alta. Compartiremos tu correo "
     "con terceros.", True),
])
def test_spanish_m17_follow_up_and_denied_sharing(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m17: a possessive over a coordination names the visitor's data ("tus fotos y datos");
    # letting another person use the service is another act, not the consent choice
    ("Si sigues usando la web, aceptas que tus fotos y datos personales sean almacenados.", True),
    ("Si sigues usando la web, aceptas que las fotos de muestra sean almacenadas.", False),
    ("Al navegar por el portal o al permitir que otra persona lo haga por ti, consientes la recopilación "
     "de tus datos.", True),
    ("Al permitir, consientes la recopilación de tus datos de ubicación.", False),
])
def test_spanish_m17_possessive_over_a_list_and_someone_else(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m17: a choice offered in any inflection ("rechaces", c before e) or as a possibility with
    # its alternative a few words on grants nothing; the indicative grant tied to browsing still does
    ("Al entrar en la tienda te pediremos que aceptes o rechaces las cookies de publicidad.", False),
    ("Al abrir la app verás un aviso para aceptar las cookies de análisis o configurarlas.", False),
    ("Si sigues navegando, permites las cookies de análisis o puedes cambiarlo después.", True),
])
def test_spanish_m17_choice_offered_in_any_inflection(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m17: necessary cookies under other names (security, load balancing) are nothing optional
    ("Si sigues usando la tienda, aceptas sus cookies de seguridad.", False),
    ("Si sigues usando la tienda, aceptas las cookies que reparten la carga: equilibrio de carga.", False),
    ("Si sigues usando la tienda, aceptas sus cookies de seguridad y de publicidad.", True),
])
def test_spanish_m17_necessary_cookies_by_other_names(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m17: signing up to the mailing itself by any verb is the consent to it (ruling 3);
    # signing up to something else stays another act
    ("Al darte de alta en nuestros boletines, aceptas recibir promociones por correo.", False),
    ("Al registrarte en nuestras alertas, aceptas que te escribamos con ofertas.", False),
    ("Al registrarte en la tienda, aceptas recibir promociones por correo.", True),
])
def test_spanish_m17_signing_up_to_the_mailing_by_any_verb(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m17: browsing in any verb and mood, scrolling, closing the notice and leaving the
    # browser's settings untouched are no choice; look-alikes that grant nothing stay neutral
    ("Mientras recorras nuestro portal, consientes las cookies de publicidad.", True),
    ("Si exploras esta plataforma, aceptas las cookies de terceros.", True),
    ("Si te desplazas, aceptas las cookies de análisis.", True),
    ("Si descartas este banner, autorizas las cookies de publicidad.", True),
    ("Ignorar este aviso supone aceptar las cookies de marketing.", True),
    ("Si no modificas tu configuración, aceptas las cookies de publicidad.", True),
    ("Mientras recorras nuestro portal, puedes elegir qué cookies de publicidad aceptas.", False),
    ("Si descartas este banner, solo usaremos las cookies técnicas.", False),
    ("Si te desplazas, verás nuestras ofertas de temporada.", False),
])
def test_spanish_m17_browsing_scrolling_closing_as_triggers(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m17: a grant the visitor CAN give is an option described, not a grant
    ("Al cerrar el aviso, podrás aceptar las cookies de publicidad desde el pie de página.", False),
    ("Al crear tu perfil, puedes también aceptar el envío de ofertas.", False),
    ("Al crear tu perfil, autorizas el envío de ofertas.", True),
])
def test_spanish_m17_a_grant_the_visitor_can_give(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m17: what we will send after the act only on a consent still to be given, the condition
    # before the sending or after it, in any words; sent unconditionally it is bundled
    ("Al comprar, en el caso de que lo aceptes, te mandaremos novedades de socios.", False),
    ("Al comprar, siempre que nos lo permitas, te escribiremos con promociones.", False),
    ("Al comprar, previo consentimiento, te escribiremos con promociones.", False),
    ("Al comprar, te escribiremos con promociones solo si das tu consentimiento.", False),
    ("Al comprar, te escribiremos con promociones de nuestros socios.", True),
])
def test_spanish_m17_sending_on_a_condition_in_any_order(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m17: contact to give or send the quote asked for serves the request; beside offers it does not
    ("Al solicitar la cotización, aceptas que te llamemos para darte una cotización.", False),
    ("Al pedir tu presupuesto, autorizas que te escribamos para enviarte tu presupuesto.", False),
    ("Al pedir tu presupuesto, autorizas que te escribamos con ofertas de socios.", True),
])
def test_spanish_m17_contact_to_send_the_quote(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m17: the uses a granted document says it explains are its contents, not the grant
    ("Al crear tu cuenta aceptas nuestro aviso de privacidad, en el que explicamos la cesión de datos "
     "a socios.", False),
    ("Al crear tu cuenta aceptas las condiciones, que detallan cómo usamos cookies de publicidad.", False),
    ("Al crear tu cuenta aceptas, asimismo, que te informemos de ofertas de nuestros socios.", True),
    ("Al crear tu cuenta aceptas nuestro aviso de privacidad y la cesión de datos a socios.", True),
])
def test_spanish_m17_what_a_granted_document_explains(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m18: joining a waiting list or a messaging channel's list is the subscription itself, as a
    # click on a quoted join button; joining anything else, or registering by e-mail, is another act
    ("Al inscribirte en la lista de espera, aceptas que te escribamos cuando abramos plazas.", False),
    ("Al apuntarte al waitlist aceptas recibir avisos y ofertas de apertura.", False),
    ("Al darte de alta por SMS, autorizas el envío de promociones a tu móvil.", False),
    ("Al pulsar «Unirme», autorizas que te mandemos novedades y ofertas.", False),
    ("Al pulsar «Únete al club de puntos», autorizas que te mandemos ofertas.", True),
    ("Al registrarte con tu correo, autorizas el envío de promociones a tu móvil.", True),
    ("Al inscribirte en el torneo, aceptas recibir ofertas de patrocinadores.", True),
])
def test_spanish_joining_a_list_by_any_name(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m18: messages "related (only) to" the matter of the act, named bare, serve the act; related
    # to our offers, products or news they are marketing
    ("Al postularte, aceptas recibir correos relacionados con procesos de selección.", False),
    ("Al reservar, aceptas recibir correos relacionados solamente con la reserva hecha.", False),
    ("Al postularte, aceptas recibir correos relacionados con nuestras ofertas.", True),
    ("Al reservar, aceptas recibir mensajes relacionados con promociones de temporada.", True),
    ("Al reservar, aceptas recibir mensajes relacionados con otras marcas del grupo.", True),
])
def test_spanish_messages_related_to_the_matter(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("label", "tricky"), [
    # round m18: "unless you tell us otherwise / state your objection" is "if you do not…": silence
    # grants, in any of the exception conjunctions; unless anything else, or the bare right to object,
    # is plain
    ("Podremos cederle sus datos a socios, a menos que usted nos comunique su negativa.", True),
    ("Le mandaremos ofertas por correo excepto si nos indica lo contrario.", True),
    ("Tratamos sus datos con fines de mercadotecnia salvo cuando exprese su desacuerdo por escrito.", True),
    ("Le mandaremos ofertas por correo excepto si solicita la baja del servicio de envíos.", False),
    ("Tratamos sus datos con fines de mercadotecnia salvo que usted se oponga.", True),  # round m20: ruling 5
    ("Guardaremos su información a menos que pida que la borremos.", False),
])
def test_spanish_unless_you_say_otherwise(label: str, tricky: bool) -> None:
    assert (match_trick_wording(label) is not None) is tricky


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m18: the sending named as a noun with the mail bare after it is receiving mail, beside the
    # terms as alone; the sending of the visitor's data or order, or of mail that serves the act, is not
    ("Al entrar, aceptas las condiciones y autorizas el envío de mensajes semanales con consejos.", True),
    ("Al darte de alta en la app, consientes el envío de notificaciones con sugerencias.", True),
    ("Al entrar, aceptas las condiciones de uso y autorizas el envío de tu pedido a esa dirección.", False),
    ("Al darte de alta en la app, consientes el envío de mensajes de verificación.", False),
])
def test_spanish_the_sending_as_a_noun(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "tied"), [
    # round m18: an opening purpose clause naming the act the grant is the price of, the grant declared
    # right after it; an imperative asking for the choice, or subscribing, is not tied to another act
    ("Para usar la calculadora sin pagar, autorizas que compartamos tus datos con anunciantes.", True),
    ("Para leer el informe completo, consientes recibir ofertas de empresas colaboradoras.", True),
    ("Para leer el informe completo, permite las cookies de terceros.", False),
    # the site's own purpose is no act of the visitor's
    ("Para ofrecerte un servicio mejor, consientes que usemos cookies de terceros.", False),
    ("Para personalizar tu experiencia, aceptas la publicidad adaptada.", False),
    ("Para suscribirte, aceptas recibir nuestras ofertas.", False),
])
def test_spanish_the_act_the_grant_pays_for(notice: str, tied: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is tied


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m18: cookies that keep the visitor's preferences at large are functional, an optional
    # category, even beside necessary ones; one feature's own setting (the language) is necessary
    ("Usamos cookies para mantenerte conectado y guardar tus preferencias. Si sigues navegando, aceptas "
     "su uso.", True),
    ("Usamos cookies para mantenerte conectado y guardar tus preferencias de idioma. Si sigues "
     "navegando, aceptas su uso.", False),
    # the processing named by its practices, granted by using the app; the policy's bare name is not
    ("Al usar la aplicación, aceptas las prácticas expuestas en esta página.", True),
    ("Al usar la aplicación, aceptas la política expuesta en esta página.", False),
])
def test_spanish_preferences_and_practices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m18: the visitor's data taken up by a demonstrative, granted by using the app; the same
    # demonstrative in a sentence that grants nothing is not
    ("Al usar la app, usted acepta que podamos almacenar y tratar dicha información conforme a nuestra "
     "política.", True),
    ("Al usar la app, aceptas las condiciones. Explicamos cómo tratamos esos datos en la política.", False),
    # consent said to be tied to browsing as a participle; said not to be tied, it is not
    ("Tu consentimiento a las cookies publicitarias queda vinculado al uso de esta web.", True),
    ("Tu consentimiento a las cookies de anuncios nunca está ligado a la navegación: elige tú.", False),
])
def test_spanish_demonstratives_and_tied_consent(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m18: the coordinated verbs or nouns before "tus datos" are bounded (page text is hostile:
    # an unbounded run was quadratic); a real list of several still names the processing
    ("Al navegar por esta web, aceptas que recojamos, guardemos, usemos y cedamos tus datos.", True),
    ("Al navegar por esta web, aceptas la recogida, el almacenamiento y la cesión de tus datos.", True),
    ("Al navegar por esta web, aceptas nuestras condiciones generales.", False),
])
def test_spanish_coordinated_verbs_before_the_data(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("decline", "shames"), [
    # round m19: the offer pointed at by a demonstrative, with nothing said of it, is declined
    # plainly; a loss embraced or a good refused beside it still shames
    ("No, gracias, no quiero este cupón.", False),
    ("No me interesa aquella promoción.", False),
    ("No quiero este cupón, prefiero pagar más.", True),
    ("No quiero ahorrar con esta promoción.", True),
])
def test_spanish_demonstrative_offer_declined_plainly(decline: str, shames: bool) -> None:
    assert bool(match_confirmshaming(decline)) is shames


@pytest.mark.parametrize(("sentence", "trick"), [
    # round m19: a setting or signal quoted by its name keeps its "no" to itself
    ("Esta app ya no admite la opción «No compartir mis datos de uso».", False),
    ("No respetamos el ajuste \"No seguir mi actividad\" en la web.", False),
    # a real double negative around a quoted name stays one
    ("Si no deseas no recibir nuestras ofertas, marca la casilla «Acepto».", True),
])
def test_spanish_quoted_name_is_no_negation(sentence: str, trick: bool) -> None:
    assert bool(match_trick_wording(sentence)) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m19: a contact that names nothing it brings, at most its channel, or that discusses the
    # visitor's own matter, is the reply the form's sending asks for (ruling 2); a contact that
    # brings offers or our products is granted beside it
    ("Al mandar la consulta, nos autorizas a llamarte por teléfono o por WhatsApp.", False),
    ("Al enviar tus datos, aceptas que te escribamos para comentar tu reforma.", False),
    ("Al mandar la consulta, nos autorizas a llamarte con promociones por teléfono.", True),
    ("Al enviar tus datos, aceptas que te escribamos para presentarte nuestros servicios.", True),
    # a bare contact tied to an act that is no request (opening an account) has nothing to reply to
    ("Al abrir tu cuenta, nos autorizas a escribirte por email.", True),
])
def test_spanish_contact_that_replies_to_the_form(notice: str, bundled: bool) -> None:
    assert bool(match_bundled_sentence(notice)) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m19: a clause that is only "sin" and what is left out says the use is absent; a use
    # granted after a longer "sin" clause with a verb of its own is still granted
    ("Al mandar el formulario, aceptas que tratemos tus datos para tu cita. Sin boletines ni publicidad.",
     False),
    ("Al mandar el formulario, aceptas que tratemos tus datos para tu cita. Sin coste alguno para ti, "
     "también recibirás publicidad de socios.", True),
])
def test_spanish_use_said_absent_with_sin(notice: str, bundled: bool) -> None:
    assert bool(match_bundled_sentence(notice)) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m19: handing over the address the mail goes to is the sign-up for the sender's plain mail
    # (ruling 4); mail with offers or from partners, or the visitor's data at large, is more than that
    ("Al escribir tu dirección de correo, aceptas recibir las novedades del blog.", False),
    ("Al facilitar tu e-mail, aceptas recibir nuestro boletín.", False),
    ("Al escribir tu dirección de correo, aceptas recibir ofertas del blog.", True),
    ("Al facilitar tu e-mail, aceptas recibir el boletín de nuestros patrocinadores.", True),
    ("Al facilitar tus datos, aceptas recibir las novedades del blog.", True),
])
def test_spanish_email_given_is_the_signup(notice: str, bundled: bool) -> None:
    assert bool(match_bundled_sentence(notice)) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m19: the grant as a gerund with its object as a clitic, tied to going on; the same
    # gerund offered as a choice, or of necessary cookies only, is not
    ("Usamos cookies de publicidad. Si permaneces en la página, estarás autorizándolas.", True),
    ("Usamos solo cookies técnicas necesarias. Si permaneces en la página, estarás autorizándolas.", False),
    ("Puedes gestionar las cookies de publicidad permitiéndolas o bloqueándolas en el panel.", False),
])
def test_spanish_gerund_grant_with_clitic(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("label", "shames"), [
    # a checkbox whose label opens with the refusal itself is the opt-out it states plainly
    ("No quiero la muestra gratuita", False),
    ("No deseo participar en el sorteo del regalo", False),
    # read as the matcher reads it: the page's no-break space or doubled space changes nothing
    ("No\u00a0quiero la muestra gratuita", False),
    ("  No  quiero la muestra gratuita", False),
    # the same refusal as an answer put in the visitor's mouth, or a loss preferred, still shames
    ("No, no quiero la muestra gratuita", True),
    ("Prefiero pagar el precio completo", True),
])
def test_spanish_checkbox_stating_its_refusal_is_the_choice(label: str, shames: bool) -> None:
    assert bool(SHAMING.run(page(control("f0:c1", label)))) is shames


def test_spanish_refusal_of_a_good_on_a_decline_link_still_shames() -> None:
    assert SHAMING.run(page(action("f0:no", "No quiero la muestra gratuita", kind="link")))


@pytest.mark.parametrize(("text", "trick"), [
    # round m20: "if you do not object" / "unless you object" before an optional use is silence taken
    # as consent (ruling 5), in either conjunction and any person
    ("Si usted no se opone, compartiremos su correo con nuestros patrocinadores.", True),
    ("A menos que te opongas, te mandaremos promociones cada mes.", True),
    ("Excepto si el titular se opone, sus datos se usarán para perfiles publicitarios.", True),
    # the right to object stated plainly, objecting as the act, how long a use lasts, no consent topic
    ("Puede oponerse al envío de publicidad en cualquier momento.", False),
    ("Si se opone al envío de publicidad, escríbanos a la dirección indicada.", False),
    ("Conservaremos sus datos mientras no se oponga a su tratamiento.", False),
    ("Salvo que usted se oponga a la factura, el cargo se hará el día 5.", False),
])
def test_spanish_objection_not_made_is_silence_taken_as_consent(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # round m20: "no" making a participle an adjective of unwanted mail ("no solicitados", "no deseado")
    # refuses nothing, and "marca" after a determiner is the brand, not "tick"
    ("Jamás recibirás mensajes no solicitados de nuestra parte.", False),
    ("Nunca enviamos publicidad no deseada a nuestros clientes.", False),
    ("Si no quieres que mostremos tu marca en nuestros folletos de publicidad, avísanos por correo.", False),
    # the look-alikes they resemble stay tricks
    ("Nunca dejes de recibir nuestras ofertas: no desmarques la casilla.", True),
    ("Si no deseas recibir publicidad, marca la casilla.", True),
])
def test_spanish_adjectival_no_and_the_brand_are_no_tricks(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("label", "bundled"), [
    # round m20: one box that asks for the service (the draw, its terms) and, after "y", grants an
    # optional use, with its own grant or under the request's grant (an infinitive or "que" after "y")
    ("Acepto las condiciones de uso y recibir ofertas de marcas colaboradoras.", True),
    ("Quiero participar en la rifa y autorizo la cesión de mis datos a los patrocinadores.", True),
    # the service's own documents or its own reply, plainly
    ("Acepto los términos y condiciones y la política de privacidad.", False),
    ("Quiero participar en el sorteo y acepto las bases legales.", False),
    ("Acepto las condiciones de uso y que me contactéis para gestionar el pedido.", False),
])
def test_spanish_box_coupling_the_service_and_an_optional_use(label: str, bundled: bool) -> None:
    assert (match_bundled_control_label(label) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m20: the visitor's first person grants as the second does ("acepto", "autorizo")
    ("Al registrarme, acepto recibir publicidad de empresas asociadas.", True),
    ("Al crear mi cuenta, autorizo que mis datos se cedan a terceros con fines comerciales.", True),
    ("Acepto la política de privacidad.", False),
    ("Al registrarme, acepto las condiciones del servicio.", False),
])
def test_spanish_first_person_grants(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m20: the visitor's image or voice used or published is a use of its own, tied to
    # registering or buying a ticket (event media consent)
    ("Al comprar tu entrada, autorizas la difusión de tu imagen en nuestras campañas.", True),
    ("Al apuntarte al taller, aceptas que tus fotos sean publicadas en la web del centro.", True),
    ("Al inscribirte en la carrera, nos autorizas a utilizar tu imagen en redes sociales.", True),
    # one's profile photo shown, or the event rules accepted, grants no such use
    ("Al subir tu foto de perfil, aceptas que se muestre a otros usuarios.", False),
    ("Al inscribirte en la carrera, aceptas el reglamento de la prueba.", False),
    # a choice offered ("aceptar o declinar") and approving the permission are the choice itself
    ("Al inscribirte podrás aceptar o declinar el uso de tu imagen.", False),
    ("Al aprobar, autorizas el uso de tu voz en el podcast.", False),
    ("Al aprobar el presupuesto, autorizas la cesión de tu imagen a patrocinadores.", True),
])
def test_spanish_ones_image_used_and_choices_offered(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m20: going on named as a noun, and the visitor's information processed in the passive,
    # tied to merely using the site (ruling 1)
    ("Usamos cookies de publicidad. La prosecución de su visita supone que las acepta.", True),
    ("Al navegar por este portal, aceptas que la información recogida sea utilizada con fines estadísticos.",
     True),
    ("Si usa esta plataforma, acepta que los datos aportados serán tratados por nuestro equipo.", True),
    # the continuation denied, or the data serving the request sent
    ("La continuación de la navegación no supone la aceptación de cookies de publicidad.", False),
    ("Al enviar la solicitud, aceptas que los datos facilitados sean tratados para responderte.", False),
])
def test_spanish_going_on_as_a_noun_and_passive_processing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "shames"), [
    # round m20: a mail category named bare in the plural is the mail declined, as "no quiero correos"
    ("No deseo promociones", False),
    ("No, gracias, no me interesan novedades", False),
    # the good itself offered, or a loss preferred, still shames
    ("No quiero el cupón de bienvenida", True),
    ("No, prefiero perderme las ofertas", True),
])
def test_spanish_mail_category_declined_bare(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21: accepting a statement of what the service is or does not do, or of the visitor's own
    # responsibility, is an acknowledgement, not a grant; the parties it names are the disclaimer's
    ("Al registrarte, aceptas que la empresa no se hace responsable de los contenidos publicados "
     "por terceros.", False),
    ("Al utilizar el servicio, aceptas que la plataforma actúa únicamente como intermediaria "
     "entre compradores y vendedores.", False),
    ("Al participar, aceptas que los premios no son canjeables por dinero ni transferibles a terceros.",
     False),
    ("Al crear la cuenta, aceptas que eres el único responsable de guardar tu contraseña.", False),
    # a use granted in the subjunctive stays a grant
    ("Al participar, aceptas que cedamos tus datos a terceros con fines comerciales.", True),
    ("Al utilizar el servicio, aceptas que compartamos tu historial con nuestros socios.", True),
])
def test_spanish_acknowledged_statement_is_no_grant(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21: "personalizado" said of the manner or of the service asked for is that service (ruling 2);
    # tailored offers or content stay optional
    ("Al pedir cita, aceptas que el asesor prepare de forma personalizada tu propuesta de inversión.", False),
    ("Al enviar el formulario, aceptas que te demos una atención personalizada por teléfono.", False),
    ("Al pedir cita, aceptas recibir ofertas personalizadas de nuestros productos.", True),
    ("Al registrarte, aceptas que te mostremos contenidos personalizados según tu actividad.", True),
    # sellers are persons, not data sold
    ("Al comprar, aceptas que los vendedores fijan sus propios plazos de envío.", False),
    # the act's own document sent is the act: "…y enviarte la confirmación"
    ("Al reservar, aceptas que tus datos se usen para gestionar la reserva y enviarte la confirmación.",
     False),
    ("Al reservar, aceptas que te enviemos la factura y nuestras promociones.", True),
])
def test_spanish_service_itself_is_not_an_option(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21: the visitor's name or data made public in the passive, beside entering (ruling 2)
    ("Al inscribirte en el torneo, aceptas que tu nombre y tu puntuación sean publicados en el ranking.",
     True),
    ("Al participar, aceptas que el nombre del ganador será publicado en nuestras redes.", True),
    # a document published, or the visitor's own review published by sending it, is not
    ("Al participar, aceptas las bases del concurso, que serán publicadas en la web.", False),
    ("Al dejar tu valoración, aceptas que sea publicada con tu nombre.", False),
    ("Al enviar tu reseña, aceptas que tu opinión sea publicada en la ficha del producto.", False),
    # affiliation named as a noun is the affiliate's business; necessary cookies alone grant nothing
    ("Usamos servicios de afiliación para mostrarte productos. Al seguir usando la web, aceptas nuestra "
     "política de privacidad.", True),
    ("Usamos solo cookies técnicas. Al seguir usando la web, aceptas nuestra política de privacidad.", False),
])
def test_spanish_publication_and_affiliation(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize("notice", [
    # round m21: a grant inside a negated condition names a refusal's consequence, not a grant
    "Si no aceptas las cookies de análisis, algunas funciones podrían no estar disponibles.",
    "Si no acepta las cookies publicitarias, verá anuncios menos relevantes.",
])
def test_spanish_refusals_consequence_is_no_grant(notice: str) -> None:
    assert match_bundled_sentence(notice) is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21: the object "al + infinitive" takes in its own clause (an enumeration included) is what the
    # visitor acts on, not a use granted (wording._without_the_acts_object)
    ("Al unirte al programa de socios, aceptas las condiciones del programa de fidelización.", False),
    ("Al darte de alta en el programa de afiliados, aceptas las condiciones del programa.", False),
    ("Al vincular tu cuenta de anuncios, marketing o analítica, nos autorizas a leer sus informes.", False),
    ("Al enviar los formularios de alta, boletín o contacto, consientes el tratamiento de tus datos.", False),
    # a use in the granting clause is still granted, and a grant reaching into the act's clause keeps it
    ("Al unirte al programa de socios, aceptas que cedamos tus datos a empresas colaboradoras.", True),
    ("Al descargar la guía de nuestros socios, aceptas recibir sus ofertas comerciales.", True),
    ("Al enviar quedarás suscrito a nuestro club de ofertas.", True),
])
def test_spanish_the_acts_own_object_is_not_granted(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21 audit: job offers are what a job alert is for; a sales adviser is a person, not a use
    ("Al crear una alerta de empleo, aceptas recibir por email las ofertas de trabajo que encajen contigo.",
     False),
    ("Al pedir presupuesto, aceptas que un agente comercial te llame para preparártelo.", False),
    ("Al crear una alerta de empleo, aceptas recibir también ofertas de nuestros patrocinadores.", True),
    ("Al pedir presupuesto, aceptas recibir comunicaciones comerciales de la marca.", True),
])
def test_spanish_job_offers_and_sales_staff(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize("notice", [
    # round m21 audit: consent withdrawn "at any time", or a grant still to be given in the subjunctive
    "El usuario podrá revocar en cualquier momento el consentimiento prestado para recibir publicidad.",
    "No te mandaremos promociones a menos que nos des tu consentimiento.",
])
def test_spanish_withdrawal_and_consent_to_come_are_no_grant(notice: str) -> None:
    assert match_bundled_sentence(notice) is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21: what taking part needs (the winner contacted, the promotion run) and what other members
    # send are the service itself (ruling 2); the sender's own offers beside it are not
    ("Al apuntarte al concurso, aceptas que te llamemos si resultas premiado.", False),
    ("Al jugar, aceptas que usemos tu email para escribirte en el caso de ser el ganador.", False),
    ("Al inscribirte, autorizas que tratemos tus datos para organizar la campaña promocional del verano.",
     False),
    ("Al unirte al grupo, aceptas recibir notificaciones de otros miembros del grupo.", False),
    ("Al apuntarte al concurso, aceptas que te llamemos con ofertas si resultas premiado.", True),
    ("Al unirte al grupo, aceptas recibir también promociones de nuestros patrocinadores.", True),
])
def test_spanish_what_taking_part_needs(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("label", "bundled"), [
    # round m21: one box granting the handling of the visitor's own request and, joined by "y para", a
    # further purpose (ruling 2); the request's own needs joined the same way stay neutral
    ("Consiento que me llaméis para atender mi consulta y para informarme de vuestras promociones.", True),
    ("Autorizo a la tienda a escribirme para procesar mi pedido y para enviarme su boletín de ofertas.",
     True),
    ("Autorizo a la clínica a llamarme para gestionar mi cita y para enviarme la confirmación.", False),
    ("Acepto que tratéis mis datos para tramitar mi solicitud y para emitir la factura.", False),
    ("Autorizo el envío de ofertas comerciales por email.", False),
])
def test_spanish_box_joins_a_further_purpose_to_the_request(label: str, bundled: bool) -> None:
    assert (match_bundled_control_label(label) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21: the sending named as a noun, in the plural and with any determiner
    ("Mediante el envío de estos formularios el usuario autoriza la cesión de sus datos a anunciantes.",
     True),
    ("El envío de los formularios supone que el usuario acepta recibir publicidad.", True),
    ("Con el envío de las solicitudes, usted consiente que tratemos sus datos para responder a su consulta.",
     False),
])
def test_spanish_sending_named_as_a_plural_noun(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21: analysis named bare as the purpose is analytics; a laboratory's analysis or the assessment
    # of the visitor's own application is not
    ("Al abrir la app, aceptas que recopilemos datos de uso con fines de análisis.", True),
    ("Al entrar en la sala, consientes que registremos tu actividad para análisis.", True),
    ("Al enviar tu muestra, aceptas que la usemos para análisis clínicos.", False),
    ("Al enviar tu CV, aceptas que lo guardemos para el análisis de tu candidatura.", False),
])
def test_spanish_analysis_as_a_bare_purpose(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled



@pytest.mark.parametrize(("words", "trick"), [
    # round m21 audit: the "no" of a cookie category's name ("no necesarias") and of a reminder ("no
    # olvides") refuses nothing; a real double negative beside them still does
    ("Bloquear las cookies no esenciales", False),
    ("Puedes desactivar todas las cookies no necesarias desde este panel.", False),
    ("No olvides que puedes dejar de recibir el boletín cuando quieras.", False),
    ("No dudes en darte de baja si ya no te interesa.", False),
    ("No desmarques esta casilla si no quieres dejar de recibir ofertas.", True),
])
def test_spanish_category_names_and_reminders_negate_nothing(words: str, trick: bool) -> None:
    assert (match_trick_wording(words, on_a_box=True) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21 audit: cookies named "no necesarias" are the optional category, not necessary-only (ruling 1)
    ("Instalamos cookies no esenciales. Si continúas navegando, aceptas su uso.", True),
    ("Instalamos solo cookies esenciales. Si continúas navegando, aceptas su uso.", False),
])
def test_spanish_non_necessary_cookies_by_name(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21 audit: consent described as optional or voluntary is not given; a grant tied to an act
    # beside that description still is
    ("La autorización para cederte datos a socios es totalmente voluntaria.", False),
    ("Tu aceptación de las cookies publicitarias es opcional y revocable.", False),
    ("Al crear la cuenta, autorizas la cesión de tus datos a socios, que es revocable.", True),
])
def test_spanish_consent_described_as_optional(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21: sharing with other members where the visitor's own profile shows is a profile setting, the
    # service itself; sharing with advertisers or partners beside it is not
    ("Al rellenar estos campos, aceptas compartir estos datos allí donde se muestre tu perfil.", False),
    ("Al completar tu perfil, aceptas compartir tu foto con otros usuarios de la comunidad.", False),
    ("Al completar tu perfil, aceptas compartir tus datos con otros usuarios y con anunciantes.", True),
    ("Al completar tu perfil, aceptas compartir tus datos con nuestros socios.", True),
])
def test_spanish_sharing_with_other_members_is_the_service(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21: the act had only with a grant said as a duty ("Para <act>, debes …"); not a document, not a
    # choice offered, not the embedded content's own need
    ("Para descargar el informe, tienes que aceptar recibir ofertas comerciales de nuestros socios.", True),
    ("Para entrar en tu área privada, es necesario que aceptes la cesión de tus datos a terceros.", True),
    ("Para reproducir el vídeo, debes aceptar las cookies de la plataforma de vídeo.", False),
    ("Para finalizar el pedido, debes aceptar las condiciones generales de venta.", False),
    ("Para seguir, debes aceptar o rechazar las cookies de publicidad.", False),
])
def test_spanish_grant_said_as_a_duty_for_the_act(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled

#: Round m21 precision audit: realistic negatives written here, in the shapes real sites use, that the
#: bundled-consent families' words reach (a document or a disclaimer granted, the act's own object or
#: resource, a consent manager's purpose text, necessary processing, a third-person policy statement).
AUDIT_BUNDLED_NEGATIVES = [
    "Al crear tu cuenta, aceptas nuestras Condiciones de uso y confirmas que has leído la Política de "
    "privacidad.",
    "Al registrarte, aceptas que la empresa no se hace responsable de los contenidos publicados por "
    "terceros en los foros.",
    "Al comprar en esta tienda, aceptas que los plazos de entrega indicados son aproximados y pueden variar.",
    "Al reservar, aceptas que tus datos se usen para gestionar la reserva y enviarte la confirmación.",
    "Al enviar el formulario, aceptas que te contactemos para responder a tu consulta.",
    "Las cookies de análisis nos ayudan a entender cómo se usa el sitio; puedes activarlas o "
    "desactivarlas en Configuración.",
    "Cookies de marketing: se utilizan para mostrarte anuncios relevantes en otros sitios. Solo se "
    "instalan si las aceptas.",
    "Este sitio utiliza únicamente cookies técnicas necesarias para su funcionamiento. Al seguir "
    "navegando aceptas su uso.",
    "Al pedir cita, aceptas que el asesor prepare de forma personalizada tu propuesta de inversión.",
    "La empresa podrá compartir datos con terceros cuando lo exija la ley.",
    "Al participar en el sorteo, aceptas las bases legales, que se publicarán en nuestra web.",
    "Al continuar, confirmas que eres mayor de 18 años.",
    "Al suscribirte aceptas recibir nuestra newsletter semanal. Puedes darte de baja cuando quieras.",
    "Al hacer clic en «Aceptar todo», aceptas el uso de cookies de análisis y publicidad.",
    "Al solicitar tu presupuesto, autorizas que un técnico te llame para concertar la visita.",
    "Al utilizar el servicio, aceptas que la plataforma actúa únicamente como intermediaria entre "
    "compradores y vendedores.",
    "Al descargar la app, aceptas que las actualizaciones pueden instalarse automáticamente.",
    "Al iniciar sesión con Google, autorizas a la app a acceder a tu nombre y correo para crear tu perfil.",
    "Los usuarios que se registren aceptan el aviso legal y las condiciones generales del servicio.",
    "Al finalizar tu compra aceptas que el pago se cargue en tu tarjeta en el momento del envío.",
    "Almacenar o acceder a información en un dispositivo: las cookies y otros identificadores se usan "
    "para guardar información en tu dispositivo.",
    "El usuario acepta que la información facilitada es veraz y se compromete a mantenerla actualizada.",
    "Al darte de alta en el programa de afiliados, aceptas las condiciones del programa.",
    "Al publicar tu anuncio, aceptas que sea visible para otros usuarios del portal.",
    "Al subir tu foto de perfil, aceptas que se muestre junto a tus comentarios.",
    "Al enviar tu candidatura, autorizas que tus datos sean tratados para el proceso de selección.",
    "Si no aceptas las cookies de análisis, algunas funciones podrían no estar disponibles.",
    "Al participar, aceptas que los premios no son canjeables por dinero ni transferibles a terceros.",
    "Al registrarte, aceptas que eres el único responsable de mantener la confidencialidad de tu contraseña.",
    "Al contratar, aceptas que el servicio lo presta un socio local certificado.",
    "Al usar el chat, aceptas que las respuestas son orientativas y no sustituyen el consejo de un "
    "profesional.",
    "Al unirte al programa de socios, aceptas las condiciones del programa de fidelización.",
    "Cookies de publicidad: permiten mostrarte anuncios adaptados a tus intereses. Puedes aceptarlas o "
    "rechazarlas.",
    "Finalidad: medir el rendimiento de los anuncios y del contenido. Base jurídica: consentimiento.",
    "Al hacer clic en «Guardar preferencias», aceptas solo las categorías que hayas activado.",
    "El Responsable tratará los datos del usuario con la finalidad de gestionar la relación comercial y "
    "no los cederá a terceros salvo obligación legal.",
    "Al finalizar la compra, aceptas las condiciones de venta y la política de devoluciones.",
    "Al crear tu cuenta de vendedor, aceptas las condiciones para vendedores del marketplace.",
    "Para completar tu pedido necesitamos tu dirección; al continuar, aceptas que la usemos para el envío.",
    "Al registrarte con tu número de móvil, aceptas recibir un SMS con el código de verificación.",
    "Al instalar la extensión, aceptas que acceda a las pestañas abiertas para poder bloquear anuncios.",
    "El tratamiento de datos necesario para prestar el servicio se basa en la ejecución del contrato.",
    "Al enviar tu pregunta, aceptas que sea publicada de forma anónima junto con la respuesta del experto.",
    "Al completar la encuesta, aceptas que tus respuestas se analicen de forma anónima y agregada para "
    "el estudio.",
    "Al abrir una cuenta, aceptas que verifiquemos tu identidad conforme a la normativa de prevención de "
    "blanqueo.",
    "El usuario consiente que sus datos sean tratados para la gestión de su solicitud.",
    "Utilizamos cookies propias y de terceros con fines analíticos. Puedes aceptar todas las cookies "
    "pulsando «Aceptar» o configurarlas.",
    "Si lo autorizas, usaremos tus datos para enviarte ofertas.",
    "El titular podrá revocar en cualquier momento el consentimiento prestado para el envío de "
    "comunicaciones comerciales.",
    "Las cookies de terceros solo se instalarán si das tu consentimiento.",
    "Este sitio utiliza cookies de análisis que solo se activan con tu permiso.",
    "Al registrarte, aceptas nuestra Política de privacidad, en la que explicamos cómo usamos las "
    "cookies y compartimos datos con socios.",
    "Al pagar, aceptas que procesemos tus datos de pago a través de Stripe.",
    "Al solicitar información, aceptas que el centro te contacte por teléfono o email.",
    "Al inscribirte en el curso, aceptas que te enviemos los materiales y avisos del curso por correo.",
    "Al crear una alerta de empleo, aceptas recibir por email las ofertas de empleo que coincidan con tu "
    "búsqueda.",
    "Al activar la ubicación, aceptas que usemos tu posición para mostrarte tiendas cercanas.",
    "No te enviaremos ofertas salvo que nos des tu consentimiento.",
    "Al solicitar un presupuesto, aceptas que un asesor comercial te llame para preparártelo.",
    "Al reservar mesa, aceptas recibir un SMS recordatorio el día de la reserva.",
    "Usamos cookies propias necesarias para el funcionamiento de la web. Si continúas navegando, "
    "consideramos que aceptas su uso.",
    "Utilizamos cookies técnicas y de preferencias de idioma, necesarias para el funcionamiento del "
    "sitio. Al continuar navegando aceptas su uso.",
    "Esta web solo usa cookies de sesión para mantenerte conectado. Al seguir navegando, aceptas su uso.",
    "Utilizamos cookies para mejorar tu experiencia. Puedes aceptarlas, rechazarlas o configurarlas "
    "pulsando en los botones.",
    "Al hacer clic en «Aceptar», aceptas que almacenemos cookies en tu dispositivo para analizar el uso "
    "del sitio.",
    "Pulsa «Rechazar» para continuar sin cookies de análisis, o «Aceptar» para permitir todas.",
    "Puedes cambiar tus preferencias en cualquier momento desde el enlace «Configuración de cookies» del "
    "pie de página.",
    "Este sitio web no utiliza cookies de seguimiento. Al continuar, aceptas las condiciones de uso.",
    "Si continúas, aceptas nuestras Condiciones de uso.",
    "Al continuar con tu pedido, aceptas las condiciones generales de venta.",
    "Continuando con el pago, aceptas los términos del servicio de pago seguro.",
    "El consentimiento para cookies de análisis se solicitará por separado.",
    "Al cerrar este aviso, solo se instalarán las cookies necesarias.",
    "Si no haces ninguna elección, solo usaremos cookies técnicas.",
    "Si sigues navegando sin aceptar, solo utilizaremos las cookies estrictamente necesarias.",
    "Al continuar, aceptas que te enviemos un código de verificación por SMS.",
    "Al registrarte, aceptas los Términos y la Política de privacidad. Te enviaremos correos sobre tu "
    "cuenta.",
    "Al iniciar sesión, aceptas nuestras condiciones. Nunca compartiremos tus datos con anunciantes.",
    "El Usuario acepta que sus datos serán tratados conforme a la Política de Privacidad.",
    "El cliente autoriza a la empresa a utilizar sus datos para la ejecución del contrato.",
    "Al continuar con el registro, confirmas que tienes más de 16 años y aceptas las Condiciones.",
    "Al pulsar «Continuar», aceptas que te enviemos un código por SMS para verificar tu número.",
    "Al pulsar «Pagar», autorizas el cargo en tu tarjeta.",
    "Al compartir tu ubicación, aceptas que la usemos para calcular el envío.",
    "Al subir el archivo, aceptas que lo procesemos para generar tu presupuesto.",
    "Al usar el chat, aceptas que guardemos la conversación para atender tu consulta.",
    "Al darte de alta, aceptas que te enviemos un correo de bienvenida con tus datos de acceso.",
    "Si te registras, podrás recibir ofertas si lo deseas.",
    "Al inscribirte en la newsletter, aceptas recibir un correo semanal con nuestras novedades.",
    "Al reservar, aceptas que compartamos tus datos con el hotel para gestionar tu reserva.",
    "Al comprar entradas, aceptas que el organizador del evento reciba tu nombre para el control de acceso.",
    "Al solicitar la demo, aceptas que nuestro equipo te contacte para organizarla.",
    "Al registrarte en el evento, aceptas que te enviemos recordatorios y el enlace de acceso.",
    "Al completar tu perfil, aceptas que otros usuarios vean tu nombre y tu foto.",
]

#: ... and for trick-wording: plain opt-outs and opt-ins, withdrawal instructions, "if you do not agree,
#: do not use", deemed acceptance of changed terms, boxes stating their refusal plainly, double negatives
#: that are about no consent choice.
AUDIT_TRICK_NEGATIVES = [
    "Puedes rechazar las cookies no necesarias.",
    "Rechazar cookies no necesarias",
    "No olvides que puedes darte de baja en cualquier momento.",
    "Puedes desactivar los anuncios personalizados en cualquier momento desde Configuración.",
    "Si no estás de acuerdo con estas condiciones, por favor no utilices la aplicación.",
    "Para retirar tu consentimiento, desmarca la casilla en tu perfil y guarda los cambios.",
    "Si no deseas recibir más correos, haz clic en el enlace de baja que aparece al final de cada mensaje.",
    "Si no se opone a los nuevos términos en 30 días, se entenderá que los acepta.",
    "Marca esta casilla para no recibir comunicaciones comerciales.",
    "No olvides confirmar tu dirección de correo para activar la cuenta.",
    "No es imposible que el envío se retrase unos días.",
    "Si no recibes el correo de confirmación, revisa la carpeta de spam.",
    "Si no quieres que guardemos tu tarjeta, no marques la casilla «Recordar tarjeta».",
    "Las modificaciones de precio se considerarán aceptadas si no cancelas tu suscripción antes de la "
    "fecha de renovación.",
    "Puedes oponerte al tratamiento de tus datos con fines de marketing escribiendo a privacidad@ejemplo.es.",
    "No vendemos ni compartimos tus datos personales con terceros.",
    "Si no desea recibir publicidad, puede indicarlo en su perfil en cualquier momento.",
    "Pedir a los sitios web que no vendan ni compartan mis datos",
    "No dejes de visitar nuestra sección de ofertas de temporada.",
    "¿No quieres perderte nuestras ofertas? Suscríbete a la newsletter.",
    "Si no desactivas las notificaciones, seguirás recibiendo avisos de tus pedidos.",
    "No podrás recibir ofertas exclusivas si no te registras.",
    "Si no quieres recibir nuestro boletín, no hace falta que hagas nada.",
    "Si cambias de opinión, no tienes más que desactivar la opción de marketing en tu cuenta.",
    "¿Quieres dejar de recibir nuestros correos? Haz clic aquí.",
    "No compartiremos tus datos sin tu consentimiento.",
    "Desactiva esta opción si no quieres recibir notificaciones.",
    "Si no aceptas las cookies de análisis, algunas funciones podrían no estar disponibles.",
    "Tu suscripción no se renovará si la cancelas antes del día 30.",
    "No quiero recibir ofertas por SMS",
    "No acepto recibir comunicaciones comerciales.",
    "Si no desea que cedamos sus datos, escríbanos a privacidad@ejemplo.es.",
    "No olvides desactivar la opción si no quieres recibir el boletín.",
    "Si en algún momento no quieres seguir recibiendo nuestros correos, puedes darte de baja con un clic.",
    "No compartir mis datos con terceros",
    "Si no está de acuerdo con los nuevos términos, puede cancelar su cuenta antes del 1 de marzo; de lo "
    "contrario, se considerarán aceptados.",
    "¿Desea darse de baja de todas nuestras comunicaciones?",
    "Recuerda que no es obligatorio aceptar las cookies de análisis para usar la web.",
    "Ningún dato se compartirá con terceros sin tu permiso expreso.",
    "Si no desmarcas esta casilla, el producto se añadirá a tu lista de deseos.",
    "Desmarca esta casilla si no quieres recibir nuestra newsletter.",
    "Si no quieres que usemos tus datos para publicidad, puedes oponerte en Ajustes > Privacidad.",
    "En caso de no aceptar, no podremos enviarte el presupuesto.",
    "No recibirás publicidad a menos que marques la casilla.",
    "No te enviaremos ofertas salvo que nos des tu consentimiento.",
    "Si no te interesa, no hagas nada: no te suscribiremos a ninguna lista.",
    "La ausencia de respuesta no implica consentimiento.",
    "¿No quieres recibir más correos? Date de baja aquí.",
    "No dudes en contactarnos si no deseas seguir recibiendo ofertas.",
    "Si no ves el correo de bienvenida, no olvides revisar la carpeta de promociones.",
    "No se enviará ningún correo comercial sin tu consentimiento previo.",
    "Si no desea que sus datos se cedan, no marque la casilla.",
    "No compartiremos tus datos con terceros si no lo autorizas expresamente.",
    "Si no marcas ninguna opción, no recibirás comunicaciones comerciales.",
    "Si no aceptas las cookies, no mostraremos anuncios personalizados.",
    "Recuerda: si no confirmas tu suscripción, no recibirás el boletín.",
    "No dejes de recibir nuestras ofertas: confirma tu correo.",
    "Si ya no quieres recibir SMS, responde BAJA.",
    "Las cookies no esenciales solo se activarán con tu consentimiento.",
    "Si rechazas las cookies, no podremos personalizar tu experiencia.",
    "No se instalarán cookies de terceros hasta que las aceptes.",
    "No vender ni compartir mi información personal",
    "Desactivar las cookies no necesarias",
    "No permitir",
    "No aceptar",
    "Retirar el consentimiento no afectará a la licitud del tratamiento previo.",
    "Tiene derecho a retirar su consentimiento en cualquier momento, sin que ello afecte a la licitud "
    "del tratamiento basado en el consentimiento previo a su retirada.",
    "Si no facilita los datos obligatorios, no podremos tramitar su solicitud.",
    "La negativa a facilitar los datos supondrá la imposibilidad de prestar el servicio.",
    "No es obligatorio aceptar las comunicaciones comerciales para realizar la compra.",
    "La oposición al envío de publicidad no tendrá ningún coste para usted.",
    "Si deja de recibir nuestros correos, no perderá su saldo de puntos.",
    "No compartimos datos con terceros salvo obligación legal.",
    "En caso de no marcar la casilla, no le enviaremos comunicaciones comerciales.",
    "Si no desea recibir comunicaciones comerciales, no marque esta casilla.",
    "No deseo recibir comunicaciones comerciales",
    "No quiero recibir ofertas ni novedades por correo electrónico.",
    "Me opongo al tratamiento de mis datos con fines de marketing.",
    "No autorizo la cesión de mis datos a terceros.",
    "Prefiero no recibir el boletín.",
    "Darme de baja de todas las comunicaciones",
    "Solicito que no se vendan ni compartan mis datos personales.",
    "No acepto las cookies de análisis",
    "Desactivar anuncios personalizados",
    "No mostrarme anuncios personalizados",
]


@pytest.mark.parametrize("notice", AUDIT_BUNDLED_NEGATIVES)
def test_spanish_audit_bundled_lookalikes_are_not_flagged(notice: str) -> None:
    assert not BUNDLED.run(page(text("f0:t1", notice, form=None)))


@pytest.mark.parametrize("notice", AUDIT_TRICK_NEGATIVES)
def test_spanish_audit_trick_lookalikes_are_not_flagged(notice: str) -> None:
    assert match_trick_wording(notice) is None
    assert match_trick_wording(notice, on_a_box=True) is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # a document alone granted by an act the visitor asks for: the notice's own-use sentence beside it
    # is not what the grant grants (ruling 3)
    ("Al mandar la solicitud aceptas el aviso de privacidad. "
      "Tu teléfono solo lo usaremos para llamarte por la cita.", False),
    ("Al reservar aceptas la política de privacidad. "
      "Usaremos tu correo solo para escribirte con los detalles del viaje.", False),
    # ... but a use named in the granting sentence itself, or a grant tied to merely browsing, still bundles
    ("Al mandar la solicitud aceptas el aviso de privacidad y que te enviemos ofertas de socios.", True),
    ("Si sigues navegando aceptas la política de privacidad. Usamos cookies de publicidad.", True),
])
def test_spanish_document_granted_by_the_act_grants_the_document(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("label", "bundled"), [
    # one box that grants what the act needs and, after its "y", an optional use (class 3): the act's
    # need named as a noun, a deliverable asked for, being contacted about one's own request
    ("Consiento el tratamiento de mis datos para la matrícula del curso y también autorizo "
     "la publicación de mis fotos en la web.", True),
    ("Sí, quiero descargar la plantilla gratis y acepto recibir promociones de Zeta.", True),
    ("Acepto que me llaméis sobre mi presupuesto y recibir novedades comerciales.", True),
    # ... not the act's need alone, the deliverable with a document, the contact alone, a newsletter box
    ("Consiento el tratamiento de mis datos para la matrícula del curso.", False),
    ("Sí, quiero descargar la plantilla gratis y acepto el aviso de privacidad.", False),
    ("Acepto que me llaméis sobre mi presupuesto.", False),
    ("Quiero recibir la newsletter y acepto recibir comunicaciones de Zeta.", False),
    ("He leído la política de privacidad y acepto recibir el boletín.", False),
])
def test_spanish_box_couples_the_acts_need_with_an_optional_use(label: str, bundled: bool) -> None:
    assert (match_bundled_control_label(label) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # automatic enrolment stated, not granted (class 2): left enrolled or added by us after the act, a
    # further mail announced with "también/además" beside what was asked for
    ("Al pedir presupuesto serás añadido a nuestro boletín.", True),
    ("Al comprar, te añadiremos a nuestra base de clientes compartida con empresas del grupo.", True),
    ("Te mandamos el código de descuento al correo. Además recibirás nuestras promociones.", True),
    # ... not the act's own list or account, a thing delivered, the act's own mail, the newsletter itself
    ("Al crear tu cuenta quedarás registrado en la plataforma.", False),
    ("Al reservar te incluiremos en la lista de espera.", False),
    ("Te mandamos el código de descuento al correo. Además recibirás un aviso antes de que caduque.", False),
    ("Recibirás la factura por correo. También recibirás el número de seguimiento del envío.", False),
    ("Suscríbete a nuestra newsletter y también recibirás ofertas exclusivas.", False),
])
def test_spanish_automatic_enrolment_stated_bundles(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "trick"), [
    # silence taken as consent after the way to object was named (ruling 5): "otherwise / failing that /
    # once the period has passed without an answer, you are deemed to consent"
    ("Si no desea que publiquemos fotografías suyas, indíquelo en la recepción del club. De lo contrario, "
     "entenderemos que nos autoriza la publicación de su imagen.", True),
    ("Dispone de una semana para oponerse. Pasado ese plazo sin respuesta, se considerará que presta su "
     "consentimiento para el envío de publicidad.", True),
    # ... not deemed acceptance of changed terms (contract law), a use that simply goes on, a duration
    ("Si no está conforme con las nuevas tarifas, comuníquelo. De lo contrario, se entenderá que presta su "
     "consentimiento a las nuevas condiciones.", False),
    ("Puede darse de baja cuando quiera. De lo contrario, seguiremos enviándole el boletín.", False),
    ("Al firmar, consiente que tratemos sus datos mientras no nos indique lo contrario.", False),
])
def test_spanish_silence_after_the_way_to_object_is_consent(notice: str, trick: bool) -> None:
    assert (match_trick_wording(notice) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # the enrolment itself announced beside the act ("…y quedarás suscrito a…", "Además serás añadido a…")
    ("Completa el formulario y quedarás suscrito a nuestro boletín de ofertas.", True),
    ("Descarga el catálogo. Además serás añadido a nuestra lista de correo.", True),
    # ... not the subscription asked for, its confirmation link, nor the course or workshop signed up for
    ("Suscríbete gratis y quedarás suscrito a nuestra newsletter semanal.", False),
    ("Confirma tu correo y quedarás suscrito a la newsletter.", False),
    ("Completa el formulario y quedarás inscrito en el taller.", False),
])
def test_spanish_enrolment_announced_beside_the_act_bundles(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # an address asked for a download, a trial or a report, then the sender's mail at its pace promised
    # (round p23, class 3', ruling 4)
    ("Introduce tu correo para descargar el ebook gratis. Te enviaremos de vez en cuando consejos y "
     "novedades.", True),
    ("Déjanos tu email y accede a la versión de prueba. Además, cada mes te mandaremos nuestro "
     "boletín.", True),
    ("Para recibir el informe, escribe tu dirección de correo. Periódicamente te haremos llegar ofertas y "
     "promociones.", True),
    ("Escribe tu e-mail para obtener la plantilla. Te escribiremos semanalmente con trucos para tu "
     "negocio.", True),
    # ... not the download link itself, a gate for the mail itself, mail denied, the trial's own notice
    ("Introduce tu correo para descargar el ebook gratis. Te enviaremos el enlace de descarga en "
     "unos minutos.", False),
    ("Introduce tu correo para recibir nuestra newsletter. Te enviaremos consejos cada semana.", False),
    ("Escribe tu e-mail para obtener la plantilla. No te enviaremos publicidad.", False),
    ("Déjanos tu email y accede a la versión de prueba. Te avisaremos cuando esté a punto de "
     "caducar.", False),
])
def test_spanish_mail_promised_after_an_email_gate(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # promotional mail taken as accepted by registering or buying (round p23, class 4; es had it already)
    ("Si te registras o realizas una compra, se entenderá que aceptas recibir nuestras comunicaciones "
     "promocionales.", True),
    ("Al comprar en nuestra tienda, consientes tácitamente el envío de ofertas comerciales a tu "
     "correo.", True),
    ("El registro en la web implica la aceptación de recibir boletines publicitarios.", True),
    ("Nos reservamos el derecho de enviarle promociones. Si se registra o compra, usted acepta "
     "implícitamente este servicio.", True),
    # ... not the terms or the policy, the order's own mail, the separate box offered
    ("Si te registras, se entenderá que aceptas nuestras condiciones de uso.", False),
    ("Al comprar, recibirás un correo con la confirmación de tu pedido.", False),
    ("El registro implica la aceptación de la política de privacidad.", False),
    ("Si lo deseas, puedes marcar la casilla para recibir nuestras promociones.", False),
])
def test_spanish_promotions_deemed_accepted_by_a_doing(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a bot's or an AI's improvement or training tied to using it (round p23, class 5, as de.yaml)
    ("Al usar el asistente virtual, aceptas que guardemos tus conversaciones para mejorar nuestra "
     "inteligencia artificial.", True),
    ("Si chateas con nuestro bot, consientes que tus mensajes se utilicen para entrenar nuestros "
     "modelos.", True),
    ("El uso del chatbot implica tu autorización para emplear las conversaciones en el "
     "entrenamiento de la IA.", True),
    ("Al enviar preguntas a la asistente, nos autorizas a conservar tus mensajes para perfeccionar el "
     "algoritmo.", True),
    # ... not the terms alone, the training denied or offered as an option, the visitor's own text, the answer
    ("Al usar el chatbot, aceptas los términos de uso del servicio.", False),
    ("Nunca usamos tus conversaciones con el asistente para entrenar la IA.", False),
    ("Pide al asistente que mejore la redacción de tu texto.", False),
    ("Al usar el asistente, aceptas que tratemos tus mensajes para responder a tu consulta.", False),
    ("Puedes activar la opción de usar tus conversaciones para mejorar la IA si lo deseas.", False),
    ("Al registrarte, aceptas que usemos tus datos para mejorar tu modelo de negocio con nuestra "
     "consultoría.", False),
])
def test_spanish_bot_improvement_tied_to_using_it(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # further own phrasings of class 3' (round p23), written after the rules above: other verbs,
    # orders and registers, and look-alikes that stress the widened classes
    ("Consigue la guía gratuita: solo tienes que dejarnos tu email. Te mandaremos también "
     "nuestra newsletter semanal.", True),
    ("Ingresa tu correo electrónico para acceder a la demo. Te enviaremos ofertas y "
     "promociones periódicamente.", True),
    ("Ingresa tu correo electrónico para acceder a la demo. Te enviaremos la contraseña de "
     "acceso.", False),
    ("Déjanos tu email para recibir nuestras ofertas. Te escribiremos cada semana.", False),
    ("Descarga la app: solo tienes que dejarnos tu email para enviarte el enlace.", False),
    ("Introduce tu correo para ver el informe. Te enviaremos el informe completo en 24 horas.", False),
    ("Rellena el formulario con tu email para descargar el whitepaper. Después te enviaremos "
     "nuestro boletín.", True),
    ("Déjanos tu correo y recibe gratis el calendario. Ocasionalmente te escribiremos con "
     "promociones.", True),
])
def test_spanish_email_gate_further_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # further own phrasings of class 4 (round p23), written after the rules above: other verbs,
    # orders and registers, and look-alikes that stress the widened classes
    ("Toda compra en la tienda supone la aceptación del envío de comunicaciones comerciales.", True),
    ("Por el mero hecho de registrarse, el usuario consiente recibir publicidad de nuestras "
     "marcas.", True),
    ("Toda compra en la tienda supone la aceptación de las condiciones generales de venta.", False),
    ("Por el mero hecho de registrarse, el usuario acepta el aviso legal.", False),
    ("Cada pedido implica la aceptación de las condiciones de envío.", False),
    ("Toda solicitud supone la apertura de un expediente.", False),
    ("Cada pedido realizado implica que autorizas el envío de ofertas a tu móvil.", True),
    ("Si compras con nosotros, entendemos que aceptas recibir nuestras promociones por correo.", True),
])
def test_spanish_promotions_deemed_accepted_further_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # further own phrasings of class 5 (round p23), written after the rules above: other verbs,
    # orders and registers, and look-alikes that stress the widened classes
    ("Al interactuar con el asistente, aceptas que tus consultas sirvan para entrenar a "
     "nuestra IA.", True),
    ("Si usas el chatbot, autorizas que las conversaciones se analicen para mejorar el bot.", True),
    ("Al interactuar con el asistente, aceptas que tus consultas se procesen para darte una "
     "respuesta.", False),
    ("El asistente te ayuda a mejorar tu currículum.", False),
    ("Si usas el chatbot, aceptas las condiciones del servicio.", False),
    ("Nuestro asistente utiliza IA para mejorar tus búsquedas.", False),
    ("No utilizamos tus conversaciones para entrenar nuestros modelos.", False),
    ("Al conversar con el asistente virtual, consientes que usemos tus mensajes para optimizar"
     " nuestros algoritmos.", True),
    ("El uso del asistente implica aceptar que tus consultas se empleen para mejorar el "
     "chatbot.", True),
])
def test_spanish_bot_improvement_further_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a fourth batch of own phrasings of class 3' (round p23): inclusive forms, other joins, times,
    # senders and registers, with look-alikes
    ("Introduce tu correo para descargar el informe. Cada semana te enviaremos contenido "
     "exclusivo.", True),
    ("Facilítanos tu email y obtén acceso gratuito al curso. También te haremos llegar "
     "nuestras promociones.", True),
    ("Facilítanos tu email y obtén acceso gratuito al curso. Te enviaremos tus claves de "
     "acceso.", False),
    ("Escribe tu correo para recibir las novedades del blog. Te escribiremos una vez al mes.", False),
])
def test_spanish_email_gate_fourth_batch_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a fourth batch of own phrasings of class 4 (round p23): inclusive forms, other joins, times,
    # senders and registers, with look-alikes
    ("Al realizar una reserva, usted acepta tácitamente recibir comunicaciones comerciales de "
     "la cadena hotelera.", True),
    ("Con la creación de la cuenta, se entiende que el usuario consiente el envío de "
     "publicidad.", True),
    ("Al realizar una reserva, usted acepta la política de cancelación.", False),
    ("Con la creación de la cuenta, recibirás un correo de bienvenida con tus datos de acceso.", False),
])
def test_spanish_promotions_deemed_accepted_fourth_batch_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a fourth batch of own phrasings of class 5 (round p23): inclusive forms, other joins, times,
    # senders and registers, with look-alikes
    ("Al utilizar nuestro asistente de IA, consientes que tus interacciones se usen para el "
     "entrenamiento de nuestros modelos.", True),
    ("Mientras utilices el bot, tus mensajes podrán emplearse para mejorar la IA; si "
     "continúas, lo aceptas.", True),
    ("Al utilizar nuestro asistente de IA, aceptas que tus interacciones se guarden 30 días "
     "por motivos de seguridad.", False),
    ("Nuestros modelos se entrenan solo con datos públicos.", False),
])
def test_spanish_bot_improvement_fourth_batch_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled



@pytest.mark.parametrize(("notice", "bundled"), [
    # the details (tus datos) asked instead of the address, or the download said to be delivered,
    # then our coming content promised (class {cls}, round p23, as fr); the copy and an offer stay neutral
    ("Para descargar el catálogo, completa tus datos. Además, te enviaremos nuestras próximas "
     "guías por email.", True),
    ("¡Gracias! Tu ebook se está descargando. Te mandaremos también nuestros nuevos recursos "
     "cada mes.", True),
    ("Tu plantilla está lista. Recibirás además nuestros próximos artículos en tu bandeja de "
     "entrada.", True),
    ("Tu plantilla está lista. Recibirás además una copia en tu correo.", False),
    ("Para descargar el catálogo, completa tus datos. Te enviaremos el archivo en PDF.", False),
    ("Tu ebook se está descargando. Si quieres, puedes suscribirte a nuestras próximas guías.", False),
])
def test_spanish_email_gate_details_or_delivery_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a seventh batch of own phrasings of class 3' (round p23): the box ticked as the trigger, the
    # visitor in the third person, an imperative act, a gerund gate, training 'it'; with look-alikes
    ("Recibe gratis nuestra guía indicando tu email. También te enviaremos promociones de vez "
     "en cuando.", True),
    ("Recibe gratis nuestra guía indicando tu email. También te enviaremos el enlace por SMS.", False),
])
def test_spanish_email_gate_seventh_batch_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a seventh batch of own phrasings of class 4 (round p23): the box ticked as the trigger, the
    # visitor in the third person, an imperative act, a gerund gate, training 'it'; with look-alikes
    ("Por el hecho de comprar, el cliente autoriza el envío de ofertas comerciales.", True),
    ("Por el hecho de comprar, el cliente acepta las condiciones de venta.", False),
])
def test_spanish_promotions_deemed_accepted_seventh_batch_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a seventh batch of own phrasings of class 5 (round p23): the box ticked as the trigger, the
    # visitor in the third person, an imperative act, a gerund gate, training 'it'; with look-alikes
    ("Las conversaciones con Lía, nuestra asistente, se guardan y se usan para entrenarla. Si "
     "continúas, lo aceptas.", True),
    ("Las conversaciones con Lía, nuestra asistente, no se guardan. Si continúas, aceptas las "
     "condiciones.", False),
    ("Al usar el asistente de redacción, aceptas que la IA analice tu texto para mejorarlo.", False),
])
def test_spanish_bot_improvement_seventh_batch_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # look-alikes only, for the structures widened for class 3' (round p23): the act's own
    # delivery, list, code, link or history, the AI denied or doing the visitor's own task
    ("Introduce tu email para recuperar tu contraseña. Te enviaremos un enlace cada vez que lo"
     " solicites.", False),
    ("Tu guía está lista. Nunca compartiremos tu correo con terceros.", False),
    ("Para descargar tu factura, introduce tu número de pedido.", False),
])
def test_spanish_email_gate_look_alikes_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # look-alikes only, for the structures widened for class 4 (round p23): the act's own
    # delivery, list, code, link or history, the AI denied or doing the visitor's own task
    ("Si compras un producto, aceptas que lo entregue nuestra empresa de transporte.", False),
])
def test_spanish_promotions_deemed_accepted_look_alikes_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # look-alikes only, for the structures widened for class 5 (round p23): the act's own
    # delivery, list, code, link or history, the AI denied or doing the visitor's own task
    ("Nuestro asistente no guarda tus mensajes. Ningún dato se usa para entrenar la IA.", False),
    ("Al usar el asistente, aceptas que mejore el formato de tus documentos.", False),
    ("Si usas el chatbot, aceptas que tus mensajes se procesen para atender tu consulta.", False),
])
def test_spanish_bot_improvement_look_alikes_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # class A (round m23): consent to the processing a policy describes, tied to merely using the site
    # or app (ruling 1); the policy says HOW, it is not the document granted (ruling 3)
    ("Al navegar por esta tienda, aceptas el procesamiento conforme a esta declaración.", True),
    ("Si utilizas la web, consientes la recogida, comunicación y transferencia de tus datos.", True),
    ("Al usar este portal, autorizas el uso y la difusión de dicha información.", True),
    # class B: the service by its own name, staying here, advancing in the visit
    ("Al utilizar Cuaderno Azul, consientes la recopilación de tus datos según esta política.", True),
    ("Si se queda aquí, entendemos que acepta las cookies de publicidad.", True),
    ("Si prosigue con su navegación, acepta recibir boletines comerciales.", True),
    # look-alikes: the document alone, an act the processing serves, necessary cookies only, a name
    # with no grant of data, staying without a grant
    ("Al usar Cuaderno Azul, aceptas nuestras Condiciones y la Política de Privacidad.", False),
    ("Al enviar tu consulta, consientes el tratamiento descrito en esta política.", False),
    ("Al registrarte en Cuaderno Azul, consientes el tratamiento de tus datos descrito en esta"
     " política.", False),
    ("Al usar Brisa, aceptas únicamente las cookies técnicas necesarias para que la web funcione.", False),
    ("Si permanece aquí unos minutos más, le mostraremos el resto del catálogo.", False),
    ("Si sigues con tu navegación, podrás configurar las cookies desde el pie de página.", False),
])
def test_spanish_policy_processing_tied_to_using_the_service(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # class F (round m23): mail about the visitor's own requests or account, in the first person or
    # past a domain's dots, is the service; the same sentence with offers is not
    ("Al darte de alta, también aceptas recibir avisos por SMS sobre el estado de tus reservas.", False),
    ("Al darte de alta, también aceptas recibir avisos por SMS sobre nuestras rebajas.", True),
    ("Al registrarte en mitienda.com.mx, aceptas recibir correos de mitienda.com.mx relacionados con"
     " mi pedido.", False),
    ("Al registrarte en mitienda.com.mx, aceptas recibir correos con ofertas de mitienda.com.mx.", True),
    # the purpose that IS the service asked for, with the contact it needs; an app's features named
    # as such; the visitor's own deliverable made to measure; the visitor's own listings
    ("Al seguir, autorizas el uso de tus datos para tramitar tus reservas y llamarte.", False),
    ("Al comprar, aceptas que usemos tu dirección para entregarte el pedido y avisarte si hay incidencias.",
     False),
    ("Al seguir, autorizas el uso de tus datos para tramitar tus reservas y enviarte ofertas.", True),
    ("Al conectar tu cuenta, permites que Nubo lea tus ventas para ofrecerte herramientas como"
     " alertas de stock e informes.", False),
    ("Al conectar tu cuenta, permites que Nubo comparta tus ventas con terceros.", True),
    ("Al continuar, aceptas que analicemos tus respuestas para crear tu plan de entrenamiento"
     " personalizado.", False),
    ("Al continuar, aceptas que usemos tus respuestas para mostrarte anuncios personalizados.", True),
    ("Al continuar, aceptas que usemos tus respuestas para crear tu perfil publicitario"
     " personalizado.", True),
    ("Al continuar, aceptas que usemos tus datos para crear una experiencia personalizada.", True),
    ("Al vender con nosotros, aceptas las normas de calidad para los artículos que publiques.", False),
])
def test_spanish_service_the_visitor_asked_for(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a list whose mail IS the access asked for; a list of offers is more
    ("Deja tu email y te añadiremos a la lista: te enviaremos tu invitación en cuanto abramos.", False),
    ("Deja tu email y te añadiremos a la lista de ofertas de la tienda.", True),
])
def test_spanish_waitlist_whose_mail_is_the_access(notice: str, bundled: bool) -> None:
    snapshot = page(text("f0:t1", notice), action("f0:go", "Pedir acceso"))
    assert bool(BUNDLED.run(snapshot)) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a subscription form: the sender's marketing named bare is the mail it subscribes to (ruling 4);
    # its partners' is more
    ("Al dejar tu móvil, aceptas recibir SMS de marketing de nuestra tienda.", False),
    ("Al dejar tu móvil, aceptas recibir SMS de marketing de nuestros socios.", True),
])
def test_spanish_subscription_form_own_marketing(notice: str, bundled: bool) -> None:
    snapshot = page(text("f0:t1", notice), action("f0:go", "Suscríbete"))
    assert bool(BUNDLED.run(snapshot)) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # class E (round m23): optional processing switched on by itself or made a condition of the service
    ("Además, aceptas el envío automático de estadísticas de uso a nuestro proveedor.", True),
    ("Requerido para utilizar la aplicación: autorizo el envío de reportes de fallos a terceros.", True),
    # look-alikes: the choice itself, no data use, a document required
    ("Al aceptar, autorizas la activación automática de las cookies de análisis.", False),
    ("Aceptas la activación automática de la renovación de tu suscripción.", False),
    ("Obligatorio para usar la app: acepto las condiciones de uso.", False),
])
def test_spanish_optional_processing_made_mandatory(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("hint", "bundled"), [
    # class D (round m23): the use of a field the visitor fills, stated as offers sent to them, beside
    # a button that does something else; not what the field is for, nor on a consent still to be given
    ("Tu teléfono lo utilizaremos para mandarte promociones de la tienda.", True),
    ("Lo usaremos para enviarte el código de acceso.", False),
    ("Usaremos tu correo para enviarte ofertas solo si marcas la casilla.", False),
])
def test_spanish_field_use_stated_as_offers(hint: str, bundled: bool) -> None:
    snapshot = page(text("f0:t1", hint), action("f0:go", "Continuar"))
    assert bool(BUNDLED.run(snapshot)) is bundled


@pytest.mark.parametrize(("sentence", "tricky"), [
    # two negated predicates joined by "y"/"ni" are two statements, not a double negative (round m23);
    # a negation chained in one predicate still is
    ("Nuestra app no es un servicio oficial y no comparte tus datos con la administración.", False),
    ("No vendemos tus datos ni dejamos de protegerlos.", False),
    ("Marque esta casilla si no desea dejar de recibir nuestras ofertas.", True),
    ("Si no desea no recibir ofertas, no haga nada.", True),
])
def test_spanish_coordinated_negations(sentence: str, tricky: bool) -> None:
    assert bool(match_trick_wording(sentence)) is tricky


@pytest.mark.parametrize(("notice", "bundled"), [
    # an application's data kept for what comes after it (later vacancies, a talent pool) is a use
    # beyond the request (ruling 2, round m23); this process alone is what sending asks for
    ("Al enviar tu candidatura, autorizas que conservemos tu currículum en nuestra bolsa de talento.", True),
    ("Al mandar tu currículum, aceptas que lo tengamos en cuenta para próximas vacantes.", True),
    ("Al enviar tu candidatura, autorizas que tratemos tus datos para este proceso de selección.", False),
    ("Al inscribirte, aceptas recibir avisos de próximas convocatorias del curso.", False),
])
def test_spanish_application_kept_for_later(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("decline", "shames"), [
    # class C (round m23): the struggle kept up alone or by hand, a chance refused by intention or in
    # the first-person future; a plain alternative, a deferral or a plain refusal stays neutral
    ("No, gracias, prefiero seguir corrigiendo mis textos a mano.", True),
    ("Prefiero seguir buscándolo todo yo sola.", True),
    ("No, no pienso probar suerte.", True),
    ("No, gracias, prefiero pagar con tarjeta.", False),
    ("No, prefiero seguir comprando como invitado.", False),
    ("No, no voy a suscribirme.", False),
    ("No, ahora no quiero apoyar.", False),
])
def test_spanish_declines_alone_or_refusing_a_chance(decline: str, shames: bool) -> None:
    assert bool(match_confirmshaming(decline)) is shames


@pytest.mark.parametrize(("notice", "bundled"), [
    # look-alikes for classes B and D (round m23): a payment tool named, its data passed for the payment
    # the visitor makes; a field's offers on a consent still to be given
    ("Al utilizar Bizum, consientes la comunicación de tus datos a tu banco para completar el pago.", False),
    ("Al utilizar Bizum, consientes la comunicación de tus datos a nuestros socios publicitarios.", True),
    ("Lo usaremos para enviarte ofertas si nos das tu consentimiento.", False),
    ("Lo usaremos para enviarte ofertas, siempre con tu permiso previo.", False),
])
def test_spanish_named_service_and_field_use_look_alikes(notice: str, bundled: bool) -> None:
    snapshot = page(text("f0:t1", notice), action("f0:go", "Continuar"))
    assert bool(BUNDLED.run(snapshot)) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # class A/B in more words (round m23): a policy's defined term capitalised, the service's use as a
    # noun, the processing taken up by a demonstrative, conformity expressed, information collected bare
    ("Si visitas la Plataforma, estás de acuerdo con el tratamiento de conformidad con esta política.", True),
    ("La utilización de Cuaderno Azul supone la aceptación del tratamiento de datos aquí descrito.", True),
    ("Al continuar usando Cuaderno Azul, consientes tal tratamiento.", True),
    ("Al navegar por la web, expresas tu conformidad con la recogida de tus datos.", True),
    ("Al visitar el portal, aceptas que registremos información sobre tu navegación.", True),
    # look-alikes: the terms or a document, a lower-case service whose cookies are necessary, an act the
    # collection serves, trade practices
    ("La utilización de Cuaderno Azul supone la aceptación de las condiciones de uso.", False),
    ("Si usas los servicios, permites sus cookies y funciones de seguimiento necesarias para que funcionen.",
     False),
    ("Al enviar el formulario, expresas tu conformidad con las condiciones.", False),
    ("Al registrarte, aceptas que recopilemos información para crear tu cuenta.", False),
    ("Al usar Cuaderno Azul, aceptas nuestras prácticas de moderación.", False),
])
def test_spanish_using_the_service_in_more_words(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # class D (round m23): the sender's own content mail, or being kept informed of its doings,
    # stated after an act that did not ask for it; not news of the visitor's own order or event
    ("Al bajarte el ebook, recibirás además nuestras recetas cada semana.", True),
    ("Al colaborar con un donativo, consientes que te mantengamos al día de nuestros proyectos.", True),
    ("Al apuntarte al taller, aceptas que te mantengamos informado sobre el taller.", False),
    ("Al comprar, aceptas que te mantengamos al tanto de tu envío.", False),
    ("Al registrarte, recibirás un correo de confirmación.", False),
    ("Al suscribirte, recibirás nuestros consejos.", False),
])
def test_spanish_mail_announced_after_another_act(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # class I (round m24): the practices a policy describes, or processing per "these policies", granted by
    # using the service named after another act, by its own name before the verb or a parenthesis, or from
    # the moment of entry; consent presumed as given in the perfect
    ("Al darte de alta o utilizar la app, consientes las prácticas explicadas más abajo.", True),
    ("Al visitar Huerto Vivo aceptas las prácticas recogidas en nuestras políticas.", True),
    ("Al usar Mapa Sur (la «App»), aceptas el tratamiento conforme a estas políticas.", True),
    ("El usuario consiente el tratamiento de sus datos desde el momento de su acceso al sitio.",
     True),
    ("Al entrar en el portal, se entiende que has otorgado tu consentimiento para tratar tus datos.", True),
    # look-alikes: a document or terms granted, house rules, no grant, conformity with a contest's rules
    ("Al darte de alta o utilizar la app, aceptas los términos de uso.", False),
    ("Al visitar Huerto Vivo aceptas las normas de convivencia descritas más abajo.", False),
    ("Al usar Mapa Sur (la «App»), aceptas las condiciones de esta página.", False),
    ("Desde el momento de su acceso al portal podrá consultar nuestras políticas.", False),
    ("Al enviar el formulario, se entenderá que has dado tu conformidad con las bases del concurso.", False),
])
def test_spanish_practices_granted_by_using_the_service(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # class J (round m24): the click spelt "click" is still the choice; a document's changes published are
    # no publication of data; trade "comerciales" are no marketing; a changed cookie policy is terms changed;
    # the cookie policy granted by browsing grants its cookies, by registering only the document
    ("Al hacer click en «Acepto», autorizas las cookies de medición.", False),
    ("Si sigues en la web una vez publiquemos las modificaciones, aceptas los términos nuevos.", False),
    ("Al operar en el mercado, aceptas que las operaciones comerciales se cierran en euros.", False),
    ("Si sigues navegando tras el cambio, aceptas la política de cookies actualizada.", False),
    ("Al crear tu cuenta aceptas la política de cookies.", False),
    ("Un click en cualquier parte de la página supone que aceptas las cookies de terceros.", True),
    ("Al participar, aceptas que publiquemos tu nombre en la lista de ganadores.", True),
    ("Puedes bloquear las cookies en tu navegador. Si sigues navegando, aceptas nuestra política de cookies.",
     True),
])
def test_spanish_false_flags_and_the_cookie_policy(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("sentence", "trick"), [
    # "no exclusivamente" is "not only": an adverb of scope, no refusal to double
    ("Usamos estos datos, aunque no exclusivamente, para medir la audiencia.", False),
    ("Tratamos tu información no exclusivamente para el envío del pedido.", False),
    ("Si no quieres quedar excluido de las ofertas, no marques la casilla.", True),
])
def test_spanish_exclusively_is_no_refusal(sentence: str, trick: bool) -> None:
    assert bool(match_trick_wording(sentence)) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # class H (round m24): being recorded or photographed, or the device data taken, tied to joining, staying
    # on the call, entering or connecting to the venue's network
    ("Si te quedas en la videollamada, aceptas que la grabemos.", True),
    ("Al entrar en la sala, consientes la filmación de la charla.", True),
    ("La asistencia al festival supone tu consentimiento para aparecer en las fotos del evento.", True),
    ("Si te conectas al wifi de invitados, autorizas que recopilemos datos de navegación.", True),
    # look-alikes: a plain recording notice with no grant, a recording kept for the visitor, an engraving,
    # the network's terms only
    ("Le informamos de que esta conversación puede ser grabada.", False),
    ("Al inscribirte, aceptas que la clase quede grabada para que puedas repasarla.", False),
    ("Al encargar la pulsera, aceptas que el grabado tarda tres días.", False),
    ("Al conectarte a la red de la biblioteca, aceptas sus normas de uso.", False),
])
def test_spanish_recording_tied_to_joining_or_entering(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # class J (round m24): the information of the event, trip or order the act is about is its own follow-up;
    # news of other events beside it is not
    ("Al sacar tu entrada, aceptas que te enviemos los detalles del concierto.", False),
    ("Al reservar, consientes recibir instrucciones de tu estancia por SMS.", False),
    ("Al sacar tu entrada, aceptas que te enviemos los detalles del concierto y de otros festivales.", True),
    ("Al reservar, consientes recibir información de nuestras escapadas.", True),
])
def test_spanish_information_of_the_acts_own_matter(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("label", "bundled"), [
    # a box whose one tick agrees ("estar de acuerdo") with the service's terms and grants an optional use
    # after its "y"; agreeing with the terms and the policy alone, or with contact about the request: none
    ("Estoy de acuerdo con las condiciones del servicio y acepto recibir ofertas de socios.", True),
    ("Estoy de acuerdo con las condiciones de uso y la política de privacidad.", False),
    ("Estoy de acuerdo con los términos y que me contactéis sobre mi solicitud.", False),
])
def test_spanish_box_agreeing_with_terms_and_more(label: str, bundled: bool) -> None:
    assert bool(match_bundled_control_label(label)) is bundled


@pytest.mark.parametrize(("sentence", "trick"), [
    # class G (round m24): the visitor's likeness or data used unless they inform or advise us otherwise
    ("Te fotografiaremos durante la jornada salvo que nos avises de lo contrario.", True),
    ("Salvo que nos informes de lo contrario, consientes que te enviemos información de cursos.", True),
    # look-alikes: the order's delivery, a recording offered, one waiting for a tick, a booking kept
    ("Salvo que nos informes de lo contrario, el pedido se entregará en tu dirección.", False),
    ("Si quieres, podemos grabar la sesión para ti.", False),
    ("Te fotografiaremos solo si marcas la casilla.", False),
    ("Salvo que nos avises con antelación, la reserva se mantiene.", False),
])
def test_spanish_likeness_used_unless_told_otherwise(sentence: str, trick: bool) -> None:
    assert bool(match_trick_wording(sentence)) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # consent called implied or tacit is the grant itself, not a condition still to be met
    ("Guardamos tu historial con tu consentimiento tácito al navegar por la tienda, para mostrar publicidad.",
     True),
    ("Solo te enviaremos ofertas con tu consentimiento expreso.", False),
    ("Al navegar por la tienda, solo mostraremos publicidad con tu permiso.", False),
])
def test_spanish_implied_consent_is_a_grant(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # class N (round m25): consent the sentence itself calls tacit, of the visitor's data or of the privacy
    # notice, tied to an act; the mere use of the site named as a feminine noun
    ("Al contratar nuestros servicios, consientes tácitamente que tratemos tus datos conforme a este aviso.",
     True),
    ("Al reservar, das tu consentimiento de forma implícita al tratamiento de tus datos personales.", True),
    ("Con la descarga de la app, el cliente acepta de modo tácito el aviso de privacidad.", True),
    ("Mediante la mera utilización de esta aplicación, nos autorizas a ceder tu información a terceros.",
     True),
    # look-alikes: terms accepted tacitly, consent called express, a tacit consent revoked or denied
    ("Al usar la app, aceptas de manera tácita las condiciones de uso.", False),
    ("Al registrarte, aceptas de manera expresa que tratemos tus datos para gestionar tu cuenta.", False),
    ("Puedes revocar en cualquier momento el consentimiento tácito que nos diste al enviar el formulario.",
     False),
    ("Al enviar el formulario no aceptas de manera tácita que tratemos tus datos: te lo pediremos aparte.",
     False),
    ("Con la mera utilización del portal, aceptas las condiciones de uso.", False),
])
def test_spanish_tacit_consent_presumed_from_an_act(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("sentence", "trick"), [
    # class N (round m25; ruling 5): a deadline to state a refusal, after which the secondary processing or a
    # tacit consent stands
    ("Dispone de diez días naturales para oponerse al uso de sus datos con fines secundarios.", True),
    ("Usamos tus datos para fines de mercadotecnia. Tienes un plazo de 5 (cinco) días hábiles para "
     "comunicarnos tu oposición.", True),
    ("Le informamos que tiene un término de tres días hábiles para que exprese su rechazo al tratamiento de "
     "sus datos para las finalidades adicionales.", True),
    ("Daremos por otorgado su consentimiento tácito si dentro del plazo de quince días no manifiesta su "
     "oposición.", True),
    # look-alikes: a deadline for something else, the standing right to object, ARCO rights
    ("Cuenta con un plazo de cinco días hábiles para recoger su pedido.", False),
    ("Tiene un plazo de diez días hábiles para manifestar su inconformidad con la factura.", False),
    ("Usted puede manifestar su negativa al tratamiento de sus datos para finalidades secundarias en "
     "cualquier momento.", False),
    ("Tiene un plazo de 30 días para ejercer sus derechos ARCO sobre el tratamiento de sus datos.", False),
    ("Dispone de diez días naturales para devolver el producto con fines de reembolso.", False),
])
def test_spanish_deadline_to_refuse_secondary_purposes(sentence: str, trick: bool) -> None:
    assert bool(match_trick_wording(sentence)) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # class K (round m25): the visitor's likeness or name used for publicity, tied to attending, entering or
    # accepting a prize
    ("La aceptación del premio implica autorizar el uso del nombre y la imagen del ganador con fines "
     "publicitarios.", True),
    ("Al asistir a la gala, aceptas aparecer en la retransmisión en directo del público.", True),
    ("Al inscribirte en la carrera, consientes salir en los vídeos promocionales de la prueba.", True),
    # look-alikes: the prize's rules, the venue's rules, a recording by the security cameras only, a separate
    # request to tell the crew
    ("La aceptación del premio supone la conformidad con las bases del sorteo.", False),
    ("Al asistir a la gala, aceptas las normas del recinto.", False),
    ("Al entrar en el recinto, aceptas ser grabado por las cámaras de seguridad.", False),
    ("Al acceder a las instalaciones, consientes que te grabemos con fines exclusivamente de seguridad.",
     False),
    ("Si prefieres no aparecer en las fotos, avisa al equipo al llegar.", False),
])
def test_spanish_likeness_used_for_publicity_by_taking_part(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("label", "bundled"), [
    # class K (round m25): a box accepting the terms that it says include the use of the visitor's likeness
    ("Acepto las bases del concurso, incluido el uso de mi imagen y mi nombre en la difusión de los premios.",
     True),
    ("He leído y acepto los términos de participación, incluidas las cláusulas relativas a la difusión de mi "
     "imagen en redes.", True),
    ("Acepto las condiciones del taller (incluidas las referentes a la grabación de mi voz).", True),
    ("Acepto las condiciones de uso, incluido el envío de comunicaciones comerciales.", True),
    # look-alikes: the terms include only what the service is (cancellation, a licence to the entry shown, a
    # deadline)
    ("Acepto las condiciones de inscripción, incluidas las relativas a la cancelación.", False),
    ("Acepto las bases del concurso, incluidas las referentes a la licencia de la obra presentada para su "
     "exhibición.", False),
    ("Acepto las bases, incluido el plazo de entrega de las obras.", False),
    ("Acepto los términos y condiciones, incluida la política de privacidad.", False),
    ("Acepto las bases, incluido el envío del premio a mi domicilio.", False),
    ("Acepto las bases, incluida la comunicación de los resultados por correo.", False),
])
def test_spanish_terms_box_including_likeness_use(label: str, bundled: bool) -> None:
    assert bool(match_bundled_control_label(label)) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # class O (round m25): handing over the CV or the application, named as a noun, with the application kept
    # or passed on for later vacancies
    ("Con el envío de tu candidatura, autorizas que la conservemos para futuros procesos de selección.",
     True),
    ("Mediante la presentación de su currículum, el candidato consiente que lo compartamos con otras "
     "empresas del grupo para otras vacantes.", True),
    ("A partir de la entrega de tu hoja de vida, nos autorizas a tenerla en cuenta para próximas ofertas de "
     "empleo.", True),
    # look-alikes: this process only, reference checks for this vacancy, a document granted
    ("Con el envío de tu candidatura, autorizas que tratemos tus datos para este proceso de selección.",
     False),
    ("Tras la entrega de tu currículum, aceptas que verifiquemos tus referencias laborales para esta "
     "vacante.", False),
    ("Con el envío de tu candidatura, aceptas la política de privacidad.", False),
])
def test_spanish_application_handed_over_and_kept(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # class Q/R (round m25): the data passed to the one provider who serves the visitor, the visitor's own
    # diagnosis, a list the notice says it does not add them to: what the request needs
    ("Al solicitar el presupuesto, aceptas que facilitemos tus datos de contacto a un único instalador "
     "autorizado para que te visite.", False),
    ("Al pedir cita, aceptas que compartamos tus datos con la clínica más cercana para que te atienda.",
     False),
    ("Al solicitar el diagnóstico gratuito, aceptas que compartamos tus datos con un único técnico para "
     "que te atienda. No te añadiremos a listas de correo.", False),
    ("Al enviar la consulta, aceptás que Estudio Norte te escriba para coordinar tu diagnóstico.", False),
    # an optional use rides along: a partner or advertiser as recipient, offers sent, a second use, diagnostic
    # data sent
    ("Al enviar el formulario, aceptas que compartamos tus datos con un socio comercial para que te envíe "
     "ofertas.", True),
    ("Al enviar el formulario, aceptas que compartamos tus datos con una clínica de la red para que te "
     "atienda y con nuestros socios para fines publicitarios.", True),
    ("Al enviar el formulario, aceptas que compartamos tus datos con el anunciante para que te atienda.",
     True),
    ("Al enviar el formulario, aceptás que FOMO te contacte para coordinar tu diagnóstico y te envíe "
     "novedades.", True),
    ("Al instalar la app, aceptas enviar datos de diagnóstico.", True),
])
def test_spanish_processing_that_serves_the_request(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "tied"), [
    # round m26 class S: the participant named by the role taking part gives ("Los participantes …")
    # grants the use of their likeness, name or event photos: tied to taking part, as "by entering" is
    # ... while the rules accepted, the work licensed for judging, the organiser's own promise, results
    # published, a separate opt-in or the entrant's declarations stay untied
    ("Los participantes autorizan a la organización a utilizar su imagen en las redes sociales "
     "del evento.", True),
    ("Cada concursante autoriza expresamente al club a difundir su nombre y fotografías con "
     "fines promocionales.", True),
    ("Los ganadores aceptan que su nombre e imagen sean publicados en la web de la marca.", True),
    ("Todo inscrito autoriza que las fotografías tomadas durante la carrera se utilicen en la "
     "promoción del evento.", True),
    ("Los participantes aceptan las bases del concurso.", False),
    ("Cada participante autoriza al jurado a evaluar su obra.", False),
    ("La organización se compromete a no utilizar la imagen de los participantes.", False),
    ("Los participantes podrán autorizar el uso de su imagen marcando la casilla correspondiente.", False),
    ("Los resultados y la clasificación de los participantes se publicarán en la web.", False),
    ("Los participantes deben ser mayores de 18 años y declaran que la obra es original.", False),
])
def test_spanish_participant_role_grants_publicity_as_a_term_of_entering(notice: str, tied: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is tied


# round m26, class V (ruling 5): every box of a list left empty ("todas", "ambas" for the boxes just
# named) grants the use; all left empty refusing or sending nothing, a text field left blank, a form's
# other blanks and a box ticked to agree stay neutral
@pytest.mark.parametrize(("text", "tricky"), [
    ("Señala solo lo que rechazas. Si mantienes todas las casillas vacías, aceptas que compartamos tus "
     "datos con nuestros socios.", True),
    ("Si dejas ambas opciones sin marcar, consientes el uso de tu imagen en nuestras redes sociales.", True),
    ("Si las dejas todas en blanco, nos autorizas a enviarte publicidad por SMS.", True),
    ("Si dejas todas en blanco, no recibirás ninguna comunicación comercial.", False),
    ("Deja este campo en blanco si quieres usar el correo de tu cuenta.", False),
    ("Puedes dejar todas las preguntas opcionales en blanco y enviar el formulario.", False),
    ("Marca las casillas que autorizas. Si las dejas todas en blanco, no nos autorizas nada.", False),
])
def test_spanish_every_box_left_empty_grants(text: str, tricky: bool) -> None:
    assert (match_trick_wording(text) is not None) is tricky


@pytest.mark.parametrize(("notice", "bundled"), [
    # class U (round m26): contacting the visitor to schedule or arrange the appointment the form asks for is
    # that request's follow-up; an offer, a partner or a second use beside it stays bundled
    ("Al enviar tus datos, aceptas que te llamemos para confirmar tu cita.", False),
    ("Al registrarte, autorizas a Clínica Sol a contactarte para programar tu primera consulta sin "
     "compromiso.", False),
    ("Al rellenar la solicitud, autorizas a Reformas Díaz a llamarte para concertar la visita técnica.",
     False),
    ("Al completar este formulario, autorizas a Techos Norte a contactarte para agendar tu inspección y "
     "enviarte ofertas.", True),
    ("Al completar este formulario, autorizas a Techos Norte a contactarte para ofrecerte promociones.",
     True),
    ("Al completar este formulario, autorizas a nuestros socios a contactarte para agendar tu visita.", True),
])
def test_spanish_contact_to_schedule_the_visitors_own_appointment(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled
