"""The per-request slot cap of a hierarchical run (``ANALYZE_MAX_CONCURRENT_CHUNKS``).

The LLM client's process-wide limiter bounds all requests together; this gate bounds one request,
with the same order of service (the call-kind table in :mod:`shared_code.ports`): reduce before map
before chunk judge, FIFO within a priority. Optional
calls (chunk judges) never hold the last slot when there are two or more, so a required call (map,
reduce) always finds a slot free of judges and is never stuck behind a slow optional call. Waits end
at a caller-given monotonic time (``TimeoutError``). Cancellation-safe like the client's limiter.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from contextlib import asynccontextmanager
from typing import AsyncIterator, Callable

from shared_code.ports import OPTIONAL_PRIORITY, priority_for



class RequestGate:
    def __init__(self, capacity: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.optional_capacity = capacity - 1 if capacity > 1 else 1
        self.in_use = self.optional_in_use = self.peak = 0
        self._clock = clock
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []  # may hold cancelled entries
        self._seq = itertools.count()

    async def acquire(self, kind: str, until: float | None = None) -> None:
        """Take a slot for a call of ``kind``; ``TimeoutError`` when none is free by ``until``."""
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (priority_for(kind), next(self._seq), fut))
        self._dispatch()
        if fut.done():
            return
        budget = None if until is None else until - self._clock()
        try:
            if budget is not None and budget <= 0:
                raise TimeoutError()
            async with asyncio.timeout(budget):
                await fut
        except BaseException:  # timeout or cancel: give back a slot handed over meanwhile
            if fut.done() and not fut.cancelled():
                self.release(kind)
            else:
                fut.cancel()
            raise

    def release(self, kind: str) -> None:
        if self.in_use <= 0:
            raise RuntimeError("release() without acquire()")
        self.in_use -= 1
        if priority_for(kind) >= OPTIONAL_PRIORITY:
            self.optional_in_use -= 1
        self._dispatch()

    def _dispatch(self) -> None:
        """Hand free slots to the best waiters; an optional waiter waits while its quota is full
        (everything behind it is optional too, by priority order)."""
        while self.in_use < self.capacity and self._waiters:
            priority, _, fut = self._waiters[0]
            if fut.done():
                heapq.heappop(self._waiters)
                continue
            optional = priority >= OPTIONAL_PRIORITY
            if optional and self.optional_in_use >= self.optional_capacity:
                return
            heapq.heappop(self._waiters)
            self.in_use += 1
            self.optional_in_use += optional
            self.peak = max(self.peak, self.in_use)
            fut.set_result(None)

    @asynccontextmanager
    async def slot(self, kind: str, until: float | None = None) -> AsyncIterator[None]:
        await self.acquire(kind, until)
        try:
            yield
        finally:
            self.release(kind)
