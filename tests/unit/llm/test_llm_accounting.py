"""Cost, token budget, call records, logging, parameters and cancellation of the LLM client."""

from __future__ import annotations

import asyncio
import logging

import pytest

from shared_code.errors import LLMUnavailableError, PayloadTooLargeError
from shared_code.ports import ChatMessage
from tests.unit.llm.helpers import MESSAGES, ListSink, call_context

pytestmark = pytest.mark.asyncio


def _pricing_warnings(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if "event=pricing_unknown" in r.getMessage()]


async def test_unknown_price_gives_null_cost_and_one_warning_at_build(make_client, fake_llm_server, sink, caplog):
    with caplog.at_level(logging.INFO, logger="qfa.llm"):
        client = make_client(llm_model="openai/unpriced-model")
        await client.complete_text(MESSAGES, call_kind="summary")
        await client.complete_text(MESSAGES, call_kind="summary")
    warnings = _pricing_warnings(caplog)
    assert len(warnings) == 1 and warnings[0].levelno == logging.WARNING
    assert "openai/unpriced-model" in warnings[0].getMessage()
    assert [r.cost_usd for r in sink.records] == [None, None]
    assert all(r.input_tokens > 0 for r in sink.records)


async def test_custom_prices_are_registered_and_used(make_client, fake_llm_server, sink, caplog):
    prices = {"openai/priced-model": {"input_cost_per_token": 0.001, "output_cost_per_token": 0.002}}
    with caplog.at_level(logging.INFO, logger="qfa.llm"):
        client = make_client(llm_model="openai/priced-model", llm_prices=prices)
    assert _pricing_warnings(caplog) == []
    fake_llm_server.script(usage={"prompt_tokens": 1000, "completion_tokens": 500})
    await client.complete_text(MESSAGES, call_kind="summary")
    assert sink.one.cost_usd == pytest.approx(1000 * 0.001 + 500 * 0.002)


async def test_pricing_model_fallback_prices_an_unpriced_provider_name(make_client, fake_llm_server, sink, caplog):
    with caplog.at_level(logging.INFO, logger="qfa.llm"):
        client = make_client(llm_model="openai/my-deployment-x", llm_pricing_model="gpt-4o-mini")
    assert _pricing_warnings(caplog) == []
    fake_llm_server.script(usage={"prompt_tokens": 1_000_000, "completion_tokens": 0})
    await client.complete_text(MESSAGES, call_kind="summary")
    import litellm

    expected = sum(litellm.cost_per_token(model="gpt-4o-mini", prompt_tokens=1_000_000, completion_tokens=0))
    assert expected > 0 and sink.one.cost_usd == pytest.approx(expected)


async def test_repair_adds_cost_of_both_attempts(make_client, fake_llm_server, sink):
    from pydantic import BaseModel

    class Answer(BaseModel):
        value: str

    prices = {"openai/priced-repair": {"input_cost_per_token": 0.01, "output_cost_per_token": 0.0}}
    client = make_client(llm_model="openai/priced-repair", llm_prices=prices)
    fake_llm_server.script(malformed=True, usage={"prompt_tokens": 10, "completion_tokens": 1})
    fake_llm_server.script(content={"value": "ok"}, usage={"prompt_tokens": 20, "completion_tokens": 1})
    await client.complete_structured(MESSAGES, Answer, call_kind="verify")
    assert sink.one.cost_usd == pytest.approx(0.3) and sink.one.input_tokens == 30


async def test_token_budget_rejects_before_any_provider_call(make_client, fake_llm_server, sink):
    client = make_client(llm_max_total_tokens=50)
    big = [ChatMessage("system", "rules"), ChatMessage("user", "word " * 500)]
    with pytest.raises(PayloadTooLargeError) as caught:
        await client.complete_text(big, call_kind="summary")
    assert caught.value.status == 413 and caught.value.code == "payload_too_large"
    assert caught.value.message.startswith("Estimated input of ") and "limit of 50 tokens" in caught.value.message
    assert fake_llm_server.request_count == 0 and sink.records == []


async def test_budget_counts_exactly_only_when_the_byte_bound_does_not_fit(make_client, fake_llm_server,
                                                                          monkeypatch):
    client = make_client(llm_max_total_tokens=300)
    calls = []
    real = client.backend.litellm.token_counter

    def counting(**kwargs):
        calls.append(1)
        return real(**kwargs)

    monkeypatch.setattr(client.backend.litellm, "token_counter", counting)
    await client.complete_text([ChatMessage("user", "short")], call_kind="summary")
    assert calls == []  # 5 bytes + allowance <= 300: no tokenizer run needed
    await client.complete_text([ChatMessage("user", "word " * 100)], call_kind="summary")  # 500 bytes, ~100 tokens
    assert calls == [1] and fake_llm_server.request_count == 2


