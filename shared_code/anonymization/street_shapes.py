"""The shapes of Latin-script street names (issue 12: words of a street's name reached the LLM), used by
:mod:`location` after a street word and by :mod:`german_places` and :mod:`street_spans`.

- **a street name after a street word** (:data:`STREET_NAME`): one to six name words, each a capitalised
  word, a Roman numeral (``Dom Pedro IV``, ``Jana Pawła II``, ``Carol I``; the first one of two letters or
  more: ``Via XX Settembre``) or a title abbreviation before a word (``Rua Dr. António José de Almeida``,
  ``ul. Gen. Władysława Andersa``, ``ul. Św. Marcina``, ``Str. Dr. Iacob Felix``), joined by particles
  (``Calle Virgen de los Peligros``, ``Rua Visconde de Santarém``, ``Bulevardul Ștefan cel Mare``, ``Via
  Lorenzo il Magnifico``, ``rue de l'Église``, ``Via dell'Indipendenza``); or a date (``Calle 2 de Mayo``, ``Rua 25 de Abril``, ``ul. 3
  Maja``, ``Strada 13 Septembrie``, ``Bulevardul 1 Decembrie 1918``)
  and what follows it. The old shape took a particle only first and three words (``Calle Virgen``, and
  ``de los Peligros 8`` reached the LLM);
- **German streets without a street word before a house number** (:data:`GERMAN_STREET`): named by a
  capitalised preposition and article (``Am Markt 5``, ``An der Kirche 3``, ``Im Winkel 6``, ``Unter den
  Linden 7``, ``Vor dem Tor 2``, ``Zur Mühle 3a``), by an adjective before a street noun (``Alte Landstraße
  4``, ``Neue Straße 21``, ``Obere Dorfstraße 11``, ``kleine Bergstraße 4``), or a square or street noun
  with an article and a name (``Platz der Republik 1``). A number followed by a capitalised noun is a
  count (``Am Ende 2 Wochen``), a year is no house number (``Im Jahr 2015``); at a sentence start the
  number must end the phrase (``Im Zimmer 12 ist es kalt`` is a room: :func:`german_streets`).
"""

from __future__ import annotations

import regex

from shared_code.anonymization.house_numbers import NOT_YEAR
from shared_code.anonymization.particles import PLACE_PARTICLES
from shared_code.anonymization.person import NAME_WORD as _WORD
from shared_code.anonymization.span_types import sentence_initial

_MONTHS = (
    "Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Setiembre Octubre Noviembre Diciembre "
    "Janeiro Fevereiro Março Maio Junho Julho Setembro Outubro Novembro Dezembro "
    "Gennaio Febbraio Aprile Maggio Giugno Luglio Settembre Ottobre Dicembre "
    "Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre "
    "Ianuarie Februarie Martie Aprilie Iunie Iulie August Septembrie Octombrie Noiembrie Decembrie "
    "Stycznia Lutego Marca Kwietnia Maja Czerwca Lipca Sierpnia Września Października Listopada Grudnia "
    "Januar Februar März Juni Juli Oktober Dezember").split()
_PARTICLE = rf"(?:de la|de las|de los|{'|'.join(PLACE_PARTICLES)}|cel|lui|il)"
_JOIN = rf"(?:[ \t]+{_PARTICLE}(?:[ \t]+(?:la|las|los|le|les|el))?[ \t]+|[ \t]+(?:de[ \t]+l|dell|dall|d|l)['’]|[ \t]+)"
"""Between two name words: a space, particles (``de los``) or an elided article (``de l'Église``)."""
_ROMAN = r"[IVXL]{1,5}(?![\w'’-])"
_TITLE = r"(?:\p{Lu}\p{Ll}{0,3}\.[ \t]+)"
"""A title abbreviation (``Dr.``, ``Gen.``, ``Św.``, ``Prof.``, ``Sf.``) inside a street name."""
_DATE = rf"\d{{1,2}}[ \t]+(?:(?:de|di|do)[ \t]+)?(?:{'|'.join(sorted(set(_MONTHS), key=len, reverse=True))})(?![\w'’-])" \
    r"(?:[ \t]+1[89]\d\d(?!\d))?"
"""A date a street is named after, with its year (``1 Decembrie 1918``)."""
_FIRST = rf"(?:{_DATE}|{_TITLE}*{_WORD}|[IVXL]{{2,5}}(?![\w'’-]))"
_NO_MARK = r"(?!(?i:n[º°o]|nr|no)\.?[ \t]*:?[ \t]*\d)"
"""Not a house number's marker (``Calle Mayor No: 12``, ``No. 5``): the name ends before it."""
STREET_NAME = rf"(?:{_PARTICLE}[ \t]+|(?:de[ \t]+l|dell|dall|all|sull|nell|d|l)['’])?{_FIRST}(?:{_JOIN}{_NO_MARK}{_TITLE}*(?:{_WORD}|{_ROMAN})){{0,5}}"
"""The name after a street word (module docstring)."""

