"""Imported once by the process pool's forkserver when the pool has several workers (never by application
code; a one-worker pool is spawned without a forkserver and its worker builds its own engine).

It builds the engine of the process's default configuration, every language's recognisers, and runs
it over English texts, so the libraries, the fallback (English) spaCy model, the recognisers' compiled
patterns and the language detector are loaded before any worker exists. Workers are then forked from
the forkserver with all that in memory: they start at once and share those pages copy-on-write instead
of loading them each. Other models (French) load in a worker on
its first text of that language; loading them here too would share them but add ~4 s to the cold start.
If the build fails here, workers build their own engine on first use (and fail closed if that fails).
First of all the forkserver arranges to die with the app process (``worker.die_with_parent``); its
workers die with it in turn.
"""

from __future__ import annotations

import logging


def _build_default_engine() -> None:
    from shared_code.anonymization import worker

    worker.die_with_parent()
    worker.without_azure_identity()
    try:
        from shared_code.anonymization.config import EngineConfig
        from shared_code.settings import get_settings

        config = EngineConfig.from_settings(get_settings())
        worker.warm_up(config)
        engine = worker.get_engine(config)
        engine.load_recognizers()  # every language's, so that workers share them too
        engine.analyze_batch([worker.SAMPLES["en"]])  # and its e-mail and URL patterns, compiled
    except Exception as exc:  # never break the forkserver; workers retry and fail closed
        logging.getLogger("qfa.anonymize").error("event=anonymizer_preload_failed error=%s", type(exc).__name__)


_build_default_engine()
