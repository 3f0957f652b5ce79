"""Words of a text as the lexicon recogniser (:mod:`names`) reads them, and lexicon tests for the span rules."""

from __future__ import annotations

from typing import Callable, Optional

import regex

from shared_code.anonymization.lexicon import FIRST, LAST, PLACE, Lexicon, get_lexicon, normalise, weak_bit
from shared_code.anonymization.spans import ARTICLES, PARTICLES

NAME = FIRST | LAST
_ARABIC = regex.compile(r"\p{Arabic}")
_LATIN = regex.compile(r"\p{Latin}")
_CASED_WORD = regex.compile(r"(?<![\w])[\p{Latin}\p{Cyrillic}\p{Greek}]+(?![\w])")


class Word:
    """One word: its lexicon ``flags``, its common-word language bits (``common``, set by the recogniser)
    and how it is written."""

    __slots__ = ("start", "end", "text", "flags", "common", "cased", "upper", "arabic", "latin")

    def __init__(self, start: int, end: int, text: str, flags: int, shouting: bool) -> None:
        self.start, self.end, self.text, self.flags, self.common = start, end, text, flags, 0
        self.arabic = bool(_ARABIC.match(text))
        self.latin = bool(_LATIN.match(text))
        acronym = len(text) > 1 and text.isupper() and (not shouting or (len(text) <= 3 and not flags & FIRST))
        self.upper = text[:1].isupper() and not acronym
        self.cased = self.upper or self.arabic


def shouting(text: str) -> bool:
    """Mostly all-caps words (three or more, letters only): capitalisation carries no information, but
    all-caps words may be names."""
    words = [w for w in _CASED_WORD.findall(text) if len(w) >= 3]
    shouted = sum(w.isupper() for w in words)
    return shouted >= 3 and shouted > 0.6 * len(words)


def known_name_test(language: str, lexicon: Optional[Lexicon] = None) -> Callable[[str], bool]:
    """``test(word)``: the lexicon holds ``word`` as a name that is not an ordinary word of ``language``."""
    found = lexicon or get_lexicon()
    weak = weak_bit(language)

    def test(word: str) -> bool:
        flags = found.flags(normalise(word))
        return bool(flags & NAME) and not flags & weak

    return test


def known_word_test(lexicon: Optional[Lexicon] = None) -> Callable[[str], bool]:
    """``test(word)``: the lexicon holds ``word`` as a name or a town, ordinary word or not."""
    found = lexicon or get_lexicon()
    return lambda word: bool(found.flags(normalise(word)) & (NAME | PLACE))


def name_follows(words: list[Word], index: int) -> bool:
    """After more particles (``van den``), a capitalised word."""
    while index < len(words) and words[index].text.casefold() in PARTICLES:
        index += 1
    return index < len(words) and words[index].cased


def after_article(text: str, start: int) -> bool:
    """Right after an article: ``The Red Cross``, ``La Cruz Roja`` name an organisation, not a person."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].casefold() in ARTICLES


def adjacent(text: str, left: Word, right: Word) -> bool:
    """Only spaces or one hyphen between the two words (no punctuation, no line break)."""
    gap = text[left.end : right.start]
    return 0 < len(gap) <= 2 and gap.strip(" \u00a0-") == "" and gap.count("-") <= 1
