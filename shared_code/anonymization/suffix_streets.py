"""Streets named by an English street type after the name, in the shape of an address (issue 12): ``45
Maple Terrace``, ``Birch Court 7``, ``19 elm terrace``, in any language's text (``Ninaishi 22 Riverside
Grove``, ``Il habite 33 Sunset Ridge``, ``أعيش في 12 King Fahd Road``), and in Arabic text an Arabic name
with an English street type (``نسكن في الياسمين Heights 3``, ``عنواني آل نهيان Avenue 30``).

The street types are those of USPS Publication 28 (:mod:`usps_suffixes`), most of them ordinary words
(``Court``, ``Village``, ``Park``, ``Mission``), so the address shape is required, never the word alone:

- **number first**: a house number (not a year), one to three name words and the street type, then the
  end of the phrase (punctuation, the end, a function word of some language or of Swahili, a word of time
  such as ``yesterday``, an Arabic word): ``3 Court hearings`` has no name word, ``3 Green Park tickets``
  no end of phrase;
- **name first**: one to three name words, the street type and a house number (not a year) that ends the
  phrase likewise: ``Supreme Court 2 judges``, ``Mission 3 team`` stay;
- name words are capitalised words (with a capitalised type) or, in lower-case writing, lower-case words
  (with a lower-case type, number first only, neither a plural nor a unit: ``3 big parks``, ``a 10 minute
  walk``); no function word (``The Village 2``), no word of an
  institution or a numbered unit (:data:`_NOT_NAMES`: ``Health Park 2``, ``High Court 3``), and a
  sentence's first word is no name word (``Please Park 2 cars``: a capitalised verb);
- **Arabic name**: Arabic words (no function word; ``آل``, ``أبو``, ``بن`` … join), an English street type
  (any of Appendix C1 here, :data:`usps_suffixes.LEFT_OUT` too: the Arabic name and the number make the
  shape) and a house number that counts nothing (``Park 3 أطفال``), or the number first (``14 النخيل
  Court``; not a count: ``3 أطفال Park``), after a place preposition, an address word or a verb of living
  (``في``, ``إلى``, ``عنواني``, ``نعيش``, a colon), or when the name starts with ``آل``/``أبو``/``بن``
  or with a name of the lexicon or a word that is no ordinary Arabic word (``وسيم Vista 7``); not a site
  noun of :data:`_PLACE_NOUNS` (``في المركز Center 2``): ``فريق Mission 2`` (team Mission 2) and
  ``الموقع Park 3`` stay.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

import regex

from shared_code.anonymization.house_numbers import NOT_YEAR, NUMBER
from shared_code.anonymization.lexicon import normalise
from shared_code.anonymization.span_types import sentence_initial
from shared_code.anonymization.usps_suffixes import ABBREVIATIONS, LEFT_OUT, STREET_TYPES

_FULL = "|".join(sorted(STREET_TYPES, key=len, reverse=True))
_SHORT = "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
_TYPE = rf"(?:{_FULL}|(?i:{_FULL.upper()})|(?:{_SHORT})\.?|(?:{_FULL.lower()}))"
"""A street type as written: ``Terrace``, ``TERRACE``, ``terrace``, ``Ct.``."""
_TYPE_KEYS = frozenset(w.casefold() for w in (*STREET_TYPES, *ABBREVIATIONS))
_LATIN_WORD = regex.compile(r"[a-z]+")
_DIGIT, _ARABIC_LETTER = regex.compile(r"\d"), regex.compile(r"\p{Arabic}")
_HOUSE = rf"(?:(?i:no\.?|nr\.?|#)[ \t]*)?{NOT_YEAR}{NUMBER}"
_NAME_WORD = r"(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}{2,}|\p{Ll}[\p{Ll}\p{M}'’-]+)"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}"
_NUMBER_FIRST = regex.compile(
    rf"(?<![\w.,:/+-]){_HOUSE}[ \t]+(?P<name>{_NAME})[ \t]+(?P<type>{_TYPE})(?![\w'’-])")
_NAME_FIRST = regex.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME})[ \t]+(?P<type>{_TYPE})[ \t]*,?[ \t]*{_HOUSE}(?![\w'’-])")
_ENDS = regex.compile(r"[ \t]*(?:$|[,.;:!?)\n،؛]|(?P<word>[\p{L}'’]+))")
_ALL_C1 = "|".join(sorted((*STREET_TYPES, *LEFT_OUT), key=len, reverse=True))
_ARABIC_TYPE = regex.compile(
    rf"(?<=\p{{Arabic}})[ \t]+(?:{_ALL_C1}|(?:{_SHORT})\.?)[ \t]*[,،]?[ \t]*(?:رقم[ \t]*)?{NOT_YEAR}\d{{1,5}}(?![\d\w])")
_ARABIC_NUMBER_FIRST = regex.compile(
    rf"(?<![\d\w.,:/+-])(?P<number>\d{{1,5}})[ \t]+(?P<name>\p{{Arabic}}{{2,}}(?:[ \t]+\p{{Arabic}}{{2,}}){{0,2}})[ \t]+"
    rf"(?:{_ALL_C1}|(?:{_SHORT})\.?)(?![\w'’-])")
_ARABIC_WORD = regex.compile(r"(\p{Arabic}{2,})[ \t]*$")
_COLON_BEFORE = regex.compile(r":[ \t]*$")
_NON_SPACE = regex.compile(r"\S+")
_MORE_ENDS = frozenset((
    "na ya wa za la cha kwa karibu tangu katika kwenye hadi mpaka pia sasa lakini ni iko kila "  # Swahili
    "yesterday today tomorrow tonight ago hier aujourd'hui demain jana leo kesho").split())
"""Function words of Swahili (spaCy has no list) and words of time that may follow an address."""
_NOT_NAMES = frozenset("""
phase zone block sector section unit team group cluster project program programme health police food water
community refugee camp high supreme district county magistrate magistrates appeal appeals family court school
cross mission level grade class room tent site area point number no""".split())
"""Words of institutions, numbered units and counts that are no street's name (``Health Park 2``)."""
_COUNTS = frozenset("""
hour minute min hr day week month year km kilometre kilometer mile meter metre lane bedroom room storey story floor
step""".split())
"""Units a number counts in lower-case writing (``a 2 minute walk``, ``a 3 bedroom place``)."""
_JOINERS = frozenset(normalise(w) for w in ("آل", "أبو", "ابو", "أبي", "بن", "ابن", "بنت", "عبد", "أم"))
_LEADS = frozenset(normalise(w) for w in ("آل", "أبو", "ابو", "بن", "ابن", "عبد"))
_CUES = frozenset((
    "في", "من", "إلى", "الى", "على", "عند", "قرب", "بجانب", "العنوان", "عنوان", "عنواني", "عنوانه", "عنوانها",
    "عنواننا", "الجديد", "يسكن", "تسكن", "أسكن", "نسكن", "ساكن", "مقيم", "مقيمة", "يقيم", "نقيم", "أقيم", "نعيش",
    "أعيش", "يعيش", "تعيش", "يعيشون", "سكنا", "سكنت", "انتقلنا", "انتقلت", "لعند"))
