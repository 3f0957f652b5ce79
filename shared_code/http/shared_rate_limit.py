"""The per-tenant rate limit across all instances (docs/operating.md § Rate limits across instances).

Each tenant may make ``RATE_LIMIT_PER_MINUTE`` rate-limited requests per one-minute window (aligned to
the clock) across all instances together; each instance's own token bucket
(:class:`~shared_code.http.rate_limit.TenantRateLimiter`, ``RATE_LIMIT_BURST``) still applies first.

The count lives in PostgreSQL (:class:`~shared_code.ports.RateLimitStore`), but a request does not wait
for it in the common case: each instance takes tokens from the window in leases of
``RATE_LIMIT_LOCAL_ALLOWANCE`` and spends them locally, fetching the next lease in the background when
half is left. When its tokens run out before the next lease arrives, it may admit up to the allowance
on credit, settled by that lease; only past that does a request wait (at most
:data:`REFILL_WAIT_SECONDS`) for the database. The database never grants more than the limit, so all
instances together admit at most limit + instances × allowance per window. Once the database says the
window is spent, requests get 429 until the next window (``Retry-After``: the seconds left in it).

A database failure never refuses a request: for :data:`RETRY_DB_AFTER_SECONDS` only the per-instance
bucket decides (``event=rate_limit_degraded``), then the database is asked again.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from shared_code import logs
from shared_code.http.rate_limit import TenantRateLimiter
from shared_code.ports import RateLimitStore

log = logging.getLogger("qfa.http")

WINDOW_SECONDS = 60
REFILL_WAIT_SECONDS = 1.0  # a request whose instance has spent its credit waits this long for a lease at most
RETRY_DB_AFTER_SECONDS = 5.0  # after a database failure, the per-instance bucket alone decides this long
PURGE_EVERY_SECONDS = 600.0  # each instance deletes counters older than ten windows this often


@dataclass(slots=True)
class _Window:
    index: int  # floor(unix time / WINDOW_SECONDS)
    granted: int = 0  # tokens the database gave this instance for the window
    used: int = 0  # requests this instance admitted in the window (may pass granted by the allowance)
    spent: bool = False  # the database has no more tokens for the window
    lease: asyncio.Task | None = None


class SharedRateLimiter:
    """``await acquire(tenant_id)`` → None (admitted) or the seconds to wait (429)."""

    def __init__(self, local: TenantRateLimiter, store: RateLimitStore, per_minute: float, allowance: int, *,
                 clock: Callable[[], float] = time.time, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.local, self.store = local, store
        self.limit = max(1, math.floor(per_minute))
        self.allowance = max(1, allowance)
        self._clock, self._monotonic = clock, monotonic
        self._windows: dict[str, _Window] = {}
        self._down_until = 0.0  # monotonic time until which the database is not asked
        self._degraded = False
        self._next_purge = 0.0
        self._purging: asyncio.Task | None = None

    @property
    def enabled(self) -> bool:
        return self.local.enabled

    async def acquire(self, tenant_id: str) -> float | None:
        wait = self.local.try_acquire(tenant_id)
        if wait is not None or not self.enabled or self._monotonic() < self._down_until:
            return wait
        now = self._clock()
        window = self._window(tenant_id, now)
        if window.used - window.granted >= self.allowance and not window.spent:
            self._lease(tenant_id, window)  # the credit is spent: wait for the database's answer
            try:
                await asyncio.wait_for(asyncio.shield(window.lease), REFILL_WAIT_SECONDS)
            except TimeoutError:  # a database this slow counts as down: the per-instance bucket admitted it
                self._mark_down("TimeoutError")
        if window.used < window.granted + (0 if window.spent else self.allowance):
            window.used += 1
            if window.granted - window.used <= self.allowance // 2:
                self._lease(tenant_id, window)
            return None
        if self._monotonic() < self._down_until:  # the database failed while we waited
            return None
        return (window.index + 1) * WINDOW_SECONDS - now if window.spent else REFILL_WAIT_SECONDS

    def _window(self, tenant_id: str, now: float) -> _Window:
        index = int(now // WINDOW_SECONDS)
        window = self._windows.get(tenant_id)
        if window is None or window.index != index:
            window = self._windows[tenant_id] = _Window(index)
        return window

    def _lease(self, tenant_id: str, window: _Window) -> None:
        """Ask the database for the credit used plus one lease, in the background (one at a time)."""
        if window.lease is None and not window.spent:
            window.lease = asyncio.create_task(self._take(tenant_id, window))

    async def _take(self, tenant_id: str, window: _Window) -> None:
        want = max(0, window.used - window.granted) + self.allowance
        start = datetime.fromtimestamp(window.index * WINDOW_SECONDS, timezone.utc)
        try:
            got = await self.store.take(tenant_id, start, want, self.limit)
        except Exception as exc:  # noqa: BLE001 - any failure: the per-instance limit only, for a while
            self._mark_down(type(exc).__name__)
            return
        finally:
            window.lease = None
        window.granted += got
        window.spent = got < want
        if self._degraded:
            self._degraded = False
            logs.event(log, "rate_limit_restored")
        if self._monotonic() >= self._next_purge and self._purging is None:
            self._next_purge = self._monotonic() + PURGE_EVERY_SECONDS
            self._purging = asyncio.create_task(self._purge(start))

    def _mark_down(self, error_class: str) -> None:
        self._down_until = self._monotonic() + RETRY_DB_AFTER_SECONDS
        if not self._degraded:
            self._degraded = True
            logs.event(log, "rate_limit_degraded", logging.WARNING, error_class=error_class,
                       retry_in_s=RETRY_DB_AFTER_SECONDS)

    async def _purge(self, current: datetime) -> None:
        try:
            await self.store.purge(datetime.fromtimestamp(current.timestamp() - 10 * WINDOW_SECONDS, timezone.utc))
        except Exception as exc:  # noqa: BLE001 - best effort; the next purge catches up
            logs.event(log, "rate_limit_purge_failed", logging.WARNING, error_class=type(exc).__name__)
        finally:
            self._purging = None
