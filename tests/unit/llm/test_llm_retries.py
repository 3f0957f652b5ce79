"""Retries, deadline and error mapping of the LLM client, through LiteLLM against the fake server."""

from __future__ import annotations

import logging
import socket

import pytest

from shared_code.errors import (
    LLMBadRequestError, LLMConfigurationError, LLMContentPolicyError, LLMContextTooLargeError, LLMRateLimitError,
    LLMProviderRateLimitedError, LLMTimeoutError, LLMUnavailableError,
)
from tests.unit.llm.helpers import MESSAGES, VirtualTime, call_context

pytestmark = pytest.mark.asyncio


async def test_429_then_success_is_one_ok_record_with_two_attempts(make_client, fake_llm_server, sink):
    client = make_client()
    fake_llm_server.script(status=429)
    text = await client.complete_text(MESSAGES, call_kind="analysis")
    assert text.startswith("[fake-llm]")
    assert fake_llm_server.request_count == 2
    record = sink.one
    assert (record.status, record.attempts, record.error_class, record.call_kind) == ("ok", 2, None, "analysis")
    assert record.input_tokens > 0 and record.output_tokens > 0


@pytest.mark.parametrize("status", [408, 500, 502, 503, 504, 529])
async def test_retryable_statuses_are_retried(make_client, fake_llm_server, sink, status):
    client = make_client()
    fake_llm_server.script(status=status)
    await client.complete_text(MESSAGES, call_kind="summary")
    assert fake_llm_server.request_count == 2
    assert sink.one.attempts == 2 and sink.one.status == "ok"


async def test_persistent_500_exhausts_attempts(make_client, fake_llm_server, sink):
    client = make_client(llm_max_attempts=4)
    fake_llm_server.script(status=500, times=None)
    with pytest.raises(LLMUnavailableError) as caught:
        await client.complete_text(MESSAGES, call_kind="summary")
    err = caught.value
    assert (err.status, err.code, err.attempts, err.provider_status) == (502, "llm_error", 4, 500)
    assert err.message == LLMUnavailableError.default_message
    assert fake_llm_server.request_count == 4
    record = sink.one
    assert (record.status, record.attempts, record.error_class, record.provider_status) == (
        "error", 4, "LLMUnavailableError", 500)
    assert (record.input_tokens, record.output_tokens, record.cost_usd) == (0, 0, None)


async def test_persistent_429_is_rate_limit_error(make_client, fake_llm_server, sink):
    client = make_client(llm_max_attempts=3)
    fake_llm_server.script(status=429, times=None)
    with pytest.raises(LLMRateLimitError) as caught:
        await client.complete_text(MESSAGES, call_kind="summary")
    assert caught.value.status == 502 and caught.value.attempts == 3
    assert fake_llm_server.request_count == 3
    assert sink.one.error_class == "LLMRateLimitError" and sink.one.provider_status == 429


async def test_400_is_not_retried(make_client, fake_llm_server, sink):
    client = make_client()
    fake_llm_server.script(status=400, error_message="deployment my-secret-deployment rejected it")
    with pytest.raises(LLMBadRequestError) as caught:
        await client.complete_text(MESSAGES, call_kind="summary")
    assert caught.value.attempts == 1 and caught.value.status == 502
    assert "my-secret-deployment" not in str(caught.value)
    assert fake_llm_server.request_count == 1
    assert sink.one.error_class == "LLMBadRequestError" and sink.one.provider_status == 400


@pytest.mark.parametrize("status", [401, 403, 404])
async def test_auth_and_not_found_are_configuration_errors_logged_at_error(make_client, fake_llm_server, sink,
                                                                          caplog, status):
    client = make_client()
    fake_llm_server.script(status=status, error_message="key sk-SECRET for https://internal.example/ invalid")
    with caplog.at_level(logging.INFO, logger="qfa.llm"), pytest.raises(LLMConfigurationError) as caught:
        await client.complete_text(MESSAGES, call_kind="summary")
    assert caught.value.message == LLMConfigurationError.default_message
    assert fake_llm_server.request_count == 1
    assert sink.one.error_class == "LLMConfigurationError" and sink.one.provider_status == status
    calls = [r for r in caplog.records if "event=llm_call" in r.getMessage()]
    assert len(calls) == 1 and calls[0].levelno == logging.ERROR
    assert f"provider_status={status}" in calls[0].getMessage()
    assert "SECRET" not in caplog.text and "internal.example" not in caplog.text