"""Place prepositions and address words before an Arabic street name (``عنواني الجديد``, my new address),
as written: folded, ``على`` (on) would be the name ``علي``."""

_PLACE_NOUNS = frozenset(normalise(w) for w in (
    "مخيم", "المخيم", "مركز", "المركز", "موقع", "الموقع", "قطاع", "القطاع", "منطقة", "المنطقة", "مرحلة", "المرحلة",
    "فريق", "الفريق", "مشروع", "المشروع", "برنامج", "البرنامج", "محطة", "المحطة", "نادي", "النادي", "قسم", "القسم",
    "مدرسة", "المدرسة", "مستشفى", "المستشفى", "عيادة", "العيادة", "نقطة", "النقطة", "بئر", "البئر", "بلوك", "ملعب",
    "الملعب", "قاعة", "القاعة", "غرفة", "الغرفة", "خيمة", "الخيمة"))
"""Arabic nouns of a site, unit or programme before an English word and a number (``في الملعب Court 3``, ``في
المركز Center 2``): a numbered site, no street's name."""

Span = tuple[int, int]


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    """Function words of the languages texts with English street types come in (and Swahili's)."""
    from shared_code.anonymization.person import stop_words  # person imports this module through arabic_names

    return frozenset().union(*(stop_words(code) for code in ("en", "fr", "es", "pt", "it", "de", "nl", "ar")), _MORE_ENDS)


