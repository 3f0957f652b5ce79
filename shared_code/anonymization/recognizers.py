"""The recogniser set of each language (docs/pipeline.md § Anonymisation).

Structured types run for every configured language and script: EMAIL_ADDRESS (Presidio, TLD-checked
offline; :class:`SpelledEmailRecognizer` for ``name at domain dot com``), PHONE_NUMBER
(:class:`PhoneNumberRecognizer`), IBAN_CODE (:class:`QfaIbanRecognizer`: mod-97, any case, every registry
country), CREDIT_CARD (:class:`CardNumberRecognizer`: Luhn + issuer ranges),
IP_ADDRESS and URL. PERSON and LOCATION cues (:class:`PersonCueRecognizer`, :class:`LocationCueRecognizer`)
and the name/place lexicon (:class:`LexiconRecognizer`) run for every language too. The spaCy
NER recogniser (PERSON, LOCATION, ORGANIZATION) is registered for the languages that can be routed to a
model: the model languages and the other Latin-script languages (English fallback model).

Not registered, deliberately: DATE_TIME (dates matter for trends), NRP, US/UK-specific identifiers
(SSN, NHS, driving licences …), crypto wallets and MAC addresses (noisy on humanitarian text).

Presidio's lemma-based context enhancement is switched off: it needs lemmas from a model, which
pattern-only languages do not have, and would make the same number score differently by language.
Context that matters (phone words) is part of the phone recogniser's own score.
"""

from __future__ import annotations

import shared_code.runtime_env  # noqa: F401  (offline defaults before Presidio/spaCy are imported)

import re
from typing import Iterable, Sequence

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import (
    EmailRecognizer,
    IpRecognizer,
    SpacyRecognizer,
    UrlRecognizer,
)

from shared_code.anonymization.cards import CardNumberRecognizer
from shared_code.anonymization.iban import QfaIbanRecognizer
from shared_code.anonymization.location import LocationCueRecognizer
from shared_code.anonymization.names import LexiconRecognizer
from shared_code.anonymization.person import PersonCueRecognizer
from shared_code.anonymization.phone import PhoneNumberRecognizer
from shared_code.anonymization.prefiltered import Prefiltered
from shared_code.anonymization.spelled_email import SpelledEmailRecognizer

STRUCTURED_ENTITIES: tuple[str, ...] = (
    "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS", "URL",
)
NER_ENTITIES: tuple[str, ...] = ("PERSON", "LOCATION", "ORGANIZATION")

NER_LABELS_IGNORED: tuple[str, ...] = (
    "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "WORK_OF_ART", "PRODUCT", "LANGUAGE", "LAW", "EVENT",
    "FAC", "NORP", "MISC", "DATE", "TIME",
)
NER_LABEL_MAPPING: dict[str, str] = {
    "PERSON": "PERSON", "PER": "PERSON", "LOC": "LOCATION", "GPE": "LOCATION", "LOCATION": "LOCATION",
    "ORG": "ORGANIZATION", "ORGANIZATION": "ORGANIZATION",
}

NER_RECOGNIZER = "SpacyRecognizer"
CUE_RECOGNIZER = "QfaPersonCue"
LOCATION_CUE_RECOGNIZER = "QfaLocationCue"
LEXICON_RECOGNIZER = "QfaLexicon"


class QfaEmailRecognizer(Prefiltered, EmailRecognizer):
    """Presidio's pattern; valid when the domain ends in a known public suffix. Presidio requires a
    registrable name before it, so ``petro@gov.ua`` (``gov.ua`` is itself a suffix) was dropped and its
    local part leaked beside a URL span."""

    PREFILTER = re.compile("@")

    def validate_result(self, pattern_text: str) -> bool:
        import tldextract

        return tldextract.extract(pattern_text.rsplit("@", 1)[-1]).suffix != ""


class QfaIpRecognizer(Prefiltered, IpRecognizer):
    PREFILTER = re.compile(r"\d\.\d|:[0-9A-Fa-f]*:")


class QfaUrlRecognizer(Prefiltered, UrlRecognizer):
    PREFILTER = re.compile(r"[\w-]\.[A-Za-z]{2}")


def structured_recognizers(language: str, phone_regions: Sequence[str]) -> list[EntityRecognizer]:
    recognizers: list[EntityRecognizer] = [
        QfaEmailRecognizer(supported_language=language),
        SpelledEmailRecognizer(supported_language=language),
        QfaIbanRecognizer(supported_language=language),
        CardNumberRecognizer(supported_language=language),
        QfaIpRecognizer(supported_language=language),
        QfaUrlRecognizer(supported_language=language),
        PhoneNumberRecognizer(supported_language=language, regions=phone_regions),
    ]
    for recognizer in recognizers:
        recognizer.context = []  # fixed scores, the same in every language (see module docstring)
    return recognizers


def recognizers_for(
    languages: Iterable[str], ner_languages: Iterable[str], phone_regions: Sequence[str]
) -> list[EntityRecognizer]:
    """Every recogniser of the registry: structured + cues for all languages, NER where routable."""
    ner = set(ner_languages)
    recognizers: list[EntityRecognizer] = []
    for language in languages:
        recognizers.extend(structured_recognizers(language, phone_regions))
        recognizers.append(PersonCueRecognizer(supported_language=language, name=CUE_RECOGNIZER))
        recognizers.append(LocationCueRecognizer(supported_language=language, name=LOCATION_CUE_RECOGNIZER))
        recognizers.append(LexiconRecognizer(supported_language=language, name=LEXICON_RECOGNIZER))
        if language in ner:
            recognizers.append(
                SpacyRecognizer(supported_language=language, supported_entities=list(NER_ENTITIES), name=NER_RECOGNIZER)
            )
    return recognizers


def entities_for(*, ner: bool, cues: bool) -> list[str]:
    """The entity list of one analyze() call."""
    entities = list(STRUCTURED_ENTITIES)
    if cues or ner:
        entities += ["PERSON", "LOCATION"]
    if ner:
        entities.append("ORGANIZATION")
    return entities
