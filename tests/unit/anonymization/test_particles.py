"""The one name-particle table (anonymization/particles.py) and what its choices do."""

from __future__ import annotations

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization import spans
from shared_code.anonymization.cues import PERSON_CUES, PersonCues
from shared_code.anonymization.location import LocationCueRecognizer
from shared_code.anonymization.particles import NOUN_LANGUAGE_PARTICLES, PARTICLE_SET, PARTICLES, PLACE_PARTICLES
from shared_code.anonymization.spans import Candidate, LanguageRules, plausible_ner

ES = LanguageRules(stop_words=frozenset({"la", "el", "las", "los"}), own_model=False)


def places(language: str, text: str) -> list[str]:
    return [text[r.start : r.end] for r in LocationCueRecognizer(language).analyze(text, ["LOCATION"])]


def test_every_rule_reads_the_one_table() -> None:
    assert PersonCues().particles == PERSON_CUES["en"].particles == PARTICLES
    assert spans.PARTICLES is PARTICLE_SET  # what names.py reads too
    assert spans.NOUN_LANGUAGE_PARTICLES is NOUN_LANGUAGE_PARTICLES
    assert set(PLACE_PARTICLES) == PARTICLE_SET - {"y", "e"}


def test_noun_capitalising_languages_keep_their_own_particles_and_not_articles() -> None:
    assert {"vom", "zur"} <= NOUN_LANGUAGE_PARTICLES and not {"vom", "zur"} & PARTICLE_SET  # "zur Ausgabe"
    assert not {"der", "den", "des", "das"} & NOUN_LANGUAGE_PARTICLES


def test_a_spanish_name_with_de_los_is_one_name() -> None:
    text = "Me atendió María de los Ángeles Pérez en la oficina."
    start = text.index("María")
    span = Candidate(start, start + len("María de los Ángeles Pérez"), "PERSON", 0.85, "ner")
    kept = plausible_ner(text, span, ES)
    assert kept is not None and text[kept.start : kept.end] == "María de los Ángeles Pérez"


def test_a_place_name_keeps_its_arabic_article() -> None:
    assert places("en", "Address: Wadi al Seer, Amman.")[0] == "Wadi al Seer"


def test_a_conjunction_never_joins_a_place_and_a_name() -> None:
    assert places("es", "Vivo en la ciudad de Cúcuta y Pedro no vino.") == ["Cúcuta"]
