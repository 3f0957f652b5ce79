"""Names of people the writer asks help for: ``pls help, jemma hardy from the blue tent``, ``bitte helft
marek, sie schläft draußen``, ``lütfen ayşe kaya için yardım edin`` (read by the lexicon recogniser,
:mod:`names`, in lower case as in title case).

Chat-style requests name the person right after the plea, often in lower case, where no capital marks a
name. Between a help imperative of our Latin-script languages or Ukrainian (``help``, ``aidez``, ``ayuden
a``, ``ajudem a``, ``aiutate``, ``helft``, ``msaidieni``, ``допоможіть (будь ласка)``; Turkish ``lütfen …
için``, please … for) and a comma,
a full stop, the end of the text or a word that goes on about the person (``from``, ``de``, ``aus``,
``kutoka``, a Swahili verb agreeing with a person: ``hana``, has not; Turkish ``için``), one to three words are the person when the lexicon has evidence for it
(:func:`helped_names`): one word must be a given name that is no ordinary word of the text's routed or
apparent language, or a word no list knows (any given name or surname when a word about a person follows:
``she``, ``from``, ``who``); of two or three words, the first must be a given name or
unseen and the others surnames, given names or unseen (``özlem kurt``: a pair of names, ordinary words
or not, after a plea is a person, ``temiz su``, clean water, is not). A single word before a Swahili verb
agreeing with a person is the person, whatever the word (``msaidieni bahari, analala nje``: Swahili
given names are ordinary words), unless a noun of the person class (``mgonjwa``); so is a single lexicon
name, ordinary word or not, between Turkish ``lütfen`` and ``için`` (``lütfen sevda için yardım edin``:
what one asks help for there is a person or a plural, ``çocuklar``). Kinship words
(:data:`KIN`) are never the name.
"""

from __future__ import annotations

from typing import Callable

import regex

from shared_code.anonymization.kinship import KIN
from shared_code.anonymization.lexicon import FIRST, LAST
from shared_code.anonymization.lowercase_names import unseen_word
from shared_code.anonymization.name_words import APPARENT_WEAK, Word, adjacent
from shared_code.anonymization.particles import PARTICLE_SET

_PLEA = regex.compile(
    r"(?<!\w)(?i:(?:please|pls|plz)[ \t]+help|help(?:[ \t]+(?:aub|alstublieft|a\.u\.b\.))?|aidez|ayuden(?:[ \t]+a)?|"
    r"ayúdenle[ \t]+a|helfen(?:[ \t]+sie)?|ajudem(?:[ \t]+(?:a|o))?|aiutate|helft|helpt|msaidieni|msaidie|saidieni|lütfen|"
    r"допоможіть(?:[ \t]*,?[ \t]*будь[ \t]+ласка)?)"
    r"(?![\w'’-])[ \t]*,?[ \t]*")
_GOES_ON = regex.compile(
    r"[ \t]*(?:[,.;:!?]|$|[ \t](?i:from|who|in|at|de|qui|que|da|aus|die|der|uit|van|die|che|di|kutoka|ambaye|için)(?!\w)"
    r"|[ \t](?:a(?:li|na|me|ta|ka)\p{Ll}{2,}|ha(?:ja|ku|ta|na)\p{Ll}*)(?!\w))")
_NOUN_AFTER = regex.compile(r"(?i:please|pls|plz|help|ajudem)")
"""Pleas a noun without article may follow: English and Dutch (``help, water from the tap``), and
Portuguese ``ajudem a``, where ``a`` is the article (``ajudem a família``; Spanish ``ayuden a`` marks a
person)."""
_TURKISH_FOR = regex.compile(r"[ \t]+için(?!\w)")
_PERSON_NEXT = regex.compile(
    r"[ \t]*,?[ \t]*(?:(?i:she|he|elle|il|ella|él|sie|er|ze|hij|zij|ela|ele|lei|lui|yeye|вона|він)(?!\w)"
    r"|(?P<verb>a(?:li|na|me|ta|ka)\p{Ll}{2,}|ha(?:ja|ku|ta|na)\p{Ll}*))")
