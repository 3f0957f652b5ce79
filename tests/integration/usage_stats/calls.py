"""Hand-made ``llm_calls`` rows for the usage statistics tests, inserted directly with asyncpg."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal

import asyncpg

T0 = datetime(2025, 5, 1, tzinfo=timezone.utc)


@dataclass
class Call:
    """One ``llm_calls`` row; ``call_id`` groups rows into one invocation."""

    tenant_id: str = "tenant-a"
    operation: str = "summarize"
    call_id: uuid.UUID = field(default_factory=uuid.uuid4)
    duration_ms: int = 100
    input_tokens: int = 10
    output_tokens: int = 5
    cost_usd: str | None = "0.001"
    status: str = "ok"
    started_at: datetime = T0
    call_kind: str = "summary"
    cost_saved_usd: str | None = None  # set: a cache-hit row (migration 0003)


def invocation(*calls: Call) -> list[Call]:
    """The given rows as one invocation (one shared call_id)."""
    call_id = uuid.uuid4()
    for call in calls:
        call.call_id = call_id
    return list(calls)


async def insert_calls(dsn: str, calls: list[Call]) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await conn.executemany(
            "INSERT INTO llm_calls (tenant_id, operation, call_id, call_kind, started_at, call_duration_ms,"
            " input_tokens, output_tokens, cost_usd, status, error_class, cache_hit, cost_saved_usd)"
            " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            [(c.tenant_id, c.operation, c.call_id, c.call_kind, c.started_at, c.duration_ms, c.input_tokens,
              c.output_tokens, None if c.cost_usd is None else Decimal(c.cost_usd), c.status,
              "LLMUnavailableError" if c.status == "error" else None, c.cost_saved_usd is not None,
              None if c.cost_saved_usd is None else Decimal(c.cost_saved_usd))
             for c in calls],
        )
    finally:
        await conn.close()
