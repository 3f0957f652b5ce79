"""PERSON names introduced by cues, per language (no spaCy model needed).

Names here are deliberately not from the corpus lists: the cues must work for any name.
"""

from __future__ import annotations

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.cues import PERSON_CUES, PersonCues
from shared_code.anonymization.person import PersonCueRecognizer

_RECOGNIZERS: dict[str, PersonCueRecognizer] = {}


def names(language: str, text: str) -> list[str]:
    recognizer = _RECOGNIZERS.setdefault(language, PersonCueRecognizer(language))
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"])]


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "My name is Tendai Moyo and I live in block C.", ["Tendai Moyo"]),
        ("en", "Caller: Wanjiru Kamau, +254 712 345678.", ["Wanjiru Kamau"]),
        ("en", "The water committee chairperson is Mr Obiageli Nwosu.", ["Obiageli Nwosu"]),
        ("en", "My neighbour Dmitri O'Connell has the same problem.", ["Dmitri O'Connell"]),
        ("en", "The registration officer was Dr. Kofi Boateng.", ["Kofi Boateng"]),
        ("en", "Thank you. Signed, Aroha.", ["Aroha"]),
        ("en", "Please ask for Tatiana when you call.", ["Tatiana"]),
        ("fr", "Je m'appelle Ousmane Sembène, du bloc 4.", ["Ousmane Sembène"]),
        ("fr", "L'agent d'enregistrement était Mme Ndeye Fatou Sarr.", ["Ndeye Fatou Sarr"]),
        ("fr", "Ma voisine Héloïse a le même problème.", ["Héloïse"]),
        ("fr", "Le propriétaire s'appelle Gérard de la Fontaine.", ["Gérard de la Fontaine"]),
        ("es", "Me llamo Itzel Xochitl Ramírez.", ["Itzel Xochitl Ramírez"]),
        ("es", "Quien me registró fue Sra. Quispe.", ["Quispe"]),
        ("es", "Mi vecina Yamileth tiene el mismo problema.", ["Yamileth"]),
        ("nl", "Mijn naam is Sanne Visser; bel mij terug.", ["Sanne Visser"]),
        ("nl", "We zijn geholpen door mevrouw van den Broek.", ["van den Broek"]),
        ("nl", "Bram vraagt om teruggebeld te worden.", ["Bram"]),
        ("de", "Mein Name ist Hannelore Brückner.", ["Hannelore Brückner"]),
        ("de", "Der Vermieter heißt Joachim Lang.", ["Joachim Lang"]),
        ("de", "Frau Wiesenthal hatte an dem Tag Dienst.", ["Wiesenthal"]),
        ("uk", "Мене звати Остап Дем'яненко.", ["Остап Дем'яненко"]),
        ("uk", "Нас реєструвала пані Гнатюк.", ["Гнатюк"]),
        ("ar", "اسمي نور الهدى. لم نستلم شيئاً.", ["نور الهدى"]),
        ("ar", "الموظف الذي سجلنا: السيدة رانيا.", ["رانيا"]),
    ],
)
def test_cue_introduced_names(language: str, text: str, expected: list[str]) -> None:
    assert names(language, text) == expected


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "This is Monday. Please help us."),
        ("en", "I saw the doctor. Nobody came after that."),
        ("en", "Follow-up call: Workers came to fix the pump."),
        ("en", "Caller: Please send the form again."),
        ("fr", "Signé : Merci beaucoup."),
        ("uk", "Повторний дзвінок: Працівники поставили новий бак."),
        ("ar", "ابني عنده حرارة منذ أيام."),
        ("ar", "الطبيب. الموضوع يخص نقطة المياه."),
        ("de", "Mein Name ist nicht wichtig."),
    ],
)
def test_cues_without_a_name_find_nothing(language: str, text: str) -> None:
    assert names(language, text) == []


def test_titles_are_not_part_of_the_name() -> None:
    assert names("en", "Signed, Mr Jones.") == ["Jones"]
    assert names("fr", "Contact : M. Traoré, merci.") == ["Traoré"]


def test_every_language_has_cues_and_unknown_languages_fall_back_to_english() -> None:
    for cues in PERSON_CUES.values():
        assert cues.before and cues.titles
    assert names("sw", "My name is Baraka Mwangi.") == ["Baraka Mwangi"]


def test_cue_data_must_be_tuples() -> None:
    with pytest.raises(TypeError):
        PersonCues(before=("my name is" "this is"))  # type: ignore[arg-type]


@pytest.mark.parametrize("language, text, expected", [
    # Turkish, Swahili, Polish and Romanian texts are routed to a neighbour language: their self-introductions
    # and account-holder labels are cues in every Latin-script language (names made up for the test)
    ("en", "Tafadhali tumeni pesa, mwenye akaunti Neema Kiprotich, asante.", ["Neema Kiprotich"]),
    ("de", "Lütfen gönderin, hesap sahibi Gülten Karaoğlan, teşekkürler.", ["Gülten Karaoğlan"]),
    ("en", "Dzień dobry, nazywam się Bożena Wróblewska i potrzebuję pomocy.", ["Bożena Wróblewska"]),
    ("it", "Bună ziua, mă numesc Ioana Drăgulescu și am nevoie de ajutor.", ["Ioana Drăgulescu"]),
    # the same words without a capitalised name after them
    ("en", "Mwenye akaunti hajapokea pesa bado.", []),
    ("de", "Hesap sahibi olarak başvurdum.", []),
    # their courtesy titles too: the name after them may be an ordinary word (bucur, glad; imani, faith)
    ("en", "Domnul Bucur a spus că apa nu e bună.", ["Bucur"]),
    ("it", "Am vorbit cu doamna Stan ieri.", ["Stan"]),
    ("en", "Ndugu Imani hajapata msaada.", ["Imani"]),
    ("en", "Nimeongea na Bi Zawadi jana.", ["Zawadi"]),
    ("en", "Rozmawiałam z panią Wiosną wczoraj.", ["Wiosną"]),
])
def test_cues_of_languages_routed_to_a_neighbour(language: str, text: str, expected: list[str]) -> None:
    assert names(language, text) == expected


@pytest.mark.parametrize(("text", "name"), [
    ("إلى الحساب، صاحب الحساب سامر قنواتي، هاتف 0999", "سامر قنواتي"),  # an Arabic comma ends the label's name
    ("المدعو فراس دبوسي لم يحضر", "فراس دبوسي"),
])
def test_arabic_label_names_end_at_arabic_punctuation_and_the_one_called_is_a_cue(text: str, name: str) -> None:
    recognizer = PersonCueRecognizer("ar")
    assert [text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"])] == [name]


def test_titles_in_a_row_introduce_the_name() -> None:
    text = "Wir haben mit Frau Dr. Trüb gesprochen."
    assert [text[r.start : r.end] for r in PersonCueRecognizer("de").analyze(text, ["PERSON"])] == ["Trüb"]
