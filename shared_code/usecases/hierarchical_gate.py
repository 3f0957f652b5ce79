"""The per-request slot cap of a hierarchical run (``ANALYZE_MAX_CONCURRENT_CHUNKS``).

The LLM client's process-wide limiter bounds all requests together; this gate bounds one request,
with the same order of service: reduce before map before chunk judge, FIFO within a kind. Waits end
at a caller-given monotonic time (``TimeoutError``). Cancellation-safe like the client's limiter.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from contextlib import asynccontextmanager
from typing import AsyncIterator, Callable

PRIORITY = {"reduce": 0, "map": 1, "chunk_judge": 2}


class RequestGate:
    def __init__(self, capacity: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.in_use = 0
        self.peak = 0
        self._clock = clock
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []
        self._live = 0
        self._seq = itertools.count()

    async def acquire(self, kind: str, until: float | None = None) -> None:
        """Take a slot for a call of ``kind``; ``TimeoutError`` when none is free by ``until``."""
        if self.in_use < self.capacity and not self._live:
            self._take()
            return
        budget = None if until is None else until - self._clock()
        if budget is not None and budget <= 0:
            raise TimeoutError()
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (PRIORITY.get(kind, len(PRIORITY)), next(self._seq), fut))
        self._live += 1
        try:
            async with asyncio.timeout(budget):
                await fut
        except BaseException:  # timeout or cancel: give back a slot handed over meanwhile
            if fut.done() and not fut.cancelled():
                self.release()
            else:
                fut.cancel()
                self._live -= 1
            raise

    def _take(self) -> None:
        self.in_use += 1
        self.peak = max(self.peak, self.in_use)

    def release(self) -> None:
        while self._waiters:
            _, _, fut = heapq.heappop(self._waiters)
            if not fut.done():
                self._live -= 1
                fut.set_result(None)  # the slot passes to this waiter
                return
        if self.in_use <= 0:
            raise RuntimeError("release() without acquire()")
        self.in_use -= 1

    @asynccontextmanager
    async def slot(self, kind: str, until: float | None = None) -> AsyncIterator[None]:
        await self.acquire(kind, until)
        try:
            yield
        finally:
            self.release()
