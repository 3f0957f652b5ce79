"""Dutch towns written in lower case after a Dutch place preposition (used by :mod:`places_anywhere`):
``wij wonen nu in harderwijk``, ``mijn nicht komt uit hoogeveen``.

A lower-case word after a place preposition counts as a town only when it is an ordinary word of no
language (:meth:`PlacesAnywhere.lower_case`), but the Dutch common-word list holds many Dutch towns
(``harderwijk``, ``middelburg``, ``beverwijk``: frequent in Dutch text and missing from the spelling
dictionary's proper nouns), and the lexicon marks others weak in Dutch for their frequency
(``dokkum``). What tells them from Dutch words is their shape: most Dutch town names end in a settlement
or landscape word (``-wijk``, ``-dam``, ``-daal``, ``-veen``, ``-burg``, ``-dorp``, ``-hoven``, ``-horst``,
``-loo``, ``-oord``, ``-recht``, ``-zijl``, ``-woude``, ``-voort``, ``-kerk``, ``-broek``, ``-beek``,
``-um``, ``-em``; not ``-ingen``, the plural of nouns in ``-ing``: ``leningen``, loans) after at least
three letters. Such a word is a town when the gazetteer has it as a town (or a small place) that is no
given name, weak as a place in Dutch only or nowhere, and an ordinary word of no other language than
Dutch."""

from __future__ import annotations

import regex

from shared_code.anonymization.common_words import CommonWords, language_bit
from shared_code.anonymization.lexicon import FIRST, LANGUAGES, MINOR_PLACE, PLACE, Lexicon, normalise, weak_place_bit

_ENDING = regex.compile(r"\p{Ll}{3,}(?:wijk|dam|daal|veen|burg|dorp|hoven|horst|loo|oord|recht|zijl|woude|voort|kerk|"
                        r"broek|beek|um|em)")
_DUTCH, _WEAK_DUTCH = language_bit("nl"), weak_place_bit("nl")
_WEAK_PLACES = sum(weak_place_bit(language) for language in LANGUAGES)


def lower_case_town(word: str, lexicon: Lexicon, common: CommonWords) -> bool:
    """``word`` (lower case) is a Dutch town by the module's rule."""
    if not _ENDING.fullmatch(word):
        return False
    flags = lexicon.place_flags(normalise(word))
    return bool(flags & (PLACE | MINOR_PLACE)) and not flags & FIRST and not flags & _WEAK_PLACES & ~_WEAK_DUTCH \
        and not common.flags(word) & ~_DUTCH
