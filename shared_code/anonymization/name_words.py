"""Words of a text as the lexicon recogniser (:mod:`names`) reads them, and lexicon tests for the span rules."""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional

import regex

from shared_code.anonymization.common_words import COMMON_LANGUAGES, CommonWords, apparent_language, plural_of_ordinary
from shared_code.anonymization.lexicon import (
    FIRST, FIRST_POPULAR, LANGUAGES, LAST, LOWER, PLACE, Lexicon, get_lexicon, normalise, weak_bit,
)
from shared_code.anonymization.name_spellings import respelled_flags
from shared_code.anonymization.spans import ARTICLES, PARTICLES

NAME = FIRST | LAST
APPARENT_WEAK = 1 << 48
"""Set by :func:`read_common_words` on a word that is an ordinary word of the text's apparent language
(when it is not the routed one): the lexicon's weak bit there, or for a language without weak bits
(Swahili) its common-word list, for a name. Above every lexicon flag."""
_LIST_GLUE = regex.compile(
    r"[ \t]*(?:,|[ \t](?:and|et|y|e|und|en|ve|ile|na|i|oraz|și|si|ou|o|or|oder|of|veya|ni)[ \t])[ \t]*|[ \t]*,[ \t]*"
    r"(?:and|et|y|e|und|en|ve|na|i|și|ou|o|or|oder|of|veya|ni)[ \t]+")
_ARABIC = regex.compile(r"\p{Arabic}")
_APOSTROPHE = regex.compile(r"['’]")
_LATIN = regex.compile(r"\p{Latin}")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
CLITICS = ("و", "ف", "ب", "ل", "ك")
"""Arabic one-letter clitics: و ف (and), ب (with), ل (for), ك (like)."""
ARABIC_LINKS = frozenset({"آل", "بن", "بنت", "ابن", "أبو", "ابو", "أبا", "ابا", "أبي"})
"""Family and kinship links inside Arabic names: ``آل`` (family of), ``بن``/``بنت`` (son/daughter of),
``أبو`` (father of)."""


class Word:
    """One word: its lexicon ``flags``, its common-word language bits (``common``, set by the recogniser)
    and how it is written."""

    __slots__ = ("start", "end", "text", "flags", "common", "ordinary", "cased", "upper", "arabic", "latin", "cyrillic")

    def __init__(self, start: int, end: int, text: str, flags: int, shouting: bool) -> None:
        self.start, self.end, self.text, self.flags, self.common = start, end, text, flags, 0
        self.ordinary = False
        """An ordinary word of the routed or the apparent language (set by :func:`read_common_words`)."""
        self.arabic, self.latin, self.cyrillic = _scripts(text[:1])
        stem = _APOSTROPHE.split(text, 1)[0] if "'" in text or "’" in text else text  # PTT'den: an acronym too
        acronym = len(stem) > 1 and stem.isupper() and (not shouting or (len(stem) <= 3 and not flags & FIRST))
        self.upper = text[:1].isupper() and not acronym
        self.cased = self.upper or self.arabic


@lru_cache(maxsize=4096)
def _scripts(letter: str) -> tuple[bool, bool, bool]:
    """Whether ``letter`` (a word's first) is Arabic, Latin, Cyrillic: a word's script is its first letter's."""
    return bool(_ARABIC.match(letter)), bool(_LATIN.match(letter)), bool(_CYRILLIC.match(letter))


def known_name_test(language: str, lexicon: Optional[Lexicon] = None) -> Callable[[str], bool]:
    """``test(word)``: the lexicon holds ``word`` as a name that is not an ordinary word of ``language``
    (a Romanian or Swahili spelling read as the recogniser reads it: :func:`name_spellings.respelled_flags`)."""
    found = lexicon or get_lexicon()
    weak = weak_bit(language)

    @lru_cache(maxsize=1 << 14)  # a pure function of the word: words recur
    def test(word: str) -> bool:
        key = normalise(word)
        flags = respelled_flags(found, key, found.flags(key))
        return bool(flags & NAME) and not flags & weak

    return test


def known_word_test(lexicon: Optional[Lexicon] = None) -> Callable[[str], bool]:
    """``test(word)``: the lexicon holds ``word`` as a name or a town, ordinary word or not (a Romanian
    or Swahili spelling through :func:`name_spellings.respelled_flags`: ``Ionuț`` starting a sentence is no verb)."""
    found = lexicon or get_lexicon()

    @lru_cache(maxsize=1 << 14)  # a pure function of the word: words recur
    def test(word: str) -> bool:
        key = normalise(word)
        return bool(respelled_flags(found, key, found.flags(key)) & (NAME | PLACE))

    return test


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


