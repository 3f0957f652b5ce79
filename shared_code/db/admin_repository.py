"""PostgreSQL adapter for tenants and ``api_keys`` (docs/database.md § Schema): the ``AdminStore`` port.
No rules here, only SQL.

Lists sort with ``COLLATE "C"`` (byte order), so the order is the same on every server. Integrity
errors of an insert become :class:`TenantMissing` (foreign key: the tenant vanished meanwhile) or
:class:`DuplicateKey` (a primary-key or digest collision). Availability failures raise
:class:`DatabaseUnavailableError` (503) from the pool. Digests are never logged or returned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared_code.ports import DuplicateKey, KeyRecord, TenantMissing, TenantRecord

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.db.pool import DatabasePool


_INSERT_TENANT = "INSERT INTO tenants (tenant_id, name, allows_superusers) VALUES ($1, $2, $3)"
_LIST_TENANTS = 'SELECT tenant_id, name, allows_superusers FROM tenants ORDER BY tenant_id COLLATE "C"'
_TENANT_POLICY = "SELECT allows_superusers FROM tenants WHERE tenant_id = $1"
# the tenant's budget (migration 0003, no foreign key) goes with it
_DELETE_TENANT = """WITH gone AS (DELETE FROM tenants WHERE tenant_id = $1 RETURNING tenant_id),
budget AS (DELETE FROM tenant_budgets b USING gone WHERE b.tenant_id = gone.tenant_id)
SELECT tenant_id FROM gone"""
_INSERT_KEY = (
    "INSERT INTO api_keys (key_id, name, tenant_id, key_sha256, is_superuser) VALUES ($1, $2, $3, $4, $5)"
)
_LIST_KEYS = """
SELECT k.key_id, k.name, k.tenant_id, (k.is_superuser AND t.allows_superusers) AS is_superuser
FROM api_keys AS k
JOIN tenants AS t ON t.tenant_id = k.tenant_id
{where}
ORDER BY k.tenant_id COLLATE "C", k.key_id COLLATE "C"
"""
_DELETE_KEY = "DELETE FROM api_keys WHERE key_id = $1 RETURNING key_id"


class AdminRepository:
    """:class:`shared_code.ports.AdminStore` over PostgreSQL."""

    def __init__(self, database: "DatabasePool") -> None:
        self._database = database

    async def insert_tenant(self, tenant: TenantRecord) -> None:
        import asyncpg

        async with self._database.acquire() as conn:
            try:
                await conn.execute(_INSERT_TENANT, tenant.tenant_id, tenant.name, tenant.allows_superusers)
            except asyncpg.UniqueViolationError as exc:
                raise DuplicateKey() from exc

    async def list_tenants(self) -> list[TenantRecord]:
        async with self._database.acquire() as conn:
            rows = await conn.fetch(_LIST_TENANTS)
        return [TenantRecord(r["tenant_id"], r["name"], bool(r["allows_superusers"])) for r in rows]

    async def tenant_policy(self, tenant_id: str) -> bool | None:
        """Whether the tenant allows superuser keys; None when it does not exist."""
        async with self._database.acquire() as conn:
            value = await conn.fetchval(_TENANT_POLICY, tenant_id)
        return None if value is None else bool(value)

    async def delete_tenant(self, tenant_id: str) -> bool:
        """Delete the tenant, (by cascade) its keys and its budget; False when there was no such tenant."""
        async with self._database.acquire() as conn:
            return await conn.fetchval(_DELETE_TENANT, tenant_id) is not None

    async def insert_key(self, key: KeyRecord, digest: str) -> None:
        import asyncpg

        async with self._database.acquire() as conn:
            try:
                await conn.execute(_INSERT_KEY, key.key_id, key.name, key.tenant_id, digest, key.is_superuser)
            except asyncpg.ForeignKeyViolationError as exc:
                raise TenantMissing() from exc
            except asyncpg.UniqueViolationError as exc:
                raise DuplicateKey() from exc

    async def list_keys(self, tenant_id: str | None = None) -> list[KeyRecord]:
        async with self._database.acquire() as conn:
            if tenant_id is None:
                rows = await conn.fetch(_LIST_KEYS.format(where=""))
            else:
                rows = await conn.fetch(_LIST_KEYS.format(where="WHERE k.tenant_id = $1"), tenant_id)
        return [KeyRecord(r["key_id"], r["name"], r["tenant_id"], bool(r["is_superuser"])) for r in rows]

    async def delete_key(self, key_id: str) -> bool:
        """Delete a database key; False when there was no such key."""
        async with self._database.acquire() as conn:
            return await conn.fetchval(_DELETE_KEY, key_id) is not None
