"""Names that sign a message off (thanks.signed_names), through the whole engine. Made-up sentences."""

from __future__ import annotations

import pytest


def _covered(spans: list[tuple[str, str]], name: str) -> bool:
    return any(name in value and kind == "PERSON" for value, kind in spans)


@pytest.mark.parametrize("text, name", [
    ("Got the food parcel today, all fine. Cheers, Tom", "Tom"),             # a given name that is a word
    ("The tap is fixed, thank you so much.\nLove, Rose", "Rose"),
    ("A senha chegou ontem. Beijinhos, Esperança", "Esperança"),
    ("Het pakket is aangekomen. Groetjes, Roos!", "Roos"),
    ("Das Paket ist angekommen. Liebe Grüße, Sonne Albrecht", "Sonne"),    # with a surname
    ("Todo bien con la tarjeta. Un abrazo, Luz 🙏", "Luz"),
    ("وصلت المساعدة اليوم. مع التحية، أمل", "أمل"),
])
def test_a_name_after_a_closing_word_at_the_end_is_a_person(spans_of, text: str, name: str) -> None:
    assert _covered(spans_of(text), name)


@pytest.mark.parametrize("text, word", [
    ("We need Soap, Rice and Oil. Thanks, Everyone", "Everyone"),     # no given name
    ("Thanks, Red Cross!", "Red"),                                    # an agency after the closing word
    ("Cheers, Hope is all we have left in this camp", "Hope"),        # not at the end: the sentence goes on
    ("Rice, Beans, Rose", "Rose"),                                    # a list, no closing word
])
def test_no_closing_word_before_the_end_or_no_given_name_gives_no_person(spans_of, text: str, word: str) -> None:
    assert not _covered(spans_of(text), word)
