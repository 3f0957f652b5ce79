"""Arabic towns told by a town beside them (issue 12): ``الموصل والرمادي وتكريت``, ``الناس في إربد وجرش
ومعان``, ``من الخرطوم إلى بورتسودان``, ``من عدن لحضرموت``.

A town that is an ordinary word (``الموصل``, the connector; ``الرمادي``, grey; ``جرش``, grinding) is left
to the words around it (:mod:`arabic_towns`), and a town the gazetteer lacks is found by no list. A town
beside it still tells what it is:

- in a **list** (words joined by ``و``, a comma or both), next to a town (here a gazetteer town that is a
  name as well counts: ``مصراتة وسرت``), a word that is a gazetteer town, ordinary word or name as well
  (``وتكريت`` tells ``الرمادي``, which tells ``الموصل``);
- in **from … to** (``من A إلى B``, ``من A لB``), the other end of a town is a place too, a town the
  gazetteer lacks included: one word (at the far end, a gazetteer town or a word that ends its phrase:
  ``من المفرق لاستلام القسيمة`` goes on), no function word, no pronoun suffix, and no generic place noun
  (:data:`_GENERIC`: ``من المخيم إلى عمان``, from the camp to Amman, keeps the camp).

A town is a place span of the other rules or a gazetteer town that is no ordinary Arabic word nor a name
(a name too after ``في``, ``من``, ``إلى``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

import regex

from shared_code.anonymization.lexicon import FIRST, LAST, PLACE, Lexicon, normalise, weak_bit, weak_place_bit

_WORDS = regex.compile(r"\p{Arabic}+")
_JOINS = regex.compile(r"[،,]|(?<!\p{Arabic})(?:و\p{Arabic}|من(?!\p{Arabic}))")
"""A list or a from … to phrase needs a comma, a word with ``و`` or ``من``."""
_LIST_GAP = regex.compile(r"[ \t]*،?[ \t]*")
_GENERIC = frozenset(normalise(w) for w in (
    "البيت", "المنزل", "بيت", "منزل", "المخيم", "مخيم", "المدرسة", "مدرسة", "المستشفى", "مستشفى", "المركز",
    "مركز", "السوق", "سوق", "العمل", "الشارع", "القرية", "قرية", "المدينة", "مدينة", "الخيمة", "خيمة", "المكتب",
    "الحدود", "البلد", "بلد", "الداخل", "الخارج", "الريف", "الشمال", "الجنوب", "الشرق", "الغرب", "المطار",
    "الميناء", "العاصمة", "الحي", "المنطقة", "منطقة", "الجامعة", "العيادة", "المستوصف", "الملجأ", "الصباح",
    "المساء", "الليل", "النهار", "البداية", "النهاية", "هنا", "هناك", "مكان", "المكان", "آخر", "الآخر",
    "الحاجز", "المعبر", "الجامع", "المسجد", "الكنيسة", "البحر", "الجبل", "الوادي", "الصحراء", "البر"))
"""Nouns that name a kind of place, not a place: ``من البيت إلى المدرسة``, from home to school."""
_SUFFIXES = ("نا", "ها", "هم", "هن", "كم")
"""Pronoun suffixes (our, her, their …); a bare word in ``-ي`` is a nisba adjective or "my" noun."""
_PREPOSITIONS = frozenset(("في", "من", "إلى", "الى", "ومن", "وفي", "وإلى"))
_TO = ("إلى", "الى", "إلي", "لعند", "حتى", "نحو")
_MIN_TOWN = 3

Span = tuple[int, int]


class ArabicTownLists:
    """The rules of the module docstring for one lexicon and stop-word list (words as written)."""

    def __init__(self, lexicon: Lexicon, stop: frozenset[str]) -> None:
        self.lexicon, self.stop = lexicon, stop
        self.weak, self.ordinary = weak_place_bit("ar"), weak_bit("ar")
        self._flags = lru_cache(maxsize=1 << 14)(self._flags)  # a pure function of the word: words recur

    def find(self, text: str, found: Iterable[Span]) -> list[Span]:
        """Spans of the words that a town beside them makes towns (see the module docstring)."""
        if not _JOINS.search(text):
            return []
        words = list(_WORDS.finditer(text))
        found = list(found)
        towns = {i for i, w in enumerate(words) if self._anchor(w, found, i and words[i - 1].group() in _PREPOSITIONS)}
        listed = towns | {i for i, w in enumerate(words) if self._anchor(w, found, True)}
        spans: set[Span] = set()
        for index in sorted(listed):
            spans.update(self._listed(text, words, index, listed))
        for index in sorted(towns):
            spans.update(self._from_to(text, words, index))
        return [s for s in spans if not any(a <= s[0] and s[1] <= b for a, b in found)]

    def _anchor(self, word: regex.Match[str], found: list[Span], after_preposition: bool) -> bool:
        """A place span of the other rules covers the word, or it is a gazetteer town no ordinary word nor
        name, or a name too after a place preposition (``من عدن``)."""
        if any(s <= word.start() and word.end() <= e for s, e in found):
            return True
        flags = self._flags(word.group())
        names = 0 if after_preposition else FIRST | LAST
        return bool(flags & PLACE) and not flags & (self.weak | self.ordinary | names)

    def _flags(self, word: str) -> int:
        key = normalise(word)
        for clitic in ("", "و", "ب", "ل", "وب", "ول", "ف"):
            if key.startswith(clitic) and len(key) - len(clitic) >= _MIN_TOWN:
                flags = self.lexicon.flags(key[len(clitic):])
                if flags:
                    return flags
        return 0

    def _listed(self, text: str, words: list[regex.Match[str]], index: int, towns: set[int]) -> list[Span]:
        """The gazetteer words of the list around ``words[index]`` (both ways, each one telling the next)."""
        spans = []
        for step in (1, -1):
            at = index
            while 0 <= at + step < len(words):
                left, right = (words[at], words[at + step]) if step == 1 else (words[at + step], words[at])
                if not self._joined(text, left, right):
                    break
                at += step
                if at not in towns and (not self._flags(words[at].group()) & PLACE or words[at].group() in self.stop):
                    break
                spans.append(words[at].span())
        return spans

    @staticmethod
    def _joined(text: str, left: regex.Match[str], right: regex.Match[str]) -> bool:
        """``right`` follows ``left`` in a list: after ``و`` on it, a comma, or both."""
        gap = text[left.end() : right.start()]
        return bool(_LIST_GAP.fullmatch(gap)) and (right.group().startswith("و") or "،" in gap or "," in gap) \
            and bool(gap)

    def _from_to(self, text: str, words: list[regex.Match[str]], index: int) -> list[Span]:
        """The other end of ``من A إلى B`` (or ``لB``) where ``words[index]`` is one end."""
        spans = []
        before = words[index - 1].group() if index else ""
        if before in ("من", "ومن") and index + 1 < len(words):
            after = words[index + 1].group()
            if after in _TO and index + 2 < len(words) and self._far_end(text, words, index + 2):
                spans.append(words[index + 2].span())
            elif after.startswith("ل") and self._end(after[1:]) and self._far_end(text, words, index + 1):
                spans.append(words[index + 1].span())
        word = words[index].group()
        if index >= 2 and (before in _TO or word.startswith("ل") and before not in _TO and index >= 1):
            start = index - 2 if before in _TO else index - 1
            if start >= 1 and words[start - 1].group() in ("من", "ومن") and self._end(words[start].group()):
                spans.append(words[start].span())
        return spans

    def _far_end(self, text: str, words: list[regex.Match[str]], index: int) -> bool:
        """``words[index]``, after ``إلى`` or with ``ل``, may be the town at the far end: a gazetteer town, or a
        word that ends its phrase (punctuation or the end after it, a function word, a word with ``و``;
        ``من المفرق لاستلام القسيمة``, to receive the voucher, goes on)."""
        if not self._end(words[index].group()):
            return False
        if self._flags(words[index].group()) & PLACE:
            return True
        if index + 1 >= len(words) or not text[words[index].end() : words[index + 1].start()].isspace():
            return True
        after = words[index + 1].group()
        return after in self.stop or after.startswith("و")

    def _end(self, word: str) -> bool:
        """A word that may be a town at one end of ``من … إلى``: see the module docstring."""
        key = normalise(word)
        return len(key) >= _MIN_TOWN and word not in self.stop and key not in _GENERIC \
            and normalise(word.removeprefix("ال")) not in _GENERIC and not word.endswith(_SUFFIXES) \
            and not (word.endswith("ي") and not word.startswith("ال"))
