"""LLM adapter (docs/pipeline.md § LLM calls): :class:`LiteLLMClient` over ``litellm.acompletion``.

Importing this package imports nothing, not even its own modules (tests/test_concurrent_imports.py says
why); :func:`shared_code.llm.factory.build_llm_client` imports LiteLLM.

    client = build_llm_client(settings, sinks=[usage_recorder], api_key=key, api_base=base)
    text = await client.complete_text(messages, call_kind="map", max_output_tokens=1200)
    verdict = await client.complete_structured(messages, JudgeVerdict, call_kind="judge",
                                               model=settings.judge_model)
"""
