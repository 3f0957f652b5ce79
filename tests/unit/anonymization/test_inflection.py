"""Nominative candidates of inflected Polish town names (no lexicon needed)."""

from __future__ import annotations

import pytest

from shared_code.anonymization.inflection import nominatives


@pytest.mark.parametrize("inflected, nominative", [
    ("krakowie", "kraków"), ("krakowa", "kraków"), ("gdańska", "gdańsk"), ("gdańsku", "gdańsk"),
    ("wrocławiu", "wrocław"), ("lublinie", "lublin"), ("poznaniu", "poznań"), ("warszawy", "warszawa"),
    ("warszawie", "warszawa"), ("katowicach", "katowice"), ("katowic", "katowice"), ("gdyni", "gdynia"),
    ("opola", "opole"), ("rzeszowa", "rzeszów"),
])
def test_regular_case_endings_are_undone(inflected: str, nominative: str) -> None:
    assert nominative in nominatives(inflected)


def test_no_candidate_without_an_ending_or_a_stem() -> None:
    assert nominatives("gdańsk") == []  # no case ending
    assert nominatives("la") == []  # the stem would be shorter than two letters
    assert "kraków" not in nominatives("kraków")


def test_the_o_to_o_acute_alternation_is_tried() -> None:
    assert "łódź" in nominatives("łodzi")


@pytest.mark.parametrize("inflected, nominative", [
    ("sosnowca", "sosnowiec"), ("sosnowcu", "sosnowiec"), ("lublińcem", "lubliniec"), ("włocławka", "włocławek"),
    ("włocławku", "włocławek"),
])
def test_the_fleeting_e_is_restored(inflected: str, nominative: str) -> None:
    assert nominative in nominatives(inflected)


@pytest.mark.parametrize("inflected, nominative", [
    ("gnieźnie", "gniezno"), ("krośnie", "krosno"), ("kutnie", "kutno"), ("jaśle", "jasło"),
    ("ostrołęce", "ostrołęka"), ("łańcucie", "łańcut"),
])
def test_the_softened_locative_is_undone(inflected: str, nominative: str) -> None:
    assert nominative in nominatives(inflected)
