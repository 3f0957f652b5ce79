"""PERSON spans made of ordinary words that look like names (clean-text over-redaction; pure functions, read
by :mod:`clean_spans` on the resolved spans).

- :func:`of_joined_words`: capitalised ordinary words of the text's apparent language joined by lower-case
  ``of`` words and articles (``Pilar de la Familia``, ``Rosario de la Virgen``), in
  a Romance language, at a sentence start or after a capitalised word or an article (a title's place).
  Each capitalised word is a lexicon name the lexicon marks an ordinary word of that language, or a word
  it does not know that is an ordinary word there (plain, plural or inflected), and the last is no popular
  surname (``Pilar de Arboleda`` stays). After a lower-case verb or preposition a name is expected and
  ``María del Carmen`` keeps its span (``hablé con María de los Ángeles``).
- :func:`institution_span`: a PERSON span holding an institution noun (:data:`INSTITUTIONS`: church,
  mosque, school, clinic, food-bank words in the served languages) that is no popular surname (``Grace
  Church``), or right after a capitalised one (``Colegio [Reyes Católicos]``, ``Comedor [San José]``): nobody's
  name holds the word for school, and a school named after someone names no one of the feedback (``la
  escuela de Juan Pérez``, the noun in lower case, stays; so does a span whose noun follows a lower-case
  ``de``: ``Anselmo Quiroga de la Parroquia``, a person of the parish).
- :func:`of_word_place`: a one-word LOCATION right after a capitalised given name and ``de`` (``Amparo de
  [Oficio]``, ``Socorro de [Emergencia]``, ``Pilar de [Hormigón]``), in a Romance language, that is an
  ordinary word of the text's apparent language and that no gazetteer holds as a town, village or region:
  what the thing is made of or for. ``Hospital de Palmas``, ``Viemos do Minho`` stay (a town; a region).
"""

from __future__ import annotations

import regex

from shared_code.anonymization.lexicon import (FIRST, LANGUAGES, LAST, LAST_POPULAR, MINOR_PLACE, PLACE, get_lexicon,
                                               normalise, weak_bit)
from shared_code.anonymization.regions import fold, get_regions
from shared_code.anonymization.spans import LanguageRules
from shared_code.anonymization.common_words import COMMON_LANGUAGES, language_bit, plural_noun

_ROMANCE = sum(language_bit(code) for code in ("es", "pt", "fr", "it", "ro"))
_CONNECTORS = frozenset("de del da do das dos di du des della delle dei degli la las los le les el lo".split())
"""Lower-case ``of`` words and articles that join the words of a ``Name de Name`` span."""
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*")
_PREVIOUS = regex.compile(r"(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]*)[ \t]+$")
_HEAD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]*)[ \t]+(?:(?:de|del|da|do|di|du|of|ya|la)[ \t]+)?$")
"""The word right before a span, an ``of`` word between (``Colegio [Reyes Católicos]``, ``Igreja de [São José]``)."""

INSTITUTIONS = frozenset(
    # es, pt, fr, it, ro
    "iglesia parroquia capilla catedral santuario colegio escuela comedor hogar clínica hospital fundación "
    "igreja paróquia capela catedral santuário colégio escola refeitório clínica fundação "
    "église paroisse chapelle cathédrale école clinique hôpital fondation "
    "chiesa parrocchia cappella cattedrale santuario scuola mensa clinica ospedale fondazione "
    "biserica parohia catedrala școala școală spitalul clinica fundația "
    # en, de, nl, pl
    "church chapel cathedral mosque school clinic hospital pantry foundation "
    "kirche kapelle moschee schule klinik krankenhaus stiftung "
    "kerk kapel moskee school kliniek ziekenhuis stichting voedselbank "
    "kościół kaplica meczet szkoła przychodnia szpital fundacja parafia "
    # sw, tr
    "kanisa msikiti shule zahanati hospitali kliniki "
    "kilise cami camii okul okulu hastane hastanesi vakıf vakfı derneği".split())
"""Words for places of worship, schools, clinics, kitchens and foundations: part of an institution's name
(``Colegio Reyes Católicos``, ``Grace Church``), never of a person's."""


def of_joined_words(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """Capitalised ordinary words joined by lower-case ``of`` words or articles (module docstring)."""
    if entity_type != "PERSON":
        return False
    words = _WORD.findall(text, start, end)
    if len(words) < 3 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    lower = [w for w in words if not w[:1].isupper()]
    if not lower or any(w not in _CONNECTORS for w in lower):
        return False
    before = _PREVIOUS.search(text, max(0, start - 30), start)
    if before and before.group(1).casefold() not in _CONNECTORS and before.group(1)[:1].islower():
        return False  # after a verb or preposition a name is expected (hablé con María del Carmen)
    language = rules.apparent_language(text)
    if language <= 0 or not language & _ROMANCE:
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    return not get_lexicon().flags(normalise(capitalised[-1])) & LAST_POPULAR \
        and all(_ordinary_word(w, rules, language) for w in capitalised)


def _ordinary_word(word: str, rules: LanguageRules, language: int) -> bool:
    """``word`` is an ordinary word of ``language`` (a bit): a lexicon name or town marked so, or a word the
    lexicon does not know that is one (plain, inflected, plural)."""
    if word.isupper():
        return False
    flags = get_lexicon().flags(normalise(word))
    if flags & (FIRST | LAST):
        code = COMMON_LANGUAGES[language.bit_length() - 1] if language & (language - 1) == 0 else ""
        return code in LANGUAGES and bool(flags & weak_bit(code))
    if flags & PLACE:
        return False
    return bool((rules.ordinary(word) | rules.ordinary_form(word, language)) & language) \
        or plural_noun(word, rules.ordinary, language)


def institution_span(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A PERSON span holding an institution noun that is no popular surname, or right after a capitalised
    one (module docstring)."""
    if entity_type != "PERSON":
        return False
    lexicon = get_lexicon()

    def institution(word: str) -> bool:
        return word.casefold() in INSTITUTIONS and not lexicon.flags(normalise(word)) & LAST_POPULAR

    head = _HEAD_BEFORE.search(text, max(0, start - 30), start)
    if head and head.group(1)[:1].isupper() and institution(head.group(1)):
        return True
    words = _WORD.findall(text, start, end)
    for index, word in enumerate(words):
        if institution(word):
            before = words[:index]  # a name, then ``de``: Anselmo Quiroga de la Parroquia (not del Hospital)
            return not (before and before[0][:1].isupper() and any(w[:1].islower() for w in before))
    return False


_CAPITAL_OF = regex.compile(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]+)[ \t]+(?:de|da|do|del|di|du)[ \t]+$")


def of_word_place(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A one-word LOCATION, an ordinary word no gazetteer holds, after a capitalised given name and ``de``
    (module docstring)."""
    word = text[start:end]
    if entity_type != "LOCATION" or not _WORD.fullmatch(word) or not word[:1].isupper() or word.isupper():
        return False
    before = _CAPITAL_OF.search(text, max(0, start - 40), start)
    if not before or not get_lexicon().flags(normalise(before.group(1))) & FIRST:
        return False  # Viemos do Minho: a verb, not a given name that is a word
    language = rules.apparent_language(text)
    if language <= 0 or not language & _ROMANCE:
        return False
    key = normalise(word)
    if get_lexicon().place_flags(key) & (PLACE | MINOR_PLACE) or fold(key) in get_regions():
        return False
    return bool((rules.ordinary(word) | rules.ordinary_form(word, language)) & language) \
        or plural_noun(word, rules.ordinary, language)
