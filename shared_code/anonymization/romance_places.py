"""Regions in their own languages and numbered Latin American addresses (issue 12, LOCATION recall in
Spanish, Portuguese, Italian, Romanian and French texts), added to :mod:`places_anywhere` for every
Latin-script language by :class:`romance_anywhere.RomancePlacesAnywhere`.

GeoNames names the divisions of a country in English ASCII (``Apulia``, ``Castille-La Mancha``), so the
region list of :mod:`regions` missed ``Puglia``, ``Castilla-La Mancha``, ``Transilvania``; and it skips
a region that is a surname (``Navarra``, ``Asturias``) or an ordinary word (``Veneto``, ``Chocó``,
``Madeira``). ``data/major_regions.txt`` lists the regions, states, provinces and historical regions of
the countries that speak these languages, in those languages (hand-written; see its header). A name of
the list in a text is a place:

- **two words or more** (``Castilla y León``, ``Minas Gerais``, ``Trás-os-Montes``, ``Valle d'Aosta``),
  written as listed (capitalised words capitalised, or the whole text in capitals): the phrase itself is
  the evidence;
- **one word after an article or a preposition merged with one** (``el Chocó``, ``il Veneto``, ``da
  Bahia``, ``do Minho``, ``la Rioja``): a capitalised word after an article inside a sentence is a noun
  written as a proper noun, and Romance languages put the article before the names of regions, not of
  towns; not a given name (``la Emilia``: articles come before people's names too) unless the lexicon
  marks it an ordinary word of the language, nor an ordinary word of the language qualified by a
  complement (``El Guerrero de la película``) or listed with other ordinary words (``du Sucre et de
  l'Huile``);
- **one word elsewhere** (``Transilvania are…``, ``Asturias no tiene…``, in lists, after verbs) when it is
  no ordinary word of the text's language (``Guerrero``, warrior; ``Veneto``) and no given name; a
  surname counts only when the lexicon marks it an ordinary word of the language (``Navarra``; ``Lara``,
  a given name, is no region here).
A Romanian form with the definite article (``Maramureșul``, ``Moldovei``, ``Clujului``) of a listed region
or of a gazetteer town counts when no list but the Romanian one knows the form itself. A one-word name must stand alone (no capitalised neighbour but a stop word: ``Banco Santander``), and an
accent-less spelling (``Andalucia``) counts only when it is an ordinary word of no language (``Para``
is no ``Pará``).

**Numbered addresses** (Colombia, Venezuela, Ecuador): ``Calle 45 # 12-34``, ``Carrera 15 No. 80-23``,
``Diagonal 40A # 12-08 Sur``: a street word, the street's number (a letter, ``Bis``, a cardinal point),
``#``/``No.``/``N°`` and the house's cross-street number with its hyphen. The street rules of
:mod:`location` need a name after the street word, and a number is none.
"""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Iterable

import regex

from shared_code.anonymization.common_words import ANY_LANGUAGE, CommonWords, in_item_list, language_bit
from shared_code.anonymization.lexicon import FIRST, LAST, PLACE, Lexicon, LoadedOnce, normalise, weak_bit
from shared_code.anonymization.span_types import shouting
from shared_code.anonymization.regions import fold
from shared_code.anonymization.spans import sentence_initial

Span = tuple[int, int]
MAJOR_REGIONS_PATH = Path(__file__).resolve().parent / "data" / "major_regions.txt"
_WORD = regex.compile(r"(?<![\w'’ʼ])[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*")
_CAPITAL_WORD = regex.compile(r"(?<![\w'’ʼ])\p{Lu}[\p{L}\p{M}]*(?:['’ʼ][\p{L}\p{M}]+)*")
_WORD_BEFORE = regex.compile(r"(?<![\w'’ʼ])[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*(?=[^\p{L}\p{M}]*$)")
_LONGEST = 8
_SPACES = regex.compile(r"\s+")
"""Words of the longest listed name (``Provence-Alpes-Côte d'Azur``)."""
_CAPITAL = regex.compile(r"\p{Lu}|\p{L}['’]\p{Lu}")
_SEPARATORS = str.maketrans({"-": " ", "’": "'", "ʼ": "'"})
ARTICLES = frozenset((
    "el la los las del al "  # es
    "o a os as do da dos das no na nos nas ao aos à às pelo pela pelos pelas num numa "  # pt
    "il lo l' i gli le dello della dei degli delle nel nello nella nei negli nelle dal dallo dalla dai "
    "allo alla ai sul sullo sulla nell' dall' dell' all' sull' "  # it
    "les du des au aux").split())  # fr