_DATE_HEAD = regex.compile(r"(?<![\w'’-])(?:\d{1,2}|[IVXL]{1,5})[ \t]+(?:(?:de|di|do)[ \t]+)?$")


def in_date(text: str, start: int, word_start: int) -> bool:
    """The word at ``word_start`` is the month of a date in a street name (``Calle 2 de Mayo``, ``Via XX
    Settembre``): the trimming of trailing ordinary words keeps it."""
    return bool(_DATE_HEAD.search(text, start, word_start))


_NOUN = r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*"
_ADJECTIVES = ("alt", "neu", "ober", "unter", "klein", "groß", "gross", "lang", "hoh", "breit", "hinter", "vorder",
               "mittler", "inner", "äußer", "nieder", "krumm", "schmal", "weiß", "rot", "grün", "kurz")
_STREET_NOUNS = ("Straße", "Strasse", "Str.", "Gasse", "Weg", "Allee", "Ring", "Markt", "Platz", "Damm", "Ufer", "Reihe",
                 "Steig", "Graben", "Chaussee")
_NOUN_ALTERNATIVES = "|".join(regex.escape(n) for n in _STREET_NOUNS)
_COMPOUND = rf"(?:{_NOUN}-)*\p{{Lu}}[\p{{Ll}}\p{{M}}]*(?:{_NOUN_ALTERNATIVES.lower()}|-(?:{_NOUN_ALTERNATIVES}))"
"""A compound ending in a street noun (``Landstraße``, ``Karl-Marx-Allee``)."""
_ADJECTIVE = rf"(?:{'|'.join(_ADJECTIVES)})(?:e|en|er|es)"
_CAPITALISED_ADJECTIVE = rf"(?:{'|'.join(a.capitalize() for a in _ADJECTIVES)})(?:e|en|er|es)"
_ARTICLE_PREPOSITIONS = ("Am", "Im", "Zum", "Zur", "Beim", "An der", "An den", "An dem", "Auf der", "Auf dem",
                         "Auf den", "In der", "In den", "Unter den", "Unter der", "Hinter der", "Hinter dem",
                         "Hinter den", "Vor dem", "Vor der", "Vor den", "Über der", "Zu den", "Bei der", "Auf der")
_GERMAN_NUMBER = rf"{NOT_YEAR}\d{{1,4}}(?:[a-zA-Z](?![\p{{L}}\d])|[ \t]?[-/][ \t]?\d{{1,4}}[a-zA-Z]?)?"
GERMAN_STREET = regex.compile(
    rf"(?<![\w'’ʼ-])(?P<name>(?:{'|'.join(sorted(_ARTICLE_PREPOSITIONS, key=len, reverse=True))})[ \t]+"
    rf"(?:(?i:{'|'.join(_ADJECTIVES)})(?:e|en|er|es)[ \t]+)?{_NOUN}(?:[ \t]+{_NOUN})?"
    rf"|(?i:{_ADJECTIVE})[ \t]+{_COMPOUND}|{_CAPITALISED_ADJECTIVE}[ \t]+(?:{_NOUN_ALTERNATIVES})"
    rf"|(?:Platz|Straße|Allee|Ring|Markt|Ufer|Park)[ \t]+(?:der|des|am|vom|zum|zur)[ \t]+{_NOUN}(?:[ \t]+{_NOUN})?)"
    rf"[ \t]+(?:Nr\.[ \t]*)?{_GERMAN_NUMBER}(?![\w'’-])")
_ENDS_PHRASE = regex.compile(r"[ \t]*(?:$|[,;.!?)\n]|in[ \t]+\p{Lu})")
_NOUN_AFTER = regex.compile(r"[ \t]+\p{Lu}\p{Ll}")


def german_streets(text: str) -> list[tuple[int, int]]:
    """The German streets of :data:`GERMAN_STREET` in ``text`` with their house numbers: not before a
    capitalised noun (a count: ``Am Ende 2 Wochen``), and at a sentence start only when the number ends the
    phrase (``Im Zimmer 12 ist es kalt``)."""
    found = []
    for match in GERMAN_STREET.finditer(text):
        if _NOUN_AFTER.match(text, match.end()):
            continue
        if sentence_initial(text, match.start()) and not _ENDS_PHRASE.match(text, match.end()):
            continue
        found.append(match.span())
    return found

