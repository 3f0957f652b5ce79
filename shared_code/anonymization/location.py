"""LOCATION found by street words and place cues, beside the NER (docs/pipeline.md § Anonymisation).

The small models miss most street names (``Moi Avenue``, ``rue Pasteur``, ``calle Mayor``) and there is
no NER at all for Ukrainian or Arabic, where every town reached the LLM. This recogniser adds, from the
vocabulary of :data:`shared_code.anonymization.cues.LOCATION_CUES`:

- streets: a street word and a name (``rue de la Gare``, ``вулиця Шевченка``, ``شارع الثورة``), a name
  and a street type (``Market Street``), or a one-word street (``Dorpsstraat``, ``Schillerstraße``); the
  street word and the house number (after or before it: ``Schillerstraße 12a``, ``12 Market Street``) are
  part of the span, as in addresses;
- places after a cue: ``в місті Суми``, ``Address: Nairobi``, ``نسكن في زحلة``; the span is the name;
- in languages that do not capitalise nouns: one to three capitalised words right after a place
  preposition (``from Herefordshire``, ``uit Rijkevoort``) that the name and place lexicon does not know
  at all (known towns and names are the lexicon's), that are not stop words or calendar words, and whose
  preposition does not follow a capitalised word inside a sentence (``Programa de Efectivo`` is a title):
  towns too small for the gazetteer, regions, districts.

Names are one to three capitalised words (particles inside, ``de la``), or for Arabic one or two words.
"""

from __future__ import annotations

import shared_code.runtime_env  # noqa: F401  (offline defaults before Presidio/spaCy are imported)

from typing import List, Optional

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from shared_code.anonymization.cues import NOUN_CAPITALISING, PLACE_PREPOSITIONS
from shared_code.anonymization.location_cues import LOCATION_CUES, LocationCues
from shared_code.anonymization.lexicon import get_lexicon, normalise
from shared_code.anonymization.particles import PLACE_PARTICLES
from shared_code.anonymization.person import NAME_WORD as _WORD
from shared_code.anonymization.person import non_name_words, stop_words
from shared_code.anonymization.result import recognizer_result
from shared_code.anonymization.spans import sentence_initial

SCORE = 0.85
_ARABIC_NAME = r"\p{Arabic}{2,}(?:[ \t]+\p{Arabic}{2,})?"
_PARTICLES = rf"(?:de la|de las|de los|de l['’]|{'|'.join(PLACE_PARTICLES)})"
_CUE_START = r"(?<!\w)"
_END = r"(?![\w'’ʼ-])"
_SPACE = regex.compile(r"\S+")
_NUMBER = r"\d{1,5}[a-zA-Z]?(?:[ \t]?[-/][ \t]?\d{1,5}[a-zA-Z]?)?"
_NUMBER_AFTER = regex.compile(rf"[ \t]*,?[ \t]*(?:(?i:no\.?|nr\.?|n[º°o]\.?|номер|буд\.?|д\.)[ \t]*)?{_NUMBER}(?![\d\w])")
_NUMBER_BEFORE = regex.compile(rf"(?<![\d\w.,:/+-]){_NUMBER},?[ \t]+$")


