"""Ninth round: Turkish possessive compounds whose first noun is a given name that is a Turkish word, or
whose head is ``Evi`` (its house), which the lexicon holds as a Greek given name (facility_names
.turkish_compound); and given names that are Turkish words before a title (name_evidence.titled_names).
Made-up sentences written for these tests; each removal case failed before, and so did the titled names
(``Deniz Abisi``, ``Umut Hoca`` leaked before the round)."""

from __future__ import annotations

import pytest

from shared_code.anonymization.lexicon import MINOR_PLACE, PLACE, get_lexicon, normalise


@pytest.mark.parametrize("text, word", [
    ("Kızım her gün Misafir Evi'ne gidiyor.", "Evi"),  # the guest house
    ("Dün Barış Çadırı'nda toplantı yapıldı.", "Barış"),  # the Peace tent
])
def test_turkish_compounds_with_name_words_are_no_person(spans_of, text: str, word: str) -> None:
    assert not any(word in value for value, _ in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, name", [
    ("Ayşe Evi'ne gittik, kapı kapalıydı.", "Ayşe"),  # a name that is no Turkish word
    ("Dün Deniz Abisi kömür getirdi.", "Deniz"),  # brother Deniz: a noun for the name's bearer
    ("Dün Evi Papadopoulos geldi.", "Evi Papadopoulos"),
])
def test_names_before_turkish_heads_stay(spans_of, text: str, name: str) -> None:
    assert any(name in value for value, _ in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, name", [
    ("Dün Umut Hoca kitap getirdi.", "Umut"),  # teacher Umut: umut is hope
])
def test_names_before_turkish_titles_are_people(spans_of, text: str, name: str) -> None:
    assert any(name in value and kind == "PERSON" for value, kind in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, word", [
    ("Bu ay PTT'den Maaş Kartı alamadık.", "Maaş"),  # an acronym with a case suffix is no given name
    ("Dün SMS'le Randevu Saati geldi.", "Randevu"),
])
def test_acronyms_with_a_case_suffix_start_no_name(spans_of, text: str, word: str) -> None:
    assert not any(word in value for value, _ in spans_of(text)), spans_of(text)


def test_a_shouted_name_with_a_dotted_capital_is_found(spans_of) -> None:
    """``ALİ`` case-folds to ``ali`` and a combining dot, which the lexicon's keys lack."""
    assert any("İBRAHİM" in value for value, _ in spans_of("İBRAHİM KAYA ÇADIRDA KALIYOR, YARDIM EDİN"))



@pytest.mark.parametrize("town", ["GAZİANTEP", "DİYARBAKIR", "KİLİS", "İdlib"])
def test_a_town_with_a_dotted_capital_is_in_the_gazetteer(town: str) -> None:
    """A dotted capital inside a shouted town case-folds to a combining dot, and some gazetteer keys lack
    the dot of an initial ``İ`` (``idlib``): the place lookup tries the key without it."""
    assert get_lexicon().place_flags(normalise(town)) & (PLACE | MINOR_PLACE)
