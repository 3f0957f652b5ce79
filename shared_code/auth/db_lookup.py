"""Authentication against the ``api_keys`` table: one indexed equality per request, no cache."""

from __future__ import annotations

from shared_code.auth.identity import Identity


class DbKeyLookup:
    """Callable ``digest -> Identity | None``; DatabaseUnavailableError (503) propagates."""

    def __init__(self, container) -> None:
        self._container = container

    async def __call__(self, digest: str) -> Identity | None:
        repo = await self._container.keys_repository()
        record = await repo.find_key_by_sha256(digest)
        if record is None:
            return None
        superuser = record.is_superuser and record.tenant_allows_superusers
        return Identity(record.key_id, record.name, record.tenant_id, superuser, "db")
