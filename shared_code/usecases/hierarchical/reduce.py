"""Hierarchical analysis, step 9 (docs/pipeline.md § analyze-bulk hierarchical): the reduce, as a tree when partials do not fit.

:class:`Reduce` is the step (messages, rooms, calls); level planning is pure (:func:`pack_in_order`, :func:`plan_level`); :class:`TreeReducer` runs the levels:
everything fits the final call → one ``reduce`` call with ``<coding_trends>``; otherwise the partials
are packed in order into groups that fit, every group is reduced concurrently (outputs capped), and
the results form the next level.

Shrinking: intermediate outputs are capped at ``min(ANALYZE_MAP_MAX_OUTPUT_TOKENS, room // 2)``, so
any two of them fit one call and every later level at least halves. A level that would not shrink
(no two neighbouring partials fit together, so packing yields single partials only) is split in
halves the other way round: each partial is condensed alone to at most half the room, and the next
level pairs them. A partial larger than the room on its own is cut to fit (by characters,
proportionally) rather than failing the request.
"""

from __future__ import annotations

import asyncio
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import Awaitable, Callable, Sequence

from shared_code.domain import prompts
from shared_code.domain.envelopes import instruction_xml, tagged
from shared_code.domain.pseudonyms import PlaceholderRegistry, escape_preserving_placeholders
from shared_code.errors import AnalysisUnavailableError
from shared_code.ports import ChatMessage, LLMClient
from shared_code.settings import Settings
from shared_code.usecases.hierarchical.planning import SAFETY, text_costs

MAX_LEVELS = 32  # a safety stop; real runs need log2(partials) levels at most
EMPTY_ANALYSIS = "The language model returned an empty analysis"


