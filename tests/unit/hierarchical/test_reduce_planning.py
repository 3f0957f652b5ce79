"""Tree-reduce planning and levels (docs/pipeline.md § analyze-bulk hierarchical step 9)."""

from __future__ import annotations

import asyncio
import math

import pytest

from shared_code.usecases.hierarchical.reduce import (
    ReduceRooms, TreeReducer, cut_to_fit, gather_or_cancel, pack_in_order, plan_level, reduce_user_message,
)


def test_pack_in_order_keeps_order_and_fits_the_room():
    assert pack_in_order([40, 40, 40, 10, 90, 5], 100) == [[0, 1], [2, 3], [4, 5]]
    assert pack_in_order([150, 20], 100) == [[0], [1]]  # an item over the room stands alone
    assert pack_in_order([], 100) == []


def test_plan_level_reports_a_level_that_would_not_shrink():
    groups, shrinks = plan_level([60, 60, 60], 100)
    assert groups == [[0], [1], [2]] and not shrinks
    groups, shrinks = plan_level([30, 30, 60], 100)
    assert groups == [[0, 1], [2]] and shrinks


def test_intermediate_cap_lets_any_two_outputs_share_a_call():
    assert ReduceRooms(final=5000, intermediate=1000, output_cap=1200).intermediate_cap == 500
    assert ReduceRooms(final=5000, intermediate=100_000, output_cap=1200).intermediate_cap == 1200


def test_reduce_message_layout():
    text = reduce_user_message("Q?", ["a &amp; <PERSON_0>", "b"], "code,2025-W01\nWASH,2")
    assert text == ("<analyst_instruction>\nQ?\n</analyst_instruction>\n\n<partial_analyses>\n"
                    "<partial_analysis>\na &amp; <PERSON_0>\n</partial_analysis>\n<partial_analysis>\nb\n"
                    "</partial_analysis>\n</partial_analyses>\n\n<coding_trends>\ncode,2025-W01\nWASH,2\n</coding_trends>")
    assert "<coding_trends>" not in reduce_user_message("Q?", ["a"])


def test_cut_to_fit_only_shortens_oversized_items():
    assert cut_to_fit("abc", 10, 100) == "abc"
    assert len(cut_to_fit("x" * 1000, 250, 100)) == 360


class FakeReduce:
    """Each call answers with a text of ``out`` characters; sizes are characters / 4."""

    def __init__(self, out: int = 40, latency: float = 0.0):
        self.out, self.latency = out, latency
        self.calls: list[tuple[int, bool, int | None]] = []
        self.active = self.peak = 0

    async def call(self, items, final, cap):
        self.calls.append((len(items), final, cap))
        self.active += 1
        self.peak = max(self.peak, self.active)
        await asyncio.sleep(self.latency)
        self.active -= 1
        size = self.out if cap is None else min(self.out, cap * 4)
        return "y" * size

    async def count(self, texts):
        return [math.ceil(len(t) / 4) for t in texts]


async def test_everything_fitting_is_one_final_call():
    fake = FakeReduce()
    reducer = TreeReducer(ReduceRooms(1000, 1000, 300), fake.call, fake.count)
    await reducer.run(["x" * 400] * 5)  # 5 × 100 tokens ≤ 1000
    assert fake.calls == [(5, True, None)] and reducer.levels == 0 and reducer.calls == 1


async def test_tree_reduce_levels_run_siblings_concurrently_and_shrink():
    fake = FakeReduce(out=2000, latency=0.05)  # outputs capped by the intermediate cap
    rooms = ReduceRooms(final=900, intermediate=1000, output_cap=1200)
    reducer = TreeReducer(rooms, fake.call, fake.count)
    await reducer.run(["x" * 1200] * 20)  # 20 × 300 tokens = 6000
    inter = [c for c in fake.calls if not c[1]]
    assert fake.calls[-1][1] and sum(1 for c in fake.calls if c[1]) == 1
    assert all(cap == 500 for _, _, cap in inter)  # min(1200, 1000 // 2)
    assert reducer.level_sizes[0] == 20 and all(b < a for a, b in zip(reducer.level_sizes, reducer.level_sizes[1:]))
    assert fake.peak >= 2  # siblings of a level at the same time
    assert reducer.calls == len(fake.calls) and reducer.levels == len(reducer.level_sizes) - 1


async def test_a_level_that_would_not_shrink_condenses_each_partial_then_pairs_them():
    fake = FakeReduce(out=4000)
    rooms = ReduceRooms(final=700, intermediate=700, output_cap=1200)
    reducer = TreeReducer(rooms, fake.call, fake.count)
    await reducer.run(["x" * 2400] * 4)  # 600 tokens each: no two fit 700 together
    assert reducer.level_sizes[:2] == [4, 4]  # first level: each alone, outputs ≤ 350 tokens
    assert reducer.level_sizes[2] == 2 and fake.calls[-1] == (2, True, None)


async def test_a_single_oversized_partial_is_cut_for_the_final_call():
    seen = []

    async def call(items, final, cap):
        seen.append(items)
        return "done"

    async def count(texts):
        return [len(t) // 4 for t in texts]

    await TreeReducer(ReduceRooms(100, 100, 50), call, count).run(["z" * 4000])
    assert len(seen) == 1 and len(seen[0][0]) <= 400


async def test_gather_or_cancel_cancels_siblings_on_failure():
    cancelled = []

    async def slow():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            cancelled.append(True)
            raise

    async def boom():
        await asyncio.sleep(0.01)
        raise RuntimeError("x")

    with pytest.raises(RuntimeError):
        await gather_or_cancel([slow(), boom(), slow()])
    assert cancelled == [True, True]
