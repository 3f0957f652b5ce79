"""Streets that only their house number marks (named_addresses.py): made-up names and numbers."""

from __future__ import annotations

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.named_addresses import numbered_names
from shared_code.anonymization.span_types import Candidate


def _grown(text: str, name: str, entity_type: str) -> str:
    start = text.index(name)
    (span,) = numbered_names(text, [Candidate(start, start + len(name), entity_type, 0.9, "test")])
    return f"{text[span.start : span.end]}|{span.entity_type}"


@pytest.mark.parametrize("text, name, entity_type, street", [
    ("Mieszkamy przy Modrzewiowa 12 od roku.", "Modrzewiowa", "LOCATION", "Modrzewiowa 12"),
    ("Mój adres: Jaśminowa 5 m. 3, proszę o pomoc.", "Jaśminowa", "LOCATION", "Jaśminowa 5 m. 3"),
    ("Paczka przyszła na Jana Pawła II 14, ale nikt nie odebrał.", "Jana Pawła", "PERSON", "Jana Pawła II 14"),
    ("أرسلوا المساعدات إلى سالم بن حمدان 7 ولم تصل.", "سالم بن حمدان", "PERSON", "سالم بن حمدان 7"),
    ("العنوان: منير الشامي 14", "منير الشامي", "PERSON", "منير الشامي 14"),
    ("Adresa mea este Florilor 22.", "Florilor", "LOCATION", "Florilor 22"),
])
def test_a_name_a_house_number_marks_is_a_street(text: str, name: str, entity_type: str, street: str) -> None:
    assert _grown(text, name, entity_type) == f"{street}|LOCATION"


@pytest.mark.parametrize("text, name, entity_type", [
    ("Meine Tochter Hannelore 12 ist krank.", "Hannelore", "PERSON"),     # no place preposition: an age
    ("My son Tobiah, 12, is sick.", "Tobiah", "PERSON"),                  # a comma: an age
    ("Mieszkam w Krakowie 3 lata.", "Krakowie", "LOCATION"),              # a count
    ("W Gdańsku 2 dzieci zachorowało.", "Gdańsku", "LOCATION"),           # people
    ("Wir kamen in Passau 2019 an.", "Passau", "LOCATION"),                # a year
    ("Nous étions à Lyon 5 fois.", "Lyon", "LOCATION"),                   # a count
    ("Rodzina z Opola 4 osoby czeka.", "Opola", "LOCATION"),
])
def test_no_street(text: str, name: str, entity_type: str) -> None:
    assert _grown(text, name, entity_type) == f"{name}|{entity_type}"


def test_a_number_that_another_span_holds_stays_there() -> None:
    text = "przy Modrzewiowa 600 700 800 dzwonić"
    start = text.index("Modrzewiowa")
    phone = Candidate(text.index("600"), len(text) - len(" dzwonić"), "PHONE_NUMBER", 0.9, "test")
    spans = numbered_names(text, [Candidate(start, start + 11, "LOCATION", 0.9, "test"), phone])
    assert spans[0].end == start + 11 and spans[1] == phone


@pytest.mark.parametrize("text, name", [("The meeting is in Room 3 at 10.", "Room"), ("Esperámos na Fila 3 durante 5 horas.", "Fila"),
                                        ("Spotkanie jest w Sali 3 o 10.", "Sali")])
def test_a_numbered_room_is_no_street_even_when_a_name_rule_took_the_word(text: str, name: str) -> None:
    assert _grown(text, name, "LOCATION") == f"{name}|LOCATION"


def test_arabic_words_the_name_rules_left_out_stay_in_the_street() -> None:
    text = "أرسلوا المساعدات إلى سالم بن حمدان الكعبي 7 ولم تصل."
    assert _grown(text, "سالم بن حمدان", "PERSON") == "سالم بن حمدان الكعبي 7|LOCATION"
    counted = "ذهبت إلى سالم بن حمدان أمس 3 مرات."
    assert _grown(counted, "سالم بن حمدان", "PERSON") == "سالم بن حمدان|PERSON"
    no_place = "اتصل سالم بن حمدان الكعبي 7 مرات."
    assert _grown(no_place, "سالم بن حمدان", "PERSON") == "سالم بن حمدان|PERSON"
