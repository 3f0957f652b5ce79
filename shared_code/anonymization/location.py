"""LOCATION found by street words and place cues, beside the NER (docs/pipeline.md § Anonymisation).

The small models miss most street names (``Moi Avenue``, ``rue Pasteur``, ``calle Mayor``) and there is
no NER at all for Ukrainian or Arabic, where every town reached the LLM. This recogniser adds, from the
vocabulary of :data:`shared_code.anonymization.cues.LOCATION_CUES`:

- streets: a street word and a name (``rue de la Gare``, ``вулиця Шевченка``, ``شارع الثورة``), a name
  and a street type (``Market Street``), or a one-word street (``Dorpsstraat``, ``Schillerstraße``,
  ``Karl-Marx-Allee``); the street word and the house number (after or before it: ``Schillerstraße 12a``,
  ``12 Market Street``; :mod:`house_numbers`) are part of the span, as in addresses; a Latin-script name
  after a street word is one to six words with particles, titles, Roman numerals or a date
  (:data:`street_shapes.STREET_NAME`: ``Rua Dr. António José de Almeida``, ``Calle 2 de Mayo``), unless,
  without a house number, it is an ordinary phrase (:mod:`street_phrases`: ``la Carretera del Hospital``);
  streets that only their number marks (:mod:`numbered_streets`: ``na Polnej 7``, ``Vismarkt 4``) and
  Turkish addresses (:mod:`turkish_streets`: ``Gül Sokak No:5``);
- places after a cue: ``в місті Суми``, ``Address: Nairobi``, ``نسكن في زحلة``; the span is the name,
  with a house number that ends the phrase (``Adresse: Lindenweg 4``);
- places after a place preposition (``from Herefordshire``, ``uit Rijkevoort``, ``w Krakowie``): one to
  three capitalised words (lower-case particles inside: ``Santiago do Cacém``), the longest run that is
  a gazetteer place (a town that is no ordinary word of the language, any town after German's own
  prepositions: ``in Leipzig``, ``aus Essen``; or a small place of the lexicon's ``MINOR_PLACE`` list
  that is neither an ordinary word nor a name; or a Polish case form of a town: ``w Krakowie``, ``z
  Gdańska``, :mod:`inflection`), or, after a *loose* preposition,
  words that are each unknown to the lexicon or a place (not a name only, stop word, calendar word,
  acronym, nor the plural of an ordinary word of the language: ``de Seaux``) and whose preposition does not follow a capitalised word inside a sentence (``Programa de
  Efectivo`` is a title): villages under the gazetteer's floor, regions, districts. Loose are the
  prepositions of languages that do not capitalise nouns, and everywhere the prepositions of other
  Latin-script languages (Polish, Romanian, Swahili texts are routed to a neighbour). German's own
  prepositions (nouns are capitalised), prepositions merged with an article (``do``, ``nel``, ``ao``:
  institutions take articles too) and Arabic (no letter case; ``في``, ``من``, a ``ب`` clitic) take
  gazetteer places only;
- a lower-case town after a place preposition of the language (``abito a bergamo``) when it is no name
  and no ordinary word of any language;
- after a street and its house number, the town after a comma (``Calle Mayor 12, Toledo``).

Place names are one to three capitalised words (particles inside, ``de la``), or for Arabic one or two words.
"""

from __future__ import annotations

import shared_code.runtime_env  # noqa: F401  (offline defaults before Presidio/spaCy are imported)

from typing import List, Optional

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from shared_code.anonymization.common_words import (
    get_common_words, in_item_list, language_bit, plural_noun, plural_of_ordinary,
)
from shared_code.anonymization.cues import NOUN_CAPITALISING, PLACE_PREPOSITIONS
from shared_code.anonymization.inflection import POLISH_PREPOSITIONS, inflected_town
from shared_code.anonymization.language import SCRIPT_OF_LANGUAGE
from shared_code.anonymization.lexicon import (
    FIRST, LAST, MINOR_PLACE, PLACE, get_lexicon, normalise, weak_bit, weak_place_bit,
)
from shared_code.anonymization.location_cues import (
    ANY_LATIN_PLACE_PREPOSITIONS, LOCATION_CUES, MORE_PLACE_PREPOSITIONS, LocationCues,
)
from shared_code.anonymization.particles import PLACE_NAME_WORDS, PLACE_PARTICLES
from shared_code.anonymization.place_prepositions import alternatives as _alternatives, preposition_pattern
from shared_code.anonymization.place_prepositions import title as title_reading
from shared_code.anonymization.person import NAME_WORD as _WORD
from shared_code.anonymization.cueless_places import places_anywhere
from shared_code.anonymization.dutch_streets import street_start
from shared_code.anonymization.numbered_streets import numbered_streets
from shared_code.anonymization.house_numbers import NUMBER as _NUMBER, number_after
from shared_code.anonymization.house_numbers import with_house_number as _with_house_number
from shared_code.anonymization.street_phrases import common_phrase_test
from shared_code.anonymization.street_shapes import STREET_NAME, in_date
from shared_code.anonymization.person import non_name_words, stop_words
from shared_code.anonymization.result import recognizer_result

