"""Streets whichever layer found them, with their street word and house number (issue 12; used by
:mod:`engine` after the overlaps are resolved).

The street rules of :mod:`location` add the house number to the streets they find, but a street is often
found, or won, by another layer: the NER tags ``Rua Visconde de Santarém`` or only ``Grote Markt``, the
name rules take the person a street is named after (``Rua Dr. | António José de Almeida 12``), and the
number (or the street word) reached the LLM. Here, on the final spans:

- a LOCATION span that holds a street word or a word ending in a street suffix of any Latin-script
  language (:data:`location_cues.LOCATION_CUES`: ``Rua``, ``Calle``, ``ul.``, ``-straße``, ``-gracht``;
  and ``Markt``, ``Plein``), or that follows one, takes the street word before it and its house number
  (:func:`house_numbers.with_house_number`); a street word before it counts when capitalised or no
  ordinary word (below: ``apoio via Multibanco`` is no street); so does any LOCATION followed by a house
  number, a comma and a town (``pod adresem Leśna 4, Kraków``);
- a PERSON span that is a street by its first or last word (``da Rua Visconde de Santarém 15``, ``Grote
  Markt 4``), with a house number right after it, becomes a LOCATION with the number;
- a PERSON span right after a street word (titles and particles between: ``Rua Dr.``, ``Calle de``)
  becomes a LOCATION with the street word and the house number, when the street word is capitalised or
  is no ordinary word (``calle``, ``rua``, ``rue``, ``ulica``, ``ul.``, ``strada``: not ``corso``, course, nor
  ``via``, by);
- a postcode between the house number and the town joins the street (``Calle Mayor 12, 28013 | Madrid``);
- LOCATION and PERSON spans the grown street now overlaps are taken into it; a street that would overlap
  a span of another type (a phone number) stays as it was.
- a LOCATION that is a street word alone (the NER's ``Ulica``, ``Drumul``: ``Ulica do Szpitala była
  zamknięta``) is dropped: without a name it is no place; so is a name span that is an ordinary phrase
  after a capitalised street word (:mod:`street_phrases`: the lexicon's PERSON ``Piazza del Mercato``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable

import regex

from shared_code.anonymization.common_words import get_common_words
from shared_code.anonymization.house_numbers import number_after, with_house_number
from shared_code.anonymization.location_cues import LOCATION_CUES, TURKISH_STREET_TYPES
from shared_code.anonymization.named_addresses import numbered_names
from shared_code.anonymization.particles import PLACE_PARTICLES
from shared_code.anonymization.span_types import Candidate
from shared_code.anonymization.street_phrases import common_phrase_test

_LATIN = [cues for code, cues in LOCATION_CUES.items() if code not in ("uk", "ru", "ar")]
_BEFORE_NAME = sorted({w for cues in _LATIN for w in cues.streets if " " not in w}, key=len, reverse=True)
_AFTER_NAME = sorted({w for cues in _LATIN for w in (*cues.street_types, *TURKISH_STREET_TYPES)}, key=len, reverse=True)
_STREET_WORD = regex.compile(rf"(?i:{'|'.join(_BEFORE_NAME)}|vía)")
"""A street word before a name (``Rua``, ``ul.``)."""
_ANY_STREET_WORD = regex.compile(rf"(?i:{'|'.join(_BEFORE_NAME)}|(?:{'|'.join(_AFTER_NAME)})\.?|markt|plein|platz)")
"""A street word before or after a name (``Road``, ``St.``), and ``Markt``, ``Plein``, ``Platz``."""
_SUFFIXES = tuple(sorted({s.casefold().lstrip("-") for cues in _LATIN for s in cues.street_suffixes}, key=len))
_PLAIN = frozenset({"calle", "c/", "rua", "rue", "ulica", "ulicy", "ul.", "strada", "str.", "avenida", "av.",
                    "avda.", "bulevardul", "aleea", "travessa", "viale", "piazza", "praça"})
"""Street words that are no ordinary words: a name after them is a street even in lower case."""
_LEAD = rf"(?:[ \t]+(?:\p{{Lu}}\p{{L}}{{0,3}}\.|(?i:{'|'.join(PLACE_PARTICLES)})))*[ \t]+$"
_BEFORE = regex.compile(rf"(?<![\w'’ʼ/.-])(?P<word>[\p{{L}}/]+\.?){_LEAD}")
_TOKEN = regex.compile(r"[\p{L}/]+\.?")
_NUMBER_NEXT = regex.compile(r"[ \t]+(?:(?i:n\.?º|n\.|nr\.?|no\.)[ \t]*)?\d")
_ADDRESS_TAIL = regex.compile(r"[ \t]+\d{1,4}[a-zA-Z]?(?:/\d{1,4})?[ \t]*,[ \t]*(?:\d{2}-\d{3}[ \t]+|\d{4,5}[ \t]+)?\p{Lu}")
"""A house number, a comma and a town (``Leśna 4, Kraków``, ``Długa 5, 00-950 Warszawa``)."""
_POSTCODE = regex.compile(r"[ \t]*,?[ \t]*(?:\d{5}|\d{4}[ \t]?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4})(?=[ \t]+\p{Lu})")
"""A postcode between a street's house number and its town (``Calle Mayor 12, 28013 Madrid``)."""
_NAMES = frozenset({"LOCATION", "PERSON"})
_MIN_STEM = 3
_SUFFIXED = regex.compile(rf"\p{{Ll}}{{{_MIN_STEM}}}(?:{'|'.join(regex.escape(x) for x in _SUFFIXES)})$")
"""One word ending in a street suffix (``Lelykade``): a street alone too."""
_REACH = 40


