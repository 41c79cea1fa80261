"""German phrasings written here (not the real set) that pin the wording mechanisms
of the German lexicon, each with neutral look-alikes that must stay neutral."""

from __future__ import annotations

import sys

import pytest

from consentinel.lexicon.wording import (
    WordingLexiconError,
    _pattern_lexicon,
    lexicon,
    match_bundled_control_label,
    match_bundled_sentence,
    match_confirmshaming,
    match_trick_wording,
)


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


# Acts tied to a grant that earlier lists missed: a click named without article, getting a
# download/purchase/confirmation, "die Nutzung gilt als Einwilligung"; the marketing mail such a
# form adds (updates, news, "gelegentlich/künftig …"), advertising as an adjective, behaviour
# analysed in any verb form. The look-alikes send only what was asked for, or grant terms.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Mit Klick auf „Checkliste holen“ erklären Sie sich einverstanden, dass wir Ihnen regelmäßig "
     "Neuigkeiten schicken.", True),
    ("Mit Klick auf „Checkliste holen“ erklären Sie sich einverstanden, dass wir Ihnen die Checkliste "
     "zuschicken.", False),
    ("Mit dem Download des E-Books willigst du ein, dass wir dir künftig Tipps per E-Mail senden.", True),
    ("Mit dem Download des E-Books willigst du ein, dass wir dir den Link per E-Mail senden.", False),
    ("Nach dem Kauf stimmst du zu, dass wir dir Produkt-Updates schicken.", True),
    ("Nach dem Kauf stimmst du zu, dass wir dir Updates zu deiner Bestellung schicken.", False),
    ("Die Nutzung des Portals gilt als Einwilligung in Werbung per Post.", True),
    ("Die Nutzung des Portals gilt als Zustimmung zu den Nutzungsbedingungen.", False),
    ("Mit der Teilnahme erlauben Sie uns werbliche Anrufe.", True),
    ("Mit der Teilnahme erlauben Sie uns, Sie über den Gewinn zu informieren.", False),
    ("Mit dem Absenden des Gutscheinformulars stimmst du dem Erhalt von E-Mails der Beispiel GmbH zu.", True),
    ("Mit dem Absenden stimmst du der Zustellung deiner Bestellbestätigung per E-Mail zu.", False),
    ("Manche Cookies sind notwendig, andere analysieren Ihr Surfverhalten. Wenn Sie weitersurfen, "
     "stimmen Sie den Cookies zu.", True),
    ("Wir setzen nur notwendige Cookies. Wenn Sie weitersurfen, stimmen Sie den Cookies zu.", False),
])
def test_german_more_acts_and_marketing_mail(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# The accepting click named with words between label and verb, or a nominalised verb that is not
# a click ("Durch das Weiterlesen akzeptieren Sie …": "akzeptieren" is the main verb); a sign-up
# with no other target IS the newsletter subscription; a sentence that only points to a
# document states no use of the notice.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Indem Sie die Seite nutzen und auf „Alle erlauben“ oben rechts tippen, stimmen Sie "
     "Marketing-Cookies zu.", False),
    ("Indem Sie die Seite nutzen, stimmen Sie Marketing-Cookies zu.", True),
    ("Durch das Weiterlesen akzeptieren Sie unsere Werbe-Cookies.", True),
    ("Durch das Anklicken von „Akzeptieren“ erlauben Sie Werbe-Cookies.", False),
    ("Mit deiner Anmeldung willigst du ein, dass wir dir monatlich unseren Newsletter schicken.", False),
    ("Mit deiner Anmeldung zum Gewinnspiel willigst du ein, dass wir dir monatlich unseren "
     "Newsletter schicken.", True),
    ("Mit der Buchung akzeptieren Sie unsere AGB. Lesen Sie auch unsere Hinweise zu Werbe-Cookies.", False),
    ("Mit der Buchung akzeptieren Sie unsere AGB. Wir nutzen Ihre Daten auch für Werbung.", True),
])
def test_german_choice_clicks_subscriptions_and_pointers(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# The right to object stated as a condition is a plain opt-out, not a double negative; a
# first-person "I do not object" box label stays one.
@pytest.mark.parametrize(("text", "trick"), [
    ("Wir informieren Sie per E-Mail über Angebote, wenn Sie dem nicht widersprechen.", False),
    ("Falls du nicht widersprichst, nutzen wir deine Daten für Werbung.", False),
    ("Ihre Adresse nutzen wir ohne Ihren Widerspruch auch für Werbung.", False),
    ("Ich widerspreche nicht der Weitergabe meiner Daten an Partner.", True),
])
def test_german_right_to_object_is_no_double_negative(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


# Enjoying the nuisance an ad-free or premium offer removes mocks the decliner; wanting ads by
# mail or refusing them is no decline against oneself.
@pytest.mark.parametrize(("words", "shames"), [
    ("Nee, ich liebe Pop-ups", True),
    ("Nein danke, ich schaue gern Werbung", True),
    ("Ich möchte Werbung per E-Mail erhalten", False),
    ("Nein danke, keine Werbung", False),
])
def test_german_enjoying_ads(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


# The same classes in other persons and synonyms: a click with a possessive, the e-mail address
# typed in or a voucher redeemed, mail "hin und wieder"/"zukünftig", about "our products".
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Mit Ihrem Klick erlauben Sie uns, Ihnen hin und wieder Angebote zu mailen.", True),
    ("Mit Ihrem Klick erlauben Sie uns, Ihnen die Rechnung zu mailen.", False),
    ("Mit der Eingabe deiner E-Mail-Adresse willigst du ein, zukünftig Infos von uns zu bekommen.", True),
    ("Mit der Eingabe deiner E-Mail-Adresse willigst du ein, dass wir dir das Passwort schicken.", False),
    ("Mit der Einlösung des Gutscheins stimmen Sie zu, Informationen zu unseren Produkten zu erhalten.",
     True),
    ("Mit der Einlösung des Gutscheins stimmen Sie zu, dass wir Ihnen ein Angebot erstellen.", False),
])
def test_german_more_persons_and_synonyms_of_a_request(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# One box that asks to take part in a draw, quiz or survey AND grants optional use: the grant is
# the price of taking part. Accepting only the entry terms, a plain opt-in box, or a newsletter
# sign-up box is not such a coupling.
@pytest.mark.parametrize(("label", "bundled"), [
    ("Ja, ich mache beim Glücksrad mit und erlaube, dass meine Adresse an Partnerfirmen geht.", True),
    ("Ich möchte an der Umfrage teilnehmen und stimme zu, dass ihr mir künftig Angebote mailt.", True),
    ("Mit der Teilnahme am Preisrätsel und meiner Zustimmung zu Postwerbung bin ich einverstanden.", True),
    ("Ich nehme an der Verlosung teil und akzeptiere die Teilnahmebedingungen.", False),
    ("Ich bin einverstanden, dass Partnerfirmen mir Angebote per Post schicken.", False),
    ("Ich möchte den Newsletter abonnieren und willige in den Erhalt von E-Mails ein.", False),
])
def test_german_box_coupling_a_contest_with_a_grant(label: str, bundled: bool) -> None:
    assert (match_bundled_control_label(label) is not None) is bundled


# Advertising named by its channel in one compound is advertising ("Telefonwerbung",
# "SMS-Werbung"); a job application ("Bewerbung") is not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Durch die Nutzung der App stimmen Sie Telefonwerbung durch uns zu.", True),
    ("Mit der Registrierung willigst du in Briefwerbung ein.", True),
    ("Mit dem Absenden Ihrer Bewerbung stimmen Sie der Speicherung Ihrer Unterlagen zu.", False),
])
def test_german_advertising_compounds_are_a_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Batch 14 round 3 (kinds carried over from the other languages' real declines): a decline made
# cruel or tearful by an adverb of guilt (Chinese 残忍拒绝, 含泪放弃), letting a good slip, not
# minding a loss, and losses of regret, drudgery, softness, running out, a sum paid instead.
@pytest.mark.parametrize(("words", "shames"), [
    ("Blutenden Herzens abmelden", True),
    ("Eiskalt weiterklicken", True),
    ("Wir lassen uns den Frühbucherpreis entgehen", True),
    ("Nein, mir macht es nichts aus, die Rabattaktion zu versäumen", True),
    ("Nein danke, ich bereue es dann eben", True),
    ("Nein, ich placke mich lieber allein ab", True),
    ("Nö, dafür bin ich zu feige", True),
    ("Nein, mir gehen lieber die Kunden aus", True),
    ("Nein danke, ich zahle lieber 49 € im Monat", True),
    ("Nein danke, ich bleibe lieber ein Statist", True),
    ("Nein, ich will keine guten Deals", True),
    ("Jetzt nicht, ich bin kein VIP-Typ", False),
    ("Abmelden", False),
    ("Nein danke, ich zahle per Rechnung", False),
    ("Nein, ich lasse es", False),
    ("Später erinnern", False),
])
def test_german_guilt_adverbs_and_carried_losses(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


# Tick-to-refuse where the condition lists its objects past a comma, where the box act closes
# the sentence ("…, indem Sie das Kästchen ankreuzen"), where the wish is a "soll" or the
# negation is "keinerlei"/"nichts"; a double negative whose verb comes four words later. The
# plain opt-in box, ticking to stop, and an empty box for staying anonymous stay neutral.
@pytest.mark.parametrize(("label", "tricks"), [
    ("Haken setzen, falls du KEINE Gutscheine, Umfragen oder Partnerangebote per Post bekommen willst", True),
    ("Falls Sie keine Werbepost wünschen, widersprechen Sie bitte, indem Sie hier ein Kreuz setzen", True),
    ("Bitte ankreuzen, wenn Ihre Adresse nicht an Partner weitergegeben werden soll", True),
    ("Setzen Sie bitte ein Häkchen, wenn Sie keinerlei Post von uns wünschen", True),
    ("Ich möchte nicht auf Angebote unserer Partner verzichten", True),
    ("Widersprechen Sie der Nutzung Ihrer Daten für Werbung?", True),
    ("Standortdaten deaktivieren?", True),
    ("Haken setzen, wenn du Gutscheine, Umfragen und Partnerangebote per Post bekommen willst", False),
    ("Kreuzen Sie hier an, um keine Werbepost mehr zu erhalten", False),
    ("Lassen Sie das Feld leer, wenn Sie anonym bleiben möchten.", False),
    ("Standortdaten aktivieren?", False),
])
def test_german_tick_to_refuse_across_commas_and_sollen(label: str, tricks: bool) -> None:
    assert (match_trick_wording(label) is not None) is tricks


# Bundling by the acts banners and forms name without article or by a whoever-clause, consent
# presumed, and data uses named as compounds or as contact. A click that fetches a code the
# visitor asked for, or the activation of the newsletter itself, is not bundling.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Durch Wegklicken dieses Hinweises stimmen Sie Cookies für Werbung zu.", True),
    ("Wer das Formular absendet, willigt in Marketinganrufe ein.", True),
    ("Wenn Sie den Fragebogen ausfüllen, stimmen Sie zu, dass wir Sie kontaktieren.", True),
    ("Bis auf Weiteres gehen wir davon aus, dass Sie mit Analyse-Cookies einverstanden sind.", True),
    ("Mit dem Einloggen erklärst du dich mit Marketingmails einverstanden.", True),
    ("Durch Klicken auf „Code anfordern“ stimmen Sie zu, dass wir Ihnen einen Code per SMS senden.", False),
    ("Durch Aktivieren dieser Option stimmen Sie zu, dass wir Ihnen unseren Newsletter senden.", False),
    ("Mit dem Anlegen des Kontos akzeptieren Sie die AGB. Newsletter nur, wenn Sie hier ankreuzen.", False),
])
def test_german_bundling_by_banner_acts_and_presumption(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Paraphrase robustness (batch 14 round 4): the whole price under any adjective, waiting longer,
# letting one's own good go ("kann weg", "darf verfallen") or giving it up ("gebe … auf"), longer
# infinitive declines, a self-insult in either word order. A price paid at once instead of by
# instalments, an age too low, an account to delete, a plain "ich gebe auf" and "muss nicht"
# (no verb of wanting) are not shaming.
@pytest.mark.parametrize(("words", "shames"), [
    ("Nein danke, ich überweise lieber den kompletten Preis", True),
    ("Nein, ich warte lieber ewig auf die Lieferung", True),
    ("Nö, mein Treuebonus darf ruhig verfallen", True),
    ("Nein danke, ich gebe meinen Willkommensrabatt auf", True),
    ("Als Gast bestellen und auf Bonuspunkte, Gratisversand und den Geburtstagsrabatt verzichten", True),
    ("Dafür bin ich wohl nicht gescheit genug", True),
    ("Nein danke, ich zahle den ganzen Preis auf einmal", False),
    ("Nein, ich bin nicht groß genug für dieses Fahrrad", False),
    ("Nein, mein Konto kann weg", False),
    ("Ich gebe auf", False),
    ("Nein danke, ich muss jetzt los", False),
    ("Nein danke, Geld sparen muss ich nicht", False),   # "muss" is no verb of wanting
])
def test_german_shaming_paraphrases(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


# A job application kept for other openings is the visitor's data: a double negative about it
# is trick wording; a plain yes to it, or an upload hint, is not.
@pytest.mark.parametrize(("label", "tricks"), [
    ("Ich will nicht, dass mein Lebenslauf nicht an weitere Abteilungen geht", True),
    ("Meine Bewerbung darf gern für andere Stellen berücksichtigt werden", False),
    ("Bitte senden Sie Ihre Bewerbung nicht per Post", False),
])
def test_german_trick_wording_on_application_data(label: str, tricks: bool) -> None:
    assert (match_trick_wording(label) is not None) is tricks


# Bundling said other ways: a click of any label as a condition, consent presumed "von Ihrer
# Zustimmung" or "von Ihrem Okay", permission stated as "dürfen wir", offers sent by a channel,
# entering the site, a visit "auf" the site, "durch den/die …". A click on a consenting label
# ("Einwilligen"), a grant that is itself the condition, a single quote by mail and an age
# confirmation on entry are not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Falls du auf „Weiter zum Shop“ tippst, akzeptierst du Marketing-Cookies.", True),
    ("Solange du die App nutzt, gehen wir von deiner Zustimmung zu Tracking aus.", True),
    ("Klicken Sie sich weiter durch, gehen wir von Ihrem Okay zu Werbe-Cookies aus.", True),
    ("Sobald du weiterklickst, dürfen wir dein Nutzerverhalten analysieren.", True),
    ("Mit dem Abschicken willigst du ein, dass wir dir Gutscheine per WhatsApp senden.", True),
    ("Mit dem Öffnen dieser App stimmen Sie der Verarbeitung Ihrer Daten zu.", True),
    ("Bei Ihrem Besuch auf dieser Website willigen Sie in Analyse-Cookies ein.", True),
    ("Durch den Erwerb des Tickets erlauben Sie uns, Ihre Daten an Partner weiterzugeben.", True),
    ("Wenn du auf „Einwilligen“ tippst, erlaubst du uns Marketing-Cookies.", False),
    ("Wenn Sie zustimmen, dürfen wir Ihnen Gutscheine per E-Mail schicken.", False),
    ("Mit dem Absenden erhalten Sie Ihr Angebot per E-Mail.", False),
    ("Mit dem Betreten dieser Seite bestätigen Sie, dass Sie volljährig sind.", False),
])
def test_german_bundling_paraphrases(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Batch 15, unseen decline shapes: a rhetorical "wer braucht schon", a good "zu anstrengend" or
# "unter meiner Würde", "kein X für mich", the visitor's dependents said not to need care,
# money-to-burn idioms, a risk waved away, "lasst mich …", "ruhig", going on with a loss, a loss
# asked for with "bitte". Look-alikes: a correction "nicht X, sondern Y", a good as the topic of a
# mailing or inside a code field, a thing the visitor already holds, ordering without an extra,
# a plain request with "bitte".
@pytest.mark.parametrize(("words", "shames"), [
    ("Wer will schon Gutscheine? Ich bestimmt nicht", True),
    ("Nein, Weiterbildung ist mir zu mühsam", True),
    ("Gratis-Extras sind unter meiner Würde", True),
    ("Nein danke, keine Prämie für mich", True),
    ("Nein, unsere Kinder brauchen keinen Schutz im Netz", True),
    ("Nee, wir schwimmen im Geld", True),
    ("Mein Konto hackt sowieso niemand", True),
    ("Lasst mich lieber im Stau stehen", True),
    ("Nein, ihr dürft mir ruhig mehr berechnen", True),
    ("Nein, ich sortiere meine Rechnungen weiterhin von Hand", True),
    ("Die teurere Variante, bitte!", True),
    ("Ich möchte keinen Gutschein, sondern eine Erstattung aufs Konto", False),
    ("Ich möchte keine Spartipps per SMS bekommen", False),
    ("Ich brauche keinen Rabattcode, danke", False),
    ("Nein, ich nutze bereits eine Rechtsschutzversicherung", False),
    ("Ohne Geschenkkarte bestellen", False),
    ("Einen Rückruf morgen Vormittag, bitte", False),
])
def test_german_shaming_unseen_shapes(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


# Objecting words under a negation are a double negative in a consent box ("nicht dagegen",
# "keine Einwände"); a plain objection and a box whose purpose is the refusal are not.
@pytest.mark.parametrize(("label", "tricks"), [
    ("Ich habe nichts dagegen, dass Partner mir Angebote senden", True),
    ("Feld frei lassen, falls Sie keine Einwände gegen Werbe-E-Mails haben", True),
    ("Ich habe Einwände gegen Werbe-E-Mails", False),
    ("Aktivieren Sie den Schalter, um keine Werbe-E-Mails mehr zu erhalten", False),
])
def test_german_trick_wording_objection_words(label: str, tricks: bool) -> None:
    assert (match_trick_wording(label) is not None) is tricks


# Bundling by a visit that counts as consent, the act named without article, the act as the
# subject that includes the consent, a login, "wer … schließt"; the same acts tied only to
# the terms or to what the visitor asked for are not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Ihr Aufenthalt auf unserer Seite gilt als Zustimmung zu Analyse-Cookies.", True),
    ("Nach Absenden des Formulars sind Sie mit Anrufen unserer Partner einverstanden.", True),
    ("Die Kontoeröffnung umfasst Ihre Einwilligung in personalisierte Werbung.", True),
    ("Nach dem Einloggen stimmen Sie der Auswertung Ihres Surfverhaltens für Werbung zu.", True),
    ("Wer den Hinweis wegklickt, willigt in Marketing-Cookies ein.", True),
    ("Mit Abschluss der Buchung akzeptieren Sie unsere Geschäftsbedingungen.", False),
    ("Die Registrierung umfasst ein kostenloses Kundenkonto.", False),
])
def test_german_bundling_unseen_shapes(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


# Word valence (textblob-de's German Polarity Lexicon): a good or loss no word list names is
# found by its polarity, a compound by its last part; words of forms keep no valence.
@pytest.mark.parametrize(("text", "word"), [
    ("Nein, ich will kein Vergnügen", "vergnügen"),
    ("Nein danke, ich lebe lieber in Verzweiflung", "verzweiflung"),
    ("Nein, ich brauche keine Weihnachtsfreude", "freude"),
])
def test_german_good_or_loss_found_by_valence_alone(text: str, word: str) -> None:
    decline = lexicon("de").decline
    assert not decline.goods.search(text.casefold()) and not decline.losses.search(text.casefold())
    found = match_confirmshaming(text)
    assert found is not None and found.phrases[-1] == word


@pytest.mark.parametrize("text", [
    "Nein danke, ich bin gut beraten",
    "Ich verzichte auf die Teilnahme an der Verlosung",
    "Nein danke, ich möchte keine Umfrage-Einladungen",
    "Nein, ich möchte keine Liebe-Grüße-Karte",   # a card: a compound's head is its last part
])
def test_german_valence_leaves_neutral_declines_alone(text: str) -> None:
    assert match_confirmshaming(text) is None


def test_german_valence_lexicon_is_read_from_the_installed_wheel() -> None:
    """Offline: the XML inside textblob-de is read where pip put it, without importing its code."""
    imported_before = "textblob_de" in sys.modules
    valences = _pattern_lexicon("textblob_de", "data/de-sentiment.xml")
    assert valences["freude"] > 0 > valences["kummer"]
    assert ("textblob_de" in sys.modules) is imported_before
    with pytest.raises(WordingLexiconError):
        _pattern_lexicon("no_such_valence_package", "data/de-sentiment.xml")


def _tied_to_an_act(notice: str) -> bool:
    """Whether the notice grants a data use tied to an act by the sentence itself."""
    found = match_bundled_sentence(notice)
    return found is not None and found.tied_to_action

# A grant of the privacy or cookie document (any of its names) tied to going on grants what the
# notice says beyond cookies, nothing more; a photo is a use only where it is made public; an
# app's software updates are no mail; reading or navigating on is going on.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Wir setzen Cookies für Reichweitenmessung und Werbung. Wenn Sie weiterlesen, akzeptieren Sie "
     "unsere Datenschutzhinweise.", True),
    ("Durch die Nutzung der App erklärst du dich einverstanden, dass deine Fotos auf unserem "
     "Instagram-Kanal veröffentlicht werden.", True),
    ("Mit dem Download willigen Sie ein, dass wir Ihnen Produkt-Updates per E-Mail senden.", True),
    ("Diese Seite nutzt Cookies für ein angenehmes Lesen. Wenn Sie weiterlesen, akzeptieren Sie "
     "unsere Datenschutzhinweise.", False),
    ("Wir überarbeiten diese Erklärung gelegentlich und kündigen das mit Software-Updates an. Durch "
     "die weitere Nutzung der Plattform akzeptierst du die geänderte Datenschutzpolitik.", False),
    ("Lade deine Fotos hoch, wir verbessern sie automatisch. Durch die Nutzung der App akzeptierst "
     "du unsere Datenschutzbestimmungen.", False),
])
def test_german_grant_of_the_privacy_document_and_what_is_a_use(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# "Wenn Sie … weitersurfen stimmen Sie … zu" with the comma left out: the grant verb followed by
# its subject opens the main clause, so it grants; a grant inside the condition still does not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Wir nutzen Cookies für Statistiken. Wenn du hier weiterliest akzeptierst du das Tracking.", True),
    ("Wenn Sie auf unserer Website weiter surfen erklären Sie sich mit Analyse-Cookies einverstanden.", True),
    ("Nur wenn Sie einverstanden sind, setzen wir beim Weitersurfen Analyse-Cookies.", False),
    ("Sofern du einwilligst verwenden wir beim Surfen deine Daten für Werbung.", False),
])
def test_german_grant_after_a_condition_without_comma(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# Consent to processing the visitor's data tied to merely using the site, in more of its words:
# Swiss "Bearbeitung", data named with a short phrase, an enumeration across commas, the
# "practices" a policy describes, and "wenn du die App nutzt" as the using. Not: a grant of the
# terms, a form's own processing, an order's handling, an embedded service switched on.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Bei Nutzung dieser Plattform willigen Sie in die Bearbeitung der von Ihnen hinterlegten "
     "Daten ein.", True),
    ("Indem du diese Seite besuchst, bist du mit der Erhebung, Speicherung und Nutzung deiner "
     "Angaben einverstanden.", True),
    ("Indem du unsere App nutzt, bist du mit den in dieser Erklärung dargelegten Praktiken "
     "einverstanden.", True),
    ("Wenn du die App nutzt, bist du mit unseren Datenschutzpraktiken einverstanden.", True),
    ("Indem du unsere App nutzt, bist du mit den Nutzungsbedingungen einverstanden.", False),
    ("Mit der Nutzung des Kontaktformulars erklären Sie sich mit der Bearbeitung der von Ihnen "
     "angegebenen Daten zur Beantwortung Ihrer Anfrage einverstanden.", False),
    ("Bei Nutzung dieser Plattform willigen Sie in die Bearbeitung Ihrer Bestellung ein.", False),
    ("Wenn Sie diese Dienste nutzen, erlauben Sie deren Cookies, die für ihre Funktion nötig sind.", False),
])
def test_german_processing_granted_by_merely_using(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# A compound naming the means of unsubscribing (link, page, form) negates nothing; the verb does.
@pytest.mark.parametrize(("text", "tricks"), [
    ("Bitte nicht abbestellen, wenn Sie weiterhin Angebote erhalten möchten.", True),
    ("Ich möchte mich nicht von Angeboten abmelden.", True),
    ("Den Newsletter kannst du jederzeit über den Abmeldelink in jeder Mail abbestellen.", False),
    ("Mit der Anmeldung bekommst du unseren Newsletter. Du kannst dich jederzeit über die "
     "Abbestellseite abmelden.", False),
])
def test_german_unsubscribe_link_is_no_negation(text: str, tricks: bool) -> None:
    assert (match_trick_wording(text) is not None) is tricks


# Being enrolled automatically (into a newsletter, a mailing list, a club) is a grant nobody asked
# for, tied to whatever act enrolled the visitor; subscribing as the act itself is the consent.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Mit der Bestellung wirst du automatisch in unseren Newsletter-Verteiler eingetragen.", True),
    ("Gratis dazu: Sie sind ab sofort automatisch für unsere wöchentlichen Angebote per E-Mail "
     "registriert.", True),
    ("Beim Download des Leitfadens tragen wir dich automatisch in unseren Newsletter ein.", True),
    ("Wenn Sie den Newsletter abonnieren, werden Sie automatisch in unseren Verteiler eingetragen.", False),
    ("Wenn Sie Angemeldet bleiben wählen, bleiben Sie automatisch angemeldet und wir speichern "
     "dafür ein Cookie.", False),
    ("Der Newsletter wird automatisch an alle Abonnenten verschickt.", False),
    ("Sie werden nach 30 Minuten automatisch abgemeldet.", False),
])
def test_german_automatic_enrolment_is_bundled(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# Lead's ruling 2: a use that only serves the act it is tied to (contacting the visitor about
# their request, passing the address on to deliver the order, running their account, a cookie
# remembering a feature's own settings) is no option tied to it; an option beside it is, and so
# is any grant tied to merely using the site.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Mit dem Absenden des Formulars willigen Sie ein, dass wir Sie zur Beantwortung Ihrer Anfrage "
     "und zu Werbezwecken kontaktieren.", True),
    ("Mit der Registrierung stimmst du zu, dass wir deine Kontaktdaten zur Verwaltung deines Kontos "
     "an Partner weitergeben.", True),
    ("Mit der Nutzung unserer Website stimmen Sie zu, dass wir Cookies verwenden, um Ihre "
     "Einstellungen zu speichern.", True),
    ("Mit dem Absenden des Formulars willigen Sie ein, dass wir Sie zur Beantwortung Ihrer Anfrage "
     "kontaktieren.", False),
    ("Durch Klicken auf Registrieren stimmst du zu, dass wir deine Kontaktdaten zur Verwaltung "
     "deines Kontos speichern.", False),
    ("Mit Ihrer Bestellung erklären Sie sich damit einverstanden, dass wir Ihre Adresse für den "
     "Versand Ihrer Bestellung an den Paketdienst weitergeben.", False),
    ("Mit der Nutzung der Suchfunktion stimmen Sie zu, dass wir ein Cookie verwenden, um Ihre "
     "Sucheinstellungen zu speichern.", False),
    ("Mit dem Absenden erklärst du dich einverstanden, dass wir dich per E-Mail oder Telefon "
     "kontaktieren, um deine Anfrage zu beantworten.", False),
    ("Mit der Teilnahme am Gewinnspiel willigen Sie ein, dass wir Sie im Gewinnfall per E-Mail "
     "kontaktieren.", False),
    ("Mit der Teilnahme am Gewinnspiel willigen Sie ein, dass wir Sie im Gewinnfall und für weitere "
     "Angebote per E-Mail kontaktieren.", True),
    ("Mit dem Klick auf Senden willigst du ein, dass wir dich bezüglich deiner Anfrage kontaktieren.", False),
    ("Mit dem Absenden willigen Sie ein, dass wir Sie zu Ihrem Anliegen telefonisch kontaktieren.", False),
    ("Mit dem Absenden willigen Sie ein, dass wir Sie zu Ihrem Anliegen und zu neuen Angeboten "
     "kontaktieren.", True),
    ("Mit deiner Anmeldung zum Workshop willigst du ein, dass wir deine Daten an die Kursleiterin "
     "weitergeben.", False),
    ("Mit Ihrer Bestellung erklären Sie sich einverstanden, dass wir Ihre Adresse an den "
     "Versanddienstleister und an Werbepartner weitergeben.", True),
])
def test_german_use_that_serves_the_act_is_not_bundled(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# The acts a grant is tied to, in more persons and forms: staying on or going on using the site
# said verb-first, "solange", starting/taking part/redeeming/opening as a condition, any act said
# to count as consent; receiving product recommendations is advertising. The same acts tied to
# terms, a serving use or necessary cookies stay neutral.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Ihre Teilnahme an der Umfrage gilt als Einwilligung in die Weitergabe Ihrer Daten an Sponsoren.", True),
    ("Bleiben Sie auf dieser Seite, erklären Sie sich mit der Verwendung von Analyse-Cookies "
     "einverstanden.", True),
    ("Nutzt du die App weiter, stimmst du personalisierter Werbung zu.", True),
    ("Solange Sie diese Website nutzen, sind Sie mit der Erfassung Ihrer Nutzungsdaten einverstanden.", True),
    ("Sobald du das Quiz startest, stimmst du zu, dass wir deine Ergebnisse an unsere Werbepartner "
     "weitergeben.", True),
    ("Mit der Eröffnung Ihres Kundenkontos willigen Sie in den Empfang von Produktempfehlungen ein.", True),
    ("Wenn Sie einen Gutschein einlösen, stimmen Sie den Gutscheinbedingungen zu.", False),
    ("Ihre Bestellung gilt als Zustimmung zu unseren AGB.", False),
    ("Wenn Sie am Gewinnspiel teilnehmen, willigen Sie ein, dass wir Sie im Gewinnfall kontaktieren.", False),
    ("Besuchst du die Seite weiter, akzeptierst du nur technisch notwendige Cookies.", False),
    ("Mit dem Absenden stimmen Sie dem Empfang Ihrer Bestellbestätigung per E-Mail zu.", False),
])
def test_german_more_acts_a_grant_is_tied_to(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# "nutzen"/"aktivieren" are plain verbs of using in a decline, not the noun "Nutzen" (benefit)
# the valence lexicon reads: declining to use a service is neutral; declining a good is not.
@pytest.mark.parametrize(("words", "shames"), [
    ("Nein, ich möchte den Service nicht nutzen", False),
    ("Ich will das Angebot nicht nutzen", False),
    ("Nein danke, ich möchte die Erinnerungsfunktion nicht aktivieren", False),
    ("Nein, ich will meine Ersparnis nicht nutzen", True),
])
def test_german_verbs_of_using_carry_no_valence(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


# Trick-wording in more persons: "wer …" opens the condition like "wenn Sie …", the empty box is
# left in every person and with a word between; doing nothing said outright chooses nothing.
@pytest.mark.parametrize(("label", "tricks"), [
    ("Wer keine Werbung wünscht, kreuzt bitte hier an.", True),
    ("Wer mit Werbung einverstanden ist, lässt das Kästchen leer.", True),
    ("Wer Angebote erhalten möchte, kreuzt bitte hier an.", False),
    ("Wenn Sie keine Werbung möchten, lassen Sie das Feld bitte leer.", False),
    ("Wenn Sie keine Werbung möchten, brauchen Sie nichts zu tun.", False),
])
def test_german_trick_wording_in_more_persons(label: str, tricks: bool) -> None:
    assert (match_trick_wording(label) is not None) is tricks


# Loading an embedded video, map or post on request (the "two-click" placeholder) is the consent
# to that service itself; marketing or partners tied to it, or a going-on beside it, still bundle.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Indem du den Beitrag lädst, erlaubst du, dass Instagram Cookies setzt und Daten an Meta "
     "übermittelt.", False),
    ("Mit dem Laden der Karte akzeptieren Sie, dass Google Daten erhebt.", False),
    ("Beim Abspielen des Podcasts willigen Sie in die Übermittlung Ihrer IP-Adresse an Spotify ein.", False),
    ("Mit dem Abspielen des Videos stimmen Sie zu, dass wir Ihre Daten für Werbezwecke an Partner "
     "weitergeben.", True),
    ("Indem Sie das Video ansehen oder weitersurfen, stimmen Sie Tracking zu.", True),
])
def test_german_loading_an_embed_is_its_own_consent(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# Going on said to count as consent in more words ("werten wir als", "="), a bare visit of the site.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Dein Weiterlesen betrachten wir als Einverständnis mit Werbe-Cookies.", True),
    ("Surfen = Zustimmung zu Tracking.", True),
    ("Mit deinem Besuch akzeptierst du Analyse-Cookies.", True),
    ("Mit Ihrem Besuch in unserer Filiale stimmen Sie der Videoüberwachung zu.", False),
    ("Ihre Bestellung werten wir als Zustimmung zu unseren AGB.", False),
])
def test_german_going_on_counted_as_consent(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# Optional uses beside a purchase, contest or account in more words (product news, sponsors,
# market research, exclusive offers), enrolment "gleichzeitig"/"zugleich" like "automatisch",
# and "durch die Erstellung" as the act; the newsletter sign-up itself and serving uses stay plain.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Mit dem Kauf stimmst du zu, dass wir dir Produktneuheiten per Mail senden.", True),
    ("Mit der Anmeldung zum Turnier akzeptierst du, dass deine Daten an unsere Sponsoren "
     "weitergegeben werden.", True),
    ("Durch die Eröffnung eines Kontos willigen Sie ein, Werbung von ausgewählten Partnern zu "
     "erhalten.", True),
    ("Mit der Bestellung trägst du dich gleichzeitig für unseren Newsletter ein.", True),
    ("Mit dem Absenden stimmen Sie zu, dass wir Ihre Angaben auch für Marktforschung nutzen.", True),
    ("Durch die Anmeldung zum Newsletter stimmen Sie zu, den Newsletter zu erhalten.", False),
    ("Mit dem Absenden stimmen Sie zu, dass Ihre Daten nicht weitergegeben werden.", False),
    ("Durch die Registrierung stimmen Sie zu, dass wir Ihre Daten zur Verwaltung Ihres Kontos "
     "speichern.", False),
])
def test_german_more_optional_uses_beside_an_act(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# "Prozente" is a discount, colloquially; a word that only contains it is not.
@pytest.mark.parametrize(("words", "shames"), [
    ("Nö, ich brauche keine Extra-Prozente", True),
    ("Nein danke, ich will keine Prozente", True),
    ("Nein, ich möchte keine Prozentangaben sehen", False),
])
def test_german_prozente_is_a_discount(words: str, shames: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shames


# Advent calendars and prize questions are draws too: a grant joined to taking part in one box.
@pytest.mark.parametrize(("label", "bundled"), [
    ("Ich mache beim Adventskalender mit und erlaube, dass mir Angebote per E-Mail geschickt werden.", True),
    ("Ich nehme an der Preisfrage teil und willige in Werbung durch Sponsoren ein.", True),
    ("Ich möchte beim Adventskalender mitmachen und akzeptiere die Teilnahmebedingungen.", False),
])
def test_german_more_kinds_of_draw(label: str, bundled: bool) -> None:
    assert (match_bundled_control_label(label) is not None) is bundled


# Clicking, tapping or choosing in more forms ("Mit Tippen auf", "Mit „Weiter“", "Wenn Sie „Weiter“
# wählen", "Ein Klick auf … gilt als"): an act unless the label named accepts (that is the consent).
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Mit Antippen von „Konto erstellen“ erklärst du dich mit der Weitergabe deiner Daten an "
     "Werbepartner einverstanden.", True),
    ("Mit „Los geht's“ akzeptierst du Tracking zu Werbezwecken.", True),
    ("Wenn du „Weiter“ auswählst, stimmst du personalisierter Werbung zu.", True),
    ("Ein Klick auf „Fortfahren“ gilt als Einwilligung in Analyse-Cookies.", True),
    ("Durch Registrieren mit Apple erlaubst du uns, deine Kontakte zu importieren.", True),
    ("Wenn Sie „Alle akzeptieren“ wählen, stimmen Sie der Nutzung Ihrer Daten für Werbung zu.", False),
    ("Ein Klick auf „Akzeptieren“ gilt als Einwilligung in Analyse-Cookies.", False),
    ("Mit „Alle akzeptieren“ stimmen Sie Marketing-Cookies zu.", False),
    ("Über „Einstellungen“ können Sie Ihre Einwilligung jederzeit anpassen.", False),
])
def test_german_clicking_and_choosing_in_more_forms(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# "… or by going on": a choice and going on named as two alternatives, the second bundles; an
# "oder" between two choices, or after the grant, joins nothing of the kind.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Indem du auf „Zustimmen“ tippst oder weiterliest, erlaubst du Werbe-Cookies.", True),
    ("Mit Klick auf „Akzeptieren“ oder durch die fortgesetzte Nutzung der App willigen Sie in "
     "Tracking ein.", True),
    ("Durch Klicken auf „Alle akzeptieren“ oder Fortfahren stimmen Sie Analyse-Cookies zu.", True),
    ("Durch Klicken auf „Akzeptieren“ stimmen Sie Werbe-Cookies zu oder Sie passen Ihre "
     "Einstellungen an.", False),
    ("Klicken Sie auf „Akzeptieren“ oder „Ablehnen“, um fortzufahren.", False),
])
def test_german_a_choice_or_going_on(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# A consent panel's save/confirm-choice button is a consent choice like "Akzeptieren".
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Mit „Auswahl speichern“ stimmen Sie der Nutzung der ausgewählten Cookies zu.", False),
    ("Wenn du auf „Einstellungen übernehmen“ tippst, erlaubst du die gewählten Cookies.", False),
    ("Mit „Speichern und weiter“ erlaubst du Werbe-Cookies.", True),
])
def test_german_save_choice_button_is_a_choice(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# A yes/no question whose "yes" refuses, in more forms ("keine … mehr erhalten", "verzichten");
# one answered by the text itself with how to refuse is rhetorical.
@pytest.mark.parametrize(("label", "tricks"), [
    ("Willst du künftig keine Angebote per E-Mail mehr bekommen?", True),
    ("Sollen wir dir keine Werbung per SMS mehr senden?", True),
    ("Möchten Sie auf Angebote unserer Partner verzichten?", True),
    ("Du möchtest keine Gutscheine mehr bekommen? Hier abmelden", False),
    ("Möchten Sie keine Angebote mehr erhalten? Dann klicken Sie hier.", False),
    ("Möchten Sie unseren Newsletter abonnieren?", False),
])
def test_german_questions_whose_yes_refuses(label: str, tricks: bool) -> None:
    assert (match_trick_wording(label) is not None) is tricks


# A grant inside an indirect question ("…, ob Sie … zustimmen") asks; it grants nothing. The main
# clause after it still grants.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Beim ersten Aufruf fragen wir, ob Sie dem Einsatz von Werbe-Cookies zustimmen.", False),
    ("Dein Browser kann dich jedes Mal fragen, ob du mit dem Setzen von Tracking-Cookies "
     "einverstanden bist.", False),
    ("Ob Sie kaufen oder nur stöbern: mit dem Besuch unserer Seite stimmen Sie Werbe-Cookies zu.",
     True),
])
def test_german_grant_in_a_whether_clause(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# Necessary cookies under other names (compounds, "technische", "wichtige", "Session-Cookies") or
# by what they are for (the site working without fault, only its working): nothing optional is
# tied to going on. A vaguer aim ("das bestmögliche Erlebnis") or an optional use named beside
# them still bundles.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Wir setzen nur funktionsnotwendige Cookies ein. Wenn Sie weitersurfen, stimmen Sie deren "
     "Verwendung zu.", False),
    ("Unsere Seite nutzt Cookies für den reibungslosen Betrieb. Mit dem Besuch der Seite sind Sie "
     "mit Cookies einverstanden.", False),
    ("Wir verwenden ausschließlich Session-Cookies. Durch die weitere Nutzung akzeptierst du "
     "Cookies.", False),
    ("Unsere Seite nutzt Cookies für den reibungslosen Betrieb und zur Reichweitenmessung. Mit dem "
     "Besuch der Seite sind Sie mit Cookies einverstanden.", True),
    ("Diese Seite nutzt Cookies, um Ihnen das bestmögliche Erlebnis zu bieten. Mit der weiteren "
     "Nutzung stimmen Sie Cookies zu.", True),
])
def test_german_necessary_cookies_by_other_names(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# A grant of any legal text by its name, or of a text said to be read, is a grant of a document;
# a use granted in the same sentence, or named by the notice, still counts.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Wir verwenden Cookies. Wer hier weitersurft, erklärt, den Haftungsausschluss gelesen zu "
     "haben und zu akzeptieren.", False),
    ("Wir verwenden Cookies. Mit der Nutzung dieser Seite akzeptieren Sie die "
     "Nutzungsbestimmungen.", False),
    ("Wir verwenden Cookies für Werbung. Mit der Nutzung dieser Seite akzeptieren Sie die "
     "Nutzungsbestimmungen.", True),
    ("Wir verwenden Cookies. Mit der Nutzung dieser Seite stimmen Sie der Verwendung von Cookies "
     "zu und bestätigen, die Hinweise gelesen zu haben.", True),
])
def test_german_grant_of_a_legal_text(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# Saving everything in a consent panel is its accept-all; saving something else is another act.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Mit einem Klick auf „Alles speichern“ erlaubst du sämtliche Cookies.", False),
    ("Wenn Sie „Alle Cookies bestätigen“ wählen, stimmen Sie Marketing-Cookies zu.", False),
    ("Mit einem Klick auf „Profil speichern“ stimmst du zu, dass wir deine Daten an Partner "
     "weitergeben.", True),
])
def test_german_save_all_is_a_choice(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# "einverstanden mit der Nutzung von Cookies / dem Speichern deiner Daten": the use is what the
# visitor agrees with, not an act of theirs; the use of the site or saving a profile is one.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Sie erklären sich mit dem Speichern von Tracking-Cookies einverstanden, wenn Sie auf "
     "„Zustimmen“ klicken.", False),
    ("Du bist mit der Nutzung deiner Daten für Werbung einverstanden, wenn du auf „Akzeptieren“ "
     "tippst.", False),
    ("Mit der Nutzung unserer App stimmst du dem Setzen von Werbe-Cookies zu.", True),
    ("Mit dem Speichern deines Profils erlaubst du uns, deine Daten an Partner weiterzugeben.", True),
])
def test_german_use_of_cookies_is_the_object_not_the_act(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# Using a bot, a program or a forum is using the service, as using the site or app (EDPB 05/2020
# §86); a grant of its terms only is a document.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Mit der Benutzung dieser Software willigen Sie ein, dass Ihre Daten erhoben und ausgewertet "
     "werden.", True),
    ("Wenn du unseren Chatbot benutzt, stimmst du der Speicherung deiner Angaben zu.", True),
    ("Wenn du unseren Chatbot benutzt, stimmst du unseren Nutzungsbedingungen zu.", False),
])
def test_german_using_a_bot_or_program(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# A grant offered, not made: what the visitor CAN grant, a grant on their own wish, a choice of
# which or whether, a grant beside any verb of refusing. A grant the sentence ties to an act, or
# made outright, still counts.
@pytest.mark.parametrize(("notice", "grants"), [
    ("Falls du magst, kannst du uns erlauben, dir personalisierte Werbung zu zeigen.", False),
    ("Hier können Sie dem Versand von Werbe-E-Mails zustimmen.", False),
    ("Falls gewünscht, willigen Sie hier in Werbe-E-Mails ein.", False),
    ("Im Einstellungsmenü legen Sie fest, welchen Partnern Sie die Weitergabe erlauben.", False),
    ("Im Menü lassen sich Tracking-Cookies erlauben oder blockieren.", False),
    ("Sie können der Verwendung von Cookies zustimmen, indem Sie weitersurfen.", True),
    ("Wenn Sie weitersurfen möchten, stimmen Sie der Nutzung von Werbe-Cookies zu.", True),
    ("Sie stimmen zu, dass wir Ihre Daten an Partner weitergeben.", True),
])
def test_german_grant_offered_not_made(notice: str, grants: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is grants


# Ticking said any way (setting a tick, clicking or marking the box) is the separate control:
# the consent itself, not an act it is tied to.
@pytest.mark.parametrize(("notice", "grants"), [
    ("Durch Setzen des Häkchens willigen Sie in Werbung per E-Mail ein.", False),
    ("Mit dem Anklicken der Checkbox erlaubst du die Weitergabe an Partner.", False),
    ("Wenn Sie das Häkchen setzen, erlauben Sie uns Werbung per E-Mail.", False),
    ("Mit dem Absenden des Formulars erlaubst du die Weitergabe an Partner.", True),
])
def test_german_ticking_said_any_way(notice: str, grants: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is grants


# Every verb of going through the site, staying on it, reaching it, or closing its notice, as a
# condition or a noun, ties a grant to a non-choice; staying in a hotel, browsing with no grant,
# or closing the notice to refuse do not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Wir nutzen Cookies zur Reichweitenmessung. Wenn du hier weiter stöberst, bist du damit "
     "einverstanden.", True),
    ("Wir nutzen Cookies für Werbung. Bei weiterem Blättern akzeptieren Sie diese Cookies.", True),
    ("Mit Ihrem Aufenthalt auf unserem Portal erlauben Sie uns Tracking.", True),
    ("Solange du in unserer App verweilst, stimmst du Analyse-Cookies zu.", True),
    ("Wer weiternavigiert, erlaubt uns personalisierte Werbung.", True),
    ("Wir nutzen Tracking. Wenn Sie diesen Hinweis wegklicken, sind Sie damit einverstanden.", True),
    ("Beim Stöbern in unserem Shop merken sich Cookies Ihren Warenkorb.", False),
    ("Bei Ihrem Aufenthalt in unserem Hotel stimmen Sie zu, dass wir Ihre Daten für die "
     "Abrechnung speichern.", False),
    ("Wenn Sie den Hinweis schließen, lehnen Sie alle optionalen Cookies ab.", False),
    ("Wenn du im Katalog blättern möchtest, kannst du Werbe-Cookies akzeptieren.", False),
])
def test_german_every_verb_of_going_through_the_site(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# Contact to arrange what the visitor asked for (an appointment, a call-back, a quote) serves the
# form's act; offers in the plural, or advertising beside it, are an option tied to it.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Mit dem Absenden willigst du ein, dass wir dich kontaktieren, um einen Beratungstermin zu "
     "vereinbaren.", False),
    ("Durch das Abschicken der Anfrage stimmen Sie zu, dass wir Sie zwecks Terminabsprache "
     "kontaktieren.", False),
    ("Mit dem Absenden willigst du ein, dass wir dich kontaktieren, um dir Angebote zu "
     "unterbreiten.", True),
    ("Durch das Abschicken der Anfrage stimmen Sie zu, dass wir Sie für einen Rückruf und für "
     "Werbung kontaktieren.", True),
])
def test_german_contact_to_arrange_the_request(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# "funktionale Cookies" are an optional category in most consent managers, not necessary ones.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Wir verwenden funktionale Cookies und Analyse-Cookies. Mit der weiteren Nutzung der Website "
     "stimmen Sie der Verwendung von Cookies zu.", True),
    ("Mit der weiteren Nutzung der Website stimmen Sie der Verwendung funktionaler Cookies zu.", True),
    ("Wir verwenden nur technisch notwendige Cookies. Mit der weiteren Nutzung stimmen Sie deren "
     "Verwendung zu.", False),
])
def test_german_functional_cookies_are_not_necessary_ones(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Changed terms, prices or a contract deemed accepted when the visitor does not object, the
# condition said verb-first, are contract law, not consent text (ruling 5); consent deemed given
# that way is silence taken as consent and stays trick wording.
@pytest.mark.parametrize(("text", "trick"), [
    ("Legst du binnen 14 Tagen nach der Mitteilung keinen Widerspruch ein, gilt der neue Tarif als "
     "vereinbart.", False),
    ("Widersprichst du dem nicht binnen eines Monats nach der Mitteilung, gelten die neuen "
     "Nutzungsbedingungen als akzeptiert.", False),
    ("Widersprechen Sie der Nutzung nicht binnen einer Woche, gilt Ihre Einwilligung in Werbung "
     "als erteilt.", True),
])
def test_german_terms_deemed_accepted_said_verb_first(text: str, trick: bool) -> None:
    assert (match_trick_wording(text) is not None) is trick


# Entering oneself on the list IS subscribing to the mail it brings (ruling 3); more than that
# mail, or an entry to something else, is still tied to the act.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Wenn Sie sich hier eintragen, willigen Sie ein, dass wir Ihnen monatlich unseren Newsletter "
     "per E-Mail schicken.", False),
    ("Mit dem Eintragen stimmst du zu, dass wir dir unsere Neuigkeiten per E-Mail senden.", False),
    ("Mit dem Eintragen stimmst du zu, dass wir deine E-Mail-Adresse an Partner für Werbung "
     "weitergeben.", True),
    ("Mit dem Eintragen zum Gewinnspiel stimmst du zu, unseren Newsletter zu erhalten.", True),
])
def test_german_entering_oneself_on_the_list_is_the_subscription(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Using the site grants the processing of the visitor's data; not when the notice says that
# processing is only what running the site needs (ruling 1's exception). Necessary COOKIES say
# nothing of the data, and an optional use beside the necessary one is still granted.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Wir verarbeiten Ihre Daten nur für den Betrieb der Website. Mit der Nutzung der Website "
     "stimmen Sie der Verarbeitung Ihrer Daten zu.", False),
    ("Wir verarbeiten Ihre Daten nur für den Betrieb der Website und für Werbung. Mit der Nutzung "
     "der Website stimmen Sie der Verarbeitung Ihrer Daten zu.", True),
    ("Wir setzen nur notwendige Cookies. Mit der Nutzung der Website stimmen Sie der Verarbeitung "
     "Ihrer Daten zu.", True),
])
def test_german_processing_only_for_running_the_site(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# The data granted by using the site may stand with an adjective and no article, and the site or
# app may be named by its own name; a document granted, or registering (what the data serves), is
# not such a grant.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Mit der Nutzung der Website stimmen Sie der Auswertung anonymisierter Daten zu.", True),
    ("Durch die Nutzung von MeinPlaner stimmst du der Speicherung deiner Daten zu.", True),
    ("Mit der Registrierung stimmen Sie der Verarbeitung personenbezogener Daten zu.", False),
    ("Mit der Nutzung von PayPal stimmen Sie den Bedingungen von PayPal zu.", False),
])
def test_german_site_use_grants_data_named_any_way(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# A box that asks for the thing the form offers (a guide, a voucher, a download) and, joined by
# "und", grants marketing makes the marketing its price (ruling 4); the same box accepting only
# the terms, or asking for a copy of one's own message, grants nothing optional.
@pytest.mark.parametrize(("label", "bundled"), [
    ("Ja, ich möchte den kostenlosen Leitfaden herunterladen und bin einverstanden, dass ihr mir "
     "Werbung per E-Mail schickt.", True),
    ("Ich möchte den Gutschein erhalten und akzeptiere die Teilnahmebedingungen.", False),
    ("Ich möchte eine Kopie meiner Nachricht erhalten und akzeptiere die Datenschutzerklärung.", False),
])
def test_german_box_asking_for_the_offer_and_granting_marketing(label: str, bundled: bool) -> None:
    assert (match_bundled_control_label(label) is not None) is bundled


# "durch" takes the accusative: "Durch die Eingabe/Angabe …" names the form's act as "Durch das
# Absenden" does; contact about the visitor's own request still serves it.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Durch die Eingabe Ihrer E-Mail-Adresse erklären Sie sich einverstanden, dass wir Ihnen "
     "Angebote unserer Partner senden.", True),
    ("Durch die Angabe Ihrer Telefonnummer stimmen Sie zu, dass wir Sie zur Beantwortung Ihrer "
     "Anfrage kontaktieren.", False),
])
def test_german_durch_with_the_accusative_names_the_act(notice: str, bundled: bool) -> None:
    assert _tied_to_an_act(notice) is bundled


