"""The clean-text span rules of :mod:`engine` in one test (clean-text over-redaction: names of things that
are no person or place; docs/anonymization.md §4, "Clean text")."""

from __future__ import annotations

from shared_code.anonymization.agencies import agency_span, programme_span
from shared_code.anonymization.clean_shapes import (article_place, common_word_place, facility_of, headed_phrase,
                                                     listed_word, lower_plural, plural_town, verb_headed)
from shared_code.anonymization.dutch_nouns import dutch_plural_phrase
from shared_code.anonymization.feast_phrases import feast_phrase
from shared_code.anonymization.item_lists import common_noun_place, listed_item
from shared_code.anonymization.medicines import medicine_span
from shared_code.anonymization.noun_names import noun_name_span
from shared_code.anonymization.ordinary_names import institution_span, of_joined_words, of_word_place
from shared_code.anonymization.romance_grammar import agreeing_adjective, partitive_place
from shared_code.anonymization.saints import saint_span
from shared_code.anonymization.span_types import Candidate, LanguageRules
from shared_code.anonymization.street_spans import addressed
from shared_code.anonymization.swahili_nouns import shouted_clause, swahili_noun, swahili_thing, swahili_verb
from shared_code.anonymization.trade_nouns import trade_of_place
from shared_code.anonymization.ukrainian_phrases import adjective_and_noun

_SHAPES = {"PERSON": (verb_headed, lower_plural, listed_word, headed_phrase, swahili_thing, swahili_noun,
                      swahili_verb, shouted_clause, of_joined_words, institution_span, adjective_and_noun,
                      agreeing_adjective, feast_phrase, dutch_plural_phrase),
           "LOCATION": (article_place, plural_town, common_word_place, facility_of, headed_phrase, swahili_thing,
                        swahili_noun, swahili_verb, of_word_place,
                        partitive_place, trade_of_place)}
"""The shapes that can hold for a span of each type (each shape also tests the type itself)."""


def named_thing(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """An agency, network, product or feast name (:mod:`agencies`) or a saint's (:mod:`saints`), with the
    ordinary words around it: no person, no place; a medicine's name (:mod:`medicines`) or a given name that
    is a virtue or a common noun alone with no sign of a person (:mod:`noun_names`): neither either; a
    programme's name (``Akcja Zima``): no person; an unseen word listed with goods or a common-noun phrase
    (:mod:`item_lists`): no place; ordinary words in a shape the name and place rules misread
    (:mod:`clean_shapes`, :mod:`swahili_nouns`, :mod:`ordinary_names`, :mod:`ukrainian_phrases`,
    :mod:`romance_grammar`, :mod:`feast_phrases`, :mod:`trade_nouns`, :mod:`dutch_nouns`). A street is none of these
    (:func:`street_spans.addressed`: ``Calle Virgen de los Peligros 8`` holds a feast's words)."""
    if addressed(text, span):
        return False
    return agency_span(text, span.start, span.end, rules) \
        or saint_span(text, span.start, span.end, span.entity_type, rules) \
        or medicine_span(text, span) \
        or noun_name_span(text, span, rules) \
        or span.entity_type == "PERSON" and programme_span(text, span.start, span.end, rules) \
        or listed_item(text, span.start, span.end, span.entity_type, rules) \
        or common_noun_place(text, span.start, span.end, span.entity_type, rules) \
        or any(shape(text, span.start, span.end, span.entity_type, rules) for shape in _SHAPES.get(span.entity_type, ()))
