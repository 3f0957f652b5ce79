"""House numbers of a street span, as addresses write them (issue 12: a street's number reached the LLM).

A street span takes the house number after it (``Calle Mayor 12``, ``Calle de Alcalá, 45``, ``C/ Mayor nº
5``, ``Rua Augusta, n.º 120``, ``Via Roma n. 12``, ``Hauptstraße Nr. 5a``, ``ul. Długa 12/4``, ``Strada
Lipscani nr. 12``, ``Calle Mayor No: 12``, ``Atatürk Caddesi No: 23``, ``Calea Victoriei 20-22``, ``Rua Conde de Redondo 91-A``, ``Via Gramsci 5/B``, ``Calle Real
3 bis``, ``calle Mayor número 19``, ``Via Doria civico 5``) with the floor, door and flat after it (``12, 3º
B``, ``100 m. 4``, ``nr. 14, bl. B2, sc. 1, ap. 3``, Turkish ``No:5 Daire 3``, ``No 88 Kat 2``) or, failing that, the number before it (``12, rue de la
Paix``, ``3 bis, boulevard Saint-Michel``, ``No. 4 Mombasa Road``, ``221B Baker Street``). A number after
the street that is a postcode before a town (``allée des Tilleuls, 69003 Lyon``) is no house number: the
number before the street is tried then, unless a capitalised word inside a sentence precedes it
(``Cerrada Hidalgo 14, colonia Centro``: the number is the first street's). A number before a counted
noun is a count (``en la Plaza Mayor 3 horas``). Used by :mod:`location` for the streets its cues find
and by :mod:`street_spans` for streets any other layer found.
"""

from __future__ import annotations

import regex

from shared_code.anonymization.span_types import sentence_initial

_DIGITS = r"\d{1,5}"
_SUFFIX = r"(?:[ \t-]?(?:bis|ter|quater)(?!\p{L})|-?[a-zA-Z](?![\p{L}\d]))?"
_RANGE = r"(?:[ \t]?[-/][ \t]?(?:\d{1,5}[a-zA-Z]?|[a-zA-Z])(?![\p{L}\d])){0,2}"
_UNIT_WORDS = (r"piso", r"planta", r"puerta", r"pta\.", r"apt\.?", r"apto\.?", r"apartamento", r"dpto\.?", r"depto\.?",
               r"esc\.", r"escalera", r"bl\.", r"bloc", r"sc\.", r"scara", r"et\.", r"etaj", r"ap\.", r"int\.",
               r"interno", r"scala", r"andar", r"m\.?", r"lok\.", r"whg\.", r"wohnung", r"flat", r"app\.", r"bte",
               r"daire", r"kat", r"blok")
_FLAT = (rf"(?:[ \t]*,?[ \t]*(?:(?i:{'|'.join(_UNIT_WORDS)})[ \t]*(?:[A-Z]?\d{{1,4}}[a-zA-Z]?|[A-Z])"
         r"|\d{1,2}[ \t]?\.?[º°ª]\.?(?:[ \t]?[A-H](?![\p{L}\d]))?)(?![\p{L}\d])){0,4}")
"""Floor, door, block and flat after the house number (Spanish ``3º B``, ``Piso 3``, ``Puerta 2``, Portuguese
``4.º``, Polish ``m. 4``, ``lok. 2``, Romanian ``bl. A2, sc. 1, ap. 12``, Italian ``int. 5``): part of the
address; alone they are rooms and doors (``Sala 3``, ``Puerta 2`` stay)."""
NOT_YEAR = r"(?!(?:19|20)\d\d(?!\d))"
"""Before a number: not a year of the 1900s or 2000s (``Bulevardul 1 Decembrie 1918``, ``nel 2019``)."""
NUMBER = rf"{_DIGITS}{_SUFFIX}{_RANGE}"
"""One house number: ``12``, ``12a``, ``91-A``, ``3 bis``, ``3-bis``, ``20-22``, ``12/4``, ``5/B``, ``45/3/12``."""
_MARK = r"(?i:n\.?[º°o]\.?|n\.|no\.?|nr\.?|núm\.?|num\.?|número|numero|numer|civico|номер|буд\.?|д\.|رقم)(?:[ \t]*:)?"
_POSTCODE_TOWN = regex.compile(r"[ \t]*,?[ \t]*(?:\d{4,5}|\d{2}-\d{3}|\d{4}-\d{3})[ \t]+\p{Lu}")
_COUNTED = (
    "horas hora días día dias dia semanas meses años anos veces vezes personas pessoas minutos ore giorni volte "
    "persone settimane mesi anni hours hour days weeks months years times people minutes stunden tage wochen "
    "monate jahre personen minuten mal uur dagen weken maanden jaar keer mensen heures jours semaines mois ans "
    "fois personnes godzin godziny dni tygodni miesięcy lat razy osób zile săptămâni luni ani ori persoane").split()
NOT_COUNT = rf"(?![ \t]+(?i:{'|'.join(_COUNTED)})(?!\p{{L}}))"
"""A number before a counted noun is no house number (``en la Plaza Mayor 3 horas``)."""
_AFTER = regex.compile(rf"[ \t]*,?[ \t]*(?:{_MARK}[ \t]*)?{NUMBER}{_FLAT}(?![\d\p{{L}}]){NOT_COUNT}")
_BEFORE = regex.compile(rf"(?<![\d\w.,:/+-])(?:{_MARK}[ \t]*)?{NUMBER},?[ \t]+$")
_WORD_BEFORE = regex.compile(r"(?<![\w'’-])\p{Lu}[\p{L}\p{M}'’-]*[ \t]+$")
"""A capitalised word before a number: the number ends that street (``Cerrada Hidalgo 14, colonia Centro``)."""
_REACH = 24


def number_after(text: str, end: int) -> int | None:
    """Where the house number right after ``end`` ends (None: no house number there)."""
    if _POSTCODE_TOWN.match(text, end):
        return None
    match = _AFTER.match(text, end)
    return match.end() if match else None


def number_before(text: str, start: int) -> int | None:
    """Where the house number right before ``start`` begins (None: none there)."""
    match = _BEFORE.search(text, max(0, start - _REACH), start)
    if not match:
        return None
    word = _WORD_BEFORE.search(text, max(0, match.start() - _REACH), match.start())
    return None if word and not sentence_initial(text, word.start()) else match.start()


def with_house_number(text: str, start: int, end: int) -> tuple[int, int]:
    """The street span with its house number after it or, failing that, before it."""
    after = number_after(text, end)
    if after is not None:
        return start, after
    before = number_before(text, start)
    return (before if before is not None else start), end
