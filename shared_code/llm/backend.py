"""The only module that touches LiteLLM: completion, the Router, token counting, prices.

LiteLLM is imported when a :class:`LiteLLMBackend` is created (first use of the LLM client), after
:mod:`shared_code.runtime_env` has set ``LITELLM_LOCAL_MODEL_COST_MAP=True``.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
from typing import Any, Mapping, Sequence

log = logging.getLogger("qfa.llm")

# LiteLLM fetches these from GitHub at run time unless told to use its bundled copies (the price map
# is covered by shared_code.runtime_env). Nothing may leave the machine except the provider call.
LITELLM_OFFLINE_DEFAULTS = {
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    "LITELLM_LOCAL_ANTHROPIC_BETA_HEADERS": "True",
    "LITELLM_LOCAL_BLOG_POSTS": "True",
    "LITELLM_LOCAL_AUTOROUTER_PRESETS": "True",
    "LITELLM_LOCAL_POLICY_TEMPLATES": "True",
    # LiteLLM's default DEV mode reads a ``.env`` file from the working directory at import: settings come
    # from the app's environment only.
    "LITELLM_MODE": "PRODUCTION",
}


class LiteLLMBackend:
    """Thin, stateless wrapper over the ``litellm`` module."""

    def __init__(self) -> None:
        import shared_code.runtime_env  # noqa: F401  (must precede the litellm import)

        for name, value in LITELLM_OFFLINE_DEFAULTS.items():
            os.environ.setdefault(name, value)
        import litellm

        self.litellm = litellm
        self.litellm.suppress_debug_info = True  # no "Give Feedback / Get Help" banners with provider text
        # token_counter would fetch Hugging Face tokenizers for some model families: never download
        # (falls back to the bundled cl100k encoding).
        self.litellm.disable_hf_tokenizer_download = True

    async def acompletion(self, **kwargs: Any) -> Any:
        return await self.litellm.acompletion(**kwargs)

    def warm_call_path(self, model: str) -> None:
        """Load now what the first completion would import on the request path (~0.5 s of CPU): the OpenAI
        SDK's resource modules (its client imports all of them on first use) and LiteLLM's own lazy
        imports, by one completion of ``model`` with ``mock_response`` (LiteLLM answers it itself: no
        request leaves the process, no prompt, no usage row)."""
        import openai.resources.chat  # noqa: F401

        self.litellm.completion(model=model, messages=[{"role": "user", "content": "warm-up"}],
                                mock_response="warm-up", api_key="warm-up")

    def router(self, **config: Any) -> Any:
        """A ``litellm.Router`` (provider failover, :mod:`shared_code.llm.transport`). Building it writes
        each deployment's model info into LiteLLM's price map, an empty entry for a model without prices,
        which would price that model at 0.00 instead of unknown: entries it added without a price are
        taken out again, so costs are the same with and without failover."""
        before = set(self.litellm.model_cost)
        router = self.litellm.Router(**config)
        for key in set(self.litellm.model_cost) - before:
            entry = self.litellm.model_cost.get(key) or {}
            if entry.get("input_cost_per_token") is None and entry.get("output_cost_per_token") is None:
                self.litellm.model_cost.pop(key, None)
        return router

    async def aclose(self, flush_timeout: float = 2.0) -> None:
        """Release LiteLLM's loop-bound resources on the running loop: let its background logging
        worker finish (bounded), stop it, close and forget the cached HTTP clients. Call it before
        the event loop ends (process shutdown; tests that run one loop per test)."""
        await drain_litellm(flush_timeout)

    # tokens -------------------------------------------------------------------------------------
    def count_tokens(self, model: str, messages: Sequence[Mapping[str, str]], chars_per_token: float) -> int:
        """LiteLLM's tokenizer count; a characters-per-token estimate when it raises."""
        try:
            return int(self.litellm.token_counter(model=model, messages=list(messages)))
        except Exception:  # noqa: BLE001 - any tokenizer failure falls back to the estimate
            chars = sum(len(m.get("content") or "") for m in messages)
            return int(math.ceil(chars / chars_per_token))

    # prices ---------------------------------------------------------------------------------------
    def register_prices(self, prices: Mapping[str, Mapping[str, float]]) -> None:
        """Register ``{model: {input_cost_per_token, output_cost_per_token}}`` with LiteLLM."""
        entries: dict[str, dict[str, Any]] = {}
        for model, price in prices.items():
            entry: dict[str, Any] = {"mode": "chat", "cache_creation_input_token_cost": 0.0,
                                     "cache_read_input_token_cost": 0.0}
            entry.update(price)
            if "/" in model:
                entry.setdefault("litellm_provider", model.split("/", 1)[0])
            entries[model] = entry
        if entries:
            self.litellm.register_model(entries)

    def is_priced(self, model: str) -> bool:
        try:
            self.litellm.cost_per_token(model=model, prompt_tokens=1000, completion_tokens=1000)
            return True
        except Exception:  # noqa: BLE001 - LiteLLM raises various errors for unmapped models
            return False

    def response_cost(self, response: Any, pricing_model: str, input_tokens: int, output_tokens: int) -> float | None:
        """Cost of one response: LiteLLM's own figure for the reported model, else prices of
        ``pricing_model`` for the reported tokens, else None (unknown)."""
        hidden = getattr(response, "_hidden_params", None) or {}
        cost = hidden.get("response_cost") if isinstance(hidden, dict) else None
        if isinstance(cost, (int, float)) and not isinstance(cost, bool):
            return float(cost)
        try:
            cost = self.litellm.completion_cost(completion_response=response)
            if cost is not None:
                return float(cost)
        except Exception:  # noqa: BLE001 - unmapped model: fall back to the pricing model
            pass
        try:
            prompt_cost, completion_cost = self.litellm.cost_per_token(
                model=pricing_model, prompt_tokens=input_tokens, completion_tokens=output_tokens)
            return float(prompt_cost) + float(completion_cost)
        except Exception:  # noqa: BLE001
            return None


async def drain_litellm(flush_timeout: float = 2.0) -> None:
    """See :meth:`LiteLLMBackend.aclose`; a no-op when LiteLLM was never imported."""
    import sys

    if "litellm" not in sys.modules:
        return
    from litellm.litellm_core_utils.logging_worker import GLOBAL_LOGGING_WORKER
    from litellm.llms.custom_httpx.async_client_cleanup import close_litellm_async_clients

    try:
        await asyncio.wait_for(GLOBAL_LOGGING_WORKER.flush(), flush_timeout)
    except (asyncio.TimeoutError, Exception):  # noqa: BLE001 - best effort at shutdown
        pass
    await GLOBAL_LOGGING_WORKER.stop()
    await close_litellm_async_clients()
    sys.modules["litellm"].in_memory_llm_clients_cache.flush_cache()