def read_common_words(words: list[Word], common: CommonWords, own: int, weak: int) -> None:
    """Set each word's common-word bits and adjust its lexicon flags (``own``: the routed language's bit,
    ``weak``: its weak flag). A lower-case name that is an ordinary word of any listed language is no
    name (Turkish ``gitti``, went). When more words of the text are ordinary words of another language
    than of the routed one (a Turkish text routed to English), a given name outside every country's top
    300 that is an ordinary word there is weak (``Mobil Klinik``): wordfreq counts popular names as
    words. Surnames are weak so only for a language without weak bits of its own (Swahili): Turkish
    surnames are often words (``Demir``, iron). An ``-s``/``-es`` form of an ordinary word of the routed
    language is weak (``Kits``, ``Mantas``): the lexicon's weak bits come from dictionary stems only."""
    bits = [common.flags(w.text) if not w.arabic else 0 for w in words]
    apparent = apparent_language(bits, own)
    other = apparent if apparent != own else 0
    without_weak_bits = bool(other) and COMMON_LANGUAGES[other.bit_length() - 1] not in LANGUAGES
    other_weak = weak_bit(COMMON_LANGUAGES[other.bit_length() - 1]) if other and not without_weak_bits else 0
    for word, value in zip(words, bits):
        word.common, word.ordinary = value, bool(value & (own | apparent))
        if word.flags & other_weak or word.flags & NAME and without_weak_bits and value & other:
            word.flags |= APPARENT_WEAK
        if word.flags & LOWER and value:
            word.flags &= ~LOWER
        if value & other and (word.flags & (NAME | PLACE | FIRST_POPULAR) == FIRST
                              or word.flags & NAME and without_weak_bits) \
                or word.flags & NAME and value & own and plural_of_ordinary(word.text, common.flags, own):
            word.flags |= weak


def family_name(text: str, words: list[Word], index: int, stop: frozenset[str]) -> list[Word]:
    """Arabic: a word, a family or kinship link (:data:`ARABIC_LINKS`) and a word are a name in any case
    (``خالد آل علي``, ``كوثر أبا الخيل``): the link is not used otherwise between two words. The chain
    goes on over more links (``أحمد بن محمد بن سالم``), and ``عبد`` (servant of) takes the next word
    with it (``بن عبد الله``: ``الله`` is a stop word on its own)."""
    part = words[index : index + 3]
    if len(part) < 3 or not all(w.arabic for w in part) or part[1].text not in ARABIC_LINKS \
            or not adjacent(text, part[0], part[1]) or not adjacent(text, part[1], part[2]):
        return []
    first = normalise(part[0].text)
    if first in stop or first.startswith("ال") or len(first) <= 2:
        return []
    end = index + 3
    while True:
        if normalise(words[end - 1].text) == "عبد" and end < len(words) and words[end].arabic \
                and adjacent(text, words[end - 1], words[end]):
            end += 1
        elif end + 1 < len(words) and words[end].text in ARABIC_LINKS and words[end + 1].arabic \
                and adjacent(text, words[end - 1], words[end]) and adjacent(text, words[end], words[end + 1]):
            end += 2
        else:
            return words[index:end]


def with_article(word: str) -> bool:
    """An Arabic word with the article, after an optional clitic (``الأحمر``, ``والصابون``)."""
    key = normalise(word)
    return key.startswith("ال") or (key[:1] in CLITICS and key[1:3] == "ال")


def list_item(text: str, words: list[Word], index: int, weak: int) -> bool:
    """``words[index]``, a name that is an ordinary word (``weak``: the routed language's weak bit, or
    :data:`APPARENT_WEAK`), is an item of a list of ordinary words: a comma or a conjunction separates it
    from a capitalised neighbour that is an ordinary word and no name (``Su, Sabun ve Battaniye``: water,
    soap and blankets). A list of names (``Ayşe, Mehmet ve Ali``) has names for neighbours."""
    word = words[index]
    if not word.flags & (weak | APPARENT_WEAK):
        return False
    neighbours = ((words[index - 1], word) if index else None, (word, words[index + 1]) if index + 1 < len(words) else None)
    for pair in neighbours:
        if pair is None:
            continue
        other = pair[0] if pair[1] is word else pair[1]
        if other.upper and other.common and not other.flags & NAME \
                and _LIST_GLUE.fullmatch(text, pair[0].end, pair[1].start):
            return True
    return False


def conjoined(word: Word, lexicon: Lexicon) -> bool:
    """An Arabic word with a conjunction clitic starts a new name (``محمد وعلي``: two people)."""
    key = normalise(word.text)
    return word.arabic and key[:1] in "وف" and not lexicon.flags(key)
