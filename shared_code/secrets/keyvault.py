"""Secrets from Azure Key Vault with a TTL cache (docs/database.md § Key Vault).

With ``KEY_VAULT_URL``: ``llm-api-key``, ``llm-api-base``, ``auth-api-keys``, ``response-cache-secret`` and the
fallbacks' ``llm-fallback-<N>-api-key`` / ``-api-base`` (latest versions) are read
through ``azure.keyvault.secrets.aio.SecretClient`` (created lazily, same credential as PostgreSQL). Each
value is served for ``KEY_VAULT_CACHE_TTL_SECONDS``; the next use after that re-reads it, single-flight per
secret. A failed refresh keeps serving the last good value (``event=kv_refresh outcome=failed``, WARNING)
and is retried after ``failure_retry_seconds``; a failing first load serves the environment value; a secret
missing from the vault serves the environment value. Values are never logged.

Without ``KEY_VAULT_URL``: :class:`EnvSecretSource`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Mapping

from shared_code.logs import format_fields
from shared_code.secrets.env import EnvSecretSource, check_secret_name

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.settings import Settings

log = logging.getLogger("qfa.secrets")

DEFAULT_CLIENT_OPTIONS: Mapping[str, Any] = {"retry_total": 2, "connection_timeout": 5, "read_timeout": 10}
FAILURE_RETRY_SECONDS = 30.0


def _log_refresh(level: int, **fields: Any) -> None:
    """``event=kv_refresh outcome=… name=…`` (secret names only, never values)."""
    if log.isEnabledFor(level):
        log.log(level, "event=kv_refresh %s", format_fields(**fields))


@dataclass(frozen=True, slots=True)
class _Entry:
    value: str | None
    from_vault: bool  # a good value read from the vault (kept over failed refreshes)
    due: float  # clock() time after which the next use re-reads the vault


class KeyVaultSecretSource:
    """``SecretSource`` over Key Vault; ``fallback`` provides the environment values."""

    def __init__(
        self,
        vault_url: str,
        *,
        fallback: EnvSecretSource,
        credential: Any = None,
        client_id: str | None = None,
        ttl_seconds: float = 300.0,
        failure_retry_seconds: float = FAILURE_RETRY_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        client_options: Mapping[str, Any] | None = None,
        client: Any = None,
    ) -> None:
        """``client``: a ready SecretClient-like object (tests); by default one is created on first use."""
        self._vault_url = vault_url
        self._fallback = fallback
        self._credential = credential
        self._client_id = client_id
        self._ttl = max(0.0, ttl_seconds)
        self._failure_retry = min(self._ttl, failure_retry_seconds)
        self._clock = clock
        self._client_options = {**DEFAULT_CLIENT_OPTIONS, **(client_options or {})}
        self._client: Any = client
        self._entries: dict[str, _Entry] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self.reads = 0  # vault round trips attempted (observability and tests)

    async def get(self, name: str) -> str | None:
        check_secret_name(name)
        entry = self._entries.get(name)
        if entry is not None and self._clock() < entry.due:
            return entry.value
        lock = self._locks.get(name)
        if lock is None:
            lock = self._locks[name] = asyncio.Lock()
        async with lock:
            entry = self._entries.get(name)
            if entry is None or self._clock() >= entry.due:
                entry = self._entries[name] = await self._load(name, entry)
        return entry.value

    def _get_client(self) -> Any:
        if self._client is None:
            from azure.keyvault.secrets.aio import SecretClient

            credential = self._credential
            if credential is None:
                from shared_code.secrets.credential import get_default_credential

                credential = self._credential = get_default_credential(self._client_id)
            self._client = SecretClient(self._vault_url, credential, **self._client_options)
        return self._client

    async def _load(self, name: str, previous: _Entry | None) -> _Entry:
        from azure.core.exceptions import ResourceNotFoundError

        self.reads += 1
        try:
            secret = await self._get_client().get_secret(name)
        except ResourceNotFoundError:
            _log_refresh(logging.INFO, outcome="missing", name=name, serving="environment")
            return _Entry(self._fallback.value(name), False, self._clock() + self._ttl)
        except Exception as exc:  # noqa: BLE001 - any failure keeps the last good value
            keep = previous is not None and previous.from_vault
            _log_refresh(logging.WARNING, outcome="failed", name=name, error_class=type(exc).__name__,
                         serving="cached" if keep else "environment")
            due = self._clock() + self._failure_retry
            if keep:
                return _Entry(previous.value, True, due)  # type: ignore[union-attr]
            return _Entry(self._fallback.value(name), False, due)
        changed = previous is None or not previous.from_vault or previous.value != secret.value
        _log_refresh(logging.INFO, outcome="ok", name=name, changed=changed)
        return _Entry(secret.value, True, self._clock() + self._ttl)

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.close()


def build_secret_source(
    settings: "Settings", credential: Any = None, *, client_options: Mapping[str, Any] | None = None
) -> KeyVaultSecretSource | EnvSecretSource:
    """Key Vault when ``KEY_VAULT_URL`` is set, else the environment values. Nothing connects yet."""
    env = EnvSecretSource(settings)
    if not settings.key_vault_url:
        return env
    return KeyVaultSecretSource(
        settings.key_vault_url,
        fallback=env,
        credential=credential,
        client_id=settings.azure_client_id,
        ttl_seconds=settings.key_vault_cache_ttl_seconds,
        client_options=client_options,
    )
