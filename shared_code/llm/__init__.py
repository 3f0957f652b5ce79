"""LLM adapter (docs/pipeline.md § LLM calls): :class:`LiteLLMClient` over ``litellm.acompletion``.

Importing this package does not import LiteLLM; :func:`build_llm_client` does.

    client = build_llm_client(settings, sinks=[usage_recorder], api_key=key, api_base=base)
    text = await client.complete_text(messages, call_kind="map", max_output_tokens=1200)
    verdict = await client.complete_structured(messages, JudgeVerdict, call_kind="judge",
                                               model=settings.judge_model)
"""

from shared_code.llm.backend import LiteLLMBackend
from shared_code.llm.client import LiteLLMClient
from shared_code.llm.factory import build_llm_client
from shared_code.llm.limiter import PriorityLimiter
from shared_code.llm.schema import json_schema_response_format, parse_structured, strict_json_schema

__all__ = [
    "LiteLLMBackend", "LiteLLMClient", "PriorityLimiter", "build_llm_client", "json_schema_response_format",
    "parse_structured", "strict_json_schema",
]
