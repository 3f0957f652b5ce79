"""The per-request slot gate and the docs/pipeline.md § analyze-bulk hierarchical confidence / explanation sentences."""

from __future__ import annotations

import asyncio
import time

import pytest

from shared_code.usecases.hierarchical.scheduling import RequestGate
from shared_code.usecases.hierarchical.report import JudgedChunk, confidence, explanation


async def test_gate_serves_reduce_then_map_then_judge_fifo_within_a_kind():
    gate = RequestGate(1)
    await gate.acquire("map")
    order: list[str] = []

    async def take(kind, name):
        await gate.acquire(kind)
        order.append(name)
        gate.release(kind)

    tasks = [asyncio.create_task(take(k, n)) for k, n in
             [("chunk_judge", "j1"), ("map", "m1"), ("chunk_judge", "j2"), ("reduce", "r"), ("map", "m2")]]
    await asyncio.sleep(0)
    gate.release("map")
    await asyncio.gather(*tasks)
    assert order == ["r", "m1", "m2", "j1", "j2"] and gate.in_use == 0 and gate.peak == 1


async def test_gate_wait_ends_at_the_given_time_without_leaking_a_slot():
    now = 1000.0  # the injected clock: ``until`` is read against it, not against time.monotonic()
    gate = RequestGate(1, clock=lambda: now)
    await gate.acquire("map")
    loop = asyncio.get_running_loop()
    start = loop.time()
    with pytest.raises(TimeoutError):
        await gate.acquire("map", until=now + 0.05)
    assert loop.time() - start >= 0.04  # waited the 0.05 s the injected clock left
    with pytest.raises(TimeoutError):
        await gate.acquire("map", until=now - 1)  # already past: no wait
    gate.release("map")
    await gate.acquire("map", until=now + 0.05)  # the slot is free again
    gate.release("map")
    assert gate.in_use == 0


async def test_cancelled_waiter_does_not_keep_the_slot():
    gate = RequestGate(1)
    await gate.acquire("map")
    waiter = asyncio.create_task(gate.acquire("map"))
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.gather(waiter, return_exceptions=True)
    gate.release("map")
    assert gate.in_use == 0
    async with gate.slot("reduce"):
        assert gate.in_use == 1


async def test_judges_never_hold_the_last_slot():
    gate = RequestGate(3)
    for _ in range(2):
        await gate.acquire("chunk_judge")
    third = asyncio.create_task(gate.acquire("chunk_judge"))
    await asyncio.sleep(0.01)
    assert not third.done() and gate.in_use == 2
    await gate.acquire("reduce", until=time.monotonic() + 0.01)  # free at once despite the waiting judge
    gate.release("chunk_judge")
    await asyncio.wait_for(third, 1)
    assert gate.in_use == 3 and gate.optional_in_use == 2
    single = RequestGate(1)
    await single.acquire("chunk_judge")  # with one slot, judges may use it
    single.release("chunk_judge")


def test_confidence_is_record_weighted_and_null_without_judged_chunks():
    judged = [JudgedChunk(0.9, 1.0, 30), JudgedChunk(0.5, 0.4, 10)]
    assert confidence(judged) == round((0.9 * 30 + 0.5 * 10) / 40, 4) == 0.8
    assert confidence([]) is None


def test_explanation_sentences_exactly():
    judged = [JudgedChunk(0.9, 0.95, 30), JudgedChunk(0.5, 0.4, 10)]
    assert explanation(2, judged, 0, 0) == (
        "Leaf-judged confidence is a coverage-weighted mean over 2 of 2 chunk(s); "
        "the lowest single-chunk faithfulness was 0.40.")
    assert explanation(5, judged, 2, 17) == (
        "Leaf-judged confidence is a coverage-weighted mean over 2 of 5 chunk(s) (3 chunk(s) excluded: judge "
        "failed, timed out or skipped); the lowest single-chunk faithfulness was 0.40. "
        "2 of 5 chunk(s) (17 record(s)) could not be analysed.")
    assert explanation(4, [], 0, 0) == (
        "Confidence unavailable: none of the 4 chunk(s) could be leaf-judged (all judge calls failed, timed out "
        "or were skipped).")
    assert explanation(4, [], 1, 3, anonymization_failed=2).endswith(
        "were skipped). 1 of 4 chunk(s) (3 record(s)) could not be analysed. "
        "2 record(s) were left out because anonymisation failed.")
