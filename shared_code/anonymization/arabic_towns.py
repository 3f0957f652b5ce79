"""Arabic gazetteer towns that are also ordinary words or names, read as places where the sentence says
so (``نزحنا إلى جنين``, ``سكان صور``, ``زرنا جرش``, ``ريف دمشق``).

Many Arab towns are ordinary Arabic words (``جنين`` embryo, ``صور`` pictures, ``معان`` meanings, ``جرش``
grinding) or given names and surnames (``الزرقاء``, ``مكة``), so the lexicon recogniser takes them only
with a place preposition or not at all, and Arabic has no capital letter to mark the proper noun. The
words around them still tell a place from a noun:

- after a **place-noun head** in a construct phrase (``سكان``, ``أهالي``, ``مستشفى``, ``ريف``, ``شمال``
  …: the residents, the hospital, the countryside of X) or right after a **verb of going, leaving or
  living** that takes its place as a direct object (``وصلنا``, ``زرنا``, ``تركنا``, ``غادرنا``,
  ``سكنا`` …), the town is the place; ``ريف`` (countryside) names a governorate with any gazetteer town
  (``ريف دمشق``) and joins the span. After a head that only a place follows bare (:data:`_RESIDENTS`:
  ``سكان``, ``أهالي``, ``ضواحي``, ``شمال`` …), any word without the article, a clitic or a pronoun
  suffix is a place, in the gazetteer or not (``سكان مغنية``; ``أهالي زوجي`` stays);
- after a **place preposition** (``في``, ``من``, ``إلى``, ``قرب``, ``عند``, ``بين`` …, or ``ب``/``ل`` written
  on the word, also spoken ``عال`` for ``على ال``: ``رحنا عالنبطية``; or ``و`` on a sentence's first
  word: ``وصنعاء أيضا تحتاج``), a town that ends its noun phrase:
  followed by punctuation, the end, a function word or a word with a conjunction (``في معان والعقبة``,
  ``من جرش لم …``). A noun would take a genitive or an adjective there (``في صور الأطفال``, ``في صور
  قديمة``).

A two-word town whose first word carries a clitic is a place anywhere (``وتيزي وزو``, ``لدير الزور``): the
lexicon recogniser looks its words up as written. So is a place-name head (``عين``, ``سيدي``, ``حاسي``,
``بني`` …, :data:`location_cues.LOCATION_CUES`) and a word without the article when the pair is a
gazetteer place, a small one too (``عين قزام``), or the word is no ordinary Arabic word (``rare``:
``عين تادلس``); the place cues took these after a place preposition only. A town that is no ordinary
word followed by a compass adjective names a district with it (``الجزائر الوسطى``, Algiers Centre;
``القاهرة الكبرى``, Greater Cairo).

Single words otherwise: only towns that are ordinary words or names (the lexicon recogniser decides on
the others: ``من آلام في البطن``, from pains in the belly, is no town), of 15,000 inhabitants or more,
never the smaller places of the gazetteer, and no town spelled with the article that is an ordinary word
(``الحي``, the neighbourhood; ``الجديد``, new), nor a town of two letters.
"""

from __future__ import annotations

import regex

from typing import Callable

from shared_code.anonymization.lexicon import FIRST, LAST, MINOR_PLACE, PLACE, Lexicon, normalise, weak_place_bit
from shared_code.anonymization.location_cues import LOCATION_CUES

_HEADS = frozenset(normalise(w) for w in (
    "سكان", "أهالي", "أهل", "اهل", "مستشفى", "مشفى", "ريف", "ضواحي", "أطراف", "شمال", "جنوب", "شرق", "غرب",
    "وسط", "مدينة", "بلدة", "قرية", "مخيم", "محافظة", "ولاية", "منطقة", "قضاء", "بلدية", "مركز", "نازحي", "لاجئي",
    "أطفال", "نساء", "عائلات", "أسر", "مدارس", "مخيمات", "قرى", "أحياء", "شوارع", "أسواق", "سوق", "مطار", "جامعة",
    "نازحو", "لاجئو", "مهجري"))
