"""Phone numbers in every language and script (docs/pipeline.md § Anonymisation).

Presidio's ``PhoneRecognizer`` runs ``phonenumbers.PhoneNumberMatcher`` once per region over the whole
text (20 regions = 20 scans of every record) and misses numbers that are well-formed but not
"valid" in the metadata (fictional ranges such as ``07700 900xxx``, new mobile blocks). This
recogniser finds phone-shaped digit runs with one cheap regex, then scores each candidate:

- ``+CC …`` / ``00CC …`` numbers parsed by phonenumbers: valid 0.85, possible 0.65;
- national numbers valid for one of ``ANONYMIZER_PHONE_REGIONS``: 0.6;
- national numbers with a trunk ``0`` (``0712 091 686``) or an area code in parentheses: 0.5;
- other digit groups of phone length: 0.3, i.e. only with a phone word nearby (``number``, ``numéro``,
  ``llámenme``, ``Rückruf``, ``номер``, ``رقم`` …; +0.3).

Dates, IPv4 addresses, year ranges, a year with a serial number (``2024/0193``) and amounts are rejected
before scoring. Groups may be separated by one line break (a number wrapped in a message), never by a
blank line. Any Unicode decimal digits are accepted (Arabic-Indic ``٠٩٤٤ ٨٧٩ ٢٦٨``); phonenumbers normalises them.
"""

from __future__ import annotations

import shared_code.runtime_env  # noqa: F401  (offline defaults before Presidio/spaCy are imported)

import unicodedata
from typing import List, Optional, Sequence

import phonenumbers
import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from shared_code.anonymization.result import recognizer_result

PHONE_WORDS: tuple[str, ...] = (
    # regex stems, matched case-insensitively at a word start, in any language's text
    r"phone", r"tel\b", r"tél", r"telephone", r"mobile", r"cell", r"call", r"number", r"whats\s?app", r"sms",
    r"text me", r"contact", r"reach me", r"hotline",
    r"téléphone", r"portable", r"numéro", r"appel", r"rappel", r"joindre",
    r"teléfono", r"telefono", r"celular", r"móvil", r"movil", r"número", r"numero", r"llam", r"lláme",
    r"contacto", r"telefoon", r"nummer", r"bel\b", r"bellen", r"gebeld", r"teruggebeld", r"mobiel",
    r"telefon", r"handy", r"rufnummer", r"anruf", r"zurückruf", r"rückruf", r"erreichbar", r"unter\b",
    r"телефон", r"номер", r"дзвін", r"дзвон", r"зателефон", r"передзвон", r"мобільн", r"контакт", r"звон",
    r"رقم", r"الرقم", r"هاتف", r"الهاتف", r"جوال", r"الجوال", r"موبايل", r"اتصال", r"الاتصال", r"اتصل",
    r"للتواصل", r"تواصل", r"واتساب",
    r"numer", r"zadzwo", r"dzwo", r"komórk", r"numara", r"gsm\b", r"număr", r"numar", r"suna", r"simu\b",
    r"namba", r"nipigi", r"telemóvel", r"telemovel", r"ligue", r"ligar\b", r"chiam", r"viber", r"вайбер",
    r"telegram", r"телеграм",
)

