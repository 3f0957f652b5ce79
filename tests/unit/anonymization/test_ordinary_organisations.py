"""Ninth round: a lexicon or cue PERSON that the NER reads as an organisation, made only of ordinary words
of the text's language that the lexicon does not hold as names of that language alone, is no person
(ordinary_organisations.py). The function is pure: these tests give it the candidates the recognisers
would give and the rules of the real engine. Made-up sentences written for these tests but the last
test's, two name probes that a first version of the rule lost (``name_probes.py``)."""

from __future__ import annotations

import pytest

from shared_code.anonymization.ordinary_organisations import ordinary_organisation
from shared_code.anonymization.span_types import Candidate


def _decide(analysis_engine, text: str, person: str, organisation: str | None, language: str = "es") -> bool:
    start = text.index(person)
    span = Candidate(start, start + len(person), "PERSON", 0.9, "cue")
    candidates = [span]
    if organisation is not None:
        at = text.index(organisation)
        candidates.append(Candidate(at, at + len(organisation), "ORGANIZATION", 0.85, "ner"))
    return ordinary_organisation(text, span, candidates, analysis_engine.rules[language])


def test_ordinary_words_the_ner_calls_an_organisation_are_no_person(analysis_engine) -> None:
    text = "Trinidad Social de Apoyo visitó el albergue."
    assert _decide(analysis_engine, text, "Trinidad Social", "Trinidad Social de Apoyo")


@pytest.mark.parametrize("text, person, organisation", [
    ("Trinidad Social de Apoyo visitó el albergue.", "Trinidad Social", None),  # no organisation read
    ("Gracias a Fuentes de Vida por el agua.", "Fuentes de Vida", "Vida"),  # the organisation is inside the name
    ("titular María Carvajal, teléfono 300", "María Carvajal", "María Carvajal"),  # a popular given name and more
    ("Ayer Nelly Silva fue al punto.", "Nelly Silva", "Nelly Silva"),  # a name wordfreq counts as a word
    ("Vino Gisela Fechner al punto.", "Gisela Fechner", "Gisela Fechner"),  # an unknown surname
])
def test_names_stay_people(analysis_engine, text: str, person: str, organisation: str | None) -> None:
    assert not _decide(analysis_engine, text, person, organisation)


@pytest.mark.parametrize("text, person, language", [
    ("La signora Romano dice che manca l'acqua calda.", "Romano", "it"),  # a lone surname that is a word
    ("Für Bauer gibt es noch keine Wohnung.", "Bauer", "de"),
])
def test_a_lone_surname_the_ner_calls_an_organisation_stays(analysis_engine, text: str, person: str,
                                                            language: str) -> None:
    assert not _decide(analysis_engine, text, person, person, language)
