"""Ukrainian grammar that tells a common-noun phrase from a place name after a preposition or in a PERSON
span (general facts of Ukrainian morphology, no word lists):

- ``з``/``із``/``зі`` with the instrumental case means "with" (``приїхали з Водою, Милом і Ковдрами``);
  coming *from* a place takes the genitive (``з Харкова``, ``із Запоріжжя``);
- a place name is capitalised in all its words (``у Кривому Розі``, ``з Білої Церкви``): a capitalised
  adjective followed by a lower-case noun in the same case is an adjective and its noun (``з
  Фельдшерського пункту``, ``до Гуманітарного центру``, ``Громадська кухня``).

Gazetteer places (their own form, or an adjective's nominative: ``у Вишневому`` → ``Вишневе``) stay places.
"""

from __future__ import annotations

import regex

from shared_code.anonymization.lexicon import PLACE, get_lexicon, normalise

WITH_PREPOSITIONS = frozenset({"з", "із", "зі"})
_INSTRUMENTAL = regex.compile(r"\p{Lu}\p{Cyrillic}+(?:ою|ею|єю|ом|ем|єм|ям|ами|ями|ми|им|ими)")
"""A capitalised word in an instrumental ending: noun singular ``-ою/-ею/-єю`` (feminine), ``-ом/-ем/-єм/-ям``
(masculine, neuter), plural ``-ами/-ями/-ми``, adjective ``-им/-ими``."""
_AGREEMENT: tuple[tuple[str, tuple[str, ...]], ...] = (
    # (adjective ending, endings of a noun in the same case), longest first
    ("ього", ("а", "я", "у", "ю")), ("ого", ("а", "я", "у", "ю")),            # genitive m./n. singular
    ("ьому", ("і", "ї", "у", "ю")), ("ому", ("і", "ї", "у", "ю")), ("ім", ("і", "ї", "у", "ю")),  # dative/locative
    ("ьої", ("и", "і", "ї")), ("ої", ("и", "і", "ї")),                        # genitive f. singular
    ("ій", ("і", "ї")),                                                        # dative/locative f. singular
    ("их", ("ів", "їв", "ах", "ях", "ей")), ("іх", ("ів", "їв", "ах", "ях", "ей")),  # genitive/locative plural
)
_NOMINATIVE_AGREEMENT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ська", ("а", "я")), ("цька", ("а", "я")), ("зька", ("а", "я")),        # feminine nominative
    ("ське", ("о", "е", "я")), ("цьке", ("о", "е", "я")), ("зьке", ("о", "е", "я")),  # neuter nominative
)
"""Surname-shaped adjective endings (``Міська``, ``Громадська``) and their nouns' nominative endings; a
past-tense verb after a surname (``Ковальська сказала``) ends in ``-ла``/``-ло`` and is excluded."""
_NOMINATIVES = ("ий", "ій", "е", "є", "а", "я", "")
_LOWER_WORD = regex.compile(r"[ \t]+(\p{Ll}[\p{Cyrillic}ʼ'’-]+)")
_CAPITALISED_CYRILLIC = regex.compile(r"\p{Lu}\p{Cyrillic}+")


def _adjective_stem(word: str, table: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[str, tuple[str, ...]] | None:
    key = word.casefold()
    for ending, nouns in table:
        if key.endswith(ending) and len(key) >= len(ending) + 2:
            return key[: len(key) - len(ending)], nouns
    return None


def _gazetteer(word: str, stem: str = "") -> bool:
    """``word``, or an adjective's nominative from ``stem``, is a gazetteer place."""
    lexicon = get_lexicon()
    keys = [normalise(word), *(normalise(stem + e) for e in _NOMINATIVES if stem)]
    return any(lexicon.place_flags(k) & PLACE for k in keys)


def _agrees(text: str, end: int, stem_nouns: tuple[str, tuple[str, ...]] | None, word: str) -> bool:
    """A lower-case noun with an agreeing case ending follows at ``end``, and ``word`` is no place."""
    after = _LOWER_WORD.match(text, end)
    if not stem_nouns or not after:
        return False
    noun = after.group(1).casefold()
    if noun.endswith(("ла", "ло")):
        return False
    return noun.endswith(stem_nouns[1]) and not _gazetteer(word, stem_nouns[0])


def common_phrase(text: str, preposition: str, words: list[tuple[int, int]]) -> bool:
    """The capitalised words ``words`` after the Ukrainian ``preposition`` are a common-noun phrase, not a
    place: an instrumental after ``з``/``із``/``зі``, or a last word that is an adjective agreeing with the
    lower-case noun after it."""
    first, last = text[slice(*words[0])], text[slice(*words[-1])]
    if preposition.casefold() in WITH_PREPOSITIONS and _INSTRUMENTAL.fullmatch(first) and not _gazetteer(first):
        return True
    return last[:1].isupper() and _agrees(text, words[-1][1], _adjective_stem(last, _AGREEMENT), last)


def adjective_and_noun(text: str, start: int, end: int, entity_type: str, rules: object = None) -> bool:
    """A PERSON of one word, a capitalised surname-shaped adjective (``Громадська``, ``Міське``) followed by a
    lower-case noun in the same nominative (``кухня``, ``управління``): an adjective and its noun."""
    word = text[start:end]
    return entity_type == "PERSON" and bool(_CAPITALISED_CYRILLIC.fullmatch(word)) \
        and _agrees(text, end, _adjective_stem(word, _NOMINATIVE_AGREEMENT), word)