# Every act a sentence ties its grant to counts, not only the first: using the site named in the
# second of two acts grants the processing of the visitor's data; two acts that serve a form do not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Durch das Öffnen oder die weitere Nutzung dieser App willigst du in die Verarbeitung deiner "
     "Daten ein.", True),
    ("Durch das Absenden des Formulars oder die Buchung stimmen Sie der Verarbeitung Ihrer Daten "
     "zu.", False),
])
def test_german_site_use_in_any_act_the_grant_is_tied_to(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# A grant asked as a question grants nothing (the answer is the choice); a question before a
# sentence that ties the grant to going on does not undo that grant.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Dürfen wir Ihnen Werbung per E-Mail senden?", False),
    ("Willigen Sie in die Verarbeitung Ihrer Daten für Marketingzwecke ein?", False),
    ("Weiter surfen? Mit der weiteren Nutzung stimmen Sie Analyse-Cookies zu.", True),
])
def test_german_grant_asked_as_a_question(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Consent described (what it is, where it is given) or named in a condition with an object
# pronoun ("wenn du sie … erlaubst") grants nothing; a grant tied to going on stays one, however
# its consent is called.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Die Einwilligung in die Weitergabe an Partner erteilen Sie separat in den Einstellungen.", False),
    ("Ihre Zustimmung zu Werbe-E-Mails ist freiwillig.", False),
    ("Wir verwenden Analyse-Cookies nur, wenn du sie in den Einstellungen erlaubst.", False),
    ("Mit der Nutzung der Website erteilen Sie Ihre freiwillige Einwilligung in Werbe-Cookies.", True),
])
def test_german_consent_described_or_conditioned(notice: str, bundled: bool) -> None:
    assert predicted_beside_button(notice, "Weiter") is bundled