_LEADING_ARTICLE = regex.compile(r"^(?:la|el|las|los|le|les|l') (?=\S)")
_GLUE = regex.compile(r"[ \t]*(?:,[ \t]*(?:(?:y|e|i|și|et|o|ou|ni)[ \t]+)?|[ \t]+(?:y|e|i|și|et|o|ou|ni)[ \t]+)")
_OF_NOUN = regex.compile(r"[ \t]+(?:de|del|da|do|das|dos|di|della|dello|dei|degli|delle|du|des)[ \t]+\p{Ll}")
_ELIDED = regex.compile(
    r"(?<![\w'’ʼ])(?i:l|d|dall|dell|nell|all|sull)['’ʼ](\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*)(?![\w'’ʼ-])")
_ROMANIAN = language_bit("ro")
_ARTICLE_ENDINGS = ("ul", "lui", "ei")
_ROMANIAN_ARTICLE = (("ului", ""), ("ul", ""), ("lui", ""), ("iei", "ia"), ("ei", "a"), ("ei", "ea"))
"""Romanian writes the definite article on the noun (``Maramureșul``, ``Ardealul``, ``Clujului``,
``Moldovei``, ``Dobrogei``): endings and what replaces them in the bare name."""
_BEFORE = regex.compile(r"(?:^|(?<=[\s(]))([\p{L}]+['’]?)[ \t]*$")
_NUMBERED_STREET = regex.compile(
    r"(?<![\w-])(?i:calle|carrera|cra\.?|kr\.?|cl\.?|cll\.?|avenida(?:[ \t]+(?:calle|carrera))?|av\.?|diagonal|dg\.?"
    r"|transversal|tv\.?)[ \t]+\d{1,3}[ \t]?(?:[A-Z](?![\w]))?(?:[ \t]+(?i:bis))?"
    r"(?:[ \t]+(?i:sur|norte|este|oeste))?"
    r"[ \t]*(?:#|(?i:no\.?|n[°ºo]\.?))[ \t]*\d{1,3}[ \t]?[A-Z]?[ \t]*-[ \t]*\d{1,3}(?:[ \t]+(?i:sur|norte|este|oeste)\b)?")


