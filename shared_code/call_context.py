"""The request scope: who is calling, for which operation, under which request id, until when.

The one way request-scoped data travels below the HTTP pipeline: :func:`shared_code.http.pipeline.run`
creates one :class:`CallContext` per authenticated operation request and sets it for the request's
task, so every task the request spawns inherits it (contextvars). Use cases never read it (the
layering test forbids it): the LLM adapter reads the deadline and the tenant, the usage recorder the
stamps; a use case that plans around the deadline asks its LLM port (``LLMClient.deadline()``).
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass, field


@dataclass(slots=True)
class Tally:
    """What the request's LLM calls added up to (the usage recorder adds each call; the response cache
    stores the cost a cached answer saves)."""

    llm_calls: int = 0
    cost_usd: float = 0.0

    def add(self, cost_usd: float | None) -> None:
        self.llm_calls += 1
        self.cost_usd += cost_usd or 0.0


@dataclass(frozen=True, slots=True)
class CallContext:
    tenant_id: str
    key_id: str | None
    operation: str
    call_id: str  # the request id
    deadline: float | None  # time.monotonic() value; None for a route without a deadline
    tally: Tally = field(default_factory=Tally, compare=False)


_current: contextvars.ContextVar[CallContext | None] = contextvars.ContextVar("qfa_call_context", default=None)


def current_call() -> CallContext | None:
    return _current.get()


def set_call(ctx: CallContext | None) -> contextvars.Token:
    return _current.set(ctx)


def reset_call(token: contextvars.Token) -> None:
    _current.reset(token)