def predicted_beside_button(words: str, button: str) -> bool:
    """Whether the bundled-consent check reports ``words`` beside one non-choice ``button``."""
    from wording_snapshots import action, page, text

    from consentinel.checks.bundled_consent import CHECK

    return bool(CHECK.run(page(text("f0:t1", words), action("f0:a1", button))))


# A negated untick with any determiner or person ("Deaktivieren Sie dieses Kästchen nicht",
# "Entferne den Haken bitte nicht") is a double negative; the plain untick-to-refuse is not.
@pytest.mark.parametrize(("label", "trick"), [
    ("Entferne den Haken bitte nicht, falls du unsere Angebote per E-Mail bekommen möchtest.", True),
    ("Deaktivieren Sie dieses Kästchen nicht, wenn Sie Werbung per Post wünschen.", True),
    ("Deaktivieren Sie dieses Kästchen, um keine Werbung mehr zu erhalten.", False),
])
def test_german_negated_untick_any_determiner(label: str, trick: bool) -> None:
    assert (match_trick_wording(label, on_a_box=True) is not None) is trick


# Round m19: the app named by a name of several words is the app used ("Durch die Nutzung von
# Campus Planer stimmst du …"); data named after "von" is not a name.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Durch die Nutzung von Mein Kochbuch Plus stimmst du der Speicherung deiner Daten zu.", True),
    ("Mit der Nutzung von Rezept Box erklären Sie sich mit der Erhebung Ihrer Daten einverstanden.",
     True),
    ("Durch die Nutzung von personenbezogenen Daten stimmen Sie der Verarbeitung Ihrer Daten zu.", False),
    ("Durch die Verwendung von Google Maps erklären Sie sich mit den Nutzungsbedingungen einverstanden.",
     False),
])
def test_german_the_app_by_a_name_of_several_words_is_site_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m19: mail said to come on top of another act ("erhalten Sie außerdem unseren Newsletter")
# is granted with it; access or a confirmation received, or the subscription's own mail, is not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Mit dem Download erhalten Sie außerdem unseren wöchentlichen Newsletter.", True),
    ("Durch die Registrierung bekommst du zusätzlich unsere Angebote per E-Mail.", True),
    ("Mit der Anmeldung zum Newsletter erhalten Sie außerdem Angebote unserer Partner.", True),
    ("Mit dem Premium-Abo erhalten Sie auch Zugriff auf unsere Kurse.", False),
    ("Nach der Buchung erhalten Sie außerdem eine Bestätigung per E-Mail.", False),
    ("Mit der Anmeldung zum Newsletter erhalten Sie außerdem exklusive Angebote.", False),
])
def test_german_mail_on_top_of_the_act_is_granted_with_it(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m19: what a granted document explains (a relative clause after it, verb last) is its
# contents, not a use granted; a use granted in the main clause stays granted.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Mit dem Absenden akzeptieren Sie die Datenschutzerklärung, in der wir die Weitergabe an Dritte "
     "beschreiben.", False),
    ("Mit der Registrierung akzeptierst du unsere Datenschutzhinweise, die die Nutzung von "
     "Marketing-Cookies erläutern.", False),
    ("Mit der Registrierung stimmst du der Weitergabe deiner Daten an Werbepartner zu, die wir in der "
     "Datenschutzerklärung beschreiben.", True),
])
def test_german_document_contents_are_not_granted(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m19: data passed on only to handle the visitor's own request, the handling said as a noun
# ("zur Abwicklung deiner Buchung"), serves the act; advertising or offers beside it do not.
@pytest.mark.parametrize(("notice", "bundled"), [
    ("Mit dem Absenden erklärst du dich einverstanden, dass deine Angaben zur Abwicklung deiner Buchung "
     "an den Partnerbetrieb weitergegeben werden.", False),
    ("Mit dem Absenden willigen Sie ein, dass Ihre Angaben zur Erledigung Ihres Auftrags an unseren "
     "Partner weitergegeben werden.", False),
    ("Mit dem Absenden stimmen Sie zu, dass Ihre Daten zur Bearbeitung Ihrer Anfrage und für Werbezwecke "
     "an unsere Partner übermittelt werden.", True),
    ("Mit dem Absenden stimmen Sie zu, dass Ihre Daten zur Bearbeitung Ihrer Anfrage an Partner "
     "übermittelt werden, die Ihnen Angebote senden.", True),
])
def test_german_handling_the_request_as_a_noun_serves_the_act(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # mail joined to what the act brings: the coordination says "on top of it" (ruling 4)
    ("Mit dem Download bekommen Sie die Checkliste und erhalten unsere Angebote per E-Mail.", True),
    ("Mit dem Absenden des Quiz erhältst du deine Auswertung sowie regelmäßige Tipps von Fitfabrik.", True),
    ("Mit dem Klick trägst du dich in unseren Newsletter-Verteiler ein und sicherst dir den Rabattcode.",
     True),
    # the mail alone, or what the request itself brings, is no option beside it
    ("Mit dem Abonnement bekommen Sie unsere Angebote per E-Mail.", False),
    ("Mit dem Absenden erhältst du deine Auswertung sowie weitere Tipps zu deinem Trainingsplan.", False),
    ("Mit dem Klick trägst du dich in unseren Newsletter-Verteiler ein.", False),
    ("Nach dem Absenden erhalten Sie eine Bestätigung und den Termin per E-Mail.", False),
])
def test_german_mail_joined_to_what_the_act_brings(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the handle a public account shows is what registering needs
    ("Mit der Anmeldung im Forum stimmst du zu, dass dein Nickname und dein Avatar öffentlich sichtbar sind.",
     False),
    ("Wer ein Konto anlegt, erklärt sich einverstanden, dass sein Anzeigename öffentlich sichtbar ist.",
     False),
    # beside an optional use, or the whole profile shown to others, it is still bundled
    ("Mit der Anmeldung im Forum stimmst du zu, dass dein Nickname öffentlich sichtbar ist und für Werbung "
     "genutzt wird.", True),
    ("Mit der Registrierung erklären Sie sich einverstanden, dass Ihr Profil für Arbeitgeber sichtbar ist.",
     True),
])
def test_german_a_public_handle_is_what_the_account_needs(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "trick"), [
    # a change deemed accepted when no objection (a noun) comes: contract law (ruling 5)
    ("Wir kündigen Änderungen der Preisliste vorab an. Erfolgt binnen vier Wochen kein Widerspruch, "
     "gilt die Zustimmung als erteilt.", False),
    ("Wird bis Monatsende kein Widerspruch eingelegt, gilt die Zustimmung zur Änderung der Datenverarbeitung "
     "als erteilt.", False),
    # consent to data use taken from silence stays silence-as-consent
    ("Erfolgt kein Widerspruch, gilt deine Einwilligung in die Weitergabe an Partner als erteilt.", True),
])
def test_german_a_change_deemed_accepted_is_no_trick(notice: str, trick: bool) -> None:
    assert (match_trick_wording(notice) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # processing named bare, its legal basis the visitor's consent given by using the site or app
    ("Durch den Besuch unserer Website erfolgt die Verarbeitung auf Grundlage deiner Einwilligung.", True),
    ("Mit der Nutzung der App geschieht die Bearbeitung auf Basis Ihrer Zustimmung.", True),
    # another basis, or consent asked for the visitor's own request, is no such grant
    ("Durch den Besuch unserer Website erfolgt die Verarbeitung auf Grundlage berechtigter Interessen.",
     False),
    ("Mit dem Absenden erfolgt die Verarbeitung auf Grundlage deiner Einwilligung zur Beantwortung deiner "
     "Anfrage.", False),
])
def test_german_processing_based_on_consent_by_use(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m21: mail or a use granted on top of holding an account or access, or of taking part,
    # acknowledged in either form ...
    ("Mit einem Gratis-Account kannst du Rezepte speichern und erhältst unseren Newsletter.", True),
    ("Mit deiner Mitgliedschaft erhältst du zudem unsere Angebote per E-Mail.", True),
    ("Mit der Teilnahme erkennen Sie an, dass Ihre Adresse für Werbung genutzt wird.", True),
    ("Mit der Teilnahme anerkennt der Teilnehmer die Weitergabe seiner Daten an Sponsoren.", True),
    # ... not the account's own use, the document alone, the subscription itself, consent managed,
    # nor "an" as a preposition
    ("Mit Ihrem Kundenkonto verfolgen Sie Ihre Bestellungen und erhalten Ihre Rechnungen per E-Mail.", False),
    ("Mit dem Abo bekommst du unseren Newsletter jeden Montag.", False),
    ("Mit der Bestellung erkennen Sie unsere AGB an.", False),
    ("Sie erkennen an der Farbe, ob ein Dienst aktiv ist; Cookies setzen wir nur mit Einwilligung.", False),
    ("In deinem Konto verwaltest du deine Einwilligungen zu Werbung und Newsletter.", False),
    ("Nach der Registrierung erhalten Sie zudem eine Bestätigung per E-Mail.", False),
])
def test_german_account_acknowledgement_and_mail_on_top(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # consent as the condition of a use grants nothing, even beside a single button ...
    ("Werbe-Cookies setzen wir nur mit Ihrer ausdrücklichen Einwilligung.", False),
    ("Eine Weitergabe an Partner erfolgt nur nach vorheriger Zustimmung.", False),
    # ... unless a grant stands beside it
    ("Mit der Registrierung stimmen Sie der Weitergabe Ihrer Daten an unsere Partner zu.", True),
])
def test_german_consent_as_condition_grants_nothing(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # the mail subscribed to or required by ANOTHER act is tied to it (ruling 4) ...
    ("Beim Kauf einer Jahreskarte tragen Sie sich für unseren Newsletter ein.", True),
    ("Mit deiner Buchung abonnierst du zugleich unseren Newsletter.", True),
    ("Die Teilnahme am Quiz erfordert die Anmeldung zu unserem Newsletter.", True),
    # ... not the sign-up form's own sending, an imperative invitation, a requirement denied or
    # one that names no mail
    ("Mit dem Abschicken tragen Sie sich für unseren Newsletter ein.", False),
    ("Trag dich für unseren Newsletter ein und verpasse keine Aktion.", False),
    ("Die Teilnahme am Quiz erfordert keine Anmeldung zu unserem Newsletter.", False),
    ("Die Buchung setzt eine gültige Kreditkarte voraus.", False),
])
def test_german_mail_subscribed_or_required_by_another_act(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


# Round m21, part B: negatives written by construction for the German bundled-consent and
# trick-wording families, in the shapes real sites use (a document granted whoever owns it, the act's
# own processor or feature, a consent manager's text, consent described, a policy's third-person
# statement, necessary cookies only, facts about a refusal, a slogan, tacit renewal, a refusing
# question answered by the text). None is a finding under checks.md and the rulings.
GERMAN_CONSTRUCTED_NEGATIVES = (
    "Mit der Buchung akzeptieren Sie die Allgemeinen Geschäftsbedingungen unseres Partners.",
    "Mit der Registrierung akzeptierst du die Datenschutzerklärung unserer Partner.",
    "Mit der Teilnahme akzeptieren Sie die Teilnahmebedingungen des Gewinnspiels unseres Sponsors.",
    "Mit Ihrer Bestellung stimmen Sie zu, dass Ihre Adresse an den Versanddienstleister übermittelt wird.",
    "Mit der Zahlung willigen Sie ein, dass Ihre Zahlungsdaten an unseren Zahlungsdienstleister "
    "übermittelt werden.",
    "Mit dem Absenden stimmen Sie zu, dass Ihre Angaben zur Bearbeitung Ihrer Anfrage gespeichert werden.",
    "Mit der Anmeldung zum Newsletter willigen Sie ein, dass Ihre E-Mail-Adresse an Mailchimp, unseren "
    "Versanddienstleister, übermittelt wird.",
    "Mit Klick auf „Akzeptieren“ stimmen Sie der Verwendung von Marketing-Cookies zu.",
    "Indem Sie die Standortfreigabe aktivieren, erlauben Sie der App, Ihnen Filialen in der Nähe "
    "anzuzeigen.",
    "Diese Cookies ermöglichen es uns, die Besucherzahlen zu messen und Ihnen relevante Werbung "
    "anzuzeigen.",
    "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, wie z. B. "
    "Cookies, und verarbeiten personenbezogene Daten für personalisierte Anzeigen.",
    "Mit Ihrer Einwilligung verwenden wir und unsere Partner Cookies für Werbung und Statistik.",
    "Wählen Sie die Kategorien aus, denen Sie zustimmen möchten, und speichern Sie Ihre Auswahl.",
    "Wenn Sie Statistik-Cookies zulassen, können wir unsere Website verbessern.",
    "Sie können Ihre Einwilligung jederzeit über den Link „Cookie-Einstellungen“ widerrufen.",
    "In den Einstellungen können Sie die Weitergabe Ihrer Daten an Partner erlauben oder ablehnen.",
    "Wir geben Ihre Daten niemals ohne Ihre Einwilligung an Dritte weiter.",
    "Sie haben Marketing-Cookies abgelehnt. Sie können diese Auswahl jederzeit ändern.",
    "Wenn Sie ablehnen, sehen Sie weiterhin Werbung, die jedoch weniger relevant ist.",
    "Die Verarbeitung erfolgt auf Grundlage Ihrer Einwilligung oder unseres berechtigten Interesses.",
    "Mit der Nutzung dieser Website akzeptieren Sie die Verwendung technisch notwendiger Cookies.",
    "Diese Website verwendet ausschließlich technisch notwendige Cookies.",
    "Sie müssen Cookies nicht akzeptieren, um diese Website zu nutzen.",
    "Ihre Einwilligung zu Marketing-Cookies ist freiwillig und kann jederzeit widerrufen werden.",
    "Ohne Ihre Zustimmung werden keine Marketing-Cookies gesetzt.",
    "Marketing-Cookies werden erst nach Ihrer Zustimmung gesetzt.",
    "Wenn der Nutzer zustimmt, werden Daten an Werbepartner übermittelt.",
    "Nutzer, die Marketing-Cookies akzeptiert haben, können ihre Einwilligung in den Einstellungen "
    "widerrufen.",
    "Um diesen Inhalt anzuzeigen, müssen Sie Cookies der Kategorie „Externe Medien“ akzeptieren.",
    "Dieser Inhalt wird nicht angezeigt, weil Sie Marketing-Cookies nicht akzeptiert haben.",
    "Die Abmeldung vom Newsletter ist nicht sofort wirksam.",
    "Ihr Widerspruch gilt nicht für E-Mails zu Ihrer Bestellung.",
    "Sie müssen sich nicht abmelden, um Ihre Einstellungen zu ändern.",
    "Zögern Sie nicht, sich abzumelden, wenn unsere E-Mails Sie nicht mehr interessieren.",
    "Abgelehnte Cookies werden nicht gesetzt.",
    "Wenn Sie nicht widersprechen, verlängert sich Ihr Abonnement automatisch um ein Jahr.",
    "Erfolgt kein Widerspruch innerhalb von 30 Tagen, gelten die neuen AGB als angenommen.",
    "Möchten Sie keine SMS mehr erhalten? Antworten Sie mit STOP.",
    "Sie können Werbung in den Einstellungen deaktivieren.",
    "Wenn Sie mit diesen Bedingungen nicht einverstanden sind, nutzen Sie die App bitte nicht.",
    "Wenn Sie keine E-Mails mehr von uns erhalten möchten, klicken Sie auf den Abmeldelink.",
    "Wir verkaufen Ihre Daten nicht und geben sie nicht an Dritte weiter.",
    "Verpassen Sie keine Angebote mehr: Aktivieren Sie die Benachrichtigungen.",
    "Die Ablehnung von Cookies hindert Sie nicht daran, die Website zu nutzen.",
    "Mit Ihrer Anfrage stimmen Sie zu, von einem unserer Berater zu Ihrem Projekt kontaktiert zu werden.",
    "Mit dem Absenden Ihrer Bewerbung willigen Sie ein, dass Ihre Unterlagen an die Personalabteilung "
    "weitergeleitet werden.",
    "Mit Ihrer Bestellung erhalten Sie eine Versandbestätigung per E-Mail.",
    "Mit der Anmeldung erhalten Sie zudem eine Bestätigung per E-Mail.",
)


@pytest.mark.parametrize("notice", GERMAN_CONSTRUCTED_NEGATIVES)
def test_german_constructed_negatives_are_no_finding(notice: str) -> None:
    assert match_bundled_sentence(notice) is None
    assert match_trick_wording(notice) is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # the look-alikes that stay findings: a use joined to the document, the location used for ads,
    # a grant tied to going on beside a consent described, contact about offers rather than the project
    ("Mit der Buchung akzeptieren Sie die AGB unseres Partners und die Weitergabe Ihrer Daten zu "
     "Werbezwecken.", True),
    ("Indem Sie die Standortfreigabe aktivieren, erlauben Sie uns, Ihren Standort für Werbung zu "
     "nutzen.", True),
    ("Nutzer, die weitersurfen, stimmen der Verwendung von Marketing-Cookies zu.", True),
    ("Mit Ihrer Anfrage stimmen Sie zu, von einem Berater zu unseren Angeboten kontaktiert zu werden.", True),
])
def test_german_constructed_look_alikes_that_stay(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("words", "trick"), [
    ("Die Ablehnung ist nicht sofort wirksam.", False),
    ("Möchten Sie keine Werbung mehr? Antworte einfach mit STOP.", False),
    ("Ich möchte nicht, dass meine Daten nicht an Partner weitergegeben werden.", True),
    ("Kreuzen Sie das Feld an, wenn Sie keine Angebote unserer Partner erhalten möchten.", True),
])
def test_german_facts_about_a_refusal_and_questions_answered(words: str, trick: bool) -> None:
    assert (match_trick_wording(words) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # a grant required only to show embedded content is the content's own switch; the service's use
    # made the price of a grant is not
    ("Um das Video abzuspielen, musst du YouTube-Cookies zulassen.", False),
    ("Um die App zu nutzen, müssen Sie der Weitergabe Ihrer Daten an Werbepartner zustimmen.", True),
])
def test_german_a_grant_required_for_embedded_content_only(notice: str, bundled: bool) -> None:
    assert (match_bundled_sentence(notice) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m22, class 5: using a chatbot or an assistant tied to keeping what the visitor types for
    # improving or training the bot or its AI (ruling 1; ruling 2 names AI training)
    ("Mit der Nutzung des Assistenten akzeptierst du die Bedingungen. Deine Fragen werden gespeichert und "
     "für das Training der KI genutzt.", True),
    ("Durch die Nutzung dieses Chatbots erklären Sie sich einverstanden: Ihre Eingaben dienen zur "
     "Weiterentwicklung unseres Sprachmodells.", True),
    # the terms alone, the improvement denied, or the visitor's own text improved: nothing optional
    ("Durch die Nutzung dieses Chatbots stimmen Sie den Nutzungsbedingungen zu.", False),
    ("Durch die Nutzung dieses Chatbots stimmen Sie den Nutzungsbedingungen zu. Ihre Eingaben werden nur "
     "zur Beantwortung Ihrer Frage verarbeitet und nicht zur Verbesserung des Bots verwendet.", False),
    ("Durch die Nutzung dieser Website stimmen Sie unseren AGB zu. Unser Werkzeug dient zur Verbesserung "
     "Ihrer Texte.", False),
])
def test_german_chatbot_inputs_kept_to_improve_the_bot(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("label", "bundled"), [
    # round m22, class 1: one box accepting the required terms or privacy notice and granting an optional use
    ("Ich akzeptiere die AGB und möchte den Newsletter erhalten.", True),
    ("Ich habe die Datenschutzerklärung gelesen und stimme dem Erhalt von Werbe-E-Mails zu.", True),
    # class 3: one box granting the request's own contact and an optional use beside it
    ("Ich bin einverstanden, wegen meiner Buchung kontaktiert zu werden und gelegentlich Angebote per E-Mail "
     "zu erhalten.", True),
    ("Ich bin damit einverstanden, zu meiner Anfrage kontaktiert zu werden und Produktneuigkeiten "
     "zu erhalten.", True),
    # the documents alone, mail about the visitor's own order, contact for the request alone, deleting cookies
    ("Ich akzeptiere die AGB und die Datenschutzerklärung.", False),
    ("Ich akzeptiere die AGB und möchte Informationen zu meiner Bestellung per E-Mail erhalten.", False),
    ("Ich bin damit einverstanden, zu meiner Anfrage kontaktiert zu werden.", False),
    ("Ich akzeptiere die Teilnahmebedingungen und willige in den Spielstand-Speicher ein. Widerruf durch "
     "Löschen des Cookies.", False),
])
def test_german_one_box_couples_the_required_part_with_an_option(label: str, bundled: bool) -> None:
    assert (match_bundled_control_label(label) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m22, class 2: enrolment on a mailing list stated as what another act does
    ("Mit dem Download tragen wir Sie automatisch in unseren E-Mail-Verteiler ein.", True),
    ("Mit dem Kauf eines Tickets werden Sie automatisch auf unsere Mailingliste gesetzt.", True),
    # the subscription itself, no enrolment stated, or the way off the list
    ("Mit dem Abonnieren werden Sie automatisch in unseren E-Mail-Verteiler aufgenommen.", False),
    ("Mit dem Absenden tragen wir Sie in unseren E-Mail-Verteiler ein.", False),
    ("Sie können sich jederzeit aus unserem E-Mail-Verteiler austragen.", False),
])
def test_german_automatic_enrolment_on_a_mailing_list(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round p23, class 3': an address asked for a download, a checklist or a trial, then the sender's own
    # mail at its pace or its newsletter promised (ruling 4: marketing as the price of the download)
    ("Gib deine E-Mail-Adresse ein und lade das kostenlose E-Book herunter. Wir schicken dir außerdem "
     "regelmäßig Tipps rund ums Gärtnern.", True),
    ("Tragen Sie Ihre E-Mail-Adresse ein, um die Checkliste zu erhalten. Anschließend senden wir Ihnen "
     "gelegentlich Neuigkeiten zu unseren Produkten.", True),
    ("Für den kostenlosen Testzugang benötigen wir nur Ihre E-Mail-Adresse. Wir informieren Sie danach "
     "monatlich über neue Funktionen und Angebote.", True),
    ("Whitepaper gratis im Austausch gegen Ihre E-Mail-Adresse. Sie erhalten von uns künftig auch unseren "
     "Newsletter.", True),
    ("Jetzt E-Mail-Adresse eintragen und Leitfaden kostenlos herunterladen! Wir halten dich außerdem "
     "regelmäßig mit Tipps auf dem Laufenden.", True),
    ("Einfach E-Mail eingeben und Gratis-Vorlage sichern. Du bekommst dann ab und zu unseren "
     "Newsletter.", True),
    ("Kostenloses Whitepaper anfordern: Einfach Name und E-Mail-Adresse angeben. Wir informieren Sie zudem "
     "regelmäßig über Branchentrends.", True),
    ("Zum Download benötigen wir Ihre E-Mail-Adresse. Künftig erhalten Sie von uns auch Produktnews.", True),
    ("Um das E-Book zu erhalten, trage einfach deine E-Mail-Adresse ein. Wir melden uns außerdem "
     "regelmäßig mit Angeboten.", True),
    # the download link itself, a newsletter-only form, mail refused, a separate box, a discount code
    ("Gib deine E-Mail-Adresse ein und lade das kostenlose E-Book herunter. Den Download-Link senden wir "
     "dir per E-Mail.", False),
    ("Melde dich mit deiner E-Mail-Adresse für unseren Newsletter an und erhalte wöchentlich Tipps.", False),
    ("Geben Sie Ihre E-Mail-Adresse ein, um den Bericht zu erhalten. Werbung schicken wir Ihnen "
     "nicht.", False),
    ("Geben Sie Ihre E-Mail-Adresse ein, um die Studie herunterzuladen. Wenn Sie zusätzlich unseren "
     "Newsletter möchten, setzen Sie unten ein Häkchen.", False),
    ("Geben Sie Ihre E-Mail-Adresse ein, um unseren Newsletter zu erhalten. Wir senden Ihnen monatlich "
     "Neuigkeiten.", False),
    ("Einfach E-Mail eingeben und Gratis-Vorlage sichern. Den Link schicken wir dir sofort.", False),
    ("Jetzt E-Mail-Adresse eintragen und Newsletter erhalten! Wir schicken dir regelmäßig Tipps.", False),
    ("Zum Download benötigen wir Ihre E-Mail-Adresse. Sie erhalten den Link sofort.", False),
    ("Newsletter anfordern: einfach E-Mail-Adresse eingeben. Wir senden Ihnen monatlich Neuigkeiten.", False),
    ("Um den Newsletter zu erhalten, gib deine E-Mail-Adresse ein. Wir melden uns regelmäßig "
     "mit Tipps.", False),
])
def test_german_mail_promised_after_an_email_gate(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled
    assert bundled or found is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round p23, class 4: consent to promotional messages presumed from registering or buying, in every
    # shape of the presumption (gilt als erteilt, gelten als einverstanden, betrachten wir dies als)
    ("Mit Ihrer Registrierung oder Bestellung gilt Ihre Einwilligung zum Erhalt unserer Werbe-E-Mails als "
     "erteilt.", True),
    ("Wer bei uns einkauft, erklärt sich damit stillschweigend einverstanden, Angebote und Aktionen per "
     "E-Mail zu erhalten.", True),
    ("Wenn Sie ein Kundenkonto anlegen, gilt dies als Zustimmung zum Empfang unseres Newsletters mit "
     "Werbeaktionen.", True),
    ("Registrierte Kunden gelten als mit dem Erhalt unseres Werbe-Newsletters einverstanden.", True),
    ("Falls Sie bei uns bestellen, betrachten wir dies als Ihr Einverständnis, Ihnen Angebote zu "
     "senden.", True),
    ("Eine Bestellung in unserem Shop gilt als Einwilligung in die Zusendung von Werbung per E-Mail.", True),
    ("Mit dem Kauf erklären Sie sich konkludent damit einverstanden, dass wir Ihnen Produktinformationen per "
     "E-Mail zusenden.", True),
    ("Kunden, die bei uns bestellt haben, erklären sich mit der Zusendung von Werbung einverstanden.", True),
    ("Sofern Sie bei uns einkaufen, nehmen wir an, dass Sie unsere Angebote per E-Mail erhalten "
     "möchten.", True),
    ("Mit Abschluss Ihrer Bestellung willigen Sie ein, dass wir Sie über Sonderaktionen informieren.", True),
    ("Wer ein Kundenkonto eröffnet, stimmt damit dem Empfang von Werbe-E-Mails zu.", True),
    ("Mit Ihrer Buchung gelten Sie als einverstanden, dass wir Ihnen Reiseangebote per E-Mail "
     "schicken.", True),
    # the terms alone, the order's own mail, a newsletter form, a separate box, the presumption denied,
    # quotes for the visitor's own request, ticking the box (the consent itself)
    ("Mit Ihrer Registrierung oder Bestellung akzeptieren Sie unsere AGB.", False),
    ("Eine Bestellung in unserem Shop gilt als Annahme unserer AGB.", False),
    ("Mit Ihrer Bestellung erhalten Sie eine Bestellbestätigung und Versandinformationen per E-Mail.", False),
    ("Mit der Anmeldung zum Newsletter erklären Sie sich mit der Zusendung von Angeboten per E-Mail "
     "einverstanden.", False),
    ("Wenn Sie Werbe-E-Mails erhalten möchten, setzen Sie bei der Registrierung ein Häkchen.", False),
    ("Eine Bestellung gilt nicht als Einwilligung in Werbung.", False),
    ("Mit Ihrer Anfrage erklären Sie sich einverstanden, dass wir Ihnen Angebote zu Ihrer Anfrage "
     "senden.", False),
    ("Wenn Sie das Häkchen setzen, gilt dies als Einwilligung in unseren Newsletter.", False),
    ("Kunden, die bei uns bestellt haben, erklären sich mit unseren AGB einverstanden.", False),
    ("Wenn Sie das Kästchen ankreuzen, gilt Ihre Einwilligung in Werbe-E-Mails als erteilt.", False),
    ("Wenn Sie sich zum Newsletter anmelden, gilt dies als Einwilligung in den Empfang von "
     "Angeboten.", False),
    ("Ihre Bestellung gilt als verbindlich, sobald Sie die Bestätigung erhalten.", False),
    ("Mit Abschluss Ihrer Bestellung willigen Sie ein, dass wir Sie über den Versandstatus "
     "informieren.", False),
    ("Kunden, die sich für den Newsletter angemeldet haben, erklären sich mit der Zusendung von Angeboten "
     "einverstanden.", False),
    ("Sofern Sie bei uns einkaufen, nehmen wir an, dass Sie eine Bestellbestätigung erhalten "
     "möchten.", False),
])
def test_german_promotional_mail_presumed_from_a_purchase(notice: str, bundled: bool) -> None:
    # (a look-alike may stay a bare grant, judged by the button beside it: the presumption must not tie it)
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