"""A third-person singular pronoun, or a Swahili verb agreeing with a person (``analala``, ``hana``):
what follows the name goes on about a person."""
_ABOUT_PERSON = regex.compile(r"[ \t]+(?i:from|who|ambaye|kutoka|qui|che|aus|uit)(?!\w)")
"""After a single word: where someone is from, or a relative clause (``pls help, blessing from the blue
tent``, ``help, hope who sleeps outside``): the word names a person, a given name that is an ordinary word
too (a noun there has no given name's entry: ``help, water from the tap``)."""
_CLASS_ONE = regex.compile(r"m(?:w|[^aeiouw])\p{Ll}+")
"""A Swahili noun of the person class (``mgonjwa``, ``mwanamke``, ``mkimbizi``: patient, woman, refugee)."""
_MAX_WORDS = 3
_MIN_LETTERS = 3


def helped_names(text: str, words: list[Word], stop: frozenset[str], own_weak: int,
                 own_bit: int) -> list[tuple[int, int]]:
    """Spans of the names right after a plea for help (see the module docstring). ``stop``: the routed
    language's stop words; ``own_weak``, ``own_bit``: its weak and common-word bits."""
    spans: list[tuple[int, int]] = []
    starts = {w.start: i for i, w in enumerate(words)}
    for plea in _PLEA.finditer(text):
        index = starts.get(plea.end())
        if index is None:
            continue
        turkish = plea.group().strip(" \t,").casefold() == "lütfen"
        name = _name_after(text, words, index, stop, _TURKISH_FOR if turkish else _GOES_ON)
        if not name:
            continue
        after = _PERSON_NEXT.match(text, name[-1].end)
        person = bool(after) or not _NOUN_AFTER.match(plea.group()) and text[name[-1].end : name[-1].end + 1] == "," \
            or len(name) == 1 and bool(_ABOUT_PERSON.match(text, name[-1].end))
        swahili = bool(after and after.group("verb")) and len(name) == 1 and not _CLASS_ONE.fullmatch(name[0].text)
        turkish_one = turkish and len(name) == 1 and bool(name[0].flags & (FIRST | LAST)) \
            and name[0].text[-3:].casefold() not in ("lar", "ler")  # lütfen sevda için: a noun there is a plural
        if swahili or turkish_one or _evidence(name, own_weak, lambda w: unseen_word(w, words, own_bit), person):
            spans.append((name[0].start, name[-1].end))
    return spans


def _name_after(text: str, words: list[Word], index: int, stop: frozenset[str], end: regex.Pattern[str]) -> list[Word]:
    """Up to three adjacent name-like words from ``words[index]`` (particles inside: ``bart de graaf``),
    cut back to the longest run that ``end`` follows."""
    name: list[Word] = []
    while index < len(words) and len(name) < _MAX_WORDS and (not name or adjacent(text, name[-1], words[index])) \
            and (_name_word(words[index], stop) or name and words[index].text in PARTICLE_SET):
        name.append(words[index])
        index += 1
    while name and (name[-1].text in PARTICLE_SET or not end.match(text, name[-1].end)):
        name.pop()
    return name


def _name_word(word: Word, stop: frozenset[str]) -> bool:
    folded = word.text.casefold()
    return (word.latin or word.cyrillic) and word.text.isalpha() and len(word.text) >= _MIN_LETTERS \
        and folded not in stop and folded not in KIN and not _GOES_ON.fullmatch(" " + word.text)


def _evidence(name: list[Word], own_weak: int, unseen: Callable[[Word], bool], person: bool) -> bool:
    """One word: a given name that is no ordinary word (any given name or surname when ``person``: before a
    word about a person, ``aidez isabelle, elle dort``, or bare before a comma where nouns take an article,
    ``ayuden a alma, duerme``, ``aiutate marchetti, dorme``), or an ``unseen`` word (no list knows it, and it is no inflected form of an
    ordinary word: :func:`lowercase_names.unseen_word`); more: given names, surnames, unseen words, particles
    and any word after a particle (``bart de graaf``), after a given name, an unseen word or, when
    ``person``, any word (``baraka otieno, hana``)."""
    first = name[0]
    if len(name) == 1:
        plain = person or not first.ordinary and not first.flags & (own_weak | APPARENT_WEAK)
        return bool(first.flags & (FIRST | LAST if person else FIRST)) and plain or unseen(first)
    return bool(person or first.flags & FIRST or unseen(first)) \
        and all(w.flags & (FIRST | LAST) or unseen(w) or w.text in PARTICLE_SET or before.text in PARTICLE_SET
                for before, w in zip(name, name[1:]))