def _alternatives(items: tuple[str, ...]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


class LocationCueRecognizer(LocalRecognizer):
    """Street and place names for one language (see the module docstring)."""

    def __init__(self, supported_language: str, cues: Optional[LocationCues] = None, name: Optional[str] = None):
        self.cues = cues or LOCATION_CUES.get(supported_language) or LOCATION_CUES["en"]
        self.arabic = supported_language in {"ar", "fa", "ur", "ps"}
        self.stop = stop_words(supported_language)
        self.strict = non_name_words(supported_language)
        self._patterns = self._compile(self.cues)
        prepositions = () if supported_language in NOUN_CAPITALISING or self.arabic \
            else PLACE_PREPOSITIONS.get(supported_language, ())
        self._after_preposition = regex.compile(
            rf"(?<![\w'’ʼ-])(?P<before>\S+[ \t]+)?(?i:{_alternatives(prepositions)})[ \t]+(?P<name>{_WORD}(?:-{_WORD}|[ \t]+{_WORD}){{0,2}}){_END}"
        ) if prepositions else None
        super().__init__(
            supported_entities=["LOCATION"], supported_language=supported_language, name=name or "QfaLocationCue"
        )

    def load(self) -> None:  # patterns are compiled in __init__
        pass

    def _compile(self, cues: LocationCues) -> list[tuple[regex.Pattern[str], str]]:
        """``(pattern, kind)``: ``street`` = street word + name (both in the span), ``whole`` = the match,
        ``name`` = the ``name`` group after a place cue."""
        name = _ARABIC_NAME if self.arabic else rf"{_WORD}(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_WORD}){{0,2}}"
        street_name = _ARABIC_NAME if self.arabic else rf"(?:{_PARTICLES}[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
        town = rf"(?:[ \t]*[,،][ \t]*(?P<town>{name}){_END})?"  # "вулиця Шевченка, Львів"
        patterns: list[tuple[regex.Pattern[str], str]] = []
        if cues.streets:
            patterns.append((regex.compile(
                rf"{_CUE_START}(?P<street>(?i:{_alternatives(cues.streets)})[ \t]+{street_name}){_END}{town}"), "street"))
        if cues.street_types:
            types = "|".join(t + (r"\.?" if len(t) <= 3 else "") for t in sorted(cues.street_types, key=len, reverse=True))
            patterns.append((regex.compile(
                rf"{_CUE_START}(?P<street>{_WORD}(?:[ \t]+{_WORD})?[ \t]+(?:{types})){_END}{town}"), "whole"))
        if cues.street_suffixes:
            suffixes = _alternatives(tuple(regex.escape(s) for s in cues.street_suffixes))
            patterns.append((regex.compile(rf"{_CUE_START}(?P<street>\p{{Lu}}\p{{Ll}}+(?:{suffixes})){_END}{town}"),
                             "whole"))
        if cues.places:
            patterns.append((regex.compile(rf"{_CUE_START}(?i:{_alternatives(cues.places)})[ \t]*(?P<name>{name}){_END}"),
                             "name"))
        return patterns

    def analyze(
        self, text: str, entities: List[str], nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> List[RecognizerResult]:
        if "LOCATION" not in entities:
            return []
        spans: set[tuple[int, int]] = set()
        for pattern, kind in self._patterns:
            for match in pattern.finditer(text):
                start, end = match.span("name") if kind == "name" else match.span("street")
                street = self._trim(text, start, end, kind)
                if street and kind != "name":
                    street = _with_house_number(text, *street)
                for span in (street, self._town(text, match, kind)):
                    if span:
                        spans.add(span)
        spans.update(self._unknown_places(text))
        kept = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
        return [self._result(start, end) for start, end in sorted(kept)]

    def _unknown_places(self, text: str) -> list[tuple[int, int]]:
        if self._after_preposition is None:
            return []
        lexicon, found = get_lexicon(), []
        for match in self._after_preposition.finditer(text):
            start, end = match.span("name")
            words = regex.findall(r"[\p{L}\p{M}'’ʼ]+", match.group("name"))
            if any(lexicon.flags(normalise(w)) or w.casefold() in self.stop or w.isupper() for w in words):
                continue
            before = match.group("before")
            if before and before[:1].isupper() and not sentence_initial(text, match.start("before")):
                continue  # inside a capitalised title (Programa de Efectivo), not a place after a preposition
            found.append((start, end))
        return found

    def _town(self, text: str, match: regex.Match[str], kind: str) -> tuple[int, int] | None:
        if kind == "name" or match.start("town") < 0:
            return None
        return self._trim(text, match.start("town"), match.end("town"), "name")

    def _trim(self, text: str, start: int, end: int, kind: str) -> tuple[int, int] | None:
        """Drop trailing non-name words (and leading stop words after a place cue); a street keeps its
        street word and needs a name after it (``calle Mayor``: capitalised stop words stay in streets)."""
        words = [m.span() for m in _SPACE.finditer(text, start, end)]
        keep = 1 if kind == "street" else 0
        trailing = self.stop if kind == "name" else self.strict
        while len(words) > keep and text[words[-1][0] : words[-1][1]].casefold() in trailing:
            words.pop()
        while kind == "name" and words and text[words[0][0] : words[0][1]].casefold() in self.stop:
            if self.arabic:  # no letter case: a function word first means the cue did not lead to a name
                return None
            words.pop(0)
        if len(words) <= keep:
            return None
        return words[0][0], words[-1][1]

    def _result(self, start: int, end: int) -> RecognizerResult:
        return recognizer_result(self, "LOCATION", start, end, SCORE)


def _with_house_number(text: str, start: int, end: int) -> tuple[int, int]:
    """The street span with its house number after (``Schillerstraße 12a``, ``вулиця Шевченка, 5``) or,
    failing that, before it (``12 Market Street``, ``81 avenue Foch``)."""
    after = _NUMBER_AFTER.match(text, end)
    if after:
        return start, after.end()
    before = _NUMBER_BEFORE.search(text, max(0, start - 16), start)
    return (before.start(), end) if before else (start, end)
