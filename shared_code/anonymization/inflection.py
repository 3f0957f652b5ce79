"""Nominative candidates of inflected Polish town names (``w Krakowie``, ``z Gdańska``, ``we Wrocławiu``).

The gazetteer (:mod:`lexicon`) holds towns in the nominative only, and Polish inflects them after every
preposition: locative ``w Krakowie``, ``w Lublinie``, ``w Poznaniu``, genitive ``z Gdańska``, ``z
Warszawy``, ``do Gdyni``, ``z Katowic``, locative plural ``w Katowicach``. :func:`nominatives` undoes the
regular case endings of one word by a bounded table (no dictionary, no stemmer): a handful of candidate
keys, each to be looked up as a *town* (the caller checks the gazetteer; a wrong candidate is simply not
a town). The ``o``/``ó`` alternation is tried (``Łodzi`` → ``Łódź``), and the fleeting ``e`` of towns in
``-iec``/``-ec``/``-ek`` (``Sosnowca`` → ``Sosnowiec``, ``Lublińca`` → ``Lubliniec``, ``Włocławka`` → ``Włocławek``) and the
consonant softening of the locative (``Gnieźnie`` → ``Gniezno``, ``Jaśle`` → ``Jasło``, ``Ostrołęce`` →
``Ostrołęka``, ``Łańcucie`` → ``Łańcut``); inflected
adjectives of two-word names (``Nowym Sączu``, ``Białymstoku``) are not undone.
"""

from __future__ import annotations

from shared_code.anonymization.common_words import CommonWords, language_bit
from shared_code.anonymization.lexicon import FIRST, LAST, PLACE, Lexicon, normalise

POLISH_PREPOSITIONS = frozenset({"w", "we", "z", "ze", "do"})
"""Polish place prepositions the location recogniser matches (every Latin-script language gets them)."""

_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # (inflected ending, nominative endings), longest first; a key may take several
    ("owie", ("ów",)), ("owem", ("ów",)), ("owa", ("ów",)), ("owi", ("ów",)),   # Kraków, Tarnów, Rzeszów
    ("niu", ("ń",)), ("nia", ("ń",)), ("niem", ("ń",)),                      # Poznań, Toruń
    ("dzi", ("dź",)), ("dzia", ("dź",)),                                      # Łódź (with ó, below)
    ("ach", ("e", "y", "i")),                                                 # Katowice, Tychy
    ("iem", ("",)), ("iu", ("",)), ("ia", ("",)),                             # Wrocław, Radom
    ("ie", ("", "a")),                                                        # Lublin, Warszawa
    ("ic", ("ice",)),                                                         # Katowic
    ("cach", ("ce", "iec", "ec")), ("cowi", ("iec", "ec")),                   # the fleeting e of -iec/-ec:
    ("cem", ("iec", "ec")), ("cu", ("iec", "ec")), ("ca", ("iec", "ec")),     # Sosnowiec, Sosnowca, Lubliniec
    ("kiem", ("ek",)), ("ku", ("ek",)), ("ka", ("ek",)),                      # and of -ek: Włocławek, Włocławka
    ("źnie", ("zno",)), ("śnie", ("sno",)), ("nie", ("no",)),                 # locatives that soften the stem:
    ("śle", ("sło",)), ("le", ("ło",)), ("ce", ("ka",)), ("dze", ("ga",)),    # Gnieźnie, Krośnie, Kutnie, Jaśle,
    ("ście", ("st", "sto")), ("cie", ("t",)), ("dzie", ("d",)),               # Ostrołęce, Łańcucie, Grodzie
    ("em", ("", "e")), ("u", ("", "o", "e")), ("a", ("", "o", "e")),          # Gdańsk, Opole, Gniezno
    ("y", ("a", "")), ("i", ("ia", "a")), ("ę", ("a",)), ("ą", ("a",)),       # Warszawa, Bydgoszcz, Gdynia
)
_MIN_STEM = 3
"""A candidate has at least this many letters, its stem at least two (``Łodzi`` → ``Łódź``)."""


def nominatives(key: str) -> list[str]:
    """Candidate nominative keys of the case-folded word ``key`` (empty when no ending matches), in table
    order, without ``key`` itself. A stem ending in ``ow`` is also tried with ``ów`` (``Krakowa``), and one
    with an ``o`` in its last syllable with ``ó`` (``Łodzi``)."""
    found: list[str] = []
    for ending, replacements in _ENDINGS:
        if not key.endswith(ending) or len(key) - len(ending) < _MIN_STEM - 1:
            continue
        stem = key[: len(key) - len(ending)]
        for replacement in (r for r in replacements if len(stem) + len(r) >= _MIN_STEM):
            candidate = stem[:-1] + "n" + replacement if replacement == "iec" and stem.endswith("ń") else stem + replacement
            found.append(candidate)
            if candidate.endswith("ow"):
                found.append(candidate[:-2] + "ów")
            elif "o" in candidate[-4:]:  # the o/ó alternation of the last syllable (Łodzi → Łódź)
                at = candidate.rindex("o")
                found.append(candidate[:at] + "ó" + candidate[at + 1 :])
    return [c for c in dict.fromkeys(found) if c != key]


_POLISH = language_bit("pl")
_NAME = FIRST | LAST


def inflected_town(word: str, lexicon: Lexicon, common: CommonWords) -> bool:
    """``word`` (capitalised) is a Polish case form of a gazetteer town (``Krakowie``, ``Gdańska``,
    ``Gdyni``) that is an ordinary word of no other language (``w Markecie``, ``w Porcie``: market and
    porto are towns somewhere), not of an ordinary Polish word that is no town (``do Domu``, ``z Banku``: a
    consonant stem before ``-u``/``-a`` that the common-word list has as a Polish word)."""
    key = normalise(word)
    stem = key[:-1] if key[-1:] in ("u", "a") and key[-2:-1] not in "aeiouyąęó" else ""
    if stem and common.flags(stem) & _POLISH and not lexicon.place_flags(stem) & PLACE:
        return False
    return word[:1].isupper() and any(lexicon.place_flags(k) & PLACE and not common.flags(k) & ~_POLISH
                                      for k in nominatives(key))



def town_case_form(word: str, lexicon: Lexicon, common: CommonWords) -> bool:
    """``word`` (capitalised) is a case form of a gazetteer town that is no name, and no candidate
    nominative of it is an ordinary Polish word (``Krakowa``, ``Wrocławiu``, ``Olsztyna``; not ``Zimy``,
    ``Lasu``, ``Hali``, ``Banku``: winter, forest, hall, bank, and towns elsewhere), the town no ordinary
    word of another language (``Markecie``), and no place itself: the stricter test for a case form standing
    alone, at a sentence start too, in a text that reads as Polish."""
    key = normalise(word)
    candidates = nominatives(key)
    if not word[:1].isupper() or lexicon.place_flags(key) & PLACE or any(common.flags(k) & _POLISH for k in candidates):
        return False  # a case form of an ordinary word too (``Banku``: bank, and Banko, a town elsewhere)
    return any(lexicon.place_flags(k) & PLACE and not lexicon.flags(k) & _NAME and not common.flags(k) & ~_POLISH
               for k in candidates)
