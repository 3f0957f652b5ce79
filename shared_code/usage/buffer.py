"""Bounded in-process buffer of usage rows, flushed in batches by a background task (docs/pipeline.md § Usage tracking).

* ``add(row)`` is synchronous, O(1), never awaits and never raises. A row that does not fit
  (``max_rows`` buffered) is dropped, counted and logged (``event=usage_dropped``, at most once per
  ``drop_log_interval_seconds`` with the count since the last line).
* The background task starts lazily on the first ``add`` inside a running event loop. It wakes every
  ``flush_interval_seconds``, or as soon as ``batch_rows`` rows are waiting, and writes batches of up to
  ``batch_rows`` rows, one multi-row insert each (``event=usage_flush rows=… attempts=… buffered=…``).
* A failed write is retried with jittered exponential back-off while its rows stay buffered, so a
  database outage loses nothing while the process lives and the buffer has room. Rows the database
  rejects as invalid are dropped and counted (never retried).
* ``flush()`` writes everything buffered (tests, shutdown); ``close()`` stops the task and flushes.

A batch whose commit succeeded although the write failed in the app (a stalled database, a lost
acknowledgement) is retried like any other; the insert skips rows whose ``row_id`` is already stored,
so every row is written exactly once.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import random
import time
from collections import deque
from itertools import islice
from typing import Awaitable, Callable

from shared_code.logs import event
from shared_code.domain.usage import UsageRow
from shared_code.ports import UsageWriter

log = logging.getLogger("qfa.usage")


class UsageBuffer:
    def __init__(
        self,
        writer: UsageWriter,
        *,
        max_rows: int = 50_000,
        flush_interval_seconds: float = 1.0,
        batch_rows: int = 500,
        retry_base_seconds: float = 0.5,
        retry_max_seconds: float = 10.0,
        drop_log_interval_seconds: float = 10.0,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._writer = writer
        self._max_rows = max(1, max_rows)
        self._interval = flush_interval_seconds
        self._batch_rows = max(1, batch_rows)
        self._retry_base = retry_base_seconds
        self._retry_max = retry_max_seconds
        self._drop_log_interval = drop_log_interval_seconds
        self._sleep = sleep
        self._clock = clock
        self._rows: deque[UsageRow] = deque()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._lock: asyncio.Lock | None = None
        self._closed = False
        self._unlogged_drops = 0
        self._last_drop_log = float("-inf")
        self.written = 0  # rows persisted
        self.dropped = 0  # rows lost: buffer full, rejected as invalid, left at shutdown
        self.failed_attempts = 0  # write attempts that failed (and were retried)

    @property
    def buffered(self) -> int:
        return len(self._rows)

    # producer side ------------------------------------------------------------------------------
    def add(self, row: UsageRow) -> bool:
        """Buffer one row; False when it was dropped. Synchronous, O(1), never raises."""
        try:
            if len(self._rows) >= self._max_rows:
                self._count_dropped(1, "buffer_full")
                return False
            self._rows.append(row)
            self._ensure_task()
            if len(self._rows) >= self._batch_rows and self._wake is not None:
                self._wake.set()
            return True
        except Exception:  # noqa: BLE001 - recording must never fail a request
            return False

    def _count_dropped(self, rows: int, reason: str, *, force_log: bool = False) -> None:
        self.dropped += rows
        self._unlogged_drops += rows
        now = self._clock()
        if force_log or now - self._last_drop_log >= self._drop_log_interval:
            event(log, "usage_dropped", logging.WARNING, rows=self._unlogged_drops, reason=reason,
                  total=self.dropped, buffered=len(self._rows))
            self._unlogged_drops, self._last_drop_log = 0, now

    def _ensure_task(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop: rows wait for the next add inside a loop, or for flush()
        if self._task is not None and self._loop is loop and not self._task.done():
            return
        if self._closed:
            return
        self._bind(loop)
        # A fresh context: the process-wide flusher must not inherit the first request's call context
        # (its log lines would carry that request's id and tenant).
        self._task = loop.create_task(self._run(), name="qfa-usage-flush", context=contextvars.Context())

    def _bind(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._loop is not loop:
            self._loop, self._wake, self._lock = loop, asyncio.Event(), asyncio.Lock()

    # consumer side ------------------------------------------------------------------------------
    async def _run(self) -> None:
        assert self._wake is not None
        while not self._closed:
            try:
                try:
                    # asyncio.timeout, not wait_for: 3.11's wait_for can swallow a cancel that races the wake-up
                    async with asyncio.timeout(self._interval):
                        await self._wake.wait()
                except TimeoutError:
                    pass
                self._wake.clear()
                if self._rows:
                    await self._drain()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - the flusher must survive anything
                event(log, "usage_flush", logging.ERROR, outcome="crashed", error_class=type(exc).__name__)
                await asyncio.sleep(self._interval)

    async def _drain(self) -> int:
        """Write batches until the buffer is empty; returns rows written."""
        self._bind(asyncio.get_running_loop())
        assert self._lock is not None
        written = 0
        async with self._lock:
            while self._rows:
                count = min(self._batch_rows, len(self._rows))
                batch = list(islice(self._rows, count))
                attempts, rejected = await self._write_with_retry(batch)
                for _ in range(count):  # add() only appends on the right, so these are the batch
                    self._rows.popleft()
                self.written += count - rejected
                written += count - rejected
                if rejected:
                    self._count_dropped(rejected, "invalid", force_log=True)
                event(log, "usage_flush", rows=count - rejected, attempts=attempts, buffered=len(self._rows))
        return written

    async def _write_with_retry(self, batch: list[UsageRow]) -> tuple[int, int]:
        attempts = 0
        while True:
            attempts += 1
            try:
                rejected = await self._writer.write(batch)
                return attempts, int(rejected or 0)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - rows stay buffered; retried
                self.failed_attempts += 1
                delay = self._backoff(attempts)
                event(log, "usage_flush", logging.WARNING, outcome="failed", rows=len(batch), attempts=attempts,
                      buffered=len(self._rows), error_class=type(exc).__name__, retry_in_s=round(delay, 2))
                await self._sleep(delay)

    def _backoff(self, attempt: int) -> float:
        ceiling = min(self._retry_max, self._retry_base * (2 ** min(attempt - 1, 30)))
        return ceiling * random.uniform(0.5, 1.0)

    # control --------------------------------------------------------------------------------------
    async def flush(self, timeout: float | None = None) -> int:
        """Write every buffered row, retrying failures; returns rows written. With ``timeout`` the rows
        not written by then stay buffered."""
        before = self.written
        try:
            async with asyncio.timeout(timeout):
                await self._drain()
        except TimeoutError:
            pass
        return self.written - before

    async def close(self, timeout: float = 5.0) -> int:
        """Stop the background task and flush for at most ``timeout`` s; returns rows left (dropped)."""
        self._closed = True
        task, self._task = self._task, None
        if task is not None and not task.done() and task.get_loop() is asyncio.get_running_loop():
            task.cancel()
            await asyncio.wait([task], timeout=2.0)
        await self.flush(timeout)
        left = len(self._rows)
        if left:
            self._rows.clear()
            self._count_dropped(left, "shutdown", force_log=True)
        return left
