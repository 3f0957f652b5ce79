"""The response cache's table (migration 0003): opaque entries keyed by a 32-byte keyed hash.

``get`` returns an entry younger than both its own expiry and ``max_age_seconds`` (so lowering
``RESPONSE_CACHE_TTL_SECONDS`` applies at once). ``put`` upserts and, in the same statement, deletes
at most ``PURGE_BATCH`` expired entries, so the table stays bounded by the traffic of one TTL without a
timer; it commits with ``synchronous_commit`` off (a crash may lose the last entries: they only miss). Failures propagate (the cache use case logs them and treats them as a miss).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.db.pool import DatabasePool

PURGE_BATCH = 100

_GET = """SELECT sealed, cost_usd::float8 AS cost_usd FROM response_cache
WHERE lookup_key = $1 AND expires_at > now() AND created_at > now() - make_interval(secs => $2::float8)"""

_PUT = f"""WITH purged AS (
    DELETE FROM response_cache WHERE lookup_key IN (
        SELECT lookup_key FROM response_cache WHERE expires_at <= now() AND lookup_key <> $1 LIMIT {PURGE_BATCH}
        FOR UPDATE SKIP LOCKED)
)
INSERT INTO response_cache (lookup_key, sealed, cost_usd, created_at, expires_at)
VALUES ($1, $2, $3::float8, now(), now() + make_interval(secs => $4::float8))
ON CONFLICT (lookup_key) DO UPDATE
SET sealed = EXCLUDED.sealed, cost_usd = EXCLUDED.cost_usd, created_at = EXCLUDED.created_at,
    expires_at = EXCLUDED.expires_at"""


class ResponseCacheRepository:
    """:class:`shared_code.ports.ResponseCacheStore` over PostgreSQL."""

    def __init__(self, database: "DatabasePool") -> None:
        self._database = database

    async def get(self, lookup_key: bytes, max_age_seconds: int) -> tuple[bytes, float | None] | None:
        async with self._database.acquire() as conn:
            row = await conn.fetchrow(_GET, lookup_key, float(max_age_seconds))
        return None if row is None else (bytes(row["sealed"]), row["cost_usd"])

    async def put(self, lookup_key: bytes, sealed: bytes, cost_usd: float | None, ttl_seconds: int) -> None:
        cost = None if cost_usd is None else round(min(max(cost_usd, 0.0), 999_999.999999), 6)
        async with self._database.acquire() as conn:
            async with conn.transaction():
                # an entry is disposable: not waiting for the WAL flush saves most of a miss's added time
                await conn.execute("SET LOCAL synchronous_commit TO OFF")
                await conn.execute(_PUT, lookup_key, sealed, cost, float(ttl_seconds))
