"""The lexicon's small places (``minor_places.bin``): a place for the location rules only."""

from __future__ import annotations

import gzip
from array import array
from pathlib import Path

import pytest

from shared_code.anonymization.lexicon import (
    FIRST, MINOR_PLACE, PLACE, get_lexicon, load, minor_place_entry, normalise, weak_place_bit,
)


def _write(tmp_path: Path, flags: dict[str, int], minor: dict[str, int]) -> Path:
    path = tmp_path / "lexicon.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("".join(f"{value:x}\t{word}\n" for word, value in flags.items()))
    entries = array("Q", sorted(minor_place_entry(key, bits) for key, bits in minor.items()))
    (tmp_path / "minor_places.bin").write_bytes(entries.tobytes())
    return path


def test_small_places_are_place_flags_only(tmp_path: Path) -> None:
    lexicon = load(_write(tmp_path, {"cochran": FIRST, "erfurt": PLACE},
                          {"cochran": MINOR_PLACE, "mallersdorf": MINOR_PLACE, "hause": MINOR_PLACE | weak_place_bit("de")}))
    # the name rules see a small place as an unknown word, or as the name it also is
    assert lexicon.flags("mallersdorf") == 0
    assert lexicon.flags("cochran") == FIRST
    assert lexicon.place_flags("mallersdorf") == MINOR_PLACE
    assert lexicon.place_flags("cochran") == FIRST | MINOR_PLACE
    assert lexicon.place_flags("hause") == MINOR_PLACE | weak_place_bit("de")
    assert lexicon.place_flags("erfurt") == PLACE
    assert lexicon.place_flags("wasserstelle") == 0


def test_the_shipped_lexicon_has_small_places() -> None:
    lexicon = get_lexicon()
    assert lexicon.place_flags(normalise("Mallersdorf")) & MINOR_PLACE
    assert not lexicon.flags(normalise("Mallersdorf"))
    assert lexicon.place_flags(normalise("Bistrița")) & (PLACE | MINOR_PLACE)  # GeoNames writes Bistriţa


@pytest.mark.parametrize("town, language", [
    ("Erfurt", "de"),  # the German dictionary lists "erfurt" lower-case as a compound part
    ("Torino", "it"),  # frequent in Italian because it is a town
    ("Campeche", "es"),
])
def test_towns_that_are_frequent_or_compound_parts_are_not_ordinary_words(town: str, language: str) -> None:
    flags = get_lexicon().flags(normalise(town))
    assert flags & PLACE and not flags & weak_place_bit(language)


@pytest.mark.parametrize("word, language", [("Nice", "en"), ("Van", "nl"), ("جرم", "ar"), ("دير", "ar")])
def test_towns_that_are_ordinary_words_are_weak(word: str, language: str) -> None:
    flags = get_lexicon().flags(normalise(word))
    assert flags & weak_place_bit(language) or not flags & PLACE
