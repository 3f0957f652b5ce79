"""Polish places told by Polish grammar, for texts that read as Polish (used by :mod:`places_anywhere`;
Polish texts are routed to a neighbour language's rules, so these run in any Latin-script language).

- **a case form after any Polish preposition**: Polish inflects a town after every preposition, not only
  after ``w``, ``z``, ``do`` (which :mod:`location` handles in every language): ``pod Poznaniem``, ``koło
  Olsztyna``, ``przed Częstochową``, ``spod Tarnowa``, ``na Śląsku``, at a sentence start too (``Przed
  Częstochową``, ``z Podlasia``). A capitalised word there is a town by :func:`inflection.inflected_town` (a case form of a
  gazetteer town, not of an ordinary Polish word: ``pod Namiotem``, ``do Domu`` stay) whose nominative is
  no name and no ordinary word of another language (``Pod Mostem``, ``Przy Kasie``). The strict test of
  a case form standing alone (:func:`inflection.town_case_form`) rejected ``Poznaniem``, whose other
  reading ``poznanie`` (cognition) is a word; after a preposition the capital says it is a name.
  An all-caps word there is read so too (``W WIELICZCE``). A lower-case word there (``mieszkamy w
  gdyni``, ``w krakowie``) is a town only by a stricter test: no candidate nominative may be an ordinary
  Polish word unless itself a case form of the town (``krakowa``; ``w domu``, ``na miejscu``, ``z pracy``
  stay);
- **a province named by its adjective** (``Mazowieckie``, ``Podkarpackie``: województwo is neuter and is
  named by its adjective alone): a capitalised ``-skie``/``-ckie``/``-dzkie`` adjective inside a sentence
  before punctuation, the end or a stop word (``dla Mazowieckie znowu``; ``mamy Polskie paszporty`` keeps
  its noun), or at a sentence start before a verb that agrees with a neuter subject (past ``-ło``,
  present ``-uje``/``-a``-class third persons listed in :data:`_VERB_ENDINGS`) or a stop word
  (``Podkarpackie przyjęło``, ``Mazowieckie nie``; ``Śląskie miasta``, ``Polskie paszporty`` stay)."""

from __future__ import annotations

import regex

from shared_code.anonymization.common_words import CommonWords, language_bit
from shared_code.anonymization.inflection import inflected_town, nominatives
from shared_code.anonymization.lexicon import FIRST, LAST, PLACE, Lexicon, normalise
from shared_code.anonymization.person import stop_words
from shared_code.anonymization.regions import fold, get_regions
from shared_code.anonymization.span_types import sentence_initial

PREPOSITIONS = ("w", "we", "z", "ze", "do", "na", "pod", "nad", "przed", "za", "koło", "obok", "spod", "znad",
                "sprzed", "zza", "przez", "przy", "od", "u", "dla", "około", "niedaleko", "blisko", "między",
                "pomiędzy", "wokół", "ku", "poza", "spoza", "naprzeciw", "naprzeciwko")
"""Polish prepositions; each governs a case, and a town after it takes that case's ending."""
_AFTER_PREPOSITION = regex.compile(
    rf"(?<![\w'’ʼ-])(?i:{'|'.join(sorted(PREPOSITIONS, key=len, reverse=True))})[ \t]+"
    r"(\p{Lu}[\p{Lu}\p{M}]{2,}|\p{L}[\p{Ll}\p{M}]{2,})(?![\w'’ʼ-])")
_PROVINCE = regex.compile(r"\p{Lu}[\p{Ll}-]+(?:sk|ck|dzk)ie")
_NEXT_WORD = regex.compile(r"[ \t]+(\p{L}+)")
_VERB_ENDINGS = ("ło", "uje", "ują", "ają", "eje", "ma", "iło", "ało")
"""Third-person verb forms a neuter subject takes (``przyjęło``, ``zapewnia`` is left out: nouns end in
``-a`` too)."""
_POLISH = language_bit("pl")
_MIN_REGION = 6
_NAME = FIRST | LAST


class PolishPlaces:
    """The rules of the module docstring."""

    def __init__(self, lexicon: Lexicon, common: CommonWords) -> None:
        self.lexicon, self.common = lexicon, common
        self.stop = stop_words("pl")
        self.regions = get_regions()

    def find(self, text: str) -> list[tuple[int, int]]:
        """Case forms of towns after a Polish preposition in ``text`` (read as Polish)."""
        found = []
        for match in _AFTER_PREPOSITION.finditer(text):
            word = match.group(1)
            if word[0].isupper() and self._town(word) or word.islower() and self._lower_case_town(word):
                found.append(match.span(1))
        return found

    def _town(self, word: str) -> bool:
        """A case form of a town (:func:`inflection.inflected_town`) whose nominative is no name and no
        ordinary word of another language than Polish (``Pod Mostem``, ``Przy Kasie``: most and kasa are
        towns too; ``Warszawy``, ``Łodzi`` count though the Polish list has ``warszawa``, ``łódź``), or of
        a region that is an ordinary word of no language (``z Podlasia``)."""
        candidates = nominatives(normalise(word))
        return inflected_town(word, self.lexicon, self.common) and any(self._town_key(k) for k in candidates) \
            or self._region(candidates)

    def _region(self, candidates: list[str]) -> bool:
        """A candidate nominative is a region of six letters or more, and none is an ordinary word
        (``Z Podlasia``; not ``Do Końca``, whose ``końce`` is a word and ``kónce`` a region's key)."""
        return not any(self.common.flags(k) | self.common.flags(fold(k)) for k in candidates) \
            and any(len(k) >= _MIN_REGION and fold(k) in self.regions for k in candidates)

    def _lower_case_town(self, word: str) -> bool:
        """A lower-case case form of a town that is no name and no ordinary word of another language, no
        candidate nominative an ordinary Polish word unless itself a case form of a town (``krakowa``)."""
        candidates = nominatives(normalise(word))
        return not any(self.common.flags(k) & _POLISH and not self._inflected(k) for k in candidates) \
            and any(self._town_key(k) for k in candidates)

    def _inflected(self, key: str) -> bool:
        return any(self._town_key(k) for k in nominatives(key))

    def _town_key(self, key: str) -> bool:
        return bool(self.lexicon.place_flags(key) & PLACE) and not self.lexicon.flags(key) & _NAME \
            and not self.common.flags(key) & ~_POLISH

    def province(self, text: str, span: tuple[int, int]) -> bool:
        """A capitalised ``-skie`` adjective that qualifies no noun after it (module docstring)."""
        if not _PROVINCE.fullmatch(text, *span):
            return False
        following = _NEXT_WORD.match(text, span[1])
        if following is None:
            return not sentence_initial(text, span[0])
        word = following.group(1).casefold()
        if sentence_initial(text, span[0]):
            return word in self.stop or word.endswith(_VERB_ENDINGS)
        return word in self.stop
