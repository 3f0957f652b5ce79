"""Arabic towns the gazetteer has no Arabic name for (issue 12): ``تنام في الشارع في تيغنيف``, ``مازونة ما
فيهاش ماء``, ``سكان عزازقة``.

GeoNames names many towns in Latin script only (``Tighennif``, ``Sebdou``), so the lexicon does not know
their Arabic spelling, and Arabic has no letter case to mark a proper noun. A word that is no ordinary
Arabic word is read as a place wherever it stands (after a place preposition, at a sentence start, in a
list, in a construct phrase, before a colon or a dash; with ``ب``/``ل`` written on it when the whole word
is rare too: ``يسكن بتيغنيف``), unless a given name, a kinship link or a title comes right before it:
then it is a family name, the name rules' (``فاطمة زغدودي``, ``السيد زغدودي``). On the tuning half no
word outside personal data is such a word; dialect words are the cost (``استناو``, ``كراريس``).
Ordinary: among the Arabic words of wordfreq at Zipf 2 or more (``data/arabic_words.bin``, 32-bit hashes
of their lexicon keys, built by ``scripts/build_places.py``), itself or a form of it with a clitic prefix
(``و``, ``ب``, ``ال``, spoken ``هال`` …), a suffix (``ات``, ``ها``, ``نا``, spoken ``لنا`` …), the
Maghrebi negation ``-ش``, a spoken verb plural ``-و`` (:func:`_spoken_plural`) or the written past plural
``-وا`` stripped (``طبخوا``, they cooked: the silent alif after the plural ``و`` is written on verbs only), ``ة``
restored before a suffix (``بطانياتنا``, our blankets; ``محافظتنا``, our governorate); also a stop
word, a name of the lexicon (the name rules' words), a word under three letters. Towns GeoNames names in
Arabic are as frequent as ordinary words (``مغنية`` Zipf 4.2), so this rule is only for those it does
not: the lexicon finds the others, and :mod:`arabic_towns` those that are ordinary words or names.
"""

from __future__ import annotations

import sys
import zlib
from functools import lru_cache
from array import array
from bisect import bisect_left
from pathlib import Path
from typing import Iterable

import regex

from shared_code.anonymization.arabic_countries import country_spans
from shared_code.anonymization.arabic_streets import ArabicStreets
from shared_code.anonymization.arabic_town_lists import ArabicTownLists
from shared_code.anonymization.arabic_towns import ArabicTowns
from shared_code.anonymization.lexicon import FIRST, LAST, Lexicon, LoadedOnce, normalise, weak_bit

ARABIC_WORDS_PATH = Path(__file__).resolve().parent / "data" / "arabic_words.bin"
_WORD = regex.compile(r"(?<![\p{Arabic}\w])\p{Arabic}{3,}(?![\p{Arabic}\w])")
_PREFIXES = ("وال", "بال", "فال", "هال", "عال", "لل", "ال", "و", "ف", "ب", "ل")
_SUFFIXES = ("ات", "ها", "هم", "هن", "نا", "كم", "كن", "ين", "ون", "ان", "ني", "يه", "لنا", "لها", "لهم",
             "ه", "ي", "ك")
"""Suffixes as lexicon keys (``ة`` is folded to ``ه``): plurals, object pronouns and spoken
indirect-object pronouns (``قالولنا``, they told us); after the Maghrebi negation ``-ش`` too
(``جاوناش``, they did not come to us)."""
_OBJECTS = ("نا", "ها", "هم", "كم", "ني", "لنا", "لها", "لهم")
"""Object pronouns after which a verb may end in the spoken plural ``-و`` (``خلصونا``)."""
_MIN_STEM = 3
_NAME_LEADS = frozenset(normalise(w) for w in ("بن", "بنت", "ابن", "أبو", "أم", "آل", "أبا", "السيد", "السيدة", "الحاج",
                                                "الحاجة", "الشيخ", "الأستاذ", "الأستاذة", "الدكتور", "الدكتورة"))
"""Words after which a word is a name: kinship links and titles."""
_WEAK = weak_bit("ar")

Span = tuple[int, int]


def _spoken_plural(word: str, before_object: bool) -> tuple[str, ...]:
    """The stems of a verb with the spoken plural ``-و``: before an object pronoun (``خلصوناش``, they did
    not pay us), with an imperfect prefix (``نطيبو``, we cook: ``طيب``) or after ``ا`` (``استناو``). Place
    names end in ``-و`` too (``سبدو``, ``أرزيو``), so not otherwise."""
    if not word.endswith("و"):
        return ()
    if word[:1] in "نتي":
        return word[1:-1], word[:-1]
    return (word[:-1],) if before_object or word.endswith("او") else ()


