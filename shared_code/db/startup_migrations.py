"""``DB_MIGRATE_ON_START``: run migrations once per process before the pool serves its first query.

Single-flight under an asyncio lock. A failed run is logged and retried at most once a minute; until it
succeeds, :meth:`StartupMigrations.ensure` raises :class:`DatabaseUnavailableError` (usage rows stay
buffered, DB-key authentication answers 503).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Awaitable, Callable

from shared_code.errors import DatabaseUnavailableError
from shared_code.logs import event

log = logging.getLogger("qfa.db")

RETRY_INTERVAL_SECONDS = 60.0


class StartupMigrations:
    def __init__(
        self,
        run: Callable[[], Awaitable[list[int]]],
        *,
        clock: Callable[[], float] = time.monotonic,
        retry_interval_seconds: float = RETRY_INTERVAL_SECONDS,
    ) -> None:
        self._run = run
        self._clock = clock
        self._retry_interval = retry_interval_seconds
        self._done = False
        self._last_attempt: float | None = None
        self._lock: asyncio.Lock | None = None
        self.attempts = 0

    @property
    def done(self) -> bool:
        return self._done

    async def ensure(self) -> None:
        """Return once migrations have been applied in this process; raise 503 while they have not."""
        if self._done:
            return
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self._done:
                return
            now = self._clock()
            if self._last_attempt is not None and now - self._last_attempt < self._retry_interval:
                raise DatabaseUnavailableError()
            self._last_attempt = now
            self.attempts += 1
            try:
                applied = await self._run()
            except Exception as exc:
                event(log, "migration", logging.ERROR, outcome="failed", trigger="startup",
                      error_class=type(exc).__name__, retry_in_s=int(self._retry_interval))
                raise DatabaseUnavailableError() from exc
            self._done = True
            event(log, "migration", outcome="startup_done", applied=",".join(map(str, applied)) or "none")
