"""Hierarchical analysis, steps 5–8 (docs/pipeline.md § analyze-bulk hierarchical): scheduling the LLM
calls of one request — the map of every chunk, a chunk judge as soon as each map succeeds, the reduce
calls' slots — under the request's slot cap and deadline milestones.

:class:`RequestGate`, the per-request slot cap (``ANALYZE_MAX_CONCURRENT_CHUNKS``): the LLM client's process-wide limiter bounds all requests together; this gate bounds one request,
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
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import AsyncIterator, Callable, Sequence

from shared_code import logs
from shared_code.domain.llm_outputs import JudgeVerdict
from shared_code.domain.pseudonyms import PlaceholderRegistry
from shared_code.errors import (
    AnalysisTimeoutError, AnalysisUnavailableError, LLMCancelledError, LLMError, LLMTimeoutError, PayloadTooLargeError,
)
from shared_code.ports import OPTIONAL_PRIORITY, LLMClient, priority_for
from shared_code.settings import Settings
from shared_code.usecases.hierarchical.planning import Chunk, map_messages
from shared_code.usecases.judging import run_judge

log = logging.getLogger("qfa.hierarchical")
JUDGE_STOP_MARGIN_SECONDS = 3.0
MAPPING_FAILED = "Mapping failed for all chunks"
_TIME_ERRORS = (LLMTimeoutError, LLMCancelledError)



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


@dataclass
class ChunkState:
    chunk: Chunk
    source: str = ""  # the map's user message, also the judge's source
    map: str = "pending"  # pending → running → ok | failed | timed_out; or not_started
    partial: str | None = None
    judge: str = "none"  # none → waiting → running → ok | failed | cancelled; or skipped
    verdict: JudgeVerdict | None = None


class Scheduler:
    """The calls of one hierarchical request. Deadline milestones, absolute ``time.monotonic()`` values:

    - ``map_stop``  = deadline − ``ANALYZE_REDUCE_RESERVE_SECONDS``: no map starts later;
    - ``map_give_up`` = deadline − reserve / 2: maps still running are cancelled (counted unanalysed);
    - ``judge_stop`` = deadline − 3 s: judges still running are cancelled, waiting ones skipped.
    """

    def __init__(self, llm: LLMClient, settings: Settings, registry: PlaceholderRegistry, deadline: float, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.llm, self.settings, self.registry, self.clock = llm, settings, registry, clock
        self.deadline = deadline
        self.map_stop = deadline - settings.analyze_reduce_reserve_seconds
        self.map_give_up = deadline - settings.analyze_reduce_reserve_seconds / 2
        self.judge_stop = deadline - JUDGE_STOP_MARGIN_SECONDS
        self.gate = RequestGate(settings.analyze_max_concurrent_chunks, clock=clock)
        self.states: list[ChunkState] = []
        self.tasks: list[asyncio.Task] = []
        self.judge_tasks: list[asyncio.Task] = []
        self.judge_first: float | None = None  # first judge start
        self.judge_last: float | None = None  # last judge end

    async def map_all(self, chunks: Sequence[Chunk], sources: Sequence[str]) -> list[ChunkState]:
        """Map every chunk (judging each success at once) until ``map_give_up``; the chunk states."""
        self.states = [ChunkState(c, source) for c, source in zip(chunks, sources)]
        maps = [asyncio.create_task(self._map(st)) for st in self.states]
        self.tasks.extend(maps)
        _, pending = await asyncio.wait(maps, timeout=max(0.0, self.map_give_up - self.clock()))
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        for st in self.states:
            if st.map == "pending":
                st.map = "not_started"
        return self.states

    async def _map(self, st: ChunkState) -> None:
        try:
            await self.gate.acquire("map", until=self.map_stop)
        except TimeoutError:
            st.map = "not_started"
            return
        try:
            if self.clock() >= self.map_stop:
                st.map = "not_started"
                return
            st.map = "running"
            text = await self.llm.complete_text(map_messages(st.source), call_kind="map",
                                                max_output_tokens=self.settings.analyze_map_max_output_tokens)
        except asyncio.CancelledError:
            st.map = "timed_out" if st.map == "running" else "not_started"
            raise
        except (LLMError, PayloadTooLargeError) as exc:
            st.map = "timed_out" if isinstance(exc, _TIME_ERRORS) else "failed"
            logs.event(log, "map_failed", logging.WARNING, chunk=st.chunk.index, error_class=type(exc).__name__)
            return
        except Exception as exc:  # noqa: BLE001 - a bug in one chunk must not sink the others
            st.map = "failed"
            logs.event(log, "map_failed", logging.ERROR, chunk=st.chunk.index, error_class=type(exc).__name__)
            return
        finally:
            self.gate.release("map")
        if not text or not text.strip():
            st.map = "failed"
            return
        st.map, st.partial = "ok", text
        self.judge_tasks.append(asyncio.create_task(self._judge(st)))

    async def _judge(self, st: ChunkState) -> None:
        st.judge = "waiting"
        try:
            await self.gate.acquire("chunk_judge", until=self.judge_stop)
        except TimeoutError:
            st.judge = "skipped"
            return
        try:
            st.judge = "running"
            if self.judge_first is None:
                self.judge_first = self.clock()
            verdict = await run_judge(self.llm, st.source, st.partial or "", self.registry,
                                      model=self.settings.llm_judge_model, call_kind="chunk_judge")
        except asyncio.CancelledError:
            st.judge = "cancelled"
            raise
        except Exception as exc:  # noqa: BLE001 - run_judge maps LLM errors; anything else is a bug, logged
            logs.event(log, "judge_failed", logging.ERROR, chunk=st.chunk.index, error_class=type(exc).__name__)
            verdict = None
        finally:
            self.gate.release("chunk_judge")
            self.judge_last = self.clock()
        st.verdict, st.judge = verdict, ("ok" if verdict is not None else "failed")

    async def finish_judges(self) -> None:
        """Wait for running judges until ``judge_stop``, then cancel what is left."""
        pending = [t for t in self.judge_tasks if not t.done()]
        if pending:
            await asyncio.wait(pending, timeout=max(0.0, self.judge_stop - self.clock()))
        await cancel_all(self.judge_tasks)
        for st in self.states:
            if st.judge == "waiting":
                st.judge = "skipped"

    def no_partials_error(self) -> Exception:
        """No usable partial: every started map failed → 502, the clock stopped them → 504."""
        if any(st.map == "failed" for st in self.states):
            return AnalysisUnavailableError(MAPPING_FAILED)
        return AnalysisTimeoutError.deadline(self.settings.bulk_request_deadline_seconds)

    @asynccontextmanager
    async def reduce_slot(self) -> AsyncIterator[None]:
        """A slot for one reduce call, waited for until the deadline (then 504)."""
        try:
            await self.gate.acquire("reduce", until=self.deadline)
        except TimeoutError:
            raise AnalysisTimeoutError.deadline(self.settings.bulk_request_deadline_seconds) from None
        try:
            yield
        finally:
            self.gate.release("reduce")

    async def close(self) -> None:
        await cancel_all(self.tasks + self.judge_tasks)

    def log_fields(self) -> dict[str, int]:
        maps = [st.map for st in self.states]
        judges = [st.judge for st in self.states]
        judge_s = (self.judge_last - self.judge_first) if self.judge_first and self.judge_last else 0.0
        return dict(
            chunks=len(self.states),
            maps_ok=maps.count("ok"), maps_failed=maps.count("failed"), maps_timed_out=maps.count("timed_out"),
            maps_not_started=maps.count("not_started") + maps.count("pending"),
            judged=judges.count("ok"), judges_failed=judges.count("failed"),
            judges_cancelled=judges.count("cancelled"), judges_skipped=judges.count("skipped"),
            peak_slots=self.gate.peak, judge_ms=int(judge_s * 1000),
        )


async def cancel_all(tasks: Sequence[asyncio.Task]) -> None:
    pending = [t for t in tasks if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.gather(*pending, return_exceptions=True)
