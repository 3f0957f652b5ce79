"""The lean analyzer (lean_analyzer.py, nlp.py) finds exactly what Presidio's own AnalyzerEngine finds with
the same recognisers, NLP engine and no-op context enhancer, on texts of every language with an NER model."""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

from shared_code.anonymization.lean_analyzer import LeanAnalyzerEngine


class NoContextEnhancer(ContextAwareEnhancer):
    """A context enhancer that changes nothing: Presidio's engine as ours ran before the lean one."""

    def __init__(self) -> None:
        super().__init__(context_similarity_factor=0, min_score_with_context_similarity=0, context_prefix_count=0,
                         context_suffix_count=0)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # noqa: ANN001
        return raw_results


def _key(results) -> list[tuple]:
    return [(r.start, r.end, r.entity_type, round(r.score, 6)) for r in results]


def test_the_lean_analyzer_finds_what_presidios_finds(analysis_engine, corpus) -> None:
    lean = analysis_engine.analyzer
    assert isinstance(lean, LeanAnalyzerEngine)
    stock = AnalyzerEngine(registry=lean.registry, nlp_engine=lean.nlp_engine, supported_languages=lean.supported_languages,
                           default_score_threshold=lean.default_score_threshold,
                           context_aware_enhancer=NoContextEnhancer())
    with_model = set(lean.nlp_engine.nlp) & set(lean.supported_languages)
    by_language: dict[str, list[str]] = {}
    for record in corpus:
        if record["language"] in with_model:
            by_language.setdefault(record["language"], []).append(record["content"])
    compared = 0
    for language, texts in by_language.items():
        for text in texts[:12]:
            artifacts = lean.nlp_engine.process_text(text, language)
            assert artifacts.keywords == [] and artifacts.nlp_engine is lean.nlp_engine
            assert _key(lean.analyze(text, language, nlp_artifacts=artifacts)) == \
                _key(stock.analyze(text, language, nlp_artifacts=artifacts))
            compared += 1
    assert compared >= 24
