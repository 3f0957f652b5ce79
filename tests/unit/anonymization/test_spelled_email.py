"""E-mail addresses written out with ``at``/``dot`` words or brackets are EMAIL_ADDRESS spans; prose with
the word ``at`` is not (shared_code/anonymization/spelled_email.py)."""

from __future__ import annotations

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.spelled_email import SpelledEmailRecognizer

RECOGNIZER = SpelledEmailRecognizer()


def emails(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["EMAIL_ADDRESS"])]


@pytest.mark.parametrize("address", [
    "omar.h at gmail dot com",
    "fatuma[at]yahoo[dot]co[dot]ke",
    "Layla (at) posteo (dot) de",
    "P.KOWALSKI AT WP DOT PL",
    "musa dot ali at outlook dot fr",
    "jp2019 at mail.ru",
    "juan arroba hotmail punto es",
    "amani{at}shirika.or.tz",
])
def test_spelled_out_addresses_are_found_whole(address: str) -> None:
    assert emails(f"Please write to {address}, thanks.") == [address]


@pytest.mark.parametrize("text", [
    "We were at school.Today the teacher was absent.",
    "We met at the clinic dot not sure when.",
    "Arrived at 10.30 at the centre.",
    "Look at home dot xyzzy for the papers",
    "Write to omar.h@gmail.com",  # a real address is the e-mail recogniser's
])
def test_prose_and_real_addresses_are_not_spelled_addresses(text: str) -> None:
    assert emails(text) == []


def test_a_spelled_address_is_an_email_span_of_the_engine(spans_of) -> None:
    text = "My email is sara.k at yahoo dot com, reply please."
    assert ("sara.k at yahoo dot com", "EMAIL_ADDRESS") in spans_of(text)
