"""What is said of God is no name (arabic_names.god_predicate), through the whole engine. Made-up sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "الله كريم، بس الإيجار غالي والعمل قليل",     # God is generous: كريم is a given name too
    "الحمد لله، الله أكبر",
    "تأخرت المساعدات لكن الله كريم",
])
def test_a_word_said_of_god_is_no_person(spans_of, text: str) -> None:
    assert not any(kind == "PERSON" and "كريم" in value or "أكبر" in value for value, kind in spans_of(text))


@pytest.mark.parametrize("text, name", [
    ("اتصل عبد الله كريم أمس", "كريم"),            # a name ending in الله: the word after it is a name
    ("جاء نصر الله حسن إلى المكتب", "حسن"),
    ("أخي كريم ما زال في الخيمة", "كريم"),
])
def test_a_name_after_a_name_ending_in_god_stays(spans_of, text: str, name: str) -> None:
    assert any(kind == "PERSON" and name in value for value, kind in spans_of(text))


@pytest.mark.parametrize("text", [
    "كل عام وأنتم بخير بمناسبة عيد الفطر السعيد",   # on the occasion of: a preposition, no given name with ب
    "وصلت المساعدات بالنسبة لعيد الأضحى متأخرة",
])
def test_a_compound_preposition_before_a_feast_is_no_name(spans_of, text: str) -> None:
    assert [kind for _, kind in spans_of(text) if kind == "PERSON"] == []


@pytest.mark.parametrize("text", [
    "كل عيد وانتو بخير وعيد سعيد، بس وين السلة الغذائية؟",   # Eid greetings: عيد and سعيد are names too
    "عيد مبارك وكل عام وانتم بخير",
])
def test_eid_greetings_are_no_names(spans_of, text: str) -> None:
    assert [kind for _, kind in spans_of(text) if kind == "PERSON"] == []


def test_a_name_beside_eid_stays(spans_of) -> None:
    assert any(kind == "PERSON" and "سعيد" in value for value, kind in spans_of("جاء سعيد عيد إلى المكتب"))
