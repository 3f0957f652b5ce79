"""Cards (Luhn + issuer ranges, 12-19 digits, any grouping) and e-mails at any domain depth.

Numbers here are made for the test (Luhn completed by hand-written helper), not taken from the eval set.
"""

from __future__ import annotations

import pytest

from shared_code.anonymization.cards import CardNumberRecognizer, issuer_of, luhn_valid

pytestmark = pytest.mark.slow


def _complete(prefix: str, length: int) -> str:
    body = (prefix + "7" * length)[: length - 1]
    for check in "0123456789":
        if luhn_valid(body + check):
            return body + check
    raise AssertionError("unreachable")


@pytest.mark.parametrize("prefix, length", [("2221", 16), ("2720", 16), ("4", 19), ("4", 13), ("5018", 12),
                                            ("6759", 19), ("34", 15), ("3530", 16), ("62", 19), ("6011", 16)])
def test_issuer_ranges_and_lengths_are_known(prefix: str, length: int) -> None:
    assert issuer_of(_complete(prefix, length)) is not None


@pytest.mark.parametrize("prefix", ["9792", "9804"])  # Troy (Turkey), PROSTIR (Ukraine's national scheme)
def test_national_schemes_of_the_served_countries_are_cards(prefix: str) -> None:
    assert issuer_of(_complete(prefix, 16)) is not None


@pytest.mark.parametrize("prefix, length", [("1234", 16), ("99", 16), ("2000", 16), ("7", 16), ("4", 17), ("2800", 16)])
def test_luhn_valid_numbers_outside_issuer_ranges_are_not_cards(prefix: str, length: int) -> None:
    number = _complete(prefix, length)
    assert luhn_valid(number)
    assert issuer_of(number) is None


@pytest.mark.parametrize("size, separator", [(0, ""), (4, " "), (4, "-"), (3, " "), (5, " "), (6, "-")])
@pytest.mark.parametrize("prefix, length", [("2298", 16), ("4", 19), ("5018", 12)])
def test_cards_in_any_grouping_are_found(size: int, separator: str, prefix: str, length: int) -> None:
    number = _complete(prefix, length)
    shown = separator.join(number[i : i + size] for i in range(0, length, size)) if size else number
    text = f"Paid with card {shown}, thanks."
    results = CardNumberRecognizer().analyze(text, ["CREDIT_CARD"])
    assert [(text[r.start : r.end]) for r in results] == [shown]


def test_a_failed_checksum_or_a_phone_is_not_a_card() -> None:
    good = _complete("2298", 16)
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    text = f"card {bad} or call +44 20 7946 0958 or 0712 345 678"
    assert CardNumberRecognizer().analyze(text, ["CREDIT_CARD"]) == []


@pytest.mark.parametrize("address", ["oksana.k@gov.ua", "x_y@mail.co.uk", "a.b@health.gouv.fr", "info@ngo.or.ke",
                                     "Jean.Dupont@Example.ORG"])
def test_emails_at_any_domain_depth_are_one_span(spans_of, address: str) -> None:
    assert (address, "EMAIL_ADDRESS") in spans_of(f"Write to {address} today.")


def test_the_local_part_never_leaks_beside_a_url(spans_of) -> None:
    spans = spans_of("Contact: petro.bondar@gov.ua або www.gov.ua")
    assert ("petro.bondar@gov.ua", "EMAIL_ADDRESS") in spans


@pytest.mark.parametrize("after", [" 192.0.2.7", " 2024", "-12"])
def test_a_card_followed_by_another_number_is_still_found(after: str) -> None:
    number = _complete("2298", 16)
    shown = " ".join(number[i : i + 4] for i in range(0, 16, 4))
    text = f"kartımı {shown}{after} adresinden"
    results = CardNumberRecognizer().analyze(text, ["CREDIT_CARD"])
    assert [text[r.start : r.end] for r in results] == [shown]


def _iban(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def _ibans(text: str) -> list[str]:
    from shared_code.anonymization.recognizers import QfaIbanRecognizer

    return [text[r.start : r.end] for r in QfaIbanRecognizer().analyze(text, ["IBAN_CODE"]) if r.score >= 0.4]


@pytest.mark.parametrize("iban", [
    _iban("DE", "370400440532013000").lower(),  # typed in lower case
    " ".join((lambda s: [s[i : i + 4] for i in range(0, len(s), 4)])(_iban("BE", "539007547034").lower())),
    _iban("BI", "10000100010000332045181"),  # Burundi, Sudan, Somalia, Yemen, Oman, Djibouti: in the
    _iban("SD", "29010501234001"),  # IBAN registry since 2020-2023, not in Presidio's format table
    _iban("SO", "1000001001000100141"),
    _iban("YE", "CBYE0001018861234567891234"),
    _iban("OM", "0180000001299123456"),
    _iban("DJ", "00010000000154000100186"),
    _iban("PT", "000201231234567890154"),  # 25 characters: Presidio's format of PT is 21 long
    "FR76 30006 00001 12345678901 89",  # grouped as the French RIB
])
def test_lower_case_ibans_and_those_of_newer_registry_countries_are_found(iban: str) -> None:
    assert _ibans(f"Please pay to {iban} today.") == [iban]


@pytest.mark.parametrize("text", [
    "pay to " + _iban("DE", "370400440532013000")[:2].lower() + "99370400440532013000",  # wrong check digits
    "pay to " + _iban("SD", "290105012340011"),  # one character too many for Sudan
    "covid19 test ward code ab12 cdef ghij klmn",
])
def test_wrong_check_digits_or_lengths_are_not_ibans(text: str) -> None:
    assert _ibans(text) == []
