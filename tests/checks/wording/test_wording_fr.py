"""French phrasings written here (not the real set) that pin the wording mechanisms
of the French lexicon, each with neutral look-alikes that must stay neutral."""

from __future__ import annotations

import sys

import pytest
from wording_snapshots import action, control, page, text

from consentinel.checks.bundled_consent import CHECK as BUNDLED
from consentinel.checks.confirmshaming import CHECK as SHAMING
from consentinel.lexicon.wording import (
    _pattern_lexicon,
    is_subscription_action,
    lexicon,
    match_bundled_control_label,
    match_bundled_sentence,
    match_confirmshaming,
    match_trick_wording,
)


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


@pytest.mark.parametrize(("notice", "tied"), [
    # the grant in the subjunctive, imperfect or future is still a grant; continuing named after a
    # comma as the way to meet the condition ties it to continuing
    ("Nous ne déposerons ces traceurs publicitaires qu'à condition que vous l'acceptiez, "
     "en parcourant le site.", True),
    ("Ces outils de mesure d'audience ne fonctionnent que si vous y consentez, "
     "en poursuivant votre visite.", True),
    ("Nos partenaires n'afficheront de publicité ciblée que pourvu que vous y consentiez, "
     "en restant sur la page.", True),
    # ... while a condition met elsewhere (the banner, the settings) grants nothing now
    ("Nous ne déposerons ces traceurs publicitaires qu'à condition que vous l'acceptiez "
     "dans le bandeau.", None),
    ("Ces outils de mesure d'audience ne fonctionnent que si vous y consentez dans le bandeau.", None),
    ("Nos traceurs ne seront activés qu'à condition que vous y consentiez "
     "depuis le panneau de réglages.", None),
])
def test_french_grants_in_every_mood_and_conditions_met_by_continuing(notice: str, tied: bool | None) -> None:
    found = match_bundled_sentence(notice)
    assert (found.tied_to_action if found else None) is tied


@pytest.mark.parametrize(("notice", "bundled"), [
    # what the visitor writes used to train or improve an AI is an optional use tied to the action
    ("En utilisant le chat, vous acceptez que vos questions soient utilisées "
     "pour l'entraînement de notre IA.", True),
    ("En créant un compte, vous acceptez nos conditions. "
     "Vos conversations serviront à entraîner nos modèles.", True),
    # an AI that only answers, or a service improved, names no such use
    ("En utilisant l'assistant, vous acceptez que vos messages soient traités "
     "par notre IA pour vous répondre.", False),
    ("En vous inscrivant, vous acceptez nos CGU. "
     "Notre IA analyse vos messages pour répondre à vos questions.", False),
    ("En utilisant ce site, vous acceptez nos conditions. "
     "Nous utilisons vos retours pour améliorer nos services.", False),
])
def test_french_training_an_ai_on_what_one_writes_is_a_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # one's image or voice published or used is an optional use, whatever the action granting it
    ("En participant à l'atelier, vous consentez à ce que vos photos puissent être diffusées "
     "sur nos réseaux sociaux.", True),
    ("En vous abonnant, vous autorisez l'exploitation de votre voix dans nos podcasts.", True),
    ("En validant votre billet, vous acceptez de céder votre droit à l'image pour nos supports.", True),
    # a profile photo only shown to members, or a photo sent in to be published, is the service
    ("En créant votre profil, vous acceptez que votre photo soit visible par les autres membres.", False),
    ("En envoyant votre photo au concours, vous acceptez qu'elle figure dans la galerie.", False),
])
def test_french_ones_image_or_voice_published_is_a_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a pronominal gerund, the visit or sign-up as subject or means, consent presumed, tutoiement
    ("En vous identifiant, vous acceptez de recevoir nos bons plans par SMS.", True),
    ("Par votre simple navigation sur ce site, vous consentez au dépôt de traceurs publicitaires.", True),
    ("Toute participation au tirage au sort emporte votre accord pour être démarché par des tiers.",
     True),
    ("Nous déposons des cookies de mesure d'audience et, pour le moment, nous estimons que vous les "
     "acceptez.", True),
    ("Ce blog utilise des cookies publicitaires. Si tu restes sur le site, tu acceptes leur dépôt.", True),
    ("En ignorant ce message ou en cliquant sur « OK », vous acceptez les cookies publicitaires.", True),
    # the action is the consent, or what is accepted is the terms or the transaction
    ("En vous abonnant, vous acceptez de recevoir nos bons plans par e-mail.", False),
    ("Votre inscription à la course vaut acceptation du règlement.", False),
    ("En commandant, vous acceptez de recevoir la confirmation de votre commande par e-mail.", False),
    ("En cliquant sur « OK », vous acceptez les cookies publicitaires.", False),
])
def test_french_ties_to_acts_presumed_consent_and_receiving(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "shaming"), [
    # a heavy heart, luck, fun, the last to know, regrets, a name the decliner is made to take
    ("Fermer le cœur serré", True),
    ("Non, je ne me sens pas gagnant ni chanceux aujourd'hui", True),
    ("Non merci, je préfère recevoir les infos en dernier, dernier informé comme toujours", True),
    ("Non merci, je choisis les regrets", True),
    ("Non, je suis trop froussard pour ça", True),
    ("Non merci, pas de remise pour moi", True),
    ("Non merci, je n'en veux aucune, de ces réductions", True),
    # plain declines, and a wish about one's data, stay neutral
    ("Fermer", False),
    ("Non merci, pas de newsletter pour moi", False),
    ("Je ne souhaite pas que mes données soient partagées avec des partenaires", False),
    ("Non merci, je ne veux aucun e-mail", False),
])
def test_french_heavy_heart_and_new_goods_and_losses(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("text", "trick"), [
    # consent, transfers, publication, telemetry as topics; "ne plus"; a cross in the box; questions
    ("Cochez cette case si vous ne consentez pas au transfert de vos coordonnées.", True),
    ("Cochez ici si vous préférez ne plus avoir nos offres en avant-première.", True),
    ("Si vous ne voulez pas que votre photo soit publiée, marquez cette case d'une croix.", True),
    ("Vous opposez-vous à l'envoi de nos offres par courrier ?", True),
    ("Bloquer le partage des statistiques d'usage ? (o/n)", True),
    ("Sans opposition de votre part, vos coordonnées seront transmises à nos partenaires.", True),
    # the plain opt-in, the plain opt-out and a question whose yes grants
    ("Cochez cette case si vous consentez au transfert de vos coordonnées.", False),
    ("Décochez cette case si vous ne souhaitez plus recevoir nos offres.", False),
    ("Activer la télémétrie ? (o/N)", False),
    ("Acceptez-vous l'envoi de nos offres par courrier ?", False),
])
def test_french_inverted_boxes_and_questions_on_new_topics(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("words", "shaming"), [
    # needing none of the good, doing without it gladly, not a fan of it, declining it
    ("Non, je n'ai besoin d'aucun cadeau de bienvenue", True),
    ("Pas besoin de bons plans, merci", True),
    ("Non, ma boutique n'a pas besoin de plus de clients", True),
    ("Non merci, je me passe fort bien de ces économies", True),
    ("Non, je ne suis pas friande des promotions", True),
    ("Je décline ma remise de bienvenue", True),
    ("Trop timide pour gagner un voyage 🙈", True),
    # ... while needing nothing, declining an invitation or being too late stay neutral
    ("Pas besoin de mot de passe, merci", False),
    ("Non, je décline la proposition de rendez-vous", False),
    ("Trop tard pour modifier ? Continuer", False),
    ("Non, je ne suis pas fan des e-mails", False),
    # an account's perks given up are a good; the account itself is what is declined
    ("Je paie sans m'inscrire et je renonce aux avantages du compte", True),
    ("Non merci, je renonce au compte pour l'instant", False),
])
def test_french_goods_needed_not_or_gladly_done_without(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("words", "shaming"), [
    # failure, toil, the couch, a dull complexion, a missed release in another tense, a price paid
    ("Non, l'échec ne me fait pas peur, je reste comme ça", True),
    ("Non merci, je préfère trimer seul", True),
    ("Non, je préfère rester vautrée dans mon lit", True),
    ("Non merci, je garde mon teint terne", True),
    ("Non, tant pis, je raterai la rentrée littéraire", True),
    ("Non merci, je paierai les 12 € de livraison", True),
    ("Je refuse ce bon plan, quitte à payer plus cher", True),
    # going on without a price cut names the checkout step; paying in instalments is a way to pay
    ("Non, je poursuis ma commande sans remise", False),
    ("Non merci, je paierai en deux fois", False),
    ("Non merci, je garde mon canapé actuel", False),
])
def test_french_losses_in_other_words_and_tenses(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    ("Continuer à utiliser notre application vaut acceptation des traceurs publicitaires.", True),
    ("En postulant, vous acceptez que votre CV soit partagé avec nos partenaires.", True),
    # an infinitive that grants nothing, the newsletter subscribed to, recontact about the request
    ("Continuer à utiliser notre application ne vaut pas acceptation des traceurs.", False),
    ("En vous abonnant, vous acceptez de recevoir notre lettre d'information mensuelle.", False),
    ("En validant ce formulaire, vous acceptez d'être recontacté à propos de votre commande.", False),
    ("En postulant, vous acceptez que votre CV soit transmis au recruteur.", False),
])
def test_french_paraphrased_notices(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("text", "trick"), [
    # the one who refuses named by a relative clause, ticking; the empty box that subscribes
    ("Tout abonné qui ne veut plus recevoir nos actualités est invité à cocher cette case.", True),
    ("Ceux qui ne souhaitent pas être démarchés par nos partenaires cochent la case ci-dessous.", True),
    ("Si tu laisses la case non cochée, tu seras inscrit à nos offres.", True),
    # the relative clause that wants, ticking for a paper invoice; the empty box that subscribes nobody
    ("Tout abonné qui veut recevoir nos actualités est invité à cocher cette case.", False),
    ("Le client qui ne souhaite pas recevoir de facture papier coche cette case.", False),
    ("Si vous laissez cette case décochée, vous ne serez inscrit à aucune liste.", False),
    ("Laissez la case vide si vous êtes déjà inscrit à la newsletter.", False),
])
def test_french_relative_condition_and_the_subscribing_empty_box(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("text", "trick"), [
    # negative concord: "ne … plus aucun / jamais rien" is one negation, two apart stay two
    ("Je ne veux plus recevoir aucun e-mail de votre part", False),
    ("Je ne souhaite pas ne plus recevoir vos offres", True),
    # an address-book contact is no consent topic; being contacted is
    ("Voulez-vous retirer ce contact de vos favoris ?", False),
    ("Voulez-vous refuser d'être contacté par nos partenaires ?", True),
    # "en cas de refus / d'opposition / de désaccord" is the condition of the box
    ("Cochez ici en cas d'opposition à l'envoi de nos offres", True),
    ("Cochez ici en cas de livraison à une autre adresse", False),
    # a question answered by the box instruction asks its condition
    ("Vous ne souhaitez pas recevoir nos actualités ? Cochez ici.", True),
    ("Vous ne souhaitez plus recevoir nos actualités ? Décochez ici.", False),
    ("Vous souhaitez recevoir nos actualités ? Cochez ici.", False),
    # being chased or written to is marketing
    ("Cochez cette case si vous préférez que nous ne vous relancions pas", True),
])
def test_french_concord_question_conditions_and_contact_topics(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


@pytest.mark.parametrize(("words", "shaming"), [
    # the good handed to someone else, or given up in an idiom
    ("Non, je cède mon bon d'achat à un autre client", True),
    ("Non, je laisse les autres profiter de la remise", True),
    ("Non, je fais l'impasse sur mes points cadeaux", True),
    ("Je fais l'impasse sur cette étape", False),
    # not minding it, in spoken French too
    ("Les soldes m'importent peu", True),
    ("Le mode de livraison m'importe peu", False),
    ("J'ai pas envie de gagner du temps", True),
    ("Je veux pas de newsletter", False),
    # the decliner made to say they are worth nothing, or rich, or should make way
    ("Non, mon temps ne vaut rien", True),
    ("Réservez ma place à quelqu'un de plus courageux", True),
    ("Non merci, je roule sur l'or", True),
    ("Non, je repasserai plus tard", False),
    ("Non, envoyez-le à quelqu'un de plus proche", False),
    # the loss done or let happen, in every person of "rester"
    ("Non, je gaspille mon argent ailleurs", True),
    ("Non merci, je rate mon bus", False),
    ("Non, je préfère que ma boutique reste invisible", True),
    ("Non, mon compte peut bien être piraté", True),
    ("Je ne veux pas de cheveux plus beaux", True),
])
def test_french_goods_given_away_and_spoken_declines(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    # the time of an act binds as its gerund does; the consent act itself does not
    ("Dès que vous ouvrez l'appli, vous acceptez le partage de votre position avec nos annonceurs.", True),
    ("Lorsque vous cliquez sur « Accepter », vous consentez au dépôt de cookies publicitaires.", False),
    ("Quand vous créez un compte, vous acceptez nos conditions générales.", False),
    ("Une fois inscrit, vous acceptez de recevoir les offres de nos partenaires.", True),
    # staying or closing said to be worth a grant, and the act named as a noun or "le fait de"
    ("Continuer sur ce site équivaut à accepter le dépôt de traceurs publicitaires.", True),
    ("Fermer cette fenêtre équivaut à refuser les cookies de mesure d'audience.", False),
    ("Le simple fait de commander vaut accord pour la cession de vos coordonnées à nos partenaires.", True),
    ("Toute réservation vaut acceptation des conditions de vente.", False),
    ("Le fait de cocher cette case vaut consentement à recevoir nos offres.", False),
    # the subscription's own consent, with the way out said after it
    ("En vous abonnant, vous acceptez de recevoir nos offres et pourrez vous désinscrire en un clic.", False),
    ("Lorsque vous vous inscrivez, vous acceptez de recevoir notre newsletter.", False),
])
def test_french_acts_timed_or_named_that_bind_a_grant(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Word valence (textblob-fr's adjective lexicon): a good or loss no word list names is found by
# its polarity; plain descriptors of what is declined are not praise.
@pytest.mark.parametrize(("text", "word"), [
    ("Non merci, je ne veux pas d'un week-end merveilleux", "merveilleux"),
    ("Non, je préfère un résultat ignoble", "ignoble"),
])
def test_french_good_or_loss_found_by_valence_alone(text: str, word: str) -> None:
    decline = lexicon("fr").decline
    assert not decline.goods.search(text.casefold()) and not decline.losses.search(text.casefold())
    found = match_confirmshaming(text)
    assert found is not None and found.phrases[-1] == word


@pytest.mark.parametrize("text", [
    "Non merci, je ne souhaite pas de version classique",
    "Non merci, je ne veux pas de carte physique",
    "Non merci, je ne souhaite pas être contacté",
])
def test_french_valence_leaves_neutral_declines_alone(text: str) -> None:
    assert match_confirmshaming(text) is None


def test_french_valence_lexicon_is_read_from_the_installed_wheel() -> None:
    """Offline: the XML inside textblob-fr is read where pip put it, without importing its code."""
    imported_before = "textblob_fr" in sys.modules
    valences = _pattern_lexicon("textblob_fr", "fr-sentiment.xml")
    assert valences["magnifique"] > 0 > valences["affreux"]
    assert ("textblob_fr" in sys.modules) is imported_before


@pytest.mark.parametrize(("notice", "bundled"), [
    # a permission given by any giving verb, a right given to us
    ("Si vous restez sur ce site, vous nous donnez la permission de déposer des cookies statistiques.", True),
    ("En jouant, le participant accorde à l'organisateur l'autorisation de publier sa photo sur nos réseaux.",
     True),
    ("En publiant un avis, tu nous octroies le droit de le transmettre à nos partenaires.", True),
    # ... but a permission only named, or the visitor's own rights, grants nothing
    ("Nous ne déposons aucun cookie publicitaire sans votre permission.", False),
    ("En utilisant ce site, sachez que la loi vous donne le droit d'accéder à vos données.", False),
    # ... nor a permission as a condition, or withdrawn
    ("Nos partenaires ne reçoivent vos données que si vous nous en accordez la permission.", False),
    ("Vous pouvez révoquer cette autorisation de partage avec nos partenaires à tout moment.", False),
])
def test_french_a_permission_or_right_given_is_a_grant(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # marketing content received, contact with an adverb, information about one's products
    ("En téléchargeant le livre blanc, vous acceptez de recevoir nos astuces chaque semaine.", True),
    ("En créant votre compte, vous acceptez d'être ultérieurement recontacté par nos équipes.", True),
    ("En commandant, vous acceptez que nous vous écrivions des infos concernant nos nouvelles gammes.", True),
    # ... while mail about the visitor's own account or order is not marketing
    ("En créant votre compte, vous acceptez de recevoir des courriels transactionnels.", False),
    ("En commandant, vous acceptez de recevoir des informations sur votre livraison.", False),
])
def test_french_receiving_marketing_by_its_names_not_transactional_mail(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # one's image in the third person, or publicity in the media, granted by taking part
    ("En s'inscrivant au concours, chaque candidat accepte que ses photos soient publiées.", True),
    ("En participant, les lauréats autorisent la publication de leur prénom dans la presse locale.", True),
    # ... but a photo one posts oneself, or press contacts for the winner, name no such use
    ("En participant, le gagnant accepte de retirer son lot en magasin.", False),
    ("En participant, vous acceptez le règlement du concours publié sur notre site.", False),
    ("En rejoignant la galerie, vous acceptez de publier vos photos vous-même.", False),
])
def test_french_publicity_of_participants_in_any_person(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a request sent, then a call or mail back about it, is the answer it asks for
    ("En soumettant votre demande de devis, vous consentez à être rappelé par un conseiller.", False),
    ("Après avoir complété ce formulaire, vous acceptez d'être recontacté rapidement", False),
    # ... not contact by partners, for marketing, or after a download
    ("En soumettant votre demande de devis, vous consentez à être rappelé par nos partenaires.", True),
    ("En complétant ce formulaire, vous acceptez d'être contacté à des fins commerciales.", True),
    ("En téléchargeant ce catalogue, vous acceptez d'être recontacté par téléphone.", True),
    ("En remplissant ce formulaire pour recevoir l'étude, vous acceptez d'être rappelé.", True),
])
def test_french_being_contacted_back_answers_the_request_sent(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # data sent to the professional the visitor picked or whom the request concerns
    ("En validant, vous acceptez que votre numéro soit communiqué à l'ostéopathe choisi.", False),
    ("En réservant, vous acceptez que vos coordonnées soient partagées avec le notaire.", False),
    # ... not to partners picked for the visitor, nor to any trade in the plural
    ("En validant, vous acceptez que votre numéro soit communiqué au partenaire sélectionné.", True),
    ("En validant, vous acceptez que votre numéro soit transmis aux agences sélectionnées.", True),
    ("En validant, vous acceptez que votre numéro soit transmis à l'agence retenue par nos soins.", True),
    ("En validant, vous acceptez que votre numéro soit transmis à l'agence choisie, pour prospection.", True),
])
def test_french_data_passed_to_the_one_the_visitor_picked(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # giving one's e-mail for the letter is subscribing to it; mail about one's own sign-up or
    # the launch one waits for is what one signed up to
    ("En nous laissant votre e-mail, vous acceptez de recevoir notre newsletter mensuelle.", False),
    ("En rejoignant la bêta, vous acceptez de recevoir des messages liés à votre inscription.", False),
    ("En vous inscrivant, vous acceptez de recevoir des e-mails au sujet de l'ouverture du site.", False),
    # ... not sending a message, more than the letter, or news about "our products"
    ("En envoyant votre avis, vous acceptez de recevoir notre newsletter mensuelle.", True),
    ("En indiquant votre e-mail pour ouvrir un compte, vous acceptez de recevoir nos offres.", True),
    ("En nous laissant votre e-mail, vous acceptez de recevoir notre newsletter et celle de nos partenaires.",
     True),
    ("En vous inscrivant, vous acceptez de recevoir des offres commerciales liées à votre compte.", True),
    ("En vous inscrivant, vous acceptez des mails liés à votre compte et ceux de nos partenaires.", True),
    ("En vous inscrivant, vous acceptez de recevoir des mails au sujet du lancement de nos produits.", True),
])
def test_french_mail_the_sign_up_itself_asks_for(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # cookies said to serve only the site's running or sessions, granted by browsing on
    ("Nous utilisons des cookies de session. En naviguant, vous acceptez leur dépôt.", False),
    ("Ce site dépose des cookies aux fins de fonctionnement. En poursuivant, vous les acceptez.", False),
    # ... while analytics beside them stay optional
    ("Nous utilisons des cookies de session et analytiques. En naviguant, vous acceptez leur dépôt.", True),
    ("Ce site dépose des cookies pour son fonctionnement. En poursuivant, vous acceptez les cookies.", True),
    ("Un cookie mémorise votre panier et sert des annonces adaptées. En poursuivant, vous l'acceptez.", True),
])
def test_french_session_cookies_are_necessary_analytics_are_not(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a use that only serves the feature named: a login code sent, a cookie keeping the cart or
    # the feature's own setting
    ("En ajoutant votre mobile, vous acceptez que nous vous envoyions un code de connexion par SMS.", False),
    ("En utilisant les filtres, vous acceptez qu'un cookie retienne vos préférences de tri.", False),
    ("En remplissant votre panier, vous consentez au dépôt d'un cookie pour mémoriser votre panier.", False),
    # ... while offers sent, browsing habits or "preferences" with no feature named stay optional
    ("En ajoutant votre mobile, vous acceptez que nous vous envoyions nos promotions par SMS.", True),
    ("En utilisant les filtres, vous acceptez qu'un cookie retienne vos préférences de navigation.", True),
    ("En remplissant votre panier, vous consentez à un cookie pour mémoriser vos préférences.", True),
])
def test_french_a_use_that_only_serves_the_feature_named(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # what is read about the visitor's device, granted by merely going on using the service
    ("Si vous continuez à utiliser l'appli, vous acceptez que nous lisions les données de votre mobile.",
     True),
    # ... not when signing in is what it serves
    ("En vous connectant, vous acceptez que des informations sur votre navigateur servent à vous identifier.",
     False),
])
def test_french_device_data_read_on_merely_using_the_site(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # reminders and practical details of one's own booking or event are not marketing
    ("En prenant rendez-vous, vous acceptez de recevoir un e-mail de rappel la veille.", False),
    ("En achetant ce billet, vous acceptez de recevoir par SMS les informations pratiques du concert.",
     False),
    ("En réservant, vous acceptez de recevoir des messages sur votre séjour.", False),
    # ... while invitations to other events or offers beside a reminder are
    ("En prenant rendez-vous, vous acceptez de recevoir nos invitations à d'autres ateliers.", True),
    ("En réservant, vous acceptez de recevoir un rappel et nos bons plans.", True),
    ("En réservant, vous acceptez de recevoir des rappels de nos promotions.", True),
])
def test_french_reminders_of_ones_own_booking_are_not_marketing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


