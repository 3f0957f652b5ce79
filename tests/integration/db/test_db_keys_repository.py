"""Read-only key lookups used by authentication, against a real PostgreSQL."""

from __future__ import annotations

import hashlib
import logging
import socket
import uuid

import asyncpg
import pytest
import pytest_asyncio

from shared_code.db.keys_repository import KeysRepository, normalize_digest
from shared_code.ports import StoredKey
from shared_code.db.pool import DatabasePool
from shared_code.errors import DatabaseUnavailableError
from shared_code.settings import Settings


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@pytest_asyncio.fixture
async def repo(pg_database):
    db = DatabasePool(Settings(_env_file=None, db_url=pg_database))
    try:
        yield KeysRepository(db)
    finally:
        await db.close()


async def _seed(dsn: str, *, allows_superusers: bool, is_superuser: bool) -> tuple[str, str, str]:
    tenant, key_id, key = str(uuid.uuid4()), str(uuid.uuid4()), "qfa_" + uuid.uuid4().hex
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute("INSERT INTO tenants (tenant_id, name, allows_superusers) VALUES ($1, 'Acme', $2)",
                           tenant, allows_superusers)
        await conn.execute(
            "INSERT INTO api_keys (key_id, name, tenant_id, key_sha256, is_superuser) VALUES ($1, 'ci', $2, $3, $4)",
            key_id, tenant, _digest(key), is_superuser)
    finally:
        await conn.close()
    return tenant, key_id, key


@pytest.mark.asyncio
async def test_find_key_by_sha256_returns_the_key_with_its_tenant_policy(repo, pg_database, caplog):
    caplog.set_level(logging.DEBUG)
    tenant, key_id, key = await _seed(pg_database, allows_superusers=True, is_superuser=True)
    record = await repo.find_key_by_sha256(_digest(key))
    assert record == StoredKey(key_id=key_id, name="ci", tenant_id=tenant, is_superuser=True,
                               tenant_allows_superusers=True)
    assert await repo.find_key_by_sha256(_digest(key).upper()) == record  # hex case does not matter
    assert await repo.find_key_by_sha256(_digest("qfa_unknown")) is None
    assert _digest(key) not in caplog.text and key not in caplog.text


@pytest.mark.asyncio
async def test_keys_of_a_deleted_tenant_are_gone(repo, pg_database):
    tenant, _key_id, key = await _seed(pg_database, allows_superusers=False, is_superuser=False)
    assert (await repo.find_key_by_sha256(_digest(key))).tenant_allows_superusers is False
    conn = await asyncpg.connect(pg_database)
    try:
        await conn.execute("DELETE FROM tenants WHERE tenant_id = $1", tenant)
    finally:
        await conn.close()
    assert await repo.find_key_by_sha256(_digest(key)) is None


@pytest.mark.asyncio
async def test_lookup_uses_the_unique_index(pg_database):
    conn = await asyncpg.connect(pg_database)
    try:
        await conn.execute("SET enable_seqscan = off")
        plan = "\n".join(r[0] for r in await conn.fetch(
            "EXPLAIN SELECT k.key_id FROM api_keys k JOIN tenants t USING (tenant_id) WHERE k.key_sha256 = $1",
            "a" * 64))
    finally:
        await conn.close()
    assert "api_keys_key_sha256_key" in plan


def test_normalize_digest():
    assert normalize_digest("A" * 64) == "a" * 64
    assert normalize_digest(" " + "b" * 64 + " ") == "b" * 64
    for bad in ("", "g" * 64, "a" * 63, "a" * 65):
        assert normalize_digest(bad) is None


@pytest.mark.asyncio
async def test_malformed_digest_makes_no_query_and_unreachable_database_is_503():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    db = DatabasePool(Settings(_env_file=None, db_host="127.0.0.1", db_port=port, db_connect_timeout_seconds=2))
    repo = KeysRepository(db)
    try:
        assert await repo.find_key_by_sha256("not-a-digest") is None  # no connection attempted
        with pytest.raises(DatabaseUnavailableError):
            await repo.find_key_by_sha256("c" * 64)
    finally:
        await db.close()
