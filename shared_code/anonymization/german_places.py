"""German towns the gazetteer marks as ordinary German words, and German addresses named by a
preposition (used by :mod:`places_anywhere` for German texts): ``Wir haben Biberach verlassen``, ``Der
Zug von Miesbach``, ``Altötting ist weit``, ``Wir wohnen Am Markt 5``.

The lexicon build marks a small place weak in a language when wordfreq counts it often there, and German
text names its own towns often: ``Biberach``, ``Kempten``, ``Schwandorf``, ``Eichstätt`` are weak in German
and in the German common-word list (wordfreq lists proper nouns; German has no lower-case dictionary
test to drop them, every noun being capitalised), so no rule took them, not even after ``nach``. What still
tells them from German nouns:

- **a toponymic ending**: most German town names are compounds whose last part is a settlement word
  (``-ingen``, ``-ing``, ``-burg``, ``-berg``, ``-dorf``, ``-stadt``, ``-kirchen``, ``-bach``, ``-heim``,
  ``-hausen``, ``-feld``, ``-stein``, ``-hagen``, ``-rode``, ``-leben``, ``-born``, ``-hofen``, ``-ach``,
  ``-furt``, ``-beuren``, ``-wald``, ``-au``) or a Slavic one (``-ow``, ``-itz``, ``-witz``); dative plurals
  (``-ern``, ``-ten``: ``Häusern``, ``Metern``) are left out, and ``-au`` only after ``n``/``d``/``l``/``g``
  (``Lindau``, ``Bernau``; not ``Neubau``, ``Frau``);
- **or a German place preposition before it** (``aus Kempten``, ``nach Husum``), when the word is weak as a
  place in German only or nowhere (``nach Kirche`` stays: Kirche is weak everywhere; ``Maut``, ``Eule``,
  ``Ofen`` are the cost: places weak in German only or nowhere, rare after a preposition without article);
- **no article**: a German town takes no article or possessive, a noun does (``im Altenheim``, ``die
  Altstadt``, ``in der Vorstadt`` stay);
- **no list of nouns**: a word listed with a German noun that is no town is an item (``Wohnheim,
  Kinderheim und Altenheim``; ``Biberach und Ulm`` stay places);
- **any letter case**: in a lower-case or all-caps text the same test holds for a word right after a
  German place preposition (``wir wohnen in bamberg``, ``WIR KOMMEN AUS BIBERACH``), and in an all-caps
  text for a word with a toponymic ending anywhere (``WIR HABEN BIBERACH VERLASSEN``);
- **German only**: the word is an ordinary word of no other language of the common-word list, and no
  name but a surname weak in German (``Bamberg``, ``Husum``: frequent as towns); ``Thüringen`` counts: its
  weak bits in every language come from German's frequency of it.

Many German streets are named by a preposition and its article, capitalised as part of the name (``Am
Markt``, ``An der Kirche``, ``Auf dem Berg``, ``Zum Anger``): no street word, so the street rules missed
them. :meth:`GermanTowns.addresses` takes such a name with its house number
(:func:`street_shapes.german_streets`: ``Am Markt 5 in Celle``, ``Zur Mühle 3a hat``, ``Alte Landstraße 4``);
a number followed by a noun is a count or a room (``Am Ende 2 Wochen``), and a lower-case ``am`` or ``im``
introduces no street name.
"""

from __future__ import annotations

import regex

from shared_code.anonymization.common_words import CommonWords, in_item_list, language_bit
from shared_code.anonymization.cues import PLACE_PREPOSITIONS
from shared_code.anonymization.lexicon import (
    FIRST, LANGUAGES, LAST, MINOR_PLACE, PLACE, Lexicon, normalise, weak_bit, weak_place_bit,
)
from shared_code.anonymization.location_cues import MORE_PLACE_PREPOSITIONS
from shared_code.anonymization.street_shapes import german_streets

_ENDING = regex.compile(
    r"\p{Ll}{3,}(?:ingen|ing|burg|berg|dorf|stadt|stedt|kirchen|bach|heim|hausen|feld|felde|stein|hagen|rode|"
    r"roda|leben|born|brunn|brück|hofen|ach|furt|stätt|beuren|münster|wald|walde|[ndlg]au|ow|itz|witz|werda|horst|wedel)")