def test_french_the_choice_kept_by_the_banner_does_not_make_its_cookies_necessary() -> None:
    notice = ("Nos cookies améliorent votre expérience. En continuant, vous acceptez les cookies. "
              "Nous conserverons votre choix pendant six mois.")
    assert match_bundled_sentence(notice) is not None
    kept_by_the_cookie = "Un cookie conserve votre choix de langue. En continuant, vous acceptez ce cookie."
    assert match_bundled_sentence(kept_by_the_cookie) is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # reading on is using the site; contact to hand over the prize is what winning needs
    ("En poursuivant votre lecture, vous consentez au traitement de vos données personnelles.", True),
    ("En utilisant la fonction de lecture, vous consentez au traitement de vos données personnelles.", False),
    ("En jouant, le gagnant accepte d'être contacté pour la remise de son lot.", False),
    ("En jouant, le gagnant accepte d'être contacté par nos partenaires pour la remise de son lot.", True),
    ("En jouant, le gagnant accepte d'être contacté pour nos prochaines offres.", True),
])
def test_french_reading_on_and_a_prize_handed_over(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # signing up for our mail, in either person and under any name of the mail, is the act itself
    ("En t'abonnant, tu acceptes de recevoir nos courriels.", False),
    ("Quand tu t'inscris, tu acceptes de recevoir des messages de notre part.", False),
    ("En vous inscrivant, vous consentez à recevoir des communications de notre équipe.", False),
    ("En souscrivant à notre lettre d'information, vous acceptez de recevoir nos e-mails hebdomadaires.",
     False),
    # ... not mail from partners, cookies beside it, an account or an offer signed up for
    ("En vous inscrivant, vous acceptez de recevoir des communications de nos partenaires.", True),
    ("En t'abonnant, tu acceptes de recevoir nos courriels et ceux de nos partenaires.", True),
    ("En vous inscrivant, vous acceptez de recevoir des messages de notre part et le dépôt de cookies "
     "publicitaires.", True),
    ("En créant un compte, vous acceptez de recevoir des communications de notre part.", True),
    ("En souscrivant à notre offre, vous acceptez de recevoir des communications de notre part.", True),
])
def test_french_signing_up_for_our_mail_in_any_person_is_the_act_itself(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "shaming"), [
    # not minding a loss, in any word of indifference, is taking it on
    ("Non, je me fiche d'être piraté", True),
    ("Non merci, peu m'importe que mes données soient volées", True),
    ("Non, ça m'est égal de payer plus cher", True),
    ("Je me moque qu'on me mente", True),
    ("Non, je me fiche que ma famille soit protégée", True),
    # indifference alone, about a neutral thing, or one's own mistake or things hidden by oneself
    ("Non merci, ça m'est égal", False),
    ("Non, peu m'importe la couleur", False),
    ("Non, je me fiche des notifications", False),
    ("Non, je préfère vérifier moi-même pour ne pas me tromper", False),
    ("Je préfère cacher mon adresse e-mail", False),
])
def test_french_indifference_to_a_loss_or_to_being_deceived(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    # the act that IS the choice: confirming or saving one's choice or settings
    ("En confirmant votre choix, vous acceptez les cookies sélectionnés.", False),
    ("En sauvegardant tes réglages, tu autorises les traceurs choisis.", False),
    ("En enregistrant votre adresse, vous acceptez de recevoir les offres de nos partenaires.", True),
    # a document about cookies is not them
    ("En créant un compte, tu acceptes nos CGU et notre politique relative aux cookies.", False),
    ("En poursuivant, vous acceptez notre charte cookies.", False),
    ("En naviguant sur ce site, vous acceptez notre politique relative aux cookies et le dépôt de "
     "traceurs publicitaires.", True),
    # necessary cookies under their other names; not beside an optional kind
    ("En continuant, vous acceptez les cookies de sécurité qui protègent votre compte.", False),
    ("En utilisant le site, vous acceptez les cookies d'équilibrage de charge.", False),
    # "cookies fonctionnels" are an optional category in most consent managers, not necessary ones
    ("En naviguant, tu acceptes les cookies fonctionnels.", True),
    ("Nous utilisons des cookies fonctionnels et des cookies de mesure d'audience. En poursuivant votre "
     "navigation, vous acceptez leur utilisation.", True),
    ("En continuant, vous acceptez les cookies techniques et publicitaires.", True),
    ("En utilisant notre site, vous acceptez les cookies de sécurité et de mesure d'audience.", True),
])
def test_french_choices_saved_documents_and_necessary_cookies_by_any_name(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # an option the visitor may take, or the ones they accept described, grants nothing now
    ("Si tu veux, tu peux accepter les cookies de mesure d'audience dans les réglages.", False),
    ("Vous pourrez autoriser les cookies publicitaires depuis le lien en bas de page.", False),
    ("Vous avez la possibilité d'accepter les cookies de mesure d'audience.", False),
    ("Vous pouvez à tout moment modifier les cookies que vous acceptez dans les paramètres.", False),
    ("Tu retrouves ici la liste des partenaires que tu as autorisés.", False),
    # ... while a grant said as a fact, or one the visitor is said to make, still is
    ("En continuant, vous reconnaissez que vous acceptez les cookies publicitaires.", True),
    ("En visitant ce site, tu acceptes que nous puissions déposer des cookies publicitaires.", True),
    ("En poursuivant votre navigation, vous acceptez l'utilisation de cookies, que vous pouvez désactiver.",
     True),
])
def test_french_options_offered_and_settings_described_are_not_grants(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a condition in either person, or the time before consent, grants nothing
    ("Si tu autorises le partage avec nos partenaires, tu recevras leurs offres.", False),
    ("Tant que tu n'as pas accepté, aucun traceur publicitaire n'est déposé.", False),
    ("En continuant, tu acceptes les cookies publicitaires tant que tu ne les refuses pas.", True),
    # the consent kept, described; the accept button or its click as the subject
    ("Ton consentement aux cookies publicitaires sera conservé treize mois.", False),
    ("Un clic sur « J'accepte » autorise nos partenaires à déposer des cookies.", False),
    ("En cliquant sur le bouton « S'inscrire », vous acceptez de recevoir les offres de nos "
     "partenaires.", True),
    # data passed to the one who runs what was booked, and to no one else
    ("En vous inscrivant au cours, vous acceptez que vos coordonnées soient transmises au formateur.", False),
    ("En vous inscrivant au cours, vous acceptez que vos coordonnées soient transmises au formateur et à "
     "nos partenaires.", True),
    ("En commandant, vous acceptez la transmission de votre numéro au livreur et à nos partenaires "
     "commerciaux.", True),
    # necessary cookies by other names, unless an optional kind is beside them
    ("En naviguant, vous acceptez le cookie de langue.", False),
    ("En utilisant ce service, vous acceptez les cookies requis pour la connexion.", False),
    ("En continuant, vous acceptez les cookies requis et les cookies publicitaires.", True),
])
def test_french_conditions_kept_consent_performers_and_required_cookies(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a consent asked, its case or time, and the way to give it grant nothing yet
    ("Acceptes-tu les cookies publicitaires ?", False),
    ("En cas d'acceptation, tes données seront partagées avec nos partenaires.", False),
    ("Une fois votre consentement donné, nos partenaires pourront déposer des cookies.", False),
    ("Pour autoriser nos partenaires, clique sur « J'accepte ».", False),
    ("Pour les autoriser, rends-toi dans les réglages.", False),
    # ... while a grant tied to going on still is, whatever else the sentence says
    ("En poursuivant votre navigation après acceptation, vous consentez au dépôt de cookies publicitaires.",
     True),
    ("En continuant ou en cliquant sur « Accepter », vous acceptez les cookies publicitaires.", True),
    ("En continuant, vous acceptez les cookies publicitaires pour accéder au contenu.", True),
])
def test_french_consent_asked_awaited_or_explained_is_not_given(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "shaming"), [
    # being had or robbed taken on, money said to be no object
    ("Non, je veux continuer à me faire avoir", True),
    ("Non, qu'on me vole mes données, ça m'est égal", True),
    ("Non merci, le prix n'est pas mon problème", True),
    # the same loss avoided or refused, and a look-alike verb
    ("Je préfère vérifier pour ne pas me faire avoir", False),
    ("Non, je ne veux pas me faire avoir", False),
    ("Non, je préfère voler de mes propres ailes", False),
    ("Non merci, le prix me convient", False),
])
def test_french_being_had_or_robbed_and_money_no_object(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    # a choice already made, reported, is no grant; the same said of going on is
    ("Vous avez accepté les cookies publicitaires le 12 mars.", False),
    ("Tu as autorisé nos partenaires à utiliser tes données le 3 mai.", False),
    ("En continuant, vous avez accepté les cookies publicitaires.", True),
    ("Vous avez accepté les cookies publicitaires en poursuivant votre navigation.", True),
    ("Si vous continuez, vous avez accepté le dépôt de cookies publicitaires.", True),
])
def test_french_a_choice_reported_is_not_a_grant_unless_tied_to_going_on(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Being contacted or called back about the visitor's own request, alone in its clause, serves the
# form's act (ruling 2); offers beside it, or contact with no request named, are tied to the act.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("En validant ce formulaire, vous acceptez d'être recontacté par téléphone pour votre "
     "réservation.", False),
    ("En validant ce formulaire, vous acceptez d'être recontacté par téléphone pour votre "
     "réservation et pour nos offres commerciales.", True),
    ("En téléchargeant ce guide, vous acceptez d'être contacté par notre équipe commerciale.", True),
])
def test_french_contact_about_the_request_serves_it(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Setting one's choices is a choice, as clicking an accept button is: a sentence naming both ways
# of choosing ties the grant to no other act; going on browsing beside either still does.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("En configurant vos préférences ou en cliquant sur « Tout accepter », vous consentez aux "
     "cookies publicitaires.", False),
    ("En personnalisant vos choix ou en poursuivant votre navigation, vous acceptez les cookies "
     "de mesure d'audience.", True),
    ("En cliquant sur « Accepter » ou en poursuivant votre navigation, vous consentez aux cookies "
     "publicitaires.", True),
])
def test_french_every_way_of_choosing_is_the_choice(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Using the site grants the processing of data named with any determiner ("des/les données"), or
# the practices a policy states; registering for something, the act the data serves, does not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("En visitant notre site, vous acceptez que nous conservions des informations sur vos visites.", True),
    ("En utilisant cette application, vous consentez à ces pratiques.", True),
    ("En créant un compte, vous acceptez que nous traitions les données nécessaires à votre "
     "inscription.", False),
    ("En vous inscrivant au tournoi, vous acceptez ces pratiques.", False),
])
def test_french_site_use_grants_data_named_any_way(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Our periodic content is a mailing whatever its name; the visitor's own periodic statement is the
# service.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("En téléchargeant le livre blanc, vous acceptez de recevoir notre sélection hebdomadaire.", True),
    ("En vous inscrivant, vous acceptez de recevoir votre relevé mensuel par e-mail.", False),
])
def test_french_our_periodic_content_is_a_mailing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Processing the notice says serves ONLY the running of the site is the necessary one: using the
# site grants nothing optional (ruling 1's exception); an optional use beside it, or necessary
# cookies beside the visitor's data, still grant.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Vos données sont utilisées uniquement pour le fonctionnement du site. En utilisant ce site, "
     "vous consentez au traitement de vos données.", False),
    ("Vos données sont utilisées pour le fonctionnement du site et pour la publicité. En utilisant "
     "ce site, vous consentez au traitement de vos données.", True),
    ("Nous utilisons des cookies uniquement pour le bon fonctionnement du site. En utilisant ce "
     "site, vous consentez au traitement de vos données.", True),
])
def test_french_processing_only_for_running_the_site(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# A grant asked as a question grants nothing (the answer is the choice); a question before a
# sentence that ties the grant to going on does not undo that grant.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Vous acceptez les cookies de mesure d'audience ?", False),
    ("Êtes-vous d'accord pour recevoir nos offres ?", False),
    ("Vous continuez ? En poursuivant votre navigation, vous acceptez les cookies publicitaires.", True),
])
def test_french_grant_asked_as_a_question(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Consent described (what it is, how it is asked) grants nothing; a grant tied to going on stays
# one, however its consent is called.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Votre consentement aux cookies de mesure d'audience est facultatif.", False),
    ("Votre accord pour la prospection commerciale est demandé séparément.", False),
    ("En poursuivant votre navigation, vous donnez votre consentement libre aux cookies "
     "publicitaires.", True),
])
def test_french_consent_described(notice: str, bundled: bool) -> None:
    from wording_snapshots import action, page, text

    from consentinel.checks.bundled_consent import CHECK

    assert bool(CHECK.run(page(text("f0:t1", notice), action("f0:a1", "Continuer")))) is bundled


# A negated untick said with any verb of unticking ("ne pas désélectionner", "ne désactivez pas")
# is a double negative; deactivating something else, or the plain untick-to-refuse, is not.
@pytest.mark.parametrize(("label", "trick"), [
    ("Merci de ne pas désactiver cette option si vous voulez recevoir nos bons plans.", True),
    ("Ne désactivez pas votre compte si vous voulez garder vos données.", False),
    ("Désactivez cette option pour ne plus recevoir nos offres.", False),
])
def test_french_negated_untick_any_verb(label: str, trick: bool) -> None:
    assert (match_trick_wording(label, on_a_box=True) is not None) is trick


