"""The exception tree. Every error a client can see is a :class:`QFAError` with an HTTP status, a
contract ``code`` and a fixed, client-safe ``message``; context travels as keyword-only fields.

    QFAError
    ├── RequestValidationError      422 validation_error (fields)
    ├── PayloadTooLargeError        413 payload_too_large
    ├── AuthenticationRequiredError 401 authentication_required
    ├── ForbiddenError              403 forbidden
    ├── NotFoundError               404 not_found
    ├── MethodNotAllowedError       405 method_not_allowed (allow)
    ├── ConflictError               409 conflict
    ├── RateLimitedError            429 rate_limited (retry_after)
    ├── BudgetExceededError         429 budget_exceeded (retry_after: until the next month, UTC)
    ├── AnonymizationError          503 anonymization_failed
    ├── DatabaseUnavailableError    503 database_unavailable
    ├── UsageBackendUnavailableError 503 usage_backend_unavailable
    ├── UsageTrackingDisabledError  503 usage_tracking_disabled
    ├── AnalysisUnavailableError    502 analysis_unavailable
    ├── AnalysisTimeoutError        504 analysis_timeout
    └── LLMError                    502 llm_error (attempts, tokens, cost, provider_status)
        ├── LLMTimeoutError         504 analysis_timeout
        ├── LLMCancelledError       504 analysis_timeout
        ├── LLMContextTooLargeError 413 payload_too_large
        ├── LLMRateLimitError
        │   └── LLMProviderRateLimitedError 503 llm_rate_limited (retry_after: the provider's Retry-After)
        ├── LLMUnavailableError, LLMContentPolicyError,
        └── LLMConfigurationError, LLMBadRequestError, LLMInvalidResponseError

Messages never contain provider text, URLs, deployment names, record text or keys.
"""

from __future__ import annotations

import math
from typing import Any


class QFAError(Exception):
    status: int = 500
    code: str = "internal_error"
    default_message: str = "An unexpected error occurred"

    def __init__(self, message: str | None = None, *, headers: dict[str, str] | None = None) -> None:
        self.message = message or self.default_message
        self.headers = dict(headers or {})
        super().__init__(self.message)

    @property
    def fields(self) -> list[dict[str, str]] | None:
        return None


class InternalError(QFAError):
    pass


class SettingsInvalidError(InternalError):
    """The environment holds invalid settings (logged once, by name); the features that need them fail."""


class RequestValidationError(QFAError):
    status, code, default_message = 422, "validation_error", "Request validation failed"

    def __init__(self, message: str | None = None, *, fields: list[dict[str, str]] | None = None) -> None:
        super().__init__(message)
        self._fields = fields[:100] if fields is not None else None

    @property
    def fields(self) -> list[dict[str, str]] | None:
        return self._fields

    @classmethod
    def single(cls, field: str, issue: str) -> "RequestValidationError":
        return cls(fields=[{"field": field, "issue": issue}])


class PayloadTooLargeError(QFAError):
    status, code, default_message = 413, "payload_too_large", "Request is too large"

    @classmethod
    def body(cls, size: int, limit: int) -> "PayloadTooLargeError":
        return cls(f"Request body of {size} bytes exceeds the limit of {limit} bytes")

    @classmethod
    def tokens(cls, count: int, limit: int, *, suggest_hierarchical: bool = False) -> "PayloadTooLargeError":
        msg = f"Estimated input of {count} tokens exceeds the limit of {limit} tokens"
        if suggest_hierarchical:
            msg += '; use mode "hierarchical" for large corpora'
        return cls(msg)


class AuthenticationRequiredError(QFAError):
    status, code = 401, "authentication_required"
    default_message = "A valid API key is required. Provide it as: Authorization: Bearer <key>"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message, headers={"WWW-Authenticate": "Bearer"})


class ForbiddenError(QFAError):
    status, code, default_message = 403, "forbidden", "Superuser access required"


class NotFoundError(QFAError):
    status, code, default_message = 404, "not_found", "Resource not found"


class MethodNotAllowedError(QFAError):
    status, code = 405, "method_not_allowed"

    def __init__(self, method: str, *, allow: list[str]) -> None:
        super().__init__(f"Method {method} is not allowed on this path", headers={"Allow": ", ".join(allow)})
        self.allow = list(allow)


class ConflictError(QFAError):
    status, code, default_message = 409, "conflict", "The request conflicts with the current state"


