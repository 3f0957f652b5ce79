"""Dutch nouns read as places or people (clean-text over-redaction; pure functions read by :mod:`clean_spans`
on the resolved spans).

Dutch feedback capitalises its nouns (``de Juffen van de Taalklas``, ``de Gemeente Cursussen geeft``), and
the place rules read a capitalised word the lexicon does not know as a village after ``de`` (a preposition
of other languages) or anywhere when no word list has it: Dutch ``-en`` plurals are in none of them as
such (``Juffen``, ``Lessen``, ``Straten``). :func:`dutch_noun_place` drops a one-word LOCATION in a text
whose apparent language is Dutch that the lexicon holds as no name, town or small place and no region
list has, and that is an ordinary Dutch word or the ``-en``/``-s`` plural of one (with the consonant
doubled, ``juf``/``Juffen``, ``cursus``/``Cursussen``, or the vowel undoubled, ``straat``/``Straten``). A
place the gazetteer has stays (``De Wijk``, ``Assen``, ``Lochem``), whatever the word lists say.

:func:`dutch_plural_phrase` drops a PERSON span that starts with such a plural (``-en`` or ``-s``; the
lexicon holding it as no name) followed by ``van``/``de``/``het`` and words that are no lexicon names
(``de Toeslagen van de Belastingdienst``, ``de Matrassen van de Gemeente``): the name rules read the
particles as those of a Dutch surname (``Jan van de Berg``), but a name does not start with the plural of a
noun; a surname after the particles keeps the span (``Matrassen van Dijk`` would stay).
"""

from __future__ import annotations

from shared_code.anonymization.common_words import language_bit, plural_of_ordinary
from shared_code.anonymization.lexicon import FIRST, LAST, MINOR_PLACE, PLACE, get_lexicon, normalise, weak_bit
from shared_code.anonymization.regions import fold, get_regions
from shared_code.anonymization.span_types import LanguageRules
from shared_code.anonymization.spans import NAME_PART

_NL = language_bit("nl")
_VOWELS = "aeou"
_PARTICLES = frozenset("van de der den het 't ter te".split())
_WEAK_NL = weak_bit("nl")


def dutch_plural(word: str, bits) -> bool:  # noqa: ANN001 (bits: a word's language bits)
    """``word`` is an ``-en`` or ``-s`` plural of an ordinary Dutch word (module docstring)."""
    lower = word.casefold()
    if plural_of_ordinary(lower, bits, _NL):
        return True
    if len(lower) < 5 or not lower.endswith("en"):
        return False
    stem = lower[:-2]
    stems = [stem]
    if stem[-1] == stem[-2]:  # juffen, cursussen
        stems.append(stem[:-1])
    elif stem[-2] in _VOWELS and stem[-1] not in _VOWELS and stem[-3:-2] not in ("", *_VOWELS):  # straten
        stems.append(stem[:-1] + stem[-2] + stem[-1])
    return any(bits(s) & _NL for s in stems)


def dutch_noun_place(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A one-word LOCATION that is a Dutch noun or its plural, no name nor place (module docstring)."""
    word = text[start:end]
    if entity_type != "LOCATION" or not word[:1].isupper() or word.isupper() or not NAME_PART.fullmatch(word):
        return False
    if rules.apparent_language(text) != _NL:
        return False
    lexicon = get_lexicon()
    key = normalise(word)
    if lexicon.flags(key) or lexicon.place_flags(key) & (PLACE | MINOR_PLACE) or fold(key) in get_regions():
        return False
    return bool(rules.ordinary(word) & _NL) or dutch_plural(word, rules.ordinary)


def dutch_plural_phrase(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A Dutch plural noun, particles and words that are no names (module docstring)."""
    if entity_type != "PERSON":
        return False
    words = NAME_PART.findall(text, start, end)
    if len(words) < 3 or words[1].casefold() not in _PARTICLES or not words[0][:1].isupper():
        return False
    if rules.apparent_language(text) != _NL:
        return False
    lexicon = get_lexicon()

    def no_name(word: str) -> bool:
        flags = lexicon.flags(normalise(word))
        return not flags & (FIRST | LAST) or bool(flags & _WEAK_NL)

    return not lexicon.flags(normalise(words[0])) & (FIRST | LAST) and dutch_plural(words[0], rules.ordinary) \
        and all(w.casefold() in _PARTICLES or no_name(w) for w in words[1:])
