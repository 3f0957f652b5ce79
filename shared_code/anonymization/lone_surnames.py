"""A German surname no list knows, standing alone as the subject (read by the lexicon recogniser,
:mod:`names`).

German capitalises every noun, so a capital says nothing there, and the common-word list misses many
German nouns; but a singular common noun takes an article (``Der Antrag ist weg``; mass nouns and
plurals go without one, ``Wasser fehlt``, ``Kinder brauchen``, and those are frequent words). A
capitalised word no list knows, no compound of an ordinary German word (``Essensausgabe``, ``Kältebus``) unless it ends
in a family-name element (``-bach``, ``-berg``, ``-mann`` …: ``Zorbach``), is a surname
when it is the bare subject of a third-person singular verb: heading a sentence right before that verb
(``Säuberlich hat angerufen``, ``Zorbach wartet seit Januar``), or right after a finite auxiliary or verb
in second position and before a lower-case word or the end of the clause (``Gestern hat Zorbach wieder
angerufen``; ``hat Essensausgabe Verspätung`` is two nouns, and a compound).
"""

from __future__ import annotations

from typing import Callable

import regex

from shared_code.anonymization.common_words import CommonWords
from shared_code.anonymization.german_surnames import noun_surname
from shared_code.anonymization.lexicon import weak_bit
from shared_code.anonymization.name_words import Word
from shared_code.anonymization.spans import sentence_initial

FINITE_VERBS = frozenset({
    "hat", "hatte", "ist", "war", "wird", "wurde", "kann", "konnte", "will", "wollte", "muss", "musste",
    "soll", "sollte", "möchte", "darf", "mag", "kam", "rief", "bat", "sagte", "ging", "gab", "wohnt",
})
"""Third-person singular finite forms that hold the second place of a German clause."""
_ADVERBS_IN_T = frozenset({
    "nicht", "jetzt", "erst", "fast", "sonst", "selbst", "meist", "bereits", "zuerst", "zuletzt", "echt",
    "direkt", "leicht", "recht", "oft", "seit", "bisher", "weit", "vielleicht", "gut", "bitte",
})
_SINGULAR_IN_T = regex.compile(r"\p{Ll}{2,}(?:t|te)")
_HEAD, _TAIL = 3, 3
_SURNAME_ELEMENT = regex.compile(r"\p{Ll}(?:bach|berg|dorf|hausen|mann|feld|meier|mayer|maier)$")
"""Endings of German family names made from places and trades (``Zorbach``, ``Trautmann``): compounds of
ordinary words, which a bare singular subject still is not as a noun."""
_GERMAN_WEAK = weak_bit("de")
_CLAUSE_END = regex.compile(r"\s*(?:[.,;:!?)]|$)")


def german_lone_surname(text: str, words: list[Word], index: int, unseen: Callable[[Word], bool],
                        common: CommonWords, own_bit: int, stop: frozenset[str]) -> list[Word]:
    """``[words[index]]`` when it is a bare German subject no list knows (see the module docstring), or a
    popular surname that is a German noun standing bare (:func:`german_surnames.noun_surname`), else []."""
    word = words[index]
    if word.flags:
        return noun_surname(text, words, index, _GERMAN_WEAK)
    if not word.latin or not word.upper or word.text.isupper() or not unseen(word) \
            or _compound(word.text, common, own_bit, stop) and not _SURNAME_ELEMENT.search(word.text):
        return []
    after = words[index + 1] if index + 1 < len(words) else None
    if sentence_initial(text, word.start):
        return [word] if after is not None and text[word.end : after.start].isspace() and _singular(after) else []
    before = words[index - 1] if index else None
    if before is None or before.text not in FINITE_VERBS or not text[before.end : word.start].isspace():
        return []
    if after is not None and text[word.end : after.start].isspace():
        return [word] if after.text[:1].islower() else []
    return [word] if _CLAUSE_END.match(text, word.end) else []


def _compound(word: str, common: CommonWords, own_bit: int, stop: frozenset[str]) -> bool:
    """``word`` ends in an ordinary word of the language of three letters or more that is no stop word,
    after a head of three letters or more (``Kältebus``, ``Bürgeramt``; ``Säuberlich`` ends in ``ich``)."""
    key = word.casefold()
    return any(common.flags(key[i:]) & own_bit and key[i:] not in stop for i in range(_HEAD, len(key) - _TAIL + 1))


def _singular(verb: Word) -> bool:
    """A third-person singular finite verb: an auxiliary or modal, or a lower-case ``-t``/``-te`` form
    (``wartet``, ``fragte``) that is no adverb (``jetzt``, ``nicht``)."""
    return verb.text in FINITE_VERBS or bool(_SINGULAR_IN_T.fullmatch(verb.text)) and verb.text not in _ADVERBS_IN_T
