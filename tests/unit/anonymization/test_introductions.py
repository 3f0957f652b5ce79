"""Lower-case names after a self-introduction (introductions.py), through the person cue recogniser.

Names here are made up for the tests; none comes from the evaluation set.
"""

from __future__ import annotations

import pytest

from shared_code.anonymization.person import PersonCueRecognizer


def names(language: str, text: str) -> list[str]:
    return [text[r.start : r.end] for r in PersonCueRecognizer(language).analyze(text, ["PERSON"])]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "hi my name is amina wekesa and i need help", "amina wekesa"),
    ("en", "jina langu ni baraka mwakyusa", "baraka mwakyusa"),
    ("fr", "bonjour je m'appelle rosalie je suis malade", "rosalie"),
    ("it", "ciao mi chiamo rosa vivo nel campo", "rosa"),
    ("uk", "мене звати оксана лисенко", "оксана лисенко"),
])
def test_a_lower_case_name_after_a_self_introduction_is_a_name(language: str, text: str, name: str) -> None:
    assert names(language, text) == [name]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "my name is not on the list"),
    ("en", "i am tired and hungry"),
    ("it", "sono stanca, aiutateci"),
])
def test_no_name_after_a_stop_word_or_an_ambiguous_phrase(language: str, text: str) -> None:
    assert names(language, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("vă rog ajutați-o pe ileana, doarme afară", "ileana"),
    ("vă rog ajutați-l pe sorinel, doarme afară", "sorinel"),
    ("o caut pe mihaela dobrescu de două zile", "mihaela dobrescu"),
])
def test_a_lower_case_name_after_a_romanian_doubled_object_is_a_name(text: str, name: str) -> None:
    assert names("en", text) == [name]


@pytest.mark.parametrize("text", ["puneți-o pe masă vă rog", "ajutați-o pe mama mea, e bolnavă",
                                  "îl duc pe copil la doctor"])
def test_an_ordinary_word_after_romanian_pe_is_no_name(text: str) -> None:
    assert names("en", text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("jirani yangu anaitwa pendo mushi", "pendo mushi"),
    ("mama yake aliitwa zawadi", "zawadi"),
    ("jina lake ni neema wambui", "neema wambui"),
    ("mzee huyo aliitwa hamisi mrisho", "hamisi mrisho"),
    ("Mtoto wake anaitwa Kadzo na ana homa.", "Kadzo"),
])
def test_a_name_after_swahili_third_person_naming_is_a_name(text: str, name: str) -> None:
    assert names("en", text) == [name]


@pytest.mark.parametrize("text", [
    "mwanangu anaitwa kesho ofisini kwa usaili",
    "jina lake ni zuri sana",
    "jina lake ni gumu kutamka",
    "anaitwa mara nyingi lakini hajibu",
    "mtoto huyu anaitwa na mwalimu wake",
])
def test_an_ordinary_word_after_swahili_naming_is_no_name(text: str) -> None:
    assert names("en", text) == []
