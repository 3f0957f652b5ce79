"""The usage recorder: an :class:`LLMCallSink` turning each logical LLM call into one ``llm_calls`` row.

``record()`` reads the call context (tenant, key, operation, call id), builds the row and hands it to the
buffer: synchronous, a few microseconds, never raises, never awaits. Without a call context (a wiring
bug) it logs an ERROR and records nothing. Values are normalised so a row always satisfies the table's
constraints (lengths, non-negative counts, ``status``/``error_class`` consistency), because one invalid
row must not hold a batch back. ``USAGE_TRACKING=off`` or no database → :class:`DisabledUsageRecorder`.
"""

from __future__ import annotations

import logging
import math
import uuid
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from shared_code.call_context import CallContext, current_call
from shared_code.logs import event
from shared_code.ports import LLMCallRecord
from shared_code.usage.buffer import UsageBuffer
from shared_code.domain.usage import UsageRow

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.ports import UsageWriter
    from shared_code.settings import Settings

log = logging.getLogger("qfa.usage")

_MAX_INT = 2**31 - 1
_MAX_SMALLINT = 2**15 - 1
_MAX_COST = 999_999.999999  # numeric(12,6)
_CALL_ID_NAMESPACE = uuid.UUID("6f1c7a52-6d1e-4f8e-9a43-2b0c51d0e7aa")


def _count(value: Any, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return low
    return low if number < low else high if number > high else number


def _cost(value: Any) -> float | None:
    if value is None:
        return None
    try:
        cost = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(cost) or cost < 0 or cost > _MAX_COST:
        return None
    return round(cost, 6)


class UsageRecorder:
    """Implements ``LLMCallSink.record``; rows go to a :class:`UsageBuffer`."""

    enabled = True

    def __init__(self, buffer: UsageBuffer) -> None:
        self.buffer = buffer
        self._last_call_id: tuple[str, uuid.UUID] | None = None

    def record(self, call: LLMCallRecord) -> None:
        try:
            ctx = current_call()
            if ctx is None:
                event(log, "usage_no_context", logging.ERROR, call_kind=call.call_kind)
                return
            row = self.build_row(ctx, call)
            ctx.tally.add(row.cost_usd)
            self.buffer.add(row)
        except Exception as exc:  # noqa: BLE001 - recording must never fail a request
            event(log, "usage_record_failed", logging.ERROR, error_class=type(exc).__name__)

    def record_cache_hit(self, cost_saved_usd: float | None, duration_ms: int) -> None:
        """One row for a request answered from the response cache: no tokens, cost 0, ``cache_hit``."""
        try:
            ctx = current_call()
            if ctx is None:
                event(log, "usage_no_context", logging.ERROR, call_kind="cache")
                return
            row = self.build_row(ctx, LLMCallRecord(call_kind="cache", model="", started_at=datetime.now(timezone.utc),
                                                    duration_ms=duration_ms, attempts=1, input_tokens=0, output_tokens=0,
                                                    cost_usd=0.0, status="ok"))
            self.buffer.add(row._replace(cache_hit=True, cost_saved_usd=_cost(cost_saved_usd)))
        except Exception as exc:  # noqa: BLE001 - recording must never fail a request
            event(log, "usage_record_failed", logging.ERROR, error_class=type(exc).__name__)

    def build_row(self, ctx: CallContext, call: LLMCallRecord) -> UsageRow:
        started_at = call.started_at
        if started_at.tzinfo is None:
            started_at = started_at.replace(tzinfo=timezone.utc)
        ok = call.status == "ok"
        return UsageRow(
            str(ctx.tenant_id)[:255],
            None if ctx.key_id is None else str(ctx.key_id)[:255],
            (ctx.operation or "unknown")[:64],
            self._call_uuid(ctx.call_id),
            str(call.call_kind)[:32],
            started_at,
            _count(call.duration_ms, 0, _MAX_INT),
            _count(call.attempts, 1, _MAX_SMALLINT),
            (call.model or "")[:255],
            _count(call.input_tokens, 0, _MAX_INT),
            _count(call.output_tokens, 0, _MAX_INT),
            _cost(call.cost_usd),
            "ok" if ok else "error",
            None if ok else (call.error_class or "UnknownError")[:128],
            uuid.uuid4(),
        )

    def _call_uuid(self, call_id: str) -> uuid.UUID:
        last = self._last_call_id
        if last is not None and last[0] == call_id:
            return last[1]
        try:
            value = uuid.UUID(str(call_id))
        except ValueError:
            # not a UUID (wiring bug): a stable derived id keeps the invocation's rows together
            event(log, "usage_invalid_call_id", logging.ERROR)
            value = uuid.uuid5(_CALL_ID_NAMESPACE, str(call_id))
        self._last_call_id = (call_id, value)
        return value

    async def flush(self, timeout: float | None = None) -> int:
        return await self.buffer.flush(timeout)

    async def close(self, timeout: float = 5.0) -> int:
        return await self.buffer.close(timeout)


class DisabledUsageRecorder:
    """``USAGE_TRACKING=off`` or no database: records nothing."""

    enabled = False

    def record(self, call: LLMCallRecord) -> None:
        return None

    def record_cache_hit(self, cost_saved_usd: float | None, duration_ms: int) -> None:
        return None

    async def flush(self, timeout: float | None = None) -> int:
        return 0

    async def close(self, timeout: float = 5.0) -> int:
        return 0


def build_usage_recorder(
    settings: "Settings", *, writer: "UsageWriter | None" = None
) -> UsageRecorder | DisabledUsageRecorder:
    """The recorder for ``settings``: buffered into ``writer`` (PostgreSQL, built by the composition root),
    or disabled when tracking is off or there is no writer (no database)."""
    if not settings.usage_enabled or writer is None:
        reason = "usage_tracking_off" if settings.usage_tracking == "off" else "no_database"
        event(log, "usage_tracking", outcome="disabled", reason=reason)
        return DisabledUsageRecorder()
    buffer = UsageBuffer(
        writer,
        max_rows=settings.usage_buffer_max_rows,
        flush_interval_seconds=settings.usage_flush_interval_seconds,
        batch_rows=settings.usage_flush_batch_rows,
    )
    return UsageRecorder(buffer)
