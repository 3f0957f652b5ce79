"""The admin use case's rules, in process, over a small in-memory AdminStore (the PostgreSQL store is
tested in tests/integration/admin)."""

from __future__ import annotations

import pytest

from shared_code.admin.models import KeyCreate, TenantCreate
from shared_code.admin.service import AdminService
from shared_code.auth.env_keys import sha256_hex
from shared_code.auth.identity import Identity
from shared_code.errors import ConflictError, DatabaseUnavailableError, ForbiddenError, NotFoundError
from shared_code.ports import DuplicateKey, KeyRecord, TenantMissing, TenantRecord

ENV = [Identity("env-root", "Bootstrap", "ops", True, "env"), Identity("env-b", "B app", "zz", False, "env"),
       Identity("env-a", "Ops reader", "ops", False, "env")]
ROOT = ENV[0]


class MemoryStore:
    """AdminStore in memory; ``vanish`` drops a tenant between the policy check and the key insert."""

    def __init__(self) -> None:
        self.tenants: dict[str, TenantRecord] = {}
        self.keys: dict[str, tuple[KeyRecord, str]] = {}
        self.vanish = False
        self.duplicate = False

    async def insert_tenant(self, tenant):
        if self.duplicate or tenant.tenant_id in self.tenants:
            raise DuplicateKey()
        self.tenants[tenant.tenant_id] = tenant

    async def list_tenants(self):
        return [self.tenants[t] for t in sorted(self.tenants)]

    async def tenant_policy(self, tenant_id):
        tenant = self.tenants.get(tenant_id)
        return None if tenant is None else tenant.allows_superusers

    async def delete_tenant(self, tenant_id):
        self.keys = {k: v for k, v in self.keys.items() if v[0].tenant_id != tenant_id}
        return self.tenants.pop(tenant_id, None) is not None

    async def insert_key(self, key, digest):
        if self.vanish:
            raise TenantMissing()
        if self.duplicate:
            raise DuplicateKey()
        self.keys[key.key_id] = (key, digest)

    async def list_keys(self, tenant_id=None):
        found = [k for k, _ in self.keys.values() if tenant_id is None or k.tenant_id == tenant_id]
        return sorted(found, key=lambda k: (k.tenant_id, k.key_id))

    async def delete_key(self, key_id):
        return self.keys.pop(key_id, None) is not None


async def env_identities():
    return ENV


@pytest.fixture
def store():
    return MemoryStore()


@pytest.fixture
def admin(store):
    return AdminService(store, env_identities)


async def test_a_tenant_gets_a_new_id_and_a_collision_is_409(admin, store):
    first = await admin.create_tenant(TenantCreate(tenant_name="Acme"))
    assert first == TenantRecord(first.tenant_id, "Acme", False) and await admin.list_tenants() == [first]
    store.duplicate = True
    with pytest.raises(ConflictError, match="already exists"):
        await admin.create_tenant(TenantCreate(tenant_name="Acme"))


async def test_a_key_is_returned_once_and_only_its_digest_is_stored(admin, store):
    acme = (await admin.create_tenant(TenantCreate(tenant_name="Acme"))).tenant_id
    created = await admin.create_key(KeyCreate(key_name="app", tenant_id=acme))
    key, digest = store.keys[created.key_id]
    assert digest == sha256_hex(created.api_key) and created.api_key.startswith("qfa_")
    assert key == KeyRecord(created.key_id, "app", acme, False)


async def test_superuser_keys_need_a_tenant_that_allows_them(admin):
    plain = (await admin.create_tenant(TenantCreate(tenant_name="Plain"))).tenant_id
    with pytest.raises(ForbiddenError) as info:
        await admin.create_key(KeyCreate(key_name="root", tenant_id=plain, is_superuser=True))
    assert info.value.message == f"Tenant '{plain}' does not allow superuser keys"
    ops = (await admin.create_tenant(TenantCreate(tenant_name="Ops", allows_superusers=True))).tenant_id
    created = await admin.create_key(KeyCreate(key_name="root", tenant_id=ops, is_superuser=True))
    assert await admin.list_keys(ops) == [KeyRecord(created.key_id, "root", ops, True)]