def _tied(notice: str) -> bool:
    found = match_bundled_sentence(notice)
    return found is not None and found.tied_to_action


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class B: accessing the services or staying on the site, said as the act
    ("Wenn Sie auf unser Portal zugreifen, willigen Sie in die Verarbeitung Ihrer Daten ein.", True),
    ("Solange du auf der Seite bleibst, stimmst du der Auswertung deines Surfverhaltens zu.", True),
    # look-alikes: accessing the account to run it, and the document alone
    ("Wenn Sie auf die Plattform zugreifen, akzeptieren Sie unsere Nutzungsbedingungen.", False),
    ("Indem du auf dein Konto zugreifst, bestätigst du deine Identität.", False),
])
def test_german_accessing_or_staying_is_using_the_site(notice: str, bundled: bool) -> None:
    assert _tied(notice) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class A: the practices a policy just described, pointed back to, granted by use
    ("Wir erfassen Standortdaten und Kaufhistorie. Mit dem Besuch unseres Shops erklären Sie sich "
     "mit den vorstehenden Praktiken einverstanden.", True),
    # look-alikes: a trade's practices, and the document alone
    ("Mit dem Besuch unseres Shops erkennen Sie unsere fairen Handelspraktiken an.", False),
    ("Mit dem Besuch unseres Shops akzeptieren Sie diese Bedingungen.", False),
])
def test_german_practices_pointed_back_to(notice: str, bundled: bool) -> None:
    assert _tied(notice) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class E: crash or error reports sent off the device as the price of using the app
    ("Durch die Verwendung der App erklären Sie sich einverstanden, dass Absturzberichte an "
     "unseren Dienstleister übermittelt werden.", True),
    # look-alikes: an error message shown, and reports denied
    ("Mit Nutzung dieser App akzeptieren Sie, dass Fehlermeldungen auf dem Bildschirm "
     "angezeigt werden.", False),
    ("Mit Nutzung der App akzeptieren Sie unsere AGB. Fehlerberichte werden nicht gesendet.", False),
])
def test_german_crash_reports_tied_to_use(notice: str, bundled: bool) -> None:
    assert _tied(notice) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class D: the sender's mail stated as what another act brings, or the visitor kept
    # posted on the sender's own doings after donating
    ("Mit dem Download bekommen Sie unsere Rezepte per E-Mail.", True),
    ("Wenn du den Leitfaden anforderst, erhältst du unseren Newsletter mit Aktionen.", True),
    ("Mit deiner Spende stimmst du zu, dass wir dich über die Projekte des Vereins auf dem "
     "Laufenden halten.", True),
    # look-alikes: the subscription itself, a bare sign-up for the plain newsletter, what a consent
    # brings, the visitor's own result or receipt
    ("Mit dem Newsletter-Abo bekommst du unsere Rezepte.", False),
    ("Mit der Anmeldung erhalten Sie unseren Newsletter.", False),
    ("Wenn Sie zustimmen, bekommen Sie unsere Angebote.", False),
    ("Nach dem Absenden bekommst du dein Ergebnis und weitere Tipps zu deinem Plan.", False),
    ("Mit deiner Spende stimmst du zu, dass wir dir eine Spendenquittung zusenden.", False),
])
def test_german_mail_stated_as_what_an_act_brings(notice: str, bundled: bool) -> None:
    assert _tied(notice) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class F: a bare sign-up whose stated outcome is the sender's plain mail is the sign-up
    # for that mail (with the privacy notice any list points to)
    ("Mit der Anmeldung stimmst du unserer Datenschutzerklärung und dem Empfang unserer News zu.", False),
    ("Indem Sie sich anmelden, stimmen Sie zu, Neuigkeiten per E-Mail zu erhalten.", False),
    # still bundled: terms granted beside it (an account), offers or partners, a sign-up with an object
    ("Mit der Anmeldung stimmen Sie unseren Nutzungsbedingungen und dem Erhalt von Updates zu.", True),
    ("Mit der Anmeldung stimmst du dem Erhalt von Updates und Angeboten unserer Partner zu.", True),
    ("Mit der Anmeldung zum Workshop stimmen Sie dem Erhalt von Updates zu.", True),
])
def test_german_bare_sign_up_for_plain_mail(notice: str, bundled: bool) -> None:
    assert _tied(notice) is bundled


