"""Rarer Arabic names that are ordinary words (arabic_rare_names.py, ``Lexicon.rare``). Made-up people."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization.arabic_rare_names import rare_name_pair
from shared_code.anonymization.lexicon import (FIRST, LAST, RARE_FIRST, RARE_LAST, Lexicon, load, normalise,
                                               weak_bit)
from shared_code.anonymization.name_words import Word

_WEAK = weak_bit("ar")
_LEXICON = Lexicon({normalise("أحمد"): FIRST, normalise("القحطاني"): LAST, normalise("سعيد"): FIRST | LAST | _WEAK},
                   rare={normalise("الشايع"): RARE_LAST, normalise("الحنبلي"): RARE_LAST, normalise("صليبا"): RARE_LAST,
                         normalise("يكتبون"): RARE_LAST, normalise("فرح"): RARE_FIRST | RARE_LAST,
                         normalise("موضي"): RARE_FIRST, normalise("غلا"): RARE_FIRST, normalise("الحداد"): RARE_LAST})


def pair(text: str) -> str:
    words = [Word(i, i + len(w), w, _LEXICON.flags(normalise(w)), False)
             for i, w in ((text.index(w), w) for w in text.split())]
    return " ".join(w.text for w in rare_name_pair(text, words, 0, _LEXICON, frozenset({"في"}), _WEAK))


@pytest.mark.parametrize("text", [
    "أحمد الشايع",     # a strong given name + a rarer family name
    "موضي القحطاني",   # a rarer given name + a strong family name
    "غلا الحنبلي",     # a rarer given name + a rarer family name with the article
    "سعيد الحنبلي",    # an ordinary-word given name + a rarer family name with the article
    "سعيد صليبا",      # ... or without it, when it is no rarer given name
])
def test_rare_name_pairs(text: str) -> None:
    assert pair(text) == text


@pytest.mark.parametrize("text", [
    "بيت الحداد",       # a noun before a word with the article: the smith's house
    "الشايع الحنبلي",   # no given name carries the article
    "في الشايع",        # a stop word
    "موضي سعيد",        # a rarer given name before an ordinary-word family name only
    "أحمد، الشايع",     # not adjacent
    "سعيد فرح",         # a rarer given name too: a second given name or an ordinary word
    "سعيد يكتبون",      # a verb
])
def test_no_rare_name_pair(text: str) -> None:
    assert pair(text) == ""


def test_rare_names_are_kept_apart_from_flags(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(f"{FIRST:x}\tأحمد\n{RARE_LAST:x}\tالشايع\n{RARE_FIRST | 32:x}\tغلا\n")
    lexicon = load(path, tmp_path / "none.bin")
    assert lexicon.flags("الشايع") == 0 and lexicon.rare("الشايع") == RARE_LAST
    assert lexicon.flags("غلا") == 32 and lexicon.rare("غلا") == RARE_FIRST  # a town keeps its place bit
    assert lexicon.rare("احمد") == 0


def test_shipped_lexicon_has_rarer_arabic_names() -> None:
    from shared_code.anonymization.names import LexiconRecognizer

    recognizer = LexiconRecognizer("ar")
    text = "هذا رقم بطاقة أحمد الشايع"
    assert [text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"])] == ["أحمد الشايع"]


@pytest.mark.parametrize("text, expected", [
    ("أبو موضي", "أبو موضي"),     # a kunya before a rarer given name
    ("آل الشايع", ""),            # آل before a family name without the article only
    ("أبو الشايع", ""),           # a kunya's name carries no article
    ("موضي الشهر", ""),            # a rarer given name before an ordinary word with the article
])
def test_links(text: str, expected: str) -> None:
    assert pair(text) == expected


def test_a_town_is_no_rarer_name() -> None:
    lexicon = Lexicon({normalise("ولاية"): FIRST, normalise("تلمسان"): 32}, rare={normalise("تلمسان"): RARE_LAST})
    text = "ولاية تلمسان"
    words = [Word(0, 5, "ولاية", FIRST, False), Word(6, 12, "تلمسان", 32, False)]
    assert rare_name_pair(text, words, 0, lexicon, frozenset(), _WEAK) == []
