"""The lexicon layer (names.py, lexicon.py) on a small hand-made lexicon, and on the shipped one.

Names here are written for the tests; none comes from the evaluation set.
"""

from __future__ import annotations

import pytest

from shared_code.anonymization.lexicon import (
    FIRST, FIRST_POPULAR, LAST, LOWER, PLACE, LEXICON_PATH, Lexicon, load, normalise, weak_bit, weak_place_bit,
)
from shared_code.anonymization.name_words import known_name_test
from shared_code.anonymization.names import LexiconRecognizer

F, L = FIRST | FIRST_POPULAR, LAST
TOY = Lexicon({normalise(word): flags for word, flags in {
    "wanjiru": F | LOWER, "kamau": L, "odette": F, "brandt": L, "grace": F | weak_bit("en"), "mwangi": L,
    "hope": F | weak_bit("en"), "оксана": F, "оксану": F, "коваль": L, "أحمد": F, "خطيب": L, "حلب": PLACE,
    "nakuru": PLACE, "dar_es_salaam": PLACE, "nice": PLACE | weak_place_bit("en"), "paris": F | PLACE,
}.items()})


def found(language: str, text: str) -> list[tuple[str, str]]:
    results = LexiconRecognizer(language, lexicon=TOY).analyze(text, ["PERSON", "LOCATION"])
    return [(text[r.start : r.end], r.entity_type) for r in results]


@pytest.mark.parametrize("text", ["Yesterday Wanjiru Kamau came to the office.", "Wanjiru Kamau came yesterday.",
                                  "the office called Wanjiru Kamau"])
def test_a_name_is_found_in_any_position_without_a_cue(text: str) -> None:
    assert found("en", text) == [("Wanjiru Kamau", "PERSON")]


@pytest.mark.parametrize("text", ["Gestern kam Odette Brandt zur Ausgabe.", "Odette Brandt kam gestern zur Ausgabe."])
def test_german_names_are_found_in_both_word_orders(text: str) -> None:
    assert found("de", text) == [("Odette Brandt", "PERSON")]


def test_a_rarer_surname_after_a_known_given_name_joins_the_name() -> None:
    assert found("en", "I met Odette Zylberstein today") == [("Odette Zylberstein", "PERSON")]


def test_a_name_that_is_an_ordinary_word_needs_more_evidence() -> None:
    assert found("en", "Hope the pump is fixed. By Grace of God.") == []
    assert found("en", "I met Grace Mwangi there.") == [("Grace Mwangi", "PERSON")]


def test_lower_case_names_only_when_rare_as_words() -> None:
    assert found("en", "pls help, wanjiru from the blue tent") == [("wanjiru", "PERSON")]
    assert found("en", "we hope grace comes") == []  # grace is a name, but an ordinary English word


def test_ukrainian_case_forms_and_arabic_clitics() -> None:
    assert found("uk", "Я бачив Оксану Коваль вчора") == [("Оксану Коваль", "PERSON")]
    assert found("ar", "تحدثت مع أحمد خطيب وأحمد") == [("أحمد خطيب", "PERSON"), ("وأحمد", "PERSON")]
    assert found("ar", "نسكن في حلب") == [("حلب", "LOCATION")]


def test_arabic_diacritics_are_ignored() -> None:
    assert normalise("أَحْمَد") == normalise("احمد") == normalise("أحمد".replace("أ", "ا"))


def test_places_one_to_three_words_and_ordinary_words_excluded() -> None:
    assert found("en", "We moved from Nakuru to Dar es Salaam.") == [("Nakuru", "LOCATION"), ("Dar es Salaam", "LOCATION")]
    assert found("en", "It was Nice of them.") == []


def test_a_town_that_is_also_a_name_is_a_place_after_a_preposition() -> None:
    assert found("en", "We fled from Paris last year") == [("Paris", "LOCATION")]
    assert found("en", "Yesterday Paris Brandt called") == [("Paris Brandt", "PERSON")]


def test_known_name_test_uses_the_weak_list_of_the_language() -> None:
    test = known_name_test("en", TOY)
    assert test("Odette") and not test("Grace") and not test("Nakuru")


def test_the_shipped_lexicon_loads_and_knows_names_in_three_scripts() -> None:
    lexicon = load(LEXICON_PATH)
    for word in ("maria", "mohammed", "олена", "олену", "محمد", "nairobi", "київ", "києві"):
        assert lexicon.flags(normalise(word)), word


def test_an_unknown_word_joins_a_known_name_on_either_side() -> None:
    assert found("tr", "Gönüllü Zeynelgül Brandt para istedi.") == [("Zeynelgül Brandt", "PERSON")]
    assert found("ar", "جاء أحمد بلقاسمي إلى المركز") == [("أحمد بلقاسمي", "PERSON")]


def test_shouted_names_are_names_but_acronyms_are_not() -> None:
    assert found("en", "THANK YOU WANJIRU KAMAU FOR THE FOOD!!") == [("WANJIRU KAMAU", "PERSON")]
    assert found("en", "The IP and UNHCR office of Odette Brandt") == [("Odette Brandt", "PERSON")]


def test_a_rarer_surname_after_particles_joins_the_name() -> None:
    assert found("nl", "Vrijwilliger Odette van den Zylberstein vroeg geld.") == [("Odette van den Zylberstein", "PERSON")]


def test_an_arabic_noun_phrase_of_a_rarer_name_and_an_article_word_is_not_a_person() -> None:
    lexicon = Lexicon({normalise("شروق"): FIRST, normalise("الشمس"): FIRST | LAST, normalise("أحمد"): F})  # as in the lexicon
    recognizer = LexiconRecognizer("ar", lexicon=lexicon)
    for text, expected in (("يبدأ قبل شروق الشمس.", []), ("جاء أحمد الشمس.", ["أحمد الشمس"])):
        assert [text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"])] == expected
