"""The shared per-tenant request counters (migration 0004; docs/operating.md § Rate limits across instances).

One statement per lease: it adds at most ``want`` to the window's count, never past ``limit``, and
returns how many it added. Availability failures raise :class:`DatabaseUnavailableError`.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.db.pool import DatabasePool

_TAKE_SQL = """
INSERT INTO rate_limit_windows AS w (tenant_id, window_start, used, last_grant)
VALUES ($1, $2, LEAST($3::int, $4::int), LEAST($3::int, $4::int))
ON CONFLICT (tenant_id, window_start) DO UPDATE
SET used = w.used + GREATEST(0, LEAST($3::int, $4::int - w.used)),
    last_grant = GREATEST(0, LEAST($3::int, $4::int - w.used))
RETURNING last_grant
"""
_PURGE_SQL = "DELETE FROM rate_limit_windows WHERE window_start < $1"


class RateLimitRepository:
    """:class:`shared_code.ports.RateLimitStore` over PostgreSQL."""

    def __init__(self, database: "DatabasePool") -> None:
        self._database = database

    async def take(self, tenant_id: str, window_start: datetime, want: int, limit: int) -> int:
        async with self._database.acquire() as conn:
            return int(await conn.fetchval(_TAKE_SQL, tenant_id, window_start, max(0, want), max(0, limit)))

    async def purge(self, before: datetime) -> None:
        async with self._database.acquire() as conn:
            await conn.execute(_PURGE_SQL, before)
