"""Streets that only their house number marks as streets (issue 12; used by :mod:`location` in every
Latin-script language: texts are routed to neighbour languages), those of an English street type
(:mod:`suffix_streets`: ``45 Maple Terrace``, ``Birch Court 7``) and Turkish addresses (:mod:`turkish_streets`:
``Atatürk Caddesi No: 23``).

- **Polish street names alone** (``Mieszkam na Polnej 7``, ``przy Długiej 5``): Polish leaves out ``ulica``
  after ``na`` and ``przy``, and the name is then the feminine adjective in the locative (``-ej``:
  ``Polnej``, ``Kwiatowej``, ``Długiej``), which a room or a counter never is (``w Sali 3``, ``przy Okienku
  5`` stay);
- **Dutch and German compounds whose last part names a street only sometimes** (``Vismarkt 4``,
  ``Oudehaven 12``, ``Singelplantsoen 3``, ``Neumarkt 5``): with a house number they are addresses, alone
  they are as often common nouns (``Arbeidsmarkt``, ``Woningmarkt``), so they are no street suffixes;
- **a lower-case or all-caps street written number first** (``j'habite 4 rue des écoles``, ``we live at 7 station
  road``): the number, a French street word and a word (a second one may be no name: ``rue des écoles
  depuis``), or one or two English words and a
  street type (a plural is a count: ``3 rues plus loin``, ``2 main roads``).

The house number is never a year (``Woningmarkt 2024``) and is not followed by a capitalised word (a
count of a noun: ``Vismarkt 2 Kisten``) nor a unit (``Supermarkt 3 km``); ``place`` needs its particle
(``4 place de la gare``; ``3 place libre`` is a count).
"""

from __future__ import annotations

import regex

from shared_code.anonymization.house_numbers import NOT_YEAR, NUMBER
from shared_code.anonymization.suffix_streets import suffix_streets
from shared_code.anonymization.turkish_streets import turkish_streets

_AFTER = r"(?![\d\p{L}])(?![ \t]+\p{Lu}\p{Ll})(?![ \t]*(?i:km|m|min|h|uur|uhr|euro|eur|€|%|x|keer|mal)(?!\p{L}))"
"""Not before a capitalised noun nor a unit (``Supermarkt 3 km``, ``Vismarkt 2 Kisten``)."""
_POLISH = regex.compile(
    rf"(?<![\w'’-])(?i:na|przy)[ \t]+(?P<street>\p{{Lu}}\p{{Ll}}{{2,}}ej)[ \t]+{NOT_YEAR}{NUMBER}{_AFTER}")
_POLISH_NON_NAMES = frozenset((
    "pierwszej drugiej trzeciej czwartej piątej szóstej siódmej ósmej dziewiątej dziesiątej ostatniej następnej "
    "poprzedniej kolejnej każdej jednej innej całej tej naszej mojej waszej twojej swojej jakiej której żadnej "
    "dzisiejszej wczorajszej").split())
"""``-ej`` words that are no street name: ordinals and determiners (``Na Pierwszej 2 razy``)."""
_COMPOUND = regex.compile(
    rf"(?<![\w'’-])\p{{Lu}}\p{{Ll}}{{2,}}(?:markt|haven|burgwal|wal|plantsoen|kanaal)[ \t]+(?:(?i:nr\.?)[ \t]*)?"
    rf"{NOT_YEAR}{NUMBER}{_AFTER}")
_WORD = r"(?:\p{Ll}[\p{Ll}\p{M}'’-]*|\p{Lu}[\p{Lu}\p{M}'’-]*)"
_FRENCH = r"(?i:(?:rue|avenue|boulevard|chemin|allée|impasse|quai)[ \t]+|place[ \t]+(?=d))"
_FRENCH_PARTICLE = r"(?i:(?:de[ \t]+la|de[ \t]+l['’]|des|du|de|d['’])[ \t]*)"
_NUMBER_FIRST = regex.compile(
    rf"(?<![\w'’,.-]){NOT_YEAR}\d{{1,4}}[a-z]?(?:[ \t]+(?:bis|ter))?,?[ \t]+"
    rf"(?:{_FRENCH}{_FRENCH_PARTICLE}?{_WORD}"
    rf"|{_WORD}(?:[ \t]+{_WORD})?[ \t]+(?i:street|road|avenue|lane|drive|crescent))(?![\w'’-])")


def numbered_streets(text: str) -> list[tuple[int, int]]:
    """The streets of the module docstring in ``text``, with their house numbers."""
    found = [(m.start("street"), m.end()) for m in _POLISH.finditer(text)
             if m.group("street").casefold() not in _POLISH_NON_NAMES]
    found += [m.span() for m in _COMPOUND.finditer(text)] + [m.span() for m in _NUMBER_FIRST.finditer(text)]
    return list(dict.fromkeys(found + suffix_streets(text) + turkish_streets(text)))  # 45 Maple Terrace; once each
