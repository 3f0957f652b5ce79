"""AdminService against a real PostgreSQL (docs/api.md § Administration): tenants, keys, listings, every rule and error."""

from __future__ import annotations

import json
import re
import socket
import uuid

import asyncpg
import pytest

from shared_code.admin.service import AdminService
from shared_code.auth.authenticator import Authenticator, CachedEnvTable
from shared_code.auth.env_keys import sha256_hex
from shared_code.auth.identity import Identity
from shared_code.db.keys_repository import KeysRepository
from shared_code.db.pool import DatabasePool
from shared_code.errors import (
    ConflictError,
    DatabaseUnavailableError,
    ForbiddenError,
    NotFoundError,
    RequestValidationError,
)
from shared_code.settings import Settings

ENV_KEYS = [
    {"key_id": "env-root", "name": "Bootstrap", "tenant_id": "ops", "is_superuser": True, "key": "root-secret"},
    {"key_id": "env-b", "name": "Tenant B app", "tenant_id": "zz-tenant", "key": "b-secret"},
    {"key_id": "env-a", "name": "Ops reader", "tenant_id": "ops", "key_sha256": sha256_hex("a-secret")},
]
ROOT = Identity("env-root", "Bootstrap", "ops", True, "env")
KEY_RE = re.compile(r"^qfa_[A-Za-z0-9_-]{43}$")


def is_uuid4(text: str) -> bool:
    return uuid.UUID(text).version == 4 and str(uuid.UUID(text)) == text


@pytest.fixture
async def service_factory():
    pools = []

    def make(dsn: str | None, env_keys=ENV_KEYS) -> AdminService:
        settings = Settings(_env_file=None, db_url=dsn)
        raw = json.dumps(env_keys)

        async def provider():
            return raw

        pool = DatabasePool(settings)
        pools.append(pool)
        return AdminService(pool, settings, Authenticator(CachedEnvTable(provider), None))

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


# tenants --------------------------------------------------------------------------------------------
async def test_tenants_are_created_with_uuid4_ids_and_listed_by_id(admin, pg_fresh_database):
    created = [await admin.create_tenant({"tenant_name": n, "allows_superusers": n == "Ops"})
               for n in ("Acme", "Ops", "Acme")]
    assert all(list(body) == ["tenant_id"] and is_uuid4(body["tenant_id"]) for body in created)
    listed = (await admin.list_tenants())["tenants"]
    assert [t["tenant_id"] for t in listed] == sorted(b["tenant_id"] for b in created)
    by_id = {t["tenant_id"]: t for t in listed}
    assert by_id[created[1]["tenant_id"]] == {"tenant_id": created[1]["tenant_id"], "name": "Ops",
                                              "allows_superusers": True}
    assert by_id[created[0]["tenant_id"]]["allows_superusers"] is False  # the default


@pytest.mark.parametrize(("body", "field"), [
    ({}, "body.tenant_name"), ({"tenant_name": ""}, "body.tenant_name"), ({"tenant_name": "x" * 256}, "body.tenant_name"),
    ({"tenant_name": 7}, "body.tenant_name"), ({"tenant_name": "A", "allows_superusers": "maybe"}, "body.allows_superusers"),
])
async def test_tenant_body_validation(admin, body, field):
    with pytest.raises(RequestValidationError) as info:
        await admin.create_tenant(body)
    assert [f["field"] for f in info.value.fields] == [field]


async def test_tenant_name_of_255_characters_is_accepted(admin):
    assert is_uuid4((await admin.create_tenant({"tenant_name": "x" * 255}))["tenant_id"])


async def test_deleting_a_tenant_cascades_to_its_keys(admin, pg_fresh_database):
    tenant = (await admin.create_tenant({"tenant_name": "Gone"}))["tenant_id"]
    key = await admin.create_key({"key_name": "app", "tenant_id": tenant})
    pool = DatabasePool(Settings(_env_file=None, db_url=pg_fresh_database))
    lookup = KeysRepository(pool)  # what authentication uses
    try:
        assert await lookup.find_key_by_sha256(sha256_hex(key["api_key"])) is not None
        await admin.delete_tenant(tenant, ROOT)
        assert await lookup.find_key_by_sha256(sha256_hex(key["api_key"])) is None
    finally:
        await pool.close()
    assert await fetch(pg_fresh_database, "SELECT 1 FROM api_keys WHERE tenant_id = $1", tenant) == []
    with pytest.raises(NotFoundError) as info:
        await admin.delete_tenant(tenant, ROOT)
    assert info.value.message == f"Tenant '{tenant}' not found"


