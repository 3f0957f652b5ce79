"""Names of facilities, services and agencies made of common words (:mod:`facility_names`): German role +
genitive, Turkish possessive compounds, named kitchens and shelters, mixed-case acronyms, ``de Pain``."""

import pytest

from shared_code.anonymization.facility_names import mixed_acronym, named_facility, turkish_compound
from shared_code.anonymization.span_types import Candidate


def _rules(engine, text: str):  # noqa: ANN001, ANN202
    return engine.rules[engine.router.route(text).language]


def _span(text: str, phrase: str, kind: str = "PERSON") -> Candidate:
    start = text.index(phrase)
    return Candidate(start, start + len(phrase), kind, 0.85, "ner")


@pytest.mark.parametrize("text", [
    "Der Pfleger der Notunterkunft sagt, dass die Medikamente fehlen.",
    "Gestern kam der Pfleger der Gesundheitsstation nicht.",
])
def test_a_german_role_before_a_genitive_institution_is_no_name(spans_of, text: str) -> None:
    assert spans_of(text) == []


def test_a_name_after_the_german_role_stays(spans_of) -> None:
    spans = spans_of("Der Pfleger Thomas Müller der Gesundheitsstation war freundlich.")
    assert any("Thomas Müller" in value and kind == "PERSON" for value, kind in spans)


@pytest.mark.parametrize("text, phrase, generic", [
    ("Koruma Masası Bayram'dan sonra açılacak mı?", "Koruma Masası Bayram'dan", True),
    ("Sağlık Ocağı'nda doktor yok.", "Sağlık Ocağı'nda", True),
    ("Toplum Mutfağı her gün yemek veriyor.", "Toplum Mutfağı", True),
    ("Mehmet Demirci bize yardım etti.", "Mehmet Demirci", False),
    ("Hasan Masal bize yardım etti.", "Hasan Masal", False),
    ("Kılıç Demirci bize yardım etti.", "Kılıç Demirci", False),  # a surname ending in -i is no possessive
    ("Koruma Masası Ayşe'ye yardım etti.", "Koruma Masası Ayşe'ye", False),  # a given name after it
])
def test_a_turkish_possessive_compound_of_ordinary_nouns_is_no_name(
        analysis_engine, text: str, phrase: str, generic: bool) -> None:
    assert turkish_compound(text, _span(text, phrase), _rules(analysis_engine, text)) is generic


@pytest.mark.parametrize("text, phrase, generic", [
    ("Hope Kitchen gives us a hot meal every Friday.", "Hope Kitchen", True),
    ("We slept at Grace House for two nights.", "Grace House", True),
    ("El Centro Esperanza nos dio ropa y comida.", "Centro Esperanza", True),
    ("Grace Atieno said the kitchen opens at nine.", "Grace Atieno", False),
    ("We slept at Nairobi House for two nights.", "Nairobi House", False),  # a town is no ordinary word
    ("Vivimos en Casa Grande desde hace un año.", "Casa Grande", False),  # a town of the gazetteer
])
def test_a_facility_noun_and_an_ordinary_word_name_a_facility(
        analysis_engine, text: str, phrase: str, generic: bool) -> None:
    assert named_facility(text, _span(text, phrase), _rules(analysis_engine, text)) is generic


@pytest.mark.parametrize("word, generic", [("AzG", True), ("MdM", True), ("MSF", False), ("Goma", False),
                                           ("McAllen", False)])
def test_a_mixed_case_acronym_is_no_place(analysis_engine, word: str, generic: bool) -> None:
    text = f"{word} kwam gisteren met dekens."
    assert mixed_acronym(text, _span(text, word, "LOCATION"), _rules(analysis_engine, text)) is generic


def test_an_ordinary_word_the_ner_calls_an_organisation_after_de_is_no_place(spans_of) -> None:
    assert spans_of("On n'a plus de Pain depuis deux jours.") == []
    assert ("Dakar", "LOCATION") in spans_of("Le pain vient de Dakar.")


def test_a_weak_town_the_ner_calls_an_organisation_after_in_stays(spans_of) -> None:
    text = "Gisteren kwam Arno Lenaerts naar het uitdeelpunt in Doorn en kreeg niets."
    assert ("Doorn", "LOCATION") in spans_of(text)
