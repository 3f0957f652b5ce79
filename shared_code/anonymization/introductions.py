"""Lower-case names after a self-introduction: ``my name is amina wekesa``, ``мене звати оксана``.

Chat-style feedback is often written in lower case, where no capital marks a name; but after a phrase
that can only introduce the writer's name (never ``I am``, ``je suis``, ``sono``: ``I am tired``) the
next word is the name, whatever its case. The phrases of every language are read in every text (texts
are routed to a neighbour language's rules). Swahili names other people so too (``anaitwa``, ``aliitwa``,
``anayeitwa``: he/she is, was, who is called; ``jina lake ni``: his/her name is), but ``anaitwa`` also means
*is summoned* (``anaitwa kesho ofisini``) and ``jina lake ni`` takes adjectives (``zuri``, nice): there the
word after must be a name (:func:`called_name_test`). Capitalised names after these phrases are the person
cues' (:mod:`person`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional

import regex

from shared_code.anonymization.common_words import CommonWords, get_common_words, language_bit
from shared_code.anonymization.kinship import KIN
from shared_code.anonymization.lexicon import ANY_WEAK, FIRST, LAST, Lexicon, get_lexicon, normalise
from shared_code.anonymization.name_forms import SURNAME_ENDINGS
from shared_code.anonymization.name_spellings import respelled_flags
from shared_code.anonymization.swahili_nouns import VIRTUE_NAMES

_CYRILLIC = regex.compile(r"\p{Cyrillic}")

_INTRODUCTIONS = regex.compile(
    r"(?<!\w)(?i:my name is|my name's|i am called|je m['’]appelle|mon nom est|me llamo|mi nombre es|mijn naam is|"
    r"ik heet|ich hei(?:ß|ss)e|mein name ist|meu nome é|me chamo|chamo-me|mi chiamo|il mio nome è|"
    r"мене звати|мо[єя] ім['’ʼ]я|меня зовут|benim adım|ismim|jina langu ni|naitwa|ninaitwa|nazywam się|"
    r"mam na imię|m[ăa] numesc|numele meu (?:este|e))[ \t]*[:,]?[ \t]*"
    r"(?P<first>\p{Ll}[\p{Ll}\p{M}'’ʼ]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?)"
    r"(?:[ \t]+(?P<second>\p{Ll}[\p{Ll}\p{M}'’ʼ]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?))?")


_CALLED = regex.compile(
    r"(?<!\w)(?i:a(?:na|li|ta|me)(?:ye)?itwa|huitwa|jina lake ni)[ \t]*[:,]?[ \t]*"
    r"(?P<first>\p{Ll}[\p{Ll}\p{M}'’ʼ]+)(?:[ \t]+(?P<second>\p{Ll}[\p{Ll}\p{M}'’ʼ]+))?")
"""Swahili third-person naming (module docstring)."""
_SW = language_bit("sw")
_MIN_GIVEN = 4


_DOUBLED_OBJECT = regex.compile(
    r"(?:\w-[lo]|(?<!\w)(?:îl|o|l-am|am|l-a|a)[ \t]+\p{L}+)[ \t]+pe[ \t]+(?P<first>\p{Ll}[\p{Ll}\p{M}]+)"
    r"(?:[ \t]+(?P<second>\p{Ll}[\p{Ll}\p{M}]+))?")
"""Romanian marks a person as direct object with ``pe`` and doubles it with a pronoun clitic
(``ajutați-o pe ileana``, ``o caut pe ileana``: help her, Ileana); ``pe`` alone also means *on*
(``puneți-o pe masă``, put it on the table), so the word after it must be a name (:func:`surname_test`
with ``given``)."""


def introduced_names(text: str, stop: frozenset[str], is_surname: Callable[[str], bool],
                     is_name: Callable[[str], bool] = lambda word: False,
                     is_called: Optional[Callable[[str], Optional[bool]]] = None) -> list[tuple[int, int]]:
    """Spans of the lower-case names right after a self-introduction: the first word unless it is a stop
    word (``my name is not …``), and the next one if ``is_surname`` accepts it (a lexicon surname or a
    word no list knows: ``amina wekesa``; not ``rosa vivo``, I live); after a Romanian doubled
    object (:data:`_DOUBLED_OBJECT`), a word ``is_name`` accepts, with the next one if a surname; after
    Swahili third-person naming (:data:`_CALLED`), a word ``is_called`` (default :func:`called_name_test`)
    finds a name, with the next one if a surname, or any word of four letters or more that it does not
    find an ordinary Swahili word, before a surname (``aliitwa hamisi mrisho``)."""
    spans: list[tuple[int, int]] = []
    is_called = is_called or _called_test()
    for match in _CALLED.finditer(text):
        first, second = match.group("first"), match.group("second")
        if first.casefold() in stop or first.casefold() in KIN:
            continue
        keep_second = second is not None and second.casefold() not in stop and is_surname(second)
        called = is_called(first)
        if called or keep_second and len(first) >= _MIN_GIVEN and called is not False:
            spans.append((match.start("first"), match.end("second") if keep_second else match.end("first")))
    for match in _DOUBLED_OBJECT.finditer(text):
        first, second = match.group("first"), match.group("second")
        if first.casefold() not in stop and is_name(first):
            keep_second = second is not None and second.casefold() not in stop and is_surname(second)
            spans.append((match.start("first"), match.end("second") if keep_second else match.end("first")))
    for match in _INTRODUCTIONS.finditer(text):
        if match.group("first").casefold() in stop:
            continue
        second = match.group("second")
        keep_second = second is not None and second.casefold() not in stop and is_surname(second)
        spans.append((match.start("first"), match.end("second") if keep_second else match.end("first")))
    return spans


def surname_test(lexicon: Optional[Lexicon] = None, common: Optional[CommonWords] = None,
                 given: bool = False) -> Callable[[str], bool]:
    """``test(word)``: a lower-case word after an introduced given name is its surname: a lexicon surname
    (or, with ``given``, a given name that is no ordinary word of the common-word list: ``ileana``)
    that is no ordinary word anywhere, a word with a Cyrillic or Romanian surname ending (``лисенко``,
    ``dobrescu``), or a Latin word no list knows (``wekesa``)."""
    names, words = lexicon or get_lexicon(), common or get_common_words()
    wanted = LAST | FIRST if given else LAST

    def test(word: str) -> bool:
        key = normalise(word)
        flags = names.flags(key)
        if flags & wanted and not flags & ANY_WEAK and not (given and words.flags(word)):
            return True
        if SURNAME_ENDINGS.match(key) or _CYRILLIC.match(word):
            return bool(SURNAME_ENDINGS.match(key))
        return not flags and not words.flags(word) and len(key) > 2

    return test


def called_name_test(lexicon: Optional[Lexicon] = None,
                     common: Optional[CommonWords] = None) -> Callable[[str], Optional[bool]]:
    """``test(word)`` of a lower-case word after Swahili third-person naming: True for a name (a Swahili
    virtue name, ``zawadi``, ``neema``: :data:`swahili_nouns.VIRTUE_NAMES`; a lexicon given name, through
    its Swahili or Romanian spelling too, that is no ordinary Swahili word; a word no list knows), False
    for an ordinary Swahili word (``kesho``, tomorrow; ``ofisini``, at the office; ``gumu``, hard; ``mara``,
    times), None for other words."""
    names, words = lexicon or get_lexicon(), common or get_common_words()

    def test(word: str) -> Optional[bool]:
        key = normalise(word)
        if key in VIRTUE_NAMES:
            return True
        if words.flags(key) & _SW:
            return False
        flags = respelled_flags(names, key, names.flags(key))
        return True if flags & FIRST or not flags and not words.flags(key) else None

    return test


@lru_cache(maxsize=1)
def _called_test() -> Callable[[str], Optional[bool]]:
    """The process-wide :func:`called_name_test`, built on first use."""
    return called_name_test()