@pytest.mark.parametrize(("words", "shaming"), [
    # round m23, class C: a disparaged alternative preferred, luck not tried, a sympathetic party
    # refused; a decline that defers or names a plain alternative stays neutral
    ("Nein danke, ich surfe lieber auf Seiten vollgestopft mit Pop-ups", True),
    ("Nein, ich wage mein Glück nicht", True),
    ("Nein, ich möchte die Tierheime nicht unterstützen", True),
    ("Nein danke, ich bleibe bei der Version mit Werbung", False),
    ("Nein, ich möchte im Moment nicht unterstützen", False),
    ("Ich zahle lieber per Rechnung", False),
])
def test_german_declines_mocking_caution_or_preferring_worse(words: str, shaming: bool) -> None:
    assert (match_confirmshaming(words) is not None) is shaming


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class E: an optional use made the price of the service
    ("Pflichtangabe: Ich willige in die Auswertung meines Nutzungsverhaltens zu Statistikzwecken ein.", True),
    ("Ihre Einwilligung in die Weitergabe an Werbepartner ist für die Nutzung der App erforderlich.", True),
    # look-alikes: a document, the request's own processing, a use said not to be required
    ("Pflichtfeld: Ich akzeptiere die AGB.", False),
    ("Pflichtfeld: Ich willige ein, dass meine Daten zur Bearbeitung meiner Anfrage "
     "gespeichert werden.", False),
    ("Ihre Einwilligung in Statistik-Cookies ist für die Nutzung der Website nicht erforderlich.", False),
])
def test_german_optional_use_made_required(notice: str, bundled: bool) -> None:
    assert _tied(notice) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23: necessary said of SOME cookies only leaves the notice's other cookies optional
    ("Diese Seite setzt Cookies. Manche davon sind unerlässlich. Mit der weiteren Nutzung der "
     "Seite stimmen Sie Cookies zu.", True),
    # look-alike: only necessary cookies
    ("Diese Seite setzt nur unerlässliche Cookies. Mit der weiteren Nutzung der Seite stimmen Sie "
     "Cookies zu.", False),
])
def test_german_some_cookies_necessary(notice: str, bundled: bool) -> None:
    assert _tied(notice) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class F: going on tied to the grant, then asked as a yes/no question: the yes is the
    # consent choice; without the question, going on still bundles
    ("Wir werten Nutzungsdaten aus. Mit dem Fortfahren willigen Sie ein. Wollen Sie fortfahren?", False),
    ("Mit dem Fortfahren willigen Sie in die Auswertung Ihres Surfverhaltens ein.", True),
    ("Mit dem Fortfahren willigen Sie in die Weitergabe an Werbepartner ein. Viel Spaß!", True),
])
def test_german_going_on_asked_as_a_question_is_the_choice(notice: str, bundled: bool) -> None:
    assert _tied(notice) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class D: the mail on top of the act with its pace said in between
    ("Mit der Registrierung erhältst du außerdem höchstens zweimal pro Woche unseren Newsletter.", True),
    # look-alike: access on top of the act is what registering brings
    ("Mit der Registrierung erhältst du außerdem Zugriff auf alle Kurse und Lernmaterialien.", False),
])
def test_german_mail_on_top_with_its_pace(notice: str, bundled: bool) -> None:
    assert _tied(notice) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class B: the service accessed by its own name
    ("Durch den Zugriff auf Meridia Notes stimmst du der Erhebung deiner Nutzungsdaten zu.", True),
    # look-alikes: the visitor's own account accessed, and the document alone
    ("Mit dem Zugriff auf dein Konto stimmst du der Verarbeitung deiner Daten zu.", False),
    ("Durch den Zugriff auf Meridia Notes akzeptierst du die Nutzungsbedingungen.", False),
])
def test_german_service_accessed_by_its_name(notice: str, bundled: bool) -> None:
    assert _tied(notice) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class B: staying here or going on with the visit, said as the act
    ("Diese Seite nutzt Tracking-Cookies. Solange du hier verweilst, akzeptierst du diese Cookies.", True),
    ("Mit Fortführung Ihrer Sitzung willigen Sie in die Erhebung Ihrer Daten ein.", True),
    # look-alikes: necessary cookies only, and the terms alone
    ("Wir verwenden nur technisch notwendige Cookies. Wenn Sie hier bleiben, akzeptieren Sie "
     "deren Nutzung.", False),
    ("Wenn Sie hier bleiben, akzeptieren Sie unsere AGB.", False),
])
def test_german_staying_or_going_on_is_using_the_site(notice: str, bundled: bool) -> None:
    assert _tied(notice) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23, class A: taking note or confirming THAT data is processed as the policy says, tied to use
    ("Mit dem Besuch unserer Website nimmst du zur Kenntnis, dass wir deine Daten laut dieser "
     "Erklärung erfassen.", True),
    # look-alikes: what the visitor confirms of themself, terms alone, the request's own processing
    ("Mit der Nutzung der App bestätigst du, dass du volljährig bist.", False),
    ("Durch die Nutzung der Website nehmen Sie zur Kenntnis, dass die AGB gelten.", False),
    ("Mit dem Absenden bestätigen Sie, dass Ihre Daten gemäß unserer Datenschutzerklärung zur "
     "Bearbeitung Ihrer Anfrage verarbeitet werden.", False),
])
def test_german_processing_acknowledged_per_policy(notice: str, bundled: bool) -> None:
    assert _tied(notice) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m23: the act's own transactional mail is no mail use; marketing mail is
    ("Nach der Registrierung erhalten Sie eine Bestätigungs-E-Mail.", False),
    ("Mit der Registrierung stimmen Sie dem Erhalt von Werbe-E-Mails zu.", True),
])
def test_german_transactional_mail_is_no_use(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None) is bundled