async def test_a_key_cannot_delete_its_own_tenant(admin):
    tenant = (await admin.create_tenant({"tenant_name": "Mine"}))["tenant_id"]
    me = Identity("k-1", "me", tenant, True, "db")
    with pytest.raises(ConflictError) as info:
        await admin.delete_tenant(tenant, me)
    assert info.value.status == 409 and info.value.message == "A key cannot delete its own tenant"
    with pytest.raises(ConflictError):  # an env key's tenant too, whether or not it is in the database
        await admin.delete_tenant("ops", ROOT)
    await admin.delete_tenant(tenant, None)  # the CLI has no calling key


# keys -----------------------------------------------------------------------------------------------
async def test_created_key_is_shown_once_and_only_its_digest_is_stored(admin, pg_fresh_database):
    tenant = (await admin.create_tenant({"tenant_name": "Acme"}))["tenant_id"]
    body = await admin.create_key({"key_name": "espocrm", "tenant_id": tenant})
    assert list(body) == ["key_id", "api_key"] and is_uuid4(body["key_id"]) and KEY_RE.match(body["api_key"])
    [row] = await fetch(pg_fresh_database, "SELECT * FROM api_keys")
    assert dict(row) | {"created_at": None} == {"key_id": body["key_id"], "name": "espocrm", "tenant_id": tenant,
                                                "key_sha256": sha256_hex(body["api_key"]), "is_superuser": False,
                                                "created_at": None}
    assert body["api_key"] not in json.dumps([str(v) for v in row.values()])
    other = await admin.create_key({"key_name": "espocrm", "tenant_id": tenant})
    assert other["api_key"] != body["api_key"] and other["key_id"] != body["key_id"]


async def test_key_for_a_missing_tenant_is_404(admin):
    with pytest.raises(NotFoundError) as info:
        await admin.create_key({"key_name": "x", "tenant_id": "no-such-tenant"})
    assert info.value.message == "Tenant 'no-such-tenant' not found"


async def test_superuser_keys_need_a_tenant_that_allows_them(admin):
    plain = (await admin.create_tenant({"tenant_name": "Plain"}))["tenant_id"]
    with pytest.raises(ForbiddenError) as info:
        await admin.create_key({"key_name": "root", "tenant_id": plain, "is_superuser": True})
    assert info.value.status == 403 and info.value.message == f"Tenant '{plain}' does not allow superuser keys"
    assert (await admin.list_keys({"tenant_id": plain}))["auth_keys"] == []
    ops = (await admin.create_tenant({"tenant_name": "Ops", "allows_superusers": True}))["tenant_id"]
    body = await admin.create_key({"key_name": "root", "tenant_id": ops, "is_superuser": True})
    assert (await admin.list_keys({"tenant_id": ops}))["auth_keys"] == [
        {"key_id": body["key_id"], "name": "root", "tenant_id": ops, "is_superuser": True}]


@pytest.mark.parametrize(("body", "fields"), [
    ({}, ["body.key_name", "body.tenant_id"]), ({"key_name": "", "tenant_id": "t"}, ["body.key_name"]),
    ({"key_name": "k", "tenant_id": "t" * 256}, ["body.tenant_id"]),
    ({"key_name": "k", "tenant_id": "t", "is_superuser": []}, ["body.is_superuser"]),
])
async def test_key_body_validation(admin, body, fields):
    with pytest.raises(RequestValidationError) as info:
        await admin.create_key(body)
    assert [f["field"] for f in info.value.fields] == fields


