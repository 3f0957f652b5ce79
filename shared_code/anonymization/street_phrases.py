"""Ordinary phrases that begin with a street word (issue 12, eighth round; used by :mod:`location`).

A street word is also an ordinary noun: ``la Carretera del Hospital estaba cortada``, ``il Viale
dell'Ospedale era chiuso``, ``la Route du Marché``, ``Ulica do Szpitala``, ``the Road to the Clinic``
speak of the road to a place, not of an address. A street word and a name with no house number is no
street when the street word is capitalised (as the nouns after it: a phrase written in title case; a
capitalised name after a lower-case street word is one the writer marked: ``rue de la Liberté``) and
the name is a common noun phrase by its grammar and its words:

- a definite article, a preposition merged with one, or a preposition of direction joins the street word
  to the name (:data:`_COMMON_NOUN_MARKERS`: ``del``, ``da``, ``do``, ``du``, ``de la``, ``dell'``,
  ``della``, ``the``, ``to``, ``hacia``, ``para``, ``spre``, Polish ``do``): in the Romance languages a
  person or a town takes no article (``Calle de Alcalá``, ``Rua Augusta``, ``Via Garibaldi``, ``Strada
  Mihai Eminescu``; a name as in ``Travessa do Fernandes`` is no ordinary word and stays), and nobody
  names a street "towards";
- and every word of the name (particles and articles aside) is an ordinary word of the text's language
  (the routed one, or the one most of its words are ordinary words of: Polish and Romanian texts are
  routed to a neighbour), as a word or an inflected form, and no given name of the lexicon that is
  popular or no ordinary word there (``Avenida del Doctor Federico Rubio``, ``Calle del Carmen``: popular
  given names are ordinary words by frequency; ``Iglesia``, church, a rare given name, is a noun); no
  title abbreviation, date or Roman numeral.

With a house number or after an address word or a label's colon a street stays a street whatever its
words (``Calle del Hospital 14``, ``Dirección: Carretera de la Estación, km 3``). The cost:
streets named by common nouns with an article and written without a house number (``Rua da Escola``,
``Rue de la Paix``) are no longer found; a street without its number says little about a person. Names
without a marker (``Calle Mayor``, ``Rua Direita``, ``Strada Spitalului``, Swahili ``Barabara ya
Hospitali``, where ``ya`` joins names and nouns alike) are left as they were.
"""

from __future__ import annotations

from typing import Callable

import regex

from shared_code.anonymization.common_words import (
    CommonWords, apparent_language_test, language_bit, ordinary_bits_test, ordinary_form_test, weak_name_test,
)
from shared_code.anonymization.lexicon import FIRST, FIRST_POPULAR, get_lexicon, normalise
from shared_code.anonymization.particles import PARTICLE_ARTICLES, PLACE_PARTICLES

_TOKEN = regex.compile(r"[\p{L}\p{M}]+\.?|\d")
_CONNECTORS = frozenset((*PLACE_PARTICLES, *PARTICLE_ARTICLES, "d", "cel", "lui"))
"""Lower-case particles inside a street's name (:data:`street_shapes.STREET_NAME`): no name word."""
_ROMAN = regex.compile(r"[IVXL]{1,5}")
_COMMON_NOUN_MARKERS = frozenset((
    # definite articles and prepositions merged with one (es, pt, it, fr, en)
    "el la los las del al o a os as do da dos das no na nos nas ao à aos às pelo pela il lo i gli le l dell "
    "dello della dei degli delle dall dal dalla all allo alla ai agli alle nell nel nella sull sul sulla les "
    "du des au aux the "
    # prepositions of direction (es, pt, it, fr, ro, pl, en)
    "hacia para per verso vers spre către catre to towards toward").split())
"""Words between a street word and its name that make the name a common noun (module docstring); Polish
``do`` (to) is Portuguese ``do`` (of the) too."""
_ADDRESS_CUE = regex.compile(
    r"(?:(?<!\p{L})(?i:direcci[oó]n|address|endere[cç]o|morada|indirizzo|adres(?:se)?|adresa|anwani|domicilio|"
    r"domiciliu|anschrift)(?:[ \t]+\p{L}+){0,3}[ \t]*:?|:)[ \t]*$")
"""An address word up to three words before the street (``Mi dirección es``, ``my address is``) or a label's
colon: an address, whatever its words."""
_REACH = 48


def common_phrase_test(language: str, common: CommonWords) -> Callable[[str, int, int], bool]:
    """``test(text, start, end)``: ``text[start:end]``, a street word and a name without a house number,
    is an ordinary phrase (module docstring)."""
    bits, forms = ordinary_bits_test(language, common=common), ordinary_form_test(common=common)
    names, weak = get_lexicon(), weak_name_test()
    own, apparent = language_bit(language), apparent_language_test(language, common)

    def test(text: str, start: int, end: int) -> bool:
        if _ADDRESS_CUE.search(text, max(0, start - _REACH), start):
            return False  # Dirección: Carretera de la Estación, km 3
        tokens = _TOKEN.findall(text, start, end)
        if not tokens[0][0].isupper():
            return False  # rue de la Liberté: a capitalised name after a lower-case street word is a name
        tokens = tokens[1:]
        if not any(w in _COMMON_NOUN_MARKERS for w in tokens):  # lower case only: Calle La Paz is a name
            return False
        words = [w for w in tokens if w not in _CONNECTORS and w not in _COMMON_NOUN_MARKERS]
        if not words or any(w[-1] == "." or w.isdigit() or _ROMAN.fullmatch(w) for w in words):
            return False  # a title, a date or a Roman numeral: a name (Rua Dr. António, Calle 2 de Mayo)
        languages = own | apparent(text)
        return all(not given_name(w, languages) and (bits(w) & languages or forms(w, languages)) for w in words)

    def given_name(word: str, languages: int) -> bool:
        flags = names.flags(normalise(word))
        return bool(flags & FIRST and (flags & FIRST_POPULAR or not weak(word, languages)))

    return test