def word_hash(key: str) -> int:
    """The 32-bit hash of a lexicon key in ``arabic_words.bin``."""
    return zlib.crc32(key.encode("utf-8"))


def _load(path: Path) -> array:
    words = array("I")
    words.frombytes(path.read_bytes())
    if sys.byteorder == "big":
        words.byteswap()
    return words


get_arabic_words = LoadedOnce(_load, ARABIC_WORDS_PATH)
"""The process-wide sorted hashes of ordinary Arabic words, read on first use."""


@lru_cache(maxsize=1 << 14)
def ordinary_arabic(key: str) -> bool:
    """The lexicon key ``key`` is an ordinary Arabic word: it, or a form of it without a clitic prefix,
    suffixes or a spoken verb ending (see the module docstring), is among wordfreq's Arabic words."""
    stems = {key, *(key[len(p):] for p in _PREFIXES if key.startswith(p))}
    stems |= {s[:-1] for s in tuple(stems) if s.endswith("ش")}
    stems |= {s[:-2] for s in tuple(stems) if s.endswith("وا")}  # the past plural: طبخوا, they cooked
    verbs = {s[: -len(x)] for s in stems for x in _OBJECTS if s.endswith(x)}
    plural = {stem for s in verbs for stem in _spoken_plural(s, True)}
    plural |= {stem for s in stems for stem in _spoken_plural(s, False)}
    stems |= {s[: -len(x)] for s in tuple(stems) for x in _SUFFIXES if s.endswith(x)} | plural
    stems |= {s[:-1] + "ه" for s in tuple(stems) if s.endswith("ت")}  # ة before a suffix: محافظتنا
    return any(len(stem) >= _MIN_STEM and known_arabic_word(stem) for stem in stems)


def known_arabic_word(key: str) -> bool:
    """The lexicon key ``key`` itself, as written (no clitic or suffix stripped), is among wordfreq's Arabic
    words."""
    words = get_arabic_words()
    value = word_hash(key)
    at = bisect_left(words, value)
    return at < len(words) and words[at] == value


class ArabicPlaces:
    """The rule of the module docstring."""

    def __init__(self, lexicon: Lexicon, stop: frozenset[str]) -> None:
        self.lexicon = lexicon
        self.stop = frozenset(normalise(w) for w in stop)
        self.towns = ArabicTowns(lexicon, self.stop | stop, self._place)
        self.streets = ArabicStreets(lexicon, stop, self._place)
        self.lists = ArabicTownLists(lexicon, stop)

    def find(self, text: str, found: Iterable[Span]) -> list[Span]:
        """Spans of the words that are no ordinary Arabic word nor a name (see the module docstring), outside
        the places ``found`` by the other rules, of the towns that are ordinary words or names where the
        words around them make them places (:mod:`arabic_towns`), of street addresses (:mod:`arabic_streets`),
        of countries (:mod:`arabic_countries`) and of the towns a town beside them tells (:mod:`arabic_town_lists`)."""
        found = list(found)
        words = list(_WORD.finditer(text))
        rare = [match.span() for index, match in enumerate(words) if self._place(match.group())
                and not self._in_name(text, words, index) and not any(s <= match.start() < e for s, e in found)]
        spans = rare + self.towns.find(text) + self.streets.find(text) + country_spans(text, self.stop)
        return spans + self.lists.find(text, found + spans)

    def _in_name(self, text: str, words: list[regex.Match[str]], index: int) -> bool:
        """The word follows a given name, a kinship link or a title: the name rules read it as a family
        name. (Before a family name it is left to the place rule: a longer PERSON span wins over it.)"""
        before = words[index - 1] if index and text[words[index - 1].end() : words[index].start()].isspace() else None
        lead = normalise(before.group()) if before else ""
        return lead in _NAME_LEADS or self._name(lead, FIRST)

    def _name(self, key: str, kind: int) -> bool:
        """``key`` is a name of ``kind`` that is no ordinary Arabic word (``صعب``, hard, is a surname too)."""
        flags = self.lexicon.flags(key)
        return key not in self.stop and bool(flags & kind) and not flags & _WEAK

    def _place(self, word: str) -> bool:
        key = normalise(word)
        return key not in self.stop and not self.lexicon.flags(key) & (FIRST | LAST) and not ordinary_arabic(key)
