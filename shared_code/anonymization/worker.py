"""The executor side: one :class:`AnalysisEngine` per process, built on first use.

These module-level functions are what the batch adapter submits to its executor. In a process pool the
workers fork from a forkserver that has built the default engine already (:mod:`preload`); a worker
whose configuration differs builds its own (``initialize`` is the pool initializer). In a thread pool
the threads share the process's engine. The lock makes the build happen once per configuration.
"""

from __future__ import annotations

import os
import threading
import time
from typing import Optional, Sequence

import shared_code.runtime_env  # noqa: F401  (offline defaults before Presidio is imported)
from shared_code.anonymization.config import EngineConfig

MAX_ENGINES = 2
"""Engines kept per process, by configuration (one in production; tests may use a second)."""

_lock = threading.Lock()
_engines: dict[EngineConfig, object] = {}
_build_seconds: dict[EngineConfig, float] = {}


def get_engine(config: EngineConfig):  # -> AnalysisEngine (imported lazily: heavy)
    with _lock:
        engine = _engines.get(config)
        if engine is None:
            from shared_code.anonymization.engine import AnalysisEngine

            started = time.perf_counter()
            engine = AnalysisEngine(config)
            _build_seconds[config] = time.perf_counter() - started
            while len(_engines) >= MAX_ENGINES:
                _engines.pop(next(iter(_engines)))
            _engines[config] = engine
        return engine


def initialize(config: EngineConfig) -> None:
    """Process-pool initializer: build the engine before the worker takes its first job."""
    get_engine(config)


WARM_UP_TEXTS = ("Caller: Jane Doe, +44 7700 900123, jane@example.org.", "Je m'appelle Marie Dupont, merci.")


def warm_up(config: EngineConfig) -> tuple[int, float]:
    """Build (or reuse) the engine and run it once over two tiny texts, so that a forked worker touches
    the code and model pages it needs (copy-on-write) before the first request does; ``(pid, build s)``."""
    get_engine(config).analyze_batch(list(WARM_UP_TEXTS[:1]))
    return os.getpid(), _build_seconds.get(config, 0.0)


def preload(config: EngineConfig) -> int:
    """Load every spaCy model and the language detector of this process's engine now."""
    engine = get_engine(config)
    engine.preload()
    engine.analyze_batch(list(WARM_UP_TEXTS))
    return os.getpid()


def analyze(config: EngineConfig, texts: Sequence[str], use_ner: bool) -> list[Optional[object]]:
    """Analyse a chunk of distinct texts: one ``TextAnalysis`` or None per text."""
    return get_engine(config).analyze_batch(texts, use_ner=use_ner)
