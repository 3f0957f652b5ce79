"""The executor side: one :class:`AnalysisEngine` per process, built on first use.

These module-level functions are what the batch adapter submits to its executor. In a process pool each
worker process builds its own engine (``initialize`` is the pool initializer); in a thread pool the
threads share the process's engine. The lock makes the build happen once.
"""

from __future__ import annotations

import os
import threading
import time
from typing import Optional, Sequence

import shared_code.runtime_env  # noqa: F401  (offline defaults before Presidio is imported)
from shared_code.anonymization.config import EngineConfig

_lock = threading.Lock()
_engine = None
_build_seconds = 0.0


def get_engine(config: EngineConfig):  # -> AnalysisEngine (imported lazily: heavy)
    global _engine, _build_seconds
    with _lock:
        if _engine is None or _engine.config != config:
            from shared_code.anonymization.engine import AnalysisEngine

            started = time.perf_counter()
            _engine = AnalysisEngine(config)
            _build_seconds = time.perf_counter() - started
        return _engine


def initialize(config: EngineConfig) -> None:
    """Process-pool initializer: build the engine before the worker takes its first job."""
    get_engine(config)


def warm_up(config: EngineConfig) -> tuple[int, float]:
    """Build (or reuse) the engine; ``(pid, build seconds)``."""
    get_engine(config)
    return os.getpid(), _build_seconds


def analyze(config: EngineConfig, texts: Sequence[str], use_ner: bool) -> list[Optional[object]]:
    """Analyse a chunk of distinct texts: one ``TextAnalysis`` or None per text."""
    return get_engine(config).analyze_batch(texts, use_ner=use_ner)
