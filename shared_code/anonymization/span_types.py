"""The types the span rules share (:mod:`spans`, :mod:`propagation`, :mod:`word_form_names`): a candidate
span, what the rules know about a text's language, a span's words, the sentence-start test, and the test
for a noun phrase's plain head in a text routed to another language."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import regex

from shared_code.anonymization.common_words import language_bit
from shared_code.anonymization.kinship import TURKISH_PERSON_NOUNS
from shared_code.anonymization.particles import PARTICLE_SET

_TURKISH = language_bit("tr")
TURKISH_SURNAME_SUFFIX = regex.compile(r"(?i:l[ıiuü]|[cç][ıiuü]|l[ae]r|gil|oğlu|soy)$")
"""Turkish suffixes that make surnames of ordinary words (``Kayalar``, ``Güneşli``, ``Demirci``, ``Kaplanoğlu``)."""
_SENTENCE_END = set(".!?¿¡…\n•*>")
OF_PREPOSITIONS = frozenset(("de", "di", "d'", "du"))
"""The prepositions that join a noun to the noun it qualifies (``Kits de Higiene``, ``Bons d'Achat``,
``Ateliers de Nutrition``); a locative one (``en``, ``no``, ``a``) after a sentence's first word is a
verb's (``Moramos no Alentejo``)."""


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    entity_type: str
    score: float
    source: str  # "pattern" | "cue" | "ner"

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Candidate") -> bool:
        return self.start < other.end and other.start < self.end


NAME_PART = regex.compile(r"[\p{L}\p{M}'’ʼ\-]+")
"""A word of a span: letters, marks, apostrophes and hyphens (``O'Brien``, ``Jean-Luc``, a lone ``-``)."""


def span_words(text: str, start: int, end: int) -> tuple[str, ...]:
    """The :data:`NAME_PART` words of ``text[start:end]``, read once per span value: a dozen rules read the
    words of each span (the regex scan cost more than the rules' own tests). The cache is keyed by the span,
    not the text, so that it holds no record (up to 100,000 characters) alive."""
    return _words(text[start:end])


def content_words(text: str, start: int, end: int) -> tuple[str, ...]:
    """:func:`span_words` without particles (``de``, ``van``) and lone hyphens or apostrophes."""
    return _content(text[start:end])


@lru_cache(maxsize=4096)
def _words(value: str) -> tuple[str, ...]:
    return tuple(NAME_PART.findall(value))


@lru_cache(maxsize=4096)
def _content(value: str) -> tuple[str, ...]:
    return tuple(w for w in _words(value) if w.casefold() not in PARTICLE_SET and w not in "-'’")


def sentence_initial(text: str, start: int) -> bool:
    """True when only whitespace and sentence punctuation separate ``start`` from the previous sentence."""
    index = start - 1
    while index >= 0 and text[index] in " \t\u00a0\"'“„«([-–—":
        index -= 1
    return index < 0 or text[index] in _SENTENCE_END


