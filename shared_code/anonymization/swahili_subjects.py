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

A lone title-case word the lexicon does not know and that is no ordinary Swahili word, right after a
lower-case linker (``kwa``, ``na``, ``ya``, ``wa``: to, with, of) or a verb with a person object
(``nilimpa``, I gave him/her) and before a lower-case word or the
sentence's end, in a text whose words are mostly Swahili, is a name too (``pesa zilitumwa kwa Mwanaisha
lakini``, ``simu ya Hamisi haikuingia``): Swahili writes its nouns in lower case, and a capitalised common
noun there is one the common-word list holds (``Kituo cha Afya``) or follows a head noun capitalised inside
the sentence, as titles are written (``na Kadi ya Ufuatiliaji``).
"""

from __future__ import annotations

from typing import Callable

import regex

from shared_code.anonymization.common_words import apparent_language, language_bit
from shared_code.anonymization.name_words import NAME, Word, adjacent
from shared_code.anonymization.spans import sentence_initial

_SWAHILI = language_bit("sw")
_PERSON_VERB = regex.compile(r"(?:a(?:li|na|me|ta|ka)|ha(?:ja|ku|ta))\p{Ll}{3,}")
"""A class-1 singular verb: ``a-`` and a tense marker, or the negative ``ha-`` and one (not ``hawa-``,
``hai-``, ``haya-``: other classes)."""
_MAX_WORDS = 2
_LINKERS = frozenset("kwa na ya wa za la cha vya ni".split())
"""Swahili ``to``/``with``/``of`` words (the ``-a`` of each noun class) and ``ni`` (is)."""
_MIN_LETTERS = 4
_OBJECT_VERB = regex.compile(r"(?:ni|u|a|tu|m|wa)(?:li|na|ta|me|ka)mw?\p{Ll}{2,}")
"""A verb with a singular person object: subject, tense and ``m-`` (``nilimpa``, I gave him/her;
``tulimwona``, we saw him/her; ``nimemtumia``)."""


def swahili_subject(text: str, words: list[Word], index: int, unseen: Callable[[Word], bool]) -> list[Word]:
    """The name heading a sentence at ``words[index]`` before a person's verb, or after a linker (see the
    module docstring), else []."""
    first = words[index]
    if not first.latin or not first.upper or not sentence_initial(text, first.start):
        return _linked_name(text, words, index)
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


def _linked_name(text: str, words: list[Word], index: int) -> list[Word]:
    """A lone title-case word no list knows after a Swahili linker, in a Swahili text (module docstring)."""
    word = words[index]
    if not index or not word.latin or not word.upper or word.text.isupper() or word.flags \
            or word.common & _SWAHILI or len(word.text) < _MIN_LETTERS or not word.text.isalpha():
        return []
    before = words[index - 1]
    if before.text not in _LINKERS and not _OBJECT_VERB.fullmatch(before.text.casefold()) \
            or text[before.end : word.start] != " ":
        return []
    head = words[index - 2] if index > 1 else None
    if head is not None and head.upper and not sentence_initial(text, head.start):
        return []  # a title's head noun, capitalised mid-sentence: Kadi ya Ufuatiliaji
    after = words[index + 1] if index + 1 < len(words) else None
    if after is not None and text[word.end : after.start].isspace() and not after.text[:1].islower():
        return []  # a title of capitalised words (Kituo cha Afya Bora) is the other rules'
    return [word] if apparent_language([w.common for w in words], _SWAHILI) == _SWAHILI else []