SCORE = 0.86
"""Above the NER's 0.85: Presidio drops a result contained in a longer one of the same type with an equal
or higher score, and an NER span such as ``Malalamiko kutoka Simiyu`` is dropped later as no name, taking
the place with it. Below the person cues' and the lexicon's 0.9, which win a tie on the same words."""
_ARABIC_NAME = r"\p{Arabic}{2,}(?:[ \t]+\p{Arabic}{2,})?"
_PARTICLES = rf"(?:de la|de las|de los|de l['’]|{'|'.join(PLACE_PARTICLES)})"
_CUE_START = r"(?<!\w)"
_END = r"(?![\w'’ʼ-])"
_SPACE = regex.compile(r"\S+")
_INNER = frozenset(PLACE_NAME_WORDS)
_ARABIC_LETTER = regex.compile(r"\p{Arabic}")
_TOWN_AFTER = regex.compile(rf"[ \t]*[,،][ \t]*(?:\d{{4,6}}[ \t]+)?(?P<town>{_WORD}(?:[ \t]+{_WORD}){{0,2}}){_END}")
_FINAL_NUMBER = regex.compile(rf"([ \t]+{_NUMBER})[ \t]*(?:$|[,;.!?)\n])")


class LocationCueRecognizer(LocalRecognizer):
    """Street and place names for one language (see the module docstring)."""

    def __init__(self, supported_language: str, cues: Optional[LocationCues] = None, name: Optional[str] = None):
        self.cues = cues or LOCATION_CUES.get(supported_language) or LOCATION_CUES["en"]
        self.arabic = supported_language in {"ar", "fa", "ur", "ps"}
        self.stop, self.dutch = stop_words(supported_language), supported_language == "nl"
        self.strict = non_name_words(supported_language)
        self._patterns = self._compile(self.cues)
        self.lexicon = get_lexicon()
        self.weak_place = weak_place_bit(supported_language)
        self.weak_name = weak_bit(supported_language)
        self.common, self.own_word = get_common_words(), language_bit(supported_language)
        self._phrase = common_phrase_test(supported_language, self.common)
        self._after_preposition, self._loose = preposition_pattern(supported_language, self.arabic)
        self._noun_prepositions = frozenset(PLACE_PREPOSITIONS.get(supported_language, ())) \
            if supported_language in NOUN_CAPITALISING else frozenset()
        own = (*PLACE_PREPOSITIONS.get(supported_language, ()), *MORE_PLACE_PREPOSITIONS.get(supported_language, ()))
        self._lower = None if self.arabic or not own else regex.compile(
            rf"(?<![\w'’ʼ-])(?:{_alternatives(own)})[ \t]+(\p{{Ll}}[\p{{L}}\p{{M}}-]{{2,}})(?![\w'’ʼ-])")
        self._anywhere = places_anywhere(supported_language, self.lexicon, self.common, bool(self._noun_prepositions),
                                         self.stop, (frozenset(own), frozenset((*own, *ANY_LATIN_PLACE_PREPOSITIONS))))
        super().__init__(
            supported_entities=["LOCATION"], supported_language=supported_language, name=name or "QfaLocationCue"
        )

    def load(self) -> None:  # patterns are compiled in __init__
        pass

    def _compile(self, cues: LocationCues) -> list[tuple[regex.Pattern[str], str]]:
        """``(pattern, kind)``: ``street`` = street word + name (both in the span), ``whole`` = the match,
        ``name`` = the ``name`` group after a place cue, ``head`` = a place-name head and its name after a
        place preposition."""
        name = _ARABIC_NAME if self.arabic else rf"{_WORD}(?:[ \t]+(?:{_PARTICLES}[ \t]+)?{_WORD}){{0,2}}"
        street_name = _ARABIC_NAME if self.arabic else STREET_NAME
        town = rf"(?:[ \t]*[,،][ \t]*(?P<town>{name}){_END})?"  # "вулиця Шевченка, Львів"
        patterns: list[tuple[regex.Pattern[str], str]] = []
        if cues.streets:
            patterns.append((regex.compile(
                rf"{_CUE_START}(?P<street>(?i:{_alternatives(cues.streets)})[ \t]+{street_name}){_END}{town}"), "street"))
        if cues.street_types:
            types = "|".join(t + (r"\.?" if len(t) <= 3 else "") for t in sorted(cues.street_types, key=len, reverse=True))
            patterns.append((regex.compile(
                rf"{_CUE_START}(?P<street>{_WORD}(?:[ \t]+{_WORD})?[ \t]+(?:{types})){_END}{town}"), "type"))
        if cues.street_suffixes:
            suffixes = _alternatives(tuple(regex.escape(s) for s in cues.street_suffixes))
            patterns.append((regex.compile(rf"{_CUE_START}(?P<street>(?:\p{{Lu}}\p{{Ll}}+\.?-(?:\p{{Ll}}+-)*)*\p{{Lu}}\p{{Ll}}+(?:{suffixes})){_END}{town}"),
                             "whole"))
        if cues.place_heads and self.arabic:
            prepositions = _alternatives(PLACE_PREPOSITIONS.get("ar", ()))
            heads = _alternatives(cues.place_heads)
            patterns.append((regex.compile(rf"(?<!\S)(?:{prepositions})[ \t]+"
                                           rf"(?P<name>(?:{heads})[ \t]+(?!ال)\p{{Arabic}}{{2,}})(?!\p{{Arabic}})"), "head"))
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
                if kind == "head":  # a generic word and its name: no trimming
                    spans.add(match.span("name"))
                    continue
                start, end = match.span("name") if kind == "name" else match.span("street")
                street = self._trim(text, start, end, kind)
                town = self._town(text, match, kind)
                if street and kind == "whole" and self.dutch:  # Van Goghlaan, Burgemeester de Withstraat
                    street = (street_start(text, street[0], self._title_word), street[1])
                if street and kind == "street" and self._phrase(text, *street) and \
                        _with_house_number(text, *street) == street:  # la Carretera del Hospital (no number)
                    street = town = None
                if street and kind != "name":
                    street = _with_house_number(text, *street)
                    town = town or self._town_after(text, street[1])
                elif street:  # after a place cue, a house number ending the phrase: ``Adresse: Lindenweg 4``
                    number = _FINAL_NUMBER.match(text, street[1])
                    street = (street[0], number.end(1)) if number else street
                for span in (street, town):
                    if span:
                        spans.add(span)
        spans.update(self._unknown_places(text))
        spans.update(() if self.arabic else numbered_streets(text))  # na Polnej 7, Vismarkt 4, 4 rue des écoles
        spans.update(m.span(1) for m in (self._lower.finditer(text) if self._lower else ()) if self._plain_town(m.group(1)))
        spans.update(self._anywhere.find(text, spans) if self._anywhere else ())
        kept = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)
                and any(c.isalpha() for c in text[s[0]:s[1]])]  # a place has a letter (not ٢٠٢٤ of ١٢/٠٣/٢٠٢٤)
        return [self._result(start, end) for start, end in sorted(kept)]

    def _unknown_places(self, text: str) -> list[tuple[int, int]]:
        if self._after_preposition is None:
            return []
        found = []
        for match in self._after_preposition.finditer(text):
            span = self._place_after(text, match)
            if span:
                found.append(span)
        return found

    def _place_after(self, text: str, match: regex.Match[str]) -> tuple[int, int] | None:
        """The longest run of the words after the preposition, ending in a name word, that is a place:
        a gazetteer place as a whole, or (cased languages that do not capitalise nouns) words that are
        each unknown to the lexicon or a place, not a name only, stop word, calendar word or acronym."""
        words = [m.span() for m in _SPACE.finditer(text, *match.span("name"))]
        prep = match.group("prep").casefold()
        loose = prep.replace("’", "'") in self._loose \
            or (self.arabic and not _ARABIC_LETTER.match(text, words[0][0]))  # a romanised name in Arabic text
        title = title_reading(text, match, words, self._title_word, self._plural) if loose else ""
        for size in range(len(words), 0, -1):
            part = [text[s:e] for s, e in words[:size]]
            if part[-1].casefold() in _INNER:
                continue
            flags = self.lexicon.place_flags("_".join(normalise(w) for w in part))
            # one-word towns are the lexicon recogniser's (anywhere); longer ones may hold particles it skips
            place = (size > 1 and flags & PLACE and not flags & self.weak_place) or self._minor(flags) \
                or (size == 1 and flags & PLACE and prep in self._noun_prepositions)  # in Leipzig, aus Essen
            if title != "title" and (place or (loose and not title and size == len(words)
                                               and not self._institution(part) and all(map(self._unknown_or_place, part))
                                               and not (size == 1 and self._listed(text, words[0])))):
                return words[0][0], words[size - 1][1]
        if prep in POLISH_PREPOSITIONS and inflected_town(text[slice(*words[0])], self.lexicon, self.common):
            return words[0]
        return None

    def _listed(self, text: str, span: tuple[int, int]) -> bool:
        """An ordinary word listed with another one is an item (``du Savon, du Riz et de l'Huile``)."""
        return self._ordinary(text[slice(*span)]) and in_item_list(text, *span, self._ordinary)

    def _ordinary(self, word: str) -> bool:
        flags = self.lexicon.flags(normalise(word))
        return bool(flags & self.weak_name or not flags and self.common.flags(word) & self.own_word)

    def _title_word(self, word: str) -> bool:
        """An ordinary word of the language that is no town, even a weak one (``Cabo Delgado`` stays)."""
        return bool(self.common.flags(word) & self.own_word) and not self.lexicon.place_flags(normalise(word)) & PLACE

    def _institution(self, part: list[str]) -> bool:
        """Ordinary words joined by a particle (``no Balcão de Atendimento``, ``l'Unité Mobile de Santé``) name
        a service or an institution, not a place (``Valle del Cauca``, ``Santiago do Cacém`` stay)."""
        inner = [w.casefold() in _INNER for w in part]
        return any(inner) and all(flag or self._title_word(w) for w, flag in zip(part, inner))

    def _plural(self, word: str) -> bool:
        return plural_noun(word, self.common.flags, self.own_word)

    def _plain_town(self, word: str) -> bool:
        """A lower-case word after the language's own place preposition (``vivo en salamanca``) is a town when
        the gazetteer has it as a town that the language itself never uses as an ordinary word: a name or
        another language's word is the town there (``en sevilla``, a surname; ``a bologna``, English sausage;
        not ``de cuenca``, basin, nor ``a granada``); or a small place by :meth:`PlacesAnywhere.lower_case`."""
        flags = self.lexicon.place_flags(normalise(word))
        return bool(flags & PLACE) and not flags & self.weak_place and not self.common.flags(word) & self.own_word \
            or bool(self._anywhere and self._anywhere.lower_case(word))

    def _minor(self, flags: int) -> bool:
        """A small place (under the towns' floor) that is neither an ordinary word nor a name."""
        return bool(flags & MINOR_PLACE) and not flags & (self.weak_place | FIRST | LAST)

    def _unknown_or_place(self, word: str) -> bool:
        if word.casefold() in _INNER:
            return True  # inside the run only: a run never ends in one
        if word.casefold() in self.stop or word.casefold() in self.strict or (len(word) > 1 and word.isupper()):
            return False
        flags = self.lexicon.place_flags(normalise(word))
        if not flags:  # unknown to the lexicon: a place, unless the plural of an ordinary word here (an item:
            return not plural_of_ordinary(word, self.common.flags, self.own_word)  # ``de Bâches``, ``de Fraldas``)
        if not flags & (FIRST | LAST):
            return True
        # a name and a town, both ordinary words here (Valencia, León, Córdoba in Spanish): the name rules
        # take neither reading; capitalised after a place preposition, it is the town. Other names (and
        # name-towns such as Maria) are the lexicon recogniser's.
        return bool(flags & PLACE and flags & self.weak_name)

    def _town(self, text: str, match: regex.Match[str], kind: str) -> tuple[int, int] | None:
        if kind == "name" or match.start("town") < 0:
            return None
        return self._trim(text, match.start("town"), match.end("town"), "name")

    def _town_after(self, text: str, end: int) -> tuple[int, int] | None:
        """The town after a street's house number (``Calle Mayor 12, Toledo``, ``Hauptstraße 5, 93051 Regensburg``)."""
        match = _TOWN_AFTER.match(text, end)
        return self._trim(text, *match.span("town"), "name") if match else None

    def _trim(self, text: str, start: int, end: int, kind: str) -> tuple[int, int] | None:
        """Drop trailing non-name words (and leading stop words after a place cue or before a street type:
        ``The Market``, ``Die Straße`` are no streets), but not from a street before its house number
        (``Travessa da Boa Hora 4``); a street keeps its street word and needs a name
        beside it (``calle Mayor``: capitalised stop words stay in streets)."""
        words = [m.span() for m in _SPACE.finditer(text, start, end)]
        keep = 1 if kind in ("street", "type") else 0
        trailing = self.stop if kind == "name" else self.strict
        numbered = kind == "street" and number_after(text, end) is not None  # Travessa da Boa Hora 4
        while len(words) > keep and not numbered and text[words[-1][0] : words[-1][1]].casefold() in trailing \
                and not (keep and in_date(text, start, words[-1][0])):  # Calle 2 de Mayo
            words.pop()
        while kind in ("name", "type") and words and text[words[0][0] : words[0][1]].casefold() in self.stop:
            if self.arabic:  # no letter case: a function word first means the cue did not lead to a name
                return None
            words.pop(0)
        if len(words) <= keep:
            return None
        return words[0][0], words[-1][1]

    def _result(self, start: int, end: int) -> RecognizerResult:
        return recognizer_result(self, "LOCATION", start, end, SCORE)