def _load(path: Path) -> dict[str, list[tuple[str, int]]]:
    """{first word's key: [(the name's key, its number of words), …] longest first}; keys are lower-case,
    hyphens as spaces, with accents (``normalise``) and without (``fold``), each name under both."""
    index: dict[str, list[tuple[str, int]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        name = line.strip()
        if not name or name.startswith("#"):
            continue
        key = normalise(name).translate(_SEPARATORS)
        bare = _LEADING_ARTICLE.sub("", key)  # ``la Rioja``: the article is the text's, in any case
        for variant in dict.fromkeys((key, fold(key), bare, fold(bare))):
            index.setdefault(variant.split(" ")[0], []).append((variant, len(variant.split(" "))))
    return {first: sorted(set(names), key=lambda n: -len(n[0])) for first, names in index.items()}


get_major_regions = LoadedOnce(_load, MAJOR_REGIONS_PATH)
"""The process-wide index of ``data/major_regions.txt``, read on first use."""


class RomancePlaces:
    """The rules of the module docstring for one language."""

    def __init__(self, language: str, lexicon: Lexicon, common: CommonWords, stop: frozenset[str]) -> None:
        self.lexicon, self.common, self.stop = lexicon, common, stop
        self.own, self.weak_name = language_bit(language), weak_bit(language)
        self.index = get_major_regions()

    def find(self, text: str, found: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
        """Regions of the list and numbered addresses in ``text``; ``found``: places the other rules found
        (list anchors)."""
        spans = [m.span() for m in _NUMBERED_STREET.finditer(text)] if "-" in text else []
        shouted: bool | None = None  # read when a name of the list is met
        listed: list[tuple[int, int]] = []  # one-word regions that are ordinary words too: only in a list
        done = 0
        for match in _CAPITAL_WORD.finditer(text):  # only capitalised words are looked up: no loop per word
            key = normalise(match.group())
            if match.start() < done or key not in self.index:  # the index holds accent-less keys too
                if match.start() >= done and key.endswith(_ARTICLE_ENDINGS) and self._with_article(match.group()):
                    spans.append(match.span())
                continue
            shouted = shouting(text) if shouted is None else shouted
            words = self._words_around(text, match)
            index = 1 if words[0] is not match else 0
            size = self._region_at(text, words, index, shouted, listed)
            if size:
                spans.append((match.start(), words[index + size - 1].end()))
                done = words[index + size - 1].end()
        if "'" in text or "’" in text or "ʼ" in text:
            spans += [m.span(1) for m in _ELIDED.finditer(text) if self._after_elision(text, m)]
        return spans + self._listed(text, [*spans, *found], listed) if listed else spans

    @staticmethod
    def _words_around(text: str, match: regex.Match[str]) -> list[regex.Match[str]]:
        """The word before ``match`` (if any), ``match`` and the words after it, as many as a name has."""
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        after = list(islice(_WORD.finditer(text, match.end()), _LONGEST - 1))
        return [*([before] if before else []), match, *after]

    def _with_article(self, word: str) -> bool:
        """A Romanian form with the definite article (:data:`_ROMANIAN_ARTICLE`) of a listed region or a
        gazetteer town, itself a word no list but the Romanian one knows (``Maramureșul e prea rece``,
        ``primăria Clujului``: wordfreq counts the forms of names too)."""
        if len(word) < 6 or self.common.flags(word) & ~_ROMANIAN or self.lexicon.flags(normalise(word)):
            return False
        key = normalise(word)
        for ending, bare in _ROMANIAN_ARTICLE:
            if key.endswith(ending):
                base = key[: -len(ending)] + bare
                if (base, 1) in self.index.get(base, ()) or self.lexicon.place_flags(base) & PLACE:
                    return True
        return False

    def _after_elision(self, text: str, match: regex.Match[str]) -> bool:
        """``l'Occitanie``, ``dall'Irpinia``, ``L'Emilia-Romagna``: a region after an elided article, as
        after an article (:meth:`_single`)."""
        word = match.group(1)
        key = normalise(word).translate(_SEPARATORS)
        size = key.count(" ") + 1
        if (key, size) not in self.index.get(key.split(" ")[0], ()):
            return False
        if size > 1:  # ``L'Emilia-Romagna``
            return True
        flags = self.lexicon.flags(key)
        return (not flags & FIRST or bool(flags & self.weak_name)) and not self._common_noun(text, *match.span(1))

    def _common_noun(self, text: str, start: int, end: int) -> bool:
        """An ordinary word of the language after an article reads as a common noun when a complement
        qualifies it (``El Guerrero de la película``, ``La Manica della giacca``) or when it is listed with
        another capitalised ordinary word (``du Savon, du Sucre et de l'Huile``)."""
        if not self.common.flags(text[start:end]) & self.own:
            return False
        return bool(_OF_NOUN.match(text, end)) or in_item_list(text, start, end, self._ordinary)

    def _ordinary(self, word: str) -> bool:
        return bool(self.common.flags(word) & self.own)

    def _listed(self, text: str, anchors: list[Span], listed: list[Span]) -> list[Span]:
        """The ``listed`` words joined by a comma or a conjunction to a place found (``Ceará, Piauí e
        Alagoas``), transitively, or to one another when one of them is an ordinary word of one language
        only (``Pará e Amapá``: wordfreq counts a region's name in its own language's texts; ``Sonora e
        Acre`` are words of several)."""
        def joined(a: tuple[int, int], b: tuple[int, int]) -> bool:
            return bool(_GLUE.fullmatch(text, a[1], b[0]) or _GLUE.fullmatch(text, b[1], a[0]))

        def one_language(span: tuple[int, int]) -> bool:
            bits = self.common.flags(text[slice(*span)])
            return bits & (bits - 1) == 0

        pairs = [w for w in listed for o in listed if o != w and joined(w, o) and (one_language(w) or one_language(o))]
        found = [*anchors, *pairs]
        added = [w for w in listed if w in found]
        for _ in range(len(listed)):
            new = [w for w in listed if w not in added and any(joined(w, s) for s in found)]
            if not new:
                break
            found += new
            added += new
        return added

    def _region_at(self, text: str, words: list[regex.Match[str]], index: int, shouted: bool,
                   listed: list[tuple[int, int]]) -> int:
        """The number of words of the longest listed region starting at ``words[index]`` that counts here."""
        first = words[index].group()
        key = normalise(first)
        for candidates, exact in ((self.index.get(key, ()), True), (self.index.get(fold(key), ()), False)):
            for name, size in candidates:
                part = words[index : index + size]
                if len(part) < size or not self._spelled(text, part, name, exact, shouted):
                    continue
                if size > 1 or self._single(text, words, index, exact, shouted, listed):
                    return size
        return 0

    def _spelled(self, text: str, part: list[regex.Match[str]], name: str, exact: bool, shouted: bool) -> bool:
        """``part`` spells ``name`` (hyphens or spaces between its words), its capitalised words capitalised."""
        phrase = normalise(text[part[0].start() : part[-1].end()]).translate(_SEPARATORS)
        if _SPACES.sub(" ", phrase if exact else fold(phrase)) != name:
            return False
        return shouted or all(_CAPITAL.match(w.group()) for w in part if len(w.group()) > 3 or w is part[0])

    def _single(self, text: str, words: list[regex.Match[str]], index: int, exact: bool, shouted: bool,
                listed: list[tuple[int, int]]) -> bool:
        """A one-word region by the module's rules (after an article; or no ordinary word, no given name);
        an exact spelling that is only an ordinary word of the language is added to ``listed``."""
        word = words[index].group()
        if len(word) < 4 or not self._alone(text, words, index, shouted) or not exact and self.common.flags(word):
            return False
        flags = self.lexicon.flags(normalise(word))
        ordinary_name = bool(flags & self.weak_name)
        if self._after_article(text, words[index].start()):
            return (not flags & FIRST or ordinary_name) and not self._common_noun(text, *words[index].span())
        name_ok = not flags & FIRST and (not flags & LAST or ordinary_name)
        if name_ok and self.common.flags(word) & (self.own if exact else ANY_LANGUAGE):
            listed.extend([words[index].span()] if exact else [])
            return False
        return name_ok

    def _after_article(self, text: str, start: int) -> bool:
        before = _BEFORE.search(text, max(0, start - 8), start)
        return bool(before) and before.group(1).casefold().replace("’", "'") in ARTICLES

    def _alone(self, text: str, words: list[regex.Match[str]], index: int, shouted: bool) -> bool:
        """No capitalised word but a stop word right before or after (only spaces between)."""
        match = words[index]
        if text[match.start() - 1 : match.start()] == "-" or text[match.end() : match.end() + 1] == "-":
            return False  # a part of a hyphenated name (``Rhône-Alpes``)
        if shouted:
            return True
        for other in (index - 1, index + 1):
            if not 0 <= other < len(words):
                continue
            neighbour = words[other]
            between = text[neighbour.end() : match.start()] if other < index else text[match.end() : neighbour.start()]
            if between.strip(" \t") == "" and neighbour.group()[:1].isupper() \
                    and neighbour.group().casefold() not in self.stop and not sentence_initial(text, neighbour.start()):
                return False
        return True
