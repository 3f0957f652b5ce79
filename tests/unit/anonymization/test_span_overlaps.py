"""Overlapping name and place spans of the exact recognisers (spans.resolve): the words only the losing
span covered must not reach the LLM (pure functions, no models)."""

from __future__ import annotations

from shared_code.anonymization.spans import Candidate, LanguageRules, resolve

ES = LanguageRules(stop_words=frozenset({"la", "el", "y", "de"}), own_model=False)


def at(text: str, value: str, entity_type: str, score: float) -> Candidate:
    start = text.index(value)
    return Candidate(start, start + len(value), entity_type, score, "cue")


def values(text: str, spans: list[Candidate]) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity_type) for s in spans]


def test_a_place_cut_by_a_longer_name_keeps_its_other_words() -> None:
    text = "Hay familias de Soria, País Vasco y Lugo."
    spans = resolve(text, [at(text, "Vasco y Lugo", "PERSON", 0.9), at(text, "País Vasco", "LOCATION", 0.86)], ES)
    assert values(text, spans) == [("País", "LOCATION"), ("Vasco y Lugo", "PERSON")]


def test_a_capitalised_stop_word_of_a_place_is_kept_too() -> None:
    text = "Hay familias de Nuevo León y Lugo."
    spans = resolve(text, [at(text, "León y Lugo", "PERSON", 0.9), at(text, "Nuevo León", "LOCATION", 0.86)],
                    LanguageRules(stop_words=frozenset({"nuevo", "y"}), own_model=False))
    assert values(text, spans) == [("Nuevo", "LOCATION"), ("León y Lugo", "PERSON")]


def test_a_span_inside_a_longer_one_still_loses_whole() -> None:
    text = "Ayer vino Lugo Fernández."
    spans = resolve(text, [at(text, "Lugo Fernández", "PERSON", 0.9), at(text, "Lugo", "LOCATION", 0.86)], ES)
    assert values(text, spans) == [("Lugo Fernández", "PERSON")]


def test_other_entities_are_not_cut() -> None:
    text = "Write to grace.o@example.org today"
    email = Candidate(9, 28, "EMAIL_ADDRESS", 1.0, "pattern")
    url = Candidate(17, 32, "URL", 0.5, "pattern")
    assert values(text, resolve(text, [email, url], ES)) == [("grace.o@example.org", "EMAIL_ADDRESS")]
