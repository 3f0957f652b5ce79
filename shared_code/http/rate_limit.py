"""Per-tenant token buckets (docs/api.md § Authentication and authorisation), one set per process instance.

Across instances, :mod:`shared_code.http.shared_rate_limit` adds the PostgreSQL-backed limit on top."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Protocol


class RateLimiter(Protocol):
    """What the pipeline asks: None (admitted) or the seconds until the tenant may try again."""

    async def acquire(self, tenant_id: str) -> float | None: ...


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float


class TenantRateLimiter:
    def __init__(self, per_minute: float, burst: int, *, clock=time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.burst = max(1, burst)
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def try_acquire(self, tenant_id: str) -> float | None:
        """Take one token; return None when allowed, else the seconds until a token is available."""
        if not self.enabled:
            return None
        now = self._clock()
        bucket = self._buckets.get(tenant_id)
        if bucket is None:
            bucket = self._buckets[tenant_id] = _Bucket(tokens=float(self.burst), updated=now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return None
        return (1.0 - bucket.tokens) / self.rate

    async def acquire(self, tenant_id: str) -> float | None:
        """:meth:`try_acquire`, with the interface of the shared limiter (the pipeline awaits either)."""
        return self.try_acquire(tenant_id)

    @staticmethod
    def retry_after_seconds(wait: float) -> int:
        return max(1, math.ceil(wait))