async def test_a_missing_or_vanishing_tenant_is_404(admin, store):
    with pytest.raises(NotFoundError, match="Tenant 'nope' not found"):
        await admin.create_key(KeyCreate(key_name="x", tenant_id="nope"))
    acme = (await admin.create_tenant(TenantCreate(tenant_name="Acme"))).tenant_id
    store.vanish = True
    with pytest.raises(NotFoundError, match=f"Tenant '{acme}' not found"):
        await admin.create_key(KeyCreate(key_name="x", tenant_id=acme))


async def test_key_ids_colliding_with_env_or_stored_keys_are_409(admin, store, monkeypatch):
    acme = (await admin.create_tenant(TenantCreate(tenant_name="Acme"))).tenant_id
    monkeypatch.setattr("shared_code.admin.service.new_id", lambda: "env-b")
    with pytest.raises(ConflictError, match="Key with id 'env-b' already exists"):
        await admin.create_key(KeyCreate(key_name="x", tenant_id=acme))
    monkeypatch.setattr("shared_code.admin.service.new_id", lambda: "k-1")
    store.duplicate = True
    with pytest.raises(ConflictError, match="Key with id 'k-1' already exists"):
        await admin.create_key(KeyCreate(key_name="x", tenant_id=acme))


async def test_listing_puts_env_keys_first_and_filters_both(admin):
    acme = (await admin.create_tenant(TenantCreate(tenant_name="Acme"))).tenant_id
    created = await admin.create_key(KeyCreate(key_name="app", tenant_id=acme))
    listed = await admin.list_keys()
    assert [k.key_id for k in listed] == ["env-root", "env-b", "env-a", created.key_id]
    assert listed[0] == KeyRecord("env-root", "Bootstrap", "ops", True)
    assert [k.key_id for k in await admin.list_keys("ops")] == ["env-root", "env-a"]
    assert [k.key_id for k in await admin.list_keys(acme)] == [created.key_id]
    assert len(await admin.list_keys("")) == 4  # an empty filter filters nothing
    assert await admin.list_keys("nobody") == []


async def test_self_deletion_guards_and_env_keys_are_not_deletable(admin):
    acme = (await admin.create_tenant(TenantCreate(tenant_name="Acme", allows_superusers=True))).tenant_id
    created = await admin.create_key(KeyCreate(key_name="app", tenant_id=acme, is_superuser=True))
    me = Identity(created.key_id, "app", acme, True, "db")
    with pytest.raises(ConflictError, match="A key cannot delete itself"):
        await admin.delete_key(created.key_id, me)
    with pytest.raises(ConflictError, match="A key cannot delete its own tenant"):
        await admin.delete_tenant(acme, me)
    with pytest.raises(ConflictError):  # an env key's tenant too, stored or not
        await admin.delete_tenant("ops", ROOT)
    with pytest.raises(NotFoundError, match="Key with id 'env-b' not found"):
        await admin.delete_key("env-b", ROOT)
    await admin.delete_tenant(acme, None)  # the CLI has no calling key: no guards
    assert await admin.list_keys(acme) == []
    with pytest.raises(NotFoundError, match=f"Tenant '{acme}' not found"):
        await admin.delete_tenant(acme, None)


async def test_without_a_store_every_call_is_503_not_configured():
    admin = AdminService(None, env_identities)
    calls = (lambda: admin.create_tenant(TenantCreate(tenant_name="A")), admin.list_tenants,
             lambda: admin.delete_tenant("t", ROOT), lambda: admin.create_key(KeyCreate(key_name="k", tenant_id="t")),
             admin.list_keys, lambda: admin.delete_key("k", ROOT))
    for call in calls:
        with pytest.raises(DatabaseUnavailableError) as info:
            await call()
        assert info.value.status == 503 and info.value.message == "No database is configured"