class RateLimitedError(QFAError):
    status, code = 429, "rate_limited"

    def __init__(self, *, retry_after: int) -> None:
        retry_after = max(1, int(retry_after))
        super().__init__(
            f"Rate limit exceeded; retry after {retry_after} seconds", headers={"Retry-After": str(retry_after)}
        )
        self.retry_after = retry_after


class BudgetExceededError(QFAError):
    """The tenant's monthly budget is used up; requests are refused until the next calendar month (UTC)."""

    status, code = 429, "budget_exceeded"

    def __init__(self, *, budget_usd: float, resets_at: str, retry_after: int) -> None:
        super().__init__(f"The tenant's monthly budget of {budget_usd:.2f} USD is used up; requests are accepted "
                         f"again from {resets_at}", headers={"Retry-After": str(max(1, int(retry_after)))})


class AnonymizationError(QFAError):
    status, code = 503, "anonymization_failed"
    default_message = "Anonymisation failed; no data was sent to the language model"


class DatabaseUnavailableError(QFAError):
    status, code, default_message = 503, "database_unavailable", "The database is temporarily unavailable"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message, headers={"Retry-After": "5"})

    @classmethod
    def not_configured(cls) -> "DatabaseUnavailableError":
        err = cls("No database is configured")
        err.headers.pop("Retry-After", None)
        return err


class UsageBackendUnavailableError(QFAError):
    status, code, default_message = 503, "usage_backend_unavailable", "Usage backend is temporarily unavailable"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message, headers={"Retry-After": "5"})


class UsageTrackingDisabledError(QFAError):
    status, code, default_message = 503, "usage_tracking_disabled", "Usage tracking is disabled on this deployment"


class AnalysisUnavailableError(QFAError):
    status, code, default_message = 502, "analysis_unavailable", "The language model returned no usable result"


class AnalysisTimeoutError(QFAError):
    status, code, default_message = 504, "analysis_timeout", "The request did not complete within its deadline"

    @classmethod
    def deadline(cls, seconds: float) -> "AnalysisTimeoutError":
        return cls(f"The request did not complete within its deadline of {int(round(seconds))} s")


class LLMError(QFAError):
    """A logical LLM call failed. Carries what the provider reported, for the usage row."""

    status, code = 502, "llm_error"
    default_message = "The language model request failed"

    def __init__(
        self,
        message: str | None = None,
        *,
        attempts: int = 0,
        input_tokens: int = 0,
        output_tokens: int = 0,
        cost_usd: float | None = None,
        provider_status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens
        self.cost_usd = cost_usd
        self.provider_status = provider_status

    def context(self) -> dict[str, Any]:
        return {
            "attempts": self.attempts,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "cost_usd": self.cost_usd,
            "provider_status": self.provider_status,
        }


class LLMTimeoutError(LLMError):
    status, code, default_message = 504, "analysis_timeout", "The language model provider did not respond in time"


class LLMCancelledError(LLMError):
    status, code, default_message = 504, "analysis_timeout", "The language model call was cancelled at the deadline"


class LLMContextTooLargeError(LLMError):
    status, code = 413, "payload_too_large"
    default_message = "The input is too large for the language model's context window"


class LLMRateLimitError(LLMError):
    default_message = "The language model provider is rate-limiting requests; try again later"


class LLMProviderRateLimitedError(LLMRateLimitError):
    """The provider answered 429 with a Retry-After (too long for the deadline, or the attempts ran out):
    the client gets that wait as its own ``Retry-After``."""

    status, code = 503, "llm_rate_limited"

    def __init__(self, *, retry_after: float, **context: Any) -> None:
        seconds = max(1, math.ceil(retry_after))
        super().__init__(f"The language model provider is rate-limiting requests; retry after {seconds} seconds",
                         **context)
        self.headers["Retry-After"] = str(seconds)
        self.retry_after = seconds


class LLMUnavailableError(LLMError):
    default_message = "The language model provider is unavailable; try again later"


class LLMContentPolicyError(LLMError):
    default_message = "The language model provider blocked the request by its content policy"


class LLMConfigurationError(LLMError):
    default_message = "The language model provider is not configured correctly"


class LLMBadRequestError(LLMError):
    default_message = "The language model provider rejected the request"


class LLMInvalidResponseError(LLMError):
    default_message = "The language model returned an invalid response"
