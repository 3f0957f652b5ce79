"""German surnames that are nouns, standing bare (:mod:`shared_code.anonymization.german_surnames`), read
by the lexicon recogniser: made-up people of ``name_probes_lower.py``."""

from __future__ import annotations

import pytest

from shared_code.anonymization.names import LexiconRecognizer


def people(text: str) -> list[str]:
    return [text[r.start : r.end] for r in LexiconRecognizer("de").analyze(text, ["PERSON"]) if r.entity_type == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Mit Koch gesprochen, er will einen Termin.", "Koch"),
    ("Die Tochter von Weber geht nicht mehr zur Schule.", "Weber"),
    ("Telefonat mit Seidel: Karte kommt nächste Woche.", "Seidel"),
    ("Für Bauer gibt es noch keine Wohnung.", "Bauer"),
    ("Gestern rief Wolf zweimal an.", "Wolf"),
])
def test_a_bare_noun_surname_is_found(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "Heute kam Post vom Amt.",  # a mass noun goes bare after kam
    "Hat Post schon geöffnet?",
    "Mit Strom geht es besser.",
    "Bei Regen ist der Weg nass.",
    "Der Koch in der Küche ist nett.",  # an article: the noun
    "Gestern rief der Bauer an.",
])
def test_a_noun_is_no_surname(text: str) -> None:
    assert people(text) == []
