"""The :class:`~shared_code.ports.Anonymizer` adapter over Presidio (docs/pipeline.md § Anonymisation).

``detect_batch(texts, use_ner=...)``:

1. deduplicates identical texts (empty and whitespace-only texts are never analysed);
2. runs the distinct texts in chunks on a bounded executor (``ANONYMIZER_WORKERS`` jobs at most, and at
   most that many chunks of one call in flight, so a large request cannot queue ahead of every small one);
   the engine is built there on first use, behind an asyncio lock (or already by the start-up warm-up).
   The executor is the configuration's (``EngineConfig.executor``; ``ANONYMIZER_EXECUTOR=auto`` picks one
   worker process on two CPUs or more, threads on one). One worker process (:class:`WorkerProcess`) is
   started by the start-up warm-up and loads the anonymiser on another core while the app process imports
   LiteLLM; several workers fork from a forkserver that already holds the engine (about twice the
   throughput on 2 free cores, twice the memory); threads share the app process's engine;
3. returns the spans of every input text, in input order (the same tuple for identical texts); the
   domain renders them with the request's registry (:func:`shared_code.domain.anonymized.render_batch`).

Fail closed: a text whose analysis failed (or whose spans the domain could not render) is None in the
result; an engine that cannot be built or an executor that broke raises :class:`AnonymizationError`
(and the next call starts a fresh executor).
Logs one line per call with counts only, never texts or values.
"""

from __future__ import annotations

import asyncio
import logging
import math
import multiprocessing
import threading
import time
from collections import Counter
from concurrent.futures import BrokenExecutor, Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Optional, Sequence

from shared_code.anonymization import worker
from shared_code.anonymization.config import EngineConfig, ExecutorKind
from shared_code.anonymization.worker_process import WorkerProcess
from shared_code.domain.anonymized import Detection, spans_renderable
from shared_code.errors import AnonymizationError

log = logging.getLogger("qfa.anonymize")

CHUNK_BATCHES = 4
"""A job holds at most this many spaCy batches of texts."""


