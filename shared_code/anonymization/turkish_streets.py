"""Turkish addresses (issue 12, eighth round; used by :mod:`numbered_streets` in every Latin-script
language: Turkish has no rules of its own, its texts are routed to another language's).

A Turkish address names the neighbourhood, the street and the house number, each name before its type
word (Turkish address conventions, as the postal service PTT writes them): ``Atatürk Caddesi No: 23``,
``Gül Sokak No:5 Daire 3``, ``Cumhuriyet Mahallesi 1203. Sokak No 7``, ``İnönü Bulvarı No. 14/2``,
``Yıldız Mah. Lale Sok. No: 3``. Here:

- **a part**: one to four name words or an ordinal (``1203.``, ``7.``: numbered streets) and a
  type word (:data:`location_cues.TURKISH_STREET_TYPES`: ``Caddesi``/``Cadde``/``Cad.``/``Cd.``, ``Sokak``/``Sokağı``/
  ``Sok.``/``Sk.``, ``Bulvarı``/``Bulvar``/``Blv.``, ``Mahallesi``/``Mahalle``/``Mah.``/``Mh.``, ``Yolu``,
  ``Meydanı``, ``Çıkmazı``), with a case ending after an apostrophe (``Atatürk Caddesi'nde``);
- the name word right before the type is the name even when it is an ordinary word (``Gül``, rose,
  ``Cumhuriyet``, republic), but not a function word (``Bu Sokak``, this street) nor an ordinary word with
  a possessive or case ending (``Yardım Merkezi Sokak``: a compound noun); a word before it joins only
  when it is a name or a town of the lexicon or no ordinary Turkish word, as a word or an inflected form:
  ``Adresim`` (my address), ``Evimiz`` (our house), ``Kardeşim`` (my brother), ``Biz`` (we) stay out,
  ``Fevzi Çakmak``, ``Kazım Karabekir``, ``Gazi Mustafa Kemal`` join;
- parts in a row (a space or a comma between) are one address, and the house number after the last one
  joins it when marked (``No``, ``Numara``; :func:`house_numbers.number_after`: ``No: 23``, ``No:5``, ``No
  7``, ``No. 14/2``, with the flat and floor after it: ``Daire 3``, ``Kat 2``; a bare number may be a
  count: ``Gül Sokak 3 gündür``).

Written in lower case or in capitals (``adresim gül sokak no 5``, ``ATATÜRK CADDESİ NO: 23``), an address
needs its marked house number. Without a house number, ordinary words before ``Yolu`` or ``Meydanı`` are
the road to a place or its square (``Okul Yolu``, ``Köy Meydanı``), and a bare ``Cadde``, ``Mahalle``,
``Bulvar`` after a word is a noun with its adjective (``Ana Cadde``, the main street): no address.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

import regex

from shared_code.anonymization.common_words import common_key, get_common_words, language_bit, ordinary_form_test
from shared_code.anonymization.house_numbers import number_after
from shared_code.anonymization.lexicon import FIRST, LAST, PLACE, get_lexicon, normalise, weak_bit
from shared_code.anonymization.location_cues import TURKISH_STREET_TYPES
from shared_code.anonymization.person import stop_words

_TYPES = (*TURKISH_STREET_TYPES, *(t.lower() for t in TURKISH_STREET_TYPES),
          *(t.replace("i", "İ").upper() for t in TURKISH_STREET_TYPES))
_TYPE = "|".join(regex.escape(t) for t in sorted(set(_TYPES), key=len, reverse=True))
"""The type words as written, lower case and in capitals (Turkish ``İ``: ``CADDESİ``)."""
_NAME_WORD = rf"(?!(?:{_TYPE})(?![\p{{L}}\p{{M}}]))\p{{L}}[\p{{L}}\p{{M}}]+"
_PART = regex.compile(
    rf"(?<![\w'’.-])(?P<name>(?:{_NAME_WORD}[ \t]+){{0,3}}(?:{_NAME_WORD}|\d{{1,5}}\.))[ \t]+(?P<type>{_TYPE})"
    rf"(?:(?<=\.)|(?![\p{{L}}\p{{M}}]))(?:['’]\p{{Ll}}+)?")
_ANY_TYPE = regex.compile(rf"(?:{_TYPE})(?:(?<=\.)|(?![\p{{L}}\p{{M}}]))")
"""A type word anywhere: the cheap test before :data:`_PART`, whose name words are tried at every word."""
_TITLED = regex.compile(r"(?:\p{Lu}[\p{Ll}\p{M}]+|\d{1,5}\.)")
_MARKED = regex.compile(r"[ \t]*,?[ \t]*(?i:no|numara|nu|nr)(?![\p{L}])")
"""A house number's marker after the address (``No: 23``, ``no 5``, ``Numara 7``): Turkish addresses write it."""
_WAY = regex.compile(r"(?:Yolu|Meydanı)(?:['’]\p{Ll}+)?")
_BARE = regex.compile(r"(?:Cadde|Mahalle|Bulvar)(?:['’]\p{Ll}+)?")
_GAP = regex.compile(r"[ \t]*,?[ \t]*")
_WORD = regex.compile(r"\S+")
_TURKISH = language_bit("tr")
_NAMES = FIRST | LAST | PLACE


