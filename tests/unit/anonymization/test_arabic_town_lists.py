"""Arabic towns told by a town beside them (arabic_town_lists.py). Made-up sentences, real towns."""

from __future__ import annotations

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.arabic_places import ArabicPlaces
from shared_code.anonymization.lexicon import get_lexicon
from shared_code.anonymization.person import stop_words

_PLACES: list[ArabicPlaces] = []


def listed(text: str) -> list[str]:
    if not _PLACES:
        _PLACES.append(ArabicPlaces(get_lexicon(), stop_words("ar")))
    return sorted(text[s:e] for s, e in _PLACES[0].lists.find(text, []))


@pytest.mark.parametrize("text, towns", [
    ("الموصل والرمادي وتكريت بحاجة إلى إعمار", ["الموصل", "والرمادي"]),   # ordinary words beside Tikrit
    ("الناس في إربد وجرش ومعان ينتظرون", ["وجرش", "ومعان"]),               # the list after Irbid
    ("انتقلنا من الخرطوم إلى بيروت", ["الخرطوم"]),                          # from … to: no gazetteer needed
    ("تم نقلنا من عدن لحضرموت", ["لحضرموت"]),                              # ل as "to"; Aden a name too
])
def test_town_beside_a_town(text: str, towns: list[str]) -> None:
    assert listed(text) == towns


@pytest.mark.parametrize("text", [
    "انتقلنا من المخيم إلى بيروت",        # a generic place noun
    "حلب والناس بلا مأوى",                # no gazetteer town in the list
    "جئنا من بيتنا إلى بيروت",            # a pronoun suffix
])
def test_no_town_beside(text: str) -> None:
    assert listed(text) == []


def test_from_town_to_a_verbal_noun_is_no_town() -> None:
    assert listed("جاء ماجد من المفرق لاستلام القسيمة") == []     # ل + a verbal noun and its object


def test_far_end_gazetteer_town_before_a_new_clause() -> None:
    assert listed("من الحديدة إلى مأرب الطريق طويل") == ["مأرب"]
