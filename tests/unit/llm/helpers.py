"""Shared helpers for the LLM client tests (settings, sink, call context, virtual time)."""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from typing import Any, Iterator

from shared_code.call_context import CallContext, reset_call, set_call
from shared_code.ports import ChatMessage, LLMCallRecord
from shared_code.settings import Settings

FAST = {
    "llm_model": "openai/fake-model",
    "llm_retry_base_seconds": 0.01,
    "llm_retry_max_wait_seconds": 0.05,
    "llm_min_attempt_seconds": 0.2,
    "llm_timeout_seconds": 10.0,
    "llm_max_attempts": 4,
    "request_deadline_seconds": 60.0,
}
MESSAGES = [ChatMessage("system", "You are a careful analyst."), ChatMessage("user", "<records>hello</records>")]


class ListSink:
    def __init__(self) -> None:
        self.records: list[LLMCallRecord] = []

    def record(self, call: LLMCallRecord) -> None:
        self.records.append(call)

    @property
    def one(self) -> LLMCallRecord:
        assert len(self.records) == 1, self.records
        return self.records[0]


def make_settings(**overrides: Any) -> Settings:
    return Settings(**{**FAST, **overrides})


@contextlib.contextmanager
def call_context(seconds: float, tenant: str = "tenant-a") -> Iterator[CallContext]:
    ctx = CallContext(tenant_id=tenant, key_id="k1", operation="summarize", call_id=str(uuid.uuid4()),
                      deadline=time.monotonic() + seconds)
    token = set_call(ctx)
    try:
        yield ctx
    finally:
        reset_call(token)


class VirtualTime:
    """The client's ``clock`` and ``sleep`` for back-off tests: the clock runs with real time plus every
    second slept, and :meth:`sleep` records ``(clock at the start, seconds)`` and returns at once.
    Provider attempts still take real time (the fake server answers over real HTTP)."""

    def __init__(self) -> None:
        self.skipped = 0.0
        self.sleeps: list[tuple[float, float]] = []

    def clock(self) -> float:
        return time.monotonic() + self.skipped

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append((self.clock(), seconds))
        self.skipped += seconds
        await asyncio.sleep(0)

    @property
    def waits(self) -> list[float]:
        return [seconds for _, seconds in self.sleeps]
