"""Tenant budgets (table ``tenant_budgets``, migration 0003) and a tenant's month spend from ``llm_calls``.

``read`` is one round trip: the budget and (when there is one, or ``always_spend``) the sum of the known costs of the
tenant's rows since ``since`` (index ``(tenant_id, started_at)``). Failures propagate.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from shared_code.ports import TenantBudget

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.db.pool import DatabasePool

_READ = """WITH b AS (SELECT monthly_usd FROM tenant_budgets WHERE tenant_id = $1)
SELECT (SELECT monthly_usd::float8 FROM b) AS monthly_usd,
       CASE WHEN $3 OR EXISTS (SELECT 1 FROM b)
            THEN (SELECT COALESCE(sum(cost_usd), 0)::float8 FROM llm_calls WHERE tenant_id = $1 AND started_at >= $2)
            ELSE 0 END AS spend"""

_READ_ALL = """SELECT b.tenant_id, b.monthly_usd::float8 AS monthly_usd,
       (SELECT COALESCE(sum(cost_usd), 0)::float8 FROM llm_calls c
        WHERE c.tenant_id = b.tenant_id AND c.started_at >= $1) AS spend
FROM tenant_budgets b ORDER BY b.tenant_id"""

_SET = """INSERT INTO tenant_budgets (tenant_id, monthly_usd) VALUES ($1, $2::float8)
ON CONFLICT (tenant_id) DO UPDATE SET monthly_usd = EXCLUDED.monthly_usd, updated_at = now()"""


class BudgetRepository:
    """:class:`shared_code.ports.BudgetStore` over PostgreSQL."""

    def __init__(self, database: "DatabasePool") -> None:
        self._database = database

    async def read(self, tenant_id: str, since: datetime, *, always_spend: bool = False) -> TenantBudget:
        async with self._database.acquire() as conn:
            row = await conn.fetchrow(_READ, tenant_id, since, always_spend)
        return TenantBudget(tenant_id, row["monthly_usd"], row["spend"], since)

    async def read_all(self, since: datetime) -> list[TenantBudget]:
        async with self._database.acquire() as conn:
            rows = await conn.fetch(_READ_ALL, since)
        return [TenantBudget(r["tenant_id"], r["monthly_usd"], r["spend"], since) for r in rows]

    async def set(self, tenant_id: str, monthly_usd: float) -> None:
        async with self._database.acquire() as conn:
            await conn.execute(_SET, tenant_id, monthly_usd)

    async def clear(self, tenant_id: str) -> bool:
        async with self._database.acquire() as conn:
            status = await conn.execute("DELETE FROM tenant_budgets WHERE tenant_id = $1", tenant_id)
        return status.endswith(" 1")
