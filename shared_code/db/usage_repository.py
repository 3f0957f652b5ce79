"""Writes ``llm_calls`` rows: many rows in one statement (``INSERT … SELECT * FROM unnest(…)``).

One round trip and one statement per batch, with typed array parameters, so a batch of 500 rows costs
about the same as a handful of single inserts (see tests/benchmarks/usage_bench.py). ``insert_usage_rows``
runs on a connection the caller acquired; it commits as one statement (all rows or none). It is
idempotent: a row whose ``row_id`` is already stored is skipped (``ON CONFLICT (row_id) DO NOTHING``,
migration 0002), so retrying a batch that committed unseen writes nothing twice.
"""

from __future__ import annotations

from typing import Any, Sequence

from shared_code.domain.usage import COLUMNS, UsageRow

_TYPES = (
    "varchar", "varchar", "varchar", "uuid", "varchar", "timestamptz", "integer", "smallint", "varchar",
    "integer", "integer", "numeric", "varchar", "varchar", "uuid", "boolean", "numeric",
)
assert len(_TYPES) == len(COLUMNS)

INSERT_SQL = (
    f"INSERT INTO llm_calls ({', '.join(COLUMNS)}) SELECT * FROM unnest("
    + ", ".join(f"${i}::{t}[]" for i, t in enumerate(_TYPES, start=1))
    + ") ON CONFLICT (row_id) DO NOTHING"
)


async def insert_usage_rows(conn: Any, rows: Sequence[UsageRow]) -> int:
    """Insert ``rows`` in one statement, skipping any already stored; returns ``len(rows)``."""
    if not rows:
        return 0
    columns = [list(column) for column in zip(*rows)]
    await conn.execute(INSERT_SQL, *columns)
    return len(rows)

