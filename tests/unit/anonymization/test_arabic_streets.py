"""Arabic street addresses with house numbers (arabic_streets.py). Made-up sentences, real street-naming
conventions."""

from __future__ import annotations

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.arabic_places import ArabicPlaces
from shared_code.anonymization.lexicon import get_lexicon
from shared_code.anonymization.person import stop_words

_PLACES: list[ArabicPlaces] = []


def streets(text: str) -> list[str]:
    if not _PLACES:
        _PLACES.append(ArabicPlaces(get_lexicon(), stop_words("ar")))
    return [text[s:e] for s, e in _PLACES[0].streets.find(text)]


@pytest.mark.parametrize("text, street", [
    ("نسكن في شارع الملك فهد 12 قرب المسجد", "شارع الملك فهد 12"),                     # the house number
    ("عنواني شارع الأمير محمد بن عبد العزيز 12 قرب البنك", "شارع الأمير محمد بن عبد العزيز 12"),  # six words
    ("المحل في شارع الإمام علي بن أبي طالب 9 مغلق", "شارع الإمام علي بن أبي طالب 9"),   # علي is no على
    ("المكتب على طريق الملك عبدالله، رقم 5", "طريق الملك عبدالله، رقم 5"),              # comma and رقم
    ("الشقة في شارع 23 يوليو بالقرب من المحطة", "شارع 23 يوليو"),                      # a date
    ("العنوان: ش. الجمهورية 7 الدور الثالث", "ش. الجمهورية 7"),                         # Egyptian abbreviation
    ("بيتنا في زنقة ابن سينا 3 بجانب الفرن", "زنقة ابن سينا 3"),
    ("محلنا في شارع عمر المختار ٤٥ وتعرض للقصف", "شارع عمر المختار ٤٥"),               # Arabic-Indic digits
    ("بيت جدتي في درب السلطان 21", "درب السلطان 21"),
    ("الشقة في الطابق الثاني بشارع الرشيد 16", "بشارع الرشيد 16"),                     # ب written on it
    ("أرجو إرسال الطرد إلى شارع الشيخ زايد 31", "شارع الشيخ زايد 31"),                  # a title in the name
    ("نحن في حي السلام شارع 7 بيت 12", "حي السلام شارع 7 بيت 12"),                     # building after it
    ("حي النزهة، شارع 15، البيت الأزرق", "حي النزهة، شارع 15"),                        # one address
    ("عنوان السكن: شارع الاستقلال 64، عمان", "شارع الاستقلال 64، عمان"),               # the town after it
    ("عنواننا في 14 شارع الأزهر", "14 شارع الأزهر"),                                    # number before it
    ("المنزل يقع في شارع جمال عبد الناصر قرب السوق", "شارع جمال عبد الناصر"),          # عبد joins a word
    ("شقتنا في عمارة 9 مدخل ب", "عمارة 9"),                                            # a building word
    ("نسكن في مبنى رقم 4 قرب المدرسة", "مبنى رقم 4"),
    ("نسكن في النزهة 15 منذ سنتين", "النزهة 15"),                                        # no street word
])
def test_street_with_its_house_number(text: str, street: str) -> None:
    assert street in streets(text)


@pytest.mark.parametrize("text", [
    "التسجيل عن طريق الهاتف 5 مرات",           # عن طريق: by means of
    "نعيش في الغرفة 3 أشخاص",                  # a number after a noun numbers follow
    "وصلنا في الأسبوع 2 من الشهر",
    "في الساعة 8 صباحا يبدأ التوزيع",
    "عندنا بيت 3 غرف",                          # a count after a building word
    "اتصلوا على رقم 5 في الليل",               # a number sign alone
    "الموعد في المستشفى 3 أيام في الأسبوع",     # a count after the number
])
def test_no_street(text: str) -> None:
    assert streets(text) == []


def test_house_number_that_counts_is_left_out() -> None:
    assert streets("في شارع الحرية 3 أطفال بلا مدرسة") == ["شارع الحرية"]


@pytest.mark.parametrize("text", ["بجانب جنين مخيم كبير", "منطقة آمنة للأطفال", "حي كامل بلا ماء"])
def test_street_word_and_adjective_is_no_street(text: str) -> None:
    assert streets(text) == []


@pytest.mark.parametrize("text, expected", [
    ("نعيش في خيمة صغيرة مع ستة أطفال", []),        # a dwelling noun after a living-in cue
    ("الزرقاء مدينة مزدحمة جدا", []),               # an adjective after a town word
    ("نسكن في زحلة منذ سنتين", ["زحلة"]),
])
def test_living_in_cue_before_a_common_noun(text: str, expected: list[str]) -> None:
    from shared_code.anonymization.location import LocationCueRecognizer

    recognizer = LocationCueRecognizer("ar")
    assert [text[r.start : r.end] for r in recognizer.analyze(text, ["LOCATION"])] == expected


@pytest.mark.parametrize("text, street", [
    ("نسكن في شارع رقم 15 قرب الجامع", "شارع رقم 15"),          # a numbered street
    ("بيتنا في شارع 9، بلوك 4", "شارع 9، بلوك 4"),             # a block after the number
    ("تسكن في شَارِع النصر 4", "شَارِع النصر 4"),                # harakat on the street word
    ("أقيم في ش الجمهورية 12", "ش الجمهورية 12"),               # ش without its dot
])
def test_numbered_and_written_streets(text: str, street: str) -> None:
    assert street in streets(text)


@pytest.mark.parametrize("text, street", [
    ("عنوانه الأمير محمد بن عبد العزيز 12", "الأمير محمد بن عبد العزيز 12"),   # an address word, no street word
    ("يسكن في الملك عبد الله الثاني 7، عمان", "الملك عبد الله الثاني 7"),        # الله after عبد is a name word
])
def test_address_without_street_word(text: str, street: str) -> None:
    assert street in streets(text)


def test_floor_after_a_living_in_cue_is_no_place() -> None:
    from shared_code.anonymization.location import LocationCueRecognizer

    assert LocationCueRecognizer("ar").analyze("نسكن في الطابق الثاني والدرج مكسور", ["LOCATION"]) == []


def test_my_house_number() -> None:
    assert streets("بيتي رقم 23 في شارع الحرية") == ["بيتي رقم 23", "شارع الحرية"]
    assert streets("بيتي 3 غرف فقط") == []


@pytest.mark.parametrize("text, street", [
    ("تسكن العائلة في الملك فهد، 12 منذ سنة", "الملك فهد، 12"),   # a comma before the house number
    ("نعيش في النزهة رقم 5", "النزهة رقم 5"),
])
def test_house_number_after_a_comma_or_number_sign_without_street_word(text: str, street: str) -> None:
    assert street in streets(text)
