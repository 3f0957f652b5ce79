"""The executor side: one :class:`AnalysisEngine` per process, built on first use.

These module-level functions are what the batch adapter submits to its executor. In a thread pool (the
default) the threads share the process's engine, which the start-up warm-up (:mod:`shared_code.warm_up`)
usually has built already. A one-worker pool is spawned and its worker builds the engine in
``initialize`` (the pool initializer); several workers fork from a forkserver that has built the default
engine already (:mod:`preload`), and one whose configuration differs builds its own. The lock makes the build happen once per configuration.
Every process of a pool dies with its parent (:func:`die_with_parent`), whatever signal ended it.
"""

from __future__ import annotations

import logging
import os
import sys
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


def import_engine() -> None:
    """Import the engine's module (Presidio, spaCy) under the build lock: a first :func:`get_engine` in
    another thread waits for it instead of importing the same libraries beside it
    (tests/test_concurrent_imports.py)."""
    with _lock:
        import shared_code.anonymization.engine  # noqa: F401


def initialize(config: EngineConfig) -> None:
    """Process-pool initializer: die with the forkserver, build the engine before the first job. Unless
    the forkserver built it already, the language detector's model is read in a second thread meanwhile
    and the cyclic collector is paused for the build (as the start-up warm-up does in the app process)."""
    import gc

    die_with_parent()
    if config in _engines:
        return
    without_azure_identity()
    from shared_code.anonymization import language

    language.start_prefetch()
    paused = gc.isenabled()
    gc.disable()
    try:
        get_engine(config)
    finally:
        if paused:
            gc.freeze()  # the libraries and models stay for the life of the process: later collections skip them
            gc.enable()


def without_azure_identity() -> None:
    """Presidio's ``__init__`` imports its optional Azure helpers, which import azure-identity (with msal
    and cryptography) when it is installed, and fall back when it is not (``except ImportError``). A pool
    process never authenticates to Azure: marking the package unavailable there saves ~15 MB and ~0.14 s
    of CPU per process. Never in the app process, whose Key Vault client uses it."""
    sys.modules.setdefault("azure.identity", None)  # type: ignore[arg-type]  # None: "import fails"


def die_with_parent() -> None:
    """Have the kernel SIGKILL this process when its parent exits, however the parent ended (SIGKILL and
    OOM kills included: no handler of the parent has to run). Linux ``PR_SET_PDEATHSIG``; elsewhere a
    no-op. Exits at once if the parent is already gone (reparented to init)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(1, int(signal.SIGKILL), 0, 0, 0) != 0:  # 1 = PR_SET_PDEATHSIG
        logging.getLogger("qfa.anonymize").warning("event=pdeathsig_failed errno=%d", ctypes.get_errno())
    elif os.getppid() == 1:
        os._exit(1)


WARM_UP_TEXTS = ("Caller: Jane Doe, +44 7700 900123. The tap in Block C is broken.", "Je m'appelle Marie Dupont, merci.")
"""The first is what :func:`warm_up` runs: NER, cues and a phone number, what a first record usually
needs. No e-mail or web address: their patterns (~0.15 s of compilation, most of it Presidio's URL
pattern) load on first use or with the :data:`SAMPLES` (:func:`preload`), after the first answer."""
SAMPLES = {  # synthetic: one short text per supported language, with a name, a phone number and a place
    "en": "Caller: Jane Doe, +44 7700 900123, jane@example.org. The tap in Block C is broken.",
    "fr": "Je m'appelle Marie Dupont, appelez le 06 12 34 56 78. Le camion d'eau n'est pas venu à Bouaké.",
    "es": "Me llamo Lucía Pérez, mi número es 612 345 678. No llegó la ayuda a Cúcuta.",
    "nl": "Mijn naam is Sanne de Vries, bel 06 12345678. De kraan in Utrecht is kapot.",
    "de": "Ich heiße Jonas Becker, Telefon 0151 2345678. Die Toiletten in Kassel sind zu.",
    "pt": "Meu nome é Ana Costa, telefone 912 345 678. A ajuda não chegou a Maputo.",
    "it": "Mi chiamo Giulia Rossi, telefono 347 123 4567. L'acqua a Bari è sporca.",
    "uk": "Мене звати Віра Руденко, телефон +380 67 123 4567. У Львові немає води.",
    "ru": "Меня зовут Ольга Смирнова, телефон +7 912 345-67-89. В Казани нет воды.",
    "ar": "اسمي آمنة يونس، رقمي +962 79 123 4567. لا يوجد ماء في إربد.",
}


def warm_up(config: EngineConfig) -> tuple[int, float]:
    """Build (or reuse) the engine and run it once over two tiny texts, so that a forked worker touches
    the code and model pages it needs (copy-on-write) before the first request does; ``(pid, build s)``."""
    get_engine(config).analyze_batch(list(WARM_UP_TEXTS[:1]))
    return os.getpid(), _build_seconds.get(config, 0.0)


def preload(config: EngineConfig) -> int:
    """Load every spaCy model now and run one sample text of each configured language through the
    engine (phone metadata, recognisers and routes of that language load on first use)."""
    engine = get_engine(config)
    engine.preload()
    engine.analyze_batch([SAMPLES[lang] for lang in config.languages if lang in SAMPLES] or list(WARM_UP_TEXTS))
    return os.getpid()


def analyze(config: EngineConfig, texts: Sequence[str], use_ner: bool) -> list[Optional[object]]:
    """Analyse a chunk of distinct texts: one ``TextAnalysis`` or None per text."""
    return get_engine(config).analyze_batch(texts, use_ner=use_ner)
