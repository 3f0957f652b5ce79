"""Start-up warm-up: load what requests need in a background thread as soon as the worker starts.

The Functions worker imports ``function_app`` to index the functions; ``function_app`` calls :func:`start`
last, which returns at once (indexing never waits for it: the host's 30 s limit is not at risk). The
daemon thread then loads, in the order the first request needs them:

1. ``import_anonymizer``: Presidio and spaCy (meanwhile a second thread reads the language detector's
   model: its decompression releases the GIL); ``engine``: the recogniser registry and the detector;
   ``model_<fallback>``: the fallback (English) spaCy model; ``first_analysis``: one text
   through the engine. With the process executor, ``start_anonymizer`` instead: the pool starts and its
   workers do all that in their own processes, on another core, while this thread goes on;
2. ``import_litellm``: LiteLLM, with our settings for it; ``llm_call_path``: what its first completion
   imports (``LiteLLMBackend.warm_call_path``: a mocked completion, nothing sent); then, if a request is already waiting, a pause
   until its first LLM call has finished (``yield_to_first_request``, at most ``YIELD_SECONDS``);
3. ``models``: every other configured spaCy model; ``languages``: one synthetic text of each configured
   language through the engine (phone metadata, recognisers and routes load on first use); with the
   process executor, ``worker_languages``: the same in the pool's workers, then their memory trimmed;
4. ``trim``: ``gc.freeze`` (the loaded objects are never collected: later collections skip them) and
   ``malloc_trim`` (loading leaves freed heap behind).

A request that arrives earlier does not wait for the thread to finish: the engine's import and build and
the LLM stack's import happen once per process, each under one lock (``worker.get_engine``'s,
``shared_code.llm.loading.LOCK``), so the request and the thread share the work and never import one
library in two threads at once (tests/test_concurrent_imports.py). Each
step logs ``event=warm_up phase=<name> duration_ms=<n> cpu_ms=<n>`` (``cpu_ms``: this thread's CPU);
a failure logs its error type only and ends the warm-up; requests then build what they need on first
use and fail closed as before. ``WARM_UP_ON_START=false`` turns it off (tests that import
``function_app`` in process).

From :func:`start` until the warm-up ends, the cyclic garbage collector is paused (``gc.disable``): the
imports and models allocate some million long-lived objects, and the collections they trigger walk
them again and again (~0.4 s of CPU, about 15 % of the imports). The trim step freezes everything
without a collection first: walking the ~410,000 loaded objects cost ~0.3 s of CPU holding the GIL to find
almost nothing (88 objects after an English and a French request), so the little cyclic garbage of
requests served meanwhile stays frozen with the rest. The collector runs as usual from then on (also
after a failure).
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from typing import Callable

log = logging.getLogger("qfa.warm_up")

YIELD_SECONDS = 2.0
"""After step 2, while a request is waiting for its first LLM call, the warm-up pauses at most this long:
the first request, not the other languages' models, gets the CPU (one vCPU on Flex)."""

_thread: threading.Thread | None = None
done = threading.Event()
"""Set when the warm-up has finished, failed or was turned off."""
demand = threading.Event()
"""Set by the composition root when a request first needs the LLM client and the anonymiser."""
first_llm_call = threading.Event()
"""Set when the process's first LLM call has finished (:class:`FirstCallSink`)."""


class FirstCallSink:
    """An :class:`~shared_code.ports.LLMCallSink` that marks the end of the process's first LLM call."""

    def record(self, call: object) -> None:
        first_llm_call.set()


_gc_paused = False


def start() -> threading.Thread | None:
    """Start the warm-up thread once per process, with the garbage collector paused until it ends;
    returns the thread (None when it was started before)."""
    global _thread, _gc_paused
    if _thread is not None:
        return None
    if gc.isenabled():
        gc.disable()
        _gc_paused = True
    _thread = threading.Thread(target=run, name="qfa-warm-up", daemon=True)
    _thread.start()
    return _thread


def run() -> None:
    """The warm-up itself (see the module docstring); never raises."""
    global _gc_paused
    started = time.perf_counter()
    try:
        from shared_code.composition import get_container

        settings = get_container().settings
        if not settings.warm_up_on_start:
            return
        _steps(settings)
        log.info("event=warm_up_done total_ms=%d", round((time.perf_counter() - started) * 1000))
    except Exception as exc:  # noqa: BLE001 - requests build on first use instead
        log.error("event=warm_up_failed error=%s", type(exc).__name__)
    finally:
        if _gc_paused:
            _gc_paused = False
            gc.enable()
        done.set()


def _steps(settings) -> None:  # noqa: ANN001
    from shared_code.anonymization.config import EngineConfig

    config = EngineConfig.from_settings(settings)
    in_process = config.executor == "thread"
    engine = pool = None
    if not in_process:
        from shared_code.anonymization import batch

        pool, _ = _phase("start_anonymizer", lambda: batch.start_process_pool(config))
    else:
        from shared_code.anonymization import language, worker

        language.start_prefetch()
        _phase("import_anonymizer", worker.import_engine)
        engine = _phase("engine", lambda: worker.get_engine(config))
        if config.fallback_language in config.model_map:
            _phase(f"model_{config.fallback_language}", lambda: engine.nlp_engine.nlp[config.fallback_language])
        _phase("first_analysis", lambda: worker.warm_up(config))
    from shared_code.llm import loading

    with loading.LOCK:  # the first request's client build waits here rather than import LiteLLM beside us
        backend = _phase("import_litellm", _import_litellm)
        _phase("llm_call_path", lambda: backend.warm_call_path(settings.llm_model))
    if demand.is_set():
        _phase("yield_to_first_request", lambda: first_llm_call.wait(YIELD_SECONDS))
    if engine is not None:
        _phase("models", engine.nlp_engine.preload)
        _phase("languages", lambda: worker.preload(config))
    elif pool is not None:
        _phase("worker_languages", lambda: _in_each_worker(pool, config))
    _phase("trim", release_free_memory)


def _in_each_worker(pool, config) -> None:  # noqa: ANN001
    """Every model and language loaded in the pool's workers, then their memory trimmed: one job of each
    per worker (with several workers the pool may hand two to one worker; the other then loads on first
    use). Submitted after the first request's analysis (``yield_to_first_request``): jobs run in order."""
    from shared_code.anonymization import worker

    for job in [pool.submit(worker.preload, config) for _ in range(max(1, config.workers))]:
        job.result()
    for job in [pool.submit(release_free_memory) for _ in range(max(1, config.workers))]:
        job.result()


def _phase(name: str, step: Callable[[], object]) -> object:
    started, cpu = time.perf_counter(), time.thread_time()
    result = step()
    log.info("event=warm_up phase=%s duration_ms=%d cpu_ms=%d", name, round((time.perf_counter() - started) * 1000),
             round((time.thread_time() - cpu) * 1000))
    return result


def _import_litellm():  # -> LiteLLMBackend
    from shared_code.llm.backend import LiteLLMBackend

    return LiteLLMBackend()  # imports LiteLLM and applies our settings for it


def release_free_memory() -> None:
    """Move every object out of the collector's reach (``gc.freeze``: the libraries and models stay for the
    life of the process; see the module docstring on why there is no collection first) and hand the
    allocator's free heap back to the system (glibc ``malloc_trim``)."""
    gc.freeze()
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except OSError:  # not glibc (musl): nothing to trim
            pass