"""Nouns whose genitive is a place: the residents, hospital, countryside, north, children, camps … of X."""
_RESIDENTS = frozenset(normalise(w) for w in (
    "سكان", "أهالي", "ريف", "ضواحي", "أطراف", "شمال", "جنوب", "شرق", "غرب"))
"""Heads whose genitive is a place and never a bare common noun: the residents, countryside, outskirts,
north … of X (not ``مستشفى``, ``مركز``: ``مستشفى ميداني``, ``مركز توزيع``)."""
_POSSESSIVES = ("ي", "نا", "ها", "هم", "هن", "كم", "ك", "ه")
"""Pronoun suffixes, read on the word as written (``ة`` is no ``ه``)."""
_JOINING_HEADS = frozenset({normalise("ريف")})
"""Heads that are part of the place's name (``ريف دمشق``, the Damascus countryside governorate)."""
_VERBS = frozenset(normalise(w) for w in (
    "وصلنا", "وصلت", "وصلوا", "زرنا", "زرت", "زاروا", "تركنا", "تركت", "تركوا", "غادرنا", "غادرت", "غادروا",
    "دخلنا", "دخلت", "دخلوا", "سكنا", "سكنت", "سكنوا", "قصدنا", "قصدت", "نزور", "نغادر", "نترك", "ندخل",
    "نسكن", "أسكن", "يسكن", "تسكن", "يسكنون", "استوطنا", "هجرنا", "هجرت"))
"""Verbs whose direct object is a place: arrived at, visited, left, entered, lived in X."""
_PREPOSITIONS = frozenset(normalise(w) for w in (
    "في", "من", "إلى", "الى", "إلي", "قرب", "عند", "حول", "نحو", "داخل", "خارج", "حتى", "بين", "جنب",
    "بجانب", "بالقرب", "لعند", "عن", "ومن", "وفي", "وإلى", "والى", "فمن", "ففي", "منذ"))
_CLITICS = ("عال", "وب", "ول", "فب", "فل", "ب", "ل")
"""Prepositions written on the word; ``عال`` is spoken ``على ال`` (the article stays: ``عالنبطية``)."""
_PLACE_HEADS = frozenset(normalise(h) for h in LOCATION_CUES["ar"].place_heads)
_ADJECTIVES = frozenset(normalise(w) for w in ("الوسطى", "الشرقية", "الغربية", "الشمالية", "الجنوبية", "الكبرى"))
"""Compass adjectives and ``الكبرى`` (greater) that name a district with the town before them; not ``القديمة``
nor ``الجديدة`` (old, new): ``المدينة``, the city, is a town too (Medina)."""
_PAIR_CLITICS = ("و", "ف", *_CLITICS)
_PAIR_CLITIC_LETTERS = frozenset(c[0] for c in _PAIR_CLITICS)
_WORDS = regex.compile(r"\p{Arabic}+")
_SENTENCE_START = regex.compile(r"(?:^|[.!?؟\n])[ \t]*$")
_MIN_TOWN = 3


