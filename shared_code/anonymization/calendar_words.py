"""Calendar words of the languages routed to a neighbour's rules (issue 12 over-redaction): Turkish,
Swahili, Polish and Romanian texts take English rules, whose calendar words (:mod:`cues`,
``NON_NAME_WORDS``) do not hold ``Cuma`` (Friday), ``Alhamisi`` (Thursday), ``Wtorek`` or ``Joi``; capitalised
inside a sentence they were read as a name or a place (``Nakit Kartları Cuma gününden beri bloke``,
``a venit Joi``). A one-word PERSON or LOCATION span that is a day or a month of the text's apparent
language is dropped (:func:`calendar_word`); ``Cuma`` and ``Nisan`` are Turkish given names too, which a
longer span (``Nisan Yılmaz``) keeps."""

from __future__ import annotations

from shared_code.anonymization.common_words import COMMON_LANGUAGES

_CALENDAR: dict[str, frozenset[str]] = {
    "tr": frozenset("pazartesi salı çarşamba perşembe cuma cumartesi pazar ocak şubat mart nisan mayıs haziran "
                    "temmuz ağustos eylül ekim kasım aralık".split()),
    "sw": frozenset("jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili januari februari machi aprili mei "
                    "juni julai agosti septemba oktoba novemba desemba".split()),
    "pl": frozenset("poniedziałek wtorek środa środę czwartek piątek sobota sobotę niedziela niedzielę styczeń "
                    "stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca lipiec lipca "
                    "sierpień sierpnia wrzesień września październik października listopad listopada grudzień "
                    "grudnia".split()),
    "ro": frozenset("luni marți marţi miercuri joi vineri sâmbătă duminică ianuarie februarie martie aprilie mai "
                    "iunie iulie august septembrie octombrie noiembrie decembrie".split()),
}
_BY_BIT = {1 << COMMON_LANGUAGES.index(code): words for code, words in _CALENDAR.items()}


def calendar_word(word: str, language: int) -> bool:
    """``word`` is a day or a month of the language of bit ``language`` (one of tr sw pl ro)."""
    return word.casefold() in _BY_BIT.get(language, ())