async def test_context_window_exceeded_maps_to_413(make_client, fake_llm_server, sink):
    client = make_client()
    fake_llm_server.script(status=400, error_code="context_length_exceeded",
                           error_message="This model's maximum context length is 8192 tokens")
    with pytest.raises(LLMContextTooLargeError) as caught:
        await client.complete_text(MESSAGES, call_kind="summary")
    assert (caught.value.status, caught.value.code) == (413, "payload_too_large")
    assert fake_llm_server.request_count == 1 and sink.one.error_class == "LLMContextTooLargeError"


async def test_content_policy_error_and_content_filter_finish(make_client, fake_llm_server, sink):
    client = make_client()
    fake_llm_server.script(status=400, error_message="Invalid prompt: your prompt was flagged as violating our usage policy")
    with pytest.raises(LLMContentPolicyError):
        await client.complete_text(MESSAGES, call_kind="summary")
    fake_llm_server.script(content="", finish_reason="content_filter")
    with pytest.raises(LLMContentPolicyError):
        await client.complete_text(MESSAGES, call_kind="summary")
    assert fake_llm_server.request_count == 2
    assert [r.error_class for r in sink.records] == ["LLMContentPolicyError", "LLMContentPolicyError"]


async def test_timeout_beyond_the_deadline_is_504(make_client, fake_llm_server, sink):
    client = make_client(llm_min_attempt_seconds=0.2, llm_timeout_seconds=30)
    fake_llm_server.script(delay=10, times=None)  # would answer: only the deadline can end the attempt
    with call_context(1.8), pytest.raises(LLMTimeoutError) as caught:  # 0.8 s left for one attempt
        await client.complete_text(MESSAGES, call_kind="summary")
    assert (caught.value.status, caught.value.code) == (504, "analysis_timeout")
    assert fake_llm_server.request_count == 1  # no retry started: it could not finish in time
    assert sink.one.error_class == "LLMTimeoutError" and sink.one.attempts == 1


async def test_per_attempt_timeout_is_retried_when_time_allows(make_client, fake_llm_server, sink):
    client = make_client(llm_timeout_seconds=0.3)
    fake_llm_server.script(delay=5)  # the first attempt would answer after 5 s; the second at once
    await client.complete_text(MESSAGES, call_kind="summary")
    assert fake_llm_server.request_count == 2 and sink.one.attempts == 2


async def test_no_time_for_a_first_attempt_makes_no_request_and_no_record(make_client, fake_llm_server, sink):
    client = make_client(llm_min_attempt_seconds=5)
    with call_context(4.0), pytest.raises(LLMTimeoutError) as caught:
        await client.complete_text(MESSAGES, call_kind="summary")
    assert caught.value.attempts == 0
    assert fake_llm_server.request_count == 0 and sink.records == []


async def test_without_call_context_the_default_deadline_applies(make_client, fake_llm_server, sink):
    virtual = VirtualTime()
    client = make_client(time=virtual, request_deadline_seconds=1.6, llm_min_attempt_seconds=0.2, llm_timeout_seconds=30)
    before = virtual.clock()
    assert before + 1.6 <= client.deadline() <= virtual.clock() + 1.6
    fake_llm_server.script(delay=10)  # would answer after 10 s: only the 0.6 s attempt can end it
    with pytest.raises(LLMTimeoutError):
        await client.complete_text(MESSAGES, call_kind="summary")
    assert fake_llm_server.request_count == 1 and virtual.sleeps == []  # no time left for a retry


async def test_retry_after_is_honoured_as_minimum_wait(make_client, fake_llm_server, sink):
    virtual = VirtualTime()
    client = make_client(time=virtual, llm_retry_base_seconds=0.001, llm_retry_max_wait_seconds=0.001)
    fake_llm_server.script(status=429, retry_after=0.4)
    fake_llm_server.script(status=503, retry_after_ms=250)
    await client.complete_text(MESSAGES, call_kind="summary")
    assert virtual.waits == [0.4, 0.25]  # the back-off (at most 1 ms) raised to each Retry-After
    assert sink.one.attempts == 3


