"""Places with no preposition or cue before them (issue 12): ``La Lombardia non ci ha dato aiuto``,
``Köln, Bonn und Aachen``, ``Muntenia și Oltenia``, used by :mod:`location` for Latin-script texts.

The preposition rules of :mod:`location` find a place only after ``in``, ``de``, ``w`` …; a place at a
sentence start, as a subject, after a verb or in a list reached the LLM unless it was a gazetteer town
the lexicon recogniser takes on its own. This module adds, anywhere in the text, for a capitalised word
standing alone (:meth:`PlacesAnywhere._alone`: a run of capitalised words is a name or a title):

- **gazetteer places** the lexicon recogniser leaves: a small place (``MINOR_PLACE``) or town that is no
  name, not weak in the language and an ordinary word of no language of the common-word list (texts are
  routed to neighbour languages: ``Banku``, bank's case form in Polish, is a village elsewhere); in a
  language that capitalises nouns, also a town the lexicon marks weak there only because the spelling
  dictionary lists it lower-case as a compound part (``Dortmund``, ``Bonn``), when the common-word list
  does not have it as a word of the language (``Essen``, ``Halle`` stay); in Dutch, also a place weak
  only in the language and in no common-word list (``Dokkum``, ``Budel``: weak by their frequency in
  Dutch text; the Dutch list drops its spelling dictionary's proper nouns), and, in Dutch and German, a
  town whose surname reading is weak that is no ordinary word of the language (``Utrecht``: the German
  list has it);
- **unseen words** inside a sentence, in texts that neither read as English (English capitalises days,
  months, holidays, languages and nationality adjectives, ``Saturday``, ``Sudanese``, which the
  common-word list leaves out as proper nouns) nor are of a language that capitalises nouns (German:
  its common-word list misses nouns, ``Ankunft``): a capitalised word of four letters or more that
  neither the lexicon nor any language's common-word list knows is a proper noun, read as a place
  (regions, provinces, villages under the gazetteer's floor: ``La Lombardia``, ``para Guainía``). Not at
  a sentence start (inflected verbs: ``Transfiram``) unless a colon follows (``Putumayo: nadie vino``),
  not after an indefinite article (``een Tikkie``: a place takes none), not all-caps (acronyms), not a
  stop or calendar word, not a hyphenated or elided pair of ordinary
  words (``Croix-Rouge``, ``L'Ufficio``), in Dutch not a compound of ordinary words
  (``Geldprogramma``), and in a text that reads as Polish not a case form of an ordinary word
  (``Banku``: :func:`inflection.nominatives`);
- **Polish grammar** (:mod:`polish_places`, texts that read as Polish): a province named by its
  adjective (``dla Mazowieckie znowu``, ``Podkarpackie przyjęło``; not ``Polskie paszporty``) and a case
  form of a town after any Polish preposition (``pod Poznaniem``, ``mieszkamy w gdyni``);
- **German towns the gazetteer marks as German words** (:mod:`german_places`: ``Biberach``, ``Kempten``),
  by their toponymic ending and the lack of an article, streets such as ``Am Markt 5``, and German and Dutch compounds of a place
  (:mod:`compound_places`: ``Sachsen-Anhalt``, ``Niedersachsen``, ``Zuid-Holland``);
- a gazetteer place or region after an elided article or preposition (``L'Abruzzo``, ``dall'Umbria``);
- **gazetteer places of two to four words** (particles inside: ``Villanueva de la Serena``) that end a
  run of capitalised words (``La Cruz Roja`` is no ``La Cruz``), no name, not weak;
- **all-caps texts**: an all-caps word after a place preposition (``VIVIMOS EN GUAINÍA``, ``MIESZKAM W
  KRAKOWIE``) that is a place as in a list (below) and an ordinary word of no language;
- **streets in any letter case** with their house number (:mod:`uncased_streets`: ``calle mayor 12``);
- **the town after a postcode** (``91550 Dinkelsbühl``, ``1234 AB Epe``, ``00-950 Warszawa``);
- **lists**: a capitalised word joined by a comma or a conjunction (``y``, ``e``, ``i``, ``und``, ``en``,
  ``și`` …), optionally with a place preposition, to a place found here or by the preposition rules is a
  place too when it is a gazetteer place (even a weak one, or a town whose name reading is an ordinary
  word of the language: ``Groningen, Assen en Emmen``; not ``Cúcuta y Pedro``), a Polish case form of a
  town or an unseen word, also at a sentence start (``Muntenia și Oltenia``).

Results score as the preposition rules' (above the NER's, below the name rules': a name rule's span over
the same words wins).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterable

import regex

from shared_code.anonymization.common_words import (
    ANY_LANGUAGE, CommonWords, apparent_language_test, language_bit, ordinary_form_test,
)
from shared_code.anonymization.compound_places import CompoundPlaces
from shared_code.anonymization.dutch_places import lower_case_town
from shared_code.anonymization.german_places import GermanTowns
from shared_code.anonymization.inflection import inflected_town, nominatives, town_case_form
from shared_code.anonymization.lexicon import (
    ANY_WEAK, FIRST, LANGUAGES, LAST, MINOR_PLACE, PLACE, Lexicon, normalise, weak_bit, weak_place_bit,
)
from shared_code.anonymization.span_types import shouting
from shared_code.anonymization.particles import PARTICLE_ARTICLES, PLACE_NAME_WORDS
from shared_code.anonymization.polish_places import PolishPlaces
from shared_code.anonymization.regions import region_test
from shared_code.anonymization.spans import sentence_initial
from shared_code.anonymization.uncased_streets import UncasedStreets, towns_after_postcode

_CAPITALISED = regex.compile(r"(?<![\w'’ʼ-])\p{Lu}[\p{Ll}\p{M}]+(?:['’ʼ-]\p{Lu}?[\p{Ll}\p{M}]+)*(?![\w'’ʼ-])")
_ALL_CAPS = regex.compile(r"(?<![\w'’ʼ-])\p{Lu}[\p{Lu}\p{M}]+(?:-\p{Lu}[\p{Lu}\p{M}]+)*(?![\w'’ʼ-])")
_CONJUNCTIONS = r"(?:and|et|y|e|i|und|en|și|si|ve|na|oraz|ou|o|or|oder|ni)"
_GLUE = regex.compile(rf"[ \t]*(?:,[ \t]*(?:{_CONJUNCTIONS}[ \t]+)?|[ \t]+{_CONJUNCTIONS}[ \t]+)(?:(?P<prep>\p{{L}}{{1,4}})[ \t]+)?",
                      flags=regex.IGNORECASE)
_TITLE_HEAD = regex.compile(r"(?<![\w'’ʼ-])(\p{Lu}[\p{Ll}\p{M}]+)[ \t]+\p{Ll}{1,4}[ \t]+$")
_AFTER_PREPOSITION = regex.compile(r"(?<![\w'’ʼ-])(\p{Lu}{1,6})[ \t]+(\p{Lu}[\p{Lu}\p{M}]{2,}(?:-\p{Lu}[\p{Lu}\p{M}]+)*)(?![\w'’ʼ-])")
_TITLE_WORD = r"\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*"
_RUN = regex.compile(rf"(?<![\w'’ʼ-]){_TITLE_WORD}(?:[ \t]+(?:(?:{'|'.join(PLACE_NAME_WORDS)})[ \t]+"
                     rf"(?:(?:{'|'.join(PARTICLE_ARTICLES)})[ \t]+)?)?{_TITLE_WORD}){{1,3}}(?![\w'’ʼ-])")
_AFTER_INDEFINITE = regex.compile(
    r"(?<![\w'’ʼ-])(?i:an|un|una|uno|une|um|uma|een|ein|eine|einen|einem|einer|unei|unui|bir)[ \t]+$")
_ELIDED = regex.compile(r"^\p{L}{1,4}['’ʼ]")
_PART_SEPARATOR, _SPACED_WORD = regex.compile(r"['’ʼ-]"), regex.compile(r"(?<!\S)\S+")
_AFTER_ELISION = regex.compile(r"(?<![\w'’ʼ-])(?i:l|d|dall|dell|nell|all|sull)['’ʼ](\p{Lu}[\p{Ll}\p{M}]+)(?![\w'’ʼ-])")
_ALL_WEAK_PLACES = sum(weak_place_bit(language) for language in LANGUAGES)
_ENGLISH, _POLISH = language_bit("en"), language_bit("pl")
_MIN_UNSEEN = 4
_COMPOUND_PART = 4

Span = tuple[int, int]


class PlacesAnywhere:
    """The rules of the module docstring for one language."""

    def __init__(self, language: str, lexicon: Lexicon, common: CommonWords, capitalises_nouns: bool,
                 stop: frozenset[str], prepositions: tuple[frozenset[str], frozenset[str]]) -> None:
        """``prepositions``: the place prepositions of the language, and those of every Latin-script one."""
        self.lexicon, self.common, self.stop = lexicon, common, stop
        self.own_prepositions, self.prepositions = prepositions
        self.own, self.weak_place, self.weak_name = language_bit(language), weak_place_bit(language), weak_bit(language)
        self.capitalises_nouns = capitalises_nouns
        self.compounds, self.dutch = language in ("nl", "de"), language == "nl"
        self.apparent = apparent_language_test(language, common)
        self.streets = UncasedStreets(language, stop)
        self.polish = PolishPlaces(lexicon, common)  # Polish texts are read with a neighbour language's rules
        self.german = GermanTowns(lexicon, common) if language == "de" else None
        self.ordinary_form = ordinary_form_test(lexicon, common)
        self.region = region_test(lexicon, common)
        self.compound = CompoundPlaces(language, lexicon, common, self.region) if self.compounds else None

    def find(self, text: str, found: Iterable[Span]) -> list[Span]:
        """Places in ``text`` by the rules above; ``found``: places the other rules found (list anchors)."""
        words = [m.span() for m in _CAPITALISED.finditer(text)]
        alone = [w for i, w in enumerate(words) if self._alone(text, w, words[max(0, i - 1) : i + 2])]
        apparent = self.apparent(text)
        unseen = not self.capitalises_nouns and apparent != _ENGLISH
        polish = apparent == _POLISH
        spans = [w for w in alone if self._gazetteer(text, w) or unseen and self._unseen_inside(text, w, polish)
                 or polish and (self.polish.province(text, w) or town_case_form(text[slice(*w)], self.lexicon, self.common))]
        spans += [w for w in alone if self.german and w not in spans and self.german.town(text, w)]  # Biberach
        shouted = shouting(text)
        spans += self.german.addresses(text) + self.german.uncased(text, shouted) if self.german else []  # Am Markt 5
        spans += [w for w in alone if self.compound and w not in spans and self.compound.place(text[slice(*w)])]
        listed = [w for w in alone if unseen and w not in spans and self._unseen_first(text, w, polish)]
        spans += [w for w in listed if text.startswith(":", w[1])]  # a heading: "Putumayo: nadie vino"
        spans += self.polish.find(text) if polish else []  # "pod Poznaniem", "mieszkamy w gdyni"
        spans += self._shouted(text, unseen, polish) if shouted else []
        spans += self.streets.find(text, shouted) + self._multi_word(text)
        spans += towns_after_postcode(text, lambda town: self._postcode_town(town, polish))  # 91550 Dinkelsbühl
        spans += [m.span(1) for m in _AFTER_ELISION.finditer(text) if self._gazetteer(text, m.span(1))]  # L'Abruzzo
        return spans + self._listed(text, {*spans, *found, *listed}, set(listed), polish)  # "Calabria e Puglia"

    def _postcode_town(self, town: str, polish: bool) -> bool:
        """After bare digits: a place as in a list that is no ordinary word, or a gazetteer place."""
        flags = self.lexicon.place_flags(normalise(town).replace(" ", "_"))
        return self._list_place(town, polish, True) or bool(flags & (PLACE | MINOR_PLACE))

    def _shouted(self, text: str, unseen: bool, polish: bool) -> list[Span]:
        """In an all-caps text, an all-caps word after a place preposition (``VIVIMOS EN TOLIMA``, ``W
        KRAKOWIE``): a place as in a list (:meth:`_list_place`) that is an ordinary word of no language
        (``IN NOT``), an unseen word only after the language's own prepositions and where unseen words
        count."""
        found = []
        for match in _AFTER_PREPOSITION.finditer(text, overlapped=True):  # "KOMT UIT BUDEL": pairs overlap
            preposition, word = match.group(1).casefold(), match.group(2)
            if preposition in self.prepositions and self._list_place(word, polish, shouted=True) and (
                    unseen and preposition in self.own_prepositions or not self._unseen(word, polish)):
                found.append(match.span(2))
        return found

    def lower_case(self, word: str) -> bool:
        """``word``, lower-case after a place preposition of the language (``moramos em mealhada``), is a
        small place that is no name and an ordinary word of no language, or a Dutch town by its shape
        (:mod:`dutch_places`: ``in harderwijk``). Unseen lower-case words were
        tried and dropped: most are rare ordinary words (``en colchonetas``, ``in brandine``, ``en bâches``)."""
        flags = self.lexicon.place_flags(normalise(word))
        return bool(flags & MINOR_PLACE) and not flags & (FIRST | LAST | ANY_WEAK | _ALL_WEAK_PLACES) \
            and not self.common.flags(word) or self.dutch and lower_case_town(word, self.lexicon, self.common)

    def _multi_word(self, text: str) -> list[Span]:
        """Gazetteer places of two to four words (particles inside: ``Villanueva de la Serena``) that end a
        run of capitalised words (``La Cruz Roja`` is the Red Cross, no ``La Cruz``): the longest such
        place that is no name and no weak place of the language."""
        found = []
        for match in _RUN.finditer(text):
            words = [m.span() for m in _SPACED_WORD.finditer(text, match.start(), match.end())]
            capitalised = [i for i, (start, _) in enumerate(words) if text[start].isupper()]
            last = capitalised[-1]  # the place ends the run: ``La Cruz Roja`` is no place ``La Cruz``
            first = next((f for f in capitalised[:-1] if self._multi_word_place(text[words[f][0] : words[last][1]])), None)
            if first is not None:
                found.append((words[first][0], words[last][1]))
        return found

    def _multi_word_place(self, phrase: str) -> bool:
        """Weak bits count for two words only: a longer name is weak by its words' frequency (``Castelo de
        Vide``, ``Santa Maria da Feira``)."""
        words = phrase.split()
        flags = self.lexicon.place_flags("_".join(normalise(w) for w in words))
        weak = self.weak_place if len(words) == 2 else 0
        return bool(flags & (PLACE | MINOR_PLACE)) and not flags & (FIRST | LAST | weak) or self.region(phrase)

    def _gazetteer(self, text: str, span: Span) -> bool:
        word = text[slice(*span)]
        flags = self.lexicon.place_flags(normalise(word))
        if self.region(word):
            return True
        common = self.common.flags(word)
        ordinary = common & self.own if self.compounds else common  # Dutch, German: frequent towns are listed
        if flags & PLACE and flags & self.weak_name and flags & LAST and not flags & FIRST and not ordinary \
                and word.casefold() not in self.stop:  # ``Aus``, ``Durant``: towns, surnames and stop words
            return True  # a surname too, but a word of the language as a town (``Lyon``, ``Valladolid``, ``Utrecht``)
        if not flags & (PLACE | MINOR_PLACE) or flags & (FIRST | LAST):
            return False
        if flags & self.weak_place:  # a compound part in German's dictionary, no word of its own
            return self.capitalises_nouns and bool(flags & PLACE) and not common & self.own \
                or self.dutch and not common and not flags & _ALL_WEAK_PLACES & ~self.weak_place  # Dokkum
        return not common  # texts are routed to neighbour languages: an ordinary word of any (``z Banku``)

    def _unseen(self, word: str, polish: bool) -> bool:
        """Neither the lexicon nor any language's common-word list knows ``word`` (nor its parts, nor a base
        form of it, :mod:`word_forms`, nor, in a ``polish`` text, its nominative)."""
        if len(word) < _MIN_UNSEEN or word.casefold() in self.stop or self.lexicon.place_flags(normalise(word)) \
                or self.common.flags(word):
            return False
        elided = _ELIDED.match(word)
        if elided:
            return self._unseen(word[elided.end():], polish)
        if polish and any(self.common.flags(k) for k in nominatives(normalise(word))):
            return False  # a case form of an ordinary Polish word (``z Banku``)
        if self.ordinary_form(word, ANY_LANGUAGE):
            return False  # an inflected ordinary word of some language (``Latarek``, ``Kitleri``: word_forms)
        parts = _PART_SEPARATOR.split(word)
        if len(parts) > 1 and all(self.common.flags(p) or self.lexicon.flags(normalise(p)) for p in parts):
            return False
        return not (self.compounds and self._compound(word))

    def _compound(self, word: str) -> bool:
        """``word`` ends in an ordinary word of the language after a head of three letters or more
        (``Geldprogramma``, ``Inschrijfloket``)."""
        key = word.casefold()
        return any(self.common.flags(key[i:]) & self.own for i in range(3, len(key) - _COMPOUND_PART + 1))

    def _unseen_inside(self, text: str, span: Span, polish: bool) -> bool:
        """Not at a sentence start, nor after an indefinite article (``een Tikkie``, ``un Bizum``: a place
        takes none)."""
        return not sentence_initial(text, span[0]) and not _AFTER_INDEFINITE.search(text, max(0, span[0] - 8), span[0]) \
            and self._unseen(text[slice(*span)], polish)

    def _unseen_first(self, text: str, span: Span, polish: bool) -> bool:
        """An unseen word at a sentence start: a place only when listed with one."""
        return sentence_initial(text, span[0]) and self._unseen(text[slice(*span)], polish)

    def _alone(self, text: str, span: Span, words: list[Span]) -> bool:
        """No capitalised word of ``words`` (``span`` and its neighbours) but a stop word (``La``, ``El``)
        right before or after ``span``: a run of
        capitalised words is a name or a title (``Jahi Kahinu``, ``Seona May``), the name rules' or no
        one's; nor a capitalised ordinary word and a short linking word before it (``Kliniki ya
        Kuhamahama``, ``Centro de …``: an institution's name; not in German, whose nouns are all capitalised:
        ``seit einem Jahr in …``)."""
        for other in words:
            between = text[other[1]:span[0]] if other[1] <= span[0] else text[span[1]:other[0]]
            if other != span and between in (" ", "\t") and text[slice(*other)].casefold() not in self.stop:
                return False
        title = not self.capitalises_nouns and _TITLE_HEAD.search(text, max(0, span[0] - 40), span[0])  # Jahr in
        return not (title and self.common.flags(title.group(1)) and not sentence_initial(text, title.start(1)))

    def _listed(self, text: str, anchors: set[Span], tentative: set[Span], polish: bool) -> list[Span]:
        """Words listed with an anchor (a found place), transitively; a ``tentative`` anchor counts only
        when a listed word is found next to it, and is then a place too."""
        shouted = {m.span() for m in _ALL_CAPS.finditer(text)}
        candidates = sorted({*(m.span() for m in _CAPITALISED.finditer(text)), *shouted})
        starts = [c[0] for c in candidates]
        added: list[Span] = []
        todo = list(anchors)
        while todo:
            anchor = todo.pop()
            after = bisect_left(starts, anchor[1])  # the words right before and after the anchor only
            for span in candidates[max(0, after - 2) : after + 1]:
                if span in anchors and span not in tentative or not self._joined(text, anchor, span) \
                        or not self._list_place(text[slice(*span)], polish, span in shouted):
                    continue
                for new in (s for s in (anchor, span) if s in tentative or s not in anchors):
                    tentative.discard(new)
                    anchors.add(new)
                    added.append(new)
                    todo.append(new)
        return added

    def _joined(self, text: str, anchor: Span, span: Span) -> bool:
        """A comma or a conjunction (and maybe a place preposition: ``de``, ``w``; not an article) between
        the two."""
        if span[0] >= anchor[1]:
            glue = _GLUE.fullmatch(text, anchor[1], span[0])
        else:
            glue = _GLUE.fullmatch(text, span[1], anchor[0]) if span[1] <= anchor[0] else None
        return bool(glue) and (glue.group("prep") is None or glue.group("prep").casefold() in self.prepositions)

    def _list_place(self, word: str, polish: bool, shouted: bool = False) -> bool:
        """A region, a gazetteer place that is no name, or a town whose name reading is an ordinary word of the
        language (``Assen``; not the village ``Pedro`` in ``de Cúcuta y Pedro``), a Polish case form of a town (``z Lublina i Rzeszowa``) or an
        unseen word; an all-caps (``shouted``) word must be an ordinary word of no language."""
        if shouted and self.common.flags(word):  # Polish case forms of towns are frequent words (``KRAKOWIE``)
            return inflected_town(word, self.lexicon, self.common)
        if self.region(word):  # ``IN GELDERLAND``: a compound of a Dutch word, not unseen
            return True
        flags = self.lexicon.place_flags(normalise(word))
        if flags & (PLACE | MINOR_PLACE):
            return not flags & (FIRST | LAST) or bool(flags & PLACE and flags & self.weak_name)
        return self._unseen(word, polish) or inflected_town(word, self.lexicon, self.common)

