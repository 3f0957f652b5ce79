"""Names told by the shape of their words (surname_shapes.py, unseen_names.py) on the shipped lexicon.

Names here are made up for the tests; none comes from the evaluation set.
"""

from __future__ import annotations

import pytest

from shared_code.anonymization.names import LexiconRecognizer


def people(language: str, text: str) -> list[str]:
    results = LexiconRecognizer(language).analyze(text, ["PERSON", "LOCATION"])
    return [text[r.start : r.end] for r in results if r.entity_type == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("تحدثت مع يمينة حمادوش أمس عن المساعدة", "يمينة حمادوش"),
    ("قالت لي زهيرة عثماني إن الماء مقطوع", "زهيرة عثماني"),
    ("تحدثنا مع فتيحة بوشامة عن الخيمة", "فتيحة بوشامة"),
])
def test_an_arabic_feminine_given_name_before_a_maghreb_family_name_is_a_name(text: str, name: str) -> None:
    assert people("ar", text) == [name]


@pytest.mark.parametrize("text", ["وصلت مساعدة غذائية واحدة", "زرنا خيمة عائلتي أمس", "هذه سيارة أبي",
                                  "بطاقة زوجي لا تعمل"])
def test_an_arabic_noun_before_its_adjective_or_a_possessive_is_no_name(text: str) -> None:
    assert people("ar", text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("حسن عبد الله المصري لم يحصل على الدواء", "حسن عبد الله المصري"),   # الله alone is a stop word
    ("زوجي ياسين عبد اللطيف مريض", "ياسين عبد اللطيف"),
    ("ساعدتنا أم محمود في نقل الخيمة", "أم محمود"),                       # a kunya is part of the name
    ("أم حسين تسأل عن موعد التوزيع", "أم حسين تسأل"),                     # with an unknown word, as a name run
])
def test_an_arabic_abd_compound_or_kunya_belongs_to_the_name(text: str, name: str) -> None:
    assert name in people("ar", text)


@pytest.mark.parametrize("text", ["هل تريدون خبزا أم أرزا؟", "أم الأطفال مريضة"])
def test_or_a_mother_is_no_kunya(text: str) -> None:
    assert not any(word in name.split() for name in people("ar", text) for word in ("أم",))


@pytest.mark.parametrize(("text", "name"), [
    ("قابلنا أريج المشاقبة عند المدرسة", "أريج المشاقبة"),      # a rarer given name and a rare surname
    ("جاءت ديما البطاينة مع أطفالها", "ديما البطاينة"),
    ("تم تسجيل مؤيد الطراونة", "مؤيد الطراونة"),              # a lexicon surname that wordfreq knows
    ("جاءت سيلين الزيادنة مع أطفالها", "سيلين الزيادنة"),      # a clan plural no list knows
])
def test_an_arabic_family_name_no_list_knows_after_a_given_name_is_a_name(text: str, name: str) -> None:
    assert name in people("ar", text)


@pytest.mark.parametrize("text", ["وزارة التربية أغلقت المدرسة",
                                  "برنامج الحماية ساعد النساء", "وصلت المساعدة الغذائية أمس"])
def test_an_arabic_noun_phrase_of_ordinary_words_is_no_name(text: str) -> None:
    assert people("ar", text) == []


def test_an_arabic_name_run_starting_inside_a_town_is_no_name() -> None:
    results = LexiconRecognizer("ar").analyze("تم نقلنا إلى حاسي مسعود الأسبوع الماضي", ["PERSON", "LOCATION"])
    assert [r.entity_type for r in results] == ["LOCATION"]


def test_an_unseen_word_before_an_unknown_one_after_a_lower_case_word_is_a_name_in_german() -> None:
    assert people("de", "Heute hat Gundolf Trüb wieder angerufen.") == ["Gundolf Trüb"]
    assert people("de", "Die Essensausgabe hat Essensausgabe Verspätung.") == []  # a compound: two nouns
    assert people("de", "Wir fahren nach Quabeck Morgen.") == []  # after a place preposition


def test_a_shouted_unseen_word_before_an_unknown_one_is_a_name_in_german() -> None:
    assert people("de", "BITTE RUFEN SIE GUNDOLF TRÜB ZURÜCK.") == ["GUNDOLF TRÜB"]
    assert people("de", "BITTE SCHICKEN SIE HYGIENEKITS UND WINDELN") == []


def test_unseen_words_after_a_first_word_of_the_text_s_own_language_are_a_name() -> None:
    assert people("en", "Tumaini Wanjiku hajapata msaada bado.") == ["Tumaini Wanjiku"]  # tumaini: Swahili
    assert people("it", "Carte Prepagate bloccate da Venerdì.") == []  # carte: Italian, the routed language
    assert people("it", "Ieri Gundolf Trüb è venuto.") == ["Gundolf Trüb"]


@pytest.mark.parametrize(("text", "name"), [
    ("Dobrescu nu a primit nimic.", "Dobrescu"),
    ("Ieri Bârlădeanu a venit la birou.", "Bârlădeanu"),
    ("Am vorbit cu Pătrășcu despre card.", "Pătrășcu"),
])
def test_a_romanian_surname_ending_makes_a_surname(text: str, name: str) -> None:
    assert people("en", text) == [name]  # Romanian texts are routed to a neighbour's rules


@pytest.mark.parametrize(("text", "name"), [
    ("Rozmawiałem z Grzegorzem wczoraj.", "Grzegorzem"),
    ("Proszę przekazać pieniądze dla Zofii.", "Zofii"),
    ("Wczoraj byłam z Katarzyną Zawadzką w biurze.", "Katarzyną Zawadzką"),
])
def test_a_polish_case_form_of_a_popular_given_name_is_a_name(text: str, name: str) -> None:
    assert name in people("en", text)


@pytest.mark.parametrize("text", ["Rozmawialiśmy z Panią Dyrektor o tym.", "Pomoc z Fundacją była dobra.",
                                  "Spotkanie z Burmistrzem było w poniedziałek."])
def test_polish_case_forms_of_ordinary_words_are_no_names(text: str) -> None:
    assert people("en", text) == []
