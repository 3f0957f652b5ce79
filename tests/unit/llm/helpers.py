"""Shared helpers for the LLM client tests (settings, sink, call context)."""

from __future__ import annotations

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
