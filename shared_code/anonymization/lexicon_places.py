"""Towns of the shipped lexicon for the lexicon recogniser (:mod:`names`): one to three capitalised words
(or Arabic words) forming a gazetteer town that is not an ordinary word of the language are a LOCATION; a
word that is both a name and a town is a LOCATION only after a place preposition."""

from __future__ import annotations

from shared_code.anonymization.lexicon import PLACE, Lexicon, normalise
from shared_code.anonymization.name_words import NAME, Word, adjacent


class LexiconPlaces:
    """The place half of :class:`names.LexiconRecognizer` (which sets the attributes below)."""

    lexicon: Lexicon
    weak: int
    weak_place: int
    own_bit: int
    prepositions: frozenset[str]

    def _places(self, text: str, words: list[Word]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        index = 0
        while index < len(words):
            size = self._place_at(text, words, index)
            if size:
                spans.append((words[index].start, words[index + size - 1].end))
                index += size
            else:
                index += 1
        return spans

    def _place_at(self, text: str, words: list[Word], index: int) -> int:
        if not words[index].cased:
            return 0
        for size in (3, 2, 1):
            part = words[index : index + size]
            if len(part) < size or not part[-1].cased or any(not adjacent(text, a, b) for a, b in zip(part, part[1:])):
                continue
            flags = part[0].flags if size == 1 else self.lexicon.flags("_".join(normalise(w.text) for w in part))
            if flags & PLACE and not flags & self.weak_place:
                if size == 1 and flags & NAME and not self._after_preposition(text, part[0].start):
                    return 0
                return 0 if size > 1 and self._longer_name(text, words, index + size) else size
        return 0

    def _longer_name(self, text: str, words: list[Word], index: int) -> bool:
        """A capitalised ordinary word right after a multi-word town makes a longer name of which the town
        is a part (``La Cruz Roja``, the Red Cross, not the town ``La Cruz``)."""
        after = words[index] if index < len(words) else None
        return bool(after and after.upper and adjacent(text, words[index - 1], after)
                    and (after.flags & self.weak or not after.flags and after.common & self.own_bit))

    def _after_preposition(self, text: str, start: int) -> bool:
        before = text[max(0, start - 20) : start].split()
        return bool(before) and before[-1].casefold() in self.prepositions
