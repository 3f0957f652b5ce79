"""Authentication against the ``api_keys`` table: one indexed equality per request, no cache."""

from __future__ import annotations

from shared_code.auth.identity import Identity
from shared_code.ports import KeyLookupStore


class DbKeyLookup:
    """Callable ``digest -> Identity | None``; DatabaseUnavailableError (503) propagates."""

    def __init__(self, keys: KeyLookupStore) -> None:
        self._keys = keys

    async def __call__(self, digest: str) -> Identity | None:
        record = await self._keys.find_key_by_sha256(digest)
        if record is None:
            return None
        superuser = record.is_superuser and record.tenant_allows_superusers
        return Identity(record.key_id, record.name, record.tenant_id, superuser, "db")
