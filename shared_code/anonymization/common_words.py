"""Ordinary words per language (``data/common_words.txt.gz``, built by scripts/build_common_words.py).

The NER models tag title-cased common nouns as names or places (``Water, Soap and Blankets``, ``Mobile
Clinic``, ``Savon``), most of all on languages routed to another language's model. This list says which
words are ordinary words of a language, so that an NER span made only of them can be dropped
(:mod:`spans`). It holds only words the name and town lexicon (:mod:`lexicon`) does not: for a lexicon
word, its own per-language *weak* bits say whether it is an ordinary word.

Sources (build time only, docs/anonymization.md § 3a): wordfreq's frequency lists (a word with a Zipf
frequency of at least ``--min-zipf`` in a language) and, for Swahili, which wordfreq does not cover, the
lower-case entries of the Hunspell dictionary. Latin-script languages only: Cyrillic and Arabic texts get
no NER.

Stored compactly: one UTF-8 blob of the sorted keys, an offset array and a 16-bit flag array (a few MB
in memory instead of ~25 MB for a dict of ~200,000 strings); a lookup is a binary search.
"""

from __future__ import annotations

import gzip
import sys
from array import array
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

import regex

from shared_code.anonymization.lexicon import (
    FIRST, LANGUAGES, LAST, PLACE, Lexicon, LoadedOnce, get_lexicon, normalise, weak_bit, weak_place_bit,
)
from shared_code.anonymization.word_forms import base_forms

COMMON_PATH = Path(__file__).resolve().parent / "data" / "common_words.txt.gz"
COMMON_LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "nl", "de", "pt", "it", "tr", "pl", "ro", "sw")
"""Languages with a common-word bit, in bit order (at most 16)."""
ANY_LANGUAGE = (1 << len(COMMON_LANGUAGES)) - 1
_SEEN_LIMIT = 20_000


def common_key(word: str) -> str:
    """The key of ``word``: :func:`lexicon.normalise` without the combining dot that case-folding leaves
    after Turkish ``İ`` (``İÇİN`` → ``için``)."""
    return normalise(word).replace("\u0307", "")


def language_bit(language: str) -> int:
    """The bit of ``language`` (0 for a language without a list)."""
    return 1 << COMMON_LANGUAGES.index(language) if language in COMMON_LANGUAGES else 0


class CommonWords:
    """``flags(word)``: the bits of the languages where ``word`` is an ordinary word (0: none)."""

    __slots__ = ("_blob", "_offsets", "_flags", "_seen")

    def __init__(self, blob: bytes, offsets: array, flags: array) -> None:
        self._blob, self._offsets, self._flags = blob, offsets, flags
        self._seen: dict[str, int] = {}
        """Answers for the words looked up recently (feedback repeats its words): a binary search costs
        ~10 µs in Python, a dict hit ~0.1 µs. Cleared when it reaches ``_SEEN_LIMIT`` entries."""

    def __len__(self) -> int:
        return len(self._flags)

    def flags(self, word: str) -> int:
        found = self._seen.get(word)
        if found is None:
            found = self._find(common_key(word).encode())
            if not found and "I" in word:  # a Turkish dotless I in an all-caps word (KAYIT → kayıt)
                found = self._find(normalise(word.replace("I", "ı")).replace("\u0307", "").encode())
            if len(self._seen) >= _SEEN_LIMIT:
                self._seen.clear()
            self._seen[word] = found
        return found

    def _find(self, key: bytes) -> int:
        blob, offsets = self._blob, self._offsets
        low, high = 0, len(self._flags)
        while low < high:
            middle = (low + high) // 2
            probe = blob[offsets[middle] : offsets[middle + 1] - 1]
            if probe == key:
                return self._flags[middle]
            if probe < key:
                low = middle + 1
            else:
                high = middle
        return 0


def build_file(words: dict[str, int], path: Path = COMMON_PATH) -> None:
    """Write ``{key: flags}``, gzipped: a header line, one line of 4-hex-digit flags in key order, then the
    keys sorted by their UTF-8 bytes, one per line."""
    keys = sorted(words, key=lambda w: w.encode())
    text = "# " + " ".join(COMMON_LANGUAGES) + "\n" + "".join(f"{words[k]:04x}" for k in keys) + "\n" \
        + "".join(key + "\n" for key in keys)
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as handle:
        handle.write(text.encode())  # no time stamp or name in the header: the same input gives the same bytes


def load(path: Path = COMMON_PATH) -> CommonWords:
    """Read the file written by :func:`build_file`."""
    with gzip.open(path, "rb") as handle:
        data = handle.read()
    header_end = data.index(b"\n")
    if data[2:header_end].decode().split() != list(COMMON_LANGUAGES):
        raise ValueError(f"{path.name} was built for other languages: rebuild it")
    flags_end = data.index(b"\n", header_end + 1)
    flags = array("H", bytes.fromhex(data[header_end + 1 : flags_end].decode()))
    if sys.byteorder == "little":
        flags.byteswap()  # written big-endian (hex digits)
    blob = data[flags_end + 1 :]
    offsets = array("I", [0])
    position = blob.find(b"\n")
    while position >= 0:
        offsets.append(position + 1)
        position = blob.find(b"\n", position + 1)
    if len(offsets) != len(flags) + 1:
        raise ValueError(f"{path.name} is corrupt: {len(flags)} flags, {len(offsets) - 1} words")
    return CommonWords(blob, offsets, flags)


