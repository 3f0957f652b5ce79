"""Payment card numbers: 12 to 19 digits in any grouping, Luhn-valid, inside a real issuer range.

Presidio's card pattern only knows 13-16 digits starting with 1, 3, 4, 5 or 6 in groups of 4, so
Mastercard's 2-series (2221-2720), 19-digit Visa and 12-digit Maestro reached the LLM. This recogniser
finds runs of digit groups separated by one space, dash or dot, and in each the longest window of whole
groups with 12-19 digits that passes Luhn and the issuer table (prefix ranges and lengths from the card
schemes' published IIN ranges), so a card directly followed by another number is still found. Phone numbers rarely pass both checks; a 12-19 digit
number that does is treated as a card (fail closed).
"""

from __future__ import annotations

from typing import Iterable, Optional

import regex

from shared_code.anonymization.prefiltered import Prefiltered, SpanRecognizer

SCORE = 1.0
_RUN = regex.compile(r"(?<![\d+])(?<![\d][ .-])\d+(?:[ .\-]\d+)*(?![\d])")
_GROUP = regex.compile(r"\d+")
_NON_DIGIT, _DIGIT = regex.compile(r"\D"), regex.compile(r"\d")
_PREFILTER = regex.compile(r"\d(?:[ .\-]?\d){11}")

ISSUERS: tuple[tuple[str, int, int, tuple[int, ...]], ...] = (
    # (name, first prefix, last prefix (same number of digits), lengths)
    ("visa", 4, 4, (13, 16, 19)),
    ("mastercard", 51, 55, (16,)),
    ("mastercard", 2221, 2720, (16,)),
    ("amex", 34, 34, (15,)),
    ("amex", 37, 37, (15,)),
    ("diners", 300, 305, (14, 16, 19)),
    ("diners", 36, 36, (14, 16, 19)),
    ("diners", 38, 39, (14, 16, 19)),
    ("discover", 6011, 6011, (16, 19)),
    ("discover", 644, 649, (16, 19)),
    ("discover", 65, 65, (16, 19)),
    ("jcb", 3528, 3589, (16, 17, 18, 19)),
    ("unionpay", 62, 62, (16, 17, 18, 19)),
    ("maestro", 50, 50, tuple(range(12, 20))),
    ("maestro", 56, 69, tuple(range(12, 20))),
    ("mir", 2200, 2204, (16, 17, 18, 19)),
    ("rupay", 60, 60, (16,)),
    ("verve", 506099, 506198, (16, 18, 19)),
    ("troy", 9792, 9792, (16,)),  # Turkey's national scheme
    ("prostir", 9804, 9804, (16,)),  # Ukraine's national scheme (ПРОСТІР)
)


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def issuer_of(digits: str) -> Optional[str]:
    """The scheme whose IIN range and lengths fit ``digits``, or None."""
    for name, first, last, lengths in ISSUERS:
        size = len(str(first))
        if len(digits) in lengths and first <= int(digits[:size]) <= last:
            return name
    return None


class CardNumberRecognizer(Prefiltered, SpanRecognizer):
    """CREDIT_CARD by Luhn and issuer range (see the module docstring)."""

    ENTITY, NAME, SCORE, PREFILTER = "CREDIT_CARD", "QfaCardNumber", SCORE, _PREFILTER

    def spans(self, text: str) -> Iterable[tuple[int, int]]:
        return [found for found in map(_card_in, _RUN.finditer(text)) if found]


def _card_in(run: regex.Match[str]) -> Optional[tuple[int, int]]:
    """The longest window of whole digit groups in a run that is a card (``4111 1111 1111 1111 192.0.2.1``:
    the run goes on into the next number, the card is its first four groups)."""
    groups = [(m.start() + run.start(), m.end() + run.start()) for m in _GROUP.finditer(run.group())]
    best: Optional[tuple[int, int]] = None
    for first in range(len(groups)):
        count = 0
        for last in range(first, len(groups)):  # at most 19 digits: a few groups per start, linear overall
            count += groups[last][1] - groups[last][0]
            if count > 19:
                break
            start, end = groups[first][0], groups[last][1]
            value = run.string[start:end]
            if count >= 12 and (best is None or end - start > best[1] - best[0]) and _consistent_grouping(value):
                digits = _NON_DIGIT.sub("", value)
                if luhn_valid(digits) and issuer_of(digits):
                    best = (start, end)
    return best


def _consistent_grouping(value: str) -> bool:
    """One kind of separator at most (``4111 1111-1111.1111`` is not how anyone writes a card)."""
    return len(set(_DIGIT.sub("", value))) <= 1
