"""Arabic towns that are ordinary words or names, read as places by the words around them
(arabic_towns.py). Made-up sentences, real towns."""

from __future__ import annotations

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.arabic_places import ArabicPlaces
from shared_code.anonymization.lexicon import get_lexicon
from shared_code.anonymization.person import stop_words

_PLACES: list[ArabicPlaces] = []


def towns(text: str) -> list[str]:
    if not _PLACES:
        _PLACES.append(ArabicPlaces(get_lexicon(), stop_words("ar")))
    return [text[s:e] for s, e in _PLACES[0].towns.find(text)]


@pytest.mark.parametrize("text, town", [
    ("نزحنا إلى جنين ومنها إلى طولكرم", "جنين"),          # embryo; a conjunction word after it
    ("يا إخوان، سلمى من جرش لم تستلم شيئا", "جرش"),         # a function word after it
    ("في معان والعقبة الوضع أفضل قليلا", "معان"),
    ("خيي ساكن بصور وما حدا سأل عنه", "بصور"),             # ب written on the word (in the span)
    ("أهلي في صور.", "صور"),                               # punctuation after it
    ("مستشفى صور لا يستقبل المرضى", "صور"),                # a place-noun head: the hospital of Tyre
    ("أهالي معان يطلبون المياه", "معان"),
    ("أطفال مأرب بلا مدارس", "مأرب"),                     # the children of Marib
    ("مخيمات جرش ممتلئة", "جرش"),
    ("زرنا جرش الأسبوع الماضي", "جرش"),                    # a verb of going with its place as object
    ("تركنا جنين وذهبنا إلى أريحا", "جنين"),
    ("وصلنا الزرقاء ولم نجد مكانا", "الزرقاء"),            # a name-town (al-Zarqa, blue)
    ("نزحنا من ريف دمشق", "ريف دمشق"),                     # ريف joins its governorate
    ("مشينا لبجاية وتيزي وزو وما لقينا", "وتيزي وزو"),     # a clitic on a two-word town
    ("رجعنا لدير الزور بعد سنة", "لدير الزور"),
    ("سكان مغنية ينتظرون الماء", "مغنية"),                   # a bare word after "residents of"
    ("عين قزام تحتاج إلى ماء", "عين قزام"),
    ("ساكنين فعين قزام من زمان", "فعين قزام"),               # a clitic on the head
    ("أسكن بالجزائر الوسطى مع أولادي", "بالجزائر الوسطى"),                 # a head and its word: a small gazetteer place
    ("سكان سيدي تامرزوقت ينتظرون", "سيدي تامرزوقت"),        # a head and a word no list knows
    ("الجزائر الوسطى بلا ماء منذ يومين", "الجزائر الوسطى"),  # a town and a compass adjective
])
def test_a_town_that_is_a_word_is_a_place_where_the_words_around_it_say_so(text: str, town: str) -> None:
    assert town in towns(text)


@pytest.mark.parametrize("text", [
    "أرسلنا لكم في صور الأطفال كل شيء",        # a genitive after it: pictures of the children
    "وجدنا في صور قديمة أسماءنا",              # an adjective after it
    "تكلمنا عن معان كثيرة للكلمة",
    "نسكن في الحي منذ سنتين",                   # a town spelled with the article that is a word (neighbourhood)
    "في الجديد من الأخبار لا شيء",
    "سكان المخيم ينتظرون الماء",               # a head before a word that is no town
    "وصلنا البطانيات أمس",
    "عين الطفل تؤلمه",                          # a head before a word with the article
    "أهالي زوجي ساعدونا كثيرا",                 # a possessive suffix: my husband's family
    "سكان مدينة كبيرة يحتاجون المياه",          # a generic place noun
    "جنوب غرب المخيم لا توجد إنارة",
    "في المدينة القديمة سوق كبير",              # the city: a town that is an ordinary word
])
def test_an_ordinary_word_stays(text: str) -> None:
    assert towns(text) == []


def test_and_on_the_first_word_of_a_sentence() -> None:
    assert towns("الوضع سيء. وجنين أيضا بحاجة إلى مساعدة") == ["وجنين"]
    assert towns("وصور الأطفال في الهاتف") == []        # and the children's pictures: the phrase goes on