def get_common_words(path: Optional[Path] = None) -> CommonWords:
    """The process-wide list, loaded on first use."""
    return _common_words(path)


def ordinary_bits_test(language: str, lexicon: Optional[Lexicon] = None,
                       common: Optional[CommonWords] = None) -> Callable[[str], int]:
    """``bits(word)``: the languages (bits of ``COMMON_LANGUAGES``) where ``word`` is an ordinary word, as
    read in a text routed to ``language`` (texts of unlisted languages are routed to a neighbouring one,
    so every listed language counts). A lexicon word the lexicon marks weak in ``language`` counts for
    every language; a surname that is not counts only for ``language`` (Turkish surnames are often
    words: ``Demir``, iron; the lexicon recogniser finds towns and given names on its own). Popular names are not in the list (proper nouns are filtered out at
    build time)."""
    names, words = lexicon or get_lexicon(), common or get_common_words()
    weak = weak_bit(language) | weak_place_bit(language)
    own = language_bit(language)

    def bits(word: str) -> int:
        flags = names.flags(normalise(word))
        if flags & weak:
            return ANY_LANGUAGE
        if flags & LAST:
            return words.flags(word) & own
        return words.flags(word)

    return bits


def proper_word_test(language: str, lexicon: Optional[Lexicon] = None) -> Callable[[str], bool]:
    """``test(word)``: the lexicon holds ``word`` as a name that is not an ordinary word of ``language``,
    or as a town that is not (``Creuse``, ``Lille``; not ``Riz``, rice, a name and a town weak in French)."""
    names = lexicon or get_lexicon()
    weak, weak_place = weak_bit(language), weak_place_bit(language)

    def test(word: str) -> bool:
        flags = names.flags(normalise(word))
        return bool(flags & (FIRST | LAST) and not flags & weak or flags & PLACE and not flags & weak_place)

    return test


def ordinary_form_test(lexicon: Optional[Lexicon] = None,
                       common: Optional[CommonWords] = None) -> Callable[[str, int], int]:
    """``bits(word, languages)``: those of ``languages`` (bits; the caller passes the text's apparent
    language) in which ``word``, a word the lexicon does not know, is an inflected form of an ordinary
    word (:func:`word_forms.base_forms`: ``Çadırlarımızda``, ``Koców``, ``Sectorul``, ``Mujeres``) through a
    base form that is no town and no name, unless the lexicon marks the name as an ordinary word of that
    language (``kamp`` in Turkish; not ``turk`` for ``Turkana``). A lexicon word gets no bits: names that
    are ordinary words are common in Turkish and Polish (``Kutlu Aslan``, ``Yeter Kayalar``); their weak
    bits are :func:`weak_name_test`'s."""
    names, words = lexicon or get_lexicon(), common or get_common_words()

    @lru_cache(maxsize=1 << 14)  # a pure function of its arguments; the base forms cost ~60 µs a word
    def bits(word: str, languages: int) -> int:
        if not languages or names.flags(normalise(word)):
            return 0
        found = 0
        for index, language in enumerate(COMMON_LANGUAGES):
            bit = 1 << index
            if languages & bit and any(words.flags(base) & bit and _no_name(names.flags(base), language)
                                       for base in base_forms(common_key(word), language)):
                found |= bit
        return found

    return bits


def weak_name_test(lexicon: Optional[Lexicon] = None) -> Callable[[str, int], int]:
    """``bits(word, languages)``: those of ``languages`` (bits) in which the lexicon marks ``word``, a name,
    as an ordinary word (a town: as a town too). ``Su`` (water), ``Rada`` (council): in a text routed to
    another language's rules, :func:`ordinary_bits_test` does not read these bits."""
    names = lexicon or get_lexicon()

    def bits(word: str, languages: int) -> int:
        flags = names.flags(normalise(word)) if languages else 0
        if not flags & (FIRST | LAST):
            return 0
        return sum(1 << index for index, language in enumerate(COMMON_LANGUAGES)
                   if languages >> index & 1 and language in LANGUAGES and flags & weak_bit(language)
                   and (not flags & PLACE or flags & weak_place_bit(language)))

    return bits


def _no_name(flags: int, language: str) -> bool:
    """Lexicon ``flags`` of no town, and of no name unless the lexicon marks it as an ordinary word of
    ``language`` (``kamp``). A town stays a town (``Warszawy`` → ``warszawa``, whose frequency makes it
    weak)."""
    return not flags & PLACE and (not flags & (FIRST | LAST) or bool(flags & weak_bit(language)))


