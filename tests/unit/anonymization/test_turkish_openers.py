"""Ninth round: a Turkish sentence's first word that is an ordinary word and also a name is the word before
its noun (``Temiz su``, clean water) or before ``etmek`` (``Umut ediyoruz``, we hope), not a person
(name_evidence.turkish_noun_opener). Made-up sentences written for these tests (none from the evaluation
set); clean_probes_9.py holds more. Each removal case failed before the rule; so did the last test's
cases before noun_phrases.py left a Turkish noun for a person's bearer (``Ustası``) to the name."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("Temiz battaniye istiyoruz, eskiler ıslak.", "Temiz"),  # clean: an adjective before its noun
    ("Sarı kartlar bu ay yüklenmedi.", "Sarı"),  # yellow
    ("Tatlı suya ihtiyacımız var.", "Tatlı"),  # sweet (fresh) water
    ("Taş duvar yıkıldı, çocuklar tehlikede.", "Taş"),  # stone
    ("Işık direği devrildi, sokak karanlık.", "Işık"),  # light, with Turkish dotless I
    ("Umut ediyoruz, kış yaklaşıyor.", "Umut"),  # umut etmek: to hope
    ("Ümit ederiz ki okul açılır.", "Ümit"),  # ümit etmek: to hope
])
def test_ordinary_turkish_openers_are_not_redacted(spans_of, text: str, word: str) -> None:
    assert not any(word in value for value, _ in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, name", [
    ("Temiz dün aradı, cevap alamadı.", "Temiz"),  # no noun follows: the surname alone
    ("Kaya getirdi battaniyeleri.", "Kaya"),  # a finite verb follows
    ("Şahin ailesi hâlâ çadırda.", "Şahin"),  # the Şahin family
    ("Tatlı hanım kartını kaybetti.", "Tatlı"),  # a title follows
    ("Deniz battaniye istedi.", "Deniz"),  # a popular given name stays a name before a noun
    ("Aydın su istiyor.", "Aydın"),  # a popular given name and a town
    ("Sarı Mehmet kampa geldi.", "Sarı Mehmet"),  # a capitalised word follows: a full name
])
def test_turkish_openers_that_are_names_stay(spans_of, text: str, name: str) -> None:
    assert any(name in value for value, _ in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, name", [
    ("Dün Ali Ustası geldi.", "Ali"),  # master Ali: a name and the noun for its bearer, no noun phrase
    ("Barış Gönüllüsü geldi, çadırları saydı.", "Barış"),  # Barış the volunteer
])
def test_a_name_before_a_noun_for_its_bearer_stays(spans_of, text: str, name: str) -> None:
    assert any(name in value for value, _ in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, words", [
    ("Her cumartesi Gezici Sinema geliyor.", "Sinema"),  # the mobile cinema
    ("Yeni Yıl öncesinde kömür dağıtılsın lütfen.", "Yıl"),  # New Year
])
def test_fallback_ner_phrases_ending_in_a_plain_word_are_no_person(spans_of, text: str, words: str) -> None:
    """A Turkish text read by another language's NER: a PERSON span of words that are names only weak in
    Turkish, ending in an ordinary word the lexicon does not know, is a noun phrase (spans._ordinary_phrase)."""
    assert not any(words in value for value, _ in spans_of(text)), spans_of(text)


@pytest.mark.parametrize("text, name", [
    ("Dün Umut Kaya geldi, çadırı yoktu.", "Umut Kaya"),
    ("Gönüllü Ayten Kocabaş para istedi.", "Ayten Kocabaş"),
])
def test_turkish_names_of_weak_words_stay(spans_of, text: str, name: str) -> None:
    assert any(name in value for value, _ in spans_of(text)), spans_of(text)
