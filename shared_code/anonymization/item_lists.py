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

:func:`common_noun_place` drops a title-case LOCATION that is a common-noun phrase of the apparent
language (``l'Équipe de Santé Mentale``, ``Serviettes Hygiéniques``): the place rules read ordinary words
after a preposition or inside a sentence as places when no list marked them, the NER as places.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

import regex

from shared_code.anonymization.common_words import get_common_words, in_item_list, plural_noun
from shared_code.anonymization.lexicon import PLACE, get_lexicon, normalise
from shared_code.anonymization.regions import fold, get_regions, region_test
from shared_code.anonymization.spans import PARTICLES, LanguageRules
from shared_code.anonymization.span_types import content_words, span_words

_LAST_WORD = regex.compile(r"(\p{L}+)[ \t]+$")


def listed_item(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """``text[start:end]`` is an unseen LOCATION listed with ordinary words (module docstring)."""
    if entity_type != "LOCATION" or rules.capitalises_nouns or _after_preposition(text, start, rules):
        return False
    words = span_words(text, start, end)
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


def common_noun_place(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A title-case LOCATION that is a common-noun phrase of the text's apparent language: two or more
    words (particles aside) each an ordinary word or its plural (``l'Équipe de Santé Mentale``, ``Bois de
    Chauffe``), or one plural of an ordinary word the list holds in the singular; no word
    nor the whole a gazetteer place, even a weak one, or a region (``Alentejo``, ``Vila Nova de Gaia``
    stay), no number (streets), not in German (``in Essen``: a town's words are nouns there). Inflected
    forms do not count: Polish towns are case forms (``w Gdańsku``)."""
    if entity_type != "LOCATION" or rules.capitalises_nouns or any(c.isdigit() for c in text[start:end]):
        return False
    words = content_words(text, start, end)
    language = rules.apparent_language(text) if words and all(w[:1].isupper() and not w.isupper() for w in words) else 0
    lexicon = get_lexicon()
    whole = "_".join(normalise(w) for w in span_words(text, start, end))
    if language <= 0 or lexicon.place_flags(whole) & PLACE:
        return False
    regions = get_regions()

    def common(word: str, plural_only: bool) -> bool:
        return (plural_noun(word, rules.ordinary, language) or not plural_only and rules.ordinary(word) & language) \
            and not lexicon.place_flags(normalise(word)) & PLACE and fold(normalise(word)) not in regions

    return all(common(w, len(words) == 1) for w in words)
