"""Lexicon PERSON spans that are inflected ordinary words (issue 12 over-redaction; pure functions).

The lexicon recogniser (:mod:`names`) reads two or three adjacent capitalised words that no list knows as
a name (``der Helfer Gundrun Zwirnhalter``), and an unknown word before a surname as its given name. The
frequency lists lack most inflected forms of Polish, Romanian and Turkish words, so title-cased noun
phrases of those languages look unknown too: ``Punkt Czerwonego Krzyża`` (the Red Cross point),
``Komitetului Femeilor`` (of the women's committee). :func:`inflected_phrase` tells them apart by the
base forms of :mod:`word_forms`, in the text's apparent language only.
"""

from __future__ import annotations

from shared_code.anonymization.spans import NAME_PART, PARTICLES, LanguageRules


def inflected_phrase(text: str, start: int, end: int, rules: LanguageRules) -> bool:
    """No word of ``text[start:end]`` (particles and stop words aside) is in the lexicon, each is an
    ordinary word of the text's apparent language, and at least one only as an inflected form
    (:attr:`LanguageRules.ordinary_form`): the evidence the name rules took for unknown names. A span
    with a lexicon name stays (``Güldünya Yaman``: ``güldün``, you laughed, is a Turkish word, and
    ``Yaman`` a surname)."""
    words = [w for w in NAME_PART.findall(text, start, end)
             if w.casefold() not in PARTICLES and w.casefold() not in rules.stop_words and w not in "-'’"]
    language = rules.apparent_language(text) if words and not any(map(rules.known_word, words)) else 0
    if not language:
        return False
    plain = [bool(rules.ordinary(word) & language) for word in words]
    return not all(plain) and all(known or rules.ordinary_form(word, language) for word, known in zip(words, plain))