@pytest.mark.parametrize("notice", [
    # round m23, class F: the sender's mail about the visitor's own booking, order or course
    "Nach der Buchung erhalten Sie unsere E-Mails mit allen Reiseinformationen.",
    "Mit der Bestellung erhältst du unsere E-Mails zum Versandstatus.",
    "Wenn du den Kurs buchst, erhältst du unsere Tipps zur Vorbereitung auf deinen Kurs.",
])
def test_german_mail_about_the_visitors_own_order_is_no_finding(notice: str) -> None:
    assert match_bundled_sentence(notice) is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m24, class J: contact that is the act's own follow-up (confirming, paying, the start waited
    # for, the next dates of what was joined, the care the visitor is in)
    ("Mit deiner Buchung willigst du ein, zur Bestätigung angerufen und kontaktiert zu werden.", False),
    ("Mit Ihrer Eintragung erklären Sie sich einverstanden, vor dem Go-live kontaktiert zu werden.", False),
    ("Mit der Anmeldung stimmst du zu, über die kommenden Einheiten kontaktiert zu werden.", False),
    ("Mit dem Absenden stimmen Sie zu, dass Ihre Angaben im Rahmen Ihrer Therapie an Ihren Therapeuten "
     "übermittelt werden.", False),
    # look-alikes: an option beside the follow-up, the sender's goods launched, partners
    ("Mit der Anmeldung stimmst du zu, über die kommenden Einheiten kontaktiert zu werden und Werbung "
     "zu erhalten.", True),
    ("Mit der Registrierung erklären Sie sich einverstanden, zum Start unseres neuen Sortiments "
     "kontaktiert zu werden.", True),
    ("Mit dem Absenden stimmen Sie zu, dass Ihre Angaben im Rahmen Ihrer Therapie an Partner übermittelt "
     "werden.", True),
])
def test_german_contact_that_is_the_acts_own_follow_up(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m24, class J: the partner programme the visitor joins, and the terms accepted for it
    ("Indem Sie unserem Partnerprogramm beitreten, akzeptieren Sie die Teilnahmebedingungen.", False),
    ("Mit der Anmeldung im Partnerportal bestätigst du, die Richtlinien gelesen und akzeptiert zu haben.",
     False),
    # look-alikes: data handed to partners in the granting clause, and a short grant of advertising
    ("Indem Sie unserem Partnerprogramm beitreten, akzeptieren Sie die Weitergabe Ihrer Daten an Dritte.",
     True),
    ("Indem du dem Partnerprogramm beitrittst, akzeptierst du Werbung.", True),
])
def test_german_partner_programme_joined_is_no_data_use(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m24, class H: recording or publication tied to entering, staying, taking part or connecting
    ("Bei Zutritt zur Halle willigen Sie in Filmaufnahmen ein.", True),
    ("Durch deinen Verbleib im Call erlaubst du den Mitschnitt.", True),
    ("Die Sitzung wird mitgeschnitten. Falls du das nicht möchtest, verlasse bitte den Raum.", True),
    ("Mit der Teilnahme am Wettbewerb gestatten Sie die Ausstrahlung Ihrer Darbietung.", True),
    ("Wenn du dich mit unserem Gäste-WLAN verbindest, akzeptierst du die Erfassung deiner Daten.", True),
    # look-alikes: a recording notice with no grant, staying for another reason, a refusal that leads
    # elsewhere, the house rules alone, the visitor's own account
    ("Die Sitzung wird zu Schulungszwecken mitgeschnitten.", False),
    ("Wenn du in der Warteschleife bleibst, verbinden wir dich gleich.", False),
    ("Falls du keine Werbung möchtest, melde dich bitte über den Link ab.", False),
    ("Bei Zutritt zur Halle akzeptieren Sie die Hausordnung.", False),
    ("Wenn du dich in dein Konto einloggst, stimmst du der Verarbeitung deiner Daten zu.", False),
])
def test_german_recording_or_publication_tied_to_entering_or_staying(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize("notice", [
    # round m24, class H's look-alikes: a call recorded for the visitor's own request
    "Mit deinem Anruf stimmst du zu, dass das Gespräch zur Bearbeitung deiner Reklamation "
    "aufgezeichnet wird.",
    "Indem Sie uns anrufen, willigen Sie in den Mitschnitt zur Beantwortung Ihrer Anfrage ein.",
])
def test_german_recording_for_the_visitors_own_request_is_no_finding(notice: str) -> None:
    assert match_bundled_sentence(notice) is None


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m24, class I: cookies said to be set as the outcome of going on
    ("Sobald du weiterliest, werden Marketing-Cookies aktiviert.", True),
    ("Beim Weiterstöbern wird ein Tracking-Cookie abgelegt.", True),
    # look-alikes: necessary ones only, none set, and cookies set by a choice
    ("Sobald du weiterliest, werden nur notwendige Cookies aktiviert.", False),
    ("Beim Weiterstöbern werden keine Cookies abgelegt.", False),
    ("Wenn Sie auf Akzeptieren klicken, werden Cookies gesetzt.", False),
])
def test_german_cookies_set_as_the_outcome_of_going_on(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "trick"), [
    # round m24, class G: a use of the visitor's data or likeness that holds unless they say otherwise
    ("Solange du uns nichts Gegenteiliges sagst, schicken wir dir unsere Aktionen.", True),
    ("Ohne anderslautende Erklärung werden Aufnahmen vom Sommerfest auf unserer Website "
     "veröffentlicht.", True),
    # look-alikes: changed terms deemed accepted, a use denied, a delivery setting, a plain objection right
    ("Solange du uns nichts Gegenteiliges sagst, gilt der neue Tarif als vereinbart.", False),
    ("Ohne anderslautende Erklärung werden deine Daten niemals weitergegeben.", False),
    ("Ohne gegenteilige Weisung erfolgt der Versand an die Lieferadresse.", False),
    ("Du kannst der Verwendung deiner Fotos jederzeit widersprechen.", False),
])
def test_german_silence_taken_as_consent_to_a_use(notice: str, trick: bool) -> None:
    assert (match_trick_wording(notice) is not None) is trick


