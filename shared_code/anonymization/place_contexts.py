"""Positions where a capitalised word is no place (issue 12 over-redaction; pure functions).

The place rules of :mod:`location` read unknown capitalised words after a place preposition (``a``, ``en``)
and inside a sentence (:mod:`places_anywhere`) as villages and regions, so brand, agency and service names
went too: ``Gracias a Unicef``, ``Pagamos con Bizum``, ``Am plătit prin Revolut``. What a writer thanks, or
does something *with* or *through*, is a helper, a service or a means of payment, not where someone lives.
:func:`instrument_or_thanked` tells these positions; a town of the gazetteer there stays a place
(``frontera con Venezuela``, ``prin Cluj``).
"""

from __future__ import annotations

import regex

from shared_code.anonymization.lexicon import PLACE, get_lexicon, normalise
from shared_code.anonymization.span_types import span_words
from shared_code.anonymization.thanks import THANKS

_INSTRUMENT = r"(?i:con|com|avec|cu|prin|with|przez|mit|met|kupitia)"
"""Prepositions of means and company (es it, pt, fr, ro cu and prin, en, pl, de, nl, sw); not ``via``
(an Italian street word) nor ``par`` (French "through" a town)."""
_ARTICLE = r"(?:(?i:a|à|al|alla|ao|à|aos|às|au|aux|to|la|el|los|las|le|les|l['’]|il|lo|o|os|as|the|de|kwa)[ \t]+|(?i:l|all|dell)['’])"
_BEFORE = regex.compile(rf"(?:(?<![\w'’-]){_INSTRUMENT}[ \t]+|{THANKS.pattern})(?:{_ARTICLE}){{0,2}}$")
_REACH = 60


def instrument_or_thanked(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` follows a preposition of means or company (``con``, ``avec``, ``prin``) or a
    thanking phrase (``Gracias a``, ``Merci à la``, ``Mulțumim``), with up to two articles or short
    prepositions between, and none of its words is a town of the gazetteer (even a weak one)."""
    if not _BEFORE.search(text, max(0, start - _REACH), start):
        return False
    lexicon = get_lexicon()
    return not any(lexicon.flags(normalise(word)) & PLACE for word in span_words(text, start, end))
