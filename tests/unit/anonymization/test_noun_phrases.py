"""Title-cased noun phrases of the text's apparent language are no names (noun_phrases.py): made-up
sentences in aid-feedback style, names and vocabulary written for these tests (none from the evaluation
set); the clean probes (clean_probes.py) hold more."""

from __future__ import annotations

import pytest

from shared_code.anonymization.common_words import language_bit
from shared_code.anonymization.noun_phrases import after_determiner, noun_phrase
from shared_code.anonymization.spans import LanguageRules

FR, TR = language_bit("fr"), language_bit("tr")


@pytest.mark.parametrize("text, words", [
    ("Les Cartes Prépayées ne fonctionnent plus depuis Noël.", "Cartes Prépayées"),  # plural head
    ("Os Cartões Pré-pagos não funcionam desde o Ano Novo.", "Cartões Pré-pagos"),
    ("Karty Przedpłacone nie działają od Nowego Roku.", "Karty Przedpłacone"),  # Polish -y plural
    ("Cardurile Preplătite nu funcționează de Anul Nou.", "Cardurile Preplătite"),  # Romanian article
    ("Tek Durak Ofisi Cumartesi günü çok erken kapanıyor.", "Tek Durak Ofisi"),  # Turkish inflected tail
    ("Öneri: Onur Kitlerine Diş Fırçası eklensin.", "Onur Kitlerine"),
    ("Koruma Sorumlusu: bu Ay hiç ziyaret yok.", "Ay"),  # after a determiner
    ("Il Progetto Acqua e Igiene ha riparato due Pozzi.", "Pozzi"),  # after a numeral
    ("Tichetul de Masă: Suma nu ajunge pentru toată Luna.", "Luna"),
])
def test_noun_phrases_of_the_apparent_language_are_not_redacted(spans_of, text: str, words: str) -> None:
    assert not any(words in value or value in words for value, _ in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, name", [
    ("GRAZIE TONI TUTINO PER IL PACCO!!", "TONI TUTINO"),  # toni (tones) is a plural, and a given name
    ("Gönüllü Kutlu Aslan yardım etti.", "Kutlu Aslan"),  # two lexicon names that are Turkish words
    ("Hablé con Marta Torres Blanco en la oficina.", "Torres Blanco"),
    ("Am vorbit cu Luna Popescu ieri la centru.", "Luna Popescu"),
    ("Bugün Ay Yılmaz bize yardım etti.", "Ay Yılmaz"),
])
def test_names_made_of_ordinary_words_stay(spans_of, text: str, name: str) -> None:
    assert any(name in value and kind == "PERSON" for value, kind in spans_of(text)), spans_of(text)


def _rules(language: int, ordinary: dict[str, int], known: set[str]) -> LanguageRules:
    return LanguageRules(apparent_language=lambda _: language, ordinary=lambda w: ordinary.get(w.casefold(), 0),
                         known_word=lambda w: w.casefold() in known)


def test_a_noun_phrase_needs_an_unknown_word_and_a_plural_head() -> None:
    rules = _rules(FR, {"carte": FR, "cartes": FR, "prépayées": FR}, {"cartes"})
    text = "Les Cartes Prépayées"
    assert noun_phrase(text, 4, len(text), rules)
    assert not noun_phrase(text, 4, 10, rules)  # one word
    assert not noun_phrase(text, 4, len(text), _rules(FR, {"carte": FR}, {"cartes", "prépayées"}))  # all lexicon words
    singular = "La Carte Prépayée"
    assert not noun_phrase(singular, 3, len(singular), _rules(FR, {"carte": FR, "prépayée": FR}, {"carte"}))


def test_a_determiner_must_come_right_before_an_ordinary_word() -> None:
    rules = _rules(TR, {"ay": TR}, {"ay"})
    assert after_determiner("bu Ay geldi", 3, 5, rules)
    assert not after_determiner("ile Ay geldi", 4, 6, rules)  # no determiner
    assert not after_determiner("bu Zeynep geldi", 3, 9, rules)  # no ordinary word


@pytest.mark.parametrize("text, name", [
    ("Selamlar, Yeter Kayalar buraya geldi.", "Yeter Kayalar"),  # kaya + lar: a surname suffix
    ("Gönüllü Umut Taşlıklı bize yardım etti.", "Umut Taşlıklı"),
])
def test_turkish_surnames_with_surname_suffixes_stay(spans_of, text: str, name: str) -> None:
    assert any(name in value and kind == "PERSON" for value, kind in spans_of(text)), spans_of(text)


def test_a_turkish_word_ending_in_s_is_no_plural_head() -> None:
    rules = _rules(TR, {"kiraz": TR}, set())  # kiraz: cherry; "Kirazs Dema" is a made-up unseen name
    text = "hesap sahibi Kirazs Dema"
    assert not noun_phrase(text, 13, len(text), rules)


@pytest.mark.parametrize("text, words", [
    ("Njia ya Basi la Shule imebadilika na Watoto wanatembea Kilomita.", "Shule"),  # a Swahili possessive
    ("Mpango wa Pesa kwa Kazi ulianza Januari lakini Malipo yanachelewa.", "Kazi"),  # a programme's name
])
def test_swahili_noun_phrases_and_programmes_are_not_redacted(spans_of, text: str, words: str) -> None:
    assert not any(words in value for value, _ in spans_of(text)), spans_of(text)
