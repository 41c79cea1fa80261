"""Role classification of prompt controls, per supported language, from the data files."""

from __future__ import annotations

import pytest

from consentinel.facts.prompt import Prompt, PromptAction
from consentinel.facts.snapshot import Box
from consentinel.prompts.roles import (
    LANGUAGES,
    asks_for_decision,
    assign_roles,
    classify_action,
    classify_text,
    vocabulary,
)

CASES: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("Accept all", "accept"), ("I agree", "accept"), ("Allow all cookies", "accept"), ("OK", "accept"),
        ("Reject all", "reject"), ("Decline", "reject"), ("Accept necessary only", "reject"),
        ("Only essential", "reject"), ("Continue without accepting", "reject"), ("No, thanks", "reject"),
        ("Only accept technically necessary cookies", "reject"), ("Only accept selected", "save"),
        ("Manage preferences", "settings"), ("Customize", "settings"), ("Let me choose", "settings"),
        ("Personalize", "settings"), ("Personalise my choices", "settings"),
        ("Save preferences", "save"), ("Accept selected", "save"), ("Confirm my choices", "save"),
        ("Close", "close"), ("×", "close"), ("Privacy policy", "other"), ("Learn more", "other"),
        ("Unacceptable", "other"), ("Don't allow", "reject"), ("Not interested", "reject"),
        ("Continue without personalisation", "reject"), ("Yes, sign me up", "accept"),
    ],
    "zh": [
        ("同意", "accept"), ("接受", "accept"), ("全部接受", "accept"), ("我同意并继续", "accept"),
        ("拒绝", "reject"), ("全部拒绝", "reject"), ("不同意", "reject"), ("仅必要", "reject"),
        ("仅接受必要", "reject"), ("仅接受必要的 Cookie", "reject"),
        ("设置", "settings"), ("管理偏好", "settings"), ("Cookie 设置", "settings"),
        ("保存设置", "save"), ("确认选择", "save"), ("关闭", "close"), ("隐私政策", "other"),
    ],
    "de": [
        ("Alle akzeptieren", "accept"), ("Zustimmen", "accept"), ("Einverstanden", "accept"),
        ("Alle ablehnen", "reject"), ("Nur notwendige Cookies", "reject"), ("Ablehnen", "reject"),
        ("Einstellungen", "settings"), ("Anpassen", "settings"), ("Auswahl speichern", "save"),
        ("Auswahl erlauben", "save"), ("Schließen", "close"), ("Impressum", "other"),
    ],
    "fr": [
        ("Tout accepter", "accept"), ("J'accepte", "accept"), ("J’accepte", "accept"),
        ("Tout refuser", "reject"), ("Continuer sans accepter", "reject"), ("Refuser", "reject"),
        ("Personnaliser", "settings"), ("Paramètres", "settings"), ("Enregistrer mes choix", "save"),
        ("Fermer", "close"), ("Mentions légales", "other"),
    ],
    "es": [
        ("Aceptar todo", "accept"), ("Acepto", "accept"), ("Rechazar todo", "reject"),
        ("Solo necesarias", "reject"), ("Configurar", "settings"), ("Preferencias", "settings"),
        ("Guardar preferencias", "save"), ("Cerrar", "close"), ("Aviso legal", "other"),
    ],
    "it": [
        ("Accetta tutto", "accept"), ("Accetto", "accept"), ("Rifiuta tutto", "reject"),
        ("Continua senza accettare", "reject"), ("Personalizza", "settings"), ("Impostazioni", "settings"),
        ("Salva preferenze", "save"), ("Chiudi", "close"), ("Note legali", "other"),
    ],
    "nl": [
        ("Alles accepteren", "accept"), ("Akkoord", "accept"), ("Alles weigeren", "reject"),
        ("Alleen noodzakelijke cookies", "reject"), ("Instellingen", "settings"), ("Aanpassen", "settings"),
        ("Voorkeuren opslaan", "save"), ("Sluiten", "close"), ("Colofon", "other"),
    ],
}


