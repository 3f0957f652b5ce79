"""Romanian surname endings make a surname even of a word the name lists hold as a given name only
(name_forms.ROMANIAN_SURNAME). Made-up sentences."""

from __future__ import annotations

import pytest

from shared_code.anonymization.name_forms import ROMANIAN_SURNAME


@pytest.mark.parametrize("text, name", [
    ("URGENT CONSTANTIN DUMITRESCU NU MAI ARE MEDICAMENTE", "CONSTANTIN DUMITRESCU"),  # shouted; Dumitrescu: a "given name"
    ("Constantin Dumitrescu nu a primit cardul.", "Constantin Dumitrescu"),
])
def test_a_given_name_and_a_romanian_surname_are_a_person(spans_of, text: str, name: str) -> None:
    assert (name, "PERSON") in spans_of(text), spans_of(text)


def test_the_endings() -> None:
    assert all(ROMANIAN_SURNAME.match(w) for w in ("dumitrescu", "pătrășcu", "munteanu", "ardeleanu"))
    assert not any(ROMANIAN_SURNAME.match(w) for w in ("escu", "seanu", "constantin", "medicamente"))