@dataclass(frozen=True, slots=True)
class ReduceRooms:
    """Tokens left for partials in one reduce call (budget minus system, instruction, tags)."""

    final: int  # the final call, <coding_trends> included
    intermediate: int  # an intermediate call (no trends)
    output_cap: int  # ANALYZE_MAP_MAX_OUTPUT_TOKENS

    @property
    def intermediate_cap(self) -> int:
        return max(1, min(self.output_cap, self.intermediate // 2))


def partial_xml(text: str) -> str:
    return tagged("partial_analysis", text)


def reduce_user_message(prompt: str, partials: Sequence[str], trends_csv: str = "") -> str:
    """``<analyst_instruction>``, ``<partial_analyses>`` and, when given, ``<coding_trends>``.
    ``partials`` are already escaped (placeholders preserved)."""
    body = "\n".join(partial_xml(p) for p in partials)
    parts = [instruction_xml(prompt), tagged("partial_analyses", body)]
    if trends_csv:
        parts.append(tagged("coding_trends", trends_csv))
    return "\n\n".join(parts)


def pack_in_order(sizes: Sequence[int], room: int) -> list[list[int]]:
    """Consecutive indices packed greedily into groups whose sizes sum within ``room`` (a single item
    over the room forms its own group)."""
    groups: list[list[int]] = []
    current: list[int] = []
    used = 0
    for index, size in enumerate(sizes):
        if current and used + size > room:
            groups.append(current)
            current, used = [], 0
        current.append(index)
        used += size
    if current:
        groups.append(current)
    return groups


def plan_level(sizes: Sequence[int], room: int) -> tuple[list[list[int]], bool]:
    """Groups for one intermediate level, and whether the level shrinks in the number of partials.
    When it does not (every group holds one partial), each is condensed alone to half the room."""
    groups = pack_in_order(sizes, room)
    return groups, len(groups) < len(sizes)


def cut_to_fit(text: str, size: int, room: int) -> str:
    """``text`` shortened by characters so that its estimated size fits ``room``."""
    if size <= room or size <= 0:
        return text
    keep = max(1, int(len(text) * room / size * 0.9))
    return text[:keep]


ReduceCall = Callable[[list[str], bool, int | None], Awaitable[str]]
Counter = Callable[[list[str]], Awaitable[list[int]]]


@dataclass
class TreeReducer:
    """Runs the reduce levels. ``call(partials, final, max_output_tokens)`` performs one reduce call
    on escaped partials and returns the escaped output; ``count(texts)`` gives each partial's cost
    inside ``<partial_analysis>`` tags."""

    rooms: ReduceRooms
    call: ReduceCall
    count: Counter
    levels: int = 0
    calls: int = 0
    level_sizes: list[int] = field(default_factory=list)

    async def run(self, partials: list[str]) -> str:
        """The final synthesis (the raw output of the last call)."""
        items = list(partials)
        sizes = await self.count(items)
        while True:
            self.level_sizes.append(len(items))
            if sum(sizes) <= self.rooms.final or len(items) == 1 or self.levels >= MAX_LEVELS:
                if len(items) == 1:
                    items = [cut_to_fit(items[0], sizes[0], self.rooms.final)]
                self.calls += 1
                return await self.call(items, True, None)
            items = await self._level(items, sizes)
            sizes = await self.count(items)

    async def _level(self, items: list[str], sizes: list[int]) -> list[str]:
        room = self.rooms.intermediate
        groups, _ = plan_level(sizes, room)  # not shrinking: each is condensed to ≤ room / 2 below
        self.levels += 1
        self.calls += len(groups)
        cap = self.rooms.intermediate_cap
        jobs = [[cut_to_fit(items[i], sizes[i], room) for i in group] for group in groups]
        return await gather_or_cancel([self.call(job, False, cap) for job in jobs])


async def gather_or_cancel(coros: Sequence[Awaitable[str]]) -> list[str]:
    """Run concurrently; on the first failure cancel the others and raise that failure."""
    tasks = [asyncio.ensure_future(c) for c in coros]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


class Reduce:
    """The reduce step of one request: partials in, the final synthesis (escaped, placeholders kept)
    out. ``slot()`` is the request's reduce slot (waited for until the deadline)."""

    def __init__(self, llm: LLMClient, settings: Settings, registry: PlaceholderRegistry, prompt: str,
                 slot: Callable[[], AbstractAsyncContextManager[None]]) -> None:
        self.llm, self.settings, self.registry, self.prompt, self.slot = llm, settings, registry, prompt, slot
        self.calls = self.levels = 0

    async def run(self, partials: list[str], grid: str, language: str | None) -> str:
        rooms = await asyncio.to_thread(self._rooms, grid, language)

        async def call(items: list[str], final: bool, cap: int | None) -> str:
            return await self._call(items, final, cap, grid, language)

        async def count(texts: list[str]) -> list[int]:
            return await asyncio.to_thread(text_costs, self.llm, [partial_xml(t) + "\n" for t in texts])

        reducer = TreeReducer(rooms, call, count)
        try:
            return await reducer.run([escape_preserving_placeholders(p, self.registry) for p in partials])
        finally:
            self.calls, self.levels = reducer.calls, reducer.levels

    def _rooms(self, grid: str, language: str | None) -> ReduceRooms:
        limit = self.settings.llm_max_total_tokens
        final = self.llm.count_tokens(self._messages([], True, grid, language))
        intermediate = self.llm.count_tokens(self._messages([], False, grid, language))
        return ReduceRooms(final=int((limit - final) * SAFETY), intermediate=int((limit - intermediate) * SAFETY),
                           output_cap=self.settings.analyze_map_max_output_tokens)

    def _messages(self, items: list[str], final: bool, grid: str, language: str | None) -> list[ChatMessage]:
        system = prompts.reduce_system(language) if final else prompts.intermediate_reduce_system()
        user = reduce_user_message(self.prompt, items, grid if final else "")
        return [ChatMessage("system", system), ChatMessage("user", user)]

    async def _call(self, items: list[str], final: bool, cap: int | None, grid: str, language: str | None) -> str:
        messages = self._messages(items, final, grid, language)
        async with self.slot():
            text = await self.llm.complete_text(messages, call_kind="reduce", max_output_tokens=cap)
        if not text or not text.strip():
            raise AnalysisUnavailableError(EMPTY_ANALYSIS)
        return text if final else escape_preserving_placeholders(text, self.registry)
