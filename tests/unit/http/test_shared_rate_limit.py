"""The per-tenant limit across instances (shared_code/http/shared_rate_limit.py) over an in-memory store
with the repository's semantics; the PostgreSQL store itself: tests/integration/db/test_rate_limit_store.py."""

from __future__ import annotations

import asyncio
import logging

import pytest

from shared_code.errors import DatabaseUnavailableError
from shared_code.http.rate_limit import TenantRateLimiter
from shared_code.http.shared_rate_limit import WINDOW_SECONDS, SharedRateLimiter


class MemoryStore:
    """``take`` as the SQL does it: add up to ``want`` without passing ``limit``."""

    def __init__(self, delay: float = 0.0) -> None:
        self.used: dict[tuple, int] = {}
        self.takes = 0
        self.down = False
        self.delay = delay

    async def take(self, tenant_id, window_start, want, limit):
        self.takes += 1
        await asyncio.sleep(self.delay)
        if self.down:
            raise DatabaseUnavailableError()
        key = (tenant_id, window_start)
        got = max(0, min(want, limit - self.used.get(key, 0)))
        self.used[key] = self.used.get(key, 0) + got
        return got

    async def purge(self, before):
        self.used = {k: v for k, v in self.used.items() if k[1] >= before}


class Clock:
    def __init__(self, now: float = 1_000 * WINDOW_SECONDS + 1) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def limiter(store, clock, *, per_minute=20, allowance=3, burst=10_000):
    local = TenantRateLimiter(10_000, burst)  # the per-instance bucket out of the way unless a test sets it
    return SharedRateLimiter(local, store, per_minute, allowance, clock=clock)


async def admitted(limiters, requests: int, tenant="t") -> int:
    count = 0
    for i in range(requests):
        count += await limiters[i % len(limiters)].acquire(tenant) is None
        await asyncio.sleep(0)  # let background leases run, as between real requests
    return count


async def test_two_instances_together_stay_within_limit_plus_their_allowances():
    store, clock = MemoryStore(), Clock()
    both = [limiter(store, clock), limiter(store, clock)]
    count = await admitted(both, 100)
    assert 20 <= count <= 20 + 2 * 3
    assert store.used[("t", next(iter(store.used))[1])] == 20


async def test_a_spent_window_answers_the_seconds_left_in_it_and_the_next_window_admits_again():
    store, clock = MemoryStore(), Clock()
    one = limiter(store, clock)
    await admitted([one], 40)
    wait = await one.acquire("t")
    assert wait == pytest.approx(WINDOW_SECONDS - 1)  # the clock is 1 s into its window
    clock.now += WINDOW_SECONDS
    assert await one.acquire("t") is None


async def test_most_requests_do_not_wait_for_the_database():
    store, clock = MemoryStore(), Clock()
    one = limiter(store, clock, per_minute=1000, allowance=10)
    await admitted([one], 200)
    assert store.takes <= 200 / 10 + 2  # one lease per ten requests


async def test_tenants_are_counted_apart():
    store, clock = MemoryStore(), Clock()
    one = limiter(store, clock, per_minute=5, allowance=1)
    assert await admitted([one], 20, "a") <= 6
    assert await admitted([one], 3, "b") == 3


async def test_database_down_degrades_to_the_per_instance_bucket_and_never_refuses_for_it(caplog):
    store, clock = MemoryStore(), Clock()
    store.down = True
    one = SharedRateLimiter(TenantRateLimiter(60, 5), store, 20, 3, clock=clock)
    with caplog.at_level(logging.WARNING, "qfa.http"):
        results = [await one.acquire("t") for _ in range(8)]
        await asyncio.sleep(0)
    assert results[:5] == [None] * 5  # the bucket's burst: admitted although the database is down
    assert all(r is not None for r in results[5:])  # then the per-instance limit refuses
    assert caplog.text.count("event=rate_limit_degraded") == 1


async def test_a_slow_database_does_not_hold_requests_beyond_the_short_wait(monkeypatch):
    import shared_code.http.shared_rate_limit as module

    monkeypatch.setattr(module, "REFILL_WAIT_SECONDS", 0.05)
    store, clock = MemoryStore(delay=1.0), Clock()
    one = limiter(store, clock, allowance=2)
    results = [await one.acquire("t") for _ in range(6)]
    assert results == [None] * 6  # two on credit, one after a 50 ms wait, then degraded to the bucket


async def test_the_database_is_asked_again_after_it_recovers(monkeypatch):
    import shared_code.http.shared_rate_limit as module

    monkeypatch.setattr(module, "RETRY_DB_AFTER_SECONDS", 0.0)
    store, clock = MemoryStore(), Clock()
    store.down = True
    one = limiter(store, clock, per_minute=5, allowance=1)
    await admitted([one], 5)
    store.down = False
    assert 5 <= await admitted([one], 20) <= 6  # counted again: the window's 5, plus the credit