# Telling a contest's winner, and security mails about the account, serve the act; offers or
# partners beside them are still tied to it.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("En participant au tirage, vous acceptez d'être contacté par téléphone en cas de gain.", False),
    ("En créant un compte, vous acceptez de recevoir des e-mails liés à la sécurité de votre compte.", False),
    ("En participant au concours, vous acceptez d'être contacté par nos partenaires en cas de gain.", True),
    ("En créant un compte, vous acceptez de recevoir des e-mails de sécurité et nos offres "
     "promotionnelles.", True),
])
def test_french_winner_contact_and_security_mail_serve_the_act(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# The act's own verb is what the visitor does, not a use the sentence grants: sharing an article
# while accepting terms grants no data use; a use named in the grant still counts.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("En partageant cet article, vous acceptez nos conditions d'utilisation.", False),
    ("En partageant ce lien, vous acceptez que nous transmettions votre adresse à nos partenaires "
     "publicitaires.", True),
])
def test_french_the_acts_own_verb_is_no_use_granted(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m19: a thing that enables ("ces cookies nous permettent de…") is described, not granted;
# the visitor allowing us ("vous nous permettez / tu nous permets") still grants.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Ces traceurs nous permettent de mesurer l'audience en enregistrant vos visites et de partager "
     "des statistiques.", False),
    ("Cet outil permettra à nos équipes d'analyser le trafic publicitaire en comptant les pages vues.",
     False),
    ("En naviguant sur ce site, vous nous permettez de déposer des cookies publicitaires.", True),
    ("En t'inscrivant, tu nous permets de partager ton profil avec nos annonceurs.", True),
])
def test_french_a_thing_that_enables_grants_nothing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m19: a permission the visitor holds is declared, not given to us; the message carrying the
# code the act asks for is that act's own resource. Offers beside either are still granted.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("En demandant un code de connexion, vous acceptez de recevoir un SMS sur ce numéro.", False),
    ("En appuyant sur « Vérifier », vous certifiez disposer de l'autorisation du titulaire de la ligne "
     "et acceptez de recevoir un appel de validation.", False),
    ("En demandant un code de connexion, vous acceptez de recevoir des SMS promotionnels.", True),
    ("En créant un compte, tu déclares disposer de l'autorisation de tes parents et acceptes de "
     "recevoir nos offres commerciales.", True),
])
def test_french_held_permission_and_code_message_grant_nothing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m19: the request's handling said as a noun ("pour le traitement de votre demande", "aux
# fins de la gestion de votre dossier") serves the act as the verb does; not beside prospecting.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("En envoyant ce formulaire, vous acceptez que vos coordonnées soient communiquées à notre réseau "
     "d'installateurs aux fins de la gestion de votre dossier.", False),
    ("En confirmant, vous acceptez la transmission de vos données au cabinet partenaire pour le suivi "
     "de votre demande.", False),
    ("En envoyant ce formulaire, vous acceptez que vos coordonnées soient communiquées à nos "
     "partenaires pour le suivi de votre demande et à des fins de prospection.", True),
])
def test_french_request_handling_as_a_noun_serves_the_act(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m19: mail said to come on top of another act ("vous recevrez également…", "tu seras
# automatiquement inscrit…") is granted with it; the visitor's own transaction mail, the mail of a
# subscription itself, or mail with no "also" are not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("En réservant votre séance, vous recevrez aussi nos bons plans chaque mois.", True),
    ("En créant votre compte, tu seras automatiquement inscrit à notre lettre d'information.", True),
    ("En vous abonnant, vous recevrez également les offres de nos partenaires.", True),
    ("Merci pour votre commande. Vous recevrez également un e-mail de confirmation.", False),
    ("En commandant, vous recevrez aussi notre confirmation de commande par SMS.", False),
    ("En vous abonnant, vous recevrez également nos conseils du lundi.", False),
    ("En réservant, vous recevrez votre billet par e-mail.", False),
    ("En commandant, vous recevrez également nos échantillons gratuits.", False),
])
def test_french_mail_on_top_of_the_act_is_granted_with_it(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m19: the site or app named by its own name is the site used ("En utilisant Mon Carnet, …");
# a document granted, or a name followed by another purpose, is not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("En utilisant Mon Carnet, tu acceptes que nous collections tes données.", True),
    ("En visitant boutique-exemple.fr, vous consentez au traitement de vos informations.", True),
    ("En utilisant PayFast, vous acceptez nos conditions générales.", False),
    ("En utilisant Google pour vous connecter, vous consentez au traitement de vos données.", False),
])
def test_french_the_site_by_its_own_name_is_site_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m19 (ruling 5): changed terms, prices or a contract deemed accepted without objection are
# contract law, not consent text; data use or mail deemed granted that way stays trick-wording.
@pytest.mark.parametrize(("words", "trick"), [
    ("Sans opposition de votre part dans un délai de 30 jours, les nouvelles conditions seront "
     "réputées acceptées.", False),
    ("À défaut de refus écrit de votre part, les modifications du contrat entreront en vigueur le mois "
     "suivant.", False),
    ("Sans opposition de votre part, vos données seront partagées avec nos partenaires.", True),
    ("Si vous ne vous opposez pas, nous considérons que vous acceptez de recevoir nos offres.", True),
])
def test_french_terms_deemed_accepted_are_no_trick(words: str, trick: bool) -> None:
    assert (match_trick_wording(words) is not None) is trick