@lru_cache(maxsize=16384)
def _street_word(word: str) -> bool:
    key = word.casefold()
    return bool(_ANY_STREET_WORD.fullmatch(word)) or any(
        key.endswith(s) and len(key) >= len(s) + _MIN_STEM for s in _SUFFIXES)


@lru_cache(maxsize=16384)
def _before_name(token: str) -> bool:
    """``token`` (split at spaces) is a street word before a name (cached: words recur)."""
    return _STREET_WORD.fullmatch(token) is not None


def _plain_or_capitalised(word: str) -> bool:
    """A street word capitalised or no ordinary word (``Via``, ``calle``; not ``via``, by)."""
    return word[0].isupper() or word.casefold() in _PLAIN


def _word_before(text: str, start: int) -> int | None:
    """Where the street word right before ``start`` begins (titles and particles between), or None."""
    if not any(_before_name(token) for token in text[max(0, start - _REACH) : start].split()):
        return None  # no street word in reach: most spans
    match = _BEFORE.search(text, max(0, start - _REACH), start)
    if match and _STREET_WORD.fullmatch(match.group("word")):
        return match.start()
    return None


def _grown(text: str, span: Candidate) -> Candidate | None:
    """The street ``span`` is part of, with its street word and house number; None when it is none."""
    before = _word_before(text, span.start)
    if span.entity_type == "PERSON" and before is None:
        return _named_street(text, span)
    if before is not None and not _plain_or_capitalised(text[before : span.start].split()[0]):
        before = None
        if span.entity_type == "PERSON":
            return None
    if span.entity_type not in ("LOCATION", "PERSON") or before is None and not any(
            _street_word(m.group()) for m in _TOKEN.finditer(text, span.start, span.end)) \
            and not (span.entity_type == "LOCATION" and _ADDRESS_TAIL.match(text, span.end)):
        return None
    if text[span.end - 1].isdigit() or text[span.start].isdigit():  # the street rules gave it its number
        start, end = (span.start if before is None else before), span.end
    else:
        start, end = with_house_number(text, span.start if before is None else before, span.end)
    postcode = _POSTCODE.match(text, end) if any(c.isdigit() for c in text[start:end]) else None
    end = postcode.end() if postcode else end
    if (start, end) == (span.start, span.end) and span.entity_type == "LOCATION":
        return None
    return replace(span, start=start, end=end, entity_type="LOCATION")


