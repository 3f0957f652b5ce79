"""Positions where a capitalised word is no place: after a preposition of means or a thanking phrase."""

import pytest

from shared_code.anonymization.place_contexts import instrument_or_thanked


def _word(text: str, word: str) -> tuple[str, int, int]:
    start = text.index(word)
    return text, start, start + len(word)


@pytest.mark.parametrize("text, word", [
    ("Pagamos con Bizum pero no llegó el dinero.", "Bizum"),
    ("Ho pagato con Satispay ma i soldi non sono arrivati.", "Satispay"),
    ("Am plătit prin Revolut dar banii nu au ajuns.", "Revolut"),
    ("Gracias a Unicef por las vacunas.", "Unicef"),
    ("Obrigada à Unicef pelas vacinas.", "Unicef"),
    ("Merci à la Fondation Abbé Pierre pour les repas.", "Fondation Abbé Pierre"),
])
def test_means_and_thanked_agencies_are_no_places(text: str, word: str) -> None:
    assert instrument_or_thanked(*_word(text, word))


@pytest.mark.parametrize("text, word", [
    ("La frontera con Venezuela está cerrada.", "Venezuela"),  # a gazetteer town or country stays
    ("Am trecut prin Cluj fără bani.", "Cluj"),
    ("Gracias a Medellín por acogernos.", "Medellín"),
    ("Vivimos en Putumayo con los niños.", "Putumayo"),  # no means, no thanks before it
    ("Abito in via Roma vicino alla stazione.", "Roma"),  # via is a street word, not a preposition here
])
def test_places_in_other_positions_stay(text: str, word: str) -> None:
    assert not instrument_or_thanked(*_word(text, word))


def test_engine_keeps_a_town_after_thanks_and_drops_a_payment_service(spans_of) -> None:
    assert ("Medellín", "LOCATION") in spans_of("Gracias a Medellín por acogernos.")
    assert spans_of("Pagamos con Bizum pero no llegó el dinero.") == []
