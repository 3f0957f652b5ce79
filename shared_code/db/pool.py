"""The process's asyncpg pool (docs/database.md § Connection and Entra authentication).

    database = DatabasePool(settings)      # built once, by the composition root
    async with database.acquire() as conn:
        await conn.fetchval("SELECT 1")

The pool is created on first use behind an asyncio lock (``DB_POOL_MIN_SIZE``/``DB_POOL_MAX_SIZE``,
``max_inactive_connection_lifetime`` 300 s, ``DB_COMMAND_TIMEOUT_SECONDS``). Availability failures while
creating the pool, acquiring a connection or inside the ``async with`` body (connection refused or lost,
login failure, timeouts) surface as :class:`DatabaseUnavailableError`; other database errors propagate
unchanged. With ``DB_MIGRATE_ON_START`` the migrations run once before the first connection is handed out.
"""

from __future__ import annotations

import asyncio
import logging
import time
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Callable

from shared_code.db.availability import is_unavailable
from shared_code.db.connection_config import DatabaseConfigError, PasswordProvider, build_connect_kwargs
from shared_code.db.startup_migrations import StartupMigrations
from shared_code.errors import DatabaseUnavailableError
from shared_code.logs import event
from shared_code.settings import Settings

log = logging.getLogger("qfa.db")

MAX_INACTIVE_CONNECTION_LIFETIME_SECONDS = 300.0


class DatabasePool:
    """The process's database access: a lazily created pool plus optional startup migrations."""

    def __init__(
        self,
        settings: Settings,
        *,
        token_provider: PasswordProvider | None = None,
        credential: Any = None,
        migrate_on_start: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._settings = settings
        self._token_provider = token_provider
        self._credential = credential
        self._connect_kwargs: dict[str, Any] | None = None
        self._pool: Any = None
        self._pool_loop: asyncio.AbstractEventLoop | None = None
        self._lock: asyncio.Lock | None = None
        self._lock_loop: asyncio.AbstractEventLoop | None = None
        enabled = settings.db_migrate_on_start if migrate_on_start is None else migrate_on_start
        self._migrations = StartupMigrations(self._migrate, clock=clock) if enabled else None

    @property
    def startup_migrations(self) -> StartupMigrations | None:
        return self._migrations

    def connect_kwargs(self) -> dict[str, Any]:
        """asyncpg connection arguments (same auth for the pool and the migration connection)."""
        if self._connect_kwargs is None:
            provider = self._token_provider
            if provider is None and self._settings.db_auth_mode == "entra":
                from shared_code.db.entra import EntraTokenProvider

                provider = self._token_provider = EntraTokenProvider(
                    self._settings.db_aad_scope, credential=self._credential, client_id=self._settings.azure_client_id
                )
            self._connect_kwargs = build_connect_kwargs(self._settings, password_provider=provider)
        return self._connect_kwargs

    def _loop_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        if self._lock is None or self._lock_loop is not loop:
            self._lock, self._lock_loop = asyncio.Lock(), loop
        return self._lock

    async def get_pool(self) -> Any:
        """The asyncpg pool, created on first call (single flight)."""
        loop = asyncio.get_running_loop()
        if self._pool is not None and self._pool_loop is loop:
            return self._pool
        async with self._loop_lock():
            if self._pool is None or self._pool_loop is not loop:
                self._pool = await self._create_pool()
                self._pool_loop = loop
        return self._pool

    async def _create_pool(self) -> Any:
        import asyncpg

        s = self._settings
        try:
            kwargs = self.connect_kwargs()
            pool = await asyncpg.create_pool(
                min_size=s.db_pool_min_size,
                max_size=max(s.db_pool_max_size, s.db_pool_min_size, 1),
                max_inactive_connection_lifetime=MAX_INACTIVE_CONNECTION_LIFETIME_SECONDS,
                **kwargs,
            )
        except DatabaseConfigError as exc:
            event(log, "pool", logging.ERROR, outcome="failed", reason="config", detail=str(exc))
            raise DatabaseUnavailableError() from exc
        except Exception as exc:
            event(log, "pool", logging.ERROR, outcome="failed", error_class=type(exc).__name__)
            raise DatabaseUnavailableError() from exc
        event(log, "pool", outcome="created", auth=s.db_auth_mode, ssl=s.effective_db_ssl,
              min_size=s.db_pool_min_size, max_size=s.db_pool_max_size)
        return pool

    async def _migrate(self) -> list[int]:
        from shared_code.db.migrate import run_migrations

        return await run_migrations(connect_kwargs=self.connect_kwargs())

    @asynccontextmanager
    async def acquire(self) -> AsyncIterator[Any]:
        """``async with db.acquire() as conn``: a pooled connection; availability failures → 503 error."""
        pool = await self.get_pool()
        if self._migrations is not None:
            await self._migrations.ensure()
        try:
            async with pool.acquire(timeout=self._settings.db_command_timeout_seconds) as conn:
                yield conn
        except Exception as exc:
            if not is_unavailable(exc):
                raise
            event(log, "pool", logging.WARNING, outcome="unavailable", error_class=type(exc).__name__)
            raise DatabaseUnavailableError() from exc

    async def close(self) -> None:
        pool, self._pool, self._pool_loop = self._pool, None, None
        if pool is not None:
            try:
                await asyncio.wait_for(pool.close(), timeout=10)
            except Exception:  # noqa: BLE001 - closing is best effort
                pool.terminate()
            event(log, "pool", outcome="closed")

