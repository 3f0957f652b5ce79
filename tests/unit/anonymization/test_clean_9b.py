"""Round 9b clean-text rules (trades with their ``of`` phrase, partitives, agreeing adjectives, feasts before
nouns, Dutch plurals: the modules each test names); made-up sentences, not the probes'."""

import pytest


def test_a_trade_and_its_of_phrase_is_no_place(spans_of) -> None:
    assert spans_of("Le Marchand de Fruits accepte les Bons.") == []


def test_a_town_after_a_trade_stays(spans_of) -> None:
    assert any("Lyon" in value and kind == "LOCATION" for value, kind in spans_of("Le Marchand de Lyon est gentil."))


@pytest.mark.parametrize("text, word", [
    ("Il n'y a plus de Savon à la Distribution.", "Savon"),
    ("Il manque beaucoup de Farine dans les Colis.", "Farine"),
    ("Serve un po' di Legna per la Stufa.", "Legna"),
])
def test_an_ordinary_word_after_a_quantity_and_de_is_no_place(spans_of, text: str, word: str) -> None:
    assert not any(word in value for value, _ in spans_of(text))


@pytest.mark.parametrize("text, place", [
    ("Je ne suis pas de Lyon, je suis venu en bus.", "Lyon"),
    ("Non sono più di Milano, adesso vivo qui.", "Milano"),
])
def test_a_town_after_a_negation_and_de_stays(spans_of, text: str, place: str) -> None:
    assert any(place in value and kind == "LOCATION" for value, kind in spans_of(text))


@pytest.mark.parametrize("text, word", [
    ("Ci hanno dato la Coperta Bianca.", "Bianca"),
    ("I Secchi Bianchi per l'Acqua sono rotti.", "Bianchi"),
    ("A Camisa Branca da Escola é cara.", "Branca"),
])
def test_a_noun_and_its_agreeing_adjective_are_no_name(spans_of, text: str, word: str) -> None:
    assert not any(word in value for value, _ in spans_of(text))


@pytest.mark.parametrize("text, name", [
    ("La Maestra Serena è brava con i Bambini.", "Serena"),
    ("Il Fabbro Marino ci ha aiutato con la Porta.", "Marino"),
    ("Ieri la Rosa Bianca è venuta allo Sportello.", "Rosa Bianca"),
    ("La signora Stella Neri non ha ricevuto il Pacco.", "Stella Neri"),
])
def test_a_name_after_a_person_noun_or_a_given_name_stays(spans_of, text: str, name: str) -> None:
    assert any(name in value and kind == "PERSON" for value, kind in spans_of(text))


@pytest.mark.parametrize("text, place", [
    ("Moramos na Rua Augusta perto da Escola.", "Rua Augusta"),
    ("Viviamo in Calle Larga vicino al Mercato.", "Calle Larga"),
])
def test_a_street_named_by_a_noun_and_an_adjective_stays(spans_of, text: str, place: str) -> None:
    assert any(place in value for value, _ in spans_of(text))


def test_a_feast_before_ordinary_nouns_is_no_name(spans_of) -> None:
    assert spans_of("The Eid Sweets were shared at the Centre.") == []


def test_a_name_after_a_feast_word_stays(spans_of) -> None:
    assert any("Hassan" in value and kind == "PERSON" for value, kind in spans_of("Eid Hassan came to the office."))


@pytest.mark.parametrize("text, word", [
    ("Wij slapen op de Matrassen van de Gemeente.", "Matrassen"),
    ("De Toeslagen van de Belastingdienst zijn gestopt.", "Toeslagen"),
])
def test_a_dutch_plural_noun_before_particles_is_no_name(spans_of, text: str, word: str) -> None:
    assert not any(word in value for value, _ in spans_of(text))


@pytest.mark.parametrize("text, name", [
    ("Ik sprak met Jan van de Berg over de Huur.", "Jan van de Berg"),
    ("Wij wonen sinds kort in Lochem.", "Lochem"),
])
def test_dutch_names_and_towns_stay(spans_of, text: str, name: str) -> None:
    assert any(name in value for value, _ in spans_of(text))


@pytest.mark.parametrize("text", [
    "Happy Christmas to all the Volunteers at the Welcome Hub!",      # a greeting word before the feast
    "Im Ramadan öffnet die Kleiderkammer erst am Abend.",             # Im: a preposition, and a surname
])
def test_a_feast_after_a_stop_word_or_an_ordinary_word_is_no_name(spans_of, text: str) -> None:
    assert spans_of(text) == []


@pytest.mark.parametrize("text, name", [
    ("Yesterday Ahmed Ramadan came to the office.", "Ahmed Ramadan"),
    ("Ramazan Yılmaz dün geldi.", "Ramazan Yılmaz"),
])
def test_a_feast_beside_a_name_stays_a_name(spans_of, text: str, name: str) -> None:
    assert (name, "PERSON") in spans_of(text)


@pytest.mark.parametrize("text, shop", [
    ("Bei Aldi und Rossmann funktioniert die Karte vom Roten Kreuz nicht.", "Rossmann"),   # a surname too
    ("Bij Albert Heijn werkt de pas niet.", "Albert Heijn"),                              # a given name first
    ("O cartão não funciona no Pingo Doce nem no Continente.", "Continente"),
])
def test_supermarkets_where_vouchers_are_spent_are_no_person_or_place(spans_of, text: str, shop: str) -> None:
    assert not any(shop in value or value in shop for value, _ in spans_of(text)), spans_of(text)


def test_a_person_whose_name_starts_as_a_supermarket_stays(spans_of) -> None:
    assert ("Albert Heinemann", "PERSON") in spans_of("Mein Nachbar Albert Heinemann wartet seit Mai.")


@pytest.mark.parametrize("text, word", [
    ("Ask at Reception near the gate, the office moved upstairs.", "Reception"),
    ("Pergunte na Receção junto à saída.", "Receção"),
    ("Лікар у Центрі первинної допомоги виписав ліки.", "Центрі"),
])
def test_a_lone_facility_noun_after_a_preposition_is_no_place(spans_of, text: str, word: str) -> None:
    assert not any(word in value for value, _ in spans_of(text)), spans_of(text)