# Round m19: data passed to whom a law sends it, with that law named, is a legal obligation, not an
# option; a privacy law named as cover, or third parties beside it, is still a grant.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("En déposant votre dossier, vous acceptez que vos informations soient communiquées à la caisse "
     "d'assurance maladie en application de l'article L. 161-36 du code de la sécurité sociale.", False),
    ("En validant, vous acceptez que vos données soient transmises à nos partenaires conformément à la "
     "loi Informatique et Libertés.", True),
    ("En validant, vous acceptez que vos données soient transmises à des sociétés tierces conformément "
     "au décret.", True),
])
def test_french_transfer_a_law_requires_is_no_option(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m19: what a granted document explains (a relative clause after it) is its contents, not a
# use granted; a newsletter subscription that goes on to say "and you can unsubscribe" is still the
# subscription itself. A use granted beside the document, or partners' offers, still count.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("En vous connectant, vous acceptez la politique de confidentialité de la plateforme, qui décrit "
     "le partage de données avec des tiers.", False),
    ("En créant un compte, vous acceptez nos CGU, où nous vous expliquons comment nos partenaires "
     "utilisent vos données.", False),
    ("En vous abonnant, vous acceptez de recevoir notre newsletter et vous pouvez vous désabonner à "
     "tout moment.", False),
    ("En créant un compte, vous acceptez nos CGU et le partage de vos données avec nos partenaires, qui "
     "décrit notre offre.", True),
    ("En vous abonnant, vous acceptez de recevoir notre newsletter et les offres de nos partenaires.",
     True),
])
def test_french_document_contents_and_the_subscription_itself(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m19: consent asked for or described as withdrawable grants nothing; the newsletter
# subscription said as a noun is that mail; contact by the one who runs the event booked serves it.
# Each beside a live grant, or beside partners, still bundles.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Nous vous demandons votre accord pour utiliser des cookies publicitaires.", False),
    ("Votre consentement peut être retiré à tout moment en cliquant sur « Gérer les cookies ».", False),
    ("L'inscription à la newsletter implique l'acceptation de recevoir nos e-mails.", False),
    ("En vous inscrivant à l'événement, vous acceptez d'être contacté par l'organisateur pour les "
     "informations pratiques.", False),
    ("En poursuivant votre navigation, vous donnez votre accord pour le dépôt de cookies publicitaires.",
     True),
    ("L'inscription à la newsletter vaut acceptation de recevoir nos e-mails et ceux de nos partenaires.",
     True),
    ("En vous inscrivant à l'atelier, vous acceptez d'être contacté par l'organisateur et ses "
     "partenaires commerciaux.", True),
])
def test_french_consent_asked_or_withdrawable_and_acts_served(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m19: the visitor's own transaction mail sent by us (a delivery tracking e-mail, a reminder of
# the appointment), a call back by one of our advisers, and the alerts one subscribes to serve the
# act; offers, or partners, beside them are still granted.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("En réservant, vous acceptez que nous vous envoyions un SMS de rappel de votre rendez-vous.", False),
    ("En commandant, vous acceptez que nous vous envoyions un e-mail de suivi de livraison.", False),
    ("En soumettant votre demande de devis, vous acceptez d'être recontacté par l'un de nos experts.",
     False),
    ("En vous abonnant à nos alertes, vous acceptez de recevoir des notifications par e-mail.", False),
    ("En commandant, vous acceptez que nous vous envoyions nos offres et un e-mail de suivi de "
     "livraison.", True),
    ("En soumettant votre demande de devis, vous acceptez d'être recontacté par un de nos partenaires.",
     True),
    ("En vous abonnant à nos alertes, vous acceptez de recevoir des notifications de nos partenaires.",
     True),
])
def test_french_own_transaction_mail_and_callbacks_serve_the_act(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m19: a fact about what a refusal does not lead to ("n'aura aucune conséquence", "sans
# incidence") negates no choice; a negated refusal itself stays a double negative.
@pytest.mark.parametrize(("words", "trick"), [
    ("Votre refus n'aura aucune conséquence sur votre commande.", False),
    ("Le refus de partager vos données est sans incidence sur le service.", False),
    ("Si vous ne refusez pas, vos données seront partagées avec nos partenaires.", True),
])
def test_french_no_consequence_of_a_refusal_is_a_fact(words: str, trick: bool) -> None:
    assert (match_trick_wording(words) is not None) is trick


@pytest.mark.parametrize(("label", "subscribes"), [
    # the whole class of sign-up buttons for the mail: "souscrire" with no object, asking to be kept
    # informed, signing up to a named list
    ("Je souscris !", True),
    ("Tenez-moi au courant", True),
    ("Rester informée", True),
    ("Inscrivez-vous à notre liste de diffusion", True),
    ("Abonne-toi", True),
    # subscribing to something else, or a form's other buttons
    ("Je souscris à l'assurance habitation", False),
    ("Souscrire un abonnement mobile", False),
    ("S'inscrire", False),
    ("Valider ma commande", False),
])
def test_french_subscription_buttons_of_every_kind(label: str, subscribes: bool) -> None:
    assert is_subscription_action(label) is subscribes


@pytest.mark.parametrize(("button", "bundled"), [
    # a form whose button subscribes to the very mail granted (ruling 4)
    ("Tenez-moi au courant", False),
    # the same grant beside a purchase or a download is the mail traded for it
    ("Valider ma commande", True),
    ("Télécharger le livre blanc", True),
])
def test_french_mail_granted_beside_a_subscribe_button(button: str, bundled: bool) -> None:
    notice = "En indiquant votre adresse, vous acceptez de recevoir nos bons plans et nos promotions."
    snap = page(text("f0:t1", notice), action("f0:go", button))
    assert bool(BUNDLED.run(snap)) is bundled


@pytest.mark.parametrize(("label", "shames"), [
    # a checkbox whose label opens with the refusal itself is the opt-out it states plainly
    ("Je ne veux pas profiter de la remise de bienvenue", False),
    ("Je refuse le cadeau offert", False),
    # an answer put in the visitor's mouth, or a loss preferred, still shames
    ("Non merci, je ne veux pas profiter de la remise", True),
    ("Je préfère payer plein tarif", True),
])
def test_french_checkbox_stating_its_refusal_is_the_choice(label: str, shames: bool) -> None:
    assert bool(SHAMING.run(page(control("f0:c1", label)))) is shames


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m20: the thing used by any name a notice gives it ("ce bot", "notre outil", "l'extension")
    ("En utilisant ce chatbot, vous consentez à la collecte de vos données.", True),
    ("En utilisant notre extension, vous acceptez le traitement de vos données personnelles.", True),
    # its terms only, or the use of a feature named with its own object
    ("En utilisant ce bot, vous acceptez nos conditions d'utilisation.", False),
])
def test_french_the_thing_used_by_any_name(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21, part B: negatives written by construction for each rule family of bundled-consent and
# trick-wording, in the shapes real French sites use (a document granted whoever owns it, the act's
# own resource or processor, the act that IS the consent, a consent manager's purpose text, a
# condition, a setting described, a withdrawal, a policy's third-person statement, necessary
# processing, an opt-out described, a refusal stated plainly, a renewal deemed agreed, a double
# negative about no consent choice). None is a finding under checks.md and the rulings.
FRENCH_CONSTRUCTED_NEGATIVES = (
    "En créant un compte, vous acceptez nos Conditions générales d'utilisation et notre Politique de "
    "confidentialité.",
    "En vous inscrivant, vous acceptez notre politique de confidentialité, qui explique comment nous "
    "partageons certaines données avec nos partenaires.",
    "En téléchargeant l'application, vous acceptez les conditions générales d'utilisation et la charte de "
    "protection des données.",
    'En participant au jeu concours, vous acceptez sans réserve le règlement disponible sur cette page.',
    'En validant votre panier, vous reconnaissez avoir pris connaissance des conditions générales de vente.',
    "En passant commande, vous acceptez que vos coordonnées soient transmises au transporteur pour la "
    "livraison de votre colis.",
    "En poursuivant votre commande, vous acceptez que vos données de paiement soient transmises à notre "
    "prestataire de paiement sécurisé.",
    "En vous connectant avec Google, vous autorisez Google à nous communiquer votre nom et votre adresse "
    "e-mail.",
    "En soumettant ce formulaire, vous acceptez que vos données soient utilisées pour traiter votre "
    "demande de devis.",
    "En utilisant la fonction de partage, vous acceptez que le lien de l'article soit envoyé à la personne "
    "de votre choix.",
    "En réservant, vous acceptez que votre numéro de téléphone soit communiqué au restaurant pour "
    "confirmer la table.",
    'En cliquant sur « Accepter », vous consentez au dépôt de cookies publicitaires sur votre terminal.',
    "En acceptant, vous nous permettez d'améliorer votre expérience et de vous proposer des offres "
    "personnalisées.",
    "En activant la localisation, vous permettez à l'application de vous indiquer les magasins les plus "
    "proches.",
    'En cochant cette case, vous acceptez de recevoir nos offres promotionnelles par e-mail.',
    "En vous abonnant, vous acceptez de recevoir notre lettre d'information hebdomadaire.",
    'En activant les notifications, vous acceptez de recevoir nos alertes sur les nouveaux articles.',
    "Ces cookies permettent de mesurer l'audience du site et de vous proposer des publicités adaptées à "
    "vos centres d'intérêt.",
    "Cookies publicitaires : ils sont déposés par nos partenaires pour vous présenter des annonces "
    "pertinentes sur d'autres sites.",
    "Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil, telles que les "
    "cookies, et traitons des données personnelles pour des publicités et du contenu personnalisés.",
    "Avec votre accord, nos partenaires et nous utilisons des cookies pour la publicité personnalisée et "
    "la mesure d'audience.",
    'Choisissez les catégories de cookies que vous souhaitez autoriser, puis enregistrez vos préférences.',
    'Les cookies de réseaux sociaux permettent de partager des contenus sur Facebook ou X.',
    "Si vous acceptez les cookies de mesure d'audience, nous pourrons améliorer la navigation sur le site.",
    "Vous pouvez retirer votre consentement à tout moment en cliquant sur « Gérer les cookies » en bas de "
    "page.",
    "Dans les paramètres de votre compte, vous pouvez autoriser ou refuser le partage de vos données avec "
    "nos partenaires.",
    'Nous ne partageons jamais vos données avec des tiers sans votre accord préalable.',
    "Lorsque vous consultez nos pages, des cookies peuvent être déposés sur votre terminal, sous réserve "
    "des choix que vous avez exprimés.",
    'Les partenaires publicitaires ne déposent des cookies sur votre terminal que si vous y avez consenti.',
    'Vous avez refusé les cookies publicitaires. Vous pouvez modifier ce choix à tout moment.',
    'En refusant, vous continuerez à voir des publicités, mais elles seront moins pertinentes.',
    'En désactivant ces cookies, vous ne verrez plus de publicités personnalisées.',
    "Le responsable du traitement est la société Exemple SAS, qui utilise vos données pour gérer votre "
    "compte et, avec votre accord, vous envoyer sa newsletter.",
    'En utilisant ce site, vous acceptez le dépôt de cookies strictement nécessaires à son fonctionnement.',
    "Ce site utilise uniquement des cookies techniques indispensables à son fonctionnement ; aucun cookie "
    "publicitaire n'est déposé.",
    "En poursuivant votre navigation, vous acceptez l'utilisation de cookies de session nécessaires à la "
    "connexion à votre compte.",
    'Vous pouvez désactiver les publicités personnalisées à tout moment dans les Paramètres.',
    "Si vous n'acceptez pas ces conditions, veuillez ne pas utiliser l'application.",
    "Si vous ne souhaitez plus recevoir nos e-mails, cliquez sur le lien de désinscription présent dans "
    "chaque message.",
    'Sans réponse de votre part sous 30 jours, les nouvelles conditions générales seront réputées acceptées.',
    "Vous pouvez retirer votre consentement à tout moment, sans que cela ne remette en cause la licéité du "
    "traitement effectué avant ce retrait.",
    "Si vous refusez les cookies, certaines fonctionnalités du site pourraient ne pas fonctionner "
    "correctement.",
    "Il n'est pas impossible que certaines vidéos ne s'affichent pas si vous bloquez les cookies tiers.",
    "Vous n'êtes pas obligé d'accepter les cookies pour utiliser le site.",
    'Nous ne vendons pas vos données personnelles et ne les louons jamais.',
    'Refuser les cookies ne vous empêche pas de naviguer sur le site.',
    'Si vous ne cochez pas cette case, vous ne recevrez pas nos offres.',
    'Vous ne serez jamais contacté à des fins commerciales sans votre accord préalable.',
    "Si vous ne voulez pas que vos données servent à la publicité ciblée, vous pouvez vous y opposer dans "
    "votre espace client.",
    "La désactivation des notifications n'entraîne pas la suppression de votre compte.",
    "Si vous ne souhaitez pas que nous utilisions vos données à des fins de prospection, écrivez-nous à "
    "dpo@exemple.fr.",
    "Vous pouvez à tout moment vous opposer à la prospection commerciale en cliquant sur le lien de "
    "désinscription.",
    "En vous inscrivant, vous acceptez que vos données soient traitées conformément à notre politique de "
    "confidentialité.",
    "En créant votre compte, vous acceptez que nous traitions vos données personnelles pour gérer votre "
    "compte et vous fournir nos services.",
    "En envoyant ce message, vous acceptez que les informations saisies soient utilisées pour vous "
    "recontacter.",
    "En vous inscrivant à l'événement, vous acceptez que vos données soient transmises à l'organisateur.",
    'En validant, vous acceptez que vos données soient conservées pendant la durée de votre abonnement.',
    'Lorsque vous créez un compte, nous collectons votre nom et votre adresse e-mail.',
    "Quand vous utilisez nos services, nous collectons des informations sur votre appareil, comme décrit "
    "dans notre politique de confidentialité.",
    'Si vous continuez sans accepter, seuls les cookies nécessaires seront déposés.',
    'En continuant sans accepter, vous refusez les cookies non essentiels.',
    'En fermant cette fenêtre, vous refusez tous les cookies optionnels.',
    'En fermant ce bandeau, seuls les cookies nécessaires au fonctionnement du site seront utilisés.',
    'En cliquant sur « Tout refuser », vous refusez le dépôt de cookies publicitaires.',
    'En cliquant sur « Personnaliser », vous pouvez choisir les cookies que vous acceptez.',
    'Vous pouvez accepter ou refuser ces cookies en cliquant sur « Paramétrer ».',
    "L'utilisation de ce site implique l'acceptation pleine et entière des présentes mentions légales.",
    "L'accès au site vaut acceptation des conditions générales d'utilisation.",
    'Toute commande vaut acceptation des conditions générales de vente.',
    "En utilisant ce site, vous acceptez les présentes conditions d'utilisation, qui peuvent être "
    "modifiées à tout moment.",
    'En utilisant ce site, vous reconnaissez avoir lu et accepté notre politique de confidentialité.',
    "En vous abonnant, vous acceptez les conditions générales et la politique de confidentialité de "
    "Mailchimp, notre prestataire d'envoi.",
    "Nous utilisons Mailchimp comme plateforme d'envoi. En cliquant ci-dessous pour vous abonner, vous "
    "reconnaissez que vos informations seront transférées à Mailchimp pour traitement.",
    "En vous abonnant, vous acceptez que votre adresse e-mail soit transférée à Brevo, notre prestataire "
    "d'envoi de la newsletter.",
    "Vos données sont traitées par Exemple SAS pour gérer votre abonnement à la newsletter et ne sont "
    "jamais cédées à des tiers.",
    'En utilisant ce formulaire, vous acceptez le stockage et le traitement de vos données par ce site web.',
    "En laissant un commentaire, vous acceptez que ce site enregistre votre nom, votre adresse e-mail et "
    "votre adresse IP.",
    "Pour vous offrir une meilleure expérience, ce site utilise des cookies. Vous pouvez les accepter, les "
    "refuser ou les paramétrer.",
    "Nous utilisons des cookies pour améliorer votre expérience. Cliquez sur « Accepter » pour les "
    "autoriser ou sur « Refuser » pour les refuser.",
    "Ce site utilise des cookies pour mesurer son audience. En cliquant sur « OK », vous acceptez leur "
    "utilisation.",
    "Votre choix sera conservé pendant 6 mois. Vous pouvez le modifier à tout moment en cliquant sur « "
    "Préférences cookies ».",
    'Si vous ne faites aucun choix, aucun cookie optionnel ne sera déposé.',
    "Vos données pourront être transmises à nos partenaires uniquement si vous l'avez accepté.",
    'Nous partageons vos données avec nos partenaires uniquement lorsque vous nous y avez autorisés.',
    'En continuant, vous confirmez avoir plus de 18 ans.',
    "En continuant, vous acceptez d'être redirigé vers le site de notre partenaire.",
    "En partageant cet article, vous acceptez les conditions d'utilisation de Facebook.",
    "En utilisant le code promo, vous acceptez les conditions de l'offre partenaire.",
    'En vous inscrivant, vous acceptez de recevoir un e-mail de confirmation pour activer votre compte.',
    "En téléchargeant ce livre blanc, vous acceptez que vos données soient traitées pour vous l'envoyer "
    "par e-mail.",
    'En jouant, vous acceptez le règlement du jeu.',
    "En installant l'extension, vous autorisez l'accès aux onglets ouverts, nécessaire à son fonctionnement.",
    'Ne manquez aucune de nos offres : inscrivez-vous à la newsletter.',
    'Pour ne rien manquer de nos actualités, abonnez-vous.',
    'Vous avez bien été désinscrit. Vous ne recevrez plus aucune newsletter de notre part.',
    'Si vous ne recevez pas notre e-mail de confirmation, vérifiez vos courriers indésirables.',
    "Si vous n'avez pas demandé cette inscription, ignorez simplement ce message.",
    'Nous ne partagerons pas votre adresse e-mail. Désabonnement possible à tout moment.',
    'Pas de spam, promis ! Désinscription en un clic.',
    "Aucune donnée n'est transmise à des tiers sans votre consentement.",
    "Vous ne souhaitez pas recevoir nos offres ? Rendez-vous dans votre espace client, rubrique « Mes "
    "préférences ».",
    'Pas intéressé par nos offres ? Désabonnez-vous en un clic.',
    'Vous ne voulez plus recevoir nos SMS ? Envoyez STOP au 36173.',
    'Pour ne plus recevoir nos SMS, répondez STOP.',
    'Si vous ne souhaitez plus recevoir cette newsletter, vous pouvez vous désinscrire ici.',
    'Vous ne pouvez pas désactiver les cookies strictement nécessaires.',
    'Ces cookies ne peuvent pas être refusés car ils sont indispensables au fonctionnement du site.',
    "Si vous désactivez ces cookies, nous ne pourrons pas mesurer l'audience du site.",
    'Si vous refusez, vous ne verrez pas moins de publicités, mais elles ne seront pas personnalisées.',
    'Refuser les cookies publicitaires ne réduit pas le nombre de publicités affichées.',
    'Si vous ne faites rien, aucun cookie non essentiel ne sera déposé.',
    'Sans action de votre part, seuls les cookies nécessaires seront utilisés.',
    'Sans opposition de votre part, votre abonnement sera reconduit pour un an.',
    "Si vous ne résiliez pas votre essai avant la fin de la période gratuite, votre abonnement sera "
    "automatiquement renouvelé.",
    "Il n'est pas inutile de vérifier régulièrement vos paramètres de confidentialité.",
    'Voulez-vous vraiment retirer votre consentement ?',
    "Je ne souhaite plus recevoir d'e-mails",
    'Continuer sans accepter',
    'Se désabonner',
    'Souhaitez-vous désactiver les notifications pour cette conversation ?',
    'Voulez-vous bloquer cet utilisateur ?',
    'Voulez-vous retirer cet article de votre panier ?',
    'Voulez-vous arrêter de partager votre position avec Marie ?',
    'Voulez-vous vous désinscrire de cet atelier ?',
    'Souhaitez-vous bloquer les messages de cet expéditeur ?',
    "L'utilisateur est informé que, lors de ses visites sur le site, un cookie peut s'installer "
    "automatiquement sur son logiciel de navigation.",
    "L'utilisateur peut s'opposer à l'enregistrement de cookies en configurant son navigateur.",
    'En aucun cas les données collectées ne seront cédées ou vendues à des tiers.',
    'Le client accepte que les informations relatives à sa commande soient transmises au transporteur.',
    'Le membre consent à ce que ses données soient traitées aux fins de gestion de son adhésion.',
    "Le consentement au dépôt de cookies publicitaires est recueilli via le bandeau affiché lors de la "
    "première visite.",
    "Lors de votre première visite, un bandeau vous demande d'accepter ou de refuser les cookies "
    "publicitaires.",
    "Lorsque vous cliquez sur « Accepter », des cookies de mesure d'audience sont déposés sur votre "
    "terminal.",
    "En cliquant sur le bouton « J'y vais », vous serez redirigé vers le site de notre partenaire, qui "
    "dispose de sa propre politique de confidentialité.",
    "En soumettant votre avis, vous acceptez qu'il soit publié sur notre site.",
    'En publiant votre avis, vous acceptez les conditions de modération de notre partenaire Avis Vérifiés.',
    'En validant votre candidature, vous acceptez que votre CV soit transmis au recruteur.',
    'En vous connectant, vous acceptez que nous utilisions un cookie pour maintenir votre session.',
    'En activant le suivi de position, vous partagez votre trajet avec les proches que vous avez choisis.',
    'En acceptant les cookies de réseaux sociaux, vous pourrez partager nos contenus sur vos réseaux.',
    'En refusant ces cookies, vous ne pourrez pas regarder les vidéos YouTube intégrées.',
    'En chargeant la vidéo, vous acceptez la politique de confidentialité de YouTube.',
    "En affichant la carte, vous acceptez les conditions d'utilisation de Google Maps.",
    'En vous inscrivant, vous acceptez de recevoir des notifications concernant votre compte.',
    'En commandant, vous acceptez de recevoir un SMS lorsque votre colis sera expédié.',
    "En vous inscrivant à l'essai gratuit, vous acceptez que votre abonnement soit renouvelé "
    "automatiquement à l'issue de la période d'essai.",
    "En utilisant l'application, vous acceptez que les mises à jour soient installées automatiquement.",
    "En cliquant sur « Se connecter avec Facebook », vous autorisez Facebook à nous transmettre votre nom "
    "et votre photo de profil.",
    'Vous ne pouvez pas vous désinscrire de ces e-mails car ils concernent la sécurité de votre compte.',
    'Les e-mails de service ne peuvent pas être désactivés.',
    "Si vous n'êtes pas le destinataire de ce message, merci de ne pas le diffuser ni le partager.",
    "N'oubliez pas de confirmer votre inscription à la newsletter.",
    "Vous n'avez pas encore confirmé votre abonnement. Cliquez sur le lien reçu par e-mail.",
    'Vous ne recevez pas nos e-mails ? Ajoutez notre adresse à vos contacts.',
    'Si vous ne voyez pas le bandeau cookies, désactivez votre bloqueur de publicités.',
    'Ne cochez cette case que si vous êtes un professionnel.',
    "Cochez cette case si vous ne disposez pas d'adresse e-mail.",
    'Activez cette option si vous ne voulez pas voir les contenus sensibles.',
    'En poursuivant, vous confirmez que les informations fournies sont exactes.',
    'En continuant, vous acceptez que votre panier soit conservé 30 jours.',
    "En utilisant notre service de traduction, vous acceptez que vos textes soient traités uniquement pour "
    "produire la traduction.",
    "Le bouton « Accepter » autorise le dépôt de cookies de mesure d'audience ; le bouton « Refuser » les "
    "bloque.",
    'Le partage de vos données avec nos partenaires est désactivé par défaut.',
    'Nous vous demandons votre accord avant de partager vos données avec des partenaires publicitaires.',
    'Ces partenaires traitent vos données sur la base de votre consentement ou de leur intérêt légitime.',
    'Vous pouvez consulter la liste de nos partenaires et choisir ceux que vous autorisez.',
    "Certains partenaires ne demandent pas votre consentement mais s'appuient sur leur intérêt légitime. "
    "Vous pouvez vous y opposer.",
)
FRENCH_CONSTRUCTED_NEGATIVE_BOXES = (
    'Je ne souhaite pas recevoir la newsletter',
    'Ne plus afficher ce message',
    'Ne pas me rappeler ce choix sur cet appareil',
    'Je ne veux pas que mes données soient partagées avec des partenaires',
    'Ne pas vendre ni partager mes informations personnelles',
    'Désactiver les publicités personnalisées',
    "Je refuse les cookies de mesure d'audience",
    "J'accepte de recevoir des offres de nos partenaires",
    'Ne pas enregistrer ma carte pour mes prochains achats',
    'Je ne souhaite pas être contacté par téléphone',
    'Je ne souhaite pas que mes données soient utilisées à des fins de prospection',
    "Je m'oppose à la transmission de mes données à des partenaires",
    "Ne pas recevoir d'offres de nos partenaires",
    'Je refuse que mes coordonnées soient cédées à des tiers',
    'Désactiver les notifications pour cette conversation',
    "Ne plus me proposer d'offres similaires",
    'Masquer mon profil des résultats de recherche',
    'Activez cette option si vous ne voulez pas voir les contenus sensibles.',
    "Cochez cette case si vous ne disposez pas d'adresse e-mail.",
    'Ne pas afficher les publicités personnalisées',
    'Je ne souhaite pas recevoir le catalogue papier par la poste',
)


@pytest.mark.parametrize("notice", FRENCH_CONSTRUCTED_NEGATIVES)
def test_french_constructed_negatives_are_no_finding(notice: str) -> None:
    assert match_bundled_sentence(notice) is None
    assert match_trick_wording(notice) is None


@pytest.mark.parametrize("label", FRENCH_CONSTRUCTED_NEGATIVE_BOXES)
def test_french_constructed_negative_boxes_are_no_trick(label: str) -> None:
    assert match_trick_wording(label, on_a_box=True) is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # a document granted whoever owns it is a document (ruling 3) ...
    ("En réservant, vous acceptez les conditions générales de vente de notre partenaire.", False),
    ("En participant, vous acceptez le règlement du jeu organisé avec nos sponsors.", False),
    ("En vous inscrivant, vous acceptez la charte de la communauté et les conditions de nos "
     "partenaires.", False),
    # ... but not a use joined to it, nor a notice's policy granted by going on browsing
    ("En réservant, vous acceptez les CGV et le partage de vos données avec nos partenaires.", True),
    ("En validant, vous acceptez les conditions de l'offre et de recevoir les offres de nos "
     "partenaires.", True),
    ("Ce site dépose des cookies publicitaires de nos partenaires. En poursuivant votre navigation, "
     "vous acceptez notre politique de cookies.", True),
])
def test_french_a_document_whoever_owns_it(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the processor that runs the act, reached through "notre" or named before its role
    ("En finalisant votre achat, vous acceptez que votre numéro de carte soit transmis à notre "
     "banque.", False),
    ("En vous abonnant, vous acceptez que votre e-mail soit transféré à Sendinblue, notre prestataire "
     "d'envoi.", False),
    ("En vous abonnant, vous acceptez que votre e-mail soit transféré à Acme, notre partenaire, à des fins "
     "publicitaires.", True),
    ("En poursuivant votre commande, vous acceptez que vos données soient transmises à nos partenaires "
     "commerciaux.", True),
    # the visitor's own parcel, a cookie that keeps the session, being sent on to another site
    ("En achetant, vous acceptez de recevoir un e-mail lorsque votre colis quittera l'entrepôt.", False),
    ("En achetant, vous acceptez de recevoir nos offres par e-mail.", True),
    ("En vous identifiant, vous acceptez un cookie qui maintient votre connexion.", False),
    ("En continuant, vous acceptez d'être renvoyé vers la boutique de notre partenaire.", False),
    ("En continuant, vous acceptez d'être redirigé vers notre partenaire, qui recevra vos "
     "coordonnées.", True),
    # the feature the act uses, named as its object, is what the act does
    ("En utilisant le partage de trajet, vous acceptez que votre position soit visible par vos "
     "proches.", False),
    ("En utilisant la fonction de partage, vous acceptez de recevoir nos offres commerciales.", True),
    ("En partageant votre position, vous acceptez qu'elle soit utilisée à des fins publicitaires.", True),
])
def test_french_the_acts_own_processor_parcel_session_and_feature(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "trick"), [
    # a contract renewed by tacit agreement is contract law (ruling 5); data shared so stays
    ("Faute de résiliation avant l'échéance, votre contrat sera tacitement reconduit.", False),
    ("Sans opposition de votre part, votre adhésion sera renouvelée chaque année.", False),
    ("Sans opposition de votre part, vos coordonnées seront partagées avec nos partenaires.", True),
])
def test_french_tacit_renewal_is_no_trick(words: str, trick: bool) -> None:
    assert (match_trick_wording(words) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # consent described (a legal basis, collected by the banner, not required, chosen, already the
    # condition) grants nothing, even beside a single button ...
    ("Nos annonceurs traitent ces données sur la base de votre consentement.", False),
    ("Votre accord pour la publicité ciblée est sollicité au premier affichage.", False),
    ("Rien ne vous oblige à les accepter : vous n'êtes pas tenu d'accepter les cookies "
     "publicitaires.", False),
    ("Sélectionnez les finalités que vous voulez autoriser pour nos partenaires.", False),
    ("Nos partenaires ne lisent ces traceurs que lorsque vous les avez acceptés.", False),
    ("Un bandeau vous propose d'autoriser ou de refuser la publicité personnalisée.", False),
    # ... while a grant tied to going on, or made here, stays
    ("Si vous poursuivez, vous nous autorisez à partager vos données avec nos partenaires.", True),
    ("Vous n'êtes pas obligé de vous inscrire ; en vous inscrivant, vous acceptez de recevoir les "
     "offres de nos partenaires.", True),
    ("En poursuivant votre navigation, vous acceptez que nos partenaires déposent des cookies "
     "publicitaires.", True),
])
def test_french_consent_described_as_basis_collected_or_condition(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21, part B (second set): a consent manager's and a policy's sentences about consent --
# what needs it, how long it lasts, who grants it in the third person, what it enables, a grant
# required or not given, a choice reported, two refusals side by side. None grants anything here,
# even beside a single button (the bare-grant reading).
FRENCH_CONSTRUCTED_CONSENT_DESCRIPTIONS = (
    "Nous et nos partenaires utilisons des cookies pour mesurer l'audience et personnaliser les "
    "publicités, avec votre consentement.",
    "Vous pouvez donner, refuser ou retirer votre consentement à tout moment depuis notre outil de gestion "
    "des cookies.",
    "Certains cookies nécessitent votre consentement : ils ne seront déposés qu'après votre accord.",
    "Votre consentement s'applique à tous les sites de notre groupe.",
    "Votre consentement sera conservé pendant 13 mois, après quoi nous vous le redemanderons.",
    "Vous pouvez à tout moment modifier vos préférences en matière de publicité personnalisée.",
    "Pour en savoir plus sur la manière dont nos partenaires utilisent vos données, consultez leur "
    "politique.",
    "Les données collectées par nos partenaires publicitaires sont soumises à leurs propres politiques de "
    "confidentialité.",
    "Le refus des cookies publicitaires n'empêche pas l'affichage de publicités, qui ne seront simplement "
    "pas personnalisées.",
    "Les cookies de mesure d'audience sont exemptés de consentement lorsqu'ils respectent les "
    "recommandations de la CNIL.",
    "Ces traceurs sont soumis à votre consentement préalable.",
    "Nous ne déposerons des cookies publicitaires qu'avec votre accord explicite.",
    "Conformément à la réglementation, nous sollicitons votre accord avant tout dépôt de cookies "
    "publicitaires.",
    "Cette vidéo est hébergée par YouTube, qui peut déposer des cookies publicitaires si vous la lancez.",
    "Pour afficher ce contenu, vous devez accepter les cookies de la catégorie « Réseaux sociaux ».",
    "Ce contenu est bloqué car vous n'avez pas accepté les cookies de nos partenaires.",
    "Autorisez les notifications pour être averti de nos nouvelles offres.",
    "Accepter les cookies publicitaires permet de financer la rédaction gratuitement.",
    "Votre accord nous permet de vous proposer des publicités adaptées et de financer nos contenus.",
    "Nous avons besoin de votre accord pour utiliser vos données à des fins publicitaires.",
    "Souhaitez-vous autoriser nos partenaires à vous proposer des offres personnalisées ?",
    "Le dépôt de cookies publicitaires est soumis à votre accord.",
    "Avec votre permission, nous et nos partenaires pouvons utiliser des données de géolocalisation "
    "précises.",
    "L'utilisateur peut accepter ou refuser les cookies de mesure d'audience via le lien « Gestion des "
    "cookies ».",
    "L'utilisateur est libre d'accepter ou de refuser les cookies publicitaires.",
    "Le client peut s'opposer à tout moment à la réception de messages commerciaux.",
    "Le membre qui accepte de recevoir la newsletter peut se désinscrire à tout moment.",
    "Les personnes qui ont accepté les cookies publicitaires peuvent retirer leur accord dans les "
    "paramètres.",
    "Si l'utilisateur accepte les cookies, des données de navigation sont transmises à nos partenaires.",
    "Lorsque l'internaute accepte le dépôt de cookies publicitaires, ses données peuvent être partagées "
    "avec nos partenaires.",
    "Votre adresse e-mail ne sera utilisée que pour vous envoyer la newsletter à laquelle vous avez "
    "consenti.",
    "Nous ne transmettons vos coordonnées à nos partenaires qu'avec votre autorisation expresse.",
    "Le partage de données avec nos partenaires n'a lieu qu'après acceptation de votre part.",
    "Vous avez accepté de recevoir nos offres : vous pouvez vous désabonner via le lien en bas de chaque "
    "e-mail.",
    "Merci ! Vous avez accepté les cookies de mesure d'audience.",
    "Vos préférences ont été enregistrées : vous avez refusé les cookies publicitaires et accepté les "
    "cookies de mesure d'audience.",
    "Vous pouvez accepter individuellement chaque partenaire ci-dessous.",
    "En savoir plus sur nos partenaires et la manière dont ils utilisent vos données.",
    "Pour refuser le partage de vos données, désactivez le bouton ci-dessous.",
    "Le consentement donné pour les cookies publicitaires vaut pour une durée de 6 mois.",
    "Un refus n'a aucune conséquence sur votre navigation ; un accord permet à nos partenaires de vous "
    "proposer des publicités pertinentes.",
    "Si vous êtes mineur, l'autorisation de vos parents est nécessaire pour recevoir nos offres.",
    "Le titulaire de l'autorité parentale doit consentir au traitement des données de l'enfant.",
    "Nos partenaires peuvent, sous réserve de votre accord, utiliser vos données pour vous proposer des "
    "publicités.",
    "Nous pourrons, avec votre accord, partager vos coordonnées avec nos partenaires.",
    "Vous acceptez les cookies ? Nos partenaires pourront alors vous proposer des publicités ciblées.",
)


@pytest.mark.parametrize("notice", FRENCH_CONSTRUCTED_CONSENT_DESCRIPTIONS)
def test_french_consent_descriptions_grant_nothing(notice: str) -> None:
    assert match_bundled_sentence(notice) is None
    assert match_trick_wording(notice) is None


@pytest.mark.parametrize(("words", "bundled", "trick"), [
    # the look-alikes that stay findings: a grant required, then one tied to going on; a grant
    # past "vous n'avez pas à"; a double negative of one wish
    ("Vous devez lire nos CGU ; en continuant, vous acceptez aussi le partage de vos données avec nos "
     "partenaires.", True, False),
    ("Vous n'avez pas à cocher de case : en vous inscrivant, vous acceptez de recevoir les offres de nos "
     "partenaires.", True, False),
    ("Je ne souhaite pas ne pas recevoir vos offres.", False, True),
    ("Nous ne vendons pas vos données et ne les louons pas.", False, False),
])
def test_french_consent_described_look_alikes_that_stay(words: str, bundled: bool, trick: bool) -> None:
    assert (match_bundled_sentence(words) is not None) is bundled
    assert (match_trick_wording(words) is not None) is trick


# Round m21, part B (trick-wording set): boxes that state their refusal plainly, opt-out and
# withdrawal described, the legal Bloctel notice, consequences of a refusal, a consent absent, a
# slogan urging not to miss anything. None is trick-wording (ruling 5) nor a bundled grant.
FRENCH_CONSTRUCTED_TRICK_NEGATIVES = (
    "Vous pouvez vous désinscrire à tout moment et sans frais en cliquant sur le lien prévu à cet effet.",
    "Vous disposez d'un droit d'opposition, que vous pouvez exercer sans avoir à vous justifier.",
    "Vous ne recevrez aucune publicité de nos partenaires sans y avoir consenti au préalable.",
    "Si vous ne voulez pas de cookies, ne cliquez pas sur « Accepter ».",
    "Ne fermez pas cette fenêtre tant que le paiement n'est pas terminé.",
    "Les données ne seront ni vendues ni louées.",
    "Votre refus n'aura pas d'incidence sur votre commande.",
    "Le refus de ces cookies n'empêche pas l'accès au site.",
    "Vous ne serez pas abonné à la newsletter si vous ne cochez pas la case.",
    "Si vous ne cochez pas cette case, nous ne pourrons pas vous envoyer nos offres.",
    "Sans votre accord, nous ne vous enverrons pas d'offres commerciales.",
    "Si vous ne souhaitez plus figurer dans notre fichier, il vous suffit de nous le signaler.",
    "Vous ne voulez pas manquer nos offres ? Inscrivez-vous à notre newsletter.",
    "Ne manquez plus aucune promotion : activez les notifications.",
    "Vous ne souhaitez pas que votre avis soit publié ? Contactez-nous.",
    "Pour ne plus être sollicité par téléphone, inscrivez-vous gratuitement sur Bloctel.",
    "Si vous ne souhaitez pas faire l'objet de prospection commerciale par voie téléphonique, vous pouvez "
    "gratuitement vous inscrire sur la liste d'opposition au démarchage téléphonique Bloctel.",
    "Conformément à l'article L.223-2 du Code de la consommation, vous pouvez vous inscrire sur la liste "
    "Bloctel si vous ne souhaitez pas être démarché par téléphone.",
    "Vous pouvez vous opposer au traitement de vos données, sauf si nous avons des motifs légitimes "
    "impérieux.",
    "Si vous ne donnez pas votre consentement, vous pourrez tout de même utiliser le site.",
    "Sans votre consentement, aucun cookie publicitaire ne sera déposé.",
    "À défaut de consentement, seuls les cookies nécessaires seront déposés.",
    "Le fait de refuser les cookies n'empêche pas l'utilisation du site.",
    "Vous ne recevez plus nos newsletters ? Vérifiez que notre adresse n'est pas dans vos spams.",
    "Vous n'êtes plus inscrit à la newsletter. Ce n'est pas ce que vous vouliez ? Réabonnez-vous.",
    "Souhaitez-vous vous désabonner de toutes nos communications ?",
    "Si vous ne souhaitez pas que vos coordonnées soient transmises à nos partenaires, il vous suffit de "
    "laisser la case décochée.",
    "Nous ne conservons pas vos données de carte bancaire, sauf si vous choisissez de les enregistrer.",
    "Aucun e-mail ne vous sera envoyé si vous ne l'avez pas demandé.",
)
FRENCH_CONSTRUCTED_TRICK_NEGATIVE_BOXES = (
    "Je ne souhaite pas recevoir d'offres commerciales par SMS",
    "Je ne veux pas être recontacté",
    "Ne pas conserver mes données après le traitement de ma demande",
    "Désactiver le suivi publicitaire",
    "Refuser les cookies de personnalisation",
    "Je m'oppose au profilage",
    "Je refuse que mon avis soit publié avec mon nom",
    "Je ne souhaite pas que mon nom apparaisse dans la liste des donateurs",
    "Me désinscrire de toutes les communications",
    "Masquer mon adresse e-mail aux autres membres",
    "Ne pas partager ma position",
    "Cocher pour refuser les cookies publicitaires",
    "Cochez pour vous opposer à la prospection commerciale",
    "Cochez cette case pour ne plus recevoir notre newsletter",
    "Activer le mode privé (aucune donnée n'est collectée)",
    "Aucune communication commerciale, merci",
    "Non, je ne souhaite pas recevoir d'offres",
    "Oui, je souhaite recevoir les offres de nos partenaires",
    "Je ne suis pas intéressé(e) par les offres de nos partenaires",
    "Ne jamais me demander à nouveau",
    "Ne pas afficher de publicités ciblées (des publicités non ciblées continueront de s'afficher)",
)


@pytest.mark.parametrize("notice", FRENCH_CONSTRUCTED_TRICK_NEGATIVES)
def test_french_constructed_trick_negatives(notice: str) -> None:
    assert match_trick_wording(notice) is None
    assert match_bundled_sentence(notice) is None


@pytest.mark.parametrize("label", FRENCH_CONSTRUCTED_TRICK_NEGATIVE_BOXES)
def test_french_constructed_trick_negative_boxes(label: str) -> None:
    assert match_trick_wording(label, on_a_box=True) is None


@pytest.mark.parametrize(("words", "trick"), [
    # the slogan before a tick-to-refuse box, and a box ticked only to refuse, stay trick-wording
    ("Ne manquez rien : cochez cette case si vous ne voulez plus recevoir nos offres.", True),
    ("Ne cochez cette case que si vous ne souhaitez pas recevoir nos offres.", True),
    ("Ne ratez aucune de nos ventes privées en activant les alertes.", False),
])
def test_french_a_slogan_refuses_nothing(words: str, trick: bool) -> None:
    assert (match_trick_wording(words) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    ("Nos partenaires ne vous écriront pas sans l'avoir accepté au préalable.", False),
    ("En l'absence de consentement, seuls les traceurs indispensables sont utilisés.", False),
    ("En poursuivant sans avoir refusé, vous acceptez que nos partenaires déposent des cookies "
     "publicitaires.", True),
])
def test_french_a_consent_absent_grants_nothing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21 part B: the act's own handling by those who perform it -- the recruiters of the
    # application, the nearest branch, a call back about the project the quote is for ...
    ("En envoyant votre CV, vous acceptez qu'il soit transmis au service des ressources humaines.", False),
    ("En complétant ce formulaire, vous acceptez que votre demande soit transmise au cabinet le plus "
     "proche.", False),
    ("En sollicitant une estimation, vous acceptez d'être rappelé par un expert pour préciser votre "
     "projet.", False),
    # ... and no one else, nor for marketing
    ("En envoyant votre CV, vous acceptez qu'il soit transmis aux ressources humaines et à nos "
     "partenaires.", True),
    ("En complétant ce formulaire, vous acceptez que vos coordonnées soient transmises au cabinet le plus "
     "proche à des fins commerciales.", True),
    ("En sollicitant une estimation, vous acceptez d'être rappelé pour votre projet et de recevoir nos "
     "offres.", True),
])
def test_french_the_acts_performers_and_its_project(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21, part B (acts set): a grant tied to an act whose use is that act's own (the order, the
# booking, the alert created, the invitation sent, the application, the payment). No finding.
FRENCH_CONSTRUCTED_ACT_NEGATIVES = (
    "En passant commande, vous acceptez que nous vous contactions au sujet de votre commande.",
    "En réservant, vous acceptez de recevoir un rappel par SMS la veille de votre rendez-vous.",
    "En vous inscrivant à l'atelier, vous acceptez que l'animateur dispose de vos coordonnées.",
    "En postulant, vous acceptez que votre candidature soit transmise aux responsables du recrutement de "
    "notre groupe.",
    "En créant une alerte, vous acceptez de recevoir par e-mail les annonces correspondant à vos critères.",
    "En vous inscrivant au webinaire, vous acceptez de recevoir le lien de connexion et le replay par "
    "e-mail.",
    "En téléchargeant le catalogue, vous acceptez que nous vous l'envoyions par e-mail.",
    "En demandant un devis, vous acceptez d'être contacté par un conseiller pour affiner votre projet.",
    "En parrainant un ami, vous acceptez que nous lui envoyions une invitation par e-mail en votre nom.",
    "En partageant ce produit, vous acceptez que votre ami reçoive un e-mail contenant le lien.",
    "En adhérant, vous acceptez de recevoir les convocations aux assemblées générales par e-mail.",
    "En commandant, vous acceptez de recevoir votre facture par e-mail.",
    "En vous abonnant au magazine, vous acceptez de recevoir chaque numéro à l'adresse indiquée.",
    "En utilisant le chat, vous acceptez que la conversation soit enregistrée pour assurer le suivi de "
    "votre demande.",
    "En attendant votre choix, seuls les cookies nécessaires sont déposés.",
    "En vous désabonnant, vous ne recevrez plus nos offres ni celles de nos partenaires.",
    "En validant votre inscription, vous acceptez de recevoir les informations pratiques liées à "
    "l'événement.",
    "En remplissant ce formulaire, vous acceptez que vos données soient transmises à l'agence la plus "
    "proche de chez vous.",
    "En vous connectant, vous acceptez l'utilisation de cookies nécessaires à l'authentification.",
    "En créant votre compte, vous acceptez de recevoir des e-mails de service (confirmation, sécurité, "
    "factures).",
    "En poursuivant, vous acceptez que nous vérifiions votre identité auprès de notre prestataire de "
    "vérification.",
    "En payant, vous acceptez que vos données bancaires soient traitées par Stripe pour le paiement.",
)


@pytest.mark.parametrize("notice", FRENCH_CONSTRUCTED_ACT_NEGATIVES)
def test_french_constructed_act_negatives(notice: str) -> None:
    assert match_bundled_sentence(notice) is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # the visitor in the third person going on, as policies write it, is going on (ruling 1) ...
    ("Si l'internaute continue sa navigation, il consent au dépôt de traceurs publicitaires.", True),
    ("Toute visiteuse qui reste sur le site accepte que ses données soient cédées à nos partenaires.", True),
    # ... not a document granted, a refusal described, nor what a consent given leads to
    ("Lorsque l'utilisateur poursuit sa visite, il accepte les présentes mentions légales.", False),
    ("Si le visiteur poursuit sa navigation sans accepter, aucun traceur publicitaire n'est déposé.", False),
    ("L'internaute qui navigue sur le site peut refuser la publicité ciblée à tout moment.", False),
])
def test_french_the_visitor_going_on_in_the_third_person(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21 part A: personalised as the deliverable the visitor asked for is that request ...
    ("En validant, vous acceptez que vos données soient traitées pour établir votre devis "
     "personnalisé.", False),
    ("En réservant, vous consentez au traitement de vos données pour préparer une démonstration "
     "personnalisée.", False),
    ("En vous inscrivant, vous acceptez le traitement de vos données pour votre programme "
     "d'entraînement personnalisé.", False),
    # ... personalised ads, offers or content stay a use
    ("En vous inscrivant, vous acceptez le traitement de vos données pour vous proposer des offres "
     "personnalisées.", True),
    ("En validant, vous acceptez de recevoir un devis personnalisé et des publicités "
     "personnalisées.", True),
    ("En créant un compte, vous acceptez que nous utilisions vos données pour un contenu "
     "personnalisé.", True),
])
def test_french_a_tailored_deliverable_is_no_personalisation(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21 part B: the sales relationship and the sales staff who answer a request are no
    # marketing (the contact-form notice "… et de la relation commerciale qui peut en découler") ...
    ("En envoyant votre message, j'accepte que mes informations soient utilisées dans le cadre de ma "
     "demande et de la relation commerciale qui peut en découler.", False),
    ("En validant, vous acceptez que votre demande soit traitée par notre équipe commerciale.", False),
    ("En validant, vous acceptez d'être rappelé par un commercial au sujet de votre projet.", False),
    ("En commandant, vous acceptez d'être contacté par le service client en cas de retard avec votre "
     "livraison.", False),
    # ... commercial purposes, offers and salespeople canvassing stay marketing
    ("En validant, vous acceptez que vos coordonnées soient utilisées à des fins commerciales.", True),
    ("En validant, vous acceptez d'être appelé par un commercial pour découvrir nos offres.", True),
    ("En vous inscrivant, vous acceptez que nos commerciaux vous démarchent par téléphone.", True),
    ("En passant commande, vous acceptez que vos données servent à la relation commerciale et à la "
     "prospection.", True),
])
def test_french_the_sales_relationship_is_no_marketing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


