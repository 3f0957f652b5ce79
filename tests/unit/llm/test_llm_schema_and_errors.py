"""Pure units: strict schema building, answer validation, failure classification, back-off arithmetic."""

from __future__ import annotations

from email.utils import formatdate
from typing import Literal

import httpx
import pytest
from pydantic import BaseModel, Field

from shared_code.errors import LLMProviderRateLimitedError, LLMRateLimitError, LLMTimeoutError, LLMUnavailableError
from shared_code.llm.provider_errors import ProviderFailure, classify, retry_after_seconds, to_error
from shared_code.llm.retry import DeadlineWindow, RetryPolicy
from shared_code.llm.schema import StructuredOutputError, parse_structured, strict_json_schema


class Item(BaseModel):
    label: Literal["low", "high"]
    score: float = Field(0.5, ge=0, le=1)


class Outer(BaseModel):
    items: list[Item] = Field(min_length=1)
    tags: dict[str, int] = {}
    choice: Item | None = None


def test_nested_models_become_strict_and_optional_nullable():
    schema = strict_json_schema(Outer)
    item = schema["$defs"]["Item"]
    assert item["required"] == ["label", "score"] and item["additionalProperties"] is False
    assert item["properties"]["label"]["enum"] == ["low", "high"]
    assert "minimum" not in str(schema) and "minItems" not in str(schema)
    assert schema["properties"]["tags"]["anyOf"][0]["additionalProperties"] == {"type": "integer"}
    assert schema["required"] == ["items", "tags", "choice"]


def test_parse_drops_nulls_only_where_the_model_has_a_default():
    parsed = parse_structured('{"items": [{"label": "low", "score": null}], "tags": null, "choice": null}', Outer)
    assert parsed.items[0].score == 0.5 and parsed.tags == {} and parsed.choice is None
    with pytest.raises(StructuredOutputError):
        parse_structured('{"items": [{"label": null, "score": 0.1}]}', Outer)  # required field
    with pytest.raises(StructuredOutputError):
        parse_structured('{"items": []}', Outer)  # min_length enforced locally
    with pytest.raises(StructuredOutputError):
        parse_structured("", Outer)


def _status_error(status: int, headers: dict[str, str] | None = None) -> Exception:
    import litellm

    response = httpx.Response(status, headers=headers or {}, request=httpx.Request("POST", "http://x"))
    if status == 429:
        exc = litellm.RateLimitError("m", "openai", "m", response=response)
    else:
        exc = litellm.APIError(status, "m", "openai", "m")
    exc.litellm_response_headers = response.headers
    return exc


@pytest.mark.parametrize("status, kind, retryable", [
    (429, "rate_limit", True), (500, "unavailable", True), (504, "unavailable", True), (529, "unavailable", True),
    (408, "timeout", True), (401, "configuration", False), (403, "configuration", False),
    (404, "configuration", False), (400, "bad_request", False), (422, "bad_request", False)])
def test_classification_by_status(status, kind, retryable):
    failure = classify(_status_error(status))
    assert (failure.kind, failure.status, failure.retryable) == (kind, status, retryable)


def test_retry_after_forms():
    assert retry_after_seconds(_status_error(429, {"retry-after-ms": "1500", "retry-after": "9"})) == 1.5
    assert retry_after_seconds(_status_error(429, {"retry-after": "3"})) == 3.0
    http_date = formatdate(timeval=__import__("time").time() + 30, usegmt=True)
    assert 25 < retry_after_seconds(_status_error(503, {"retry-after": http_date})) <= 30
    assert retry_after_seconds(_status_error(503)) is None


def test_to_error_uses_the_last_failure_unless_the_deadline_stopped_retrying():
    failure = ProviderFailure("rate_limit", 429, "RateLimitError")
    assert type(to_error(failure, attempts=4)) is LLMRateLimitError
    stopped = to_error(failure, deadline_stop=True, attempts=1)
    assert type(stopped) is LLMTimeoutError and stopped.provider_status == 429
    limited = to_error(ProviderFailure("rate_limit", 429, "RateLimitError", retry_after=12.2), deadline_stop=True)
    assert type(limited) is LLMProviderRateLimitedError and limited.headers == {"Retry-After": "13"}
    assert limited.status == 503 and limited.code == "llm_rate_limited"
    assert type(to_error(ProviderFailure("unavailable", 503, "X", retry_after=60), deadline_stop=True)) is LLMTimeoutError
    assert type(to_error(ProviderFailure("unavailable", 500, "X"))) is LLMUnavailableError


def test_backoff_is_full_jitter_and_capped():
    policy = RetryPolicy(max_attempts=4, base_seconds=1, max_wait_seconds=5, timeout_seconds=90, min_attempt_seconds=5)
    samples = [policy.backoff(n) for n in (1, 2, 3, 10) for _ in range(200)]
    assert all(0 <= s <= 5 for s in samples) and max(samples) > 3
    assert all(policy.backoff(1) <= 1 for _ in range(200))


def test_deadline_window_arithmetic():
    now = [100.0]
    policy = RetryPolicy(max_attempts=4, base_seconds=1, max_wait_seconds=20, timeout_seconds=90,
                         min_attempt_seconds=5)
    window = DeadlineWindow(130.0, policy, clock=lambda: now[0])
    assert window.time_left() == 29.0 and window.attempt_timeout() == 29.0 and window.wait_budget() == 24.0
    now[0] = 124.5
    assert not window.can_start()
