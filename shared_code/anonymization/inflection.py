"""Nominative candidates of inflected Polish town names (``w Krakowie``, ``z Gdańska``, ``we Wrocławiu``).

The gazetteer (:mod:`lexicon`) holds towns in the nominative only, and Polish inflects them after every
preposition: locative ``w Krakowie``, ``w Lublinie``, ``w Poznaniu``, genitive ``z Gdańska``, ``z
Warszawy``, ``do Gdyni``, ``z Katowic``, locative plural ``w Katowicach``. :func:`nominatives` undoes the
regular case endings of one word by a bounded table (no dictionary, no stemmer): a handful of candidate
keys, each to be looked up as a *town* (the caller checks the gazetteer; a wrong candidate is simply not
a town). Irregular alternations (``Łodzi`` → ``Łódź``, ``Sosnowca`` → ``Sosnowiec``) and inflected
adjectives of two-word names (``Nowym Sączu``, ``Białymstoku``) are not undone.
"""

from __future__ import annotations

POLISH_PREPOSITIONS = frozenset({"w", "we", "z", "ze", "do"})
"""Polish place prepositions the location recogniser matches (every Latin-script language gets them)."""

_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # (inflected ending, nominative endings), longest first; a key may take several
    ("owie", ("ów",)), ("owem", ("ów",)), ("owa", ("ów",)), ("owi", ("ów",)),   # Kraków, Tarnów, Rzeszów
    ("niu", ("ń",)), ("nia", ("ń",)), ("niem", ("ń",)),                      # Poznań, Toruń
    ("ach", ("e", "y", "i")),                                                 # Katowice, Tychy
    ("iem", ("",)), ("iu", ("",)), ("ia", ("",)),                             # Wrocław, Radom
    ("ie", ("", "a")),                                                        # Lublin, Warszawa
    ("ic", ("ice",)),                                                         # Katowic
    ("em", ("", "e")), ("u", ("", "o", "e")), ("a", ("", "o", "e")),          # Gdańsk, Opole, Gniezno
    ("y", ("a", "")), ("i", ("ia", "a")), ("ę", ("a",)), ("ą", ("a",)),       # Warszawa, Bydgoszcz, Gdynia
)
_MIN_STEM = 3


def nominatives(key: str) -> list[str]:
    """Candidate nominative keys of the case-folded word ``key`` (empty when no ending matches), in table
    order, without ``key`` itself. A stem ending in ``ow`` is also tried with ``ów`` (``Krakowa``)."""
    found: list[str] = []
    for ending, replacements in _ENDINGS:
        if not key.endswith(ending) or len(key) - len(ending) < _MIN_STEM:
            continue
        stem = key[: len(key) - len(ending)]
        for replacement in replacements:
            candidate = stem + replacement
            found.append(candidate)
            if candidate.endswith("ow"):
                found.append(candidate[:-2] + "ów")
    return [c for c in dict.fromkeys(found) if c != key]
