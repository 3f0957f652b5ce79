"""Two rarer Arabic names in a person context, and names' rarer neighbours (arabic_rare_context.py). Made-up people."""

from __future__ import annotations

import pytest
import regex

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.arabic_rare_context import joined_rare_family, rare_context_pair
from shared_code.anonymization.lexicon import FIRST, LAST, PLACE, RARE_FIRST, RARE_LAST, Lexicon, normalise
from shared_code.anonymization.name_words import Word

_LEXICON = Lexicon({normalise("أحمد"): FIRST, normalise("بحلب"): FIRST | PLACE, normalise("أبو"): FIRST | LAST,
                    normalise("بن"): LAST},
                   rare={normalise(w): RARE_FIRST for w in ("منقذ", "سهاد", "فاخر", "نور", "جاري", "ساكن", "داية")}
                   | {normalise(w): RARE_LAST for w in ("العايد", "الحجام", "العمار", "الشمس", "يسكنون")}
                   | {normalise("الفرح"): RARE_FIRST | RARE_LAST})


def _words(text: str) -> list[Word]:
    return [Word(m.start(), m.end(), m.group(), _LEXICON.flags(normalise(m.group())), False)
            for m in regex.finditer(r"\p{Arabic}+", text)]


def pair(text: str, first: str) -> str:
    words = _words(text)
    index = next(i for i, w in enumerate(words) if w.text == first)
    return " ".join(w.text for w in rare_context_pair(text, words, index, _LEXICON, frozenset({"في"})))


@pytest.mark.parametrize("text, first", [
    ("قال منقذ العايد كلاما", "منقذ"),     # a verb of saying before
    ("المتطوعة سهاد الحجام ساعدتنا", "سهاد"),  # a role before
    ("اتصلت بفاخر الحجام", "بفاخر"),         # a preposition written on the given name
    ("أحمد ومنقذ العايد", "ومنقذ"),          # and, after a lexicon name
    ("منقذ العايد يسكن هنا", "منقذ"),         # a person verb after
    ("قالت لي سهاد العايد", "سهاد"),          # a verb of saying and a pronoun before
    ("عائلة سهاد العمار", "سهاد"),            # a household noun before
])
def test_rare_pairs_in_person_context(text: str, first: str) -> None:
    words = text.split()
    assert pair(text, first) == f"{first} {words[words.index(first) + 1]}"


@pytest.mark.parametrize("text, first", [
    ("نور الشمس جميل", "نور"),             # no person context: a genitive construct
    ("قال نور الشمس", "نور"),              # too short a given name (three letters)
    ("قال الفرح العايد", "الفرح"),           # a given name carries no article
    ("قال منقذ يسكنون", "منقذ"),            # a verb is no family name
    ("الجو ومنقذ العايد", "ومنقذ"),          # and, after no name
    ("قال منقذ، العايد", "منقذ"),           # not adjacent
    ("مع بداية العايد", "بداية"),            # a known word as written (beginning), not ب on a rarer name
])
def test_no_rare_pair_without_context(text: str, first: str) -> None:
    assert pair(text, first) == ""


@pytest.mark.parametrize("text, span, joined", [
    ("مزاحم بن أحمد العايد يحتاج", "مزاحم بن أحمد", "مزاحم بن أحمد العايد"),  # a rarer family name after a name
    ("أبو أحمد الحجام هنا", "أحمد الحجام", "أبو أحمد الحجام"),               # أبو before a name
    ("الطفل منقذ أحمد العايد", "أحمد العايد", "منقذ أحمد العايد"),           # a rarer given name before a given name
    ("جاري أحمد العايد", "أحمد العايد", "أحمد العايد"),                        # a context word (my neighbour) stays
    ("ساكن بحلب", "بحلب", "بحلب"),                                          # no given name after: a town
    ("أحمد الفرح هنا", "أحمد", "أحمد"),                                      # a rarer given name too: no join
    ("أحمد، العايد", "أحمد", "أحمد"),                                         # not adjacent
])
def test_joined_rare_family(text: str, span: str, joined: str) -> None:
    start = text.index(span)
    [(s, e)] = joined_rare_family(text, _words(text), [(start, start + len(span))], _LEXICON)
    assert text[s:e] == joined


def test_a_joined_span_absorbs_the_span_it_now_overlaps() -> None:
    """``أحمد`` grows to ``العايد``, which starts the next span: the two are one name, not two overlapping
    spans (of which the engine would keep one and leave ``الحجام`` uncovered)."""
    text = "أحمد العايد الحجام يحتاج"
    first, second = (0, len("أحمد")), (text.index("العايد"), text.index(" يحتاج"))
    assert joined_rare_family(text, _words(text), [first, second], _LEXICON) == [(0, text.index(" يحتاج"))]