@pytest.mark.parametrize(("label", "trick"), [
    # round m24, class J: the visitor's own browser keeping its record of visited sites is its setting
    ("Kreuze das Feld an, wenn du keine Informationen über besuchte Seiten auf deinem Rechner speichern "
     "willst.", False),
    ("Aktivieren, wenn Sie keine Daten zu besuchten Webseiten lokal auf Ihrem Gerät speichern "
     "möchten.", False),
    # look-alikes: the site passing data on, and cookies the site stores
    ("Kreuze das Feld an, wenn du nicht möchtest, dass wir Daten über besuchte Seiten an Partner "
     "weitergeben.", True),
    ("Kreuzen Sie an, wenn Sie keine Cookies erhalten möchten.", True),
])
def test_german_own_browser_history_setting_is_no_consent_topic(label: str, trick: bool) -> None:
    assert (match_trick_wording(label, on_a_box=True) is not None) is trick


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m25, class M: implied cookie consent in more shapes: the cookie policy granted by going on, the
    # notice closed, going on with the browser's cookies left on (said as the reason, "da"/"weil")
    ("Wenn du unsere Seite weiter nutzt, akzeptierst du unsere Cookie-Richtlinie.", True),
    ("Durch die weitere Nutzung dieser Website stimmen Sie unseren Cookie-Hinweisen zu.", True),
    ("Wenn Sie den Cookie-Hinweis oben rechts schließen, willigen Sie in die Verwendung von Cookies "
     "ein.", True),
    ("Schließen Sie dieses Banner, erklären Sie sich mit dem Einsatz von Analyse-Cookies "
     "einverstanden.", True),
    ("Weil du Cookies in deinem Browser nicht deaktiviert hast und die Seite weiter besuchst, stimmst du "
     "dem Einsatz von Cookies zu.", True),
    # look-alikes: the policy accepted with another act (a document), the notice closed with necessary cookies
    # only, a window closed, polite requests to consent before going on
    ("Mit der Registrierung akzeptieren Sie unsere Cookie-Richtlinie.", False),
    ("Wenn Sie das Banner schließen, ohne eine Auswahl zu treffen, setzen wir nur notwendige "
     "Cookies.", False),
    ("Schließen Sie dieses Fenster, um zur Startseite zurückzukehren.", False),
    ("Wenn Sie unsere Seite weiterhin besuchen möchten, akzeptieren Sie bitte die Verwendung von "
     "Cookies.", False),
    ("Bitte stimmen Sie der Verwendung von Cookies zu, um die Seite weiter zu nutzen.", False),
    ("Da Ihre Daten weiter verwendet werden, stimmen Sie der Verarbeitung zu.", False),
])
def test_german_implied_cookie_consent_in_more_shapes(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m25, class K: the person's likeness or name made public, tied to joining, taking part or a prize
    ("Mit dem Beitritt zum Verein stimmst du zu, dass Fotos von dir in unseren sozialen Medien gezeigt "
     "werden.", True),
    ("Mit der Annahme des Preises erklärt sich der Gewinner einverstanden, dass sein Name und Foto für "
     "Werbezwecke genutzt werden.", True),
    ("Durch die Teilnahme am Lauf willigen Sie ein, dass Bilder von Ihnen in unserem Jahresbericht und auf "
     "Instagram erscheinen.", True),
    # look-alikes: the submitted work shown to the jury, security cameras, a separate photo grant with no act,
    # results announced
    ("Mit der Einreichung Ihres Fotos räumen Sie uns das Recht ein, das Foto der Jury zu zeigen und im "
     "Rahmen des Wettbewerbs auszustellen.", False),
    ("Mit dem Betreten des Geländes stimmen Sie zu, dass Sie zu Sicherheitszwecken gefilmt werden.", False),
    ("Ich bin damit einverstanden, dass Fotos von mir auf der Vereinswebsite veröffentlicht werden.", False),
    ("Die Gewinner werden auf unserer Website bekannt gegeben.", False),
])
def test_german_likeness_published_for_taking_part(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("label", "bundled"), [
    # round m25: a box's required part (the terms, the privacy notice) or its own mail wish, with an optional
    # use added by a second sentence of the same box ("Außerdem …", "Zudem …"): its one tick gives both
    ("Ich bin mit den Nutzungsbedingungen einverstanden. Außerdem erlaube ich der Website, Analyse-Cookies "
     "zu setzen.", True),
    ("Ich bin einverstanden mit den AGB. Zudem bin ich damit einverstanden, dass meine E-Mail-Adresse für "
     "Werbung genutzt wird.", True),
    ("Ich erkläre mich einverstanden mit der Datenschutzerklärung. Darüber hinaus willige ich ein, dass "
     "Partner mich kontaktieren.", True),
    ("Ich möchte den Newsletter erhalten. Zusätzlich stimme ich zu, dass meine Adresse an Partnerunternehmen "
     "weitergegeben wird.", True),
    # look-alikes: the terms alone, the newsletter with the sender's own mail added, a statement with no use
    ("Ich bin einverstanden mit den Nutzungsbedingungen.", False),
    ("Ich möchte den Newsletter erhalten. Außerdem bin ich damit einverstanden, dass Sie mir Tipps "
     "senden.", False),
    ("Ich akzeptiere die AGB. Außerdem bestätige ich, dass ich volljährig bin.", False),
])
def test_german_box_adds_an_optional_use_in_a_second_sentence(label: str, bundled: bool) -> None:
    assert (match_bundled_control_label(label) is not None) is bundled


