"""Hierarchical analysis, steps 2–4 (docs/pipeline.md § analyze-bulk hierarchical): group records by theme, order
groups by date, cut them into chunks (:func:`plan`).

Pure functions, token-counting helpers meant for a worker thread, and :func:`plan`, which runs them
(CPU work off the event loop). Token costs are counted once
per record on its rendered envelope (``record_xml`` + the joining newline), so ids, metadata and tags
are included; a chunk costs the ``<feedback_records>`` wrapper plus the sum of its records.
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Sequence

from shared_code import logs
from shared_code.domain import prompts
from shared_code.domain.envelopes import EnvelopeRecord, analyze_user_message, record_xml, records_xml
from shared_code.errors import PayloadTooLargeError
from shared_code.ports import ChatMessage, Grouper, LLMClient
from shared_code.settings import Settings
from shared_code.usecases.preparation import PreparedBatch

log = logging.getLogger("qfa.hierarchical")
OFF_LOOP_RECORDS = 500  # order and cut larger inputs in a worker thread

# Counting records one by one and summing is within 0.3 % of counting the joined text with the
# provider tokenizer on the corpus; keep a small margin so a rendered chunk never exceeds its budget.
SAFETY = 0.97

_CREATED = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?)?")


@dataclass(frozen=True, slots=True)
class Chunk:
    index: int  # position in chunk order (= partial order in the reduce)
    members: tuple[int, ...]  # positions in the prepared record list
    tokens: int  # estimated tokens of the chunk's <feedback_records> envelope

    @property
    def size(self) -> int:
        return len(self.members)


# ordering -------------------------------------------------------------------------------------
def created_key(created: str | None) -> tuple[int, ...] | None:
    """Sort key of a ``created`` value: ``YYYY-MM`` then optional day and time; None when unparseable."""
    match = _CREATED.match((created or "").strip())
    if not match:
        return None
    return tuple(int(part) if part else 0 for part in match.groups())


def order_by_created(members: Sequence[int], created: Sequence[str | None]) -> list[int]:
    """``members`` with parseable dates ascending first, then the undated; stable otherwise."""
    keyed = [(created_key(created[m]), position, m) for position, m in enumerate(members)]
    dated = sorted((k, p, m) for k, p, m in keyed if k is not None)
    undated = [m for k, _, m in keyed if k is None]
    return [m for _, _, m in dated] + undated


# token costs ----------------------------------------------------------------------------------
def message_overhead(llm: LLMClient) -> int:
    """Tokens a one-message list costs beyond its content (role, framing)."""
    return llm.count_tokens([ChatMessage("user", "")])


def text_costs(llm: LLMClient, texts: Sequence[str]) -> list[int]:
    """Tokens of each text on its own (blocking: run it in a worker thread for many texts)."""
    overhead = message_overhead(llm)
    return [max(1, llm.count_tokens([ChatMessage("user", t)]) - overhead) for t in texts]


def record_costs(llm: LLMClient, records: Sequence[EnvelopeRecord]) -> list[int]:
    """Envelope tokens of each record (id, text, metadata, tags, joining newline)."""
    return text_costs(llm, [record_xml(r) + "\n" for r in records])


# chunking -------------------------------------------------------------------------------------
def split_contiguous(costs: Sequence[int], budget: int) -> list[tuple[int, int]]:
    """Cut ``costs`` into the fewest contiguous ``[start, end)`` parts of near-equal total, each within
    ``budget`` (every single cost must be within it), by proportional cuts with one more part until
    every part fits."""
    n = len(costs)
    if n == 0:
        return []
    if any(c > budget for c in costs):
        raise ValueError("a single cost exceeds the budget; cut oversized items out first")
    prefix = [0]
    for c in costs:
        prefix.append(prefix[-1] + c)
    parts = min(n, max(1, math.ceil(prefix[-1] / budget)))
    while True:
        bounds = _proportional_bounds(prefix, parts)
        if all(prefix[b] - prefix[a] <= budget for a, b in bounds):
            return bounds
        parts += 1


def _proportional_bounds(prefix: Sequence[int], parts: int) -> list[tuple[int, int]]:
    n, total = len(prefix) - 1, prefix[-1]
    cuts = [0]
    for j in range(1, parts):
        target = total * j / parts
        low, high = cuts[-1] + 1, n - (parts - j)  # keep every part non-empty
        pos = min(max(bisect_left(prefix, target), low), high)
        if pos > low and target - prefix[pos - 1] < prefix[pos] - target:
            pos -= 1  # the boundary just before the target is closer
        cuts.append(pos)
    cuts.append(n)
    return list(zip(cuts, cuts[1:]))


def split_group(members: Sequence[int], costs: Sequence[int], budget: int) -> list[list[int]]:
    """Contiguous parts of one ordered group; a record over ``budget`` alone gets its own part."""
    parts: list[list[int]] = []
    run: list[int] = []

    def flush() -> None:
        for a, b in split_contiguous([costs[m] for m in run], budget):
            parts.append(run[a:b])
        run.clear()

    for m in members:
        if costs[m] > budget:
            flush()
            parts.append([m])
        else:
            run.append(m)
    flush()
    return parts


def plan_chunks(groups: Sequence[Sequence[int]], costs: Sequence[int], budget: int, *, wrapper: int = 0) -> list[Chunk]:
    """Chunks of every (already ordered) group, in group order. ``budget`` is for the records of a
    chunk; ``wrapper`` is the fixed cost of the envelope tags, added to each chunk's ``tokens``.
    Every record lands in exactly one chunk (asserted)."""
    if budget < 1:
        raise ValueError("the chunk budget must be positive")
    chunks: list[Chunk] = []
    for members in groups:
        for part in split_group(members, costs, budget):
            chunks.append(Chunk(len(chunks), tuple(part), wrapper + sum(costs[m] for m in part)))
    placed = sorted(m for c in chunks for m in c.members)
    assert placed == sorted(m for g in groups for m in g) == list(range(len(costs))), \
        "every record must land in exactly one chunk"
    return chunks


def records_budget(target_tokens: int, max_total_tokens: int, fixed_map_tokens: int, wrapper_tokens: int) -> int:
    """Room for the records of one chunk: the chunk envelope within ``ANALYZE_TARGET_CHUNK_TOKENS`` and
    the whole map call (system + instruction + envelope, ``fixed_map_tokens`` with no record) within
    ``LLM_MAX_TOTAL_TOKENS``, less the safety margin. Zero or less: not even one token fits."""
    room = min(target_tokens - wrapper_tokens, max_total_tokens - fixed_map_tokens)
    return int(room * SAFETY) if room > 0 else room


# the planning step ----------------------------------------------------------------------------
def map_messages(user: str) -> list[ChatMessage]:
    """The messages of one map call over ``user`` (the chunk's analyze message)."""
    return [ChatMessage("system", prompts.map_system()), ChatMessage("user", user)]


@dataclass(frozen=True, slots=True)
class Plan:
    chunks: list[Chunk]
    groups: int  # theme groups found


async def plan(llm: LLMClient, grouper: Grouper, settings: Settings, batch: PreparedBatch, prompt: str) -> Plan:
    """Measure every record, group by theme (when there is more than one chunk's worth), order each
    group by ``created`` and cut it into chunks. 413 when not even one record fits a map call."""
    s = settings
    empty_map = map_messages(analyze_user_message(prompt, []))

    def measure() -> tuple[list[int], int, int]:
        costs = record_costs(llm, batch.records)
        return costs, llm.count_tokens(empty_map), text_costs(llm, [records_xml([])])[0]

    costs, fixed, wrapper = await asyncio.to_thread(measure)
    budget = records_budget(s.analyze_target_chunk_tokens, s.llm_max_total_tokens, fixed, wrapper)
    if budget < 1:
        raise PayloadTooLargeError.tokens(fixed, s.llm_max_total_tokens)
    groups = await _group(grouper, settings, batch, costs, budget)
    created = [r.metadata.created for r in batch.originals]

    def cut() -> list[Chunk]:
        return plan_chunks([order_by_created(g, created) for g in groups], costs, budget, wrapper=wrapper)

    chunks = await asyncio.to_thread(cut) if len(costs) > OFF_LOOP_RECORDS else cut()
    return Plan(chunks, len(groups))


async def _group(grouper: Grouper, settings: Settings, batch: PreparedBatch, costs: list[int],
                 budget: int) -> list[list[int]]:
    n = len(batch.records)
    if n < max(1, settings.analyze_min_cluster_size) or sum(costs) <= budget:
        return [list(range(n))]
    texts = [r.text for r in batch.records]
    try:
        groups = await asyncio.to_thread(grouper, texts, costs)
    except Exception as exc:  # noqa: BLE001 - grouping only improves chunk coherence
        logs.event(log, "grouping_failed", logging.WARNING, error_class=type(exc).__name__)
        return [list(range(n))]
    if sorted(i for g in groups for i in g) != list(range(n)):
        raise AssertionError("the grouper must place every record in exactly one group")
    return [list(g) for g in groups if g]
