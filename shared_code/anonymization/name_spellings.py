"""Names as Romanian and Swahili write them, read through the lexicon's spellings (:func:`name_forms.spelling_flags`).

- The lexicon (names-dataset) holds many Romanian names only without diacritics or with the legacy
  cedilla letters (``ionut``, ``razvan``, ``dragoş``, ``balan``), while Romanians write ``ș ț`` with a comma
  below and ``ă â î`` (``ionuț``, ``răzvan``, ``dragoș``, ``bălan``). A word of Latin letters with such a
  letter that the lexicon does not hold is read as its other spelling (comma below and cedilla swapped),
  else as its folded form (the letters without their marks). Words with letters Romanian does not use
  (``ç ğ ı ö ü ã é``) are left alone: Turkish, Portuguese and French words.
- Swahili ends Arabic given names with a vowel (``zainabu``, ``mariamu``, ``yusufu``, ``rashidi``, ``omari``:
  Zainab, Mariam, Yusuf, Rashid, Omar). A word ending in a consonant and ``-u`` or ``-i`` whose stem (four
  letters or more) is a given name of the lexicon is a given name, when the lexicon holds it as no given
  name (or as a surname only: ``zainabu``).

Either reading needs a word that is no ordinary word: unknown to the common-word lists of every language
in both spellings (Romanian ``păun``, peacock; French ``île``; Turkish ``kuş``; Swahili ``hakimu``, judge:
their folded forms or stems ``paun``, ``ile``, ``kus``, ``hakim`` are names somewhere), no inflected form of
one (:func:`common_words.ordinary_form_test`), and no ordinary word for the lexicon (no weak bit). It
takes name bits only (no town bits), with the weak bits of the folded form or stem: a folded form that is
an ordinary word somewhere stays one.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

import regex

from shared_code.anonymization.common_words import ANY_LANGUAGE, CommonWords, get_common_words, ordinary_form_test
from shared_code.anonymization.lexicon import (
    ANY_WEAK, FIRST, FIRST_POPULAR, LAST, LAST_POPULAR, LOWER, PLACE, Lexicon, get_lexicon, normalise,
)

ROMANIAN_WORD = regex.compile(r"[a-z'-]*[ăâîșşțţ][a-zăâîșşțţ'-]*")
"""A case-folded word of ASCII letters and at least one letter with a Romanian mark."""
_SWAHILI_ENDING = regex.compile(r"[a-z]{3,}[b-df-hj-np-tv-z][ui]")
"""A word whose stem of four letters or more ends in a consonant, with a final ``-u`` or ``-i``."""
_OTHER_SPELLING = str.maketrans({"ș": "ş", "ş": "ș", "ț": "ţ", "ţ": "ț"})
_FOLDED = str.maketrans({"ă": "a", "â": "a", "î": "i", "ș": "s", "ş": "s", "ț": "t", "ţ": "t"})
_NAME_BITS = FIRST | FIRST_POPULAR | LAST | LAST_POPULAR | LOWER


@lru_cache(maxsize=1)
def _ordinary_form() -> Callable[[str, int], int]:
    """The process-wide inflected-form test, built on first use."""
    return ordinary_form_test()


def respelled_flags(lexicon: Lexicon, key: str, flags: int = 0, common: CommonWords | None = None) -> int:
    """``flags``, the lexicon's for ``key`` (a :func:`lexicon.normalise`-d word), completed through the
    other spellings of the module docstring: a Romanian reading for a word the lexicon does not hold, a
    Swahili given name's bit for a word it holds as no given name, town or ordinary word."""
    romanian, swahili = not flags and ROMANIAN_WORD.fullmatch(key), _SWAHILI_ENDING.fullmatch(key)
    if not (romanian or swahili) or flags & (FIRST | PLACE | ANY_WEAK):
        return flags
    if romanian:  # the lexicon lookups first, the costlier ordinary-word tests only for a name found so
        other, folded = key.translate(_OTHER_SPELLING), key.translate(_FOLDED)
        spelled, plain = lexicon.flags(other) if other != key else 0, lexicon.flags(folded)
        names = (spelled if spelled & _NAME_BITS else plain) & _NAME_BITS
        if not names & (FIRST | LAST) or _ordinary(key, common) or other != key and _ordinary(other, common):
            return 0
        return names | plain & ANY_WEAK
    stem = lexicon.flags(key[:-1])
    return flags | FIRST | stem & ANY_WEAK if stem & FIRST and not _ordinary(key, common) else flags


def _ordinary(key: str, common: CommonWords | None) -> bool:
    """An ordinary word of some language's list, or an inflected form of one."""
    return bool((common or get_common_words()).flags(key)) or bool(_ordinary_form()(key, ANY_LANGUAGE))


def respelled(word: str, lexicon: Lexicon | None = None) -> bool:
    """The lexicon does not hold ``word`` but knows it as a name through another spelling: as rare a
    spelling as a word no list knows (``tănase`` after ``florin``: the lexicon holds ``tanase`` as a given
    name only; ``yusufu kiprop``)."""
    found, key = lexicon or get_lexicon(), normalise(word)
    return not found.flags(key) and bool(respelled_flags(found, key))