_GROUP = r"(?:\(\d{1,5}+\)|\d{1,6}+)"
# one dot, dash or slash (spaces around it allowed), one space, or one line break (a number wrapped in an SMS)
_SEPARATOR = r"(?:[ \u00a0]?[.\-/][ \u00a0]?|[ \u00a0]|[ \u00a0]*\r?\n[ \u00a0]*)"
# atomic: a digit run followed by a letter is rejected whole, never matched in part
_CANDIDATE = regex.compile(
    rf"(?<![\w+@/.\-#%])(?>(?:\+|00)?{_GROUP}(?:{_SEPARATOR}?{_GROUP}){{1,8}}+)(?![\w@%]|:\d)"
)
_SPLIT = regex.compile(r"[ \u00a0\r\n.\-/()]+")
_LINE_BREAK = regex.compile(r"\r?\n")
_DATE = regex.compile(r"^(?:\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})|\d{4}[./\-]\d{1,2}[./\-]\d{1,2})(?=\s|$)")
_YEARS = regex.compile(r"^(?:(?:19|20)\d\d(?:\s?[\-/]\s?|\s|$))+$")
_YEAR_SERIAL = regex.compile(r"^(?:19|20)\d\d([\-/])\d+(?:\1\d+)*$")  # 2024/0193, 2019-00482-7
_IPV4 = regex.compile(r"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$")
_AMOUNT = regex.compile(r"^[1-9]\d{0,2}(?:[ \u00a0.,]\d{3})+$")
_CONTEXT = regex.compile(r"(?<!\w)(?:" + "|".join(PHONE_WORDS) + r")", regex.IGNORECASE)
_CONTEXT_BEFORE, _CONTEXT_AFTER = 48, 24
_CONTEXT_BOOST = 0.3
MIN_DIGITS, MAX_DIGITS = 7, 15


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text)


class PhoneNumberRecognizer(LocalRecognizer):
    """International and national phone numbers; see the module docstring for the scores."""

    def __init__(self, supported_language: str, regions: Sequence[str], name: Optional[str] = None) -> None:
        self.regions = tuple(r.upper() for r in regions)
        self._order = self.regions
        """The regions in the order :meth:`_national` tries them: the last one a number was valid in first
        (a deployment's numbers mostly come from one country; the score does not depend on the order)."""
        super().__init__(
            supported_entities=["PHONE_NUMBER"], supported_language=supported_language, name=name or "QfaPhone"
        )

    def load(self) -> None:  # nothing to load
        pass

    def analyze(
        self, text: str, entities: List[str], nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> List[RecognizerResult]:
        if "PHONE_NUMBER" not in entities:
            return []
        results: list[RecognizerResult] = []
        for match in _CANDIDATE.finditer(text):
            score = self._score(match.group(0))
            if score is None:
                continue
            start, end = match.start(), match.end()
            if self._has_context(text, start, end):
                score = min(1.0, score + _CONTEXT_BOOST)
            results.append(self._result(start, end, score))
        return results

    def _score(self, candidate: str) -> float | None:
        plain = _LINE_BREAK.sub(" ", _ascii_digits(candidate))
        digits = sum(ch.isdigit() for ch in plain)
        if not MIN_DIGITS <= digits <= MAX_DIGITS or _DATE.match(plain) or _IPV4.match(plain) or _YEARS.match(plain) \
                or _YEAR_SERIAL.match(plain):
            return None
        if plain.startswith(("+", "00")):
            return self._international(plain)
        if _AMOUNT.match(plain) and plain.endswith("000"):
            return None
        return self._national(plain, digits)

    @staticmethod
    def _international(plain: str) -> float | None:
        try:
            number = phonenumbers.parse("+" + plain[2:] if plain.startswith("00") else plain, None)
        except phonenumbers.NumberParseException:
            return None
        if phonenumbers.is_valid_number(number):
            return 0.85
        return 0.65 if phonenumbers.is_possible_number(number) else None

    def _national(self, plain: str, digits: int) -> float:
        grouped = bool(_SPLIT.search(plain))
        order = self._order
        for region in order if grouped or plain.startswith("0") else ():  # else no region's 0.6 applies
            try:
                number = phonenumbers.parse(plain, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number) and (grouped or plain.startswith("0")):
                if region != order[0]:
                    self._order = (region, *(r for r in order if r != region))
                return 0.6
        if (plain.startswith("0") and digits >= 9) or plain.startswith("("):
            return 0.5
        return 0.3

    @staticmethod
    def _has_context(text: str, start: int, end: int) -> bool:
        before = text[max(0, start - _CONTEXT_BEFORE) : start]
        after = text[end : end + _CONTEXT_AFTER]
        return bool(_CONTEXT.search(before) or _CONTEXT.search(after))

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return recognizer_result(self, "PHONE_NUMBER", start, end, score)
