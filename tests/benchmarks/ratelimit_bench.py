"""Added latency of the rate limit across instances, against a real PostgreSQL; one JSON object last.

    python tests/benchmarks/ratelimit_bench.py [--requests 5000] [--clients 8] [--gap-ms 1]

``--clients`` concurrent callers each call ``await limiter.acquire(tenant)`` then wait ``--gap-ms``
(the rest of a request), until ``--requests`` calls are made; only ``acquire`` is timed. Measured in the
same run, on the same event loop:

* ``memory``: the per-instance token bucket alone (``TenantRateLimiter``), the baseline;
* ``shared``: ``SharedRateLimiter`` over ``RateLimitRepository`` with the default allowance (10), the
  limit out of reach (so every call is admitted);
* ``shared_allowance_1``: the same with an allowance of 1 (a lease for every request);
* ``db_per_request``: one ``take`` round trip per request, what leasing avoids.

Each reports p50, p99, mean and max in microseconds, and for the shared ones the database leases taken.
``added_us`` is shared minus memory (p50, p99). The database is a fresh ``qfa_test_*`` one, migrated,
dropped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared_code.db.migrate import run_migrations  # noqa: E402
from shared_code.db.pool import DatabasePool  # noqa: E402
from shared_code.db.rate_limit_repository import RateLimitRepository  # noqa: E402
from shared_code.http.rate_limit import TenantRateLimiter  # noqa: E402
from shared_code.http.shared_rate_limit import SharedRateLimiter  # noqa: E402
from shared_code.settings import Settings  # noqa: E402
from tests.support.postgres import create_test_database, drop_test_database  # noqa: E402

UNREACHABLE = 10**9  # per minute: every call is admitted


class CountingStore:
    def __init__(self, store: RateLimitRepository) -> None:
        self.store, self.takes = store, 0

    async def take(self, *args):
        self.takes += 1
        return await self.store.take(*args)

    async def purge(self, before):
        await self.store.purge(before)


class PerRequest:
    """One database round trip per request (no leases), for comparison."""

    def __init__(self, store: RateLimitRepository) -> None:
        self.store = store

    async def acquire(self, tenant_id: str) -> float | None:
        start = datetime.fromtimestamp(int(time.time() // 60) * 60, timezone.utc)
        return None if await self.store.take(tenant_id, start, 1, UNREACHABLE) else 1.0


async def run(limiter, requests: int, clients: int, gap: float, tenant: str) -> list[float]:
    timings: list[float] = []

    async def client() -> None:
        while len(timings) < requests:
            started = time.perf_counter()
            await limiter.acquire(tenant)
            timings.append((time.perf_counter() - started) * 1e6)
            await asyncio.sleep(gap)

    await asyncio.gather(*(client() for _ in range(clients)))
    return timings


def summary(timings: list[float]) -> dict[str, float]:
    ordered = sorted(timings)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"p50_us": round(pick(0.50), 1), "p99_us": round(pick(0.99), 1),
            "mean_us": round(statistics.fmean(ordered), 1), "max_us": round(ordered[-1], 1), "calls": len(ordered)}


async def bench(dsn: str, requests: int, clients: int, gap: float) -> dict:
    await run_migrations(connect_kwargs={"dsn": dsn})
    pool = DatabasePool(Settings(_env_file=None, db_url=dsn, db_pool_max_size=4))
    repo = RateLimitRepository(pool)
    try:
        await repo.take("warm-up", datetime.now(timezone.utc), 1, 1)  # the pool's first connection
        report: dict = {"requests": requests, "clients": clients, "gap_ms": gap * 1000}
        memory = TenantRateLimiter(UNREACHABLE, UNREACHABLE)
        report["memory"] = summary(await run(memory, requests, clients, gap, "t-memory"))
        for name, allowance in (("shared", 10), ("shared_allowance_1", 1)):
            store = CountingStore(repo)
            limiter = SharedRateLimiter(TenantRateLimiter(UNREACHABLE, UNREACHABLE), store, UNREACHABLE, allowance)
            report[name] = {**summary(await run(limiter, requests, clients, gap, f"t-{name}")), "leases": store.takes}
        report["db_per_request"] = summary(await run(PerRequest(repo), requests, clients, gap, "t-direct"))
        report["added_us"] = {q: round(report["shared"][q] - report["memory"][q], 1) for q in ("p50_us", "p99_us")}
        return report
    finally:
        await pool.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--gap-ms", type=float, default=1.0)
    args = parser.parse_args(argv)
    database = create_test_database(prefix="qfa_test_bench")
    try:
        report = asyncio.run(bench(database.dsn, args.requests, args.clients, args.gap_ms / 1000))
    finally:
        drop_test_database(database)
    print(json.dumps(report, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
