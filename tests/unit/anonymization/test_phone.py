"""The phone recogniser on its own (no spaCy model needed)."""

from __future__ import annotations

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.phone import PhoneNumberRecognizer
from shared_code.settings import DEFAULT_PHONE_REGIONS

RECOGNIZER = PhoneNumberRecognizer("en", DEFAULT_PHONE_REGIONS)


def phones(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["PHONE_NUMBER"]) if r.score >= 0.4]


@pytest.mark.parametrize(
    "number",
    [
        # international, every corpus region and format
        "+44 7700 900123", "+1 646 555 0174", "+254 716 198390", "+256 779 098388", "+33 6 12 34 56 78",
        "+243 85 257 7738", "+226 73 61 71 59", "+34 612 34 56 78", "+52 55 7989 0059", "+57 369 535 0817",
        "+31 6 1234 5678", "+49 170 1234567", "+380 (67) 123-45-67", "+380982068769", "+961 3 123 456",
        "+962 78 759 6916", "+963 910 994 629", "+967 71 565 3000", "0044 20 7946 0958",
        # national formats of the corpus languages
        "07700 900123", "(212) 555-0147", "0712 091 686", "06 12 34 56 78", "06.06.87.12.21",
        "06-63339946", "030 123 4567", "06 02152063", "0151 5901269", "030 70246537", "066 507 58 79",
        "0902 420 927",
        # Arabic-Indic digits
        "٠٩٤٤ ٨٧٩ ٢٦٨", "+٩٦١ ٣ ١٢٣ ٤٥٦",
    ],
)
def test_formats_are_found_whole(number: str) -> None:
    assert phones(f"Please call me back on {number}.") == [number]


@pytest.mark.parametrize(
    "text, number",
    [
        ("Mi número es 318 626 2999, gracias", "318 626 2999"),  # Colombian mobile: no region, phone word
        ("Otro número: 608 729 028.", "608 729 028"),
        ("Llamada de Paola Castaño, 645 616 899. Gracias", "645 616 899"),
        ("Bel mij terug op 040 515 4497", "040 515 4497"),
        ("رقمي: 0990 092 119", "0990 092 119"),
        ("Numer syna 793184265, proszę oddzwonić", "793184265"),  # the phone words of every served language
        ("Proszę zadzwonić 793184265", "793184265"),
        ("Numaram 5321847265, lütfen", "5321847265"),
        ("Numărul mamei este 722184365", "722184365"),
        ("Sunați-mă 722184365", "722184365"),
        ("Simu yangu 712184365", "712184365"),
        ("Nipigie 712184365 kesho", "712184365"),
        ("O meu telemóvel 912184365", "912184365"),
        ("Chiamatemi al 3471843265", "3471843265"),
        ("Viber 671843265", "671843265"),
    ],
)
def test_numbers_that_need_a_phone_word_are_found_with_one(text: str, number: str) -> None:
    assert phones(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Created 2025-03-14 10:22:05 by the hotline",
        "On 14.03.2025 we waited; on 03/04/2025 again",
        "We received 1 250 000 FCFA and 150 000 000 in total",
        "Between 2024 2025 the camp grew",
        "From 192.168.10.1 the form was sent",
        "Case 12345678 was closed",
        "Reference fb-000123, household of 6, 3 children",
        "Card 4504 7650 7938 1985 was blocked",
        "Registration 2024/0193 for 3 adults",  # a year and a serial number
        "Ticket 2019-00482-7 reopened",
    ],
)
def test_dates_amounts_ids_and_addresses_are_not_phones(text: str) -> None:
    assert phones(text) == []


def test_a_number_broken_by_one_line_break_is_found_whole() -> None:
    assert phones("Call my son on 07384\n914265 please") == ["07384\n914265"]
    assert phones("Tel.: +33 6 18\r\n47 29 36") == ["+33 6 18\r\n47 29 36"]


def test_a_blank_line_ends_a_number() -> None:
    assert phones("Call 07384 914265\n\n2024 was hard") == ["07384 914265"]


def test_a_phone_followed_by_a_letter_is_not_matched_in_part() -> None:
    assert phones("code 0712091686x") == []


def test_punctuation_ends_a_number() -> None:
    assert phones("Appelez le 06 12 34 56 78, 2025 ou +33 6 12 34 56 78; merci") == ["06 12 34 56 78", "+33 6 12 34 56 78"]


def test_only_phone_entities_are_reported() -> None:
    assert RECOGNIZER.analyze("call +44 7700 900123", ["EMAIL_ADDRESS"]) == []


def test_national_scores_do_not_depend_on_the_region_tried_first() -> None:
    """The region a number was last valid in is tried first; each number keeps the score of the
    configured order (a fresh recogniser per number)."""
    numbers = ["0151 5901269", "07700 900123", "06 12 34 56 78", "0712 091 686", "030 123 4567", "(212) 555-0147"]
    shared = PhoneNumberRecognizer("en", DEFAULT_PHONE_REGIONS)
    for number in numbers + numbers[::-1]:
        fresh = PhoneNumberRecognizer("en", DEFAULT_PHONE_REGIONS)
        assert shared._score(number) == fresh._score(number)
    assert set(shared._order) == set(shared.regions)
