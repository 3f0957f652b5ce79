"""Classify LiteLLM's (OpenAI-derived) exceptions and map them to the typed errors (docs/pipeline.md § LLM calls).

Only the exception class name and the HTTP status are ever kept: provider text, URLs, deployment names
and LiteLLM's debug info (which includes the messages) never leave this module.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

from shared_code.errors import (
    LLMBadRequestError, LLMConfigurationError, LLMContentPolicyError, LLMContextTooLargeError, LLMError,
    LLMInvalidResponseError, LLMProviderRateLimitedError, LLMRateLimitError, LLMTimeoutError, LLMUnavailableError,
)

# failure kinds
TIMEOUT, RATE_LIMIT, UNAVAILABLE = "timeout", "rate_limit", "unavailable"
CONTEXT, CONTENT_POLICY, CONFIGURATION, BAD_REQUEST, INVALID = (
    "context", "content_policy", "configuration", "bad_request", "invalid")

ERROR_FOR_KIND: dict[str, type[LLMError]] = {
    TIMEOUT: LLMTimeoutError, RATE_LIMIT: LLMRateLimitError, UNAVAILABLE: LLMUnavailableError,
    CONTEXT: LLMContextTooLargeError, CONTENT_POLICY: LLMContentPolicyError,
    CONFIGURATION: LLMConfigurationError, BAD_REQUEST: LLMBadRequestError, INVALID: LLMInvalidResponseError,
}
RETRYABLE_KINDS = frozenset({TIMEOUT, RATE_LIMIT, UNAVAILABLE})


@dataclass(frozen=True, slots=True)
class ProviderFailure:
    """One failed provider attempt, reduced to what may be logged and recorded."""

    kind: str
    status: int | None  # HTTP status as reported by LiteLLM (a refused connection reports 500)
    exception_class: str
    retry_after: float | None = None  # seconds, from Retry-After / retry-after-ms

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE_KINDS

    @property
    def error_type(self) -> type[LLMError]:
        return ERROR_FOR_KIND[self.kind]


def classify(exc: BaseException) -> ProviderFailure:
    """Reduce an exception raised by ``litellm.acompletion`` (or our attempt timer) to a failure."""
    name = type(exc).__name__
    status = _status_of(exc)
    if isinstance(exc, (asyncio.TimeoutError, TimeoutError)):
        return ProviderFailure(TIMEOUT, None, name)
    if name == "ContextWindowExceededError":
        return ProviderFailure(CONTEXT, status, name)
    if name == "ContentPolicyViolationError":
        return ProviderFailure(CONTENT_POLICY, status, name)
    if name in ("RouterRateLimitError", "RouterRateLimitErrorBasic"):  # failover: every provider cooling down
        return ProviderFailure(UNAVAILABLE, None, name)
    retry_after = retry_after_seconds(exc)
    if _is_timeout(exc) and status in (None, 408):
        return ProviderFailure(TIMEOUT, status, name, retry_after)
    if status is None:
        kind = UNAVAILABLE if _is_connection_error(exc) else BAD_REQUEST
        return ProviderFailure(kind, None, name, retry_after)
    return ProviderFailure(_kind_for_status(status), status, name, retry_after)


def _kind_for_status(status: int) -> str:
    if status == 408:
        return TIMEOUT
    if status == 429:
        return RATE_LIMIT
    if status >= 500:
        return UNAVAILABLE
    if status in (401, 403, 404):
        return CONFIGURATION
    return BAD_REQUEST


def _status_of(exc: BaseException) -> int | None:
    status = getattr(exc, "status_code", None)
    if isinstance(status, int):
        return status
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    return status if isinstance(status, int) else None


def _is_timeout(exc: BaseException) -> bool:
    import openai  # present whenever litellm is; imported lazily

    return isinstance(exc, openai.APITimeoutError) or type(exc).__name__ in ("Timeout", "TimeoutException")


def _is_connection_error(exc: BaseException) -> bool:
    import httpx
    import openai

    return isinstance(exc, (openai.APIConnectionError, httpx.TransportError, ConnectionError, OSError))


def _headers_of(exc: BaseException) -> list[Any]:
    found = [getattr(exc, "litellm_response_headers", None), getattr(exc, "headers", None)]
    response = getattr(exc, "response", None)
    found.append(getattr(response, "headers", None))
    return [h for h in found if h]


def retry_after_seconds(exc: BaseException) -> float | None:
    """``retry-after-ms`` (milliseconds) or ``Retry-After`` (seconds or an HTTP date), if present."""
    for headers in _headers_of(exc):
        try:
            millis = headers.get("retry-after-ms")
            if millis is not None:
                return max(0.0, float(millis) / 1000.0)
            value = headers.get("retry-after")
        except (AttributeError, TypeError, ValueError):
            continue
        seconds = _parse_retry_after(value) if value is not None else None
        if seconds is not None:
            return seconds
    return None


def _parse_retry_after(value: Any) -> float | None:
    text = str(value).strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(text).timestamp() - time.time())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def to_error(failure: ProviderFailure | None, *, deadline_stop: bool = False, **context: Any) -> LLMError:
    """The typed error for the last failure (``deadline_stop``: retrying ended at the deadline).

    A provider 429 that named its wait (Retry-After) is :class:`LLMProviderRateLimitedError` whether the
    wait did not fit the deadline or the attempts ran out: the client learns when to try again."""
    if failure is not None and failure.kind == RATE_LIMIT and failure.retry_after is not None:
        return LLMProviderRateLimitedError(retry_after=failure.retry_after, provider_status=failure.status,
                                           **context)
    if failure is None or deadline_stop:
        error_type: type[LLMError] = LLMTimeoutError
    else:
        error_type = failure.error_type
    status = failure.status if failure is not None else None
    return error_type(provider_status=status, **context)