def _named_street(text: str, span: Candidate) -> Candidate | None:
    """A PERSON span that is a street: its first capitalised word a street word before a name (``da Rua
    Visconde de Santarém``), its last word one after a name (``Grote Markt``) or a word with a street
    suffix (``Lelykade``), and a house number right
    after it without a comma (``Maria Plaza, 34`` is an age)."""
    words = [m.group() for m in _TOKEN.finditer(text, span.start, span.end)]
    capitalised = [w for w in words if w[0].isupper()]
    if not capitalised or not (len(capitalised) > 1 and _STREET_WORD.fullmatch(capitalised[0])
                               or _street_word(capitalised[-1]) and (len(capitalised) > 1 or _SUFFIXED.search(words[-1]))):
        return None
    if not _NUMBER_NEXT.match(text, span.end):
        return None
    start, end = with_house_number(text, span.start, span.end)
    return replace(span, start=start, end=end, entity_type="LOCATION")

def addressed(text: str, span: Candidate) -> bool:
    """``span`` is a street by its shape: a LOCATION of two or more words whose first word is a street word
    (capitalised or no ordinary word) or whose last is a capitalised one (``Calle Virgen de los Peligros
    8``, ``Moi Avenue``), or one street-word or -suffix word with a house number (``Rotkreuzstraße 4``): no
    feast, agency or ordinary noun phrase."""
    words = _TOKEN.findall(text, span.start, span.end)
    if span.entity_type != "LOCATION" or not words:
        return False
    if len(words) == 1:  # one word with a street suffix and its number (Rotkreuzstraße 4)
        return _street_word(words[0]) and any(c.isdigit() for c in text[span.start : span.end])
    return _STREET_WORD.fullmatch(words[0]) is not None and _plain_or_capitalised(words[0]) \
        or _street_word(words[-1]) and words[-1][0].isupper()


def _no_street(text: str, span: Candidate) -> bool:
    """A LOCATION that is one street word and nothing else (the NER's ``Ulica``, ``Drumul`` in ``Ulica do
    Szpitala była zamknięta``): no place, the street rules join a name after it to it; or a name span that
    begins with a capitalised street word and is an ordinary phrase without a house number (the lexicon's
    PERSON ``Piazza del Mercato``: :mod:`street_phrases`)."""
    value = text[span.start : span.end]
    if span.entity_type == "LOCATION" and _before_name(value.strip()):
        return True
    first = value.split(maxsplit=1)[0] if value.strip() else ""
    return span.entity_type in _NAMES and first[:1].isupper() and _before_name(first) and " " in value.strip() \
        and not any(c.isdigit() for c in value) and number_after(text, span.end) is None \
        and _phrase()(text, span.start, span.end)


@lru_cache(maxsize=1)
def _phrase() -> Callable[[str, int, int], bool]:
    """The ordinary-phrase test of :mod:`street_phrases`, read with the text's apparent language."""
    return common_phrase_test("en", get_common_words())


def with_streets(text: str, spans: list[Candidate]) -> list[Candidate]:
    """``spans`` with each street grown to its street word and house number (module docstring); a street
    that would overlap a span of another type (a phone number) is left as it was; names that only a house
    number marks as streets come first (:mod:`named_addresses`); a lone street word or an ordinary phrase
    after one is dropped."""
    spans = [s for s in numbered_names(text, spans) if not _no_street(text, s)]
    others = [s for s in spans if s.entity_type not in _NAMES]
    grown = {}
    for i, span in enumerate(spans):
        street = _grown(text, span)
        if street is not None and not any(street.overlaps(o) for o in others):
            grown[i] = street
    if not grown:
        return spans
    merged: list[Candidate] = []
    for span in sorted((grown.get(i, span) for i, span in enumerate(spans)), key=lambda s: (s.start, -s.end)):
        last = merged[-1] if merged else None
        if last and last.overlaps(span) and {last.entity_type, span.entity_type} <= _NAMES:
            merged[-1] = replace(last, end=max(last.end, span.end), entity_type="LOCATION")
        else:
            merged.append(span)
    return merged
