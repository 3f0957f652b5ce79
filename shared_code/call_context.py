"""The per-request call context: who is calling, for which operation, until when.

Set by the HTTP glue after authentication; inherited by every task the request spawns (contextvars).
Use cases never read it; the LLM adapter (deadline) and the usage recorder (stamps) do.
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CallContext:
    tenant_id: str
    key_id: str | None
    operation: str
    call_id: str
    deadline: float  # time.monotonic() value


_current: contextvars.ContextVar[CallContext | None] = contextvars.ContextVar("qfa_call_context", default=None)


def current_call() -> CallContext | None:
    return _current.get()


def set_call(ctx: CallContext | None) -> contextvars.Token:
    return _current.set(ctx)


def reset_call(token: contextvars.Token) -> None:
    _current.reset(token)