_ARTICLE_BEFORE = regex.compile(
    r"(?<![\w'’ʼ-])(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|zum|zur|vom|beim|ins|ans|"
    r"mein|meine|meinem|meiner|unser|unsere|unserem|unserer|ihr|ihre|ihrem|ihrer|sein|seine|seinem|seiner|"
    r"kein|keine|keinem|keiner|dieser|diese|diesem|dieses|jeder|jede|jedem)[ \t]+$")
_GERMAN = language_bit("de")
_WEAK_GERMAN, _WEAK_PLACES = weak_place_bit("de"), sum(weak_place_bit(language) for language in LANGUAGES)
_WEAK_NAME = weak_bit("de")
_PREPOSITION_BEFORE = regex.compile(
    rf"(?<![\w'’ʼ-])(?i:{'|'.join(PLACE_PREPOSITIONS['de'] + MORE_PLACE_PREPOSITIONS['de'])})[ \t]+$")
_UNCASED_AFTER = regex.compile(rf"(?<![\w'’ʼ-])(?i:{'|'.join(PLACE_PREPOSITIONS['de'])}|ab)[ \t]+"
                           r"(\p{L}[\p{L}\p{M}-]{2,})(?![\w'’ʼ-])")
_WORD, _GLUE = regex.compile(r"\p{L}+"), ("und", "oder")
"""Title-casing a shouted text but its conjunctions lets :func:`common_words.in_item_list` read its lists."""
_CAPS_WORD = regex.compile(r"(?<![\w'’ʼ-])\p{Lu}[\p{Lu}\p{M}]{3,}(?![\w'’ʼ-])")


class GermanTowns:
    """The rule of the module docstring."""

    def __init__(self, lexicon: Lexicon, common: CommonWords) -> None:
        self.lexicon, self.common = lexicon, common

    def town(self, text: str, span: tuple[int, int]) -> bool:
        """The capitalised word at ``span`` is a German town by its ending (or, right after a German place
        preposition, by being weak as a place in German only), without an article nor in a list of nouns."""
        if _ARTICLE_BEFORE.search(text, max(0, span[0] - 12), span[0]):
            return False
        after_preposition = bool(_PREPOSITION_BEFORE.search(text, max(0, span[0] - 12), span[0]))
        return self._known(text[slice(*span)], after_preposition) and not in_item_list(text, *span, self._noun)

    def uncased(self, text: str, shouted: bool) -> list[tuple[int, int]]:
        """Towns in lower case or all caps right after a German place preposition (``wir wohnen in bamberg``,
        ``WIR KOMMEN AUS BIBERACH``), and in a ``shouted`` text all-caps towns by their ending anywhere, without
        an article (``WIR HABEN BIBERACH VERLASSEN``): the same tests, letter case no longer telling a noun."""
        found = [m.span(1) for m in _UNCASED_AFTER.finditer(text)
                 if (m.group(1).islower() or m.group(1).isupper()) and self._known(m.group(1), True)]
        if not shouted:
            return found
        cased = _WORD.sub(lambda m: m.group().lower() if m.group().lower() in _GLUE else m.group().capitalize(), text)
        return found + [m.span() for m in _CAPS_WORD.finditer(text) if m.span() not in found
                        and not _ARTICLE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                        and self._known(m.group(), False) and not in_item_list(cased, *m.span(), self._noun)]

    def _known(self, word: str, after_preposition: bool) -> bool:
        """A gazetteer place with a toponymic ending, or after a preposition one weak as a place in German
        only or nowhere; no name but a surname weak in German (``Bamberg``, ``Husum``: frequent as towns);
        an ordinary word of no other language than German."""
        flags = self.lexicon.place_flags(normalise(word))
        if not _ENDING.fullmatch(word.casefold()) and not (after_preposition and not flags & _WEAK_PLACES & ~_WEAK_GERMAN):
            return False
        name = flags & FIRST or flags & LAST and not flags & _WEAK_NAME
        return bool(flags & (PLACE | MINOR_PLACE)) and not name and not self.common.flags(word) & ~_GERMAN

    def addresses(self, text: str) -> list[tuple[int, int]]:
        """Streets named by a preposition and an article, with their house number (module docstring)."""
        return german_streets(text)

    def _noun(self, word: str) -> bool:
        """An ordinary German word that is no town nor small place."""
        return bool(self.common.flags(word) & _GERMAN) and not self.lexicon.place_flags(normalise(word)) & (PLACE | MINOR_PLACE)
