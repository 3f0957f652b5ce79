"""Unseen words in a list of goods are items, not places (clean-text over-redaction; a pure function,
read by :mod:`engine` on the resolved spans).

Feedback lists what it asks for or received, title-cased: ``Nous demandons : Matelas, Ventilateurs,
Répulsif et Lampes Solaires``, ``Il Kit Scuola contiene Zaino, Quaderni, Pastelli e Righello``. A rarer
noun or a brand in such a list is a word no list knows, which the place rules read as a village
(:mod:`places_anywhere`: an unseen capitalised word inside a sentence). Places are listed with places
(``Huelva, Cádiz y Almería``, ``Cantabria y Navarra``), goods with goods: :func:`listed_item` drops a
LOCATION span of one or two capitalised words, none of them a lexicon name or town nor a region
(:mod:`regions`), no street (no number), listed (after a comma or a conjunction) with a capitalised
ordinary word of the text's apparent language that is no town or region either; not right after a
place preposition (``in Sachsen, in der Nähe``), nor in German, whose nouns are all capitalised.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

import regex

from shared_code.anonymization.common_words import get_common_words, in_item_list
from shared_code.anonymization.lexicon import PLACE, get_lexicon, normalise
from shared_code.anonymization.regions import region_test
from shared_code.anonymization.spans import NAME_PART, LanguageRules

_LAST_WORD = regex.compile(r"(\p{L}+)[ \t]+$")


def listed_item(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """``text[start:end]`` is an unseen LOCATION listed with ordinary words (module docstring)."""
    if entity_type != "LOCATION" or rules.capitalises_nouns or _after_preposition(text, start, rules):
        return False
    words = NAME_PART.findall(text, start, end)
    if not 0 < len(words) <= 2 or not all(word[:1].isupper() for word in words) \
            or any(c.isdigit() for c in text[start:end]) or any(map(rules.known_word, words)):
        return False
    language = rules.apparent_language(text)
    region = _region_test()
    if language <= 0 or region(text[start:end]):
        return False

    def goods(word: str) -> bool:
        return bool((rules.ordinary(word) | rules.ordinary_form(word, language)) & language) \
            and not get_lexicon().flags(normalise(word)) & PLACE and not region(word)

    return in_item_list(text, start, end, goods)


def _after_preposition(text: str, start: int, rules: LanguageRules) -> bool:
    before = _LAST_WORD.search(text, max(0, start - 16), start)
    return bool(before) and before.group(1).casefold() in rules.place_prepositions


@lru_cache(maxsize=1)
def _region_test() -> Callable[[str], bool]:
    return region_test(get_lexicon(), get_common_words())