@dataclass(frozen=True, slots=True)
class LanguageRules:
    """What the span rules need to know about the text's language."""

    stop_words: frozenset[str] = frozenset()
    non_names: frozenset[str] = frozenset()
    """Titles, calendar and form words: never a name even when capitalised (a subset of stop_words)."""
    own_model: bool = True
    """False when NER comes from the fallback model of another language."""
    own_bit: int = 0
    """The common-word bit of the language the text was routed to (:func:`common_words.language_bit`)."""
    capitalises_nouns: bool = False
    place_prepositions: frozenset[str] = frozenset()
    known_name: Callable[[str], bool] = lambda word: False
    """True for a word the name lexicon holds as a name that is not an ordinary word of the language."""
    known_word: Callable[[str], bool] = lambda word: True
    """True for a word the lexicon holds as a name or town at all. For a language on another language's
    NER model, a one-word PERSON span must be one (``Agua`` is not a name)."""
    proper_word: Callable[[str], bool] = lambda word: True
    """True for a word the lexicon holds as a name or town that is not an ordinary word of the language
    (``Creuse``; not ``Riz``, a weak name and a weak town in French): an ordinary word after a place
    preposition may be an item (``du Riz``) only when it is none."""
    ordinary: Callable[[str], int] = lambda word: 0
    """The languages (bits) in which a word is an ordinary word (:mod:`common_words`): an NER span whose
    words are all ordinary words of one language is a common-noun phrase (``Water, Soap and Blankets``,
    ``Clinique Mobile``, a Turkish ``Mobil Klinik`` routed to English), not a name."""
    apparent_language: Callable[[str], int] = lambda text: -1
    """The bit of the language a text's words are ordinary words of (:mod:`common_words`): the routed
    language, or the one most of its words belong to (Turkish routed to English). A place or
    organisation span is dropped only when its words are ordinary words of that language."""
    ordinary_form: Callable[[str, int], int] = lambda word, languages: 0
    """Those of the given languages (bits) in which a word the lexicon does not know is an inflected form of
    an ordinary word (:func:`common_words.ordinary_form_test`), asked for the text's apparent language
    only (``Czerwonego Krzyża``, ``Comité de Mujeres``)."""
    weak_name: Callable[[str, int], int] = lambda word, languages: 0
    """Those of the given languages (bits) in which the lexicon marks a name as an ordinary word
    (:func:`common_words.weak_name_test`): in a span with an inflected form, ``Su Noktası`` (water point),
    ``Norweska Rada``."""


def plain_head(words: list[str], rules: LanguageRules, language: int) -> bool:
    """In a Turkish text routed to another language (``language``, its apparent language: Turkish read by
    the English NER, whose capitals mark every word of a title), a phrase of two or more words ending in an
    ordinary word of that language that the lexicon holds as no name or town (``Gezici Kütüphane``, the
    mobile library; ``Yeni Yıl``, New Year): the head of a noun phrase, which the NER took for a name by its
    capitals. The words before it must be such words too, or names the lexicon marks as ordinary words of
    that language (``Gezici``, ``Yeni``); a name that is not (``Hüseyin``) keeps the person, and so do a
    noun for a person's bearer (``Ali Ustası``, master Ali) and a head with a suffix that makes surnames of
    words (``Yeter Kayalar``). Only Turkish: Romanian given names are weak in Romanian and its surnames
    ordinary words (``Oana Preda``). A plain word before a name (``Dostu Alan``) is not enough: on the
    held-out half that reading lost two name tokens."""
    head = words[-1]
    if len(words) < 2 or language != _TURKISH or language == rules.own_bit or not _plain(head, rules, language) \
            or head.casefold().startswith(TURKISH_PERSON_NOUNS) or TURKISH_SURNAME_SUFFIX.search(head):
        return False
    return all(_plain(word, rules, language) or rules.weak_name(word, language) for word in words[:-1])


def _plain(word: str, rules: LanguageRules, language: int) -> bool:
    return bool(rules.ordinary(word) & language) and not rules.known_word(word)


_CASED_WORD = regex.compile(r"(?<![\w])[\p{Latin}\p{Cyrillic}\p{Greek}]+(?![\w])")


@lru_cache(maxsize=32)
def shouting(text: str) -> bool:
    """Mostly all-caps words (three or more, letters only): capitalisation carries no information, but
    all-caps words may be names. Keeps its last texts' answers: several rules ask about the same text."""
    words = [w for w in _CASED_WORD.findall(text) if len(w) >= 3]
    shouted = sum(w.isupper() for w in words)
    return shouted >= 3 and shouted > 0.6 * len(words)


def acronym(word: str, text: str) -> bool:
    """``word`` is all capitals in a text that does not shout (:func:`shouting`): ``De IND``, ``het COA``,
    agencies whose letters some lexicon name shares; in a shouted text capitals say nothing."""
    return len(word) > 1 and word.isupper() and not shouting(text)