@pytest.mark.parametrize(("label", "bundled"), [
    # round m25, class Q/R: the visitor's data passed to the seller of their own order serves the order
    ("Ich akzeptiere die Datenschutzerklärung und stimme zu, dass meine Bestellung an den Händler "
     "weitergegeben wird.", False),
    ("Ich bin mit den AGB einverstanden und stimme zu, dass meine Daten an den jeweiligen Verkäufer "
     "übermittelt werden.", False),
    ("Ich akzeptiere die AGB und willige ein, dass meine Kontaktdaten an den Shop-Betreiber weitergeleitet "
     "werden.", False),
    # still flagged: the seller's advertising, or other partners, beside it
    ("Ich akzeptiere die AGB und stimme zu, dass meine Daten an den Verkäufer für Werbezwecke weitergegeben "
     "werden.", True),
    ("Ich akzeptiere die AGB und stimme zu, dass meine Daten an den Verkäufer und an Werbepartner "
     "weitergegeben werden.", True),
    ("Ich akzeptiere die AGB und stimme zu, dass meine Daten an Dritte verkauft werden.", True),
])
def test_german_data_passed_to_the_seller_of_the_order(label: str, bundled: bool) -> None:
    assert (match_bundled_control_label(label) is not None) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m25, class Q/R: the grant made by the consent control itself, and a payment provider's cookies for
    # the payment's own security, grant nothing optional
    ("Indem Sie unten Ihre Einwilligung erteilen, stimmen Sie der Installation dieser Cookies zu.", False),
    ("Durch Erteilen Ihrer Zustimmung erlauben Sie den Einsatz von Analyse-Cookies.", False),
    ("Unser Zahlungsdienstleister setzt Cookies für die sichere Abwicklung der Zahlung. Mit dem Absenden der "
     "Bestellung stimmen Sie diesen Cookies zu.", False),
    ("Unser Zahlungsanbieter setzt Cookies zur Betrugsprävention bei der Zahlung. Indem Sie fortfahren, "
     "stimmen Sie diesen Cookies zu.", False),
    # still flagged: going on grants the cookies, or advertising cookies ride beside the payment's
    ("Unser Zahlungsanbieter setzt Cookies für die Sicherheit der Zahlung und Marketing-Cookies. Indem Sie "
     "fortfahren, stimmen Sie diesen Cookies zu.", True),
    ("Wenn Sie weitersurfen, erteilen Sie Ihre Einwilligung in Analyse-Cookies.", True),
    ("Durch die weitere Nutzung der Seite stimmen Sie der Verwendung von Werbe-Cookies zu.", True),
])
def test_german_grant_by_the_consent_control_or_for_the_payment(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "bundled"), [
    # round m25, class Q/R: the visitor's data passed to the one provider who treats or serves them serves the
    # request
    ("Mit dem Absenden stimmen Sie zu, dass wir Ihre Daten an einen Zahnarzt in Ihrer Nähe weitergeben, der "
     "Sie behandelt.", False),
    ("Mit dem Absenden stimmen Sie zu, dass wir Ihre Kontaktdaten an einen einzigen Handwerker aus Ihrer "
     "Region übermitteln.", False),
    ("Indem du das Formular abschickst, willigst du ein, dass wir deine Angaben an eine Physiotherapeutin "
     "weitergeben.", False),
    # still flagged: advertising beside it, other partners, or the grant tied to merely using the site
    ("Mit dem Absenden stimmen Sie zu, dass wir Ihre Daten an einen Zahnarzt weitergeben, der Ihnen Werbung "
     "schickt.", True),
    ("Mit dem Absenden stimmen Sie zu, dass wir Ihre Daten an einen Zahnarzt und an Werbepartner "
     "weitergeben.", True),
    ("Durch die Nutzung der Website stimmen Sie zu, dass Ihre Daten an einen Arzt weitergegeben "
     "werden.", True),
])
def test_german_data_passed_to_the_one_provider_who_serves_the_visitor(notice: str, bundled: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is bundled


@pytest.mark.parametrize(("notice", "tied"), [
    # round m26 class S: the participant named by the role taking part gives ("Der Teilnehmer …")
    # grants the use of their likeness, name or event photos: tied to taking part, as "by entering" is
    # ... while the rules accepted, the work licensed for judging, the organiser's own promise, results
    # published, a separate opt-in or the entrant's declarations stay untied
    ("Jede Teilnehmerin und jeder Teilnehmer ist damit einverstanden, dass Fotos von der "
     "Veranstaltung auf der Vereinswebsite veröffentlicht werden.", True),
    ("Die Teilnehmenden willigen ein, dass ihr Name und ihr Bild für Werbezwecke des "
     "Veranstalters genutzt werden.", True),
    ("Der Gewinner erklärt sich damit einverstanden, dass sein Name und sein Foto in sozialen "
     "Medien veröffentlicht werden.", True),
    ("Zudem erklärt sich der Teilnehmer einverstanden, dass Videoaufnahmen von ihm für die "
     "Öffentlichkeitsarbeit verwendet werden.", True),
    ("Die Teilnehmer erkennen die Teilnahmebedingungen mit der Anmeldung an.", False),
    ("Der Teilnehmer erklärt, dass er volljährig ist und die Rechte an den eingereichten "
     "Bildern besitzt.", False),
    ("Der Veranstalter verpflichtet sich, keine Fotos der Teilnehmer ohne deren Zustimmung zu "
     "veröffentlichen.", False),
    ("Teilnehmer können in die Veröffentlichung ihrer Fotos gesondert einwilligen.", False),
    ("Die Ergebnislisten mit den Platzierungen der Teilnehmer werden nach dem Lauf veröffentlicht.", False),
    ("Wir gestatten den Teilnehmern, die Fotos der Veranstaltung privat zu nutzen.", False),
    ("Der Teilnehmer stimmt den Teilnahmebedingungen zu.", False),
])
def test_german_participant_role_grants_publicity_as_a_term_of_entering(notice: str, tied: bool) -> None:
    found = match_bundled_sentence(notice)
    assert (found is not None and found.tied_to_action) is tied