class PresidioAnonymizer:
    def __init__(self, config: EngineConfig, *, executor: Optional[ExecutorKind] = None) -> None:
        self.config = config
        self.executor_kind = executor or config.executor
        self.workers = max(1, config.workers)
        self._executor: Optional[Executor] = None
        self._lock: Optional[asyncio.Lock] = None
        self.build_seconds: Optional[float] = None

    # --- lifecycle -----------------------------------------------------------------------------------

    async def start(self, *, preload: bool = False) -> None:
        """Build the engine now (otherwise the first call does); with ``preload`` also load every spaCy
        model and the language detector, which otherwise load on first use. Raises AnonymizationError."""
        executor = await self._ready()
        if preload:
            loop = asyncio.get_running_loop()
            jobs = self.workers if self.executor_kind == "process" else 1
            try:
                await asyncio.gather(*(loop.run_in_executor(executor, worker.preload, self.config) for _ in range(jobs)))
            except Exception as exc:
                log.error("event=anonymizer_build_failed error=%s", type(exc).__name__)
                raise AnonymizationError() from exc

    async def _ready(self) -> Executor:
        if self._executor is not None:
            return self._executor
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self._executor is None:
                self._executor = await self._build()
        return self._executor

    async def _build(self) -> Executor:
        started = time.perf_counter()
        if self.executor_kind == "process":
            executor, warmups = claim_process_pool(self.config)
        else:
            executor = self._new_executor()
            warmups = [executor.submit(worker.warm_up, self.config)]
        try:
            await asyncio.gather(*(asyncio.wrap_future(warmup) for warmup in warmups))
        except BaseException as exc:
            executor.shutdown(wait=False, cancel_futures=True)
            if isinstance(exc, asyncio.CancelledError):
                raise
            log.error("event=anonymizer_build_failed error=%s", type(exc).__name__)
            raise AnonymizationError() from exc
        self.build_seconds = time.perf_counter() - started
        log.info("event=anonymizer_ready executor=%s workers=%d build_ms=%d", self.executor_kind, self.workers,
                 round(self.build_seconds * 1000))
        return executor

    def _new_executor(self) -> Executor:
        return ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="qfa-anonymize")

    async def aclose(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            await asyncio.get_running_loop().run_in_executor(None, lambda: executor.shutdown(wait=True))

    def _discard(self, executor: Executor) -> None:
        if self._executor is executor:
            self._executor = None
            executor.shutdown(wait=False, cancel_futures=True)

    # --- the port ------------------------------------------------------------------------------------

    async def detect_batch(self, texts: Sequence[str], *, use_ner: bool | Sequence[bool] = True) -> list[Detection]:
        started = time.perf_counter()
        flags = [use_ner] * len(texts) if isinstance(use_ner, bool) else [bool(f) for f in use_ner]
        if len(flags) != len(texts):
            raise ValueError("use_ner needs one flag per text")
        keys = list(zip(texts, flags))
        groups = {flag: [text for text, f in dict.fromkeys(keys) if f is flag and text.strip()] for flag in (True, False)}
        jobs = [(flag, distinct) for flag, distinct in groups.items() if distinct]
        # NER and pattern-only texts are analysed as parallel jobs; the domain assigns placeholders in order.
        results = await asyncio.gather(*(self._analyze(distinct, flag) for flag, distinct in jobs))
        analyses = {(text, flag): found for (flag, _), by_text in zip(jobs, results) for text, found in by_text.items()}
        detected: dict[tuple[str, bool], Detection] = {}
        entities: Counter[str] = Counter()
        languages: Counter[str] = Counter()
        for key in keys:
            if key not in detected:
                detected[key] = _detection(key[0], analyses.get(key), entities, languages)
        out = [detected[key] for key in keys]
        log.info(
            "event=anonymize texts=%d distinct=%d entities=%s languages=%s duration_ms=%d failures=%d",
            len(texts), len(detected), _counts(entities), _counts(languages),
            round((time.perf_counter() - started) * 1000), sum(1 for d in out if d is None),
        )
        return out

    async def _analyze(self, distinct: list[str], use_ner: bool) -> dict[str, object]:
        executor = await self._ready()
        loop = asyncio.get_running_loop()
        limit = asyncio.Semaphore(self.workers)
        size = max(1, min(CHUNK_BATCHES * self.config.batch_size, math.ceil(len(distinct) / self.workers)))
        chunks = [distinct[i : i + size] for i in range(0, len(distinct), size)]

        async def run(chunk: list[str]) -> list[object]:
            async with limit:
                return await loop.run_in_executor(executor, worker.analyze, self.config, chunk, use_ner)

        try:
            results = await asyncio.gather(*(run(chunk) for chunk in chunks))
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.error("event=anonymize_failed error=%s", type(exc).__name__)
            if isinstance(exc, (BrokenExecutor, RuntimeError)):  # broken pool, or shut down: start afresh
                self._discard(executor)
            raise AnonymizationError() from exc
        analyses: dict[str, object] = {}
        for chunk, chunk_results in zip(chunks, results):
            if len(chunk_results) != len(chunk):
                raise AnonymizationError()
            analyses.update(zip(chunk, chunk_results))
        return analyses


_started_lock = threading.Lock()
_started: dict[EngineConfig, tuple[Executor, list[Future]]] = {}
"""A process pool started ahead of its first use (:func:`start_process_pool`), until the adapter claims it."""
_starter: Optional[ThreadPoolExecutor] = None


def start_process_pool(config: EngineConfig) -> tuple[Executor, list[Future]]:
    """Start the process pool now, its workers building the engine and running the first analysis
    (``worker.warm_up``) at once; the start-up warm-up calls this so that the anonymiser loads in another
    process (on another core) while this one imports LiteLLM. Returns the pool and its warm-up jobs;
    the adapter takes them over on first use (:func:`claim_process_pool`). Once per configuration.

    The pool's processes are started from one thread that lives as long as this process: the kernel's
    ``PR_SET_PDEATHSIG`` (``worker.die_with_parent``) fires when the *thread* that started a child ends,
    so a child started from the short-lived warm-up thread would be killed with it."""
    global _starter
    with _started_lock:
        if config not in _started:
            if _starter is None:
                _starter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qfa-pool-starter")
            _started[config] = _starter.submit(_new_process_pool, config).result()
        return _started[config]


def _new_process_pool(config: EngineConfig) -> tuple[Executor, list[Future]]:
    workers = max(1, config.workers)
    if workers == 1:
        pool: Executor = WorkerProcess(worker.initialize, (config,))
    else:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=_process_context(),
                                   initializer=worker.initialize, initargs=(config,))
    return pool, [pool.submit(worker.warm_up, config) for _ in range(workers)]


def claim_process_pool(config: EngineConfig) -> tuple[Executor, list[Future]]:
    """The pool started for ``config`` (a new one when none was, or the last one was claimed already: it
    broke and is being replaced), with its warm-up jobs."""
    with _started_lock:
        started = _started.pop(config, None)
    return started or _pop_new(config)


def _pop_new(config: EngineConfig) -> tuple[Executor, list[Future]]:
    start_process_pool(config)
    with _started_lock:
        return _started.pop(config)


def _process_context() -> multiprocessing.context.BaseContext:
    """Several workers fork from a forkserver that has built the engine already (:mod:`preload`), so they
    start at once and share the models' memory (``spawn`` where forkserver is unavailable); never plain
    ``fork`` of this process (it would copy the event loop and the executor threads). One worker is a
    :class:`WorkerProcess` instead: a fresh interpreter, nothing to share, no forkserver or resource tracker."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["shared_code.anonymization.preload"])
    return context


def _detection(text: str, analysis, entities: Counter, languages: Counter) -> Detection:  # noqa: ANN001
    """The spans of one distinct text for the port; None (fail closed) when its analysis failed or its
    spans could not be rendered."""
    if not text.strip():
        return ()
    if analysis is None or not spans_renderable(text, analysis.spans):
        return None
    entities.update(span[2] for span in analysis.spans)
    languages[analysis.language] += 1
    return analysis.spans


def _counts(counter: Counter) -> str:
    return ",".join(f"{key}:{value}" for key, value in sorted(counter.items())) or "-"
