"""Streets with an English (USPS Publication 28) street type in the shape of an address
(suffix_streets.py), in English, French, Swahili and Arabic text. Made-up sentences."""

from __future__ import annotations

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.arabic_places import ArabicPlaces
from shared_code.anonymization.lexicon import get_lexicon
from shared_code.anonymization.person import stop_words
from shared_code.anonymization.suffix_streets import suffix_streets
from shared_code.anonymization.usps_suffixes import LEFT_OUT, STREET_TYPES

_PLACES: list[ArabicPlaces] = []


def latin(text: str) -> list[str]:
    return sorted({text[s:e] for s, e in suffix_streets(text)}, key=len)[-1:]


def arabic(text: str) -> list[str]:
    if not _PLACES:
        _PLACES.append(ArabicPlaces(get_lexicon(), stop_words("ar")))
    return [text[s:e] for s, e in _PLACES[0].streets.find(text)]


@pytest.mark.parametrize("text, street", [
    ("We now live at 45 Maple Terrace with my cousin.", "45 Maple Terrace"),        # number first
    ("My address is Birch Court 7, near the clinic.", "Birch Court 7"),             # name first
    ("He was evicted from 5 Mango Row yesterday.", "5 Mango Row"),                  # a time word after it
    ("we live at 19 elm terrace since january", "19 elm terrace"),                 # lower case
    ("Tunakaa Msasani Terrace 15 tangu mwaka jana.", "Msasani Terrace 15"),         # not the first verb
    ("Nyumba yetu iko Kilimani Heights 9 karibu na shule.", "Kilimani Heights 9"),  # Swahili after it
    ("Il habite 33 Sunset Ridge à Accra.", "33 Sunset Ridge"),                      # French after it
    ("Send it to 12 Acacia Hts. please", "12 Acacia Hts."),                         # an abbreviation
    ("WE LIVE AT 45 MAPLE TERRACE NOW", "45 MAPLE TERRACE"),                       # all caps
])
def test_streets_with_an_english_street_type(text: str, street: str) -> None:
    assert latin(text) == [street]


@pytest.mark.parametrize("text", [
    "We had 3 Court hearings last month.",              # no name word
    "Supreme Court 2 judges were mentioned.",           # the number counts a noun
    "The Village 2 committee met today.",               # a function word, a noun after the number
    "The Health Park 2 clinic has no medicine.",        # an institution's word
    "Please Park 2 cars near the gate.",                # a sentence's first word
    "We met the Red Cross Mission 3.",                  # an institution's word
    "In 2019 Green Park was closed.",                   # a year
    "We saw 3 big parks.",                              # lower case: a plural type
    "It is a 10 minute walk.",                          # lower case: a unit
    "I bought 3 Green Park tickets.",                   # no end of phrase
])
def test_ordinary_words_stay(text: str) -> None:
    assert latin(text) == []


@pytest.mark.parametrize("text, street", [
    ("نسكن في الياسمين Heights 3 منذ شهرين", "الياسمين Heights 3"),       # after في
    ("عنواني آل نهيان Avenue 30 قرب المسجد", "آل نهيان Avenue 30"),       # آل, after عنواني
    ("عنوان العائلة: آل سعود Place 9", "آل سعود Place 9"),               # after a colon
    ("أعيش في 12 King Fahd Road مع أولادي", "12 King Fahd Road"),         # an English address
    ("المحل في شارع Hamra 9 مغلق منذ الحرب", "شارع Hamra 9"),            # a Latin name after شارع
    ("وسيم Vista 7 هو عنوان أخي", "وسيم Vista 7"),                        # a lexicon name, no cue
    ("أعيش في 14 النخيل Court مع أمي", "14 النخيل Court"),               # the number first
    ("نعيش الروضة Gardens 4 منذ سنتين", "الروضة Gardens 4"),              # after a living verb
    ("نسكن في آل علي Station 5 منذ سنة", "آل علي Station 5"),             # a type left out in English text
])
def test_mixed_script_streets_in_arabic(text: str, street: str) -> None:
    assert street in arabic(text)


@pytest.mark.parametrize("text", [
    "فريق Mission 2 زارنا أمس",            # team Mission 2: no address word before it
    "الموقع Park 3 فيه حمامات قليلة",       # the site Park 3
    "في الموقع Park 3 أطفال",               # a number that counts
    "نحن في المركز Center 2 منذ شهر",      # a numbered site after a cue
    "عندنا 3 أطفال Park في المخيم",          # a count before it
])
def test_arabic_words_before_an_english_type_stay(text: str) -> None:
    assert arabic(text) == []


def test_left_out_types_are_no_street_types() -> None:
    assert not set(LEFT_OUT) & set(STREET_TYPES)
