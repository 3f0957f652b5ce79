"""Romanian names written with ``ș ț ă â î`` (comma below) or the cedilla letters, read through the lexicon's
other spellings (name_spellings.py). Names here are made up for the tests."""

from __future__ import annotations

import pytest

from shared_code.anonymization.lexicon import FIRST, LAST, get_lexicon, normalise
from shared_code.anonymization.name_words import known_word_test
from shared_code.anonymization.names import LexiconRecognizer
from shared_code.anonymization.name_spellings import respelled, respelled_flags


def people(language: str, text: str) -> list[str]:
    results = LexiconRecognizer(language).analyze(text, ["PERSON", "LOCATION"])
    return [text[r.start : r.end] for r in results if r.entity_type == "PERSON"]


@pytest.mark.parametrize(("word", "bit"), [("ionuț", FIRST), ("ionuţ", FIRST), ("răzvan", FIRST), ("dragoș", FIRST),
                                           ("chiriță", LAST)])
def test_a_romanian_spelling_the_lexicon_lacks_reads_as_its_other_spelling_or_folded_form(word: str, bit: int) -> None:
    lexicon = get_lexicon()
    assert not lexicon.flags(normalise(word))
    assert respelled_flags(lexicon, normalise(word)) & bit


@pytest.mark.parametrize("word", ["île", "âme", "păun", "pâine", "oraș", "ţară", "kuş", "irmã", "güneş", "păunul"])
def test_ordinary_words_and_words_of_other_languages_are_not_folded_into_names(word: str) -> None:
    assert respelled_flags(get_lexicon(), normalise(word)) == 0


def test_a_respelled_name_is_as_rare_as_an_unseen_word() -> None:
    assert respelled("tănase") and not respelled("tanase") and not respelled("cojocaru")


@pytest.mark.parametrize(("text", "name"), [
    ("Ionuț Pavel spune că nu merge cardul.", "Ionuț Pavel"),
    ("Mulțumim lui Dragoș pentru pături.", "Dragoș"),
    ("voluntarul ionuț olteanu a fost foarte nepoliticos", "ionuț olteanu"),
])
def test_romanian_names_with_diacritics_are_found(text: str, name: str) -> None:
    assert name in people("en", text)


def test_a_respelled_surname_after_a_given_name_is_read_as_an_unseen_one() -> None:
    assert "florin tănase" in people("en", "mulțumim lui florin tănase pentru ajutor")


def test_a_romanian_name_starting_a_sentence_is_a_known_word() -> None:
    assert known_word_test()("Ionuț") and known_word_test()("RĂZVAN") and not known_word_test()("Pâinea")


@pytest.mark.parametrize(("word", "stem"), [("yusufu", "yusuf"), ("mariamu", "mariam"), ("zainabu", "zainab"),
                                            ("rashidi", "rashid")])
def test_a_swahili_spelling_of_an_arabic_given_name_is_a_given_name(word: str, stem: str) -> None:
    lexicon = get_lexicon()
    assert lexicon.flags(stem) & FIRST and not lexicon.flags(word) & FIRST
    assert respelled_flags(lexicon, word, lexicon.flags(word)) & FIRST


@pytest.mark.parametrize("word", ["hakimu", "rafiki", "safari", "sabuni", "wakili"])
def test_swahili_ordinary_words_ending_so_stay_words(word: str) -> None:
    lexicon = get_lexicon()
    assert not respelled_flags(lexicon, word, lexicon.flags(word)) & FIRST


@pytest.mark.parametrize(("text", "name"), [
    ("mpigieni simu mariamu nyambura kuhusu fomu", "mariamu nyambura"),
    ("zainabu akinyi anasema kadi haifanyi kazi", "zainabu akinyi"),
    ("nimeongea na yusufu kiprop jana", "yusufu kiprop"),
])
def test_lower_case_swahili_names_with_an_arabic_stem_are_found(text: str, name: str) -> None:
    assert name in people("en", text)


def test_a_romanian_possessive_after_a_context_word_is_no_given_name() -> None:
    assert people("en", "vecina noastră ștefania neagu nu are apă") == ["ștefania neagu"]
