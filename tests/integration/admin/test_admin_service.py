"""AdminService over the real PostgreSQL store (docs/api.md § Administration): ids, ordering, digests,
cascades and availability. The rules alone are tested with a fake store in tests/unit/admin."""

from __future__ import annotations

import json
import re
import socket
import uuid

import asyncpg
import pytest

from shared_code.admin.models import KeyCreate, TenantCreate
from shared_code.admin.service import AdminService
from shared_code.auth.env_keys import sha256_hex
from shared_code.auth.identity import Identity
from shared_code.db.admin_repository import AdminRepository
from shared_code.db.keys_repository import KeysRepository
from shared_code.db.pool import DatabasePool
from shared_code.errors import DatabaseUnavailableError, NotFoundError
from shared_code.ports import KeyRecord, TenantRecord
from shared_code.settings import Settings

ENV = [Identity("env-root", "Bootstrap", "ops", True, "env"),
       Identity("env-b", "Tenant B app", "zz-tenant", False, "env")]
ROOT = ENV[0]
KEY_RE = re.compile(r"^qfa_[A-Za-z0-9_-]{43}$")


def is_uuid4(text: str) -> bool:
    return uuid.UUID(text).version == 4 and str(uuid.UUID(text)) == text


async def env_identities():
    return ENV


@pytest.fixture
async def service_factory():
    pools = []

    def make(dsn: str) -> AdminService:
        pool = DatabasePool(Settings(_env_file=None, db_url=dsn))
        pools.append(pool)
        return AdminService(AdminRepository(pool), env_identities)

    yield make
    for pool in pools:
        await pool.close()


@pytest.fixture
async def admin(service_factory, pg_fresh_database):
    return service_factory(pg_fresh_database)


async def fetch(dsn: str, sql: str, *args):
    conn = await asyncpg.connect(dsn)
    try:
        return await conn.fetch(sql, *args)
    finally:
        await conn.close()


async def tenant(admin, name: str, allows_superusers: bool = False) -> str:
    return (await admin.create_tenant(TenantCreate(tenant_name=name, allows_superusers=allows_superusers))).tenant_id


async def test_tenants_are_created_with_uuid4_ids_and_listed_by_id(admin):
    created = [await admin.create_tenant(TenantCreate(tenant_name=n, allows_superusers=n == "Ops"))
               for n in ("Acme", "Ops", "Acme", "x" * 255)]
    assert all(is_uuid4(t.tenant_id) for t in created)
    listed = await admin.list_tenants()
    assert listed == sorted(created, key=lambda t: t.tenant_id.encode())
    assert TenantRecord(created[1].tenant_id, "Ops", True) in listed


async def test_deleting_a_tenant_cascades_to_its_keys(admin, pg_fresh_database):
    gone = await tenant(admin, "Gone")
    key = await admin.create_key(KeyCreate(key_name="app", tenant_id=gone))
    pool = DatabasePool(Settings(_env_file=None, db_url=pg_fresh_database))
    lookup = KeysRepository(pool)  # what authentication uses
    try:
        assert await lookup.find_key_by_sha256(sha256_hex(key.api_key)) is not None
        await admin.delete_tenant(gone, ROOT)
        assert await lookup.find_key_by_sha256(sha256_hex(key.api_key)) is None
    finally:
        await pool.close()
    assert await fetch(pg_fresh_database, "SELECT 1 FROM api_keys WHERE tenant_id = $1", gone) == []
    with pytest.raises(NotFoundError) as info:
        await admin.delete_tenant(gone, ROOT)
    assert info.value.message == f"Tenant '{gone}' not found"


async def test_created_key_is_shown_once_and_only_its_digest_is_stored(admin, pg_fresh_database):
    acme = await tenant(admin, "Acme")
    created = await admin.create_key(KeyCreate(key_name="espocrm", tenant_id=acme))
    assert is_uuid4(created.key_id) and KEY_RE.match(created.api_key)
    [row] = await fetch(pg_fresh_database, "SELECT * FROM api_keys")
    assert dict(row) | {"created_at": None} == {"key_id": created.key_id, "name": "espocrm", "tenant_id": acme,
                                                "key_sha256": sha256_hex(created.api_key), "is_superuser": False,
                                                "created_at": None}
    assert created.api_key not in json.dumps([str(v) for v in row.values()])
    other = await admin.create_key(KeyCreate(key_name="espocrm", tenant_id=acme))
    assert other.api_key != created.api_key and other.key_id != created.key_id


async def test_superuser_flag_is_stored_and_listed(admin):
    ops = await tenant(admin, "Ops", allows_superusers=True)
    created = await admin.create_key(KeyCreate(key_name="root", tenant_id=ops, is_superuser=True))
    assert await admin.list_keys(ops) == [KeyRecord(created.key_id, "root", ops, True)]


async def test_a_missing_tenant_is_404(admin):
    with pytest.raises(NotFoundError) as info:
        await admin.create_key(KeyCreate(key_name="x", tenant_id="no-such-tenant"))
    assert info.value.message == "Tenant 'no-such-tenant' not found"


async def test_key_listing_env_first_then_database_by_tenant_and_id(admin):
    t1, t2 = sorted([await tenant(admin, n) for n in ("One", "Two")])
    created = [(t, (await admin.create_key(KeyCreate(key_name=f"k{i}", tenant_id=t))).key_id)
               for i, t in enumerate((t2, t1, t2, t1))]
    listed = await admin.list_keys()
    assert [k.key_id for k in listed[:2]] == ["env-root", "env-b"]
    assert [(k.tenant_id, k.key_id) for k in listed[2:]] == sorted(created)
    only_t1 = await admin.list_keys(t1)
    assert [(k.tenant_id, k.key_id) for k in only_t1] == sorted(c for c in created if c[0] == t1)
    assert await admin.list_keys("nobody") == []


async def test_deleting_keys(admin, pg_fresh_database):
    acme = await tenant(admin, "Acme")
    key = await admin.create_key(KeyCreate(key_name="app", tenant_id=acme))
    await admin.delete_key(key.key_id, ROOT)
    assert await fetch(pg_fresh_database, "SELECT 1 FROM api_keys") == []
    for missing in (key.key_id, "env-b", "nope"):  # gone, an AUTH_API_KEYS key, unknown
        with pytest.raises(NotFoundError) as info:
            await admin.delete_key(missing, ROOT)
        assert info.value.message == f"Key with id '{missing}' not found"


async def test_unreachable_database_is_503_database_unavailable(service_factory):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    admin = service_factory(f"postgresql://postgres@127.0.0.1:{port}/qfa")
    for call in (admin.list_tenants, admin.list_keys, lambda: admin.create_tenant(TenantCreate(tenant_name="A"))):
        with pytest.raises(DatabaseUnavailableError) as info:
            await call()
        assert info.value.code == "database_unavailable"
        assert info.value.message == "The database is temporarily unavailable"
