"""Streets in lower-case and all-caps writing (issue 12): ``vivo en calle mayor 12``, ``MORAMOS NA RUA
AUGUSTA 120``, ``WIR WOHNEN IN DER BAHNHOFSTRASSE 7``, used by :mod:`places_anywhere`.

The street rules of :mod:`location` need a capitalised name after the street word (``calle Mayor``), so
a street written all in lower case or all in capitals reached the LLM whole, house number included.
Without letter case, a street word followed by one to five words is a street only when a house number
(not a year) ends it (``calle mayor 12``: the number is what says "address"; not a count, ``plaza mayor 3 horas``); the words may not be short stop
words of the language (``en la calle hace 2 noches``), except particles inside (``calle de la paz 5``),
and a street word that is also an ordinary word (``via``, ``calea``, ``largo``) counts only in an
all-caps text. A
one-word street (a word ending in a street suffix of the language, ``bahnhofstraße``, ``KERKSTRAAT``)
likewise needs its house number. The street words and suffixes are the language's
:data:`location_cues.LOCATION_CUES`. The town after a postcode is found here too
(:func:`towns_after_postcode`), for :mod:`places_anywhere`.
"""

from __future__ import annotations

from typing import Callable

import regex

from shared_code.anonymization.house_numbers import NOT_COUNT
from shared_code.anonymization.location_cues import LOCATION_CUES
from shared_code.anonymization.particles import PARTICLE_ARTICLES, PLACE_PARTICLES

_WORD = r"\p{L}[\p{L}\p{M}'’-]*"
_NUMBER = r"(?:(?i:nr\.?|no\.?|n\.?º|num\.?|número|numero)[ \t]*)?(?!19\d\d|20\d\d)\d{1,4}[a-zA-Z]?(?![\d\w])" + NOT_COUNT
_ORDINARY = frozenset({"via", "calea", "camino", "caminho", "largo", "ronda", "salita", "borgo", "cuesta", "retorno",
                       "privada", "cerrada", "circuito", "estrada", "bajada", "drumul", "rondo", "plac"})
"""Street words that are also ordinary words (``via``, by; ``calea ferată``, the railway; ``privada``,
private): in lower-case writing they start no street, only in an all-caps text."""
_SHORT = 4
_INSIDE = frozenset((*PLACE_PARTICLES, *PARTICLE_ARTICLES))

Span = tuple[int, int]


class UncasedStreets:
    """The street and one-word-street patterns of one language, in any letter case."""

    def __init__(self, language: str, stop: frozenset[str]) -> None:
        cues = LOCATION_CUES.get(language) or LOCATION_CUES["en"]
        self.stop = stop
        self._shouted = _street_pattern(cues.streets)
        self._street = _street_pattern(tuple(w for w in cues.streets if w not in _ORDINARY))
        suffixes = "|".join(regex.escape(s) for s in sorted(cues.street_suffixes, key=len, reverse=True))
        self._one_word = regex.compile(
            rf"(?<![\w'’ʼ-])(?P<name>(?:\p{{L}}+-)*\p{{L}}{{3,}}(?i:{suffixes}))[ \t]*,?[ \t]*{_NUMBER}") if suffixes else None

    def find(self, text: str, shouted: bool) -> list[Span]:
        """The streets of ``text`` with their house numbers; ``shouted``: the text is all caps."""
        found = []
        street = self._shouted if shouted else self._street
        if street is not None:
            found += [m.span() for m in street.finditer(text) if self._name(m.group("name"))]
        if self._one_word is not None:
            found += [m.span() for m in self._one_word.finditer(text) if m.group("name").casefold() not in self.stop]
        return found

    def _name(self, name: str) -> bool:
        """No short stop word (``hace``, ``para``: spaCy's lists also hold ``mayor``, ``nueva``, words of
        street names), but particles inside (``de la``); the last word no particle either."""
        words = name.casefold().split()
        return all(w not in self.stop or len(w) > _SHORT or (w in _INSIDE and i < len(words) - 1)
                   for i, w in enumerate(words))


def _street_pattern(words: tuple[str, ...]) -> regex.Pattern[str] | None:
    """A street word (any case), one to five words (particles among them: ``calle virgen de los peligros``)
    and a house number."""
    if not words:
        return None
    return regex.compile(rf"(?<![\w'’ʼ-])(?i:{'|'.join(sorted(words, key=len, reverse=True))})[ \t]+"
                         rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,4}}?)[ \t]*,?[ \t]*{_NUMBER}")


_POSTCODE_TOWN = regex.compile(
    r"(?<![\w.,/+-])(?:(?P<marked>\d{4}[ \t]?[A-Z]{2}|\d{4}-\d{3}|\d{2}-\d{3})|\d{5,6})[ \t]+"
    r"(?P<town>\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+(?:(?:de|do|da|am|an|der|sur|la|di)[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]+){0,2})"
    r"(?![\w'’-])")


def towns_after_postcode(text: str, place: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The town after a postcode (``01067 Dresden``, ``1234 AB Epe``, ``4000-123 Porto``, ``00-950
    Warszawa``): after a postcode with letters or a hyphen, any capitalised words; after five or six
    bare digits (amounts: ``12000 Euro``), words that ``place`` accepts (:mod:`places_anywhere`: a place
    as in a list that is no ordinary word, or a gazetteer place)."""
    return [m.span("town") for m in _POSTCODE_TOWN.finditer(text) if m.group("marked") or place(m.group("town"))]
