"""Name forms read by the lexicon recogniser (name_forms.py) on the shipped lexicon.

Names here are made up for the tests; none comes from the evaluation set.
"""

from __future__ import annotations

import pytest

from shared_code.anonymization.lexicon import FIRST, get_lexicon, weak_bit
from shared_code.anonymization.name_forms import spelling_flags
from shared_code.anonymization.names import LexiconRecognizer


def people(language: str, text: str) -> list[str]:
    results = LexiconRecognizer(language).analyze(text, ["PERSON", "LOCATION"])
    return [text[r.start : r.end] for r in results if r.entity_type == "PERSON"]


def test_a_romanian_cedilla_spelling_reads_as_the_comma_below_form() -> None:
    lexicon = get_lexicon()
    assert lexicon.flags("ştefan") & weak_bit("ro")  # the cedilla spelling alone is weak in Romanian
    flags = spelling_flags(lexicon, "Ştefan", "ştefan")
    assert flags & FIRST and not flags & weak_bit("ro")
    assert spelling_flags(lexicon, "Ion", "ion") == lexicon.flags("ion")


def test_turkish_capital_dotted_and_dotless_i_are_read_as_turkish_letters() -> None:
    lexicon = get_lexicon()
    assert spelling_flags(lexicon, "İBRAHİM", "İBRAHİM".casefold()) == lexicon.flags("ibrahim") != 0
    assert people("en", "TEŞEKKÜRLER İBRAHİM!") == ["İBRAHİM"]


@pytest.mark.parametrize(("text", "name"), [
    ("تحدثت مع نديم الصفدوني أمس عن البطاقة", "نديم الصفدوني"),
    ("زارنا فادي المقدسي في الخيمة", "فادي المقدسي"),
    ("اتصلت سناء البيطارية بالمكتب", "سناء البيطارية"),
])
def test_an_arabic_given_name_and_a_nisba_with_the_article_are_a_name(text: str, name: str) -> None:
    assert name in people("ar", text)


@pytest.mark.parametrize("text", ["راجعنا وزارة التربية أمس", "نحتاج برنامج الحماية للأطفال",
                                  "الدعم النفسي مهم جدا", "قسم الطوارئ مغلق"])
def test_construct_phrases_and_adjectives_with_the_article_are_no_name(text: str) -> None:
    assert people("ar", text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Вчора приходив волонтер Панас Дзюбатий з документами.", "Панас Дзюбатий"),
    ("Допомогу отримала Надія Кривоніс минулого тижня.", "Надія Кривоніс"),
])
def test_a_capitalised_unknown_cyrillic_word_after_a_given_name_is_a_surname(text: str, name: str) -> None:
    assert people("uk", text) == [name]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("uk", "мене звати оксана лисенко, я з табору", "оксана лисенко"),
    ("de", "ich heiße jürgen brandhuber und wohne im Lager", "jürgen brandhuber"),
    ("it", "salve sono rosaria cantatore, non ho ricevuto il pacco", "rosaria cantatore"),
    ("uk", "живе бабуся ганна іванівна ковальчук, їй потрібні ліки", "ганна іванівна ковальчук"),  # a patronymic
    ("de", "könnt ihr silke brückner zurückrufen wegen dem antrag", "silke brückner"),  # a verb, unseen, stays out
])
def test_a_lower_case_surname_joins_a_lower_case_given_name(language: str, text: str, name: str) -> None:
    assert people(language, text) == [name]


def test_a_lower_case_ordinary_word_after_a_lower_case_name_stays() -> None:
    assert people("en", "pls help, jemma needs food") == ["jemma"]


def test_an_arabic_chain_goes_on_over_links_and_abd_takes_the_next_word() -> None:
    text = "أحمد بن محمد بن عبد الله ينتظر"
    assert people("ar", text) == ["أحمد بن محمد بن عبد الله"]


def test_a_lone_cedilla_spelling_of_a_romanian_given_name_is_found() -> None:
    assert people("ro", "Ieri a venit Ştefan la centru.") == ["Ştefan"]


@pytest.mark.parametrize(("text", "name"), [
    ("Передайте Олені, що картка готова.", "Олені"),
    ("Документи віддали Любові вчора.", "Любові"),
])
def test_a_cyrillic_given_name_that_is_a_word_is_a_name_after_a_lower_case_word(text: str, name: str) -> None:
    assert people("uk", text) == [name]


def test_a_cyrillic_given_name_that_is_a_word_at_a_sentence_start_is_no_name() -> None:
    assert people("uk", "Надія помирає останньою.") == []


def test_an_unknown_arabic_word_before_a_family_name_is_its_given_name() -> None:
    found = people("ar", "اتصلت يمينة بوزيد بالمكتب")
    assert len(found) == 1 and found[0].startswith("يمينة بوزيد")
    assert people("ar", "ووصل بوزيد") == ["بوزيد"]  # a conjunction-prefixed word starts no name
