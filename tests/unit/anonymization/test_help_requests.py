"""Names after a plea for help (:mod:`shared_code.anonymization.help_requests`), read by the lexicon
recogniser: made-up people, lower case as chat messages write them."""

from __future__ import annotations

import pytest

from shared_code.anonymization.names import LexiconRecognizer


def people(language: str, text: str) -> list[str]:
    results = LexiconRecognizer(language).analyze(text, ["PERSON"])
    return [text[r.start : r.end] for r in results if r.entity_type == "PERSON"]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("de", "bitte helft marek, sie schläft draußen", "marek"),  # a pronoun about a person follows
    ("fr", "svp aidez isabelle, elle dort dehors", "isabelle"),
    ("es", "porfa ayuden a camilo, duerme en la calle", "camilo"),  # Spanish "a" marks a person
    ("en", "lütfen ayşe kaya için yardım edin", "ayşe kaya"),  # Turkish: please … for
    ("en", "tafadhali msaidie juma mwangi hana chakula", "juma mwangi"),  # hana: he has no
    ("nl", "help aub bart de graaf, ze slaapt buiten", "bart de graaf"),  # graaf, count: any word after "de"
    ("en", "tafadhali msaidieni bahari, analala nje", "bahari"),  # sea: Swahili given names are words
    ("en", "pls help, patience from the green tent is sick", "patience"),  # an ordinary-word given name,
    ("en", "please help, precious who sleeps by the gate", "precious"),   # then where she is from, who
    ("it", "per favore aiutate marchetti, dorme per strada", "marchetti"),  # a surname alone, a person next
])
def test_a_name_after_a_plea_is_found(language: str, text: str, name: str) -> None:
    assert name in people(language, text)


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "por favor ajudem a família, dorme na rua"),  # Portuguese "a" is the article
    ("en", "pls help, water from the tap is brown"),
    ("en", "please help, food from the warehouse never came"),
    ("en", "help, people from the blue tent are sick"),
    ("es", "ayuden, familias de la carpa azul no comen"),
    ("en", "lütfen su için yardım edin"),  # water: an ordinary word alone
    ("en", "lütfen çocuklarımız için yardım edin"),  # an inflected ordinary word
    ("en", "tafadhali msaidieni watoto, wanalala nje"),
    ("de", "bitte helft oma, sie schläft draußen"),  # kinship words are lexicon names too
    ("it", "per favore aiutate nonna, dorme per strada"),
    ("en", "tafadhali msaidieni mgonjwa, analala nje"),  # a noun of the person class
])
def test_ordinary_words_after_a_plea_are_no_name(language: str, text: str) -> None:
    assert people(language, text) == []
