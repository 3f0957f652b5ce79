"""Unseen words listed with goods are items, not places (item_lists.py): made-up feedback sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("Nous demandons : Matelas, Ventilateurs, Répulsif et Lampes Solaires.", "Répulsif"),
    ("Il Kit Scuola contiene Zaino, Quaderni, Pastelli e Righello.", "Righello"),
    ("Cerem: Saltele, Ventilatoare, Pături și Lămpi Solare.", "Ventilatoare"),
])
def test_unseen_words_listed_with_goods_are_not_places(spans_of, text: str, word: str) -> None:
    assert not any(word in value for value, _ in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, place", [
    ("Cantabria y Navarra tienen menos ayudas.", "Cantabria"),  # regions listed together
    ("Calabria e Puglia hanno pochi centri.", "Calabria"),
    ("Wir wohnen in Sachsen, in der Nähe von Chemnitz.", "Sachsen"),  # after a preposition; German nouns
])
def test_places_listed_with_places_stay(spans_of, text: str, place: str) -> None:
    assert any(place in value for value, _ in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, words", [
    ("Bravo à l'Équipe de Santé Mentale pour l'Atelier sur le Deuil.", "Santé Mentale"),  # ordinary words
    ("Les Réfugiés demandent plus de Bois de Chauffe pour l'Hiver.", "Chauffe"),
    ("Suggestion : ajouter des Serviettes Hygiéniques dans les Kits Dignité.", "Hygiéniques"),  # a plural head
])
def test_common_noun_phrases_are_no_places(spans_of, text: str, words: str) -> None:
    assert not any(words in value for value, _ in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, place", [
    ("Vila Nova de Gaia tem um centro novo.", "Vila Nova de Gaia"),  # a gazetteer place made of words
    ("Mąż pracuje w Gdańsku, a ja w Gdyni.", "Gdańsku"),  # inflected forms do not count
    ("porfa vivo en calle mayor 12 sin agua", "calle mayor 12"),  # a street: lower case, a number
])
def test_places_made_of_ordinary_words_stay(spans_of, text: str, place: str) -> None:
    assert any(place in value for value, _ in spans_of(text)), spans_of(text)
