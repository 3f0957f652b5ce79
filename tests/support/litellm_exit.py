"""Let a test process that imported LiteLLM exit.

LiteLLM creates HTTP handlers at import (``litellm.module_level_client`` and ``module_level_aclient``) and
caches more per model. Their ``__del__`` imports a module. Left to interpreter finalization, that import can
wait forever on an import lock that a daemon thread held when the interpreter began to shut down (an app's
warm-up thread, say): last session, pytest finished its tests and then hung at exit. :func:`release` drops
the handlers while the interpreter is still whole, so their ``__del__`` runs (and imports) then.
"""

from __future__ import annotations

import gc
import importlib
import sys
import warnings


def release() -> None:
    """Drop LiteLLM's module-level and cached HTTP handlers and collect them now; a no-op when LiteLLM was
    never imported. Only at the end of a process: LiteLLM calls made after it would lack these clients."""
    if "litellm" not in sys.modules:
        return
    # An app's warm-up thread may still be importing LiteLLM: importing it here waits for that to finish
    # (the module lock) rather than reading a partly initialised module.
    with warnings.catch_warnings():  # pydantic's notes on LiteLLM's types, printed after pytest's summary
        warnings.simplefilter("ignore")
        litellm = importlib.import_module("litellm")
    litellm.module_level_client = None
    litellm.module_level_aclient = None
    litellm.in_memory_llm_clients_cache.flush_cache()
    gc.collect()