def turkish_streets(text: str) -> list[tuple[int, int]]:
    """The Turkish addresses of the module docstring in ``text``, with their house numbers."""
    if _ANY_TYPE.search(text) is None:
        return []
    found: list[tuple[int, int, bool]] = []  # start, end, written in title case
    for match in _PART.finditer(text):
        if not _name_before_type(match.group("name").split()[-1]):
            continue  # Bu Sokak (this street), Yardım Merkezi Sokak
        start = _start(text, match)
        titled = match.group("type") in TURKISH_STREET_TYPES and all(
            _TITLED.fullmatch(w) for w in text[start : match.start("type")].split())
        if found and _GAP.fullmatch(text, found[-1][1], match.start()):
            found[-1] = (found[-1][0], match.end(), found[-1][2] and titled)  # Cumhuriyet Mahallesi 1203. Sokak
        else:
            found.append((start, match.end(), titled))
    numbered = [(start, end, _numbered(text, start, end), titled) for start, end, titled in found]
    return [(start, after) for start, end, after, titled in numbered if (titled or after > end)
            and not _ordinary_way(text, start, after) and not _adjective_phrase(text[start:after].split())]


def _adjective_phrase(words: list[str]) -> bool:
    """A bare ``Cadde``, ``Mahalle``, ``Bulvar`` after a word and no house number: a noun with its adjective
    (``Ana Cadde``, the main street); a street's name makes a compound with the possessive (``Atatürk
    Caddesi``), the bare word follows an ordinal (``7. Cadde``) or is an address's with its number."""
    return _BARE.fullmatch(words[-1]) is not None and not words[-2].endswith(".")


@lru_cache(maxsize=4096)
def _name_before_type(word: str) -> bool:
    """The word right before a type word may be its name: no function word (``Bu``, this; ``Bizim``, our;
    ``Her``, every) and no ordinary word with a possessive or case ending (``Merkezi Sokak``, the centre's
    street: a compound noun); a plural may be one (``Şehitler Caddesi``, martyrs)."""
    if word[-1].isdigit() or word[-1] == ".":
        return True  # 1203. Sokak
    if common_key(word) in stop_words("tr"):
        return False
    return _lexicon_name(word) or word[-3:].casefold() in ("lar", "ler") or not _inflected()(word, _TURKISH)


def _ordinary_way(text: str, start: int, end: int) -> bool:
    """A way word after ordinary words and no house number: the road to a place (``Okul Yolu``, the way to
    school; ``Köy Meydanı``, the village square), not an address (``Ankara Yolu`` is a town's)."""
    words = text[start:end].split()
    return len(words) > 1 and _WAY.fullmatch(words[-1]) is not None and all(map(_ordinary, words[:-1]))


def _ordinary(word: str) -> bool:
    """An ordinary Turkish word: listed, an inflected form, or a name or town the lexicon marks as one
    (``Kent``, town; a name that is no Turkish word, ``Ankara``, is not)."""
    flags = get_lexicon().flags(normalise(word))
    if flags & _NAMES:
        return bool(flags & weak_bit("tr"))
    return bool(get_common_words().flags(word) & _TURKISH or _inflected()(word, _TURKISH))


def _numbered(text: str, start: int, end: int) -> int:
    """The end of the address with its marked house number (none after a case ending: ``Caddesi'nde``)."""
    marked = _MARKED.match(text, end) and "'" not in text[start:end] and "’" not in text[start:end]
    after = number_after(text, end) if marked else None
    return end if after is None else after


def _start(text: str, match: regex.Match[str]) -> int:
    """Where the name begins: its last word, and the words before it that may be names (module docstring)."""
    words = list(_WORD.finditer(text, *match.span("name")))
    start = words[-1].start()
    for word in reversed(words[:-1]):
        if not _may_be_name(word.group()):
            break
        start = word.start()
    return start


def _lexicon_name(word: str) -> bool:
    return bool(get_lexicon().flags(normalise(word)) & _NAMES)


@lru_cache(maxsize=4096)
def _may_be_name(word: str) -> bool:
    if _lexicon_name(word):
        return True
    return not get_common_words().flags(word) & _TURKISH and not _inflected()(word, _TURKISH)


@lru_cache(maxsize=1)
def _inflected() -> Callable[[str, int], int]:
    return ordinary_form_test()
