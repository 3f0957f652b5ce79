"""Build the process-wide LLM client (called once by the composition root, lazily, on first use)."""

from __future__ import annotations

import logging
from typing import Sequence

from shared_code.llm.backend import LiteLLMBackend
from shared_code.llm.client import LiteLLMClient
from shared_code.llm.limiter import PriorityLimiter
from shared_code.llm.transport import Credentials
from shared_code.ports import LLMCallSink
from shared_code.settings import Settings

log = logging.getLogger("qfa.llm")


def build_llm_client(settings: Settings, *, sinks: Sequence[LLMCallSink] = (), api_key: str | None = None,
                     api_base: str | None = None, fallbacks: Sequence[Credentials] | None = None,
                     limiter: PriorityLimiter | None = None) -> LiteLLMClient:
    """Import LiteLLM, register ``LLM_PRICES``, check prices once and return the client.

    ``api_key`` / ``api_base`` override the settings (the composition root may read them from Key
    Vault), and ``fallbacks`` the ``(api_key, api_base)`` of each ``LLM_FALLBACK_MODELS`` entry. ``limiter`` defaults to a new :class:`PriorityLimiter` of ``LLM_MAX_CONCURRENCY`` slots;
    the client is meant to be a process singleton, so its limiter is process-wide.
    """
    backend = LiteLLMBackend()
    if settings.llm_prices:
        backend.register_prices(settings.llm_prices)
    client = LiteLLMClient(settings, backend, sinks=sinks, api_key=api_key, api_base=api_base, fallbacks=fallbacks,
                           limiter=limiter)
    unpriced = client.unpriced_models()
    if unpriced:
        log.warning("event=pricing_unknown models=%s detail=cost_will_be_null_unless_the_provider_reports_a_priced_model",
                    ",".join(unpriced))
    return client
