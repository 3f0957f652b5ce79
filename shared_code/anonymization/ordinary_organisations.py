"""A name found by the lexicon or a cue that the NER reads as an organisation, made of ordinary words only,
is the organisation or common-noun phrase it looks like (clean-text over-redaction; a pure function, read by
:mod:`engine` on the recognisers' candidates; docs/anonymization.md §7).

Organisations, programmes and capitalised common nouns often use words that are also given names or
surnames (``Fe``, ``Esperanza``, ``Dolores``, ``Torres``): the lexicon takes them, and a title or cue
before them lends them a person's reading, while the NER, which reads the whole sentence, calls them an
organisation. Both readings agree that the words are ordinary words of the text's language, and an
organisation is no personal data, so the PERSON is dropped. A name the lexicon holds as no ordinary word
(``Gisela``), an unknown word (``Fechner``) or a word of another language keeps the person.
"""

from __future__ import annotations

from typing import Sequence

import regex

from shared_code.anonymization.common_words import plural_of_ordinary
from shared_code.anonymization.lexicon import FIRST_POPULAR, get_lexicon, normalise
from shared_code.anonymization.particles import PARTICLE_SET as PARTICLES
from shared_code.anonymization.span_types import Candidate, LanguageRules

_WORD = regex.compile(r"[\p{L}\p{M}'’-]+")


def ordinary_organisation(text: str, span: Candidate, candidates: Sequence[Candidate], rules: LanguageRules) -> bool:
    """``span``, a PERSON of the lexicon or a cue, lies inside an NER ORGANIZATION and each of its words is
    a stop word, a name particle, or an ordinary word of the text's apparent language (or its plural:
    ``Dolores``, ``dolor``) that the lexicon does not hold as a name of that language alone
    (:attr:`LanguageRules.known_name`: wordfreq counts ``Nelly`` as a word); it holds two such words at
    least (a lone surname that is a word stays: ``la signora Romano``, ``für Bauer``) and does not start with
    a popular given name (``titular María Carvajal``). See the module docstring."""
    if span.entity_type != "PERSON" or span.source != "cue":
        return False
    if not any(c.source == "ner" and c.entity_type == "ORGANIZATION" and c.start <= span.start and span.end <= c.end
               for c in candidates):
        return False
    words = _WORD.findall(text, span.start, span.end)
    content = [w for w in words if w.casefold() not in rules.stop_words and w.casefold() not in PARTICLES]
    if len(content) < 2 or get_lexicon().flags(normalise(words[0])) & FIRST_POPULAR:
        return False  # a lone surname (la signora Romano, für Bauer); a popular given name and more (María Carvajal)
    language = rules.apparent_language(text)
    return all(_ordinary(word, rules, language) for word in words)


def _ordinary(word: str, rules: LanguageRules, language: int) -> bool:
    folded = word.casefold()
    if folded in rules.stop_words or folded in PARTICLES:
        return True
    return not rules.known_name(word) and (bool(rules.ordinary(word) & language) or plural_of_ordinary(word, rules.ordinary, language))
