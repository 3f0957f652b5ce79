"""Resolve ``Authorization: Bearer <key>`` to an :class:`Identity` (docs/api.md § Authentication and authorisation).

SHA-256 of the presented key is computed once; the env digest map is consulted first, then (when a
database is configured) one indexed lookup in ``api_keys``. No positive or negative cache.
"""

from __future__ import annotations

from typing import Awaitable, Callable, Mapping

from shared_code.auth.env_keys import EnvKeyTable, parse_env_keys, sha256_hex
from shared_code.auth.identity import Identity
from shared_code.errors import AuthenticationRequiredError, ForbiddenError

EnvTableProvider = Callable[[], Awaitable[EnvKeyTable]]
DbLookup = Callable[[str], Awaitable[Identity | None]]


def bearer_key(headers: Mapping[str, str]) -> str:
    """The trimmed key of a Bearer ``Authorization`` header, or raise 401."""
    value = headers.get("authorization")
    if not value:
        raise AuthenticationRequiredError()
    scheme, _, key = value.strip().partition(" ")
    key = key.strip()
    if scheme.lower() != "bearer" or not (1 <= len(key) <= 512):
        raise AuthenticationRequiredError()
    return key


class Authenticator:
    def __init__(self, env_table: EnvTableProvider, db_lookup: DbLookup | None) -> None:
        self._env_table = env_table
        self._db_lookup = db_lookup

    async def env_identities(self) -> list[Identity]:
        return (await self._env_table()).identities()

    async def authenticate(self, headers: Mapping[str, str]) -> Identity:
        digest = sha256_hex(bearer_key(headers))
        identity = (await self._env_table()).lookup(digest)
        if identity is None and self._db_lookup is not None:
            identity = await self._db_lookup(digest)  # DatabaseUnavailableError propagates (503)
        if identity is None:
            raise AuthenticationRequiredError()
        return identity

    @staticmethod
    def require_superuser(identity: Identity) -> None:
        if not identity.is_superuser:
            raise ForbiddenError()


class CachedEnvTable:
    """Rebuilds the digest map only when the raw secret text changes (atomic swap)."""

    def __init__(self, raw_provider: Callable[[], Awaitable[str | None]]) -> None:
        self._raw_provider = raw_provider
        self._raw: str | None = None
        self._table = EnvKeyTable(())
        self._loaded = False

    async def __call__(self) -> EnvKeyTable:
        raw = await self._raw_provider()
        if not self._loaded or raw != self._raw:
            self._table, self._raw, self._loaded = parse_env_keys(raw), raw, True
        return self._table
