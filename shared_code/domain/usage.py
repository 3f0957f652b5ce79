"""Usage value types (docs/api.md § Usage, docs/database.md § Schema): the ``llm_calls`` row, the window
``[from, to)`` and the roll-ups a usage read returns. Plain data shared by the usage use cases and the
database adapters; no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import NamedTuple
from uuid import UUID


class UsageRow(NamedTuple):
    """One ``llm_calls`` row, in the column order of the insert."""

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
    row_id: UUID  # unique per logical call: the insert ignores a row it already holds (idempotent retries)
    cache_hit: bool = False  # a request answered from the response cache (no LLM call; tokens and cost 0)
    cost_saved_usd: float | Decimal | None = None  # on a cache hit: the cost of the answer it reused


COLUMNS: tuple[str, ...] = UsageRow._fields


def format_utc(value: datetime | None) -> str | None:
    """``YYYY-MM-DDTHH:MM:SS[.ffffff]Z`` (microseconds only when non-zero), or None."""
    if value is None:
        return None
    utc = value.astimezone(timezone.utc)
    text = f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}"
    if utc.microsecond:
        text += f".{utc.microsecond:06d}"
    return text + "Z"


@dataclass(frozen=True, slots=True)
class UsageWindow:
    """``start`` inclusive, ``end`` exclusive; each a UTC datetime or None (unbounded)."""

    start: datetime | None = None
    end: datetime | None = None

    def echo(self) -> dict[str, str | None]:
        """The ``from`` / ``to`` fields of a usage response."""
        return {"from": format_utc(self.start), "to": format_utc(self.end)}


METRICS = ("call_duration", "input_tokens", "output_tokens")


@dataclass(frozen=True, slots=True)
class Dist:
    avg: float = 0.0
    min: float = 0.0
    max: float = 0.0
    p5: float = 0.0
    p95: float = 0.0
    total: int = 0

    def as_dict(self) -> dict[str, float | int]:
        return {"avg": self.avg, "min": self.min, "max": self.max, "p5": self.p5, "p95": self.p95,
                "total": self.total}


ZERO_DIST = Dist()


@dataclass(frozen=True, slots=True)
class GroupStats:
    """One roll-up level of one view; ``tenant_id`` / ``operation`` None = rolled up over it."""

    tenant_id: str | None
    operation: str | None
    total_calls: int = 0
    failed_calls: int = 0
    cost_usd: Decimal = Decimal(0)
    cache_hits: int = 0
    cost_saved_usd: Decimal = Decimal(0)
    call_duration: Dist = ZERO_DIST
    input_tokens: Dist = ZERO_DIST
    output_tokens: Dist = ZERO_DIST


@dataclass(frozen=True, slots=True)
class UsageGroups:
    """Both views of one window (per invocation, per LLM call), keyed by ``(tenant_id, operation)``
    with None for a rolled-up key."""

    invocations: dict[tuple[str | None, str | None], GroupStats]
    llm_calls: dict[tuple[str | None, str | None], GroupStats]
