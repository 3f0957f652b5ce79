"""The shared rate-limit counters (migration 0004, shared_code/db/rate_limit_repository.py) on a real
PostgreSQL: concurrent leases from many connections never grant more than the limit in a window."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import asyncpg

from shared_code.db.pool import DatabasePool
from shared_code.db.rate_limit_repository import RateLimitRepository
from shared_code.settings import Settings

WINDOW = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)


async def test_concurrent_leases_grant_exactly_the_limit(pg_fresh_database):
    pool = DatabasePool(Settings(_env_file=None, db_url=pg_fresh_database, db_pool_max_size=8))
    store = RateLimitRepository(pool)
    try:
        grants = await asyncio.gather(*(store.take("t", WINDOW, 7, 100) for _ in range(40)))
        assert sum(grants) == 100 and all(0 <= g <= 7 for g in grants)
        assert await store.take("t", WINDOW, 5, 100) == 0  # spent
        assert await store.take("other", WINDOW, 5, 100) == 5  # tenants apart
        assert await store.take("t", WINDOW + timedelta(minutes=1), 5, 100) == 5  # next window
        await store.purge(WINDOW + timedelta(minutes=1))
        conn = await asyncpg.connect(pg_fresh_database)
        try:
            rows = await conn.fetch("SELECT tenant_id, window_start, used FROM rate_limit_windows")
        finally:
            await conn.close()
        assert [(r["tenant_id"], r["used"]) for r in rows] == [("t", 5)]
    finally:
        await pool.close()
