"""Streets that only their house number marks (issue 12): a name and a number, no street word.

Many addresses carry no street word: Polish forms and letters drop ``ul.`` (``Leśna 12``, ``Jana Pawła II
5``), Arabic streets are often a person's name (``عبد الله السالم 12``), and a street named after someone
is read as a PERSON (``Rua`` left out: ``Marquês de Pombal 14``). The name rules find the name; its number
reached the LLM. Here, on the final spans, a PERSON or LOCATION span becomes a LOCATION with the house
number right after it (:func:`house_numbers.number_after`, no comma between: ``Anna Nowak, 12`` is an age)
when the span follows a place preposition of any language or an address label (``przy``, ``na``, ``في``,
``إلى``, ``in``, ``Adres:``; in Arabic with up to two more words of the street's name between, which the
name rules left out) or, for a LOCATION, when the number ends the clause (``Adres Leśna 12.``).
Not a house number: a numbered room, counter or tent (``Sala 3``), a year (``Kraków 2019``), a number before a counted noun (``w Krakowie 3 lata``,
:data:`house_numbers.NOT_COUNT`, and people, children and families here).
"""

from __future__ import annotations

from dataclasses import replace

import regex

from shared_code.anonymization.cues import PLACE_PREPOSITIONS
from shared_code.anonymization.house_numbers import NOT_YEAR, number_after
from shared_code.anonymization.span_types import Candidate

_PREPOSITIONS = sorted({w for words in PLACE_PREPOSITIONS.values() for w in words} | {
    "przy", "na", "w", "we", "pod", "do", "od", "la", "pe", "în", "din", "lângă", "al", "em", "no", "nel",
    "nella", "sul", "sulla", "am", "an", "auf", "im", "op", "aan", "au", "en", "del", "ب", "عند", "بجانب", "قرب",
    "إلى", "الى", "على", "شارع"}, key=len, reverse=True)
_BEFORE = regex.compile(rf"(?:(?<![\p{{L}}\p{{M}}])(?i:{'|'.join(map(regex.escape, _PREPOSITIONS))})|:)[ \t]*$")
"""A place preposition or an address label's colon right before the name."""
_NEXT = regex.compile(rf"(?:[ \t]+[IVX]{{1,4}})?(?=[ \t]+{NOT_YEAR}\d)")
"""A number right after the name (no comma: an age), not a year; a Roman numeral between stays in the
street (``Jana Pawła II 14``)."""
_PEOPLE = regex.compile(r"[ \t]*(?i:lata|roku|miesiące|tygodnie|godziny|osób|osoby|osoba|dzieci|dzieckiem|rodzin\p{L}*|children|kids|people|families"
                        r"|enfants|personnes|familles|niños|niñas|familias|crianças|famílias|bambini|famiglie"
                        r"|kinder|familien|kinderen|gezinnen|copii|familii|watoto|familia|kişi|çocuk\p{L}*|aile\p{L}*"
                        r"|أطفال|اطفال|أشخاص|اشخاص|عائلات|أسر|أيام|ايام|أشهر|سنوات|سنة|شهر|ساعات|مرات|دقائق|дітей|людей)"
                        r"(?![\p{L}\p{M}])")
_UNITS = frozenset((
    "room counter table desk tent gate block line bus queue window hall sala sali salle salon fila balcão guichet "
    "ventanilla mesa puerta carpa módulo modulo sportello stanza tenda zimmer schalter zelt raum tisch halle loket "
    "kamer tafel pokój pokoju okienko namiot stół hala blok ghișeul ghiseul masa cort biroul oda çadır chumba hema "
    "dirisha الغرفة الخيمة الشباك المكتب الطاولة البوابة القاعة").split())
"""Numbered rooms, counters, tents and blocks of a site (``Sala 3``, ``Room 3``, ``Loket 5``): when a name rule
took the word, its number is still no house number."""
_ARABIC_LETTER = regex.compile(r"\p{Arabic}")
_ARABIC_REST = regex.compile(r"(?:[ \t]+\p{Arabic}+){1,2}(?=[ \t]+\d)")
"""One or two more Arabic words between a name and a house number (``في سالم بن حمدان الكعبي 7``): after a
place preposition, still the street's name."""
_ARABIC_STOP = frozenset("في من إلى الى على عن مع منذ بعد قبل عند حتى أمس اليوم غدا يوم رقم و أو ثم لكن".split())
_CLAUSE_END = regex.compile(r"[ \t]*(?:$|[.,;:!?)\n])")
_NAMES = ("PERSON", "LOCATION")
_REACH = 16


def numbered_names(text: str, spans: list[Candidate]) -> list[Candidate]:
    """``spans`` with each name that a house number marks as a street grown to a LOCATION with its number
    (module docstring); a number inside another span stays that span's."""
    found = list(spans)
    for i, span in enumerate(spans):
        value = text[span.start : span.end]
        if span.entity_type not in _NAMES or any(c.isdigit() for c in value) or value.casefold() in _UNITS:
            continue
        end = _house_number_end(text, span)
        if end is not None and not any(o.start < end and o.end > span.end for o in spans if o is not span):
            found[i] = replace(span, end=end, entity_type="LOCATION")
    return found


def _house_number_end(text: str, span: Candidate) -> int | None:
    rest = _ARABIC_REST.match(text, span.end) if _ARABIC_LETTER.match(text, span.end - 1) else None
    if rest and _BEFORE.search(text, max(0, span.start - _REACH), span.start) \
            and not any(w in _ARABIC_STOP for w in rest.group().split()):
        span = replace(span, end=rest.end())  # the name rules stopped inside the street's name
    numeral = _NEXT.match(text, span.end)
    if not numeral:
        return None
    end = number_after(text, numeral.end())
    if end is None or _PEOPLE.match(text, end):
        return None
    if _BEFORE.search(text, max(0, span.start - _REACH), span.start):
        return end
    return end if span.entity_type == "LOCATION" and _CLAUSE_END.match(text, end) else None
