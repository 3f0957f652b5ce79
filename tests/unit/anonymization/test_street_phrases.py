"""Ordinary phrases after a street word (street_phrases.py), Turkish addresses (turkish_streets.py) and a
house number's ``No:`` marker (house_numbers.py, street_shapes.py). Made-up sentences."""

from __future__ import annotations

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.common_words import get_common_words
from shared_code.anonymization.house_numbers import number_after
from shared_code.anonymization.street_phrases import common_phrase_test
from shared_code.anonymization.turkish_streets import turkish_streets


def _phrase(language: str, text: str, street: str) -> bool:
    start = text.index(street)
    return common_phrase_test(language, get_common_words())(text, start, start + len(street))


@pytest.mark.parametrize("language, text, street", [
    ("es", "Cortaron la Carretera del Hospital ayer.", "Carretera del Hospital"),   # an article: a common noun
    ("it", "il Viale dell'Ospedale era chiuso.", "Viale dell'Ospedale"),            # an elided one
    ("fr", "la Route du Marché était fermée.", "Route du Marché"),
    ("pt", "A Rua do Mercado fica escura.", "Rua do Mercado"),
    ("es", "Cerraron la Calle de la Iglesia por la fiesta.", "Calle de la Iglesia"),  # a rare given name
    ("en", "Ulica do Szpitala była zamknięta.", "Ulica do Szpitala"),  # Polish do (to), routed to English
])
def test_ordinary_phrases_after_a_street_word(language: str, text: str, street: str) -> None:
    assert _phrase(language, text, street)


@pytest.mark.parametrize("language, text, street", [
    ("es", "Calle de Alcalá está cortada.", "Calle de Alcalá"),           # no article: a name or a town
    ("es", "Vivo en la Calle Mayor.", "Calle Mayor"),                     # no marker: left as it was
    ("it", "Abito in Via Garibaldi.", "Via Garibaldi"),
    ("pt", "A Travessa do Fernandes ficou sem luz.", "Travessa do Fernandes"),       # a surname
    ("es", "Vivo en la Avenida del Doctor Federico Rubio.", "Avenida del Doctor Federico Rubio"),  # a given name
    ("es", "Nos vemos en la Calle del 2 de Mayo.", "Calle del 2 de Mayo"),             # a date
    ("fr", "Notre abri se trouve rue de la Liberté.", "rue de la Liberté"),  # a lower-case street word
    ("es", "Dirección: Carretera de la Estación, km 3.", "Carretera de la Estación"),  # an address label
    ("pt", "O meu endereço é Rua da Escola, perto da igreja.", "Rua da Escola"),      # an address word
])
def test_names_after_a_street_word(language: str, text: str, street: str) -> None:
    assert not _phrase(language, text, street)


@pytest.mark.parametrize("text", [
    "Cortaron la Carretera del Hospital ayer por la tarde.", "il Viale dell'Ospedale era chiuso ieri sera.",
    "la Route du Marché était fermée hier soir.", "Okul Yolu çamur dolu, çocuklar gidemiyor.",
])
def test_ordinary_phrases_stay(spans_of, text: str) -> None:
    assert spans_of(text) == []


@pytest.mark.parametrize("text, street", [
    ("Mi casa está en Calle del Hospital 14, segundo.", "Calle del Hospital 14"),   # a number: a street
    ("Abito in Via Garibaldi con mia madre.", "Via Garibaldi"),
    ("Calle Mayor No: 12, Madrid.", "Calle Mayor No: 12"),                         # No: before the number
    ("Vivimos en la Calle del Carmen.", "Calle del Carmen"),                        # a popular given name
    ("La consegna va in Piazza del Mercato 8.", "Piazza del Mercato 8"),
])
def test_streets_stay(spans_of, text: str, street: str) -> None:
    assert (street, "LOCATION") in spans_of(text)


@pytest.mark.parametrize("text, street", [
    ("Atatürk Caddesi No: 23 adresinde oturuyorum.", "Atatürk Caddesi No: 23"),
    ("Adresim Gül Sokak No:5 Daire 3, Ankara.", "Gül Sokak No:5 Daire 3"),          # not "my address"
    ("Evimiz Cumhuriyet Mahallesi 1203. Sokak No 7 içinde.", "Cumhuriyet Mahallesi 1203. Sokak No 7"),
    ("İnönü Bulvarı No. 14/2 adresine gelin.", "İnönü Bulvarı No. 14/2"),
    ("Kardeşim Fevzi Çakmak Caddesi No: 41 adresinde.", "Fevzi Çakmak Caddesi No: 41"),  # a given name joins
    ("Biz Yıldız Mah. Lale Sok. No: 3 adresinde.", "Yıldız Mah. Lale Sok. No: 3"),       # abbreviations
    ("Adres: Bahçelievler Mahallesi, 7. Cadde, No: 12.", "Bahçelievler Mahallesi, 7. Cadde, No: 12"),
    ("Atatürk Caddesi'nde oturuyoruz.", "Atatürk Caddesi'nde"),                     # a case ending, no number
    ("Ankara Yolu kapandı.", "Ankara Yolu"),                                        # a town's road
    ("Şehitler Caddesi No 4 adresindeyiz.", "Şehitler Caddesi No 4"),              # a plural name
    ("Bahçelievler Mahallesi 7. Cadde'de oturuyoruz.", "Bahçelievler Mahallesi 7. Cadde'de"),  # an ordinal
    ("adresim gül sokak no 5 daire 2", "gül sokak no 5 daire 2"),                  # lower case: marked number
    ("ADRESİM ATATÜRK CADDESİ NO: 23", "ATATÜRK CADDESİ NO: 23"),                  # capitals, Turkish İ
    ("Gül Sokak 3 gündür su yok.", "Gül Sokak"),                                    # a bare number: a count
])
def test_turkish_addresses(text: str, street: str) -> None:
    assert [text[s:e] for s, e in turkish_streets(text)] == [street]


@pytest.mark.parametrize("text", [
    "Okul Yolu çamur dolu.", "Köy Meydanı boştu.", "Adresimi değiştirdim.",   # the way to school, a square
    "Bu Sokak çok karanlık.", "Bizim Mahalle su almadı.",                     # this street, our neighbourhood
    "Yardım Merkezi Sokak başında.", "Ana Cadde kapalı.",                     # a compound, the main street
    "bizim sokak çok karanlık", "gül sokak 3 gündür su yok",                 # lower case, no marked number
])
def test_no_turkish_addresses(text: str) -> None:
    assert turkish_streets(text) == []


@pytest.mark.parametrize("text", [
    "Ulica do Szpitala była zamknięta przez powódź.",     # the NER's Ulica alone
    "La Piazza del Mercato era piena di gente.",           # the lexicon's PERSON
])
def test_no_street_word_spans_in_ordinary_phrases(spans_of, text: str) -> None:
    assert spans_of(text) == []


def test_a_colon_after_the_number_marker() -> None:
    assert number_after("Via Roma No: 12, per favore", len("Via Roma")) == len("Via Roma No: 12")
