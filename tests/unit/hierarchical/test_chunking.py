"""Ordering by ``created`` and token-budget chunking (docs/pipeline.md § analyze-bulk hierarchical steps 3–4)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared_code.domain.envelopes import EnvelopeRecord, records_xml
from shared_code.usecases.hierarchical.planning import (
    Chunk, created_key, order_by_created, plan_chunks, record_costs, records_budget, split_contiguous, split_group,
)
from tests.unit.hierarchical.fakes import ScriptedLLM


def test_created_keys_parse_crm_iso_and_month_only_values():
    assert created_key("2025-03-14 10:22:05") == (2025, 3, 14, 10, 22, 5)
    assert created_key(" 2025-03-14T10:22:05Z") == (2025, 3, 14, 10, 22, 5)
    assert created_key("2025-03") == (2025, 3, 0, 0, 0, 0)
    assert created_key("2025-03-14") == (2025, 3, 14, 0, 0, 0)
    for bad in ("", None, "14/03/2025", "March 2025", "2025"):
        assert created_key(bad) is None


def test_order_is_dated_ascending_then_undated_and_stable():
    created = ["2025-02-01", "", "2025-01-05T09:00:00Z", "later", "2025-01-05 08:00:00", "2025-02-01", "2025-01"]
    order = order_by_created(range(len(created)), created)
    assert order == [6, 4, 2, 0, 5, 1, 3]  # ISO and CRM styles compare by time, ties keep input order


def test_order_works_on_a_subset_of_positions():
    created = ["2025-03-01", "2025-01-01", "x", "2025-02-01"]
    assert order_by_created([3, 2, 0], created) == [3, 0, 2]


def test_split_contiguous_gives_near_equal_parts_within_budget():
    costs = [10] * 25  # 250 tokens, budget 100 → 3 parts of 80–90, not 100/100/50
    bounds = split_contiguous(costs, 100)
    sizes = [sum(costs[a:b]) for a, b in bounds]
    assert len(bounds) == 3 and max(sizes) - min(sizes) <= 10 and all(s <= 100 for s in sizes)
    assert bounds[0][0] == 0 and bounds[-1][1] == 25 and all(b == c for (_, b), (c, _) in zip(bounds, bounds[1:]))


def test_split_contiguous_adds_parts_until_everything_fits():
    costs = [60, 60, 60, 10]  # ceil(190/100) = 2 parts cannot hold 60+60 → 3 parts
    bounds = split_contiguous(costs, 100)
    assert all(sum(costs[a:b]) <= 100 for a, b in bounds) and len(bounds) == 3


def test_split_contiguous_refuses_single_costs_over_budget():
    with pytest.raises(ValueError):
        split_contiguous([5, 200], 100)


def test_oversized_record_gets_its_own_chunk_and_neighbours_stay_in_order():
    costs = [30, 30, 500, 30, 30, 30]
    parts = split_group([0, 1, 2, 3, 4, 5], costs, 100)
    assert parts == [[0, 1], [2], [3, 4, 5]]


def test_plan_chunks_covers_every_record_once_in_group_order():
    costs = [40] * 10
    groups = [[9, 2, 4, 7], [0, 1, 3, 5, 6, 8]]
    chunks = plan_chunks(groups, costs, 100, wrapper=7)
    assert [c.members for c in chunks] == [(9, 2), (4, 7), (0, 1), (3, 5), (6, 8)]
    assert [c.index for c in chunks] == list(range(5)) and all(c.tokens == 87 for c in chunks)


def test_plan_chunks_asserts_the_partition():
    with pytest.raises(AssertionError):
        plan_chunks([[0, 1], [1]], [1, 1, 1], 10)
    with pytest.raises(AssertionError):
        plan_chunks([[0]], [1, 1], 10)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 150), min_size=1, max_size=60), st.integers(20, 300), st.integers(1, 5))
def test_property_every_record_in_exactly_one_chunk_within_budget(costs, budget, n_groups):
    groups = [list(range(len(costs)))[g::n_groups] for g in range(n_groups)]
    groups = [g for g in groups if g]
    chunks = plan_chunks(groups, costs, budget)
    assert sorted(m for c in chunks for m in c.members) == list(range(len(costs)))
    for c in chunks:
        assert sum(costs[m] for m in c.members) <= budget or c.size == 1
    for g in groups:  # contiguous parts of each group, in its order
        assert [m for c in chunks if c.members[0] in g for m in c.members] == g


def test_records_budget_respects_target_and_total_limit():
    assert records_budget(2000, 100_000, 600, 10) == int(1990 * 0.97)
    assert records_budget(2000, 1000, 600, 10) == int(400 * 0.97)
    assert records_budget(2000, 500, 600, 10) <= 0


def test_record_costs_count_the_rendered_envelope_and_sum_to_the_chunk():
    llm = ScriptedLLM()
    records = [EnvelopeRecord(f"r-{i}", "text " * (i + 1), (("created", "2025-01-01"),), i) for i in range(6)]
    costs = record_costs(llm, records)
    assert all(c > 5 for c in costs) and costs == sorted(costs)
    wrapper = llm.count_tokens([_user(records_xml([]))]) - llm.count_tokens([_user("")])
    exact = llm.count_tokens([_user(records_xml(records))]) - llm.count_tokens([_user("")])
    assert exact <= wrapper + sum(costs) <= exact + len(records)  # per-record rounding only


def _user(text):
    from shared_code.ports import ChatMessage

    return ChatMessage("user", text)


def test_chunk_size_property():
    assert Chunk(0, (1, 2, 3), 10).size == 3
