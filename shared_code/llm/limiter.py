"""Concurrency limits for LLM calls (docs/pipeline.md § LLM calls, docs/settings.md ``LLM_MAX_CONCURRENCY``).

- :class:`PriorityLimiter`: the process-wide limit on in-flight logical LLM calls. When slots are
  short, the waiter with the best (lowest) priority goes first, FIFO within a priority.
- :func:`limit_request_concurrency`: an optional per-request cap, carried in a context variable so
  every task the request spawns shares it (a hierarchical analyze-bulk request holds at most
  ``ANALYZE_MAX_CONCURRENT_CHUNKS`` slots). The LLM client takes the request slot first, then the
  process slot, and holds both for the whole logical call (retries, back-off and repair included).

Waiting counts against the request deadline: the client bounds every wait by the time left.
"""

from __future__ import annotations

import asyncio
import contextvars
import heapq
import itertools
from contextlib import asynccontextmanager, contextmanager
from typing import AsyncIterator, Iterator

# lower value = served first. Required calls that finish a request first, then the map phase, then
# chunk judges, then everything optional (judge, verify, code_judge) and unknown kinds.
CALL_KIND_PRIORITY: dict[str, int] = {
    "reduce": 0, "analysis": 0, "summary": 0, "select": 0, "pick": 0, "classify": 0,
    "map": 1,
    "chunk_judge": 2,
    "judge": 3, "verify": 3, "code_judge": 3,
}
LOWEST_PRIORITY = 3


def priority_for(call_kind: str) -> int:
    return CALL_KIND_PRIORITY.get(call_kind, LOWEST_PRIORITY)


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


_request_limit: contextvars.ContextVar[asyncio.Semaphore | None] = contextvars.ContextVar(
    "qfa_llm_request_limit", default=None
)


def current_request_limit() -> asyncio.Semaphore | None:
    """The per-request LLM slot cap in force for the current task, if any."""
    return _request_limit.get()


@contextmanager
def limit_request_concurrency(limit: int | asyncio.Semaphore) -> Iterator[asyncio.Semaphore]:
    """Within this block (and in every task created inside it) at most ``limit`` LLM calls of this
    request hold a slot at once. Accepts a count or an existing semaphore-like object."""
    semaphore = asyncio.Semaphore(limit) if isinstance(limit, int) else limit
    token = _request_limit.set(semaphore)
    try:
        yield semaphore
    finally:
        _request_limit.reset(token)
