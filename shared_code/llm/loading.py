"""One thread at a time loads the LLM stack.

LiteLLM, the OpenAI SDK and their dependencies are first imported in two places: the start-up warm-up
thread (phases ``import_litellm`` and ``llm_call_path``) and the first request's client build (the
composition root). A library whose package imports its own modules is a cycle that two threads importing
it at once can break (tests/test_concurrent_imports.py): one gets a half-initialised module. Both places
therefore load under :data:`LOCK`; whichever comes second finds everything imported.
"""

from __future__ import annotations

import threading
from typing import Any

LOCK = threading.Lock()


def build_llm_client(settings: Any, **kwargs: Any) -> Any:
    """:func:`shared_code.llm.factory.build_llm_client` (imports included) under :data:`LOCK`."""
    with LOCK:
        from shared_code.llm.factory import build_llm_client as build

        return build(settings, **kwargs)
