"""The words before a Dutch one-word street that belong to its name (used by :mod:`location`):
``Van Goghlaan 2``, ``Burgemeester de Withstraat 9``, ``Nieuwe Binnenweg 33``, ``Prins Hendrikkade 5``.

Dutch streets are often named after a person or with an adjective, written as separate words before the
compound that ends in the street word (``-laan``, ``-straat``, ``-weg``); the street rule took only the
compound, and the first name or title reached the LLM (``Van``, ``Burgemeester de``). Right before the
street, from right to left, a word belongs to its name when it is a name particle (``van``, ``de``,
``der``, ``den``, ``ter``, ``'t``, capitalised too), one of the titles and adjectives streets are named with
(:data:`_STREET_WORDS`: ``Burgemeester``, ``Prins``, ``Nieuwe``, ``Oude`` …) or a capitalised word that is
no ordinary Dutch word (a name: ``Van Gogh``); an ordinary word ends the name (``het Rode Kruis
Kerkstraat 3``, ``de Voedselbank Stationsweg 8`` keep the institution), and so do lower-case particles at
its front (``op de Kerkstraat``) and a sentence's first word unless a title or adjective of the list
(``Mijn Kerkstraat``; ``Van`` capitalised only as the first word is left out too)."""

from __future__ import annotations

from typing import Callable

import regex

from shared_code.anonymization.span_types import sentence_initial

_BEFORE = regex.compile(r"(?:(?:\p{Lu}\p{Ll}+|van|de|der|den|ter|te|'t)[ \t]+){1,4}$")
_TOKEN = regex.compile(r"\S+")
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "te", "'t"})
_STREET_WORDS = frozenset({
    "burgemeester", "wethouder", "prins", "prinses", "koning", "koningin", "graaf", "gravin", "hertog", "dokter",
    "pastoor", "pater", "generaal", "admiraal", "professor", "president", "kapitein", "meester", "jonkheer", "sint",
    "nieuwe", "oude", "lange", "korte", "hoge", "lage", "grote", "kleine", "brede", "eerste", "tweede", "derde",
    "oost", "west", "noord", "zuid", "binnen", "buiten", "achter", "voor"})
"""Titles and adjectives Dutch street names begin with (``Burgemeester de Withstraat``, ``Oude Gracht``)."""


def street_start(text: str, start: int, ordinary: Callable[[str], bool]) -> int:
    """Where the name of the one-word street starting at ``start`` begins (``start`` when nothing before
    it belongs to it); ``ordinary``: an ordinary Dutch word."""
    before = _BEFORE.search(text, max(0, start - 80), start)
    if not before:
        return start
    tokens = [m.span() for m in _TOKEN.finditer(text, before.start(), start)]
    kept = start
    for token in reversed(tokens):
        word = text[slice(*token)]
        key = word.casefold()
        if key not in _STREET_WORDS and (sentence_initial(text, token[0]) or key not in _PARTICLES and ordinary(word)):
            break
        kept = token[0]
    while kept < start and text[kept:start].split()[0] in _PARTICLES:  # a lower-case particle at the front
        kept = regex.compile(r"\S+[ \t]+").match(text, kept).end()
    return kept
