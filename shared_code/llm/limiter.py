"""The process-wide limit on in-flight logical LLM calls (docs/pipeline.md § LLM calls, docs/settings.md
``LLM_MAX_CONCURRENCY``).

When slots are short, the waiter with the best (lowest) priority goes first (the call-kind table in
:mod:`shared_code.ports`), FIFO within a priority. The client holds its slot for the whole logical
call (retries, back-off and repair included) and bounds the wait by the request's time left.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from contextlib import asynccontextmanager
from typing import AsyncIterator


class PriorityLimiter:
    """An asyncio semaphore whose waiters are served by priority (then arrival order).

    Cancellation-safe: a waiter cancelled after it was handed a slot passes the slot on.
    Not thread-safe; use it from one event loop.
    """

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._in_use = 0
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []  # may hold cancelled entries
        self._live_waiters = 0
        self._seq = itertools.count()

    @property
    def in_use(self) -> int:
        return self._in_use

    @property
    def waiting(self) -> int:
        return self._live_waiters

    def try_acquire(self) -> bool:
        """Take a free slot without waiting (only when nobody is queued)."""
        if self._in_use < self.capacity and not self._live_waiters:
            self._in_use += 1
            return True
        return False

    async def acquire(self, priority: int = 0) -> None:
        if self.try_acquire():
            return
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (priority, next(self._seq), fut))
        self._live_waiters += 1
        try:
            await fut
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled():
                self.release()  # the slot was handed over just before the cancel: pass it on
            else:
                self._live_waiters -= 1  # the cancelled entry stays in the heap and is skipped
            raise

    def release(self) -> None:
        while self._waiters:
            _, _, fut = heapq.heappop(self._waiters)
            if not fut.done():
                self._live_waiters -= 1
                fut.set_result(None)  # the slot moves to this waiter; _in_use is unchanged
                return
        if self._in_use <= 0:
            raise RuntimeError("release() without acquire()")
        self._in_use -= 1

    @asynccontextmanager
    async def slot(self, priority: int = 0) -> AsyncIterator[None]:
        await self.acquire(priority)
        try:
            yield
        finally:
            self.release()

