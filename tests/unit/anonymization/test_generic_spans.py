"""Generic nouns that name no one and no particular place (:mod:`generic_spans`), and French ``en``, which
takes no village (:data:`place_prepositions.GAZETTEER_ONLY`)."""

import pytest

from shared_code.anonymization.generic_spans import ordinary_of_place
from shared_code.anonymization.place_prepositions import preposition_pattern
from shared_code.anonymization.span_types import Candidate


@pytest.mark.parametrize("text, district", [
    ("Les Enfants du Quartier Ouest vont à pied à l'École.", "Ouest"),
    ("La Escuela del Barrio Sur no tiene Techo.", "Sur"),
    ("Hakuna umeme Mtaa wa Mashariki tangu Jumatatu.", "Mashariki"),
    ("De Kinderen in Wijk Zuid lopen naar School.", "Zuid"),
    ("The Latrines in the West Block are full.", "West"),
    ("У Східному кварталі немає світла.", "Східному"),
])
def test_a_district_named_by_a_direction_only_is_no_place(spans_of, text: str, district: str) -> None:
    assert not any(district in value for value, _ in spans_of(text))


@pytest.mark.parametrize("text, place", [
    ("Les Enfants du Quartier Saint-Michel vont à pied à l'École.", "Saint-Michel"),
    ("Hakuna umeme Mtaa wa Kenyatta tangu Jumatatu.", "Mtaa wa Kenyatta"),
])
def test_a_district_with_a_proper_name_stays(spans_of, text: str, place: str) -> None:
    assert any(place in value and kind == "LOCATION" for value, kind in spans_of(text))


@pytest.mark.parametrize("text", [
    "La Doctora del Centro de Salud llegó tarde.",
    "De Vroedvrouw van de Kraamafdeling vraagt om Luiers.",
    "La Sage-Femme de la Maternité est partie.",
])
def test_a_role_or_facility_of_an_institution_is_no_name_nor_place(spans_of, text: str) -> None:
    assert spans_of(text) == []


def test_a_name_after_the_role_stays(spans_of) -> None:
    spans = spans_of("La Doctora Lucía Ferreyra del Centro de Salud llegó tarde.")
    assert any("Lucía Ferreyra" in value and kind == "PERSON" for value, kind in spans)


@pytest.mark.parametrize("text", [
    "З Медпункту нам нічого не дали.",
    "Ми тепер живемо в Гуртожитку.",
    "Нас направили до Поліклініки.",
])
def test_a_ukrainian_facility_noun_after_a_preposition_is_no_place(spans_of, text: str) -> None:
    assert spans_of(text) == []


def test_a_ukrainian_town_after_a_preposition_stays(spans_of) -> None:
    assert ("Львові", "LOCATION") in spans_of("Ми тепер живемо у Львові.")


def test_a_german_article_and_a_noun_at_a_sentence_start_is_no_name(spans_of) -> None:
    assert spans_of("Das Ernährungsprogramm wurde gekürzt.") == []


@pytest.mark.parametrize("text", [
    "وصلتنا مناشف وصابون من الجمعية.",
    "نحتاج صابون وحفاضات للأطفال.",
])
def test_arabic_goods_listed_with_wa_are_no_name(spans_of, text: str) -> None:
    assert spans_of(text) == []


@pytest.mark.parametrize("text, name", [
    ("زارنا محمد وعلي أمس.", "محمد"),
    ("اسمي وسيم الشايع وأحتاج إلى مساعدة.", "وسيم الشايع"),
])
def test_arabic_people_listed_or_named_before_wa_stay(spans_of, text: str, name: str) -> None:
    assert (name, "PERSON") in spans_of(text)


def test_french_en_takes_no_unknown_word_as_a_place(spans_of) -> None:
    _, loose = preposition_pattern("fr", arabic=False)
    assert "en" not in loose and "à" in loose
    assert spans_of("Le Générateur est en Panne depuis Lundi.") == []
    assert spans_of("La Pompe est en Réparation.") == []


@pytest.mark.parametrize("text, place", [
    ("Nous vivons en Casamance depuis deux ans.", "Casamance"),
    ("Elle est restée en Guyane.", "Guyane"),
])
def test_french_en_keeps_regions_and_countries(spans_of, text: str, place: str) -> None:
    assert (place, "LOCATION") in spans_of(text)


@pytest.mark.parametrize("text", ["Зимова Куртка дуже дорога.", "Грошова Допомога надійшла вчора.",
                                  "Ліки є тільки в Аптеці."])
def test_a_ukrainian_adjective_and_its_noun_is_no_name(spans_of, text: str) -> None:
    assert spans_of(text) == []


@pytest.mark.parametrize("text, name", [("Ковальська Ірина отримала допомогу.", "Ковальська Ірина"),
                                        ("Зимова Оксана чекає на допомогу.", "Зимова Оксана")])
def test_a_ukrainian_surname_shape_and_a_given_name_stay(spans_of, text: str, name: str) -> None:
    assert (name, "PERSON") in spans_of(text)


@pytest.mark.parametrize("text", ["La Bomba está en Mantenimiento otra vez.", "O Poço está em Manutenção.",
                                  "Unsere Anträge sind noch in Bearbeitung."])
def test_a_noun_of_action_after_in_is_a_state_not_a_place(spans_of, text: str) -> None:
    assert not any(kind == "LOCATION" for _, kind in spans_of(text))


@pytest.mark.parametrize("text, place", [("Vivimos en Concepción desde el Lunes.", "Concepción"),
                                         ("We now live in Reading.", "Reading")])
def test_a_town_with_such_an_ending_stays(spans_of, text: str, place: str) -> None:
    assert (place, "LOCATION") in spans_of(text)


@pytest.mark.parametrize("text, phrase, generic", [
    ("La Sage-Femme de la Maternité demande des Gants.", "Sage-Femme de la Maternité", True),
    ("Le Savon est au Magasin du Camp.", "Magasin du Camp", True),
    ("Nous venons de Côte d'Ivoire.", "Côte d'Ivoire", False),  # a feature noun heads a place name
    ("Il vit à Port de Paix.", "Port de Paix", False),
    ("Vivo en la Costa del Sol.", "Costa del Sol", False),
])
def test_ordinary_words_joined_by_of_are_a_facility_only_under_a_facility_or_role_noun(
        analysis_engine, text: str, phrase: str, generic: bool) -> None:
    route = analysis_engine.router.route(text)
    start = text.index(phrase)
    span = Candidate(start, start + len(phrase), "LOCATION", 0.85, "ner")
    assert ordinary_of_place(text, span, analysis_engine.rules[route.language]) is generic



@pytest.mark.parametrize("text, place", [
    ("Wir wohnen seit März in Altötting bei Verwandten.", "Altötting"),  # a small town shaped like a noun of action
    ("Moramos agora em Encarnação com a família.", "Encarnação"),
])
def test_small_places_after_in_stay_places(spans_of, text: str, place: str) -> None:
    assert any(place in value for value, _ in spans_of(text)), spans_of(text)