class ArabicTowns:
    """The rule of the module docstring, for one language's lexicon and stop words."""

    def __init__(self, lexicon: Lexicon, stop: frozenset[str], rare: Callable[[str], bool]) -> None:
        self.lexicon, self.stop, self.rare = lexicon, stop, rare
        self.weak = weak_place_bit("ar")

    def find(self, text: str) -> list[tuple[int, int]]:
        """Spans of the towns of ``text`` that the rule reads as places (``ريف`` with its town)."""
        words = list(_WORDS.finditer(text))
        spans = []
        for index, match in enumerate(words):
            before = words[index - 1] if index and text[words[index - 1].end() : match.start()].isspace() else None
            lead = normalise(before.group()) if before else ""
            pair = self._pair(text, words, index)
            if pair:
                spans.append(pair)
                continue
            if lead in _JOINING_HEADS and self.lexicon.flags(normalise(match.group())) & PLACE:
                spans.append((before.start(), match.end()))
                continue
            if lead in _RESIDENTS and self._bare_name(match.group()):
                spans.append((match.start(), match.end()))
                continue
            town, clitic = self._town(match.group())
            if not town and match.group().startswith("و") and _SENTENCE_START.search(text, 0, match.start()):
                town, clitic = self._town(match.group()[1:])[0], True  # a sentence starting "and X": وصنعاء أيضا
            if not town:
                continue
            if not clitic and (lead in _HEADS or lead in _VERBS):
                spans.append((match.start(), match.end()))
            elif (clitic or lead in _PREPOSITIONS) and self._phrase_ends(text, words, index):
                spans.append((match.start(), match.end()))
        return spans

    def _bare_name(self, word: str) -> bool:
        """A word without the article, a clitic or a pronoun suffix, no function word and no generic place
        noun: after :data:`_RESIDENTS` only a proper noun stands bare (``سكان مغنية``; ``سكان المخيم``,
        ``أهل زوجي``, ``سكان مدينة …`` stay)."""
        key = normalise(word)
        return len(key) >= _MIN_TOWN and not key.startswith("ال") and key[:1] not in "وفبل" \
            and key not in self.stop and key not in _HEADS and not word.endswith(_POSSESSIVES)

    def _town(self, word: str) -> tuple[bool, bool]:
        """(``word`` is a town of the rule, it carries a preposition clitic)."""
        key = normalise(word)
        for clitic in ("", *_CLITICS):
            if not key.startswith(clitic):
                continue
            rest = key[len(clitic):]
            rest = "ال" + rest if clitic == "عال" else rest
            if len(rest) >= _MIN_TOWN and self._usable(rest):
                return True, bool(clitic)
        return False, False

    def _pair(self, text: str, words: list[regex.Match[str]], index: int) -> tuple[int, int] | None:
        """A two-word place of the module docstring starting at ``words[index]``: a town whose first word
        carries a clitic (``وتيزي وزو``), a head and its word (``عين قزام``), a town and its adjective."""
        if index + 1 >= len(words) or not text[words[index].end() : words[index + 1].start()].isspace():
            return None
        key, second = normalise(words[index].group()), normalise(words[index + 1].group())
        span = words[index].start(), words[index + 1].end()
        for clitic in ("", *(_PAIR_CLITICS if key[:1] in _PAIR_CLITIC_LETTERS else ())):
            first = key[len(clitic):]
            if not key.startswith(clitic) or len(first) < 2:
                continue
            flags = self.lexicon.flags(f"{first}_{second}") if clitic else 0  # towns: no small-place lookup
            if flags & PLACE and not flags & self.weak or self._headed(first, second) \
                    or second in _ADJECTIVES and self._plain_town(first):
                return span
        return None

    def _headed(self, head: str, word: str) -> bool:
        """A place-name head and a word without the article that make a gazetteer place or is rare."""
        if head not in _PLACE_HEADS or word.startswith("ال") or word in self.stop:
            return False
        flags = self.lexicon.place_flags(f"{head}_{word}")
        return bool(flags & (PLACE | MINOR_PLACE)) and not flags & self.weak or self.rare(word)

    def _plain_town(self, key: str) -> bool:
        """A town that is no ordinary Arabic word (``المدينة``, the city, is a town too)."""
        flags = self.lexicon.flags(key)
        return bool(flags & PLACE) and not flags & self.weak and not flags & (FIRST | LAST)

    def _usable(self, key: str) -> bool:
        flags = self.lexicon.flags(key)  # towns only: the small places are left out of ``flags``
        if not flags & PLACE or key in self.stop or flags & self.weak and key.startswith("ال"):
            return False
        return bool(flags & (self.weak | FIRST | LAST))  # other towns are the lexicon recogniser's

    def _phrase_ends(self, text: str, words: list[regex.Match[str]], index: int) -> bool:
        """The word ends its noun phrase: punctuation or the end after it, or a function word, or a word
        with a conjunction (``في معان والعقبة``)."""
        if index + 1 >= len(words) or not text[words[index].end() : words[index + 1].start()].isspace():
            return True
        after = words[index + 1].group()
        return normalise(after) in self.stop or after in self.stop or after[:1] in "وف" and not after.startswith("في")