def test_every_language_has_cases_and_a_data_file() -> None:
    assert set(CASES) == set(LANGUAGES)
    assert all(vocabulary().phrases[role] for role in ("accept", "reject", "settings", "save", "close"))


@pytest.mark.parametrize(("lang", "text", "role"),
                         [(lang, text, role) for lang, cases in CASES.items() for text, role in cases])
def test_text_roles(lang: str, text: str, role: str) -> None:
    found, reason = classify_text(text)
    assert found == role, f"{lang}: {text!r} -> {found} ({reason})"
    if role != "other":
        assert reason


def test_reject_wins_over_the_accept_word_it_contains() -> None:
    assert classify_text("Accept only essential cookies")[0] == "reject"
    assert classify_text("Use necessary cookies only")[0] == "reject"
    assert classify_text("I do not agree")[0] == "reject"


def test_whole_word_matching_and_exact_only_entries() -> None:
    assert classify_text("OK, got it")[0] == "accept"  # via "got it", not the exact "ok"
    assert classify_text("Book now")[0] == "other"  # contains "ok" but is not "ok"
    assert classify_text("X-ray results")[0] == "other"


def test_attributes_decide_when_text_is_silent() -> None:
    assert classify_action("", "btn btnRejectAll")[0] == "reject"
    assert classify_action("→", "cookie-accept primary")[0] == "accept"
    assert classify_action("", "icon", corner=True) == ("close", "position:top-right glyph")
    assert classify_action("", "icon", corner=False)[0] == "other"


def test_rule_role_outranks_text() -> None:
    assert classify_action("Continue", rule_role="reject") == ("reject", "rule")


def test_assign_roles_uses_position_for_glyph_close() -> None:
    prompt = Prompt(frame=0, frame_url="", root="#p", text="cookies", language="en",
                    box=Box(100, 100, 400, 200), kind="dialog",
                    actions=[PromptAction(mark="a", text="✱", box=Box(470, 105, 20, 20)),
                             PromptAction(mark="b", text="✱", box=Box(110, 250, 20, 20))])
    assign_roles(prompt)
    assert [a.role for a in prompt.actions] == ["close", "other"]


def test_rendered_text_outranks_a_differing_aria_label() -> None:
    # Osano cookieconsent: <a aria-label="dismiss cookie message">Got it!</a> is the only button.
    assert classify_action("dismiss cookie message", visible_text="Got it!")[0] == "accept"
    assert classify_action("dismiss cookie message")[0] == "close"
    # The accessible name still decides when the rendered text says nothing (an icon button).
    assert classify_action("Reject all", visible_text="✕")[0] == "reject"
    prompt = Prompt(frame=0, frame_url="", root="#p", text="cookies", language="en",
                    box=Box(0, 600, 1280, 100), kind="dialog",
                    actions=[PromptAction(mark="a", text="dismiss cookie message", visible_text="Got it!",
                                          box=Box(1100, 640, 100, 40))])
    assign_roles(prompt)
    assert prompt.actions[0].role == "accept"


def test_consent_words_find_a_banner_that_names_no_cookies() -> None:
    text = "If you continue to browse this website, you are allowing all third-party services"
    assert any(word in text.lower() for word in vocabulary().consent_words)


def test_a_prompt_asks_for_a_decision_only_while_it_offers_one() -> None:
    """A first layer (accept/reject) or a settings layer (save) asks; what stays after the
    choice -- a floating "Cookie settings" tab, a notice left with only its close button --
    does not."""
    def prompt(*roles: str) -> Prompt:
        return Prompt(frame=0, frame_url="", root="#p", text="cookies", language="en",
                      box=Box(0, 600, 1280, 100), kind="fixed",
                      actions=[PromptAction(mark=str(i), text=r, role=r) for i, r in enumerate(roles)])

    assert asks_for_decision([prompt("settings"), prompt("reject", "accept")])
    assert asks_for_decision([prompt("save", "close")])
    assert not asks_for_decision([prompt("settings"), prompt("close", "other")])
    assert not asks_for_decision([])