async def test_count_tokens_uses_the_tokenizer_and_falls_back_to_chars(make_client, monkeypatch):
    client = make_client(llm_chars_per_token=4)
    messages = [ChatMessage("user", "hello world, " * 40)]
    counted = client.count_tokens(messages)
    assert 0 < counted < len(messages[0].content)

    def broken(**_):
        raise ValueError("no tokenizer")

    monkeypatch.setattr(client.backend.litellm, "token_counter", broken)
    assert client.count_tokens(messages) == -(-len(messages[0].content) // 4)


async def test_a_failing_sink_never_breaks_the_call(make_client, fake_llm_server, caplog):
    class Broken:
        def record(self, call):
            raise RuntimeError("db down")

    good = ListSink()
    client = make_client(sinks=[Broken(), good])
    with caplog.at_level(logging.INFO, logger="qfa.llm"):
        assert await client.complete_text(MESSAGES, call_kind="summary")
    assert len(good.records) == 1
    assert any("event=llm_sink_failed" in r.getMessage() and "RuntimeError" in r.getMessage() for r in caplog.records)


async def test_one_llm_call_log_line_without_messages_or_output(make_client, fake_llm_server, caplog):
    client = make_client()
    fake_llm_server.script(status=429)
    fake_llm_server.script(content="SECRET-OUTPUT")
    secret_messages = [ChatMessage("system", "SECRET-SYSTEM"), ChatMessage("user", "SECRET-USER")]
    with caplog.at_level(logging.DEBUG, logger="qfa"):
        assert await client.complete_text(secret_messages, call_kind="map") == "SECRET-OUTPUT"
    lines = [r.getMessage() for r in caplog.records if "event=llm_call" in r.getMessage()]
    assert len(lines) == 1
    for field in ("call_kind=map", "model=openai/fake-model", "status=ok", "attempts=2", "duration_ms=",
                  "input_tokens=", "output_tokens=", "cost=none", "error_class=none", "provider_status=none"):
        assert field in lines[0]
    assert "SECRET" not in "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("qfa"))


async def test_optional_parameters_are_sent_only_when_configured(make_client, fake_llm_server):
    plain = make_client()
    await plain.complete_text(MESSAGES, call_kind="summary")
    body = fake_llm_server.requests[-1].body
    assert not {"temperature", "seed", "max_tokens", "response_format"} & body.keys()
    tuned = make_client(llm_temperature=0.2, llm_seed=7, llm_max_output_tokens=900)
    await tuned.complete_text(MESSAGES, call_kind="map", max_output_tokens=1200)
    body = fake_llm_server.requests[-1].body
    assert (body["temperature"], body["seed"], body["max_tokens"]) == (0.2, 7, 900)
    await plain.complete_text(MESSAGES, call_kind="map", max_output_tokens=1200)
    assert fake_llm_server.requests[-1].body["max_tokens"] == 1200
    assert fake_llm_server.requests[-1].headers["authorization"] == "Bearer test"


async def test_azure_route_sends_tenant_as_user(make_client, fake_llm_server, sink):
    client = make_client(api_base=fake_llm_server.base_url, llm_model="azure/qfa-deployment",
                         llm_api_version="2024-10-21")
    with call_context(30, tenant="tenant-42"):
        await client.complete_text(MESSAGES, call_kind="summary")
    request = fake_llm_server.requests[0]
    assert request.path == "/openai/deployments/qfa-deployment/chat/completions"
    assert "api-version=2024-10-21" in request.query
    assert request.body["user"] == "tenant-42" and request.headers["api-key"] == "test"
    assert sink.one.status == "ok"


async def test_cancellation_emits_a_cancelled_record_and_reraises(make_client, fake_llm_server, sink):
    client = make_client()
    fake_llm_server.script(delay=10)
    task = asyncio.create_task(client.complete_text(MESSAGES, call_kind="reduce"))
    while fake_llm_server.request_count < 1:
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    record = sink.one
    assert (record.status, record.error_class, record.attempts, record.call_kind) == (
        "error", "LLMCancelledError", 1, "reduce")
    assert client.limiter.in_use == 0


async def test_failure_record_keeps_provider_reported_tokens(make_client, fake_llm_server, sink):
    client = make_client(llm_max_attempts=2)
    fake_llm_server.script(status=500, times=None)
    with pytest.raises(LLMUnavailableError):
        await client.complete_text(MESSAGES, call_kind="summary")
    assert (sink.one.input_tokens, sink.one.output_tokens, sink.one.cost_usd) == (0, 0, None)
