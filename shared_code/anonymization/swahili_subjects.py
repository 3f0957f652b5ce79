"""A Swahili name heading a sentence as the subject of a verb that agrees with a person (read by the
lexicon recogniser, :mod:`names`).

Swahili verbs carry their subject's noun class: a singular person (class 1) takes ``a-`` with a tense
(``alisema``, ``anaomba``, ``amepata``, ``atakuja``, ``akaenda``) or ``ha-`` in the negative
(``hajapata``, ``hakuja``, ``hatakuja``); things take other prefixes (``maji hayatoki``, ``kadi
haifanyi``, ``watoto hawajapokea``). names-dataset holds few East African names, so many given names and
surnames are in no list (``Wambui``, ``Nyokabi Karanja``). One or two capitalised words heading a
sentence, each a lexicon name or a word no list knows (an ordinary Swahili word, ``Neema``, grace, is
left alone: ``Mama``, ``Daktari``, ``Mtoto`` take the same agreement), right before such a verb are a
person's name (``Wambui alisema kwamba …``).
"""

from __future__ import annotations

from typing import Callable

import regex

from shared_code.anonymization.common_words import language_bit
from shared_code.anonymization.name_words import NAME, Word, adjacent
from shared_code.anonymization.spans import sentence_initial

_SWAHILI = language_bit("sw")
_PERSON_VERB = regex.compile(r"(?:a(?:li|na|me|ta|ka)|ha(?:ja|ku|ta))\p{Ll}{3,}")
"""A class-1 singular verb: ``a-`` and a tense marker, or the negative ``ha-`` and one (not ``hawa-``,
``hai-``, ``haya-``: other classes)."""
_MAX_WORDS = 2


def swahili_subject(text: str, words: list[Word], index: int, unseen: Callable[[Word], bool]) -> list[Word]:
    """The name heading a sentence at ``words[index]`` before a person's verb (see the module docstring),
    else []."""
    first = words[index]
    if not first.latin or not first.upper or not sentence_initial(text, first.start):
        return []
    end = index
    while end < len(words) and end - index < _MAX_WORDS and _name_like(words[end], unseen) \
            and (end == index or adjacent(text, words[end - 1], words[end])):
        end += 1
    if end == index or end >= len(words) or not text[words[end - 1].end : words[end].start].isspace():
        return []
    verb = words[end]
    if not _PERSON_VERB.fullmatch(verb.text) or verb.common & ~_SWAHILI:
        return []
    return words[index:end]


def _name_like(word: Word, unseen: Callable[[Word], bool]) -> bool:
    return word.upper and not word.text.isupper() and (unseen(word) or bool(word.flags & NAME))
