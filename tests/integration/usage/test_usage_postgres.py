"""Usage rows into a real PostgreSQL: exact values, invalid rows, 1,000-row flush, outage, overflow."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from datetime import datetime, timezone
from decimal import Decimal

import asyncpg
import pytest
import pytest_asyncio

from shared_code.call_context import CallContext, reset_call, set_call
from shared_code.db.pool import DatabasePool
from shared_code.db.usage_repository import insert_usage_rows
from shared_code.ports import LLMCallRecord
from shared_code.settings import Settings
from shared_code.usage.buffer import UsageBuffer
from shared_code.usage.recorder import UsageRecorder, build_usage_recorder
from shared_code.domain.usage import UsageRow
from shared_code.db.usage_writer import PostgresUsageWriter

STARTED = datetime(2026, 3, 2, 9, 30, 15, 123456, tzinfo=timezone.utc)


def _settings(dsn: str, **values) -> Settings:
    values = {"db_connect_timeout_seconds": 1, "db_command_timeout_seconds": 3, **values}
    return Settings(_env_file=None, db_url=dsn, **values)


def _row(tenant: str, i: int = 0, **overrides) -> UsageRow:
    values = dict(tenant_id=tenant, key_id="k", operation="analyze", call_id=uuid.uuid4(), call_kind="map",
                  started_at=STARTED, call_duration_ms=i, attempts=1, model="m", input_tokens=i, output_tokens=1,
                  cost_usd=None, status="ok", error_class=None, row_id=uuid.uuid4())
    values.update(overrides)
    return UsageRow(**values)


async def _fetch(dsn: str, tenant: str) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(dsn)
    try:
        return await conn.fetch("SELECT * FROM llm_calls WHERE tenant_id = $1 ORDER BY id", tenant)
    finally:
        await conn.close()


@pytest_asyncio.fixture
async def database(pg_database):
    db = DatabasePool(_settings(pg_database))
    try:
        yield db
    finally:
        await db.close()


@pytest.mark.asyncio


def record_one_call(recorder: UsageRecorder, tenant: str, call_ids: list[uuid.UUID]) -> None:
    """Record one logical LLM call of ``tenant`` under a fresh call id, as a request would."""
    call_id = uuid.uuid4()
    call_ids.append(call_id)
    token = set_call(CallContext(tenant, None, "analyze", str(call_id), time.monotonic() + 30))
    try:
        recorder.record(LLMCallRecord("map", "m", datetime.now(timezone.utc), 5, 1, 10, 2, 0.001, "ok"))
    finally:
        reset_call(token)


async def test_recorded_calls_land_with_the_right_values(pg_database, database):
    tenant, call_id = f"tenant-{uuid.uuid4()}", uuid.uuid4()
    recorder = build_usage_recorder(_settings(pg_database), writer=PostgresUsageWriter(database))
    token = set_call(CallContext(tenant, "key-7", "assign_codes", str(call_id), time.monotonic() + 30))
    try:
        recorder.record(LLMCallRecord("select", "gpt-5.4-2026", STARTED, 812, 2, 1500, 230, 0.0042371, "ok"))
        recorder.record(LLMCallRecord("verify", "gpt-5.4-2026", STARTED, 90_000, 4, 1200, 0, None, "error",
                                      error_class="LLMTimeoutError", provider_status=504))
    finally:
        reset_call(token)
    assert await recorder.flush(timeout=10) == 2
    rows = await _fetch(pg_database, tenant)
    got = [{k: r[k] for k in r.keys() if k not in ("id", "created_at", "row_id")} for r in rows]
    assert got == [
        dict(tenant_id=tenant, key_id="key-7", operation="assign_codes", call_id=call_id, call_kind="select",
             started_at=STARTED, call_duration_ms=812, attempts=2, model="gpt-5.4-2026", input_tokens=1500,
             output_tokens=230, cost_usd=Decimal("0.004237"), status="ok", error_class=None, cache_hit=False,
             cost_saved_usd=None),
        dict(tenant_id=tenant, key_id="key-7", operation="assign_codes", call_id=call_id, call_kind="verify",
             started_at=STARTED, call_duration_ms=90_000, attempts=4, model="gpt-5.4-2026", input_tokens=1200,
             output_tokens=0, cost_usd=None, status="error", error_class="LLMTimeoutError", cache_hit=False,
             cost_saved_usd=None),
    ]
    assert all(r["created_at"] is not None for r in rows)
    await recorder.close()


async def test_a_cache_hit_lands_as_one_row_without_tokens_or_cost(pg_database, database):
    tenant, call_id = f"tenant-{uuid.uuid4()}", uuid.uuid4()
    recorder = build_usage_recorder(_settings(pg_database), writer=PostgresUsageWriter(database))
    token = set_call(CallContext(tenant, "key-7", "summarize", str(call_id), time.monotonic() + 30))
    try:
        recorder.record_cache_hit(0.0123456, 4)
    finally:
        reset_call(token)
    assert await recorder.flush(timeout=10) == 1
    [row] = await _fetch(pg_database, tenant)
    assert (row["cache_hit"], row["call_kind"], row["call_id"], row["call_duration_ms"]) == (True, "cache", call_id, 4)
    assert (row["input_tokens"], row["output_tokens"], row["cost_usd"], row["status"]) == (0, 0, Decimal("0"), "ok")
    assert row["cost_saved_usd"] == Decimal("0.012346")
    await recorder.close()


@pytest.mark.asyncio
async def test_invalid_rows_are_rejected_alone(pg_database, database, caplog):
    tenant = f"tenant-{uuid.uuid4()}"
    batch = [_row(tenant, 1), _row(tenant, 2, attempts=0), _row(tenant, 3), _row(tenant, 4, status="ok",
                                                                              error_class="X")]
    rejected = await PostgresUsageWriter(database).write(batch)
    assert rejected == 2
    assert [r["call_duration_ms"] for r in await _fetch(pg_database, tenant)] == [1, 3]
    assert "event=usage_rejected rows=2 batch=4" in caplog.text


@pytest.mark.asyncio
async def test_flush_of_1000_rows(pg_database, database, caplog):
    caplog.set_level(logging.INFO)
    tenant = f"tenant-{uuid.uuid4()}"
    buffer = UsageBuffer(PostgresUsageWriter(database), batch_rows=500, flush_interval_seconds=60)
    rows = [_row(tenant, i, cost_usd=i / 1000) for i in range(1000)]
    for r in rows:
        buffer.add(r)
    assert await buffer.flush() == 1000  # its time: flush_1000_ms of tests/benchmarks/usage_bench.py
    stored = await _fetch(pg_database, tenant)
    assert [r["call_id"] for r in stored] == [r.call_id for r in rows]
    assert stored[999]["cost_usd"] == Decimal("0.999000")
    assert caplog.text.count("event=usage_flush rows=500 attempts=1") == 2
    await buffer.close()


@pytest.mark.asyncio
async def test_database_outage_loses_no_rows_and_writes_each_once(pg_database, tcp_proxy_factory, caplog):
    """Pool → TCP proxy → PostgreSQL; the proxy is cut for a while (connections killed, new ones refused)."""
    caplog.set_level(logging.INFO)
    proxy = await tcp_proxy_factory(pg_database)
    via_proxy = pg_database.replace(pg_database.split("@", 1)[1].split("/", 1)[0], f"127.0.0.1:{proxy.port}")
    db = DatabasePool(_settings(via_proxy))
    buffer = UsageBuffer(PostgresUsageWriter(db), flush_interval_seconds=0.05, batch_rows=50,
                         retry_base_seconds=0.05, retry_max_seconds=0.3)
    recorder = UsageRecorder(buffer)
    tenant = f"tenant-{uuid.uuid4()}"
    call_ids: list[uuid.UUID] = []

    def record(n: int) -> None:
        for _ in range(n):
            record_one_call(recorder, tenant, call_ids)

    try:
        record(30)
        assert await buffer.flush(timeout=10) == 30  # the pool now holds live connections through the proxy
        await proxy.stop()
        outage_started = time.monotonic()
        while time.monotonic() - outage_started < 2.0:  # requests keep coming during the outage
            record(10)
            await asyncio.sleep(0.1)
        assert buffer.buffered >= 150 and buffer.failed_attempts >= 3
        await proxy.start()  # heal, on the same port
        assert await buffer.flush(timeout=20) >= 0
        assert buffer.buffered == 0
    finally:
        await buffer.close()
        await db.close()
    stored = [r["call_id"] for r in await _fetch(pg_database, tenant)]
    assert len(stored) == len(call_ids) == 30 + len(call_ids[30:])
    assert sorted(stored) == sorted(call_ids)  # every row exactly once
    assert buffer.dropped == 0
    assert "event=usage_flush outcome=failed" in caplog.text


@pytest.mark.asyncio
async def test_overflow_during_an_outage_drops_and_counts_the_excess(pg_database, tcp_proxy_factory, caplog):
    proxy = await tcp_proxy_factory(pg_database)
    via_proxy = pg_database.replace(pg_database.split("@", 1)[1].split("/", 1)[0], f"127.0.0.1:{proxy.port}")
    await proxy.stop()
    db = DatabasePool(_settings(via_proxy))
    buffer = UsageBuffer(PostgresUsageWriter(db), max_rows=100, flush_interval_seconds=0.05, batch_rows=40,
                         retry_base_seconds=0.05, retry_max_seconds=0.2)
    tenant = f"tenant-{uuid.uuid4()}"
    rows = [_row(tenant, i) for i in range(130)]
    try:
        accepted = [buffer.add(r) for r in rows]
        assert accepted == [True] * 100 + [False] * 30
        await asyncio.sleep(0.3)  # failing flushes meanwhile; nothing leaves the buffer
        assert buffer.buffered == 100 and buffer.dropped == 30
        await proxy.start()
        assert await buffer.flush(timeout=20) == 100
    finally:
        await buffer.close()
        await db.close()
    stored = [r["call_id"] for r in await _fetch(pg_database, tenant)]
    assert sorted(stored) == sorted(r.call_id for r in rows[:100])
    assert "event=usage_dropped rows=1 reason=buffer_full total=1" in caplog.text


@pytest.mark.asyncio
async def test_unnest_insert_is_one_statement(pg_database, database):
    tenant = f"tenant-{uuid.uuid4()}"
    async with database.acquire() as conn:
        before = await conn.fetchval("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
        assert await insert_usage_rows(conn, [_row(tenant, i) for i in range(200)]) == 200
        after = await conn.fetchval("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
    assert len(await _fetch(pg_database, tenant)) == 200
    assert after - before <= 2  # one insert transaction (plus the stats read itself), not 200


@pytest.mark.asyncio
async def test_stalled_database_writes_every_row_exactly_once(pg_database, tcp_proxy_factory, caplog):
    """Pool → TCP proxy → PostgreSQL; the proxy black-holes traffic (closes nothing) under load. Inserts
    time out in the app, are delivered and commit after the stall, and are retried: still one row each."""
    caplog.set_level(logging.INFO)
    proxy = await tcp_proxy_factory(pg_database)
    via_proxy = pg_database.replace(pg_database.split("@", 1)[1].split("/", 1)[0], f"127.0.0.1:{proxy.port}")
    db = DatabasePool(_settings(via_proxy, db_command_timeout_seconds=1, db_pool_min_size=2, db_pool_max_size=4))
    buffer = UsageBuffer(PostgresUsageWriter(db), flush_interval_seconds=0.05, batch_rows=20,
                         retry_base_seconds=0.05, retry_max_seconds=0.5)
    recorder = UsageRecorder(buffer)
    tenant = f"tenant-{uuid.uuid4()}"
    call_ids: list[uuid.UUID] = []

    async def traffic(seconds: float) -> None:
        until = time.monotonic() + seconds
        while time.monotonic() < until:
            for _ in range(5):
                record_one_call(recorder, tenant, call_ids)
            await asyncio.sleep(0.05)

    try:
        await traffic(1.0)  # rows flow; the pool holds live connections through the proxy
        for _ in range(2):  # two stalls, each longer than the command timeout
            proxy.stall()
            await traffic(3.0)
            proxy.resume()
            await traffic(1.0)
        assert await buffer.flush(timeout=30) >= 0 and buffer.buffered == 0
    finally:
        await buffer.close()
        await db.close()
    stored = [r["call_id"] for r in await _fetch(pg_database, tenant)]
    counts: dict[uuid.UUID, int] = {}
    for call_id in stored:
        counts[call_id] = counts.get(call_id, 0) + 1
    duplicates = sum(n - 1 for n in counts.values())
    lost = len(set(call_ids) - set(counts))
    print(f"stall test: calls={len(call_ids)} rows={len(stored)} duplicates={duplicates} lost={lost} "
          f"failed_attempts={buffer.failed_attempts}")
    assert buffer.failed_attempts >= 2  # the stalls really made writes time out
    assert (len(stored), duplicates, lost, buffer.dropped) == (len(call_ids), 0, 0, 0)
