"""The buffer's sink: writes batches of usage rows to PostgreSQL.

``write(rows)`` inserts the batch in one statement. Availability failures raise (the buffer keeps the
rows and retries). A batch the database rejects as invalid data (SQLSTATE class 22/23: a constraint or
a value out of range) would fail forever, so it is retried row by row once and the offending rows are
rejected (returned as a count, never retried); the rest are written.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Sequence

from shared_code.db.usage_repository import insert_usage_rows
from shared_code.logs import event
from shared_code.domain.usage import UsageRow

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.db.pool import DatabasePool

log = logging.getLogger("qfa.usage")

_INVALID_DATA_CLASSES = ("22", "23")


def _is_invalid_data(exc: BaseException) -> bool:
    sqlstate = getattr(exc, "sqlstate", None) or ""
    return sqlstate[:2] in _INVALID_DATA_CLASSES


class PostgresUsageWriter:
    """:class:`shared_code.ports.UsageWriter` over PostgreSQL."""

    def __init__(self, database: "DatabasePool") -> None:
        self._database = database

    async def write(self, rows: Sequence[UsageRow]) -> int:
        async with self._database.acquire() as conn:
            try:
                await insert_usage_rows(conn, rows)
                return 0
            except Exception as exc:
                if not _is_invalid_data(exc):
                    raise
                return await self._write_one_by_one(conn, rows, type(exc).__name__)

    async def _write_one_by_one(self, conn: Any, rows: Sequence[UsageRow], error_class: str) -> int:
        """Each row under a savepoint inside one transaction: a failure other than invalid data rolls the
        whole batch back, so the buffer's retry cannot write a row twice."""
        rejected = 0
        async with conn.transaction():
            for row in rows:
                try:
                    async with conn.transaction():
                        await insert_usage_rows(conn, [row])
                except Exception as exc:
                    if not _is_invalid_data(exc):
                        raise
                    rejected += 1
        event(log, "usage_rejected", logging.ERROR, rows=rejected, batch=len(rows), error_class=error_class)
        return rejected
