"""Each language's recognisers are built on that language's first text (engine.py ``_LanguageRegistry``):
the engine's build compiles only the fallback language's cue patterns, the first answer does not wait
for the other nine."""

from __future__ import annotations

import threading
from collections import Counter

import pytest

from shared_code.anonymization.engine import AnalysisEngine

pytestmark = pytest.mark.slow

UKRAINIAN = "Мене звати Віра Руденко, телефон +380 67 123 4567. У Львові немає води."


def _languages(engine: AnalysisEngine) -> Counter:
    return Counter(r.supported_language for r in engine.analyzer.registry.recognizers)


@pytest.fixture()
def fresh_engine(engine_config) -> AnalysisEngine:
    return AnalysisEngine(engine_config)  # spaCy models load lazily: only the registry and router are built


def test_the_build_holds_only_the_fallback_languages_recognizers(fresh_engine, engine_config) -> None:
    assert set(_languages(fresh_engine)) == {engine_config.fallback_language}


def test_a_language_gets_its_recognizers_on_its_first_text_and_finds_the_same(fresh_engine, analysis_engine) -> None:
    analysis_engine.load_recognizers()  # the session engine, every language built up front
    (lazy,) = fresh_engine.analyze_batch([UKRAINIAN])
    (eager,) = analysis_engine.analyze_batch([UKRAINIAN])
    assert lazy is not None and lazy.language == "uk"
    assert lazy == eager
    found = {UKRAINIAN[s:e]: t for s, e, t in lazy.spans}
    assert found["Віра Руденко"] == "PERSON" and found["+380 67 123 4567"] == "PHONE_NUMBER"
    assert _languages(fresh_engine)["uk"] == _languages(analysis_engine)["uk"] > 0


def test_concurrent_first_texts_build_a_language_once(fresh_engine, analysis_engine) -> None:
    analysis_engine.load_recognizers()
    barrier = threading.Barrier(6)
    results: list = []

    def analyse() -> None:
        barrier.wait()
        results.extend(fresh_engine.analyze_batch([UKRAINIAN]))

    threads = [threading.Thread(target=analyse) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 6 and len(set(results)) == 1
    assert _languages(fresh_engine)["uk"] == _languages(analysis_engine)["uk"]


def test_load_recognizers_builds_every_configured_language(fresh_engine, engine_config) -> None:
    fresh_engine.load_recognizers()
    assert set(_languages(fresh_engine)) == set(engine_config.languages)
    assert set(fresh_engine.analyzer.get_supported_entities("ar")) >= {"EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON"}
