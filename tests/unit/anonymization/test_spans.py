"""Span rules: NER plausibility, overlap resolution, propagation (pure functions, no models)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from shared_code.anonymization.propagation import propagate
from shared_code.anonymization.spans import (
    Candidate,
    LanguageRules,
    plausible_ner,
    remove_allowed,
    resolve,
    sentence_initial,
    trim_pattern,
)

EN = LanguageRules(stop_words=frozenset({"the", "my", "please"}), own_model=True)
ES = LanguageRules(stop_words=frozenset({"la", "el", "las"}), own_model=False)
DE = LanguageRules(stop_words=frozenset({"die", "der", "ihre", "viele"}), own_model=False, capitalises_nouns=True,
                   place_prepositions=frozenset({"in", "aus"}))


def at(text: str, value: str, entity_type: str, source: str, score: float = 0.85, nth: int = 0) -> Candidate:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Candidate(start, start + len(value), entity_type, score, source)


def values(text: str, spans: list[Candidate]) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity_type) for s in spans]


def test_email_beats_the_url_inside_it() -> None:
    text = "Write to grace.o@example.org today"
    spans = resolve(text, [at(text, "example.org", "URL", "pattern", 0.5),
                           at(text, "grace.o@example.org", "EMAIL_ADDRESS", "pattern", 1.0)], EN)
    assert values(text, spans) == [("grace.o@example.org", "EMAIL_ADDRESS")]


def test_ner_span_is_cut_around_an_exact_span_instead_of_swallowing_it() -> None:
    text = "Contact: Hope Farah (hope.farah@example.org)."
    spans = resolve(text, [at(text, "Hope Farah (hope.farah@example", "PERSON", "ner"),
                           at(text, "hope.farah@example.org", "EMAIL_ADDRESS", "pattern", 1.0)], EN)
    assert values(text, spans) == [("Hope Farah", "PERSON"), ("hope.farah@example.org", "EMAIL_ADDRESS")]


def test_ner_person_merges_with_an_overlapping_cue() -> None:
    text = "The payer is Jan-Willem de Vries."
    spans = resolve(text, [at(text, "Jan-Willem", "PERSON", "cue", 0.9),
                           at(text, "Jan-Willem de Vries", "PERSON", "ner")], EN)
    assert values(text, spans) == [("Jan-Willem de Vries", "PERSON")]


def test_cue_person_wins_over_ner_location_on_the_same_name() -> None:
    text = "La propriétaire s'appelle Solange Girard."
    spans = resolve(text, [at(text, "Solange Girard", "PERSON", "cue", 0.9),
                           at(text, "Solange Girard", "LOCATION", "ner")], EN)
    assert values(text, spans) == [("Solange Girard", "PERSON")]


def test_plausibility_trims_and_rejects() -> None:
    text = "yesterday the people went to Kakuma. Buenas tardes"
    assert values(text, [plausible_ner(text, at(text, "the people went to Kakuma", "LOCATION", "ner"), EN)]) == [
        ("Kakuma", "LOCATION")
    ]
    assert plausible_ner(text, at(text, "yesterday the", "PERSON", "ner"), EN) is None
    spanish = "Buenas tardes. Vivimos en Ipiales."
    assert plausible_ner(spanish, at(spanish, "Buenas", "PERSON", "ner"), ES) is None  # sentence start, fallback
    assert plausible_ner(spanish, at(spanish, "Ipiales", "LOCATION", "ner"), ES) is not None
    label = "Coordonnées : FR76 3000"
    assert plausible_ner(label, at(label, "Coordonnées", "LOCATION", "ner"), EN) is None


def test_noun_capitalising_languages_drop_common_nouns_but_keep_places_and_names() -> None:
    text = "Die Wasserstelle ist kaputt. Viele Familien kommen aus Chemnitz. Frau Yılmaz hilft."
    assert plausible_ner(text, at(text, "Wasserstelle", "PERSON", "ner"), DE) is None
    assert plausible_ner(text, at(text, "Familien", "PERSON", "ner"), DE) is None
    assert plausible_ner(text, at(text, "Chemnitz", "LOCATION", "ner"), DE) is not None
    assert plausible_ner(text, at(text, "Yılmaz", "PERSON", "ner"), DE) is not None


def test_propagation_covers_repeated_names_and_their_parts() -> None:
    text = "My name is Priya Banda; please ask for Priya. Banda family, Kakuma camp. Back to Kakuma."
    spans = [at(text, "Priya Banda", "PERSON", "cue", 0.9), at(text, "Kakuma", "LOCATION", "ner")]
    assert values(text, propagate(text, sorted(spans, key=lambda s: s.start), EN)) == [
        ("Priya Banda", "PERSON"), ("Priya", "PERSON"), ("Banda", "PERSON"), ("Kakuma", "LOCATION"),
        ("Kakuma", "LOCATION"),
    ]


def test_propagation_covers_the_stem_of_a_name_with_a_case_suffix() -> None:
    text = "görevli emre bize bağırdı, emre'yi şikayet ediyorum"
    spans = propagate(text, [at(text, "emre'yi", "PERSON", "cue", 0.9)], EN)
    assert values(text, spans) == [("emre", "PERSON"), ("emre'yi", "PERSON")]


def test_propagation_ignores_lowercase_and_partial_words() -> None:
    text = "Hope Walker called. I hope so. Hopeful news."
    assert values(text, propagate(text, [at(text, "Hope Walker", "PERSON", "ner")], EN)) == [("Hope Walker", "PERSON")]


def test_allow_list_and_trailing_punctuation() -> None:
    text = "Red Cross helped. See https://example.org/form."
    kept = remove_allowed(text, [at(text, "Red Cross", "ORGANIZATION", "ner")], frozenset({"red cross"}))
    assert kept == []
    url = trim_pattern(text, at(text, "https://example.org/form.", "URL", "pattern", 0.6))
    assert text[url.start : url.end] == "https://example.org/form"


def test_sentence_initial() -> None:
    text = "Hello. «Amina» came; (Joy) too? ¿Luz: Bo"
    assert sentence_initial(text, 0)
    assert sentence_initial(text, text.index("Amina"))
    assert sentence_initial(text, text.index("Luz"))
    assert not sentence_initial(text, text.index("came"))
    assert not sentence_initial(text, text.index("Joy"))  # a semicolon does not end a sentence
    assert not sentence_initial(text, text.index("Bo"))  # nor does a colon (names follow labels)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(1, 15), st.sampled_from(["PERSON", "LOCATION", "URL", "EMAIL_ADDRESS"]),
                  st.floats(0.4, 1.0), st.sampled_from(["pattern", "cue", "ner"])),
        max_size=12,
    )
)
def test_resolution_never_overlaps_and_stays_inside_the_text(raw: list) -> None:
    text = "Grace Otieno and Amina Yusuf from Kakuma wrote to grace@example.org about Jan van Dijk."
    candidates = [Candidate(s, min(len(text), s + n), t, sc, src) for s, n, t, sc, src in raw if s < len(text)]
    spans = propagate(text, resolve(text, candidates, EN), EN)
    for first, second in zip(spans, spans[1:]):
        assert first.end <= second.start
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


def test_noun_capitalising_languages_keep_lexicon_names_after_a_lower_case_word() -> None:
    """``Gestern kam Loretta Fechner``: the name follows a verb; before the lexicon it was dropped as a noun."""
    known = {"odette", "brandt"}
    rules = LanguageRules(stop_words=DE.stop_words, own_model=False, capitalises_nouns=True,
                          known_name=lambda word: word.casefold() in known)
    text = "Gestern kam Odette Brandt zur Ausgabe, die Wasserstelle war zu."
    assert plausible_ner(text, at(text, "Odette Brandt", "PERSON", "ner"), DE) is None  # the old rule alone
    assert plausible_ner(text, at(text, "Odette Brandt", "PERSON", "ner"), rules) is not None
    assert plausible_ner(text, at(text, "Wasserstelle", "PERSON", "ner"), rules) is None


def test_fallback_model_languages_need_a_lexicon_word_for_one_word_names() -> None:
    rules = LanguageRules(stop_words=ES.stop_words, own_model=False, known_word=lambda word: word in {"Odette"})
    text = "Vinieron con Agua y hablé con Odette, y con Zylberstein Kamau."
    assert plausible_ner(text, at(text, "Agua", "PERSON", "ner"), rules) is None
    assert plausible_ner(text, at(text, "Odette", "PERSON", "ner"), rules) is not None
    assert plausible_ner(text, at(text, "Zylberstein Kamau", "PERSON", "ner"), rules) is not None
    assert plausible_ner(text, at(text, "Agua", "LOCATION", "ner"), rules) is not None


def test_organisations_are_not_redacted_unless_a_place_or_a_name() -> None:
    rules = LanguageRules(stop_words=frozenset({"la", "el", "de"}), own_model=False,
                          place_prepositions=frozenset({"de", "en"}), known_name=lambda word: word == "Eugenia")
    text = "Gracias a la Cruz Roja. Fui al punto de Putumayo. Es de titular Eugenia Mercantini, ok"
    spans = resolve(text, [at(text, "la Cruz Roja", "ORGANIZATION", "ner"),
                           at(text, "al punto de Putumayo", "ORGANIZATION", "ner"),
                           at(text, "titular Eugenia Mercantini", "ORGANIZATION", "ner")], rules)
    assert values(text, spans) == [("Putumayo", "LOCATION"), ("Eugenia Mercantini", "PERSON")]


def test_an_organisation_named_by_an_acronym_that_a_name_shares_is_no_person() -> None:
    rules = LanguageRules(stop_words=frozenset({"de", "het"}), own_model=False,
                          known_name=lambda word: word.casefold() in ("ind", "coa", "ana"))
    text = "De IND heeft het niet verlengd en het COA ook niet."
    spans = resolve(text, [at(text, "De IND", "ORGANIZATION", "ner"), at(text, "het COA", "ORGANIZATION", "ner")], rules)
    assert values(text, spans) == []
    shouted = "BEL ANA BIJ DE GEMEENTE"  # in a shouted text capitals say nothing: the name stays
    spans = resolve(shouted, [at(shouted, "ANA BIJ DE GEMEENTE", "ORGANIZATION", "ner")], rules)
    assert [kind for _, kind in values(shouted, spans)] == ["PERSON"]


def test_a_capitalised_phrase_after_an_article_is_not_a_person() -> None:
    rules = LanguageRules(stop_words=frozenset({"la", "el", "de"}), own_model=False,
                          known_word=lambda word: word in ("Guajira", "Ana"))
    text = "Fui a la Oficina de Registro en la Guajira y la Croix-Rouge vino. Ana Ruiz también."
    spans = resolve(text, [at(text, "la Oficina de Registro", "PERSON", "ner"),
                           at(text, "la Guajira", "LOCATION", "ner"),
                           at(text, "la Croix-Rouge", "LOCATION", "ner"),
                           at(text, "Ana Ruiz", "PERSON", "ner")], rules)
    assert values(text, spans) == [("Guajira", "LOCATION"), ("Ana Ruiz", "PERSON")]
    text = "L'Ufficio Registrazione è chiuso."
    assert resolve(text, [at(text, "L'Ufficio Registrazione", "PERSON", "ner")], rules) == []


def test_a_word_before_a_colon_is_a_place_after_a_place_preposition() -> None:
    rules = LanguageRules(stop_words=frozenset({"the"}), place_prepositions=frozenset({"from"}))
    text = "Complaint from Tipperary: the volunteer asked. Address: none"
    spans = resolve(text, [at(text, "Tipperary", "LOCATION", "ner"), at(text, "Address", "LOCATION", "ner")], rules)
    assert values(text, spans) == [("Tipperary", "LOCATION")]


def test_a_lone_all_caps_word_must_be_a_lexicon_word() -> None:
    rules = LanguageRules(known_word=lambda word: word == "AMINA")
    text = "Gracias ACNUR, YEMEK yok. AMINA"
    spans = resolve(text, [at(text, "ACNUR", "LOCATION", "ner"), at(text, "YEMEK", "LOCATION", "ner"),
                           at(text, "AMINA", "PERSON", "ner")], rules)
    assert values(text, spans) == [("AMINA", "PERSON")]
