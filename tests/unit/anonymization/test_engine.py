"""The engine per entity type and language: the evaluation set's tuning half (gold spans) and hand-made texts.

Loads the spaCy models once per session (``analysis_engine`` in conftest.py).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

STRUCTURED = ["EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS"]
LANGUAGES = ["en", "fr", "es", "nl", "de", "uk", "ar", "pt", "it", "sw", "tr"]
SAMPLE = 8


def _sample(corpus: list[dict], language: str, entity_type: str, size: int) -> list[dict]:
    return [r for r in corpus if r["language"] == language and any(p["type"] == entity_type for p in r["pii"])][:size]


def _covered(gold: dict, spans: tuple, same_type: bool = True) -> bool:
    usable = [(s, e) for s, e, t in spans if not same_type or t == gold["type"]]
    return all(
        ch.isspace() or any(s <= i < e for s, e in usable)
        for i, ch in zip(range(gold["start"], gold["end"]), gold["text"])
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("entity_type", STRUCTURED)
def test_corpus_structured_types_are_fully_covered(analysis_engine, corpus, language: str, entity_type: str) -> None:
    records = _sample(corpus, language, entity_type, SAMPLE)
    assert records, f"the corpus has {entity_type} in {language}"
    analyses = analysis_engine.analyze_batch([r["content"] for r in records])
    for record, analysis in zip(records, analyses):
        assert analysis is not None
        for gold in (p for p in record["pii"] if p["type"] == entity_type):
            assert _covered(gold, analysis.spans), (record["id"], gold["start"], gold["end"])


@pytest.mark.parametrize("language, minimum", [("en", 0.85), ("fr", 0.9), ("es", 0.8), ("nl", 0.8), ("de", 0.85),
                                               ("pt", 0.85), ("it", 0.8), ("uk", 0.7), ("ar", 0.6)])
def test_tuning_half_person_recall(analysis_engine, corpus, language: str, minimum: float) -> None:
    """Same-type PERSON coverage on the tuning half (measured 0.90 0.95 0.85 0.875 0.925 0.925 0.85 0.775
    0.65 when these floors were set); the held-out half is only read by the benchmarks."""
    records = _sample(corpus, language, "PERSON", 100)
    analyses = analysis_engine.analyze_batch([r["content"] for r in records])
    golds = [(g, a) for r, a in zip(records, analyses) for g in r["pii"] if g["type"] == "PERSON"]
    hits = sum(_covered(g, a.spans) for g, a in golds)
    assert len(golds) >= 30
    assert hits / len(golds) >= minimum


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Please email me at tendai.moyo@mail.co.zw or call +263 77 123 4567.",
         [("tendai.moyo@mail.co.zw", "EMAIL_ADDRESS"), ("+263 77 123 4567", "PHONE_NUMBER")]),
        ("Écrivez-moi (ousmane.sarr@orange.sn), tél. 06 45 78 12 90.",
         [("ousmane.sarr@orange.sn", "EMAIL_ADDRESS"), ("06 45 78 12 90", "PHONE_NUMBER")]),
        ("Mi cuenta es ES91 2100 0418 4502 0005 1332 y mi tarjeta 4111-1111-1111-1111.",
         [("ES91 2100 0418 4502 0005 1332", "IBAN_CODE"), ("4111-1111-1111-1111", "CREDIT_CARD")]),
        ("Het formulier kwam van 203.0.113.77 via noodhulp-aanvraag.example.nl/stap2.",
         [("203.0.113.77", "IP_ADDRESS"), ("noodhulp-aanvraag.example.nl/stap2", "URL")]),
        ("Überweisung an DE89370400440532013000, Rückruf unter +49 30 901820.",
         [("DE89370400440532013000", "IBAN_CODE"), ("+49 30 901820", "PHONE_NUMBER")]),
        ("Мій номер +380 50 123 45 67, рахунок UA213223130000026007233566001.",
         [("+380 50 123 45 67", "PHONE_NUMBER"), ("UA213223130000026007233566001", "IBAN_CODE")]),
        ("رقمي ٠٩٣٣ ١٢٣ ٤٥٦ والبريد rania.k@example.org والموقع https://musaada.example.net/apply",
         [("٠٩٣٣ ١٢٣ ٤٥٦", "PHONE_NUMBER"), ("rania.k@example.org", "EMAIL_ADDRESS"),
          ("https://musaada.example.net/apply", "URL")]),
        ("My name is Tendai Moyo and my neighbour Chipo has the same problem.",
         [("Tendai Moyo", "PERSON"), ("Chipo", "PERSON")]),
        ("Je m'appelle Ousmane Sembène. Demandez Ousmane au guichet.",
         [("Ousmane Sembène", "PERSON"), ("Ousmane", "PERSON")]),
        ("Me llamo Itzel Ramírez y vivo en Tapachula.", [("Itzel Ramírez", "PERSON")]),
        ("Mijn naam is Sanne Visser, bel mij terug.", [("Sanne Visser", "PERSON")]),
        ("Mein Name ist Hannelore Brückner. Frau Brückner wartet seit Montag.",
         [("Hannelore Brückner", "PERSON"), ("Brückner", "PERSON")]),
        ("Нас реєструвала пані Гнатюк, телефон 066 123 45 67.", [("Гнатюк", "PERSON"), ("066 123 45 67", "PHONE_NUMBER")]),
        ("الموظف الذي سجلنا: السيد كريم.", [("كريم", "PERSON")]),
    ],
)
def test_hand_made_texts(spans_of, text: str, expected: list[tuple[str, str]]) -> None:
    found = spans_of(text)
    for value, entity_type in expected:
        assert (value, entity_type) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The payment for March has not arrived; we waited 3 hours on 2025-03-14 at 10:22.",
        "Le riz de la dernière distribution avait des insectes. Merci de faire quelque chose.",
        "Solo funciona un grifo para todo el sector y las mujeres esperan horas.",
        "Die Wasserstelle ist seit drei Tagen kaputt und viele Familien warten in der Schlange.",
        "Ми цілий день чекали на видачу, але нічого не отримали.",
        "الطابور عند نقطة المياه يبدأ قبل شروق الشمس.",
        "",
        "   \n ",
    ],
)
def test_texts_without_personal_data_stay_untouched(spans_of, text: str) -> None:
    assert spans_of(text) == []


def test_dates_are_kept_and_structured_patterns_run_without_ner(spans_of) -> None:
    text = "Grace Otieno, 14 March 2025, grace@example.org, +44 7700 900123"
    assert spans_of(text, use_ner=False) == [("grace@example.org", "EMAIL_ADDRESS"), ("+44 7700 900123", "PHONE_NUMBER")]
    for metadata in ["2025-03-14 10:22:05", "2025-03-14T10:22:05Z", "Complaint, Sensitive report", "fb-000123"]:
        assert spans_of(metadata, use_ner=False) == []


def test_allow_list_terms_are_never_redacted(analysis_engine, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "La Croix-Rouge a aidé Marie Dubois à Bamako. Merci à la croix-rouge de Bamako."
    (before,) = analysis_engine.analyze_batch([text])
    assert "Bamako" in [text[s:e] for s, e, _ in before.spans]
    monkeypatch.setattr(analysis_engine, "allowed", frozenset({"bamako"}))  # as built from ANONYMIZER_ALLOW_LIST
    (analysis,) = analysis_engine.analyze_batch([text])
    values = [text[s:e] for s, e, _ in analysis.spans]
    assert not any("Bamako" in v for v in values) and "Marie Dubois" in values


def test_long_texts_beyond_the_content_limit_are_analysed(spans_of) -> None:
    text = ("Le riz de la distribution avait des insectes. " * 2400) + "Contact : marie@example.org"
    assert len(text) > 100_000
    assert ("marie@example.org", "EMAIL_ADDRESS") in spans_of(text)
