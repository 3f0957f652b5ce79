"""Ukrainian grammar that tells a common-noun phrase from a place or a person (:mod:`ukrainian_phrases`):
the instrumental after ``з`` ("with"), a capitalised adjective agreeing with the lower-case noun after it."""

from __future__ import annotations

import pytest

from shared_code.anonymization.location import LocationCueRecognizer
from shared_code.anonymization.ukrainian_phrases import adjective_and_noun

_RECOGNIZER: list[LocationCueRecognizer] = []


def _places(text: str) -> list[str]:
    if not _RECOGNIZER:
        _RECOGNIZER.append(LocationCueRecognizer("uk"))
    return [text[r.start : r.end] for r in _RECOGNIZER[0].analyze(text, ["LOCATION"])]


@pytest.mark.parametrize("text", [
    "Волонтери приїхали з Водою, Милом і Ковдрами.",   # with water (instrumental), not from a place
    "Проблема з Опаленням триває місяць.",             # neuter -ням
    "Прийшли із Продуктами для дітей.",                # plural -ами
    "Направили з Фельдшерського пункту до лікарні.",   # genitive adjective + genitive noun
    "Ми звернулися до Гуманітарного центру.",
    "В Міській раді сказали чекати.",                  # locative feminine adjective + noun
])
def test_common_noun_phrases_after_a_preposition_are_no_place(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize("text, place", [
    ("Евакуювали з Білої Церкви вчора.", "Білої Церкви"),  # every word capitalised: a place name
    ("Ми живемо у Вишневому досі.", "Вишневому"),           # an adjective town of the gazetteer (Вишневе)
])
def test_places_stay(text: str, place: str) -> None:
    assert place in _places(text)


def test_adjective_and_its_noun_is_no_person() -> None:
    text = "Громадська кухня працює лише вранці."
    assert adjective_and_noun(text, 0, len("Громадська"), "PERSON")
    text = "Міське управління мовчить."
    assert adjective_and_noun(text, 0, len("Міське"), "PERSON")


@pytest.mark.parametrize("text", ["Ковальська сказала, що кухні немає.", "Ковальська Ірина прийшла.",
                                  "Ковальська працює в лікарні."])
def test_surname_before_a_verb_or_name_stays(text: str) -> None:
    assert not adjective_and_noun(text, 0, len("Ковальська"), "PERSON")


def test_zi_is_a_place_preposition_and_takes_the_instrumental_too() -> None:
    # ``зі`` is the form of ``з`` before some consonant clusters: from Lviv, but with candles
    assert "Львова" in _places("Родина приїхала зі Львова минулого тижня.")
    assert _places("Сусіди поділилися зі Свічками, коли не було світла.") == []
