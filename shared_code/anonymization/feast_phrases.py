"""A feast and the ordinary nouns after it (clean-text over-redaction; a pure function read by
:mod:`clean_spans` on the resolved spans).

Some feasts are given names and surnames too (``Eid``, ``Idd``, ``Bayram``), so the lexicon reads a feast
before a capitalised noun as a person (``the Eid Kits``, ``Eid Clothes``, ``the Eid Distribution``).
:func:`feast_phrase` drops a PERSON span that holds a feast (:data:`calendar_words.FEASTS`) and whose
other words are stop words or ordinary words of the text's apparent language (plain, inflected or plural)
that the lexicon holds as no name, or only as a name it marks weak in that language: the thing of the
feast, or a greeting or preposition before it (``Happy Christmas``, ``Im Ramadan``, where ``Im`` is a
surname too), no one's name. A name beside the feast keeps the span (``Eid Hassan``, ``Eid Mubarak``:
``Mubarak`` is a name; ``Ahmed Ramadan``).
"""

from __future__ import annotations

from shared_code.anonymization.calendar_words import FEASTS
from shared_code.anonymization.common_words import plural_noun
from shared_code.anonymization.lexicon import FIRST, LAST, get_lexicon, normalise
from shared_code.anonymization.span_types import LanguageRules, content_words


def feast_phrase(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A feast and ordinary nouns that are no names (module docstring)."""
    if entity_type != "PERSON":
        return False
    words = content_words(text, start, end)
    if len(words) < 2 or not any(w.casefold() in FEASTS for w in words):
        return False
    language = rules.apparent_language(text)
    if language <= 0:
        return False
    lexicon = get_lexicon()

    def thing(word: str) -> bool:
        ordinary = (rules.ordinary(word) | rules.ordinary_form(word, language)) & language \
            or plural_noun(word, rules.ordinary, language)
        return bool(ordinary) and (not lexicon.flags(normalise(word)) & (FIRST | LAST)
                                   or bool(rules.weak_name(word, language) & language))

    return all(w.casefold() in FEASTS or w.casefold() in rules.stop_words or thing(w) for w in words)
