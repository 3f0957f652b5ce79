"""The place-preposition pattern of :mod:`location` and its title test: which capitalised words after
``en``, ``de``, ``w`` … may be a place, and when the words before the preposition make them part of a
title instead (``Programa de Efectivo``, ``Tarjetas de Recarga``)."""

from __future__ import annotations

from typing import Callable, Optional

import regex

from shared_code.anonymization.cues import NOUN_CAPITALISING, PLACE_PREPOSITIONS
from shared_code.anonymization.language import SCRIPT_OF_LANGUAGE
from shared_code.anonymization.location_cues import (
    ANY_LATIN_PLACE_PREPOSITIONS, ARTICLE_PREPOSITIONS, MORE_PLACE_PREPOSITIONS,
)
from shared_code.anonymization.particles import PARTICLE_ARTICLES, PLACE_NAME_WORDS
from shared_code.anonymization.person import NAME_WORD as _WORD
from shared_code.anonymization.span_types import OF_PREPOSITIONS as _OF, sentence_initial
from shared_code.anonymization.ukrainian_phrases import common_phrase

_END = r"(?![\w'’ʼ-])"
GAZETTEER_ONLY: dict[str, frozenset[str]] = {"fr": frozenset({"en"})}
"""Own prepositions of a language that take no village nor district: French ``en`` takes countries, regions,
provinces and large islands (``en Bretagne``, ``en Ituri``), towns take ``à``; otherwise it heads a state
or manner (``en Panne``, ``en Rupture``, ``en Retard``; towns take ``à``: ``à Dakar``). After it, only
gazetteer places count, as after another language's prepositions."""


def alternatives(items: tuple[str, ...]) -> str:
    """A regex alternation of ``items``, longest first."""
    return "|".join(sorted(items, key=len, reverse=True))


def preposition_pattern(language: str, arabic: bool) -> tuple[Optional[regex.Pattern[str]], frozenset[str]]:
    """The pattern of one to four words (a lower-case particle, maybe with an article, between them) after a
    place preposition of ``language`` or of another Latin-script language (group ``prep``; ``before``: the
    word before it), and the prepositions after which words the lexicon does not know count (``loose``:
    the language's own, unless it capitalises nouns, but not :data:`GAZETTEER_ONLY`; after the others, only
    gazetteer places do)."""
    own = (*PLACE_PREPOSITIONS.get(language, ()), *MORE_PLACE_PREPOSITIONS.get(language, ()))
    articles = ARTICLE_PREPOSITIONS.get(language, ())
    inner = alternatives(PLACE_NAME_WORDS)
    latin = rf"{_WORD}(?:[ \t]+(?:(?:{inner})[ \t]+(?:(?:{alternatives(PARTICLE_ARTICLES)})[ \t]+)?)?{_WORD}){{0,3}}{_END}"
    if arabic:  # Arabic words, or a romanised name (``من Tizi Ouzou``), after the preposition
        pattern = rf"(?<!\S)(?P<before>)(?:(?P<prep>{alternatives(own)})[ \t]+|(?P<prep>و?ب))" \
                  rf"(?P<name>\p{{Arabic}}{{2,}}(?:[ \t]+\p{{Arabic}}{{2,}})?(?!\p{{Arabic}})|{latin})"
        return (regex.compile(pattern) if own else None), frozenset()
    foreign = ANY_LATIN_PLACE_PREPOSITIONS if SCRIPT_OF_LANGUAGE.get(language, "Latin") == "Latin" else ()
    every = tuple(dict.fromkeys((*own, *articles, *foreign)))
    if not every:
        return None, frozenset()
    loose = set() if language in NOUN_CAPITALISING else {p.casefold().replace("['’]", "'") for p in own}
    loose -= GAZETTEER_ONLY.get(language, frozenset())
    pattern = regex.compile(
        rf"(?<![\w'’ʼ-])(?P<before>\S+[ \t]+)?(?i:(?P<prep>{alternatives(every)}))(?:[ \t]+|(?<=['’]))"
        rf"(?P<name>{latin})")
    return pattern, frozenset(loose)


def title(text: str, match: regex.Match[str], words: list[tuple[int, int]], ordinary: Callable[[str], bool],
          plural: Callable[[str], bool]) -> str:
    """How the capitalised word before a loose preposition reads the words after it: ``"title"`` inside a
    sentence (``el Programa de Efectivo``: no place at all); ``"loose"`` at a sentence start when that word
    is the plural of an ordinary word (``plural``: a noun), the preposition is one of ``_OF`` and the words
    after it are each an ordinary word of the language (``Tarjetas de Recarga``, ``Kits de Higiene``): a
    gazetteer place may still follow (``Familias de Bangui``), an unknown word too (``Familias de
    Putumayo``); ``""`` otherwise. A sentence's first word is capitalised whatever it is (``Vivo en Soria``,
    ``Viemos de Alentejo``), so there the capital alone tells nothing. ``"phrase"``: Ukrainian words that
    grammar reads as a common-noun phrase (:mod:`ukrainian_phrases`: ``з Водою``, ``до Гуманітарного
    центру``): gazetteer places only, as after ``"loose"``."""
    if common_phrase(text, match.group("prep"), words):
        return "phrase"
    before = match.group("before")
    if not before or not before[:1].isupper():
        return ""
    if not sentence_initial(text, match.start("before")):
        return "title"
    if match.group("prep").casefold().replace("’", "'") not in _OF or not plural(before.strip()):
        return ""  # Moramos no Alentejo, Viemos de Alentejo: a verb starts the sentence
    inner = frozenset(PLACE_NAME_WORDS)
    return "loose" if all(ordinary(text[s:e]) for s, e in words if text[s:e].casefold() not in inner) else ""
