"""Names thanked by the writer (thanks.py), read by the lexicon recogniser on the shipped lexicon.

Names here are made up for the tests; none comes from the evaluation set.
"""

from __future__ import annotations

import pytest

from shared_code.anonymization.names import LexiconRecognizer


def people(language: str, text: str) -> list[str]:
    results = LexiconRecognizer(language).analyze(text, ["PERSON", "LOCATION"])
    return [text[r.start : r.end] for r in results if r.entity_type == "PERSON"]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("ar", "شكرا جزيلا زهوة قطيشات على الطرد", "زهوة قطيشات"),
    ("ar", "شكرا دعاء بورقيبة على كل شيء", "دعاء بورقيبة"),
    ("uk", "ДЯКУЄМО ОРИСЯ ДЗЮБАК ЗА ВСЕ", "ОРИСЯ ДЗЮБАК"),  # a lexicon given name confirms the name
    ("en", "ASANTE SANA WAYUA KITHEKA KWA MSAADA", "WAYUA KITHEKA"),
    ("pt", "OBRIGADA JANAÍNA DOS SANTOS PELA PACIÊNCIA", "JANAÍNA DOS SANTOS"),  # a particle inside
    ("nl", "BEDANKT GIJSBERTA VAN HOUTEM VOOR DE HULP", "GIJSBERTA VAN HOUTEM"),
])
def test_unknown_names_between_thanks_and_for_are_a_name(language: str, text: str, name: str) -> None:
    assert people(language, text) == [name]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "THANK YOU SO MUCH FOR THE FOOD"),
    ("en", "THANK YOU ALL FOR THE BLANKETS AND TENTS"),
    ("ar", "شكرا للهلال الأحمر على المساعدة"),
    ("ar", "شكرا جزيلا لكم على كل شيء"),
    ("uk", "Дякуємо Червоному Хресту за ковдри."),
    ("de", "Danke Ihnen für die schnelle Hilfe."),
    ("en", "THANK YOU UNICEF FOR THE KITS"),
    ("en", "ASANTE SANA KWA HUDUMA NZURI"),  # the thanking phrase itself is no name
    ("uk", "ДЯКУЄМО ЧЕРВОНИЙ ХРЕСТ ЗА КОВДРИ"),
    ("ar", "شكرا جزيلا منظمة الصحة العالمية على الدعم"),
])
def test_thanks_without_a_name_redacts_nothing(language: str, text: str) -> None:
    assert people(language, text) == []


def test_a_thanking_phrase_is_cut_off_a_name_run() -> None:
    found = people("it", "ASANTE SANA ZUHURA MWASAPILE KWA MSAADA!!")
    assert found and not any("ASANTE" in name or "SANA" in name for name in found)


def test_a_thanking_word_inside_a_name_cuts_nothing() -> None:
    """``merci`` heads ``Mercier``: the name was cut to ``er``."""
    assert people("fr", "svp aidez claire mercier, elle dort dehors") == ["claire mercier"]
    assert people("fr", "Hier Claire Mercier est venue.") == ["Claire Mercier"]
