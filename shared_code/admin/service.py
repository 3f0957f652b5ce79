"""Admin rules (docs/api.md § Administration): tenants and database keys, for the superuser routes and the ops CLI.

Inputs are validated models (the HTTP handler and the CLI validate them first: 422 comes before
everything), then: a database must be configured (503 ``No database is configured``) → the rules below →
the store (503 ``database_unavailable`` when it is down). Results are records, rendered by the callers.

* Keys are ``qfa_`` + 43 URL-safe characters; only the SHA-256 is stored; the key is returned once.
* A superuser key needs a tenant with ``allows_superusers`` (else 403); the tenant must exist (404).
* Key listings: ``AUTH_API_KEYS`` keys first in configured order, then database keys by
  ``(tenant_id, key_id)``; the tenant filter applies to both; never a secret or a digest.
* Keys from ``AUTH_API_KEYS`` are not database keys: deleting one is 404.
* A key cannot delete itself, nor its own tenant (409). ``caller`` is None for the CLI (no guards).
No cache anywhere: authentication looks every key up per request, so changes apply on the next one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from shared_code.admin.keys import key_digest, new_api_key, new_id
from shared_code.admin.models import KeyCreate, TenantCreate
from shared_code.auth.identity import Identity
from shared_code.errors import ConflictError, DatabaseUnavailableError, ForbiddenError, NotFoundError
from shared_code.logs import event
from shared_code.ports import AdminStore, DuplicateKey, EnvIdentities, KeyRecord, TenantMissing, TenantRecord

log = logging.getLogger("qfa.admin")


def tenant_not_found(tenant_id: str) -> NotFoundError:
    return NotFoundError(f"Tenant '{tenant_id}' not found")


def key_not_found(key_id: str) -> NotFoundError:
    return NotFoundError(f"Key with id '{key_id}' not found")


@dataclass(frozen=True, slots=True)
class CreatedKey:
    """A new database key: ``api_key`` is shown this once (only its SHA-256 is stored)."""

    key_id: str
    api_key: str


class AdminService:
    """The admin use case over an :class:`AdminStore` (None: no database is configured) and the
    ``AUTH_API_KEYS`` identities."""

    def __init__(self, store: AdminStore | None, env_identities: EnvIdentities) -> None:
        self._store = store
        self._env_identities = env_identities

    def _require_store(self) -> AdminStore:
        if self._store is None:
            raise DatabaseUnavailableError.not_configured()
        return self._store

    # tenants ---------------------------------------------------------------------------------
    async def create_tenant(self, request: TenantCreate) -> TenantRecord:
        """``POST /v1/admin/tenants``: a new tenant with a UUID4 id."""
        store = self._require_store()
        tenant = TenantRecord(new_id(), request.tenant_name, request.allows_superusers)
        try:
            await store.insert_tenant(tenant)
        except DuplicateKey:  # a UUID4 collision: practically impossible
            raise ConflictError(f"Tenant with id '{tenant.tenant_id}' already exists") from None
        event(log, "admin", action="tenant_created", target_tenant_id=tenant.tenant_id,
              allows_superusers=tenant.allows_superusers)
        return tenant

    async def list_tenants(self) -> list[TenantRecord]:
        """``GET /v1/admin/tenants``: database tenants sorted by ``tenant_id``."""
        return await self._require_store().list_tenants()

    async def delete_tenant(self, tenant_id: str, caller: Identity | None) -> None:
        """``DELETE /v1/admin/tenants/{id}``: its keys stop working on the next request."""
        store = self._require_store()
        if caller is not None and caller.tenant_id == tenant_id:
            raise ConflictError("A key cannot delete its own tenant")
        if not await store.delete_tenant(tenant_id):
            raise tenant_not_found(tenant_id)
        event(log, "admin", action="tenant_deleted", target_tenant_id=tenant_id)

    # keys ------------------------------------------------------------------------------------
    async def create_key(self, request: KeyCreate) -> CreatedKey:
        """``POST /v1/admin/keys``: the key is returned once."""
        store = self._require_store()
        allows_superusers = await store.tenant_policy(request.tenant_id)
        if allows_superusers is None:
            raise tenant_not_found(request.tenant_id)
        if request.is_superuser and not allows_superusers:
            raise ForbiddenError(f"Tenant '{request.tenant_id}' does not allow superuser keys")
        key = KeyRecord(new_id(), request.key_name, request.tenant_id, request.is_superuser)
        if key.key_id in {identity.key_id for identity in await self._env_identities()}:
            raise ConflictError(f"Key with id '{key.key_id}' already exists")
        api_key = new_api_key()
        try:
            await store.insert_key(key, key_digest(api_key))
        except TenantMissing:  # deleted between the check and the insert
            raise tenant_not_found(request.tenant_id) from None
        except DuplicateKey:
            raise ConflictError(f"Key with id '{key.key_id}' already exists") from None
        event(log, "admin", action="key_created", target_key_id=key.key_id, target_tenant_id=key.tenant_id,
              is_superuser=key.is_superuser)
        return CreatedKey(key.key_id, api_key)

    async def list_keys(self, tenant_id: str | None = None) -> list[KeyRecord]:
        """``GET /v1/admin/keys[?tenant_id=]``: env keys (configured order), then database keys;
        an empty ``tenant_id`` filters nothing."""
        store = self._require_store()
        tenant_id = tenant_id or None
        env = [KeyRecord(i.key_id, i.name, i.tenant_id, i.is_superuser)
               for i in await self._env_identities() if tenant_id is None or i.tenant_id == tenant_id]
        return env + await store.list_keys(tenant_id)

    async def delete_key(self, key_id: str, caller: Identity | None) -> None:
        """``DELETE /v1/admin/keys/{id}``: database keys only; the key fails on the next request."""
        store = self._require_store()
        if caller is not None and caller.key_id == key_id:
            raise ConflictError("A key cannot delete itself")
        if not await store.delete_key(key_id):
            raise key_not_found(key_id)
        event(log, "admin", action="key_deleted", target_key_id=key_id)
