"""Read a request's usage rows from PostgreSQL, waiting for the usage buffer's flush."""

from __future__ import annotations

import asyncio
import time

import asyncpg


async def usage_rows(dsn: str, call_id: str, expected: int, timeout: float = 5.0) -> list[asyncpg.Record]:
    """The ``llm_calls`` rows of ``call_id`` in insert order, once there are ``expected`` of them (or
    whatever is there after ``timeout`` seconds: the caller's assertion then says what is missing)."""
    deadline = time.monotonic() + timeout
    while True:
        conn = await asyncpg.connect(dsn)
        try:
            rows = await conn.fetch("SELECT * FROM llm_calls WHERE call_id = $1 ORDER BY id", call_id)
        finally:
            await conn.close()
        if len(rows) >= expected or time.monotonic() > deadline:
            return rows
        await asyncio.sleep(0.1)
