"""Provider failover through LiteLLM's Router (docs/llm.md § Failover), against two fake OpenAI-compatible
servers over real HTTP: the primary fails, the fallback answers and its model is on the record; a primary
that keeps failing is skipped while cooled down and tried again afterwards."""

from __future__ import annotations

import asyncio

import pytest

from shared_code.domain.llm_outputs import JudgeVerdict
from shared_code.errors import LLMUnavailableError
from shared_code.llm.factory import build_llm_client
from tests.support.fake_llm import FakeLLMServer
from tests.unit.llm.helpers import MESSAGES, call_context, make_settings

PRIMARY, FALLBACK = "openai/fake-model", "openai/fallback-model"
PRICES = {PRIMARY: {"input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6},
          FALLBACK: {"input_cost_per_token": 5e-6, "output_cost_per_token": 5e-6}}


@pytest.fixture
def fallback_server():
    with FakeLLMServer() as server:
        yield server


@pytest.fixture
def failover(fake_llm_server, fallback_server, sink):
    """``failover(**settings)`` → a client whose primary is ``fake_llm_server`` and whose one fallback
    is ``fallback_server``; the first failure cools the primary down for 1 s unless overridden."""

    def build(**overrides):
        settings = make_settings(**{"llm_fallback_models": [FALLBACK], "llm_fallback_allowed_fails": 0,
                                    "llm_fallback_cooldown_seconds": 1.0, "llm_prices": PRICES, **overrides})
        return build_llm_client(settings, sinks=[sink], api_key="primary-key", api_base=fake_llm_server.url,
                                fallbacks=[("fallback-key", fallback_server.url)])

    return build


async def test_without_fallbacks_the_direct_path_is_used(make_client):
    from shared_code.llm.transport import DirectTransport

    assert type(make_client()._transport) is DirectTransport


@pytest.mark.parametrize("failure", [{"status": 500}, {"status": 429}, {"status": 503}], ids=str)
async def test_a_failing_primary_is_answered_by_the_fallback(failover, fake_llm_server, fallback_server, sink,
                                                             failure):
    fake_llm_server.script(times=None, **failure)
    client = failover()
    with call_context(30):
        text = await client.complete_text(MESSAGES, call_kind="summary")
    assert text and fallback_server.request_count == 1 and fake_llm_server.request_count == 1
    record = sink.one
    assert (record.status, record.model, record.attempts) == ("ok", FALLBACK, 1)
    tokens = record.input_tokens + record.output_tokens
    assert record.cost_usd == pytest.approx(tokens * 5e-6)  # priced as the fallback that answered
    assert fallback_server.requests[0].headers["authorization"] == "Bearer fallback-key"


async def test_an_unreachable_primary_is_answered_by_the_fallback(fallback_server, sink):
    settings = make_settings(llm_fallback_models=[FALLBACK], llm_fallback_allowed_fails=0)
    client = build_llm_client(settings, sinks=[sink], api_key="k", api_base="http://127.0.0.1:9/v1",
                              fallbacks=[("fallback-key", fallback_server.url)])
    with call_context(30):
        await client.complete_text(MESSAGES, call_kind="summary")
        await client.complete_text(MESSAGES, call_kind="summary")
    assert [r.model for r in sink.records] == [FALLBACK, FALLBACK]
    assert client._transport._router.cooldown_cache.get_active_cooldowns(["primary"], None)  # refused: cooled


async def test_a_primary_that_times_out_is_answered_by_the_fallback_within_the_deadline(
        failover, fake_llm_server, fallback_server, sink):
    fake_llm_server.script(delay=20, times=None)
    client = failover(llm_timeout_seconds=1.0)
    with call_context(30):
        await client.complete_text(MESSAGES, call_kind="summary")
    assert fake_llm_server.in_flight == 1  # answered while the primary still sits on its request
    assert (sink.one.model, fallback_server.request_count) == (FALLBACK, 1)


async def test_a_cooled_down_primary_is_skipped_then_tried_again_after_the_cooldown(
        failover, fake_llm_server, fallback_server, sink):
    fake_llm_server.script(status=500, times=None)
    client = failover()
    with call_context(30):
        await client.complete_text(MESSAGES, call_kind="summary")
        for _ in range(3):  # cooled down: straight to the fallback, the primary sees nothing
            await client.complete_text(MESSAGES, call_kind="summary")
        assert (fake_llm_server.request_count, fallback_server.request_count) == (1, 4)
        fake_llm_server.clear_script()  # the primary recovers
        await asyncio.sleep(1.2)  # the 1 s cooldown ends
        await client.complete_text(MESSAGES, call_kind="summary")
    assert (fake_llm_server.request_count, fallback_server.request_count) == (2, 4)
    assert [r.model for r in sink.records] == [FALLBACK] * 4 + [PRIMARY]


async def test_allowed_fails_keeps_the_primary_in_rotation_until_exceeded(
        failover, fake_llm_server, fallback_server):
    fake_llm_server.script(status=500, times=None)
    client = failover(llm_fallback_allowed_fails=2, llm_fallback_cooldown_seconds=30.0)
    with call_context(30):
        for _ in range(5):
            await client.complete_text(MESSAGES, call_kind="summary")
    assert (fake_llm_server.request_count, fallback_server.request_count) == (3, 5)  # the 3rd failure opened it


async def test_the_judge_model_fails_over_the_same_way(failover, fake_llm_server, fallback_server, sink):
    fake_llm_server.script(status=500, times=None, match=lambda r: r.body.get("model") == "judge-model")
    client = failover(llm_judge_model="openai/judge-model")
    with call_context(30):
        await client.complete_structured(MESSAGES, JudgeVerdict, call_kind="judge", model="openai/judge-model")
        await client.complete_text(MESSAGES, call_kind="summary")  # the primary itself is not cooled down
    assert [r.model for r in sink.records] == [FALLBACK, PRIMARY]
    assert [r.body["model"] for r in fake_llm_server.requests] == ["judge-model", "fake-model"]


async def test_every_provider_failing_keeps_the_error_mapping(failover, fake_llm_server, fallback_server, sink):
    fake_llm_server.script(status=500, times=None)
    fallback_server.script(status=502, times=None)
    client = failover(llm_max_attempts=3, llm_fallback_cooldown_seconds=30.0)
    with call_context(30), pytest.raises(LLMUnavailableError):
        await client.complete_text(MESSAGES, call_kind="summary")
    record = sink.one
    assert (record.status, record.error_class, record.attempts) == ("error", "LLMUnavailableError", 3)
    assert record.model == PRIMARY  # nobody answered: the row names the model asked for
    assert fake_llm_server.request_count == 1 and fallback_server.request_count == 1  # then both cooled down


async def test_the_router_logs_no_provider_text(failover, fake_llm_server, fallback_server, caplog):
    fake_llm_server.script(status=500, times=None, error_message="secret provider detail")
    fallback_server.script(status=500, times=None, error_message="secret provider detail")
    with call_context(30), pytest.raises(LLMUnavailableError):
        await failover(llm_max_attempts=1).complete_text(MESSAGES, call_kind="summary")
    assert "provider detail" not in caplog.text and "event=llm_call" in caplog.text


async def test_rotated_fallback_credentials_are_used_from_the_next_call(failover, fake_llm_server, fallback_server):
    fake_llm_server.script(status=500, times=None)
    client = failover(llm_fallback_cooldown_seconds=30.0)
    with call_context(30):
        await client.complete_text(MESSAGES, call_kind="summary")
        client.set_credentials(None, None, [("rotated-key", None)])
        await client.complete_text(MESSAGES, call_kind="summary")
    assert [r.headers["authorization"] for r in fallback_server.requests] == [
        "Bearer fallback-key", "Bearer rotated-key"]


async def test_closing_the_client_unhooks_the_router(failover, fake_llm_server):
    import litellm

    client = failover()
    with call_context(30):
        await client.complete_text(MESSAGES, call_kind="summary")
    router = client._transport._router
    assert router.deployment_callback_on_failure in litellm.failure_callback
    await client.aclose()
    assert router.deployment_callback_on_failure not in litellm.failure_callback
    with call_context(30):  # a new Router is built on the next call
        await client.complete_text(MESSAGES, call_kind="summary")
    await client.aclose()


def test_more_than_three_fallbacks_is_an_invalid_setting():
    from pydantic import ValidationError

    assert make_settings(llm_fallback_models=" openai/a, openai/b ").llm_fallback_models == ["openai/a", "openai/b"]
    with pytest.raises(ValidationError):
        make_settings(llm_fallback_models="openai/a,openai/b,openai/c,openai/d")




async def test_an_unpriced_model_stays_unpriced_when_the_router_is_built(fake_llm_server, fallback_server, sink):
    """Building a Router writes each deployment's (empty) model info into LiteLLM's price map, which made
    an unpriced model cost 0.00 instead of unknown: budgets and usage would have under-counted it."""
    settings = make_settings(llm_model="openai/unpriced-model", llm_fallback_models=["openai/unpriced-fallback"])
    client = build_llm_client(settings, sinks=[sink], api_key="k", api_base=fake_llm_server.url,
                              fallbacks=[("fallback-key", fallback_server.url)])
    with call_context(30):
        await client.complete_text(MESSAGES, call_kind="summary")
    assert sink.one.model == "openai/unpriced-model" and sink.one.cost_usd is None
    assert not client.backend.is_priced("openai/unpriced-model")
    assert not client.backend.is_priced("openai/unpriced-fallback")
