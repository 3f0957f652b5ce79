"""Season's greetings (issue 12 over-redaction; pure functions): ``Feliz Natal``, ``Buon Natale e Felice
Anno Nuovo``, ``Crăciun Fericit``, ``Mutlu Yıllar``, ``Krismasi Njema``, ``La Mulți Ani``.

Feedback ends with wishes for a feast, written title-case: a wish word (good, happy, merry, blessed)
before or after the feast's name. The name rules read the pair as a given name and a surname (``Buon
Natale``, ``Mutlu Yıllar``: ``Natale`` and ``Mutlu`` are names too) and the NER as a person or a place.
:func:`greeting_ranges` finds the wish word and the feast (one word, and a second one when it is no name:
``Año Nuevo``, not ``Natale Marco``); :func:`without_greetings` cuts PERSON and LOCATION spans around
them (``Feliz Natal, Joana Mendes`` keeps ``Joana Mendes``). A pair that is a gazetteer place stays
(``Boa Vista``, ``Bom Jesus``), and so does a pair of two lexicon names (``Mutlu Yılmaz``: ``Mutlu`` is a
Turkish given name).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

import regex

from shared_code.anonymization.lexicon import PLACE, get_lexicon, normalise
from shared_code.anonymization.span_types import Candidate
from shared_code.anonymization.thanks import thanking_phrases

_BEFORE = (  # the wish word before the feast, by language: es pt it fr tr pl sw
    "feliz|felices|próspero|próspera|prósperos|buen|boas|boa|bom|buon|buona|buone|felice|felici|joyeux|joyeuse|"
    "joyeuses|bonne|bonnes|mutlu|iyi|i̇yi|hayırlı|hayirli|wesołych|wesołego|szczęśliwego|szczęśliwych|heri ya")
_AFTER = "fericit|fericite|njema|mubarak|kutlu olsun|mübarek olsun|mubarek olsun"  # ro sw ar tr, after it
_FIXED = "la mulți ani|la multi ani|eid mubarak|idd mubarak"
_CAP = r"\p{Lu}[\p{Ll}\p{M}'’-]+"
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]*")
_TRIMMED = regex.compile(r"\p{Lu}[\s\S]*[\p{L}\p{M}]")
_GREETING = regex.compile(
    rf"(?<![\w'’-])(?:(?P<fixed>(?i:{_FIXED}))|(?P<wish>(?i:{_BEFORE}))[ \t]+(?P<feast>{_CAP})(?:[ \t]+(?P<more>{_CAP}))?"
    rf"|(?P<feast>{_CAP})[ \t]+(?P<wish>(?i:{_AFTER})))(?![\w'’-])")


def greeting_ranges(text: str, name: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The character ranges of the greetings in ``text`` (module docstring); ``name`` tells a word the
    lexicon holds as a name that is no ordinary word of the language (no second feast word)."""
    found = []
    lexicon = get_lexicon()
    for match in _GREETING.finditer(text):
        if match.group("fixed"):
            found.append(match.span())
            continue
        if not match.group("wish")[:1].isupper():
            continue  # a wish word in running text (``una feliz idea``) is no title-case greeting
        words = [match.group("wish"), match.group("feast")] if match.start("wish") < match.start("feast") \
            else [match.group("feast"), match.group("wish")]
        if lexicon.place_flags("_".join(normalise(w) for w in words)) & PLACE or all(map(name, words)):
            continue  # Boa Vista, Bom Jesus; Mutlu Yılmaz (a given name and a surname)
        end = match.end("more") if match.group("more") and not name(match.group("more")) else \
            max(match.end("wish"), match.end("feast"))
        found.append((min(match.start("wish"), match.start("feast")), end))
    return found


def without_greetings(text: str, spans: list[Candidate], name: Callable[[str], bool]) -> list[Candidate]:
    """``spans`` with PERSON and LOCATION spans cut around greetings and thanking phrases (an NER span
    ``Mulțumim UNICEF``: thanks, UNICEF), pieces as :func:`_kept` says."""
    ranges = greeting_ranges(text, name) + list(thanking_phrases(text))
    if not ranges:
        return spans
    out = []
    for span in spans:
        pieces = [(span.start, span.end)]
        if span.entity_type in ("PERSON", "LOCATION"):
            for start, end in ranges:
                pieces = [p for a, b in pieces for p in ((a, min(b, start)), (max(a, end), b)) if p[0] < p[1]] \
                    if start < span.end and span.start < end else pieces
        if pieces != [(span.start, span.end)]:
            pieces = [p for p in map(lambda p: _strip(text, *p), pieces) if _kept(text, *p, span.entity_type, name)]
        out.extend(replace(span, start=a, end=b) for a, b in pieces)
    return out


def _kept(text: str, start: int, end: int, entity_type: str, name: Callable[[str], bool]) -> bool:
    """A piece left of a cut span stays when it has a capitalised word and, for a person (the rules read
    the greeting as part of the name), a lexicon name (``Joana Mendes``; not ``Hepinize``, to you all)."""
    words = _CAPITALISED.findall(text, start, end)
    return bool(words) and (entity_type != "PERSON" or any(map(name, words)))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The piece without the spaces, punctuation and lower-case joining words at its ends (``e``, ``și``)."""
    match = _TRIMMED.search(text[start:end])
    return (start + match.start(), start + match.end()) if match else (start, start)
