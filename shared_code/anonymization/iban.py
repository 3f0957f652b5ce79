"""IBAN_CODE: mod-97-valid IBANs in any letter case and grouping, for every country of the IBAN registry.

Presidio's IBAN recogniser only matches capitals in groups of four, so an IBAN typed in lower case
(``de89 3704 …``) reached the LLM, at best with its digits cut into a phone number; its per-country format
table also lacks the countries that joined the registry since 2020 (Burundi, Djibouti, Oman, Somalia,
Sudan, Yemen …). Here a candidate is a run of letter-and-digit tokens joined by one space or dash that
starts with two letters and two digits; from each such token, the longest run of whole tokens is an IBAN
when, upper-cased, it has its country's registry length, starts as Presidio's format of the country
(where Presidio has one) and its mod-97 check holds. So words after the IBAN are never taken into it and a
RIB-style grouping (``FR76 30006 00001 …``) is found as well.
"""

from __future__ import annotations

from typing import Iterable

import regex
from presidio_analyzer.predefined_recognizers.generic.iban_patterns import regex_per_country

from shared_code.anonymization.prefiltered import Prefiltered, SpanRecognizer

SCORE = 1.0
_PREFILTER = regex.compile(r"[A-Za-z]{2}\d{2}")
_RUN = regex.compile(r"(?<![^\W_])[A-Za-z]{2}\d{2}[A-Za-z0-9]*+(?:[ \-][A-Za-z0-9]++){0,16}+")
_TOKEN = regex.compile(r"[A-Za-z0-9]+")
_START = regex.compile(r"[A-Za-z]{2}\d{2}")
_SEPARATORS = regex.compile(r"[ \-]")
_FORMATS = {country: regex.compile(pattern) for country, pattern in regex_per_country.items()}
MAX_LENGTH = 34

REGISTRY_LENGTHS: dict[str, int] = {
    # IBAN length per country of the IBAN registry (SWIFT, 2024); Presidio's formats of MU, PS, PT and QA
    # are shorter than the registry's, so they are matched as a prefix (as Presidio does) and the length here
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29,
    "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24,
    "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    "YE": 30,
}


def mod97_valid(value: str) -> bool:
    """ISO 13616 check of an upper-case IBAN without separators."""
    if not (value.isascii() and value.isalnum()):
        return False
    return int("".join(str(int(c, 36)) for c in value[4:] + value[:4])) % 97 == 1


def iban_valid(candidate: str) -> bool:
    """``candidate`` (spaces or dashes allowed, any case) has its country's length and format and a valid
    check."""
    value = _SEPARATORS.sub("", candidate).upper()
    country = value[:2]
    if len(value) != REGISTRY_LENGTHS.get(country, -1):
        return False
    return (country not in _FORMATS or _FORMATS[country].match(value) is not None) and mod97_valid(value)


class QfaIbanRecognizer(Prefiltered, SpanRecognizer):
    """IBAN_CODE by registry format and mod-97 (see the module docstring)."""

    ENTITY, NAME, SCORE, PREFILTER = "IBAN_CODE", "QfaIban", SCORE, _PREFILTER

    def spans(self, text: str) -> Iterable[tuple[int, int]]:
        return [span for run in _RUN.finditer(text) for span in _ibans_in(run)]


def _ibans_in(run: regex.Match[str]) -> list[tuple[int, int]]:
    """The IBANs of one run: from each token that can start one, the longest valid run of whole tokens;
    the next search starts after it."""
    tokens = [(m.start() + run.start(), m.end() + run.start()) for m in _TOKEN.finditer(run.group())]
    found: list[tuple[int, int]] = []
    first = 0
    while first < len(tokens):
        start = tokens[first][0]
        ends = [last for last in range(first, len(tokens)) if tokens[last][1] - start <= MAX_LENGTH + last - first]
        valid = next((last for last in reversed(ends) if iban_valid(run.string[start : tokens[last][1]])), None) \
            if _START.match(run.string, start) else None
        if valid is not None:
            found.append((start, tokens[valid][1]))
            first = valid + 1
        else:
            first += 1
    return found