FRENCH_FACTS_ABOUT_A_REFUSAL = (
    # round m21 part B: what a refusal does or when it takes effect, and idioms that negate no wish
    "La désinscription n'est pas immédiate : vous pourriez encore recevoir quelques e-mails.",
    "Votre désabonnement ne sera pas pris en compte avant 48 heures.",
    "Vous n'êtes pas obligé de vous désabonner pour modifier vos préférences.",
    "Refuser ne vous empêche pas de recevoir nos e-mails de service.",
    "Il n'est pas nécessaire de refuser les cookies à chaque visite : votre choix est conservé.",
    "Votre opposition ne s'applique pas aux messages liés à votre commande.",
    "N'hésitez pas à vous désinscrire si nos e-mails ne vous intéressent plus.",
    "Les cookies refusés ne sont pas déposés.",
    "Nous ne refusons jamais une demande de désinscription.",
    "L'opposition au profilage n'entraîne pas la fermeture de votre compte.",
    "Ne vous inquiétez pas : vous pouvez vous désabonner à tout moment.",
    "Vous ne serez plus sollicité : votre opposition a bien été enregistrée.",
    "Nous ne partagerons plus vos données avec nos partenaires, conformément à votre refus.",
    "Vous n'avez pas encore exprimé votre choix. Acceptez ou refusez les cookies.",
    "Le fait de ne pas accepter les cookies n'empêche pas la navigation.",
    "Vous pouvez refuser sans que cela n'affecte votre navigation.",
    "Votre adresse ne sera jamais cédée ni vendue à des partenaires.",
    "Vous ne souhaitez plus recevoir nos e-mails ? Pas de problème, désinscrivez-vous ici.",
)


