"""Medicine and disease names in feedback (clean-text over-redaction; a pure function read by :mod:`clean_spans`).

Feedback asks for medicines by name and writes them capitalised (``no hay Ibuprofeno ni Amoxicilina``,
``manque de Paracétamol``, ``haina Panadol``): words no list knows, which the place rule for unseen words
and the NER read as towns or people. A generic name is recognisable by its International Nonproprietary
Name stem (WHO, *The use of stems in the selection of INNs*: ``-cillin`` penicillins, ``-profen``,
``-prazole``, ``-formin``, ``-mycin``, ``-cycline``, ``-oxacin``, ``-statin``, ``-olol``, ``-dipine``,
``-tidine``, ``-azepam``, ``-semide``, ``-oquine``, ``-conazole``; ``-tamol`` for paracetamol and
salbutamol), in the spellings of the served languages (``Amoxicilline``, ``Amoxicilina``, ``Ibuprofène``)
and with a Polish or Ukrainian case ending (``Paracetamolu``, ``Інсуліну``). A few essential medicines
and the most sold brands of painkillers and antibiotics (WHO Model List of Essential Medicines; brand
names from their makers' packaging) have no such stem and are listed (:data:`MEDICINES`), and so are the
diseases they treat (:data:`DISEASES`: ``Malária``, ``Sarampión``, ``Rujeolei``).

:func:`medicine_span`: a PERSON or LOCATION span whose words are medicine names, joined by a conjunction,
optionally after a sentence's first word that is no lexicon name (``Tulipewa Paracetamol``, we were given):
nobody is named ``Ibuprofeno``. A medicine beside a name stays in its span (``Amoxil Otieno`` is no list of
medicines). In Arabic, ordinary words joined to the medicine by ``و`` or ``ل`` continue the list
(``باراسيتامول وشراب للسعال``)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from shared_code.anonymization.arabic_places import ordinary_arabic
from shared_code.anonymization.lexicon import FIRST, LAST, get_lexicon, normalise
from shared_code.anonymization.span_types import Candidate, sentence_initial

_STEMS = regex.compile(
    r"(?:cil+in|profen|prazol|formin|tamol|mycin|micin|ciclin|cyclin|oxacin|statin|olol|dipin|tidin|azepam"
    r"|semid|oquin|conazol|aminofen|aminophen|metacin)"
    # the spellings' endings and the Polish and Ukrainian case endings
    r"(?:e|a|o|u|y|um|em|ei|ă|ы|у|а|ом)?$")
_MIN_LETTERS = 6
MEDICINES = frozenset(
    # essential medicines without a recognisable stem, in the served languages' spellings
    "insulin insuline insulina insulină insuliny insulinę insulinu aspirin aspirine aspirina aspiryna "
    "aspiryny dipirona dipyrone metamizol metamizole novalgin quinine quinina chinina kinin artemether "
    "coartem loratadine loratadina cetirizine cetirizina ors amoxil augmentin "
    # painkiller and antibiotic brands feedback names
    "panadol doliprane efferalgan dafalgan tylenol advil nurofen brufen tachipirina parol buscopan "
    "voltaren diclofenac diclofenaco diclofenak nimesulide nimesulida ben-u-ron apap ibuprom polopiryna gripex "
    "rutinoscorbin etopiryna "
    # Cyrillic spellings (Ukrainian) of the commonest, with their case endings
    "парацетамол парацетамолу ібупрофен ібупрофену інсулін інсуліну інсуліна аспірин аспірину "
    # Arabic spellings of the commonest (a clitic before them is read off: وأنسولين, and insulin)
    "باراسيتامول باراسيتمول بانادول بنادول ايبوبروفين إيبوبروفين بروفين أموكسيسيلين اموكسيسيلين أوغمنتين "
    "أنسولين انسولين إنسولين أسبرين اسبرين فولتارين ديكلوفيناك ميتفورمين سيتريزين".split())
"""Medicines without an INN stem :data:`_STEMS` recognises: essential medicines, painkiller brands."""
DISEASES = frozenset(
    # the diseases feedback from camps and clinics names (WHO fact sheets' names, in the served languages,
    # with the Romanian and Polish case forms after ``against``)
    "malaria malária paludisme paludismo cholera cólera choléra colera holera holery kipindupindu dengue "
    "tuberculosis tuberculose tuberculosi gruźlica gruźlicy tuberculoza tuberculozei measles "
    "sarampo sarampión rougeole morbillo rujeolă rujeola rujeolei surua typhoid tifoidea "
    "typhoïde tifoide tyfus ebola polio poliomyelitis diphtheria diphtérie difteria scabies "
    "scabbia świerzb râie".split())
"""Diseases, capitalised in feedback as the medicines against them are (``Malária``, ``împotriva
Rujeolei``)."""
_CONJUNCTIONS = frozenset("and or e et y i o ou ve na und en și sau ni nor wala и і та".split())
_CLITIC = regex.compile(r"[وفبل]\p{Arabic}")
_ARABIC = regex.compile(r"\p{Arabic}")


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 14)
def medicine(word: str) -> bool:
    """``word`` is a medicine's name (an INN stem with its ending, or one of :data:`MEDICINES`) or a
    disease's (:data:`DISEASES`)."""
    key = _fold(word)
    if _CLITIC.match(word) and word[1:] in MEDICINES:
        return True
    return word.casefold() in MEDICINES or key in MEDICINES or word.casefold() in DISEASES or _case_form(word.casefold()) \
        or len(key) >= _MIN_LETTERS and bool(_STEMS.search(key))


_CASE_ENDINGS = ("u", "em", "y", "ie", "ę")


def _case_form(key: str) -> bool:
    """A listed medicine with a Polish case ending (``Apapu``, ``Ibupromu``, ``Polopiryny``)."""
    return any(key.endswith(end) and key[: -len(end)] in MEDICINES for end in _CASE_ENDINGS if len(key) > len(end) + 3) \
        or key.endswith(("y", "ę", "ą")) and key[:-1] + "a" in MEDICINES  # Polopiryny, of Polopiryna


_WORD = regex.compile(r"[\p{L}\p{M}]+")


def medicine_span(text: str, span: Candidate) -> bool:
    """A PERSON or LOCATION of medicine names and conjunctions (module docstring)."""
    if span.entity_type not in ("PERSON", "LOCATION"):
        return False
    if text[span.start:span.end].casefold() in MEDICINES:
        return True  # a brand written with hyphens (``Ben-u-ron``)
    words = [m for m in _WORD.finditer(text, span.start, span.end) if m.group().casefold() not in _CONJUNCTIONS]
    if len(words) > 1 and not medicine(words[0].group()) and sentence_initial(text, words[0].start()) \
            and not get_lexicon().flags(normalise(words[0].group())) & (FIRST | LAST):
        words = words[1:]  # the sentence's first word, a verb (``Tulipewa Paracetamol``)
    if words and medicine(words[0].group()) and _ARABIC.match(words[0].group()):
        return all(medicine(m.group()) or _joined_word(m.group()) for m in words[1:])
    return bool(words) and all(medicine(m.group()) for m in words)


def _joined_word(word: str) -> bool:
    """An ordinary Arabic word with ``و`` or ``ل`` written on it after a medicine (``باراسيتامول وشراب للسعال``,
    paracetamol and a syrup for the cough): the list goes on, no family name."""
    return bool(_CLITIC.match(word)) and word[0] in "ول" and ordinary_arabic(normalise(word)) \
        and not get_lexicon().flags(normalise(word[1:])) & FIRST
