"""Round 9b clean-text rules (trades with their ``of`` phrase, partitives, agreeing adjectives, feasts before
nouns, Dutch plurals: the modules each test names); made-up sentences, not the probes'."""

import pytest


def test_a_trade_and_its_of_phrase_is_no_place(spans_of) -> None:
    assert spans_of("Le Marchand de Fruits accepte les Bons.") == []


def test_a_town_after_a_trade_stays(spans_of) -> None:
    assert any("Lyon" in value and kind == "LOCATION" for value, kind in spans_of("Le Marchand de Lyon est gentil."))
