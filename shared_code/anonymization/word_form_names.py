"""Lexicon PERSON spans that are inflected ordinary words (issue 12 over-redaction; pure functions).

The lexicon recogniser (:mod:`names`) reads two or three adjacent capitalised words that no list knows as
a name (``der Helfer Gundrun Zwirnhalter``), and an unknown word before a surname as its given name. The
frequency lists lack most inflected forms of Polish, Romanian and Turkish words, so title-cased noun
phrases of those languages look unknown too: ``Punkt Czerwonego Krzyża`` (the Red Cross point),
``Komitetului Femeilor`` (of the women's committee). :func:`inflected_phrase` tells them apart by the
base forms of :mod:`word_forms`, in the text's apparent language only.
"""

from __future__ import annotations

from functools import lru_cache

from shared_code.anonymization.common_words import COMMON_LANGUAGES
from shared_code.anonymization.person import stop_words
from shared_code.anonymization.spans import PARTICLES, LanguageRules
from shared_code.anonymization.span_types import content_words, span_words


def inflected_phrase(text: str, start: int, end: int, rules: LanguageRules) -> bool:
    """No word of ``text[start:end]`` (particles and stop words aside) is in the lexicon, each is an
    ordinary word of the text's apparent language, and at least one only as an inflected form
    (:attr:`LanguageRules.ordinary_form`): the evidence the name rules took for unknown names. A span
    with a lexicon name stays (``Güldünya Yaman``: ``güldün``, you laughed, is a Turkish word, and
    ``Yaman`` a surname)."""
    words = [w for w in content_words(text, start, end) if w.casefold() not in rules.stop_words]
    language = rules.apparent_language(text) if words and not any(map(rules.known_word, words)) else 0
    if not language:
        return False
    plain = [bool(rules.ordinary(word) & language) for word in words]
    return not all(plain) and all(known or rules.ordinary_form(word, language) for word, known in zip(words, plain))


def function_words_inside(text: str, start: int, end: int, rules: LanguageRules) -> bool:
    """Two or more capitalised words inside ``text[start:end]`` are function words (stop words other than
    name particles: ``nu``, not; ``au``, have; ``mai``, more) of the text's apparent language: a clause, not a name
    (``AJUTOARELE PROMISE NU AU MAI VENIT``, a shouted Romanian line routed to English, whose words the
    lexicon holds as rare names), or more than half its words are (``NU AU FOST``). Only capitalised ones
    count, and at the span's ends only in that second case: an NER span is trimmed later (``a Marta y a``,
    ``THANK YOU JEBET ETYANG FOR``)."""
    language = rules.apparent_language(text)
    stops = _function_words(language)
    words = span_words(text, start, end)
    marks = [w[:1].isupper() and w.casefold() in stops for w in words]
    inner = marks[marks.index(False):len(marks) - marks[::-1].index(False)] if False in marks else []
    return sum(inner) >= 2 or 2 * sum(marks) > len(marks) >= 2 \
        or sum(inner) == 1 and all(mark or _ordinary(word, rules, language) for word, mark in zip(words, marks))


def _ordinary(word: str, rules: LanguageRules, language: int) -> bool:
    """``word`` is an ordinary word of the language of bit ``language``: plainly, as an inflected form, or as a
    name the lexicon marks ordinary there."""
    return bool((rules.ordinary(word) | rules.ordinary_form(word, language) | rules.weak_name(word, language))
                & language)


@lru_cache(maxsize=None)
def _function_words(language: int) -> frozenset[str]:
    """The stop words of the language of bit ``language`` (:data:`common_words.COMMON_LANGUAGES`), name
    particles (``de``, ``la``, ``van``) aside."""
    if language <= 0 or language & (language - 1):
        return frozenset()
    code = COMMON_LANGUAGES[language.bit_length() - 1]
    return (stop_words(code) | _SWAHILI.get(code, frozenset())) - PARTICLES


_SWAHILI = {"sw": frozenset(
    "na wa ya za cha vya kwa katika kwenye ni si au lakini tangu bila hadi mpaka kila hii huu hiki hicho hiyo "
    "yake wala pia sana tu hakuna".split())}
"""Swahili function words (connectives, conjunctions, prepositions): spaCy has no Swahili stop-word list."""