async def test_key_id_colliding_with_an_env_key_is_409(admin, monkeypatch):
    tenant = (await admin.create_tenant({"tenant_name": "Acme"}))["tenant_id"]
    monkeypatch.setattr("shared_code.admin.service.new_id", lambda: "env-b")
    with pytest.raises(ConflictError) as info:
        await admin.create_key({"key_name": "x", "tenant_id": tenant})
    assert info.value.message == "Key with id 'env-b' already exists"


async def test_key_listing_env_first_in_configured_order_then_database_by_tenant_and_id(admin):
    t1, t2 = sorted([(await admin.create_tenant({"tenant_name": n}))["tenant_id"] for n in ("One", "Two")])
    created = [(t, (await admin.create_key({"key_name": f"k{i}", "tenant_id": t}))["key_id"])
               for i, t in enumerate((t2, t1, t2, t1))]
    listed = (await admin.list_keys())["auth_keys"]
    assert [k["key_id"] for k in listed[:3]] == ["env-root", "env-b", "env-a"]
    assert [(k["tenant_id"], k["key_id"]) for k in listed[3:]] == sorted(created)
    assert all(set(k) == {"key_id", "name", "tenant_id", "is_superuser"} for k in listed)
    assert listed[0] == {"key_id": "env-root", "name": "Bootstrap", "tenant_id": "ops", "is_superuser": True}
    assert "secret" not in json.dumps(listed) and sha256_hex("a-secret") not in json.dumps(listed)

    assert [k["key_id"] for k in (await admin.list_keys({"tenant_id": "ops"}))["auth_keys"]] == ["env-root", "env-a"]
    only_t1 = (await admin.list_keys({"tenant_id": t1}))["auth_keys"]
    assert [(k["tenant_id"], k["key_id"]) for k in only_t1] == sorted(c for c in created if c[0] == t1)
    assert (await admin.list_keys({"tenant_id": "nobody"}))["auth_keys"] == []
    assert len((await admin.list_keys({"tenant_id": ""}))["auth_keys"]) == 7  # empty value: no filter


async def test_deleting_keys(admin, pg_fresh_database):
    tenant = (await admin.create_tenant({"tenant_name": "Acme", "allows_superusers": True}))["tenant_id"]
    key = await admin.create_key({"key_name": "app", "tenant_id": tenant, "is_superuser": True})
    me = Identity(key["key_id"], "app", tenant, True, "db")
    with pytest.raises(ConflictError) as info:
        await admin.delete_key(key["key_id"], me)
    assert info.value.message == "A key cannot delete itself"
    with pytest.raises(ConflictError):
        await admin.delete_key("env-root", ROOT)

    await admin.delete_key(key["key_id"], ROOT)
    assert await fetch(pg_fresh_database, "SELECT 1 FROM api_keys") == []
    for missing in (key["key_id"], "env-b", "nope"):  # gone, an AUTH_API_KEYS key, unknown
        with pytest.raises(NotFoundError) as info:
            await admin.delete_key(missing, ROOT)
        assert info.value.message == f"Key with id '{missing}' not found"


# database availability --------------------------------------------------------------------------------
async def test_without_a_database_every_admin_call_is_503_not_configured(service_factory):
    admin = service_factory(None)
    for call in (lambda: admin.create_tenant({"tenant_name": "A"}), admin.list_tenants,
                 lambda: admin.delete_tenant("t", ROOT), lambda: admin.create_key({"key_name": "k", "tenant_id": "t"}),
                 admin.list_keys, lambda: admin.delete_key("k", ROOT)):
        with pytest.raises(DatabaseUnavailableError) as info:
            await call()
        assert info.value.status == 503 and info.value.message == "No database is configured"
    with pytest.raises(RequestValidationError):  # schema validation still comes first
        await admin.create_tenant({})


async def test_unreachable_database_is_503_database_unavailable(service_factory):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    admin = service_factory(f"postgresql://postgres@127.0.0.1:{port}/qfa")
    for call in (admin.list_tenants, admin.list_keys, lambda: admin.create_tenant({"tenant_name": "A"})):
        with pytest.raises(DatabaseUnavailableError) as info:
            await call()
        assert info.value.code == "database_unavailable"
        assert info.value.message == "The database is temporarily unavailable"
