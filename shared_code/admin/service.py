"""Admin rules (docs/api.md § Administration): tenants and database keys, for the superuser routes and the ops CLI.

Order inside each operation: body validation (422) → a database must be configured (503 ``No database
is configured``) → the rules below → the database (503 ``database_unavailable`` when it is down).

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
from typing import TYPE_CHECKING, Any, Mapping

from shared_code.admin.keys import key_digest, new_api_key, new_id
from shared_code.admin.models import KeyCreate, TenantCreate
from shared_code.admin.repository import AdminRepository, DuplicateKey, KeyRecord, TenantMissing, TenantRecord
from shared_code.auth.identity import Identity
from shared_code.errors import ConflictError, DatabaseUnavailableError, ForbiddenError, NotFoundError
from shared_code.http.validation import validate_model
from shared_code.logs import event

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.auth.authenticator import Authenticator
    from shared_code.db.pool import DatabasePool
    from shared_code.settings import Settings

log = logging.getLogger("qfa.admin")


def tenant_not_found(tenant_id: str) -> NotFoundError:
    return NotFoundError(f"Tenant '{tenant_id}' not found")


def key_not_found(key_id: str) -> NotFoundError:
    return NotFoundError(f"Key with id '{key_id}' not found")


def key_entry(key_id: str, name: str, tenant_id: str, is_superuser: bool) -> dict[str, Any]:
    return {"key_id": key_id, "name": name, "tenant_id": tenant_id, "is_superuser": is_superuser}


class AdminService:
    def __init__(self, database: "DatabasePool", settings: "Settings", authenticator: "Authenticator") -> None:
        self._settings = settings
        self._authenticator = authenticator
        self._repository = AdminRepository(database)

    def _require_database(self) -> None:
        if not self._settings.database_configured:
            raise DatabaseUnavailableError.not_configured()

    # tenants ---------------------------------------------------------------------------------
    async def create_tenant(self, body: Any) -> dict[str, str]:
        """``POST /v1/admin/tenants`` → ``{"tenant_id": <UUID4>}``."""
        request = validate_model(TenantCreate, body)
        self._require_database()
        tenant = TenantRecord(new_id(), request.tenant_name, request.allows_superusers)
        try:
            await self._repository.insert_tenant(tenant)
        except DuplicateKey:  # a UUID4 collision: practically impossible
            raise ConflictError(f"Tenant with id '{tenant.tenant_id}' already exists") from None
        event(log, "admin", action="tenant_created", target_tenant_id=tenant.tenant_id,
              allows_superusers=tenant.allows_superusers)
        return {"tenant_id": tenant.tenant_id}

    async def list_tenants(self) -> dict[str, list[dict[str, Any]]]:
        """``GET /v1/admin/tenants``: database tenants sorted by ``tenant_id``."""
        self._require_database()
        tenants = await self._repository.list_tenants()
        return {"tenants": [{"tenant_id": t.tenant_id, "name": t.name, "allows_superusers": t.allows_superusers}
                            for t in tenants]}

    async def delete_tenant(self, tenant_id: str, caller: Identity | None) -> None:
        """``DELETE /v1/admin/tenants/{id}``: its keys stop working on the next request."""
        self._require_database()
        if caller is not None and caller.tenant_id == tenant_id:
            raise ConflictError("A key cannot delete its own tenant")
        if not await self._repository.delete_tenant(tenant_id):
            raise tenant_not_found(tenant_id)
        event(log, "admin", action="tenant_deleted", target_tenant_id=tenant_id)

    # keys ------------------------------------------------------------------------------------
    async def create_key(self, body: Any) -> dict[str, str]:
        """``POST /v1/admin/keys`` → ``{"key_id", "api_key"}`` (the only time the key is shown)."""
        request = validate_model(KeyCreate, body)
        self._require_database()
        allows_superusers = await self._repository.tenant_policy(request.tenant_id)
        if allows_superusers is None:
            raise tenant_not_found(request.tenant_id)
        if request.is_superuser and not allows_superusers:
            raise ForbiddenError(f"Tenant '{request.tenant_id}' does not allow superuser keys")
        key = KeyRecord(new_id(), request.key_name, request.tenant_id, request.is_superuser)
        if key.key_id in {identity.key_id for identity in await self._authenticator.env_identities()}:
            raise ConflictError(f"Key with id '{key.key_id}' already exists")
        api_key = new_api_key()
        try:
            await self._repository.insert_key(key, key_digest(api_key))
        except TenantMissing:  # deleted between the check and the insert
            raise tenant_not_found(request.tenant_id) from None
        except DuplicateKey:
            raise ConflictError(f"Key with id '{key.key_id}' already exists") from None
        event(log, "admin", action="key_created", target_key_id=key.key_id, target_tenant_id=key.tenant_id,
              is_superuser=key.is_superuser)
        return {"key_id": key.key_id, "api_key": api_key}

    async def list_keys(self, query: Mapping[str, str] | None = None) -> dict[str, list[dict[str, Any]]]:
        """``GET /v1/admin/keys[?tenant_id=]``: env keys (configured order), then database keys."""
        self._require_database()
        tenant_id = (query or {}).get("tenant_id") or None  # an empty value filters nothing
        env = [key_entry(i.key_id, i.name, i.tenant_id, i.is_superuser)
               for i in await self._authenticator.env_identities() if tenant_id is None or i.tenant_id == tenant_id]
        stored = [key_entry(k.key_id, k.name, k.tenant_id, k.is_superuser)
                  for k in await self._repository.list_keys(tenant_id)]
        return {"auth_keys": env + stored}

    async def delete_key(self, key_id: str, caller: Identity | None) -> None:
        """``DELETE /v1/admin/keys/{id}``: database keys only; the key fails on the next request."""
        self._require_database()
        if caller is not None and caller.key_id == key_id:
            raise ConflictError("A key cannot delete itself")
        if not await self._repository.delete_key(key_id):
            raise key_not_found(key_id)
        event(log, "admin", action="key_deleted", target_key_id=key_id)
