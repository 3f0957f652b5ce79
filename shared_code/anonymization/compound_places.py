"""Places named by a compound of a place, in German and Dutch (used by :mod:`places_anywhere`):
``Sachsen-Anhalt``, ``Berlin-Spandau``, ``Niedersachsen``, ``Ostfriesland``, ``Zuid-Holland``.

German and Dutch name a part of a region or town by a compass or position word before its name, glued
(``Niedersachsen``, ``Ostfriesland``, ``Oberfranken``) or hyphenated (``Zuid-Holland``, ``Nord-Hessen``),
and join two names by a hyphen (``Sachsen-Anhalt``, ``Berlin-Spandau``, ``Baden-Baden``). The gazetteer
and the region list hold the parts, not the compounds, so the whole word was unknown or an ordinary German
word (``Ostfriesland`` is in the German common-word list). A capitalised word is a place when

- it is a position word (``nord``, ``süd``, ``ost``, ``west``, ``ober``, ``nieder``, ``unter``, ``mittel``;
  ``noord``, ``zuid``, ``oost``, ``midden``, ``boven``, ``neder``) and a head that is a region
  (``Ostfriesland``), or a place that is no weak place of the language, a surname too (``Zuid-Holland``;
  ``Zuid-Amerika`` stays, Amerika being a weak village name), or, glued, a weak place when the whole word
  is no ordinary word of the language (``Niedersachsen``; ``Niederlage``, defeat, stays though Lage is a
  town);
- two hyphenated capitalised parts whose first is a gazetteer place or region that is no name, and whose
  second is a place too or no ordinary word of the language (``Sachsen-Anhalt``; ``Berlin-Besuch``,
  ``Holland-Urlaub`` stay).
"""

from __future__ import annotations

from typing import Callable

import regex

from shared_code.anonymization.common_words import CommonWords, language_bit
from shared_code.anonymization.lexicon import FIRST, LAST, MINOR_PLACE, PLACE, Lexicon, normalise, weak_place_bit

_POSITIONS = {"de": ("nord", "süd", "ost", "west", "ober", "nieder", "unter", "mittel"),
              "nl": ("noord", "zuid", "oost", "west", "midden", "boven", "neder")}
_NAME = FIRST | LAST
"""A compass word and a surname make no name, so a head may be one (``Holland``); a part of a pair may not."""
_GAZETTEER = PLACE | MINOR_PLACE
_MIN_HEAD = 4


class CompoundPlaces:
    """The rules of the module docstring for German or Dutch."""

    def __init__(self, language: str, lexicon: Lexicon, common: CommonWords, region: Callable[[str], bool]) -> None:
        self.lexicon, self.common, self.region = lexicon, common, region
        self.own, self.weak_place = language_bit(language), weak_place_bit(language)
        positions = "|".join(_POSITIONS[language])
        self._position = regex.compile(rf"(?i:{positions})(-?)(\p{{Lu}}?\p{{Ll}}{{{_MIN_HEAD},}})")
        self._pair = regex.compile(r"(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)")

    def place(self, word: str) -> bool:
        """``word`` (one capitalised token, hyphens inside) is a place by the rules above."""
        position = self._position.fullmatch(word)
        if position:
            return self._head(word, position.group(2), glued=not position.group(1))
        pair = self._pair.fullmatch(word)
        return bool(pair) and self._named(pair.group(1)) and (
            self._named(pair.group(2)) or not self.common.flags(pair.group(2)) & self.own)

    def _head(self, word: str, head: str, glued: bool) -> bool:
        head = head[0].upper() + head[1:]
        if self.region(head):
            return True
        flags = self.lexicon.place_flags(normalise(head))
        if not flags & _GAZETTEER:
            return False
        return not flags & self.weak_place or glued and not self.common.flags(word) & self.own

    def _named(self, part: str) -> bool:
        """A gazetteer place or region that is no name."""
        flags = self.lexicon.place_flags(normalise(part))
        return bool(flags & _GAZETTEER) and not flags & _NAME or self.region(part)
