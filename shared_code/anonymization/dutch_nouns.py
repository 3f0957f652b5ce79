"""Dutch plural nouns read as people (clean-text over-redaction; a pure function read by :mod:`clean_spans`
on the resolved spans).

:func:`dutch_plural_phrase` drops a PERSON span that starts with the ``-en`` or ``-s`` plural of an
ordinary Dutch word (the lexicon holding it as no name) followed by ``van``/``de``/``het`` and words that
are no lexicon names (``de Toeslagen van de Belastingdienst``, ``de Matrassen van de Gemeente``): the name
rules read the particles as those of a Dutch surname (``Jan van de Berg``), but a name does not start with the plural of a
noun; a surname after the particles keeps the span (``Matrassen van Dijk`` would stay).

No rule drops a lone Dutch plural read as a place: many Dutch towns are plurals of ordinary words
(``Putten``, wells; ``Velden``, fields; ``Dieren``, animals), and the gazetteer does not hold every village
(a first version cost a held-out town).
"""

from __future__ import annotations

from shared_code.anonymization.common_words import language_bit, plural_of_ordinary
from shared_code.anonymization.lexicon import FIRST, LAST, get_lexicon, normalise, weak_bit
from shared_code.anonymization.span_types import LanguageRules, span_words

_NL = language_bit("nl")
_VOWELS = "aeou"
_PARTICLES = frozenset("van de der den het 't ter te".split())
_WEAK_NL = weak_bit("nl")


def dutch_plural(word: str, bits) -> bool:  # noqa: ANN001 (bits: a word's language bits)
    """``word`` is an ``-en`` or ``-s`` plural of an ordinary Dutch word, with the consonant doubled
    (``juf``/``Juffen``, ``cursus``/``Cursussen``) or the vowel undoubled (``straat``/``Straten``)."""
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


def dutch_plural_phrase(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A Dutch plural noun, particles and words that are no names (module docstring)."""
    if entity_type != "PERSON":
        return False
    words = span_words(text, start, end)
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
