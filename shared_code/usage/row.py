"""The ``llm_calls`` row the recorder buffers (column order of the insert; docs/database.md § Schema)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import NamedTuple
from uuid import UUID


class UsageRow(NamedTuple):
    tenant_id: str
    key_id: str | None
    operation: str
    call_id: UUID
    call_kind: str
    started_at: datetime  # timezone-aware
    call_duration_ms: int
    attempts: int
    model: str
    input_tokens: int
    output_tokens: int
    cost_usd: float | Decimal | None
    status: str  # "ok" | "error"
    error_class: str | None


COLUMNS: tuple[str, ...] = UsageRow._fields
