"""Fixtures of the anonymisation tests: the engine (spaCy models) loads once per test session.

``analysis_engine`` is the process-wide engine the thread-pool adapter uses too, so every
``PresidioAnonymizer(..., executor="thread")`` made in a test reuses it instead of loading models again.
"""

from __future__ import annotations

from typing import Callable

import pytest

import shared_code.runtime_env  # noqa: F401  (offline defaults before Presidio is imported)
from shared_code.anonymization.batch import PresidioAnonymizer
from shared_code.anonymization.config import EngineConfig
from shared_code.settings import Settings

Span = tuple[int, int, str]


@pytest.fixture(scope="session")
def engine_config() -> EngineConfig:
    """The default ANONYMIZER_* configuration (environment overrides ignored)."""
    return EngineConfig.from_settings(Settings.model_construct())


@pytest.fixture(scope="session")
def analysis_engine(engine_config: EngineConfig):
    from shared_code.anonymization import worker

    return worker.get_engine(engine_config)


@pytest.fixture(scope="session")
def spans_of(analysis_engine) -> Callable[..., list[tuple[str, str]]]:
    """``spans_of(text, use_ner=True)`` -> ``[(value, entity_type), ...]`` as the engine finds them."""

    def run(text: str, use_ner: bool = True) -> list[tuple[str, str]]:
        (analysis,) = analysis_engine.analyze_batch([text], use_ner=use_ner)
        assert analysis is not None
        return [(text[start:end], entity_type) for start, end, entity_type in analysis.spans]

    return run


@pytest.fixture
def anonymizer(analysis_engine, engine_config: EngineConfig) -> PresidioAnonymizer:
    return PresidioAnonymizer(engine_config, executor="thread")


@pytest.fixture(scope="session")
def corpus() -> list[dict]:
    """The tuning half of the in-repo evaluation set (tests/data/pii_evalset.jsonl); never the held-out half."""
    from tests.benchmarks._corpus import load_evalset

    return load_evalset(split="tune")
