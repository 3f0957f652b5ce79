"""The LLM client over ``litellm.acompletion`` (docs/pipeline.md § LLM calls), implementing :class:`LLMClient`.

One logical call = budget check → process slot (by call-kind priority) → provider attempts with
retries (each attempt through a transport: the model alone, or LiteLLM's Router with fallbacks) → (structured) validation and at most one repair run → exactly one :class:`LLMCallRecord`.
Pre-flight rejections (token budget, no time to start, slot wait past the deadline) raise without a
record. The deadline is the call context's (:meth:`LiteLLMClient.deadline`, the one fallback).
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, AsyncIterator, Awaitable, Callable, Sequence, TypeVar

from pydantic import BaseModel

from shared_code.call_context import current_call
from shared_code.errors import (
    LLMCancelledError, LLMConfigurationError, LLMContentPolicyError, LLMError, LLMInvalidResponseError,
    LLMTimeoutError, PayloadTooLargeError,
)
from shared_code.llm.accounting import CallAccount, CallReporter
from shared_code.llm.backend import LiteLLMBackend
from shared_code.llm.limiter import PriorityLimiter
from shared_code.llm.provider_errors import classify, to_error
from shared_code.llm.retry import (
    AttemptFailed, DeadlineExceeded, DeadlineWindow, RetryPolicy, RetryRunner, Sleep, bounded_wait,
)
from shared_code.llm.schema import (
    REPAIR_NOTE, StructuredOutputError, json_object_instruction, json_schema_response_format, parse_structured,
)
from shared_code.llm.transport import Credentials, DirectTransport, FailoverTransport
from shared_code.ports import ChatMessage, LLMCallSink, priority_for
from shared_code.settings import Settings

T = TypeVar("T", bound=BaseModel)
log = logging.getLogger("qfa.llm")

MESSAGE_TOKEN_ALLOWANCE = 16  # role and framing tokens per message (tokenizers add 3-7)
OFFLOAD_TOKEN_COUNT_CHARS = 32_000  # count larger inputs (> ~4 ms of tokenizer work) in a worker thread


@dataclass(frozen=True, slots=True)
class _Reply:
    content: str | None
    finish_reason: str | None
    has_usage: bool


class LiteLLMClient:
    """Process-wide LLM client. Build it with :func:`shared_code.llm.build_llm_client`. ``clock`` is the
    time deadlines are read by and ``sleep`` how back-offs wait (the event loop's time by default)."""

    def __init__(self, settings: Settings, backend: LiteLLMBackend, *, sinks: Sequence[LLMCallSink] = (),
                 api_key: str | None = None, api_base: str | None = None,
                 fallbacks: Sequence[Credentials] | None = None,
                 limiter: PriorityLimiter | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Sleep = asyncio.sleep) -> None:
        self.settings = settings
        self.backend = backend
        self.limiter = limiter or PriorityLimiter(settings.llm_max_concurrency)
        credentials = (settings.llm_api_key if api_key is None else api_key,
                       settings.llm_api_base if api_base is None else api_base)
        self._transport = (FailoverTransport(backend, settings, credentials, fallbacks)
                           if settings.llm_fallback_models else DirectTransport(backend, settings, credentials))
        self._policy = RetryPolicy.from_settings(settings, sleep=sleep)
        self._reporter = CallReporter(sinks)
        self._clock = clock

    # public API ---------------------------------------------------------------------------------
    def set_credentials(self, api_key: str | None, api_base: str | None,
                        fallbacks: Sequence[Credentials] = ()) -> None:
        """Use a rotated key or endpoint (Key Vault) for calls that start from now on; ``fallbacks`` are
        the ``(api_key, api_base)`` of ``LLM_FALLBACK_MODELS`` in order. None keeps a value."""
        self._transport.set_credentials((api_key, api_base), fallbacks)

    def deadline(self) -> float:
        """The monotonic time by which the current request's calls must end: the call context's
        deadline; outside a request (or on a route without one) now + ``REQUEST_DEADLINE_SECONDS``."""
        ctx = current_call()
        if ctx is not None and ctx.deadline is not None:
            return ctx.deadline
        return self._clock() + self.settings.request_deadline_seconds

    def count_tokens(self, messages: Sequence[ChatMessage], *, model: str | None = None) -> int:
        wire = [m.as_dict() for m in messages]
        return self.backend.count_tokens(model or self.settings.llm_model, wire, self.settings.llm_chars_per_token)

    async def check_budget(self, messages: Sequence[ChatMessage], *, limit: int | None = None,
                           suggest_hierarchical: bool = False) -> None:
        """The token budget every call checks first, for a use case to reject an input (413) before any
        anonymisation work: :class:`PayloadTooLargeError` over ``limit`` (default
        ``LLM_MAX_TOTAL_TOKENS``)."""
        await self._check_budget([m.as_dict() for m in messages], self.settings.llm_model, limit,
                                 suggest_hierarchical=suggest_hierarchical)

    async def complete_text(self, messages: Sequence[ChatMessage], *, call_kind: str,
                            max_output_tokens: int | None = None) -> str:
        model = self.settings.llm_model
        wire = [m.as_dict() for m in messages]
        await self._check_budget(wire, model)
        params = self._params(model, _smallest(max_output_tokens, self.settings.llm_max_output_tokens))

        async def flow(account: CallAccount, window: DeadlineWindow) -> str:
            reply = await self._provider_run(account, window, wire, params)
            self._check_reply(reply, account)
            if reply.content is None:
                raise LLMInvalidResponseError(**account.context())
            return reply.content

        return await self._logical_call(call_kind, model, flow)

    async def complete_structured(self, messages: Sequence[ChatMessage], response_model: type[T], *,
                                  call_kind: str, model: str | None = None) -> T:
        model = model or self.settings.llm_model
        wire, response_format = self._structured_request(messages, response_model)
        await self._check_budget(wire, model)
        params = self._params(model, self.settings.llm_max_output_tokens, response_format)

        async def flow(account: CallAccount, window: DeadlineWindow) -> T:
            reply = await self._provider_run(account, window, wire, params)
            self._check_reply(reply, account)
            try:
                return parse_structured(reply.content, response_model)
            except StructuredOutputError:
                log.info("event=llm_repair call_kind=%s model=%s", call_kind, model)
            repair_wire = [*wire, {"role": "system", "content": REPAIR_NOTE}]
            remaining = max(1, self._policy.max_attempts - account.attempts)
            reply = await self._provider_run(account, window, repair_wire, params, max_attempts=remaining)
            self._check_reply(reply, account)
            try:
                return parse_structured(reply.content, response_model)
            except StructuredOutputError:
                raise LLMInvalidResponseError(**account.context()) from None

        return await self._logical_call(call_kind, model, flow)

    async def aclose(self) -> None:
        """Release LiteLLM's loop-bound resources (process shutdown, end of a test's event loop)."""
        await self._transport.aclose()

    def pricing_model_for(self, model: str) -> str:
        if model == self.settings.llm_model and self.settings.llm_pricing_model:
            return self.settings.llm_pricing_model
        return model

    def unpriced_models(self) -> list[str]:
        """Configured models (main, judge, fallbacks) whose pricing model has no known price."""
        s = self.settings
        models = dict.fromkeys([s.llm_model, s.judge_model, *s.llm_fallback_models])
        return [m for m in models if not self.backend.is_priced(self.pricing_model_for(m))]

    # one logical call -----------------------------------------------------------------------------
    async def _logical_call(self, call_kind: str, model: str,
                            flow: Callable[[CallAccount, DeadlineWindow], Awaitable[Any]]) -> Any:
        window = DeadlineWindow(self.deadline(), self._policy, self._clock)
        account = CallAccount(call_kind, model)
        try:
            async with self._slots(call_kind, window):
                result = await flow(account, window)
        except asyncio.CancelledError:
            if account.attempts:
                self._emit_error(account, LLMCancelledError, account.provider_status)
            raise
        except DeadlineExceeded:
            raise LLMTimeoutError(**account.context()) from None  # waited for a slot past the deadline
        except LLMError as err:
            if account.attempts:
                self._emit_error(account, type(err), err.provider_status)
            raise
        except Exception as exc:  # a bug below us: still exactly one record, then propagate
            if account.attempts:
                self._reporter.emit(account.to_record("error", type(exc).__name__, account.provider_status))
            raise
        self._reporter.emit(account.to_record("ok"))
        return result

    async def _provider_run(self, account: CallAccount, window: DeadlineWindow, wire: list[dict[str, str]],
                            params: dict[str, Any], *, max_attempts: int | None = None) -> _Reply:
        runner = RetryRunner(window, call_kind=account.call_kind, max_attempts=max_attempts)
        try:
            return await runner.run(lambda timeout: self._attempt(account, wire, params, timeout, window))
        except AttemptFailed as failed:
            raise to_error(failed.failure, deadline_stop=failed.deadline_stop, **account.context()) from None
        except DeadlineExceeded:
            if not account.attempts:
                raise  # nothing was sent: a pre-flight rejection, no record
            raise LLMTimeoutError(provider_status=account.provider_status, **account.context()) from None

    async def _attempt(self, account: CallAccount, wire: list[dict[str, str]], params: dict[str, Any],
                       timeout: float, window: DeadlineWindow) -> _Reply:
        account.attempts += 1
        try:
            response, model = await self._transport.complete(
                wire, params, timeout=timeout, wire_timeout=self._wire_timeout(timeout), time_left=window.time_left())
        except Exception as exc:  # noqa: BLE001 - reduced to class + status; CancelledError passes
            failure = classify(exc)
            account.provider_status = failure.status
            raise AttemptFailed(failure) from None
        account.model = model  # the row names the model that answered (a fallback, with failover)
        return self._account_response(account, response, model)

    def _account_response(self, account: CallAccount, response: Any, model: str) -> _Reply:
        usage = getattr(response, "usage", None)
        input_tokens = int(getattr(usage, "prompt_tokens", 0) or 0)
        output_tokens = int(getattr(usage, "completion_tokens", 0) or 0)
        has_usage = usage is not None and (input_tokens or output_tokens) > 0
        cost = (self.backend.response_cost(response, self.pricing_model_for(model), input_tokens, output_tokens)
                if has_usage else None)
        account.add_usage(input_tokens, output_tokens, cost)
        choices = getattr(response, "choices", None) or []
        if not choices:
            return _Reply(None, None, has_usage)
        message = getattr(choices[0], "message", None)
        content = getattr(message, "content", None)
        return _Reply(content if isinstance(content, str) else None, getattr(choices[0], "finish_reason", None),
                      has_usage)

    @staticmethod
    def _check_reply(reply: _Reply, account: CallAccount) -> None:
        if reply.finish_reason == "content_filter":
            raise LLMContentPolicyError(**account.context())
        if not reply.has_usage:
            raise LLMInvalidResponseError(**account.context())

    # helpers ------------------------------------------------------------------------------------
    def _emit_error(self, account: CallAccount, error_type: type[LLMError], provider_status: int | None) -> None:
        level = logging.ERROR if issubclass(error_type, LLMConfigurationError) else logging.WARNING
        self._reporter.emit(account.to_record("error", error_type.__name__, provider_status), level=level)

    def _wire_timeout(self, timeout: float) -> float:
        """The timeout handed to LiteLLM: whole seconds, because LiteLLM caches one HTTP client per
        distinct timeout value. The exact per-attempt limit is enforced by ``asyncio.timeout``."""
        cap = self.settings.llm_timeout_seconds
        return cap if timeout >= cap else float(max(1, math.ceil(timeout)))

    def _params(self, model: str, max_tokens: int | None,
                response_format: dict[str, Any] | None = None) -> dict[str, Any]:
        s = self.settings
        params: dict[str, Any] = {"model": model, "num_retries": 0, "max_retries": 0, "drop_params": True}
        ctx = current_call()
        if ctx is not None:
            params["user"] = ctx.tenant_id
        if response_format is not None:
            params["response_format"] = response_format
        if s.llm_temperature is not None:
            params["temperature"] = s.llm_temperature
        if s.llm_seed is not None:
            params["seed"] = s.llm_seed
        if max_tokens is not None:
            params["max_tokens"] = max_tokens
        return params

    def _structured_request(self, messages: Sequence[ChatMessage],
                            response_model: type[BaseModel]) -> tuple[list[dict[str, str]], dict[str, Any]]:
        wire, bounds = [m.as_dict() for m in messages], self.settings.llm_schema_size_bounds
        if self.settings.llm_structured_output == "json_schema":
            return wire, json_schema_response_format(response_model, size_bounds=bounds)
        note = json_object_instruction(response_model, size_bounds=bounds)
        if wire and wire[0]["role"] == "system":
            wire[0] = {"role": "system", "content": wire[0]["content"] + "\n\n" + note}
        else:
            wire.insert(0, {"role": "system", "content": note})
        return wire, {"type": "json_object"}

    async def _check_budget(self, wire: list[dict[str, str]], model: str, limit: int | None = None, *,
                            suggest_hierarchical: bool = False) -> None:
        """413 over ``limit`` (default ``LLM_MAX_TOTAL_TOKENS``). A token covers at least one UTF-8 byte
        (byte-level BPE and byte fallback alike), so inputs whose byte count plus a per-message
        allowance fits pass without running the tokenizer; the decision is the same as an exact count."""
        s = self.settings
        limit = s.llm_max_total_tokens if limit is None else limit
        upper_bound = sum(len(m["content"].encode("utf-8")) for m in wire) + MESSAGE_TOKEN_ALLOWANCE * (len(wire) + 1)
        if upper_bound <= limit:
            return
        if sum(len(m["content"]) for m in wire) > OFFLOAD_TOKEN_COUNT_CHARS:
            count = await asyncio.to_thread(self.backend.count_tokens, model, wire, s.llm_chars_per_token)
        else:
            count = self.backend.count_tokens(model, wire, s.llm_chars_per_token)
        if count > limit:
            raise PayloadTooLargeError.tokens(count, limit, suggest_hierarchical=suggest_hierarchical)

    @asynccontextmanager
    async def _slots(self, call_kind: str, window: DeadlineWindow) -> AsyncIterator[None]:
        if not self.limiter.try_acquire():
            await bounded_wait(lambda: self.limiter.acquire(priority_for(call_kind)), window)
        try:
            yield
        finally:
            self.limiter.release()


def _smallest(*values: int | None) -> int | None:
    present = [v for v in values if v is not None]
    return min(present) if present else None