@pytest.mark.parametrize("words", FRENCH_FACTS_ABOUT_A_REFUSAL)
def test_french_facts_about_a_refusal_are_no_double_negative(words: str) -> None:
    assert match_trick_wording(words) is None
    assert match_bundled_sentence(words) is None  # "Le fait de ne pas accepter …" is no act, no grant


@pytest.mark.parametrize("words", [
    # a negated wish about a refusal, or silence taken as consent, stays trick-wording
    "Je ne veux pas ne plus recevoir vos actualités.",
    "Je ne refuse pas que mes coordonnées soient cédées à vos partenaires.",
    "Si vous ne vous y opposez pas, vos données seront transmises à nos annonceurs.",
    "La case cochée vaut refus : ne la décochez pas si vous ne voulez pas nos offres.",
])
def test_french_negated_wishes_about_a_refusal_stay(words: str) -> None:
    assert match_trick_wording(words) is not None


@pytest.mark.parametrize(("words", "trick"), [
    # round m21 part B: a refusing question the text answers with how to refuse is rhetorical ...
    ("Vous voulez arrêter nos SMS ? Envoyez STOP au 36111.", False),
    ("Souhaitez-vous ne plus recevoir notre lettre ? Il vous suffit de vous désinscrire ici.", False),
    ("Préférez-vous ne plus recevoir nos offres ? Modifiez vos préférences dans votre compte.", False),
    # ... a refusing question answered by Oui/Non stays
    ("Vous opposez-vous à l'envoi de nos offres par SMS ? Oui / Non", True),
    ("Préférez-vous ne plus recevoir nos offres ? Oui, je préfère", True),
])
def test_french_a_refusing_question_answered_by_the_text(words: str, trick: bool) -> None:
    assert (match_trick_wording(words) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21 part B: the parts of a granted document pointed to are its contents ...
    ("En créant un compte, vous acceptez notre politique de confidentialité, notamment les articles "
     "relatifs aux transferts vers nos partenaires.", False),
    ("En commandant, vous acceptez nos CGV, en particulier la clause sur la prospection commerciale.", False),
    # ... a use named after "notamment" is granted
    ("En créant un compte, vous acceptez nos conditions, notamment la cession de vos données à nos "
     "partenaires.", True),
])
def test_french_the_parts_of_a_granted_document(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a grant required only to show embedded content is the content's own switch; the service's use
    # made the price of a grant is not
    ("Pour regarder cette vidéo, il faut autoriser les cookies de YouTube.", False),
    ("Pour utiliser le service, vous devez accepter la transmission de vos données à nos annonceurs.", True),
])
def test_french_a_grant_required_for_embedded_content_only(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


def _box_bundles(label: str) -> bool:
    """Whether the bundled-consent check flags one unticked box with this label (and its label text)."""
    box = control("f0:c1", label)
    return bool(BUNDLED.run(page(box, text("f0:t1", label, control="f0:c1"))))


@pytest.mark.parametrize(("label", "bundled"), [
    # one box: the required documents (enumerated, read or accepted) or contact about one's own request,
    # and by "et" an optional use the same tick gives (round p23, classes 1 and 3)
    ("J'accepte les conditions générales d'utilisation et la politique de confidentialité, et je souhaite "
     "recevoir les offres de Maison Lumière par e-mail.", True),
    ("J'ai lu et j'accepte les CGV ainsi que la politique de confidentialité et j'accepte de recevoir la "
     "newsletter.", True),
    ("J'accepte d'être recontacté au sujet de ma demande et de recevoir occasionnellement des informations "
     "sur vos nouveaux produits.", True),
    ("Je reconnais avoir pris connaissance de la politique de confidentialité et accepte de recevoir des "
     "communications commerciales.", True),
    ("J'accepte la politique de confidentialité et le partage de mes coordonnées avec les partenaires de "
     "l'organisateur.", True),
    ("J'ai pris connaissance des mentions légales et je veux être tenu informé de vos promotions.", True),
    # ... not the documents or the contact alone, a newsletter-only box, the act's own mail, a statement
    ("J'accepte les conditions générales d'utilisation et la politique de confidentialité.", False),
    ("J'ai lu et j'accepte les CGV et la politique de confidentialité de la boutique.", False),
    ("J'accepte d'être recontacté au sujet de ma demande de devis.", False),
    ("J'accepte de recevoir la newsletter de Maison Lumière.", False),
    ("J'accepte les CGV et de recevoir la confirmation de ma commande par e-mail.", False),
    ("J'accepte les CGV et je souhaite recevoir ma facture par e-mail.", False),
    ("J'accepte d'être recontacté au sujet de ma demande et d'être informé de son avancement.", False),
    ("J'ai lu et j'accepte les CGU et la politique de confidentialité et je certifie avoir plus de "
     "18 ans.", False),
    ("J'accepte les conditions d'utilisation et l'utilisation de cookies strictement nécessaires au "
     "fonctionnement du site.", False),
])
def test_french_box_couples_a_required_part_with_an_optional_use(label: str, bundled: bool) -> None:
    assert _box_bundles(label) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the same coupling in a sign-up sentence: documents and an optional use granted at once
    ("En créant votre compte, vous acceptez nos Conditions d'utilisation, notre Politique de confidentialité "
     "et de recevoir nos communications marketing.", True),
    ("En vous inscrivant, vous acceptez nos CGU et notre politique de confidentialité ainsi que l'envoi de "
     "newsletters.", True),
    ("En créant votre compte, vous acceptez nos Conditions d'utilisation et notre Politique de "
     "confidentialité.", False),
])
def test_french_sign_up_couples_documents_with_an_optional_use(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # an address asked for a download, a trial or a report, then the sender's mail at its pace promised
    # (round p23, class 3', ruling 4)
    ("Indiquez votre adresse e-mail pour télécharger le livre blanc. Nous vous enverrons ensuite "
     "régulièrement nos conseils.", True),
    ("Saisissez votre e-mail pour recevoir le guide gratuit. Vous recevrez également notre lettre "
     "d'information mensuelle.", True),
    ("Laissez-nous votre e-mail et accédez à la version d'essai gratuite. De temps en temps, nous vous "
     "écrirons pour vous présenter nos nouveautés.", True),
    ("Pour obtenir votre rapport, entrez votre adresse e-mail. Nous vous ferons parvenir des astuces "
     "chaque semaine.", True),
    # ... not the download link itself, a gate for the mail itself, mail offered as a choice or denied
    ("Indiquez votre adresse e-mail pour télécharger le livre blanc. Nous vous enverrons le lien de "
     "téléchargement.", False),
    ("Saisissez votre e-mail pour recevoir notre newsletter. Nous vous enverrons nos conseils "
     "chaque mois.", False),
    ("Entrez votre e-mail pour télécharger le rapport. Vous pourrez aussi, si vous le souhaitez, vous "
     "abonner à notre newsletter.", False),
    ("Entrez votre adresse e-mail pour accéder à la démo. Nous ne vous enverrons aucun autre "
     "message.", False),
])
def test_french_mail_promised_after_an_email_gate(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a bot's or an AI's improvement or training tied to using it (round p23, class 5; fr had it already)
    ("En utilisant notre assistant virtuel, vous acceptez que vos échanges soient conservés afin d'améliorer "
     "notre intelligence artificielle.", True),
    ("En discutant avec le chatbot, vous consentez à ce que vos messages servent à l'entraînement de nos "
     "modèles.", True),
    ("L'utilisation de cet assistant implique votre accord pour que vos conversations servent à "
     "perfectionner l'IA.", True),
    ("En posant vos questions à notre bot, vous autorisez l'utilisation de vos conversations pour entraîner "
     "nos algorithmes.", True),
    # ... not the terms alone, the improvement denied or opted into, the visitor's own text, the answer itself
    ("En utilisant le chatbot, vous acceptez nos conditions d'utilisation.", False),
    ("Vos conversations avec l'assistant ne sont jamais utilisées pour entraîner nos modèles.", False),
    ("Vous pouvez demander à l'assistant d'améliorer votre texte.", False),
    ("Si vous le souhaitez, activez l'option pour que vos conversations servent à améliorer notre "
     "IA.", False),
    ("En utilisant l'assistant, vous acceptez que vos messages soient traités pour répondre à votre "
     "question.", False),
])
def test_french_bot_improvement_tied_to_using_it(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the enrolment on the sender's mail stated as what another act brings, not asked (round p23, class 2)
    ("En demandant votre devis, vous serez automatiquement inscrit à notre lettre d'information.", True),
    ("Toute demande de documentation entraîne votre inscription à nos envois d'e-mails promotionnels.", True),
    ("Après votre premier achat, votre adresse sera automatiquement ajoutée à notre liste de diffusion "
     "commerciale.", True),
    ("Les participants au jeu-concours rejoignent automatiquement notre fichier clients, utilisé pour nos "
     "offres.", True),
    ("Votre inscription à l'atelier vous abonne automatiquement à notre newsletter.", True),
    ("En tant que client, vous serez inscrit d'office à notre lettre d'information.", True),
    # ... not the act's own list, account or mail, the subscription itself, an offer to subscribe, the terms
    ("En créant un compte, vous serez inscrit sur la plateforme.", False),
    ("Après votre commande, vous recevrez automatiquement un e-mail de confirmation.", False),
    ("Abonnez-vous et vous serez automatiquement inscrit à notre newsletter.", False),
    ("Après validation, votre adresse sera ajoutée à la liste d'attente de l'atelier.", False),
    ("Vous pouvez vous inscrire à notre newsletter si vous le souhaitez.", False),
    ("En tant que client, vous êtes inscrit automatiquement à notre programme de fidélité.", False),
    ("Après votre commande, votre adresse sera également enregistrée dans votre espace client.", False),
    ("Après votre inscription à la newsletter, vous recevrez également nos bons plans.", False),
    ("Les participants au jeu-concours rejoignent automatiquement le tirage au sort final.", False),
    ("Toute commande entraîne l'acceptation des conditions générales de vente.", False),
])
def test_french_automatic_enrolment_stated_bundles(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # promotional mail taken as accepted by registering or buying (round p23, class 4, as zh.yaml)
    ("Si vous créez un compte ou passez commande, vous êtes réputé accepter de recevoir nos communications "
     "promotionnelles.", True),
    ("Le fait de vous inscrire ou d'acheter sur notre site vaut consentement tacite à recevoir nos offres "
     "commerciales.", True),
    ("En passant commande, vous consentez implicitement à recevoir nos promotions par SMS.", True),
    ("Toute commande sur la boutique implique votre accord pour l'envoi de nos lettres "
     "promotionnelles.", True),
    ("Nous nous réservons le droit de vous adresser nos offres promotionnelles. Si vous vous inscrivez ou "
     "achetez chez nous, vous y consentez tacitement.", True),
    ("Si tu passes commande sur l'appli, on considère que tu acceptes de recevoir nos bons plans "
     "par SMS.", True),
    # ... not the terms, the order's own mail, the separate box offered, the newsletter subscribed to
    ("Si vous créez un compte, vous êtes réputé accepter nos conditions générales.", False),
    ("En passant commande, vous acceptez de recevoir les e-mails relatifs à votre commande.", False),
    ("Si vous le souhaitez, vous pouvez accepter de recevoir nos offres promotionnelles en cochant "
     "la case.", False),
    ("Toute commande implique l'acceptation des conditions générales de vente.", False),
    ("Si vous vous inscrivez, vous acceptez les conditions générales d'utilisation.", False),
    ("Si vous passez commande, vous recevrez un e-mail de confirmation et la facture.", False),
    ("Si vous vous inscrivez à notre newsletter, vous acceptez de recevoir nos offres "
     "promotionnelles.", False),
])
def test_french_promotions_deemed_accepted_by_a_doing(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("label", "bundled"), [
    # further own phrasings of class 1/3 (round p23), written after the rules above: other verbs,
    # orders and registers, and look-alikes that stress the widened classes
    ("Oui, j'accepte le règlement du jeu et j'autorise Bioflore à m'envoyer ses offres par "
     "SMS.", True),
    ("Je certifie avoir lu les conditions générales de vente et accepte que mes coordonnées "
     "soient transmises à des partenaires commerciaux.", True),
    ("J'accepte que mes données soient utilisées pour traiter ma demande et pour m'adresser "
     "des offres commerciales.", True),
    ("J'accepte la Politique de confidentialité de Kazam et de recevoir des e-mails sur les "
     "nouveautés.", True),
    ("J'accepte les Conditions Générales de Vente et la Politique de Confidentialité de Kazam.", False),
    ("J'accepte que mes données soient utilisées pour traiter ma demande.", False),
    ("Je souhaite recevoir les offres de Bioflore par SMS.", False),
    ("J'ai lu et compris la notice d'information et j'accepte de recevoir le récapitulatif de "
     "ma réservation.", False),
    ("J'accepte les CGU et je souhaite recevoir le guide d'installation par e-mail.", False),
    ("J'accepte que mes données soient utilisées pour traiter ma demande et pour établir la "
     "facture.", False),
    ("J'ai lu la politique de confidentialité et je souhaite être informé de la suite donnée à"
     " ma demande.", False),
    ("J'accepte le règlement du jeu et j'autorise l'organisateur à me contacter si je gagne.", False),
    ("J'accepte les CGU et j'accepte que Lumio partage mes données avec ses annonceurs.", True),
    ("J'ai lu la charte de confidentialité et je veux recevoir les bons plans de la semaine.", True),
])
def test_french_box_or_sign_up_couples_a_required_part_further_boxes(label: str, bundled: bool) -> None:
    assert _box_bundles(label) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # further own phrasings of class 2 (round p23), written after the rules above: other verbs,
    # orders and registers, and look-alikes that stress the widened classes
    ("Chaque téléchargement de nos fiches pratiques vous inscrit également à notre newsletter "
     "hebdomadaire.", True),
    ("En participant, vous rejoindrez automatiquement la liste de diffusion de nos "
     "partenaires.", True),
    ("Après votre réservation, vos coordonnées seront également versées dans notre fichier "
     "prospects.", True),
    ("Après votre réservation, vous serez automatiquement redirigé vers la page de paiement.", False),
    ("En participant, vous rejoindrez automatiquement le groupe de votre région.", False),
    ("Votre inscription au webinaire vous ajoute automatiquement à la liste des participants.", False),
    ("Tout achat vous inscrit automatiquement au programme de points.", False),
    ("Chaque demande entraîne l'ouverture d'un dossier à votre nom.", False),
    ("Après votre candidature, votre dossier sera également transmis au responsable du "
     "recrutement.", False),
    ("Tout achat vous inscrit automatiquement à notre lettre d'information et à nos ventes "
     "privées.", True),
    ("Après votre inscription, vos coordonnées seront systématiquement ajoutées à notre base "
     "de données marketing.", True),
])
def test_french_automatic_enrolment_further_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # further own phrasings of class 3' (round p23), written after the rules above: other verbs,
    # orders and registers, and look-alikes that stress the widened classes
    ("Téléchargez gratuitement notre e-book : il vous suffit d'indiquer votre e-mail. Nous "
     "vous enverrons aussi notre newsletter.", True),
    ("Renseignez votre e-mail pour débloquer le modèle gratuit. Nous vous adresserons "
     "également nos offres promotionnelles.", True),
    ("Renseignez votre e-mail pour débloquer le modèle gratuit. Nous vous enverrons le fichier"
     " dans quelques minutes.", False),
    ("Indiquez votre e-mail pour recevoir nos bons plans. Nous vous écrirons chaque semaine.", False),
    ("Téléchargez l'application : il vous suffit d'indiquer votre e-mail pour recevoir le "
     "lien.", False),
    ("Indiquez votre e-mail pour accéder au rapport. Nous vous enverrons le rapport complet "
     "dans les 24 heures.", False),
    ("Indique ton mail pour récupérer le kit gratuit ! On t'enverra aussi nos meilleures "
     "astuces chaque mois.", True),
    ("Pour télécharger la checklist, renseignez votre adresse e-mail ci-dessous. Vous recevrez"
     " ensuite nos actualités.", True),
])
def test_french_email_gate_further_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # further own phrasings of class 4 (round p23), written after the rules above: other verbs,
    # orders and registers, and look-alikes that stress the widened classes
    ("Toute inscription au programme vaut acceptation de recevoir nos sollicitations "
     "commerciales.", True),
    ("Dès lors que vous effectuez un achat, vous êtes réputé consentir à l'envoi de nos offres"
     " par courrier électronique.", True),
    ("Dès lors que vous effectuez un achat, vous êtes réputé accepter nos conditions de vente.", False),
    ("Toute inscription au programme vaut acceptation du règlement.", False),
    ("Si vous commandez avant midi, vous acceptez une livraison le lendemain.", False),
    ("Si vous réservez, vous acceptez les conditions d'annulation.", False),
    ("Si vous commandez sur notre site, vous acceptez que nous vous envoyions nos offres par "
     "e-mail.", True),
    ("L'ouverture d'un compte client emporte votre accord pour recevoir nos sollicitations "
     "commerciales.", True),
])
def test_french_promotions_deemed_accepted_further_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # further own phrasings of class 5 (round p23), written after the rules above: other verbs,
    # orders and registers, and look-alikes that stress the widened classes
    ("En échangeant avec notre agent conversationnel, vous acceptez que vos questions soient "
     "exploitées pour améliorer le chatbot.", True),
    ("En utilisant cet outil d'IA, vous nous autorisez à réutiliser vos contenus afin de "
     "former nos modèles.", True),
    ("En utilisant cet outil d'IA, vous acceptez que vos contenus soient traités pour générer "
     "la réponse.", False),
    ("Le chatbot vous aide à améliorer votre CV.", False),
    ("Notre chatbot améliore vos recherches grâce à l'IA.", False),
    ("En utilisant l'assistant, vous acceptez les conditions d'utilisation de l'IA.", False),
    ("Nous nous engageons à ne pas utiliser vos messages pour entraîner nos modèles.", False),
    ("Le recours à notre assistant vaut accord pour l'utilisation de vos échanges dans "
     "l'entraînement de nos modèles.", True),
    ("En écrivant à notre bot, vous acceptez que vos messages nourrissent nos algorithmes.", True),
])
def test_french_bot_improvement_further_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("label", "bundled"), [
    # a fourth batch of own phrasings of class 1/3 (round p23): inclusive forms, other joins, times,
    # senders and registers, with look-alikes
    ("Je déclare avoir pris connaissance du règlement de l'opération et j'accepte que mes "
     "coordonnées soient utilisées à des fins de prospection.", True),
    ("J'accepte d'être contacté(e) concernant mon projet ainsi que de recevoir la lettre "
     "d'information mensuelle.", True),
    ("Je déclare avoir pris connaissance du règlement de l'opération et l'accepter sans "
     "réserve.", False),
    ("J'accepte d'être contacté(e) concernant mon projet par téléphone ou par e-mail.", False),
    ("J'accepte les CGU. Je peux me désinscrire de la newsletter à tout moment.", False),
])
def test_french_box_or_sign_up_couples_a_required_part_fourth_batch_boxes(label: str, bundled: bool) -> None:
    assert _box_bundles(label) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a fourth batch of own phrasings of class 2 (round p23): inclusive forms, other joins, times,
    # senders and registers, with look-alikes
    ("En validant ce formulaire, votre adresse électronique sera aussi intégrée à notre "
     "fichier marketing.", True),
    ("Une fois votre commande passée, on vous abonne automatiquement à nos alertes "
     "promotionnelles.", True),
    ("Une fois votre commande passée, on vous envoie automatiquement le numéro de suivi.", False),
    ("En validant ce formulaire, votre adresse électronique sera aussi utilisée pour vous "
     "envoyer votre mot de passe.", False),
])
def test_french_automatic_enrolment_fourth_batch_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a fourth batch of own phrasings of class 3' (round p23): inclusive forms, other joins, times,
    # senders and registers, with look-alikes
    ("Accédez à l'étude complète en échange de votre adresse e-mail. Nous vous tiendrons "
     "informés de nos prochaines publications chaque mois.", True),
    ("Entrez votre adresse électronique pour lire la suite de l'article. Nous vous enverrons "
     "aussi nos offres commerciales.", True),
    ("Entrez votre adresse électronique pour lire la suite de l'article. Nous vous enverrons "
     "un lien de connexion.", False),
    ("Saisissez votre e-mail pour vous abonner. Nous vous enverrons notre newsletter chaque "
     "semaine.", False),
])
def test_french_email_gate_fourth_batch_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a fourth batch of own phrasings of class 4 (round p23): inclusive forms, other joins, times,
    # senders and registers, with look-alikes
    ("Sauf opposition de votre part, toute création de compte vaut accord pour la réception de"
     " nos offres commerciales.", True),
    ("En achetant sur notre site, vous nous autorisez à vous adresser des offres "
     "promotionnelles.", True),
    ("En achetant sur notre site, vous nous autorisez à vous adresser votre facture par "
     "e-mail.", False),
    ("Toute création de compte vaut acceptation des présentes conditions générales.", False),
])
def test_french_promotions_deemed_accepted_fourth_batch_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a fourth batch of own phrasings of class 5 (round p23): inclusive forms, other joins, times,
    # senders and registers, with look-alikes
    ("En utilisant Aide-IA, vous consentez à ce que vos requêtes soient conservées pour "
     "l'amélioration de nos modèles.", True),
    ("Si vous utilisez l'assistant, vos échanges pourront servir à entraîner l'IA : en "
     "continuant, vous l'acceptez.", True),
    ("En utilisant Aide-IA, vous consentez à ce que vos requêtes soient conservées 30 jours "
     "pour la sécurité du service.", False),
    ("Nos modèles sont entraînés uniquement sur des données publiques.", False),
])
def test_french_bot_improvement_fourth_batch_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the details (coordonnées) asked instead of the address, or the download said to be delivered,
    # then our coming content promised (class {cls}, round p23); the act's own mail and an offer stay neutral
    ("Pour accéder au livre blanc, complétez vos coordonnées ci-dessous. Nous vous enverrons "
     "ensuite nos conseils chaque mois.", True),
    ("Indiquez vos coordonnées pour télécharger la brochure. Vous recevrez aussi nos "
     "prochaines études par e-mail.", True),
    ("Merci ! Votre guide est en cours de téléchargement. Vous recevrez également nos nouveaux"
     " tutoriels chaque semaine.", True),
    ("Votre e-book est prêt. Nous vous enverrons aussi nos prochaines fiches pratiques.", True),
    ("Indiquez vos coordonnées pour télécharger la brochure. Vous recevrez aussi votre devis "
     "par e-mail.", False),
    ("Votre guide est en cours de téléchargement. Vous recevrez aussi une copie par e-mail.", False),
    ("Votre e-book est prêt. Vous pouvez aussi recevoir nos prochaines fiches si vous le "
     "souhaitez.", False),
    ("Indiquez vos coordonnées pour être rappelé. Vous recevrez aussi un SMS de confirmation.", False),
])
def test_french_email_gate_details_or_delivery_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("label", "bundled"), [
    # a seventh batch of own phrasings of class 1/3 (round p23): the box ticked as the trigger, the
    # visitor in the third person, an imperative act, a gerund gate, training 'it'; with look-alikes
    ("En cochant cette case, j'accepte les CGV et la réception de la newsletter de la "
     "boutique.", True),
    ("Je confirme avoir lu la Politique de confidentialité et j'autorise l'envoi de messages "
     "promotionnels par SMS.", True),
    ("En cochant cette case, j'accepte les CGV de la boutique.", False),
    ("Je confirme avoir lu la Politique de confidentialité et être âgé de plus de 15 ans.", False),
])
def test_french_box_or_sign_up_couples_a_required_part_seventh_batch_boxes(label: str, bundled: bool) -> None:
    assert _box_bundles(label) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a seventh batch of own phrasings of class 1/3 (round p23): the box ticked as the trigger, the
    # visitor in the third person, an imperative act, a gerund gate, training 'it'; with look-alikes
    ("En créant un compte, tu acceptes nos conditions d'utilisation et tu acceptes aussi de "
     "recevoir nos e-mails promotionnels.", True),
    ("En soumettant ce formulaire, vous acceptez d'être recontacté au sujet de votre demande "
     "et de recevoir nos offres commerciales.", True),
    ("En soumettant ce formulaire, vous acceptez d'être recontacté au sujet de votre demande.", False),
])
def test_french_sign_up_couples_a_required_part_seventh_batch(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a seventh batch of own phrasings of class 2 (round p23): the box ticked as the trigger, the
    # visitor in the third person, an imperative act, a gerund gate, training 'it'; with look-alikes
    ("Tout client ayant passé commande est automatiquement inscrit à notre newsletter.", True),
    ("Inscrivez-vous à l'événement : vous serez également ajouté à notre liste de diffusion.", True),
    ("Inscrivez-vous à l'événement : vous serez également ajouté au groupe WhatsApp des "
     "participants.", False),
    ("Tout client ayant passé commande est automatiquement informé de l'expédition.", False),
    ("Commandez avant 14h : vous serez automatiquement informé de l'expédition.", False),
    ("Réservez votre table : vous serez également ajouté à la liste d'attente.", False),
    ("Tout client ayant passé commande est automatiquement inscrit au programme de fidélité.", False),
    ("Inscrivez-vous à la newsletter : vous serez également ajouté à notre liste de diffusion.", False),
])
def test_french_automatic_enrolment_seventh_batch_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a seventh batch of own phrasings of class 3' (round p23): the box ticked as the trigger, the
    # visitor in the third person, an imperative act, a gerund gate, training 'it'; with look-alikes
    ("Recevez gratuitement notre guide en indiquant votre e-mail. Vous recevrez également nos "
     "offres promotionnelles.", True),
    ("Recevez gratuitement notre guide en indiquant votre e-mail. Vous recevrez également le "
     "lien par SMS.", False),
    ("Recevez votre facture en indiquant votre e-mail. Vous recevrez également votre reçu.", False),
])
def test_french_email_gate_seventh_batch_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a seventh batch of own phrasings of class 4 (round p23): the box ticked as the trigger, the
    # visitor in the third person, an imperative act, a gerund gate, training 'it'; with look-alikes
    ("En réservant un séjour, vous acceptez tacitement de recevoir nos newsletters et offres "
     "promotionnelles.", True),
    ("En réservant un séjour, vous acceptez les conditions générales de l'hôtel.", False),
])
def test_french_promotions_deemed_accepted_seventh_batch_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # a seventh batch of own phrasings of class 5 (round p23): the box ticked as the trigger, the
    # visitor in the third person, an imperative act, a gerund gate, training 'it'; with look-alikes
    ("Les conversations avec Léo, notre assistant, sont enregistrées et utilisées pour "
     "l'entraîner. En poursuivant, vous l'acceptez.", True),
    ("Les conversations avec Léo, notre assistant, ne sont pas enregistrées. En poursuivant, "
     "vous acceptez nos CGU.", False),
    ("En utilisant l'assistant d'écriture, vous acceptez que l'IA analyse votre texte pour "
     "l'améliorer.", False),
])
def test_french_bot_improvement_seventh_batch_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("label", "bundled"), [
    # look-alikes only, for the structures widened for class 1/3 (round p23): the act's own
    # delivery, list, code, link or history, the AI denied or doing the visitor's own task
    ("J'accepte les conditions générales de vente et je souhaite recevoir mon colis en point "
     "relais.", False),
    ("J'ai lu et j'accepte le règlement du concours ainsi que de recevoir mon lot par voie "
     "postale.", False),
    ("J'accepte la politique de confidentialité et le traitement de mes données pour la "
     "gestion de mon compte.", False),
    ("J'accepte d'être recontacté(e) au sujet de ma demande et pour fixer un rendez-vous.", False),
    ("J'accepte les CGU et l'envoi de mon code de vérification par SMS.", False),
])
def test_french_box_or_sign_up_couples_a_required_part_look_alikes_boxes(label: str, bundled: bool) -> None:
    assert _box_bundles(label) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # look-alikes only, for the structures widened for class 2 (round p23): the act's own
    # delivery, list, code, link or history, the AI denied or doing the visitor's own task
    ("Après votre achat, vous serez automatiquement redirigé vers votre espace client.", False),
    ("Chaque téléchargement est automatiquement enregistré dans votre historique.", False),
    ("Une fois votre commande validée, vos coordonnées seront transmises au transporteur.", False),
    ("Toute réservation entraîne votre inscription au planning du cours.", False),
    ("Participez au jeu : les gagnants seront automatiquement avertis par e-mail.", False),
])
def test_french_automatic_enrolment_look_alikes_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # look-alikes only, for the structures widened for class 3' (round p23): the act's own
    # delivery, list, code, link or history, the AI denied or doing the visitor's own task
    ("Indiquez votre e-mail pour recevoir le guide. Nous vous enverrons un rappel si vous ne "
     "l'avez pas ouvert.", False),
    ("Votre guide est prêt. Nous ne partageons jamais votre adresse e-mail.", False),
    ("Pour télécharger votre facture, indiquez votre numéro de commande.", False),
    ("Saisissez votre e-mail pour réinitialiser votre mot de passe. Nous vous enverrons un "
     "lien chaque fois que vous le demanderez.", False),
])
def test_french_email_gate_look_alikes_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # look-alikes only, for the structures widened for class 4 (round p23): the act's own
    # delivery, list, code, link or history, the AI denied or doing the visitor's own task
    ("Si vous réservez en ligne, vous recevrez nos recommandations pour préparer votre séjour.", False),
])
def test_french_promotions_deemed_accepted_look_alikes_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # look-alikes only, for the structures widened for class 5 (round p23): the act's own
    # delivery, list, code, link or history, the AI denied or doing the visitor's own task
    ("Notre assistant ne conserve pas vos messages. Aucune donnée ne sert à entraîner l'IA.", False),
    ("En utilisant l'assistant, vous acceptez qu'il améliore la mise en page de vos documents.", False),
])
def test_french_bot_improvement_look_alikes_notices(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class A: processing "as this policy describes" granted by merely using the site;
    # the data disclosed or ceded, or named bare ("d'informations", "de données personnelles")
    ("En naviguant sur notre boutique, vous consentez à la collecte et à la cession de vos "
     "informations comme l'indique notre charte.", True),
    ("En utilisant l'appli, vous acceptez le traitement de données personnelles selon les "
     "modalités de la présente notice.", True),
    # look-alikes: the document alone, and processing for the visitor's own request
    ("En utilisant l'appli, vous acceptez notre notice d'information.", False),
    ("En envoyant ce formulaire, vous acceptez le traitement de vos informations pour traiter "
     "votre demande.", False),
])
def test_french_processing_as_described_tied_to_use(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class F: the seller is a party whose terms are granted, not a sale of data
    ("En validant votre offre, vous acceptez les conditions du vendeur et la charte des membres.", False),
    ("En passant commande, vous acceptez d'être contacté par le vendeur au sujet de votre commande.", False),
    # selling the visitor's data is still a use
    ("En créant un compte, vous acceptez que nous vendions vos coordonnées à des annonceurs.", True),
])
def test_french_seller_named_is_no_sale_of_data(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class E: crash or error reports sent off the device, made the price of using the app
    ("En utilisant l'application, vous acceptez que les rapports de plantage soient envoyés à "
     "notre prestataire d'analyse.", True),
    # look-alikes: an error message shown, and reports denied
    ("En utilisant l'application, vous acceptez qu'un message d'erreur s'affiche en cas de problème.", False),
    ("En utilisant l'application, vous acceptez nos CGU. Les rapports d'erreurs ne sont "
     "jamais envoyés.", False),
])
def test_french_crash_reports_tied_to_use(notice: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice, form=None)))) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class D: the sender's mail stated as the outcome of another act, or the visitor
    # kept posted on the sender's own doings
    ("En créant votre compte, vous recevrez nos offres promotionnelles par e-mail.", True),
    ("En adhérant, vous acceptez que l'association vous tienne informé de ses campagnes.", True),
    # look-alikes: the act's own mail, the subscription itself, the visitor's own file or contest
    ("En passant commande, vous recevrez un e-mail de confirmation.", False),
    ("En vous inscrivant à notre newsletter, vous recevrez nos offres exclusives.", False),
    ("Lorsque vous vous abonnez, vous recevrez nos promotions chaque semaine.", False),
    ("En rejoignant la liste d'attente, vous recevrez votre accès en avant-première.", False),
    ("En participant, tu vas recevoir des notifications sur les résultats du tirage.", False),
    ("En appuyant sur « Je m'inscris », tu recevras notre lettre chaque jeudi.", False),
    ("Si vous cochez la case, vous recevrez les offres de nos partenaires.", False),
    ("En envoyant votre dossier, vous acceptez que nous vous tenions informé de l'avancement "
     "de votre dossier.", False),
])
def test_french_mail_stated_as_the_outcome_of_an_act(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class A: processing named bare as the policy describes it, or acknowledged, tied to
    # using the site; class D: the sender's kinds of mail stated as what an act brings
    ("En naviguant sur ce site, vous acceptez la collecte et l'utilisation prévues par la présente "
     "charte.", True),
    ("En ouvrant l'appli, tu reconnais que tes données seront exploitées selon notre charte.", True),
    ("En téléchargeant le modèle, tu recevras ensuite nos astuces.", True),
    # look-alikes: a document's title, an order's handling, having read, the visitor's own delivery,
    # a bare sign-up for the plain newsletter
    ("L'accès au site vaut acceptation des conditions d'utilisation décrites ci-dessous.", False),
    ("En réservant, vous consentez au traitement de votre commande.", False),
    ("En commandant, vous reconnaissez avoir lu nos CGV.", False),
    ("En validant l'abonnement, tu reconnais que ton adresse sera confiée à notre routeur d'e-mails.", False),
    ("En ouvrant un compte, vous acceptez le traitement de vos données.", False),
    ("En passant commande, vous recevrez notre confirmation par e-mail.", False),
    ("En vous inscrivant, vous recevrez notre newsletter.", False),
])
def test_french_processing_named_bare_or_acknowledged(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("words", "shaming"), [
    # round m23, class C: a disparaged alternative preferred, luck not tried, a sympathetic party
    # refused; a decline that defers or names a plain alternative stays neutral
    ("Non merci, je préfère les sites truffés de publicités", True),
    ("Non, je ne saisis pas ma chance", True),
    ("Non, je ne veux pas aider les petits producteurs", True),
    ("Non merci, je garde la version avec publicité", False),
    ("Non, je ne veux pas soutenir pour l'instant", False),
    ("Je préfère payer en trois fois", False),
    ("Non, je ne tente pas l'essai", False),
])
def test_french_declines_mocking_caution_or_preferring_worse(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class E: an optional use made the price of the service, by a required marker right
    # before the visitor's grant or by the grant said required to use it
    ("Requis  J'autorise l'envoi de mes statistiques d'usage à nos partenaires.", True),
    ("Vous consentez à la mesure d'audience, obligatoire pour utiliser le service.", True),
    # look-alikes: a document, the request's own processing, a marker denied
    ("Obligatoire J'accepte les conditions générales d'utilisation.", False),
    ("Obligatoire : J'accepte que mes données soient utilisées pour traiter ma demande.", False),
    ("Non obligatoire J'accepte de recevoir des offres de nos partenaires.", False),
])
def test_french_optional_use_made_required(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23: necessary said of SOME cookies only leaves the notice's other cookies optional
    ("Nous déposons des cookies pour mieux vous connaître. Certains cookies sont strictement "
     "nécessaires. En continuant votre visite, vous acceptez les cookies.", True),
    # look-alikes: only necessary cookies, and a notification about the visitor's own request
    ("Nous ne déposons que des cookies strictement nécessaires. En continuant votre visite, vous "
     "acceptez les cookies.", False),
    ("En créant un compte, tu acceptes de recevoir des alertes sur le statut de ta commande.", False),
])
def test_french_some_cookies_necessary_and_own_request_status(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class F: going on tied to the grant, then asked as a yes/no question: the yes is the
    # consent choice; without the question, or with another sentence after it, going on still bundles
    ("Ce service traite vos réponses. En poursuivant, tu acceptes ce traitement. "
     "Veux-tu poursuivre ?", False),
    ("Ce service traite vos réponses. En poursuivant, tu acceptes la mesure d'audience.", True),
    ("En poursuivant, tu acceptes la mesure d'audience. Bonne lecture !", True),
])
def test_french_going_on_asked_as_a_question_is_the_choice(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class B: staying here or advancing in the visit, said as the act
    ("Ce site dépose des traceurs publicitaires. Si tu restes sur cette page, tu acceptes "
     "ces traceurs.", True),
    ("En cas de poursuite de votre navigation, vous consentez à la collecte de vos données.", True),
    # look-alikes: necessary cookies only, and the terms alone
    ("Nous n'utilisons que des cookies nécessaires. Si vous restez ici, vous acceptez leur "
     "utilisation.", False),
    ("Si vous restez ici, vous acceptez nos CGU.", False),
])
def test_french_staying_or_advancing_is_using_the_site(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class A: taking note or confirming THAT data is processed as the policy says, tied to use
    ("En consultant ce site, tu prends acte que tes informations sont exploitées selon notre charte.", True),
    # look-alikes: what the visitor confirms of themself, and the request's own processing
    ("En utilisant le site, vous confirmez avoir 18 ans.", False),
    ("En envoyant ce formulaire, vous confirmez que vos données seront traitées selon notre politique "
     "pour répondre à votre demande.", False),
])
def test_french_processing_acknowledged_per_policy(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "button", "bundled"), [
    # round m23: the mail stated after the subscription itself, on the subscription form, is that mail
    ("Inscrivez-vous à notre newsletter : chaque mois, vous recevrez nos meilleures recettes.",
     "S'inscrire", False),
    ("Abonne-toi à notre lettre : chaque semaine, tu recevras nos astuces.", "OK", False),
    # still bundled: partners' offers beside it, and mail stated after another act
    ("Inscrivez-vous à notre newsletter : vous recevrez aussi les offres de nos partenaires.",
     "S'inscrire", True),
    ("Réservez votre atelier : ensuite, vous recevrez nos offres promotionnelles.", "Réserver", True),
])
def test_french_mail_after_the_subscription_itself(notice: str, button: str, bundled: bool) -> None:
    assert bool(BUNDLED.run(page(text("f0:t1", notice), action("f0:a1", button)))) is bundled


