"""Usage aggregation in PostgreSQL (docs/api.md § Usage, docs/database.md § Schema): two queries per usage read.

Both queries filter ``llm_calls`` on ``started_at`` (``[from, to)``) and optionally one tenant, and roll
up with ``GROUP BY CUBE (tenant_id, operation)``, so one round trip each yields every level the
responses need: (tenant, operation), (tenant), (operation) and the grand total. Groups without rows
never appear; the grand total row always does (PostgreSQL emits it even for an empty input).

* **Per LLM call**: one row is one item. ``failed_calls`` counts ``error`` rows; the distributions are
  over ``ok`` rows only.
* **Per invocation**: a CTE first sums each ``(tenant_id, operation, call_id)`` group (duration, tokens,
  known cost) and marks it failed when all its rows are ``error``; the distributions are over the
  invocations that are not all-failed (error rows inside mixed invocations are part of their sums).

Cost is the sum of the known (non-NULL) ``cost_usd`` of all rows, failed ones included, in both views.
Cache-hit rows (a request answered from the response cache) count only as ``cache_hits`` and
``cost_saved_usd``; every other figure describes LLM work.
Percentiles are ``percentile_cont`` (continuous, linear interpolation). Both queries run in one
read-only REPEATABLE READ transaction, so the two views always describe the same rows. Any database
failure becomes :class:`UsageBackendUnavailableError` (503, ``Retry-After: 5``).
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from shared_code.domain.usage import METRICS, Dist, GroupStats, UsageGroups, UsageWindow
from shared_code.errors import DatabaseUnavailableError, UsageBackendUnavailableError
from shared_code.logs import event

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.db.pool import DatabasePool

log = logging.getLogger("qfa.usage")

def _dist_columns(columns: dict[str, str], qualifies: str) -> str:
    parts = []
    for metric, column in columns.items():
        f = f"FILTER (WHERE {qualifies})"
        parts += [
            f"COALESCE(avg({column}) {f}, 0)::float8 AS {metric}_avg",
            f"COALESCE(min({column}) {f}, 0)::float8 AS {metric}_min",
            f"COALESCE(max({column}) {f}, 0)::float8 AS {metric}_max",
            f"COALESCE(percentile_cont(0.05) WITHIN GROUP (ORDER BY {column}) {f}, 0)::float8 AS {metric}_p5",
            f"COALESCE(percentile_cont(0.95) WITHIN GROUP (ORDER BY {column}) {f}, 0)::float8 AS {metric}_p95",
            f"COALESCE(sum({column}) {f}, 0)::bigint AS {metric}_total",
        ]
    return ",\n       ".join(parts)


_GROUP_COLUMNS = "tenant_id, operation, GROUPING(tenant_id, operation) AS rolled_up"
# cache hits (migration 0003) are requests without LLM calls: counted here, left out of every other figure
_CACHE_COLUMNS = """
       count(*) FILTER (WHERE cache_hit) AS cache_hits,
       COALESCE(sum(cost_saved_usd), 0) AS cost_saved_usd,"""

_CALLS_SQL = f"""
SELECT {_GROUP_COLUMNS},
       count(*) FILTER (WHERE NOT cache_hit) AS total_calls,
       count(*) FILTER (WHERE status = 'error') AS failed_calls,
       COALESCE(sum(cost_usd), 0) AS cost_usd,{_CACHE_COLUMNS}
       {_dist_columns({"call_duration": "call_duration_ms", "input_tokens": "input_tokens",
                       "output_tokens": "output_tokens"}, "status = 'ok' AND NOT cache_hit")}
FROM llm_calls
WHERE {{where}}
GROUP BY CUBE (tenant_id, operation)
"""

_INVOCATIONS_SQL = f"""
WITH invocations AS (
    SELECT tenant_id, operation, call_id,
           sum(call_duration_ms) AS call_duration_ms,
           sum(input_tokens) AS input_tokens,
           sum(output_tokens) AS output_tokens,
           sum(cost_usd) AS cost_usd,
           bool_and(status = 'error') AS all_failed,
           bool_or(cache_hit) AS cache_hit,
           sum(cost_saved_usd) AS cost_saved_usd
    FROM llm_calls
    WHERE {{where}}
    GROUP BY tenant_id, operation, call_id
)
SELECT {_GROUP_COLUMNS},
       count(*) FILTER (WHERE NOT cache_hit) AS total_calls,
       count(*) FILTER (WHERE all_failed) AS failed_calls,
       COALESCE(sum(cost_usd), 0) AS cost_usd,{_CACHE_COLUMNS}
       {_dist_columns({"call_duration": "call_duration_ms", "input_tokens": "input_tokens",
                       "output_tokens": "output_tokens"}, "NOT all_failed AND NOT cache_hit")}
FROM invocations
GROUP BY CUBE (tenant_id, operation)
"""


def where_clause(window: UsageWindow, tenant_id: str | None) -> tuple[str, list[Any]]:
    """The row filter from fixed fragments (values only ever travel as parameters)."""
    conditions, args = [], []
    for fragment, value in (("started_at >= ${}", window.start), ("started_at < ${}", window.end),
                            ("tenant_id = ${}", tenant_id)):
        if value is not None:
            args.append(value)
            conditions.append(fragment.format(len(args)))
    return (" AND ".join(conditions) or "TRUE"), args


def _group(row: Any) -> GroupStats:
    rolled_up = row["rolled_up"]  # bit 1: tenant_id rolled up, bit 0: operation rolled up
    dists = {
        metric: Dist(avg=row[f"{metric}_avg"], min=row[f"{metric}_min"], max=row[f"{metric}_max"],
                     p5=row[f"{metric}_p5"], p95=row[f"{metric}_p95"], total=int(row[f"{metric}_total"]))
        for metric in METRICS
    }
    return GroupStats(
        tenant_id=None if rolled_up & 2 else row["tenant_id"],
        operation=None if rolled_up & 1 else row["operation"],
        total_calls=int(row["total_calls"]),
        failed_calls=int(row["failed_calls"]),
        cost_usd=Decimal(row["cost_usd"]),
        cache_hits=int(row["cache_hits"]),
        cost_saved_usd=Decimal(row["cost_saved_usd"]),
        **dists,
    )


def _keyed(rows: list[Any]) -> dict[tuple[str | None, str | None], GroupStats]:
    groups = (_group(row) for row in rows)
    return {(g.tenant_id, g.operation): g for g in groups}


class UsageStatsRepository:
    """:class:`shared_code.ports.UsageStatsStore` over PostgreSQL."""

    def __init__(self, database: "DatabasePool") -> None:
        self._database = database

    async def read(self, window: UsageWindow, *, tenant_id: str | None = None) -> UsageGroups:
        """Both views of the rows in ``window`` (of one tenant when ``tenant_id`` is given)."""
        import asyncpg

        where, args = where_clause(window, tenant_id)
        try:
            async with self._database.acquire() as conn:
                async with conn.transaction(isolation="repeatable_read", readonly=True):
                    invocations = await conn.fetch(_INVOCATIONS_SQL.format(where=where), *args)
                    calls = await conn.fetch(_CALLS_SQL.format(where=where), *args)
        except (DatabaseUnavailableError, asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as exc:
            event(log, "usage_read", logging.WARNING, outcome="failed", error_class=type(exc).__name__)
            raise UsageBackendUnavailableError() from exc
        return UsageGroups(invocations=_keyed(invocations), llm_calls=_keyed(calls))
