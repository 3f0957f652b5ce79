"""Usage tracking costs against a real PostgreSQL; prints one JSON object as its last line.

    python tests/benchmarks/usage_bench.py [--calls 100000] [--repeats 15]

* ``record_us``: ``UsageRecorder.record()`` alone (context lookup, row build, ``buffer.add``), the cost on
  the request path: mean over ``--calls`` calls, and p50/p99 of individually timed calls.
* ``flush_1000_ms``: ``UsageBuffer.flush()`` of 1,000 buffered rows (median over ``--repeats``), with the
  default batch of 500 rows (two statements) and with one 1,000-row statement.
* ``insert_1000_ms``: the two one-statement ways to write 1,000 rows, unnest vs COPY, on one connection.

The database is a fresh ``qfa_test_*`` one (tests/support/postgres.py), migrated, and dropped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared_code.call_context import CallContext, reset_call, set_call  # noqa: E402
from shared_code.db.migrate import run_migrations  # noqa: E402
from shared_code.db.pool import DatabasePool  # noqa: E402
from shared_code.db.usage_repository import insert_usage_rows  # noqa: E402
from shared_code.ports import LLMCallRecord  # noqa: E402
from shared_code.settings import Settings  # noqa: E402
from shared_code.usage.buffer import UsageBuffer  # noqa: E402
from shared_code.usage.recorder import UsageRecorder  # noqa: E402
from shared_code.domain.usage import COLUMNS, UsageRow  # noqa: E402
from shared_code.db.usage_writer import PostgresUsageWriter  # noqa: E402
from tests.support.postgres import create_test_database, drop_test_database  # noqa: E402


async def copy_usage_rows(conn, rows) -> int:  # noqa: ANN001
    """What the app's unnest statement is compared with: the same rows through COPY."""
    if not rows:
        return 0
    await conn.copy_records_to_table("llm_calls", records=rows, columns=list(COLUMNS))
    return len(rows)


def _call() -> LLMCallRecord:
    return LLMCallRecord("map", "gpt-5.4-2026-01-01", datetime.now(timezone.utc), 812, 1, 1500, 230, 0.0042, "ok")


def _rows(n: int) -> list[UsageRow]:
    now, call_id = datetime.now(timezone.utc), uuid.uuid4()
    return [UsageRow("tenant-bench", "key", "analyze", call_id, "map", now, i, 1, "m", 100, 20, 0.001, "ok", None, uuid.uuid4())
            for i in range(n)]


def bench_record(calls: int) -> dict[str, float]:
    """``record()`` only: the buffer never flushes during the run (huge interval and batch)."""

    class NullWriter:
        async def write(self, rows):
            return 0

    buffer = UsageBuffer(NullWriter(), max_rows=calls * 3, flush_interval_seconds=3600, batch_rows=10**9)
    recorder = UsageRecorder(buffer)
    call = _call()
    token = set_call(CallContext("tenant-bench", "key", "analyze", str(uuid.uuid4()), time.monotonic() + 600))
    try:
        for _ in range(1000):  # warm-up
            recorder.record(call)
        started = time.perf_counter()
        for _ in range(calls):
            recorder.record(call)
        mean_us = (time.perf_counter() - started) / calls * 1e6
        samples = []
        for _ in range(min(calls, 20_000)):
            t0 = time.perf_counter_ns()
            recorder.record(call)
            samples.append((time.perf_counter_ns() - t0) / 1000)
    finally:
        reset_call(token)
    samples.sort()
    return {"mean": round(mean_us, 3), "p50": round(samples[len(samples) // 2], 3),
            "p99": round(samples[int(len(samples) * 0.99)], 3)}


async def bench_flush(db: DatabasePool, repeats: int, batch_rows: int) -> float:
    times = []
    for _ in range(repeats):
        buffer = UsageBuffer(PostgresUsageWriter(db), batch_rows=batch_rows, flush_interval_seconds=3600)
        for row in _rows(1000):
            buffer.add(row)
        started = time.perf_counter()
        assert await buffer.flush() == 1000
        times.append((time.perf_counter() - started) * 1000)
        await buffer.close()
    return round(statistics.median(times), 2)


async def bench_insert(db: DatabasePool, repeats: int, method) -> float:
    times = []
    rows = _rows(1000)
    async with db.acquire() as conn:
        for _ in range(repeats):
            started = time.perf_counter()
            assert await method(conn, rows) == 1000
            times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 2)


async def bench_database(dsn: str, repeats: int) -> dict[str, object]:
    await run_migrations(connect_kwargs={"dsn": dsn})
    db = DatabasePool(Settings(_env_file=None, db_url=dsn))
    try:
        async with db.acquire() as conn:  # warm the pool and the statement cache
            await insert_usage_rows(conn, _rows(10))
        result = {
            "flush_1000_ms": {"batch_500": await bench_flush(db, repeats, 500),
                              "batch_1000": await bench_flush(db, repeats, 1000)},
            "insert_1000_ms": {"unnest": await bench_insert(db, repeats, insert_usage_rows),
                               "copy": await bench_insert(db, repeats, copy_usage_rows)},
        }
        async with db.acquire() as conn:
            result["server"] = await conn.fetchval("SHOW server_version")
            result["rows_written"] = await conn.fetchval("SELECT count(*) FROM llm_calls")
        return result
    finally:
        await db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args(argv)
    report: dict[str, object] = {"record_us": bench_record(args.calls)}
    database = create_test_database(prefix="qfa_test_bench")
    try:
        report.update(asyncio.run(bench_database(database.dsn, args.repeats)))
    finally:
        drop_test_database(database)
    report["python"] = sys.version.split()[0]
    print(json.dumps(report, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
