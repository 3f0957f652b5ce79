"""Runs of name words (names.py) on the shipped lexicon: particles, given names before surnames, unseen
surnames after any name word.

Names here are made up for the tests; none comes from the evaluation set.
"""

from __future__ import annotations

import pytest

from shared_code.anonymization.names import LexiconRecognizer


def people(language: str, text: str) -> list[str]:
    results = LexiconRecognizer(language).analyze(text, ["PERSON", "LOCATION"])
    return [text[r.start : r.end] for r in results if r.entity_type == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Ieri è venuto Calogero Lo Presti allo sportello.", "Calogero Lo Presti"),
    ("Ho parlato con Rosalba Dalla Valle ieri.", "Rosalba Dalla Valle"),
    ("La signora Dal Molin non ha ricevuto nulla.", "Dal Molin"),
])
def test_italian_surname_particles_belong_to_the_name(text: str, name: str) -> None:
    assert name in people("it", text)


def test_an_ordinary_word_before_a_strong_surname_is_its_given_name_where_nouns_are_lower_case() -> None:
    assert people("it", "Ringrazio molto Tancredi Bevilacqua per l'aiuto.") == ["Tancredi Bevilacqua"]


def test_an_unseen_word_after_a_surname_that_is_an_ordinary_word_is_a_name() -> None:
    assert people("en", "Nimeongea na Bahati Mwakyusa leo.") == ["Bahati Mwakyusa"]


@pytest.mark.parametrize(("text", "name"), [
    ("Kiongozi wetu ni Hekima Barasa.", "Hekima Barasa"),
    ("Nimeongea na Tumaini Kiprotich jana.", "Tumaini Kiprotich"),
])
def test_an_unknown_capitalised_word_after_a_lower_case_one_and_before_an_unseen_one_is_a_name(text: str, name: str) -> None:
    assert people("en", text) == [name]


def test_a_title_case_item_list_stays() -> None:
    assert people("en", "tulipata Chakula na Maji jana.") == []


def test_an_unseen_word_and_a_capitalised_word_after_a_lower_case_one_are_a_name() -> None:
    assert people("it", "Ieri è venuto Gundolf Trüb allo sportello.") == ["Gundolf Trüb"]
    assert people("de", "Heute hat Essensausgabe Verspätung gehabt.") == []  # German: two nouns


@pytest.mark.parametrize(("text", "name"), [
    ("Bitte Jäckel, Irmgard zurückrufen.", "Jäckel, Irmgard"),
    ("Liste: Wesack, Hannelore (Zelt 4)", "Wesack, Hannelore"),
])
def test_a_surname_comma_given_name_is_one_name(text: str, name: str) -> None:
    assert people("de", text) == [name]


def test_a_greeting_before_a_comma_and_a_given_name_stays() -> None:
    assert people("de", "Danke, Irmgard, für alles.") == ["Irmgard"]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("it", "Ieri Gundolf Trüb è venuto.", "Gundolf Trüb"),  # after a sentence's first word, a capital marks a name
    ("it", "Oggi Ermenegilda Gentile è venuta.", "Ermenegilda Gentile"),
    ("en", "Dün Zerrinnaz Manav geldi.", "Zerrinnaz Manav"),  # an unseen given name before a weak one
])
def test_names_right_after_a_sentences_first_word(language: str, text: str, name: str) -> None:
    assert people(language, text) == [name]


def test_title_case_items_after_a_sentences_first_word_stay() -> None:
    assert people("it", "Oggi Distribuzione Pacchi Alimentari al Centro.") == []
