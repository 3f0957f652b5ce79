"""A trade noun and its ``of`` phrase read as a place (clean-text over-redaction; a pure function read by
:mod:`clean_spans` on the resolved spans).

Trade nouns are surnames in many languages (``Boulanger``, ``Marchand``, ``Fabbro``, ``Baker``), so
:func:`generic_spans.ordinary_of_place`, which drops a facility or role noun joined by ``of`` to ordinary
words, leaves them, and the NER reads ``Le Boulanger du Quartier``, ``Le Marchand de Légumes`` as places.
:func:`trade_of_place` drops a LOCATION that is a trade noun of :data:`TRADES` (a shopkeeper or craftsman,
general vocabulary of the served Latin-script languages), an ``of`` word and ordinary words of the text's
apparent language, no town, village or region as a whole or among the words after the ``of``: the person
who serves the place, no place (``Fontaine de Vaucluse``, ``Port de Paix`` are no trades and stay; ``le
Boulanger de Lyon`` keeps ``Lyon``). PERSON spans stay: a trade noun is a surname there (``Le Boulanger``
is a Breton surname too).
"""

from __future__ import annotations

import regex

from shared_code.anonymization.common_words import plural_noun
from shared_code.anonymization.lexicon import MINOR_PLACE, PLACE, get_lexicon, normalise
from shared_code.anonymization.regions import fold, get_regions
from shared_code.anonymization.span_types import LanguageRules

TRADES = frozenset(
    "boulanger boulangère boucher bouchère marchand marchande épicier épicière commerçant commerçante "
    "pharmacien pharmacienne gardien gardienne concierge facteur factrice vendeur vendeuse cuisinier "
    "cuisinière coiffeur coiffeuse mécanicien plombier électricien menuisier charpentier maçon serrurier "
    "forgeron cordonnier tailleur couturière fermier fermière poissonnier poissonnière "  # fr
    "panettiere fornaio fornaia macellaio macellaia fruttivendolo negoziante commerciante fabbro idraulico "
    "elettricista falegname muratore sarto sarta calzolaio barbiere parrucchiere portiere tabaccaio "  # it
    "panadero panadera carnicero carnicera tendero tendera vendedor vendedora herrero carpintero albañil "
    "fontanero sastre zapatero portero frutero "  # es (comerciante, electricista above)
    "padeiro padeira açougueiro açougueira ferreiro carpinteiro pedreiro encanador eletricista alfaiate "
    "sapateiro porteiro feirante quitandeiro "  # pt (comerciante above)
    "baker butcher grocer shopkeeper carpenter smith blacksmith plumber electrician tailor mechanic "  # en
    "bakker slager kruidenier timmerman smid loodgieter kapper groenteboer visboer".split())  # nl
"""Shopkeepers and craftsmen (case-folded)."""
_TOKEN = regex.compile(r"[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*")
_OF = frozenset("of the de du des la le l d del los las da do das dos di della dello dei degli van het".split())


def trade_of_place(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A trade noun, ``of`` and ordinary words, no place (module docstring)."""
    if entity_type != "LOCATION":
        return False
    words = _TOKEN.findall(text, start, end)
    if len(words) < 3 or words[0].casefold() not in TRADES or words[1].casefold() not in _OF:
        return False
    content = [w for w in words[1:] if w.casefold() not in _OF]
    language = rules.apparent_language(text)
    if language <= 0 or not content:
        return False
    lexicon, regions = get_lexicon(), get_regions()
    whole = "_".join(normalise(w) for w in words)

    def ordinary(word: str) -> bool:
        return bool((rules.ordinary(word) | rules.ordinary_form(word, language)) & language) \
            or plural_noun(word, rules.ordinary, language)

    def town(word: str) -> bool:  # a town that is no ordinary word of the language (``Lyon``; not ``Riz``)
        return rules.proper_word(word) and bool(lexicon.place_flags(normalise(word)) & PLACE) \
            or fold(normalise(word)) in regions

    return not lexicon.place_flags(whole) & (PLACE | MINOR_PLACE) and fold(whole) not in regions \
        and all(ordinary(w) and not town(w) for w in content)
