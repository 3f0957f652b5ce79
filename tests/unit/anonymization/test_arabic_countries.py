"""Countries written in Arabic (arabic_countries.py). Made-up sentences."""

from __future__ import annotations

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.arabic_countries import AMBIGUOUS, COUNTRIES, REGIONS, country_spans
from shared_code.anonymization.lexicon import normalise
from shared_code.anonymization.person import stop_words

_STOP = frozenset(normalise(w) for w in stop_words("ar"))


def countries(text: str) -> list[str]:
    return [text[s:e] for s, e in country_spans(text, _STOP)]


@pytest.mark.parametrize("text, country", [
    ("جئنا من لبنان قبل سنتين", "لبنان"),                # anywhere
    ("هربنا من السودان بسبب الحرب", "السودان"),
    ("ولبنان بلد صغير", "ولبنان"),                       # with و written on it
    ("أرسلوا المساعدات للسودان", "للسودان"),             # ل + السودان, the alef dropped
    ("ابني هاجر إلى ألمانيا", "ألمانيا"),                 # hamza spelling
    ("جئنا من المغرب إلى تونس", "المغرب"),                # ambiguous, after من and before a preposition
    ("أخي يعمل في قطر.", "قطر"),                         # ambiguous, ending the sentence
    ("نزحنا من حضرموت إلى عدن", "حضرموت"),               # a governorate
    ("الوضع صعب في النيل الأزرق", "النيل الأزرق"),         # a two-word region
    ("نحن من البقاع ونعيش في خيمة", "البقاع"),            # ambiguous region before و
    ("رحنا عالنبطية ورجعنا", "عالنبطية"),                  # spoken عال, على ال
])
def test_countries(text: str, country: str) -> None:
    assert country in countries(text)


@pytest.mark.parametrize("text", [
    "صلينا المغرب في المسجد",          # the sunset prayer
    "نحن عائلة سورية في المخيم",       # Syrian, an adjective
    "قطر الأنبوب صغير",                # the pipe's diameter
    "في الجزائر الصغيرة قرب الشاطئ",     # islands with an adjective
    "ضاع مالي كله",                     # my money
    "على الصعيد الشخصي نحن بخير",        # on the personal level
    "الطريق عسير والجو حار",             # hard
])
def test_ordinary_words_stay(text: str) -> None:
    assert countries(text) == []


def test_no_name_is_in_both_lists() -> None:
    assert not COUNTRIES & AMBIGUOUS and not REGIONS & AMBIGUOUS
