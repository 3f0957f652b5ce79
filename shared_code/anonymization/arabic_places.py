"""Arabic towns the gazetteer has no Arabic name for (issue 12): ``تنام في الشارع في تيغنيف``, ``نحن من
سبدو``.

GeoNames names many towns in Latin script only (``Tighennif``, ``Sebdou``), so the lexicon does not know
their Arabic spelling, and Arabic has no letter case to mark a proper noun. A word that is no ordinary
Arabic word is read as a place after a place preposition (``في``, ``من``, ``إلى``, ``قرب``, ``عند``,
``حول``, ``داخل`` …, or ``ب``/``ل`` written on the word when the whole word is rare too: ``يسكن
بتيغنيف``, ``ذهبنا لسبدو``), or heading a text or a sentence before a colon (``سبدو: لم تصل
المساعدات``). Ordinary: among the Arabic words of wordfreq at Zipf 2 or more (``data/arabic_words.bin``,
32-bit hashes of their lexicon keys, built by ``scripts/build_places.py``), itself or a form of it with
a clitic prefix (``و``, ``ب``, ``ال``, spoken ``هال`` …) or a suffix (``ات``, ``ها``, ``نا`` …)
stripped, ``ة`` restored before a suffix (``بطانياتنا``, our blankets; ``محافظتنا``, our governorate);
also a stop word, a name of the lexicon (the name rules' words), a word under three letters. Towns
GeoNames names in Arabic are as frequent as ordinary words (``مغنية`` Zipf 4.2), so this rule is only
for those it does not: the lexicon finds the others.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from bisect import bisect_left
from pathlib import Path
from typing import Iterable

import regex

from shared_code.anonymization.arabic_towns import ArabicTowns
from shared_code.anonymization.lexicon import FIRST, LAST, Lexicon, LoadedOnce, normalise

ARABIC_WORDS_PATH = Path(__file__).resolve().parent / "data" / "arabic_words.bin"
_AFTER_PREPOSITION = regex.compile(
    r"(?<![\p{Arabic}\w])(?:(?:في|من|إلى|الى|إلي|الي|قرب|عند|حول|نحو|داخل|خارج|حتى)[ \t]+|(?P<clitic>[بل](?!ال)))"
    r"(?P<word>\p{Arabic}{3,})(?![\p{Arabic}\w])")
_HEADING = regex.compile(r"(?:^|(?<=[.!?؟\n][ \t]*))(?P<word>\p{Arabic}{3,})[ \t]*:", flags=regex.MULTILINE)
_PREFIXES = ("وال", "بال", "فال", "هال", "عال", "لل", "ال", "و", "ف", "ب", "ل")
_SUFFIXES = ("ات", "ها", "هم", "هن", "نا", "كم", "كن", "ين", "ون", "ان", "ني", "يه", "ه", "ي", "ك")
"""Suffixes as lexicon keys (``ة`` is folded to ``ه``)."""
_MIN_STEM = 3

Span = tuple[int, int]


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


class ArabicPlaces:
    """The rule of the module docstring."""

    def __init__(self, lexicon: Lexicon, stop: frozenset[str]) -> None:
        self.lexicon, self.words = lexicon, get_arabic_words()
        self.stop = frozenset(normalise(w) for w in stop)
        self.towns = ArabicTowns(lexicon, self.stop | stop)

    def find(self, text: str, found: Iterable[Span]) -> list[Span]:
        """Spans of the words after a place preposition that are no ordinary Arabic word nor a name, outside
        the places ``found`` by the other rules, and of the towns that are ordinary words or names where the
        words around them make them places (:mod:`arabic_towns`)."""
        found = list(found)
        matches = [*_AFTER_PREPOSITION.finditer(text), *_HEADING.finditer(text)]
        rare = [match.span("word") for match in matches if self._place(match.group("word"))
                and not (match.groupdict().get("clitic") and not self._place(match.group()))  # بطانيات: no ب + طانيات
                and not any(s <= match.start("word") < e for s, e in found)]
        return rare + self.towns.find(text)

    def _place(self, word: str) -> bool:
        key = normalise(word)
        if key in self.stop or self.lexicon.flags(key) & (FIRST | LAST):
            return False
        stems = {key, *(key[len(p):] for p in _PREFIXES if key.startswith(p))}
        stems |= {s[: -len(x)] for s in tuple(stems) for x in _SUFFIXES if s.endswith(x)}
        stems |= {s[:-1] + "ه" for s in tuple(stems) if s.endswith("ت")}  # ة before a suffix: محافظتنا
        return not any(len(stem) >= _MIN_STEM and self._known(stem) for stem in stems)

    def _known(self, key: str) -> bool:
        value = word_hash(key)
        at = bisect_left(self.words, value)
        return at < len(self.words) and self.words[at] == value
