"""analyze-bulk, hierarchical (docs/pipeline.md § analyze-bulk hierarchical): anonymise → group → chunk → map (+ chunk judges as
soon as each map succeeds) → tree reduce → wait for judges → restore.

One :class:`_Run` per request holds everything request-scoped (registry, slot gate, deadline, chunk
states, tasks); nothing lives on the engine but its collaborators. CPU work (token counting,
grouping) runs in worker threads. Deadline milestones, all absolute ``time.monotonic()`` values:

- ``map_stop``  = deadline − ``ANALYZE_REDUCE_RESERVE_SECONDS``: no map starts later;
- ``map_give_up`` = deadline − reserve / 2: maps still running are cancelled (counted unanalysed);
- ``judge_stop`` = deadline − 3 s: judges still running are cancelled, waiting ones skipped.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Callable, Protocol, Sequence

from shared_code import logs
from shared_code.domain import prompts
from shared_code.domain.envelopes import analyze_user_message, records_xml
from shared_code.domain.llm_outputs import JudgeVerdict
from shared_code.domain.models import FeedbackRecord
from shared_code.domain.pseudonyms import KEEP_PERSON, PlaceholderRegistry, escape_preserving_placeholders, restore
from shared_code.domain.text import normalise
from shared_code.domain.trends import trends_csv
from shared_code.errors import (
    AnalysisTimeoutError, AnalysisUnavailableError, AnonymizationError, LLMCancelledError, LLMError,
    LLMTimeoutError, PayloadTooLargeError,
)
from shared_code.ports import Anonymizer, ChatMessage, LLMClient
from shared_code.settings import Settings
from shared_code.usecases.analyze import AnalysisOutcome
from shared_code.usecases.hierarchical_chunking import (
    SAFETY, Chunk, order_by_created, plan_chunks, record_costs, records_budget, text_costs,
)
from shared_code.usecases.hierarchical_gate import RequestGate
from shared_code.usecases.hierarchical_reduce import ReduceRooms, TreeReducer, partial_xml, reduce_user_message
from shared_code.usecases.hierarchical_report import JudgedChunk, confidence, explanation
from shared_code.usecases.judging import run_judge
from shared_code.usecases.preparation import PreparedBatch, prepare

log = logging.getLogger("qfa.hierarchical")

JUDGE_STOP_MARGIN_SECONDS = 3.0
OFF_LOOP_RECORDS = 500  # order and cut larger inputs in a worker thread
EMPTY_ANALYSIS = "The language model returned an empty analysis"
MAPPING_FAILED = "Mapping failed for all chunks"
_TIME_ERRORS = (LLMTimeoutError, LLMCancelledError)


class Grouper(Protocol):
    """Groups texts by theme: every index in exactly one group (blocking; run off the loop)."""

    def __call__(self, texts: Sequence[str], weights: Sequence[int]) -> list[list[int]]: ...


@dataclass
class _ChunkState:
    chunk: Chunk
    source: str = ""  # the map's user message, also the judge's source
    map: str = "pending"  # pending → running → ok | failed | timed_out; or not_started
    partial: str | None = None
    judge: str = "none"  # none → waiting → running → ok | failed | cancelled; or skipped
    verdict: JudgeVerdict | None = None


class HierarchicalEngine:
    """The callable ``AnalyzeBulk`` uses for ``mode: hierarchical``."""

    def __init__(self, llm: LLMClient, anonymizer: Anonymizer, settings: Settings, grouper: Grouper, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.llm, self.anonymizer, self.settings, self.grouper = llm, anonymizer, settings, grouper
        self.clock = clock

    async def __call__(self, records: list[FeedbackRecord], prompt: str, language: str | None,
                       trends: dict | None) -> AnalysisOutcome:
        run = _Run(self, self.llm.deadline())
        try:
            return await run.execute(records, prompt, language, trends)
        except BaseException as exc:
            run.error = exc
            raise
        finally:
            await run.close()
            run.log_done()


class _Run:
    """One hierarchical request."""

    def __init__(self, engine: HierarchicalEngine, deadline: float) -> None:
        s = engine.settings
        self.llm, self.anonymizer, self.settings, self.grouper = engine.llm, engine.anonymizer, s, engine.grouper
        self.clock = engine.clock
        self.started = self.clock()
        self.deadline = deadline
        self.map_stop = deadline - s.analyze_reduce_reserve_seconds
        self.map_give_up = deadline - s.analyze_reduce_reserve_seconds / 2
        self.judge_stop = deadline - JUDGE_STOP_MARGIN_SECONDS
        self.registry = PlaceholderRegistry()
        self.gate = RequestGate(s.analyze_max_concurrent_chunks, clock=self.clock)
        self.states: list[_ChunkState] = []
        self.tasks: list[asyncio.Task] = []
        self.judge_tasks: list[asyncio.Task] = []
        self.timings: dict[str, float] = {}
        self.judge_first: float | None = None  # first judge start
        self.judge_last: float | None = None  # last judge end
        self.counts = {"records": 0, "anonymization_failed": 0, "groups": 0, "reduce_calls": 0, "reduce_levels": 0}
        self.prompt = ""
        self.error: BaseException | None = None

    # the steps ----------------------------------------------------------------------------------
    async def execute(self, records, prompt: str, language: str | None, trends: dict | None) -> AnalysisOutcome:
        self.counts["records"] = len(records)
        with self._phase("anonymise"):
            batch = await prepare(self.anonymizer, records, self.registry, prompt=prompt, with_metadata=True)
            if not batch.records:
                raise AnonymizationError()
            self.counts["anonymization_failed"] = batch.failed
            self.prompt = batch.prompt or ""
            grid = await self._trends_csv(trends)
        with self._phase("group"):
            chunks = await self._plan(batch)
        self.states = [_ChunkState(c) for c in chunks]
        with self._phase("map"):
            await self._map_phase(batch)
        done = [st for st in self.states if st.map == "ok"]
        if not done:
            raise self._no_partials_error()
        with self._phase("reduce"):
            final = await self._reduce([st.partial or "" for st in done], grid, language)
        await self._finish_judges()
        return self._outcome(final, batch)

    async def _trends_csv(self, trends: dict | None) -> str:
        """The coding-trends grid for the final reduce, its labels through the pattern recognisers
        (as metadata values are) with the request's registry; a label that fails is left out."""
        if not trends or not trends.get("cells"):
            return ""
        labels = sorted({cell["code"] for cell in trends["cells"]})
        cleaned = [" ".join(normalise(label).split()) for label in labels]
        result = await self.anonymizer.anonymize_batch(cleaned, self.registry, use_ner=False)
        mapping = {label: text for label, text in zip(labels, result.texts) if text}
        merged: dict[tuple[str, str], int] = {}
        for cell in trends["cells"]:
            if cell["code"] in mapping:
                key = (mapping[cell["code"]], cell["period"])
                merged[key] = merged.get(key, 0) + cell["count"]
        cells = [{"code": c, "period": p, "count": n} for (c, p), n in sorted(merged.items())]
        return trends_csv({"periods": trends["periods"], "cells": cells}) if cells else ""

    async def _plan(self, batch: PreparedBatch) -> list[Chunk]:
        s = self.settings
        empty_map = self._map_messages(analyze_user_message(self.prompt, []))

        def measure() -> tuple[list[int], int, int]:
            costs = record_costs(self.llm, batch.records)
            return costs, self.llm.count_tokens(empty_map), text_costs(self.llm, [records_xml([])])[0]

        costs, fixed, wrapper = await asyncio.to_thread(measure)
        budget = records_budget(s.analyze_target_chunk_tokens, s.llm_max_total_tokens, fixed, wrapper)
        if budget < 1:
            raise PayloadTooLargeError.tokens(fixed, s.llm_max_total_tokens)
        groups = await self._group(batch, costs, budget)
        self.counts["groups"] = len(groups)
        created = [r.metadata.created for r in batch.originals]

        def cut() -> list[Chunk]:
            return plan_chunks([order_by_created(g, created) for g in groups], costs, budget, wrapper=wrapper)

        return await asyncio.to_thread(cut) if len(costs) > OFF_LOOP_RECORDS else cut()

    async def _group(self, batch: PreparedBatch, costs: list[int], budget: int) -> list[list[int]]:
        n = len(batch.records)
        if n < max(1, self.settings.analyze_min_cluster_size) or sum(costs) <= budget:
            return [list(range(n))]
        texts = [r.text for r in batch.records]
        try:
            groups = await asyncio.to_thread(self.grouper, texts, costs)
        except Exception as exc:  # noqa: BLE001 - grouping only improves chunk coherence
            logs.event(log, "grouping_failed", logging.WARNING, error_class=type(exc).__name__)
            return [list(range(n))]
        if sorted(i for g in groups for i in g) != list(range(n)):
            raise AssertionError("the grouper must place every record in exactly one group")
        return [list(g) for g in groups if g]

    # map and chunk judges -----------------------------------------------------------------------
    @staticmethod
    def _map_messages(user: str) -> list[ChatMessage]:
        return [ChatMessage("system", prompts.map_system()), ChatMessage("user", user)]

    async def _map_phase(self, batch: PreparedBatch) -> None:
        for st in self.states:
            st.source = analyze_user_message(self.prompt, [batch.records[m] for m in st.chunk.members])
        maps = [asyncio.create_task(self._map(st)) for st in self.states]
        self.tasks.extend(maps)
        _, pending = await asyncio.wait(maps, timeout=max(0.0, self.map_give_up - self.clock()))
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        for st in self.states:
            if st.map == "pending":
                st.map = "not_started"

    async def _map(self, st: _ChunkState) -> None:
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
            text = await self.llm.complete_text(self._map_messages(st.source), call_kind="map",
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

    async def _judge(self, st: _ChunkState) -> None:
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

    async def _finish_judges(self) -> None:
        """Wait for running judges until ``judge_stop``, then cancel what is left."""
        pending = [t for t in self.judge_tasks if not t.done()]
        if pending:
            await asyncio.wait(pending, timeout=max(0.0, self.judge_stop - self.clock()))
        await _cancel_all(self.judge_tasks)
        for st in self.states:
            if st.judge == "waiting":
                st.judge = "skipped"

    def _no_partials_error(self) -> Exception:
        """No usable partial: every started map failed → 502, the clock stopped them → 504."""
        if any(st.map == "failed" for st in self.states):
            return AnalysisUnavailableError(MAPPING_FAILED)
        return AnalysisTimeoutError.deadline(self.settings.bulk_request_deadline_seconds)

    # reduce ---------------------------------------------------------------------------------------
    async def _reduce(self, partials: list[str], grid: str, language: str | None) -> str:
        rooms = await asyncio.to_thread(self._rooms, grid, language)

        async def call(items: list[str], final: bool, cap: int | None) -> str:
            return await self._reduce_call(items, final, cap, grid, language)

        async def count(texts: list[str]) -> list[int]:
            return await asyncio.to_thread(text_costs, self.llm, [partial_xml(t) + "\n" for t in texts])

        reducer = TreeReducer(rooms, call, count)
        try:
            return await reducer.run([escape_preserving_placeholders(p, self.registry) for p in partials])
        finally:
            self.counts["reduce_calls"], self.counts["reduce_levels"] = reducer.calls, reducer.levels

    def _rooms(self, grid: str, language: str | None) -> ReduceRooms:
        limit = self.settings.llm_max_total_tokens
        final = self.llm.count_tokens(self._reduce_messages([], True, grid, language))
        intermediate = self.llm.count_tokens(self._reduce_messages([], False, grid, language))
        return ReduceRooms(final=int((limit - final) * SAFETY), intermediate=int((limit - intermediate) * SAFETY),
                           output_cap=self.settings.analyze_map_max_output_tokens)

    def _reduce_messages(self, items: list[str], final: bool, grid: str, language: str | None) -> list[ChatMessage]:
        system = prompts.reduce_system(language) if final else prompts.intermediate_reduce_system()
        user = reduce_user_message(self.prompt, items, grid if final else "")
        return [ChatMessage("system", system), ChatMessage("user", user)]

    async def _reduce_call(self, items: list[str], final: bool, cap: int | None, grid: str,
                           language: str | None) -> str:
        messages = self._reduce_messages(items, final, grid, language)
        try:
            await self.gate.acquire("reduce", until=self.deadline)
        except TimeoutError:
            raise AnalysisTimeoutError.deadline(self.settings.bulk_request_deadline_seconds) from None
        try:
            text = await self.llm.complete_text(messages, call_kind="reduce", max_output_tokens=cap)
        finally:
            self.gate.release("reduce")
        if not text or not text.strip():
            raise AnalysisUnavailableError(EMPTY_ANALYSIS)
        return text if final else escape_preserving_placeholders(text, self.registry)

    # result, logging, cleanup -------------------------------------------------------------------
    def _outcome(self, final: str, batch: PreparedBatch) -> AnalysisOutcome:
        judged = [JudgedChunk(st.verdict.quality_score(), st.verdict.faithfulness, st.chunk.size)
                  for st in self.states if st.verdict is not None]
        unanalysed = [st for st in self.states if st.map != "ok"]
        text = explanation(len(self.states), judged, len(unanalysed), sum(st.chunk.size for st in unanalysed),
                           batch.failed)
        return AnalysisOutcome(text=restore(final, self.registry, keep_types=KEEP_PERSON).strip(),
                               quality_score=None, uncertainty_explanation=text, confidence=confidence(judged))

    def _phase(self, name: str) -> "_Phase":
        return _Phase(self, name)

    async def close(self) -> None:
        await _cancel_all(self.tasks + self.judge_tasks)

    def log_done(self) -> None:
        maps = [st.map for st in self.states]
        judges = [st.judge for st in self.states]
        judge_s = (self.judge_last - self.judge_first) if self.judge_first and self.judge_last else 0.0
        logs.event(
            log, "hierarchical_done",
            status="ok" if self.error is None else "error",
            error_class=None if self.error is None else type(self.error).__name__,
            **self.counts, chunks=len(self.states),
            maps_ok=maps.count("ok"), maps_failed=maps.count("failed"), maps_timed_out=maps.count("timed_out"),
            maps_not_started=maps.count("not_started") + maps.count("pending"),
            judged=judges.count("ok"), judges_failed=judges.count("failed"),
            judges_cancelled=judges.count("cancelled"), judges_skipped=judges.count("skipped"),
            peak_slots=self.gate.peak,
            **{f"{k}_ms": int(v * 1000) for k, v in self.timings.items()},
            judge_ms=int(judge_s * 1000),
            total_ms=int((self.clock() - self.started) * 1000),
        )


class _Phase:
    def __init__(self, run: _Run, name: str) -> None:
        self.run, self.name = run, name

    def __enter__(self) -> None:
        self.start = self.run.clock()

    def __exit__(self, *exc: object) -> None:
        self.run.timings[self.name] = self.run.clock() - self.start


async def _cancel_all(tasks: Sequence[asyncio.Task]) -> None:
    pending = [t for t in tasks if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.gather(*pending, return_exceptions=True)
