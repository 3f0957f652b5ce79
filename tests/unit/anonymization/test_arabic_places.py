"""Arabic towns the gazetteer has no Arabic name for (arabic_places.py): a word after a place preposition
that is no ordinary Arabic word (wordfreq, Zipf ≥ 2) nor a name. Made-up sentences, real small towns."""

from __future__ import annotations

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.location import LocationCueRecognizer

_RECOGNIZER: list[LocationCueRecognizer] = []


def places(text: str) -> list[str]:
    if not _RECOGNIZER:
        _RECOGNIZER.append(LocationCueRecognizer("ar"))
    return [text[r.start : r.end] for r in _RECOGNIZER[0].analyze(text, ["LOCATION"])]


@pytest.mark.parametrize("text, town", [
    ("العائلة تسكن في تيغنيف منذ سنتين", "تيغنيف"),
    ("نحن من سبدو ونحتاج مساعدة", "سبدو"),
    ("نزحنا من كرنوي إلى المدينة", "كرنوي"),
    ("ساعدوا الأسرة من فضلكم، تنام في الشارع في أمليلي", "أمليلي"),
    ("يسكن أخي بتيغنيف منذ سنة", "بتيغنيف"),                       # ب written on the word (in the span)
    ("ذهبنا لسبدو الأسبوع الماضي", "لسبدو"),                        # ل written on the word
    ("نسكن قرب كرنوي مع العائلة", "كرنوي"),                         # near
    ("شكرا. سبدو: لم تصل المساعدات", "سبدو"),                       # a heading before a colon
])
def test_a_rare_word_after_a_place_preposition_is_a_town(text: str, town: str) -> None:
    assert town in places(text)


@pytest.mark.parametrize("text", [
    "نحتاج إلى بطانياتنا قبل الشتاء",            # a suffix on an ordinary word (our blankets)
    "في هالفترة الوضع صعب علينا",               # a spoken demonstrative prefix (this period)
    "من فضلكم أرسلوا لنا الحليب والحفاضات",
    "ابني يعاني من الربو ويحتاج إلى بخاخ",
    "في الصيف الحر لا يطاق داخل الكرفانات",
    "نحتاج بطانيات وبطاقات للأطفال",           # ب of the word itself: the whole word is ordinary
    "نسكن بمحافظتنا منذ زمن",                   # ة written ت before a suffix (our governorate)
    "أرسلوا لمساعدتنا حليبا حتى نهاية الشهر",
    "ملاحظات: الخيمة ممزقة",                     # an ordinary heading
])
def test_no_town_in_ordinary_words_after_a_preposition(text: str) -> None:
    assert places(text) == []


@pytest.mark.parametrize("text, town", [
    ("مازونة ما فيهاش ماء من أسبوع", "مازونة"),                    # at a sentence start, as a subject
    ("العائلات في مداوروش وسدراتة تنتظر الخيام", "وسدراتة"),       # listed after a conjunction
    ("سكان عزازقة يشتكون من البرد", "عزازقة"),                     # in a construct phrase
    ("أرزيو - الماء مقطوع منذ يومين", "أرزيو"),                    # a heading before a dash
    ("الوضع في مازونة صعب", "مازونة"),                             # before a surname that is a word (hard)
])
def test_a_rare_word_is_a_town_anywhere(text: str, town: str) -> None:
    assert town in places(text)


@pytest.mark.parametrize("text", [
    "والله ما عندناش حتى حاجة نطيبو بيها",     # spoken plural after an imperfect prefix (we cook)
    "ما خلصوناش هاد الشهر",                     # negation, object pronoun and spoken plural
    "جينا من سطيف باش نخدمو",                   # (سطيف is the lexicon recogniser's)
    "قالولنا نرجعو غدوة",                       # a spoken indirect-object pronoun
    "طبخوا الطعام للأطفال ثم ناموا",             # the written past plural -وا (they cooked)
])
def test_spoken_verb_forms_are_ordinary_words(text: str) -> None:
    assert not [p for p in places(text) if p != "سطيف"]


def test_a_rare_word_after_a_given_name_or_a_title_is_left_to_the_name_rules() -> None:
    assert places("قابلنا فاطمة زغدودي في المركز") == []
    assert places("السيد زغدودي لم يأت") == []