@pytest.mark.parametrize("notice", [
    # round m23, class F: the sender's mail about the visitor's own booking, order or purchase
    "En réservant, vous recevrez nos conseils pour préparer votre séjour.",
    "Après votre achat, vous recevrez nos conseils d'utilisation du produit.",
    "En commandant, tu recevras nos e-mails de suivi de commande.",
])
def test_french_mail_about_the_visitors_own_order_is_no_finding(notice: str) -> None:
    assert match_bundled_sentence(notice) is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m24, class J: contact that is the act's own follow-up (confirming, paying, the launch
    # waited for, the next dates of what was joined, the care the visitor is in)
    ("En réservant ta place, tu acceptes d'être rappelé pour le règlement.", False),
    ("Une fois inscrit, vous acceptez d'être contacté à propos de l'ouverture.", False),
    ("En vous inscrivant sur la liste, vous acceptez d'être contacté concernant les prochaines dates.",
     False),
    ("En remplissant ce bilan, vous acceptez que vos réponses soient transmises à votre coach dans "
     "le cadre de votre suivi.", False),
    ("En complétant ce test, tu acceptes d'être recontacté(e) afin de valider ton inscription.", False),
    # look-alikes: an option beside the follow-up, the sender's goods launched, partners
    ("En réservant ta place, tu acceptes d'être rappelé pour le règlement et de recevoir nos offres.",
     True),
    ("En créant un compte, vous acceptez d'être contacté au sujet du lancement de nos nouvelles "
     "collections.", True),
    ("En remplissant ce bilan, vous acceptez que vos réponses soient transmises à nos partenaires "
     "dans le cadre de votre suivi.", True),
    ("En complétant ce test, tu acceptes d'être recontacté(e) par nos partenaires (assureurs) afin "
     "de valider ton inscription.", True),
])
def test_french_contact_that_is_the_acts_own_follow_up(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m24, class J: the partners or affiliates the visitor joins or becomes, named as the
    # gerund's object, and the terms accepted for it
    ("En devenant partenaire, tu acceptes les conditions du programme.", False),
    ("En rejoignant notre réseau d'affiliés, vous reconnaissez avoir lu et accepté le règlement.", False),
    # look-alikes: a use in the granting clause, and the gerund's clause not closed by a comma
    ("En devenant partenaire, tu acceptes que tes données soient transmises à des annonceurs.", True),
    ("En devenant partenaire vous acceptez de recevoir nos offres promotionnelles.", True),
])
def test_french_partners_joined_are_the_acts_object(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m24, class H: recording or publication tied to joining, staying, taking part or connecting
    ("Cette visioconférence est filmée. Si tu ne veux pas apparaître à l'écran, merci de te déconnecter "
     "maintenant.", True),
    ("Nos conversations peuvent être enregistrées. Si vous n'acceptez pas, vous pouvez raccrocher.", True),
    ("En rejoignant le webinaire, vous consentez à être enregistré.", True),
    ("En concourant, tu autorises la retransmission de ta prestation.", True),
    ("Si tu te connectes au hotspot du café, tu acceptes la collecte de tes données de navigation.", True),
    # look-alikes: a recording notice with no grant, a refusal that leads elsewhere, stored in a
    # directory, the visitor's own account, the terms alone
    ("Nos conversations peuvent être enregistrées à des fins de formation.", False),
    ("Si vous ne souhaitez pas de newsletter, vous pouvez vous désabonner en un clic.", False),
    ("En adhérant, vous acceptez d'être enregistré dans l'annuaire des adhérents.", False),
    ("En vous connectant à votre espace client, vous acceptez le traitement de vos données.", False),
    ("En vous connectant au Wi-Fi du musée, vous acceptez la charte d'utilisation.", False),
])
def test_french_recording_or_publication_tied_to_joining_or_staying(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize("notice", [
    # round m24, class H's look-alikes: a call or chat recorded for the visitor's own request
    "En écrivant au support, vous acceptez que l'échange soit enregistré afin de faciliter le traitement "
    "de votre réclamation.",
    "En nous appelant, tu acceptes que l'appel soit enregistré pour traiter ta demande.",
])
def test_french_recording_for_the_visitors_own_request_is_no_finding(notice: str) -> None:
    assert match_bundled_sentence(notice) is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m24, class I: cookies said to be set as the outcome of going on
    ("Si tu poursuis ta lecture, des cookies de mesure seront installés.", True),
    ("En restant sur la page, des traceurs tiers peuvent être lus.", True),
    # look-alikes: necessary ones only, none set, and cookies set by a choice
    ("Si tu poursuis ta lecture, des cookies indispensables seront installés.", False),
    ("Si tu poursuis ta lecture, les cookies ne seront pas installés.", False),
    ("Des cookies seront installés si vous cliquez sur Accepter.", False),
])
def test_french_cookies_set_as_the_outcome_of_going_on(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "trick"), [
    # round m24, class G: a use of the visitor's data or likeness that holds unless they say otherwise
    ("Sauf mention contraire de ta part, tu acceptes que nous t'envoyions nos bons plans.", True),
    ("Les vidéos de l'atelier peuvent être diffusées sur notre chaîne, à moins que vous ne vous y "
     "opposiez.", True),
    ("Ton portrait sera publié dans le trombinoscope, sauf si tu nous indiques le contraire.", True),
    # look-alikes: changed terms deemed accepted, a use denied, a delivery setting, a plain opt-out
    ("Sauf avis contraire de votre part, vous acceptez le nouveau règlement.", False),
    ("Sauf mention contraire, tes coordonnées ne seront jamais cédées.", False),
    ("Sauf indication contraire, le colis sera déposé en point relais.", False),
    ("Vous pourrez vous opposer à tout moment à l'envoi de nos offres.", False),
])
def test_french_silence_taken_as_consent_to_a_use(notice: str, trick: bool) -> None:
    assert (match_trick_wording(notice) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m24, class J: cookies whose one stated purpose is the site's proper working
    ("Pour son bon fonctionnement, ce site dépose des cookies. En poursuivant, tu acceptes leur dépôt.",
     False),
    ("La boutique emploie des cookies pour assurer le bon fonctionnement du site. En continuant, vous "
     "acceptez ces cookies.", False),
    # look-alikes: another purpose joined to it
    ("La boutique emploie des cookies pour assurer le bon fonctionnement du site et mesurer l'audience. "
     "En continuant, vous acceptez ces cookies.", True),
    ("Pour son bon fonctionnement, ce site dépose des traceurs et des cookies de ciblage. En poursuivant, "
     "tu acceptes leur dépôt.", True),
    # round m24, class J: a bare validation whose one outcome is the named sender's plain mail
    ("En validant, tu acceptes de recevoir nos e-mails de la part de Atelier Lune.", False),
    ("En validant, tu acceptes de recevoir des e-mails de la part de nos partenaires.", True),
    ("En validant ton achat, tu acceptes de recevoir nos e-mails.", True),
])
def test_french_working_cookies_and_a_bare_validation(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m24, class H: the entry or presence as what counts as consent, a talk recorded, a video broadcast
    ("Ta venue au festival vaut accord pour être filmé.", True),
    ("En demeurant dans l'amphithéâtre, tu consens à l'enregistrement du cours.", True),
    ("En concourant, tu acceptes que tes vidéos soient diffusées sur notre chaîne.", True),
    # look-alikes: the house rules alone, and the visitor's own publishing
    ("Ta venue au festival vaut acceptation du règlement intérieur.", False),
    ("En mettant en ligne ta vidéo, tu acceptes qu'elle soit diffusée sur ton profil.", False),
])
def test_french_entry_recording_and_broadcast(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m25, class M: implied cookie consent in more shapes: the cookie policy granted by going on, the
    # notice closed said as a condition
    ("Si tu continues à naviguer sur notre site, tu acceptes notre politique relative aux cookies.", True),
    ("En poursuivant votre visite, vous acceptez la politique d'utilisation des cookies.", True),
    ("Lorsque vous fermez ce bandeau, vous consentez au dépôt de cookies publicitaires.", True),
    ("Si tu fermes cette fenêtre, tu acceptes les cookies de nos partenaires.", True),
    # look-alikes: the policy accepted with another act (a document), the notice closed with necessary cookies
    # only, polite requests to consent before going on
    ("En créant un compte, vous acceptez notre politique de cookies.", False),
    ("Si vous fermez ce bandeau sans faire de choix, seuls les cookies nécessaires seront déposés.", False),
    ("Pour poursuivre votre navigation, merci d'accepter les cookies de mesure d'audience.", False),
    ("Si vous souhaitez continuer, veuillez accepter notre politique de cookies.", False),
])
def test_french_implied_cookie_consent_in_more_shapes(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m25, class K: the person's likeness or name used for publicity, tied to joining, taking part or a
    # prize
    ("En vous inscrivant au tournoi, vous autorisez l'association à diffuser des photos de vous pour sa "
     "communication.", True),
    ("En adhérant au club, vous acceptez que le club utilise les photos prises lors des entraînements pour "
     "sa communication.", True),
    ("L'acceptation du lot vaut autorisation de publier le nom et la photo du gagnant sur nos "
     "réseaux sociaux.", True),
    ("En vous inscrivant au stage, tu acceptes que l'école publie les vidéos sur lesquelles tu "
     "apparais.", True),
    # look-alikes: the submitted work shown to the jury, security cameras, a separate photo grant with no act,
    # results announced
    ("En participant, vous concédez à l'organisateur le droit de présenter votre œuvre au jury et lors de "
     "l'exposition.", False),
    ("En participant, vous acceptez que nous utilisions les photos que vous soumettez pour les présenter au "
     "jury.", False),
    ("En entrant dans le bâtiment, vous acceptez d'être filmé par nos caméras de vidéosurveillance pour des "
     "raisons de sécurité.", False),
    ("J'autorise le club à utiliser des photos de moi pour sa communication.", False),
    ("Les résultats du concours seront publiés sur notre site.", False),
])
def test_french_likeness_used_for_taking_part(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("label", "bundled"), [
    # round m25: the terms read and accepted (the participle: "J'ai lu et accepté …"), with an optional use
    # joined in the same box
    ("J'ai lu et accepté les CGU, et j'accepte de recevoir les offres de vos partenaires.", True),
    ("J'ai lu, compris et acceptée la politique de confidentialité et je souhaite recevoir votre lettre "
     "d'information.", True),
    ("J'ai lu et approuvé les conditions générales de vente et j'accepte que mes données soient utilisées à "
     "des fins de prospection.", True),
    # look-alikes: the documents alone, and a statement with no use joined
    ("J'ai lu et accepté les conditions générales de vente.", False),
    ("J'ai lu et accepté les CGU et la politique de confidentialité.", False),
    ("J'ai lu et accepté les CGU et je confirme être majeur.", False),
])
def test_french_terms_accepted_as_a_participle_with_a_use_joined(label: str, bundled: bool) -> None:
    assert (match_bundled_control_label(label) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m25, class Q/R: the grant made by the consent control itself ("En donnant votre consentement ci-
    # dessous") is the opt-in, not an act beside it
    ("Notre prestataire de paiement dépose des cookies pour sécuriser la transaction. En donnant votre "
     "accord ci-dessous, vous acceptez ces cookies.", False),
    ("En nous donnant votre consentement, vous autorisez l'envoi de notre newsletter.", False),
    ("En exprimant votre consentement ci-dessous, vous acceptez les cookies de mesure d'audience.", False),
    # still flagged: going on, not the control, grants the cookies
    ("Notre prestataire de paiement dépose des cookies publicitaires. En poursuivant, vous acceptez ces "
     "cookies.", True),
    ("En poursuivant votre navigation, vous acceptez les cookies de nos partenaires publicitaires.", True),
    ("En donnant votre avis sur ce produit, vous acceptez que nous utilisions vos données à des fins "
     "publicitaires.", True),
])
def test_french_grant_made_by_the_consent_control_itself(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m25, class Q/R: a payment provider's cookies for the payment's own security; class M: cookies left
    # on in the browser plus going on, said in one "si"
    ("Notre prestataire de paiement dépose des cookies pour assurer la sécurité du paiement. En validant "
     "votre commande, vous acceptez ces cookies.", False),
    ("Ces cookies servent au bon fonctionnement du processus de paiement. En poursuivant, vous les "
     "acceptez.", False),
    ("Notre prestataire de paiement dépose des cookies pour la sécurité du paiement et des cookies "
     "publicitaires. En validant votre commande, vous acceptez ces cookies.", True),
    ("Si vous laissez les cookies activés dans votre navigateur et poursuivez votre visite, vous acceptez "
     "leur utilisation.", True),
    ("Si tu gardes les cookies activés et que tu continues, tu acceptes les cookies de mesure "
     "d'audience.", True),
    ("Si vous avez des questions et souhaitez nous écrire, vous acceptez que nous conservions votre "
     "message.", False),
])
def test_french_payment_cookies_and_cookies_left_on(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "tied"), [
    # round m26 class S: the participant named by the role taking part gives ("Les participants …")
    # grants the use of their likeness, name or event photos: tied to taking part, as "by entering" is
    # ... while the rules accepted, the work licensed for judging, the organiser's own promise, results
    # published, a separate opt-in or the entrant's declarations stay untied
    ("Chaque concurrente autorise l'organisateur à diffuser son image sur les réseaux sociaux "
     "du club.", True),
    ("Les lauréats acceptent que leur nom et leur photo soient publiés à des fins promotionnelles.", True),
    ("Les coureurs consentent à ce que les vidéos tournées pendant la course soient utilisées "
     "pour la communication de l'épreuve.", True),
    ("Le gagnant autorise la société à reproduire et publier son nom et son portrait dans ses "
     "publicités.", True),
    ("Du seul fait de leur inscription, les exposants autorisent le salon à utiliser les "
     "photographies prises pendant la manifestation.", True),
    ("Les participants acceptent le règlement du concours dans son intégralité.", False),
    ("Chaque participant autorise le jury à examiner son œuvre pour la sélection des finalistes.", False),
    ("L'organisateur s'engage à ne pas utiliser l'image des participants.", False),
    ("Les participants déclarent être les auteurs des photos soumises.", False),
    ("Les résultats et le classement des participants seront publiés sur le site.", False),
    ("Les participants peuvent autoriser l'utilisation de leur image en cochant la case prévue.", False),
    ("Le participant doit être âgé de plus de 18 ans.", False),
    ("Les participants autorisent l'organisateur à publier les résultats et le classement sur "
     "le site.", False),
])
def test_french_participant_role_grants_publicity_as_a_term_of_entering(notice: str, tied: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is tied


# round m26, class U: a cookie page named by its title (capitalised) among the documents a grant names is a
# document; the use of cookies itself (lower case), an advertising use and an offer beside it stay bundled
@pytest.mark.parametrize(("notice", "bundled"), [
    ("En créant votre compte, vous acceptez nos CGU et notre Gestion des cookies.", False),
    ("En réservant, vous acceptez nos Conditions générales et notre Usage des traceurs.", False),
    ("En vous inscrivant à l'atelier, vous acceptez la Charte relative aux cookies et nos Conditions "
     "d'utilisation.", False),
    ("En vous inscrivant à l'atelier, vous acceptez notre utilisation des cookies publicitaires.", True),
    ("En créant un compte, vous acceptez nos CGU et l'utilisation des cookies à des fins publicitaires.",
     True),
    ("En réservant, vous acceptez nos Conditions générales et notre Utilisation des cookies, et vous "
     "acceptez de recevoir nos offres commerciales.", True),
])
def test_french_cookie_page_named_by_its_title(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
