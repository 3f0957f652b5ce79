"""Arabic readings of the lexicon recogniser's name rules (arabic_names.py). Made-up sentences and people."""

from __future__ import annotations

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.names import LexiconRecognizer

_RECOGNIZERS: list[LexiconRecognizer] = []


def people(text: str) -> list[str]:
    if not _RECOGNIZERS:
        _RECOGNIZERS.append(LexiconRecognizer("ar"))
    return [text[r.start : r.end] for r in _RECOGNIZERS[0].analyze(text, ["PERSON"]) if r.entity_type == "PERSON"]


@pytest.mark.parametrize("text", [
    "الشارع الرئيسي مليء بالحفر",          # an article word and a word the lexicon lacks
    "السلام عليكم نريد معرفة موعد التوزيع",
    "الكرامة أهم من الطعام",
    "النور والسعادة كلها غابت عنا",  # with و on the article word
])
def test_article_word_and_unknown_word_is_no_name(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize("text, name", [
    ("أرسلت الطلب لمحمد منذ أسبوع", "لمحمد"),   # لمحمد is a weak surname key of its own
    ("يا جماعة الطاهر بوزيد لم يستلم", "الطاهر بوزيد"),  # a popular given name with the article stays
])
def test_names_kept(text: str, name: str) -> None:
    assert name in people(text)


def test_noun_with_a_pronoun_suffix_is_no_given_name() -> None:
    from shared_code.anonymization.arabic_names import given_name_shape

    assert not given_name_shape("عنوانه")     # his address
    assert given_name_shape("يمينة")


@pytest.mark.parametrize("text, name", [
    ("تأخرت لجين الروسان عن الموعد", "لجين الروسان"),      # a lexicon surname only, after a rarer given name
    ("أمس رأيت ذياب الفايز في السوق", "ذياب الفايز"),
])
def test_rarer_given_name_and_surname_with_the_article(text: str, name: str) -> None:
    assert name in people(text)


def test_rarer_given_name_before_an_ordinary_article_word_stays() -> None:
    assert people("يبدأ العمل قبل شروق الشمس.") == []     # sunrise: الشمس is a given name too


@pytest.mark.parametrize("text", ["زوجي يعمل في المصنع", "أخي مريض منذ أسبوع", "ابنتي تحتاج إلى نظارات", "ابني عمره سنتان",
                                  "جاري ساعدنا كثيرا"])
def test_verb_or_adjective_after_a_relation_cue_is_no_name(text: str) -> None:
    from shared_code.anonymization.person import PersonCueRecognizer

    assert PersonCueRecognizer("ar").analyze(text, ["PERSON"]) == []


def test_name_after_a_relation_cue_stays() -> None:
    from shared_code.anonymization.person import PersonCueRecognizer

    text = "زوجي أناهيد قعوار"
    assert [text[r.start : r.end] for r in PersonCueRecognizer("ar").analyze(text, ["PERSON"])] == ["أناهيد قعوار"]


def test_clitic_on_an_article_word_is_no_given_name() -> None:
    assert people("والله ما عندناش حتى حاجة") == []


@pytest.mark.parametrize("text, verb", [
    ("أرملة تدعى نادين شاهين تعيل خمسة أطفال", "تعيل"),   # an imperfect verb after the name
    ("الأخت صفية موسى ساعدتنا كثيرا", "ساعدتنا"),         # a perfect verb with an object suffix
])
def test_verb_after_a_name_is_no_family_name(text: str, verb: str) -> None:
    found = people(text)
    assert found and not any(verb in p for p in found)


def test_verb_shape() -> None:
    from shared_code.anonymization.arabic_names import verb_shape

    assert verb_shape("تحتاج") and verb_shape("ساعدتنا")
    assert not verb_shape("تميمي") and not verb_shape("قعوار")


def test_thank_god_is_no_name() -> None:
    assert people("الجامع قريب والحمد لله") == []


@pytest.mark.parametrize("text, name", [
    ("لم يتصل أحد بسلاف عيسى", "بسلاف عيسى"),       # ب on a rarer given name before a father's name
    ("أرسلنا الطرد لرهف محمود", "لرهف محمود"),
])
def test_preposition_on_a_rarer_given_name(text: str, name: str) -> None:
    assert name in people(text)


def test_compound_preposition_is_no_given_name() -> None:
    assert "بخصوص" not in " ".join(people("الموضوع: شكوى بخصوص لجنة إدارة المخيم"))


def test_rarer_name_after_a_relation_noun_stays() -> None:
    from shared_code.anonymization.person import PersonCueRecognizer

    text = "ابني مهيار لم يستلم الحقيبة"
    assert [text[r.start : r.end] for r in PersonCueRecognizer("ar").analyze(text, ["PERSON"])] == ["مهيار"]
