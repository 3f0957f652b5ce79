"""UsageRecorder: context stamping, row normalisation, disabled modes (buffer faked)."""

from __future__ import annotations

import logging
import time
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from shared_code.call_context import CallContext, reset_call, set_call
from shared_code.ports import LLMCallRecord
from shared_code.settings import Settings
from shared_code.usage.recorder import DisabledUsageRecorder, UsageRecorder, build_usage_recorder
from shared_code.domain.usage import UsageRow

CALL_ID = str(uuid.uuid4())
STARTED = datetime(2026, 5, 4, 12, 0, 0, tzinfo=timezone.utc)


class ListBuffer:
    def __init__(self) -> None:
        self.rows: list[UsageRow] = []

    def add(self, row: UsageRow) -> bool:
        self.rows.append(row)
        return True


def record(**overrides) -> LLMCallRecord:
    values = dict(call_kind="summary", model="gpt-x", started_at=STARTED, duration_ms=1234, attempts=2,
                  input_tokens=100, output_tokens=20, cost_usd=0.0123, status="ok", error_class=None)
    values.update(overrides)
    return LLMCallRecord(**values)


@pytest.fixture
def context():
    token = set_call(CallContext(tenant_id="tenant-1", key_id="key-1", operation="summarize", call_id=CALL_ID,
                                 deadline=time.monotonic() + 60))
    yield
    reset_call(token)


def test_row_carries_context_and_call_values(context):
    buffer = ListBuffer()
    UsageRecorder(buffer).record(record())
    UsageRecorder(buffer).record(record())
    first, second = buffer.rows
    assert first == UsageRow("tenant-1", "key-1", "summarize", uuid.UUID(CALL_ID), "summary", STARTED, 1234,
                             2, "gpt-x", 100, 20, 0.0123, "ok", None, first.row_id)
    assert first.row_id.version == 4 and second.row_id != first.row_id  # one unique key per logical call


def test_error_rows_keep_reported_tokens_and_unknown_cost(context):
    buffer = ListBuffer()
    UsageRecorder(buffer).record(record(status="error", error_class="LLMTimeoutError", cost_usd=None,
                                        input_tokens=50, output_tokens=0))
    r = buffer.rows[0]
    assert (r.status, r.error_class, r.cost_usd, r.input_tokens) == ("error", "LLMTimeoutError", None, 50)


def test_values_are_normalised_to_satisfy_the_table_constraints(context, caplog):
    buffer = ListBuffer()
    recorder = UsageRecorder(buffer)
    naive = datetime(2026, 1, 1, 8, 0, 0)
    recorder.record(record(started_at=naive, duration_ms=-5, attempts=0, input_tokens=-1, output_tokens=2**40,
                           cost_usd=float("nan"), status="weird", error_class=None, model=None,
                           call_kind="k" * 50))
    recorder.record(record(status="ok", error_class="Leftover", cost_usd=-1.0))
    recorder.record(record(cost_usd=0.12345678, error_class=None))
    recorder.record(record(status="error", error_class="E" * 300, cost_usd=10**7))
    a, b, c, d = buffer.rows
    assert a.started_at == naive.replace(tzinfo=timezone.utc)
    assert (a.call_duration_ms, a.attempts, a.input_tokens, a.output_tokens) == (0, 1, 0, 2**31 - 1)
    assert (a.cost_usd, a.status, a.error_class, a.model, len(a.call_kind)) == (None, "error", "UnknownError", "", 32)
    assert (b.status, b.error_class, b.cost_usd) == ("ok", None, None)
    assert c.cost_usd == 0.123457
    assert len(d.error_class) == 128 and d.cost_usd is None


def test_no_call_context_logs_an_error_and_records_nothing(caplog):
    buffer = ListBuffer()
    UsageRecorder(buffer).record(record())
    assert buffer.rows == []
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and "event=usage_no_context call_kind=summary" in errors[0].getMessage()


def test_non_uuid_call_id_gets_a_stable_derived_uuid(caplog):
    buffer = ListBuffer()
    recorder = UsageRecorder(buffer)
    token = set_call(CallContext("t", None, "analyze", "req-not-a-uuid", time.monotonic() + 5))
    try:
        recorder.record(record())
        recorder.record(record())
    finally:
        reset_call(token)
    first, second = buffer.rows
    assert isinstance(first.call_id, uuid.UUID) and first.call_id == second.call_id and first.key_id is None
    assert "event=usage_invalid_call_id" in caplog.text and "req-not-a-uuid" not in caplog.text


def test_record_never_raises_even_if_the_buffer_does(context, caplog):
    class Exploding:
        def add(self, row):
            raise RuntimeError("nope")

    UsageRecorder(Exploding()).record(record())  # must not raise
    assert "event=usage_record_failed" in caplog.text


def test_factory_disables_without_database_or_when_off(caplog):
    caplog.set_level(logging.INFO)
    assert isinstance(build_usage_recorder(Settings(_env_file=None, usage_tracking="on")), DisabledUsageRecorder)
    off = build_usage_recorder(Settings(_env_file=None, usage_tracking="off", db_url="postgresql://u@h/d"))
    assert isinstance(off, DisabledUsageRecorder) and off.enabled is False
    off.record(record())  # no-op
    assert "reason=no_database" in caplog.text and "reason=usage_tracking_off" in caplog.text


@pytest.mark.asyncio
async def test_factory_builds_a_buffered_recorder_from_settings():
    from shared_code.db.pool import DatabasePool
    from shared_code.db.usage_writer import PostgresUsageWriter

    settings = Settings(_env_file=None, db_url="postgresql://u@127.0.0.1:1/d", usage_buffer_max_rows=7,
                        usage_flush_interval_seconds=2.5, usage_flush_batch_rows=3)
    recorder = build_usage_recorder(settings, writer=PostgresUsageWriter(DatabasePool(settings)))
    assert isinstance(recorder, UsageRecorder) and recorder.enabled is True
    buffer = recorder.buffer
    assert (buffer._max_rows, buffer._interval, buffer._batch_rows) == (7, 2.5, 3)
    assert await DisabledUsageRecorder().flush() == 0


def test_started_at_with_other_timezone_is_kept_aware(context):
    buffer = ListBuffer()
    other = STARTED.astimezone(timezone(timedelta(hours=2)))
    UsageRecorder(buffer).record(record(started_at=other))
    assert buffer.rows[0].started_at == STARTED
