"""UsageBuffer semantics with a fake writer (the PostgreSQL path is in tests/integration/usage)."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from datetime import datetime, timezone

import pytest

from shared_code.usage.buffer import UsageBuffer
from shared_code.domain.usage import UsageRow


def row(i: int = 0) -> UsageRow:
    return UsageRow("tenant", "key", "summarize", uuid.uuid4(), "summary", datetime.now(timezone.utc), i, 1,
                    "model", 10, 5, 0.001, "ok", None, uuid.uuid4())


class FakeWriter:
    def __init__(self) -> None:
        self.batches: list[list[UsageRow]] = []
        self.failures = 0  # fail this many next writes
        self.down = False  # fail every write while True
        self.reject = 0  # rows of the next write reported as rejected

    async def write(self, rows) -> int:
        if self.down or self.failures > 0:
            self.failures = max(0, self.failures - 1)
            raise ConnectionRefusedError("database down")
        self.batches.append(list(rows))
        rejected, self.reject = self.reject, 0
        return rejected

    @property
    def rows(self) -> list[UsageRow]:
        return [r for batch in self.batches for r in batch]


async def wait_for(predicate, timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.005)


def test_add_outside_a_loop_buffers_without_a_task():
    buffer = UsageBuffer(FakeWriter())
    assert buffer.add(row()) is True
    assert buffer.buffered == 1 and buffer._task is None


@pytest.mark.asyncio
async def test_task_starts_lazily_on_first_add_and_flushes_on_the_interval():
    writer = FakeWriter()
    buffer = UsageBuffer(writer, flush_interval_seconds=0.05, batch_rows=1000)
    assert buffer._task is None
    rows = [row(i) for i in range(3)]
    for r in rows:
        buffer.add(r)
    assert buffer._task is not None and writer.batches == []  # add() never writes inline
    await wait_for(lambda: buffer.written == 3)
    assert writer.rows == rows and len(writer.batches) == 1 and buffer.buffered == 0
    await buffer.close()


@pytest.mark.asyncio
async def test_batch_threshold_wakes_the_flusher_before_the_interval():
    writer = FakeWriter()
    buffer = UsageBuffer(writer, flush_interval_seconds=60, batch_rows=5)
    for i in range(5):
        buffer.add(row(i))
    await wait_for(lambda: buffer.written == 5, timeout=1.0)
    assert [len(b) for b in writer.batches] == [5]
    await buffer.close()


@pytest.mark.asyncio
async def test_batches_are_at_most_batch_rows_and_keep_order():
    writer = FakeWriter()
    buffer = UsageBuffer(writer, flush_interval_seconds=60, batch_rows=4)
    rows = [row(i) for i in range(10)]
    buffer._rows.extend(rows)  # buffered before any loop existed
    assert await buffer.flush() == 10
    assert [len(b) for b in writer.batches] == [4, 4, 2] and writer.rows == rows


@pytest.mark.asyncio
async def test_failed_writes_keep_rows_and_are_retried_with_backoff(caplog):
    caplog.set_level(logging.INFO)
    writer = FakeWriter()
    writer.failures = 3
    delays: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    buffer = UsageBuffer(writer, batch_rows=100, retry_base_seconds=0.5, retry_max_seconds=10, sleep=fake_sleep)
    rows = [row(i) for i in range(7)]
    for r in rows:
        buffer.add(r)
    assert await buffer.flush() == 7
    assert writer.rows == rows and len(writer.batches) == 1  # written once, after the failures
    assert buffer.failed_attempts == 3 and buffer.dropped == 0
    assert len(delays) == 3 and 0.25 <= delays[0] <= 0.5 and 0.5 <= delays[1] <= 1.0 and 1.0 <= delays[2] <= 2.0
    assert "event=usage_flush outcome=failed rows=7 attempts=1" in caplog.text
    assert "event=usage_flush rows=7 attempts=4 buffered=0" in caplog.text
    await buffer.close()


@pytest.mark.asyncio
async def test_a_30_second_outage_loses_no_rows():
    """Virtual time: the writer is down for 30 s; the back-off sleeps advance the clock."""
    now = [0.0]
    writer = FakeWriter()

    class OutageWriter:
        async def write(self, rows):
            if now[0] < 30.0:
                raise OSError("connection refused")
            return await writer.write(rows)

    async def fake_sleep(seconds: float) -> None:
        now[0] += seconds
        await asyncio.sleep(0)

    buffer = UsageBuffer(OutageWriter(), batch_rows=500, sleep=fake_sleep, clock=lambda: now[0])
    rows = [row(i) for i in range(1200)]
    for r in rows:
        buffer.add(r)
    assert await buffer.flush(timeout=5) == 1200
    assert writer.rows == rows and buffer.dropped == 0 and now[0] >= 30.0
    assert max(len(b) for b in writer.batches) == 500
    await buffer.close()  # its flusher must not outlive the test's loop (asyncio warns at exit)


@pytest.mark.asyncio
async def test_overflow_drops_are_counted_and_logged_rate_limited(caplog):
    now = [100.0]
    writer = FakeWriter()
    writer.down = True
    buffer = UsageBuffer(writer, max_rows=10, flush_interval_seconds=60, batch_rows=1000,
                         drop_log_interval_seconds=10, clock=lambda: now[0])
    results = [buffer.add(row(i)) for i in range(25)]
    assert results == [True] * 10 + [False] * 15
    assert buffer.buffered == 10 and buffer.dropped == 15
    drops = [r.getMessage() for r in caplog.records if "event=usage_dropped" in r.getMessage()]
    assert len(drops) == 1 and "rows=1 reason=buffer_full total=1" in drops[0]  # first drop logged at once
    now[0] += 11
    buffer.add(row())
    drops = [r.getMessage() for r in caplog.records if "event=usage_dropped" in r.getMessage()]
    assert len(drops) == 2 and "rows=15 reason=buffer_full total=16" in drops[1]  # the count since the last line
    writer.down = False
    assert await buffer.flush() == 10
    await buffer.close()


@pytest.mark.asyncio
async def test_rows_rejected_as_invalid_are_dropped_not_retried(caplog):
    writer = FakeWriter()
    writer.reject = 2
    buffer = UsageBuffer(writer, batch_rows=100)
    for i in range(5):
        buffer.add(row(i))
    assert await buffer.flush() == 3
    assert buffer.dropped == 2 and buffer.buffered == 0 and len(writer.batches) == 1
    assert "reason=invalid" in caplog.text
    await buffer.close()


@pytest.mark.asyncio
async def test_add_is_synchronous_and_never_raises():
    class Broken:
        calls = 0

        async def write(self, rows):
            Broken.calls += 1
            raise RuntimeError("boom")

    buffer = UsageBuffer(Broken(), max_rows=100_000, flush_interval_seconds=60, batch_rows=1_000_000)
    for _ in range(20_000):
        assert buffer.add(row()) is True  # a plain call: nothing awaited, the writer is not touched
    assert Broken.calls == 0 and buffer.buffered == 20_000  # its cost is measured in tests/benchmarks/usage_bench.py
    assert buffer.add(object()) is True  # not validated here; never raises
    buffer._rows = None  # type: ignore[assignment]  # even a corrupted buffer does not raise
    assert buffer.add(row()) is False
    buffer._rows = __import__("collections").deque()
    await buffer.close(timeout=0.01)


@pytest.mark.asyncio
async def test_flush_timeout_leaves_rows_buffered_and_close_drops_the_rest(caplog):
    writer = FakeWriter()
    writer.down = True
    buffer = UsageBuffer(writer, batch_rows=100, retry_base_seconds=0.01, retry_max_seconds=0.02)
    for i in range(4):
        buffer.add(row(i))
    assert await buffer.flush(timeout=0.1) == 0
    assert buffer.buffered == 4
    assert await buffer.close(timeout=0.05) == 4
    assert buffer.dropped == 4 and "reason=shutdown" in caplog.text


@pytest.mark.asyncio
async def test_close_stops_the_task_and_writes_everything():
    writer = FakeWriter()
    buffer = UsageBuffer(writer, flush_interval_seconds=60, batch_rows=1000)
    for i in range(3):
        buffer.add(row(i))
    task = buffer._task
    assert await buffer.close() == 0
    assert task is not None and task.done() and buffer.written == 3
    buffer.add(row())
    assert buffer._task is None  # closed: no new background task


@pytest.mark.asyncio
async def test_logs_carry_counts_only(caplog):
    caplog.set_level(logging.DEBUG)
    writer = FakeWriter()
    buffer = UsageBuffer(writer)
    r = row()
    buffer.add(r)
    await buffer.flush()
    await buffer.close()
    assert "event=usage_flush rows=1 attempts=1 buffered=0" in caplog.text
    assert str(r.call_id) not in caplog.text and "tenant" not in caplog.text.replace("tenant_id", "")
