"""The migrated schema matches docs/database.md § Schema: columns, defaults, constraints, indexes."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import asyncpg
import pytest
import pytest_asyncio

DIGEST = "a" * 64


@pytest_asyncio.fixture
async def conn(pg_database):
    connection = await asyncpg.connect(pg_database)
    try:
        yield connection
    finally:
        await connection.close()


async def _columns(conn, table: str) -> dict[str, tuple[str, str, bool, str | None]]:
    rows = await conn.fetch(
        """SELECT column_name, format_type(a.atttypid, a.atttypmod) AS type, c.is_nullable = 'YES' AS nullable,
                  c.column_default, c.is_identity
           FROM information_schema.columns c
           JOIN pg_attribute a ON a.attrelid = $1::text::regclass AND a.attname = c.column_name
           WHERE c.table_name = $1::text ORDER BY c.ordinal_position""", table)
    return {r["column_name"]: (r["type"], r["nullable"], r["column_default"], r["is_identity"]) for r in rows}


@pytest.mark.asyncio
async def test_llm_calls_columns(conn):
    cols = await _columns(conn, "llm_calls")
    assert list(cols) == ["id", "tenant_id", "key_id", "operation", "call_id", "call_kind", "started_at",
                          "call_duration_ms", "attempts", "model", "input_tokens", "output_tokens", "cost_usd",
                          "status", "error_class", "created_at", "row_id", "cache_hit", "cost_saved_usd"]
    types = {name: (t, nullable) for name, (t, nullable, _d, _i) in cols.items()}
    assert types == {
        "id": ("bigint", False), "tenant_id": ("character varying(255)", False),
        "key_id": ("character varying(255)", True), "operation": ("character varying(64)", False),
        "call_id": ("uuid", False), "call_kind": ("character varying(32)", False),
        "started_at": ("timestamp with time zone", False), "call_duration_ms": ("integer", False),
        "attempts": ("smallint", False), "model": ("character varying(255)", False),
        "input_tokens": ("integer", False), "output_tokens": ("integer", False),
        "cost_usd": ("numeric(12,6)", True), "status": ("character varying(16)", False),
        "error_class": ("character varying(128)", True), "created_at": ("timestamp with time zone", False),
        "row_id": ("uuid", True),  # 0002: NULL on rows written before it; the app always sets it
        "cache_hit": ("boolean", False), "cost_saved_usd": ("numeric(12,6)", True),  # 0003
    }
    assert cols["cache_hit"][2] == "false"
    assert cols["id"][3] == "YES"  # GENERATED ... AS IDENTITY
    assert cols["attempts"][2] == "1" and cols["input_tokens"][2] == "0" and cols["model"][2].startswith("''")


@pytest.mark.asyncio
async def test_indexes(conn):
    rows = await conn.fetch("SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'")
    defs = {r["indexdef"].split(" USING btree ")[1] for r in rows if r["tablename"] == "llm_calls"}
    assert defs == {"(id)", "(tenant_id, started_at)", "(started_at)", "(tenant_id, operation, call_id)", "(row_id)"}
    keys = {r["indexdef"].split(" USING btree ")[1] for r in rows if r["tablename"] == "api_keys"}
    assert keys == {"(key_id)", "(key_sha256)", "(tenant_id)"}
    unique = await conn.fetchval(
        "SELECT indisunique FROM pg_index WHERE indexrelid = 'api_keys_key_sha256_key'::regclass")
    assert unique is True
    assert await conn.fetchval("SELECT indisunique FROM pg_index WHERE indexrelid = 'llm_calls_row_id_key'::regclass")
    cache = {r["indexdef"].split(" USING btree ")[1] for r in rows if r["tablename"] == "response_cache"}
    assert cache == {"(lookup_key)", "(expires_at)"}


@pytest.mark.asyncio
async def test_response_cache_and_budget_tables(conn):
    """0003: the cache stores only a 32-byte keyed hash, ciphertext, a cost and times; budgets are positive."""
    cols = await _columns(conn, "response_cache")
    assert {n: t for n, (t, *_r) in cols.items()} == {
        "lookup_key": "bytea", "sealed": "bytea", "cost_usd": "numeric(12,6)",
        "created_at": "timestamp with time zone", "expires_at": "timestamp with time zone"}
    with pytest.raises(asyncpg.CheckViolationError):
        await conn.execute("INSERT INTO response_cache (lookup_key, sealed, expires_at) VALUES ($1, $2, now())",
                           b"short", b"x")
    budgets = await _columns(conn, "tenant_budgets")
    assert {n: t for n, (t, *_r) in budgets.items()} == {
        "tenant_id": "character varying(255)", "monthly_usd": "numeric(12,2)", "updated_at": "timestamp with time zone"}
    with pytest.raises(asyncpg.CheckViolationError):
        await conn.execute("INSERT INTO tenant_budgets (tenant_id, monthly_usd) VALUES ('t', 0)")


def _call(**overrides):
    row = dict(tenant_id="t", key_id=None, operation="summarize", call_id=uuid.uuid4(), call_kind="summary",
               started_at=datetime.now(timezone.utc), call_duration_ms=5, attempts=1, model="m",
               input_tokens=1, output_tokens=1, cost_usd=None, status="ok", error_class=None)
    row.update(overrides)
    return row


async def _insert(conn, **overrides):
    row = _call(**overrides)
    cols = ", ".join(row)
    params = ", ".join(f"${i}" for i in range(1, len(row) + 1))
    await conn.execute(f"INSERT INTO llm_calls ({cols}) VALUES ({params})", *row.values())


@pytest.mark.asyncio
@pytest.mark.parametrize("overrides", [
    {"call_duration_ms": -1}, {"attempts": 0}, {"input_tokens": -1}, {"output_tokens": -1}, {"cost_usd": -0.01},
    {"status": "maybe"}, {"status": "error"}, {"status": "ok", "error_class": "LLMTimeoutError"},
])
async def test_llm_calls_checks_reject_bad_rows(conn, overrides):
    with pytest.raises(asyncpg.CheckViolationError):
        await _insert(conn, **overrides)


@pytest.mark.asyncio
async def test_llm_calls_accepts_valid_rows_and_fills_defaults(conn):
    call_id = uuid.uuid4()
    await _insert(conn, call_id=call_id, status="error", error_class="LLMTimeoutError", cost_usd=0.1234567)
    row = await conn.fetchrow("SELECT cost_usd, created_at, id FROM llm_calls WHERE call_id = $1", call_id)
    assert str(row["cost_usd"]) == "0.123457" and row["created_at"] is not None and row["id"] >= 1


@pytest.mark.asyncio
async def test_api_keys_constraints_and_cascade(conn):
    tenant = str(uuid.uuid4())
    await conn.execute("INSERT INTO tenants (tenant_id, name) VALUES ($1, 'T')", tenant)
    assert await conn.fetchval("SELECT allows_superusers FROM tenants WHERE tenant_id = $1", tenant) is False
    await conn.execute("INSERT INTO api_keys (key_id, name, tenant_id, key_sha256) VALUES ('k1', 'n', $1, $2)",
                       tenant, DIGEST)
    with pytest.raises(asyncpg.UniqueViolationError):
        await conn.execute("INSERT INTO api_keys (key_id, name, tenant_id, key_sha256) VALUES ('k2', 'n', $1, $2)",
                           tenant, DIGEST)
    with pytest.raises(asyncpg.CheckViolationError):
        await conn.execute("INSERT INTO api_keys (key_id, name, tenant_id, key_sha256) VALUES ('k3', 'n', $1, $2)",
                           tenant, "A" * 64)
    with pytest.raises(asyncpg.ForeignKeyViolationError):
        await conn.execute("INSERT INTO api_keys (key_id, name, tenant_id, key_sha256) VALUES ('k4', 'n', 'nope', $1)",
                           "b" * 64)
    await conn.execute("DELETE FROM tenants WHERE tenant_id = $1", tenant)
    assert await conn.fetchval("SELECT count(*) FROM api_keys WHERE tenant_id = $1", tenant) == 0