async def test_retry_after_that_does_not_fit_the_deadline_stops_at_once_and_says_rate_limited(
        make_client, fake_llm_server, sink):
    virtual = VirtualTime()
    client = make_client(time=virtual, llm_min_attempt_seconds=0.5)
    fake_llm_server.script(status=429, retry_after=30, times=None)
    with call_context(10.0), pytest.raises(LLMProviderRateLimitedError) as caught:
        await client.complete_text(MESSAGES, call_kind="summary")
    assert virtual.sleeps == []  # no 30 s wait that could not end before the deadline
    assert fake_llm_server.request_count == 1
    error = caught.value
    assert (error.status, error.code, error.provider_status) == (503, "llm_rate_limited", 429)
    assert error.headers == {"Retry-After": "30"} and "rate-limiting" in error.message
    assert (sink.one.error_class, sink.one.attempts, sink.one.provider_status) == (
        "LLMProviderRateLimitedError", 1, 429)


async def test_persistent_429_with_retry_after_carries_it(make_client, fake_llm_server, sink):
    virtual = VirtualTime()
    client = make_client(time=virtual, llm_retry_base_seconds=0.001, llm_retry_max_wait_seconds=0.001)
    fake_llm_server.script(status=429, retry_after=0.2, times=None)
    with pytest.raises(LLMProviderRateLimitedError) as caught:
        await client.complete_text(MESSAGES, call_kind="summary")
    assert caught.value.headers["Retry-After"] == "1" and caught.value.attempts == 4
    assert virtual.waits == [0.2, 0.2, 0.2]


async def test_back_off_never_sleeps_past_the_last_possible_start(make_client, fake_llm_server, sink):
    # back-off base 100 s would sleep far beyond the deadline; it is cut to the last start point
    virtual = VirtualTime()
    client = make_client(time=virtual, llm_retry_base_seconds=100, llm_retry_max_wait_seconds=100,
                         llm_min_attempt_seconds=0.5)
    fake_llm_server.script(status=500, times=None)
    with call_context(3.0) as ctx, pytest.raises(LLMTimeoutError):
        await client.complete_text(MESSAGES, call_kind="summary")
    latest_start = ctx.deadline - 1.0 - 0.5  # deadline − margin − LLM_MIN_ATTEMPT_SECONDS
    assert virtual.sleeps and all(at + seconds <= latest_start for at, seconds in virtual.sleeps)
    assert fake_llm_server.request_count == len(virtual.sleeps) + 1
    assert sink.one.error_class == "LLMTimeoutError"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_connection_refused_is_retried_then_unavailable(make_client, sink):
    client = make_client(api_base=f"http://127.0.0.1:{_closed_port()}/v1", llm_max_attempts=3)
    with pytest.raises(LLMUnavailableError) as caught:
        await client.complete_text(MESSAGES, call_kind="summary")
    assert caught.value.attempts == 3
    assert (sink.one.attempts, sink.one.error_class) == (3, "LLMUnavailableError")


async def test_dropped_connection_is_retried(make_client, fake_llm_server, sink):
    client = make_client()
    fake_llm_server.script(drop=True)
    await client.complete_text(MESSAGES, call_kind="summary")
    assert fake_llm_server.request_count == 2 and sink.one.attempts == 2


async def test_provider_text_is_never_logged(make_client, fake_llm_server, caplog):
    client = make_client(llm_max_attempts=2)
    fake_llm_server.script(status=500, times=None, error_message="PROVIDER-TEXT at https://secret.example/")
    with caplog.at_level(logging.DEBUG, logger="qfa"), pytest.raises(LLMUnavailableError) as caught:
        await client.complete_text(MESSAGES, call_kind="summary")
    assert "PROVIDER-TEXT" not in str(caught.value) and caught.value.__cause__ is None
    qfa_text = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("qfa"))
    assert "PROVIDER-TEXT" not in qfa_text and "secret.example" not in qfa_text
    assert "hello" not in qfa_text  # never the messages