def apparent_language(bits: list[int], own: int) -> int:
    """The bit of the language most of ``bits`` (one per word of a text) are ordinary words of, when it
    covers more words than ``own`` (the routed language's bit) does; else ``own``. A Turkish or Swahili
    text routed to English reads as Turkish or Swahili."""
    counts = [0] * len(COMMON_LANGUAGES)
    for value, n in Counter(bits).items():
        for index in _set_bits(value):
            counts[index] += n
    best = counts.index(max(counts))  # the first language of the highest count
    mine = counts[own.bit_length() - 1] if own else 0
    return 1 << best if counts[best] > mine else own


@lru_cache(maxsize=4096)
def _set_bits(value: int) -> tuple[int, ...]:
    """The indices of ``value``'s set bits among ``COMMON_LANGUAGES``' (a word's bits recur: few distinct values)."""
    return tuple(index for index in range(len(COMMON_LANGUAGES)) if value >> index & 1)


def plural_of_ordinary(word: str, bits: Callable[[str], int], language: int) -> bool:
    """``word`` is an ``-s``/``-es``/``-ux`` plural of an ordinary word of ``language`` (a bit), by ``bits``
    (a word's language bits): ``Kits``, ``Mantas``, ``Couvertures``, ``Seaux``; in Turkish a ``-lar``/``-ler``
    plural (``Bidonlar``). Item lists are plurals; place names rarely are plurals of ordinary words."""
    if language & _TURKISH and word[-3:].casefold() in ("lar", "ler") and len(word) > 5:
        return bool(bits(word[:-3]) & _TURKISH)
    plural = word[-1:] in "sS" or word[-2:] in ("ux", "UX")  # French -aux, -eux: Seaux, Jeux (not Alex)
    return len(word) > 3 and plural and bool((bits(word[:-1]) | bits(word[:-2])) & language)


_TURKISH = language_bit("tr")
_NOUN_PLURALS = ((language_bit("it"), (("i", "o"), ("i", "e"), ("e", "a"))),
                 (language_bit("pt"), (("ões", "ão"), ("ães", "ão"), ("is", "l"))))


def plural_noun(word: str, bits: Callable[[str], int], language: int) -> bool:
    """:func:`plural_of_ordinary`, or an Italian ``-i``/``-e`` or Portuguese ``-ões``/``-is`` plural of an
    ordinary word (``Incontri``, ``Cartões``): a noun, for the head of a title (:mod:`place_prepositions`)."""
    if plural_of_ordinary(word, bits, language):
        return True
    lower = word.casefold()
    return len(word) > 3 and any(lower.endswith(end) and bits(word[: -len(end)] + base) & bit
                                 for bit, endings in _NOUN_PLURALS if language & bit for end, base in endings)


_GLUE = r"(?:,[ \t]*(?:(?:and|et|y|e|und|en|ve|na|i|și|ou|o|or|oder|ni)[ \t]+)?|[ \t]+(?:and|et|y|e|und|en|ve|na|i|și|ou|o|or|oder|ni)[ \t]+)"
_ITEM = r"\p{Lu}[\p{L}\p{M}'’-]*"
_SHORT = r"(?:\p{Ll}{1,4}(?:['’]|[ \t]+)){0,2}"
"""Up to two short lower-case words between a conjunction and an item: articles and partitives (``du``,
``de l'``, ``las``), not content words (``Puglia, i nonni in Valle``: grandparents)."""
_NEXT_ITEM = regex.compile(rf"[ \t]*{_GLUE}{_SHORT}({_ITEM})")
_PREVIOUS_ITEM = regex.compile(rf"({_ITEM}){_GLUE}{_SHORT}$")


def in_item_list(text: str, start: int, end: int, ordinary: Callable[[str], bool]) -> bool:
    """The word at ``text[start:end]`` is listed, after a comma or a conjunction (and up to two short
    lower-case words: ``du``, ``de l'``), with a capitalised word that ``ordinary`` accepts: ``du Savon,
    du Riz et de l'Huile`` is a list of items, ``de Creuse et de Corrèze`` a list of places."""
    after = _NEXT_ITEM.match(text, end)
    before = _PREVIOUS_ITEM.search(text, max(0, start - 48), start)
    return any(found and ordinary(found.group(1)) for found in (after, before))


_WORD = regex.compile(r"\p{Latin}[\p{Latin}\p{M}'’-]*")


def apparent_language_test(language: str, common: Optional[CommonWords] = None) -> Callable[[str], int]:
    """``test(text)``: :func:`apparent_language` of the text's Latin-script words. One test per language and
    word list, which keeps its last texts' answers: several rules ask about the same text."""
    return _apparent_language_test(language, common or get_common_words())


@lru_cache(maxsize=None)
def _apparent_language_test(language: str, words: CommonWords) -> Callable[[str], int]:
    own = language_bit(language)

    @lru_cache(maxsize=32)
    def test(text: str) -> int:
        return apparent_language([words.flags(w) for w in _WORD.findall(text)], own)

    return test


_common_words: LoadedOnce[CommonWords] = LoadedOnce(load, COMMON_PATH)
