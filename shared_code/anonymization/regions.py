"""Regions, provinces and states by name (issue 12): ``Extremadura tiene pocos centros``, ``Friesland
heeft geen plek``, ``Wir leben in Mecklenburg-Vorpommern``.

GeoNames' town lists (the lexicon's places) hold towns and villages, not the divisions above them, so a
region reached the LLM unless a preposition and the unseen-word rule caught it (never in German, whose
nouns are all capitalised, nor at a sentence start). ``data/regions.txt`` holds the folded keys
(:func:`fold`: no accents, German umlauts also as ``ae``/``oe``/``ue``) of the first- and second-level
divisions GeoNames names for its places (built by ``scripts/build_places.py``; ASCII, often English
exonyms: ``Bavaria``, not ``Bayern``). :func:`region_test` reads a capitalised word or phrase as a region
anywhere when its key is one of them and it is no ordinary word of any language of the common-word list
(``Nord``, ``Manche``, ``Prato``, ``Centre`` stay) nor a name (``Victoria``, ``Alberta``; US counties
named after people, ``Gates``, ``Hughes``: the name rules' words), of four letters or more; of a phrase,
at least one word must be no ordinary word (``Red Sea`` stays). A Polish province's adjective is left to
the province rule of :mod:`places_anywhere`, which checks it qualifies no noun (``Śląskie miasta``:
Silesian towns)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Callable

import regex

from shared_code.anonymization.common_words import CommonWords
from shared_code.anonymization.lexicon import FIRST, LAST, Lexicon, LoadedOnce, normalise

REGIONS_PATH = Path(__file__).resolve().parent / "data" / "regions.txt"
_MIN_LETTERS = 4
"""Shorter one-word regions (``Oio``, ``Qax``, ``Tuy``) look like abbreviations and foreign words."""
_POLISH_ADJECTIVE = regex.compile(r"\p{L}+(?:sk|ck|dzk)ie")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@lru_cache(maxsize=1 << 14)
def fold(key: str) -> str:
    """A lexicon key without accents (``andalucía`` → ``andalucia``, ``ł`` → ``l``); cached, as
    :func:`lexicon.normalise` is."""
    decomposed = unicodedata.normalize("NFKD", key.replace("ł", "l").replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _load(path: Path) -> frozenset[str]:
    return frozenset(path.read_text(encoding="utf-8").split())


get_regions = LoadedOnce(_load, REGIONS_PATH)
"""The process-wide set of region keys, read on first use."""


def region_test(lexicon: Lexicon, common: CommonWords) -> Callable[[str], bool]:
    """A test of a capitalised word or phrase (words split by spaces): a region by the module's rules."""
    regions = get_regions()

    @lru_cache(maxsize=1 << 14)  # a pure function of the phrase: words recur
    def test(phrase: str) -> bool:
        words = phrase.split()
        key = "_".join(normalise(word) for word in words)
        if not {fold(key), fold(key.translate(_UMLAUTS))} & regions or _POLISH_ADJECTIVE.fullmatch(words[-1]):
            return False
        if len(words) == 1:
            return len(phrase) >= _MIN_LETTERS and not common.flags(phrase) and not lexicon.flags(key) & (FIRST | LAST)
        return not all(common.flags(word) for word in words)

    return test