def suffix_streets(text: str) -> list[Span]:
    """The Latin-script streets of the module docstring in ``text``, with their house numbers."""
    if not _DIGIT.search(text) or _TYPE_KEYS.isdisjoint(_LATIN_WORD.findall(text.casefold())):
        return []  # most texts: no number or no street type (the patterns are the costly part)
    found = []
    for match in _NUMBER_FIRST.finditer(text, overlapped=True):
        if _name_ok(text, match, number_first=True) and _phrase_ends(text, match.end()):
            found.append(match.span())
    for match in _NAME_FIRST.finditer(text, overlapped=True):
        start = _name_start(text, match)
        if start is not None and _phrase_ends(text, match.end()):
            found.append((start, match.end()))
    return found


def _cased(name: str, street_type: str) -> bool:
    """Name and type written alike: capitalised, all caps or (number first only) all lower case."""
    if name.islower():
        return street_type.islower()
    return all(w[0].isupper() for w in name.split()) and not street_type.islower()


def _name_ok(text: str, match: regex.Match[str], number_first: bool) -> bool:
    name = match.group("name")
    street_type = match.group("type")
    if not _cased(name, street_type) or name.islower() and (not number_first or street_type.endswith("s")
                                                           or any(w.endswith("s") or w in _COUNTS for w in name.split())):
        return False
    return not any(w.casefold() in _stop() or w.casefold() in _NOT_NAMES for w in name.split())


def _name_start(text: str, match: regex.Match[str]) -> int | None:
    """Where the name of a name-first street starts: after a sentence's first word (a capitalised verb or
    noun: ``Tunakaa Msasani Terrace 15``); None when no name word is left or a word is no name word."""
    words = list(_NON_SPACE.finditer(text, match.start("name"), match.end("name")))
    if words and sentence_initial(text, words[0].start()):
        words = words[1:]
    if not words or not _name_ok(text, match, number_first=False):
        return None
    return words[0].start()


def _phrase_ends(text: str, end: int) -> bool:
    after = _ENDS.match(text, end)
    if not after:
        return False
    word = after.group("word")
    return word is None or word.casefold() in _stop() or bool(_ARABIC_LETTER.match(word))


def arabic_suffix_streets(text: str, stop: frozenset[str], counted: Callable[[str, int], bool],
                          named: Callable[[str], bool]) -> list[Span]:
    """The Arabic-named streets with an English street type of the module docstring; ``stop``: Arabic
    function words as written; ``counted``: the number ending at an offset counts the noun after it;
    ``named``: an Arabic word is a name of the lexicon or no ordinary word."""
    found = []
    for match in _ARABIC_TYPE.finditer(text):
        if counted(text, match.end()):
            continue
        words, at = [], match.start()
        while len(words) < 3 and (word := _ARABIC_WORD.search(text, 0, at)):
            if word.group(1) in stop and normalise(word.group(1)) not in _JOINERS or word.group(1) in _CUES:
                break
            words.insert(0, word.group(1))
            at = word.start(1)
        if words and _arabic_name(text, words, at, named):
            found.append((at, match.end()))
    for match in _ARABIC_NUMBER_FIRST.finditer(text):  # 12 الياسمين Heights
        words = match.group("name").split()
        if not counted(text, match.end("number")) and _arabic_name(text, words, match.start(), named) \
                and not any(w in stop and normalise(w) not in _JOINERS for w in words):
            found.append(match.span())
    return found


def _arabic_name(text: str, words: list[str], start: int, named: Callable[[str], bool]) -> bool:
    """``words`` (as written) name a street: no site noun, and a cue before ``start``, ``آل``/``أبو``/``بن``
    first, or a first word that is a lexicon name or no ordinary word."""
    keys = [normalise(w) for w in words]
    if _PLACE_NOUNS.intersection(keys):
        return False
    before = _ARABIC_WORD.search(text, 0, start)
    cue = bool(before) and before.group(1) in _CUES or bool(_COLON_BEFORE.search(text, 0, start))
    return cue or keys[0] in _LEADS or named(words[0])
