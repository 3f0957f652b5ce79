"""Usage arithmetic on hand-made llm_calls rows in a real PostgreSQL (docs/api.md § Usage): both views, failed
counts, cost of failed rows, NULL costs, continuous percentiles, the window, tenant scoping, empty data."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from tests.integration.usage_stats.calls import T0, Call, insert_calls, invocation

ZERO = {"avg": 0.0, "min": 0.0, "max": 0.0, "p5": 0.0, "p95": 0.0, "total": 0}
ZERO_METRICS = {"total_calls": 0, "failed_calls": 0, "total_cost_usd": 0.0, "call_duration": ZERO,
                "input_tokens": ZERO, "output_tokens": ZERO, "cache_hits": 0, "cost_saved_usd": 0.0}


def metrics(block: dict) -> dict:
    """The figures of LLM work (cache hits have their own test)."""
    return {k: block[k] for k in ZERO_METRICS if k not in ("cache_hits", "cost_saved_usd")}


def dist(avg, lo, hi, p5, p95, total) -> dict:
    return {"avg": pytest.approx(avg), "min": lo, "max": hi, "p5": pytest.approx(p5), "p95": pytest.approx(p95),
            "total": total}


async def test_percentiles_are_continuous_and_computed_in_postgres(pg_fresh_database, stats_factory):
    await insert_calls(pg_fresh_database, [Call(duration_ms=d, input_tokens=d // 10, output_tokens=d // 100,
                                                cost_usd="0.010000") for d in (300, 100, 500, 200, 400)])
    body = await stats_factory(pg_fresh_database).tenant_usage("tenant-a", {})
    for block in (body, body["llm_call_stats"]):
        assert block["call_duration"] == {"avg": 300.0, "min": 100.0, "max": 500.0, "p5": 120.0, "p95": 480.0,
                                          "total": 1500}
        assert block["input_tokens"] == dist(30, 10, 50, 12, 48, 150)
        assert block["output_tokens"] == dist(3, 1, 5, 1.2, 4.8, 15)
        assert block["total_calls"] == 5 and block["failed_calls"] == 0
        assert block["total_cost_usd"] == pytest.approx(0.05)


async def test_mixed_invocations_in_both_views(pg_fresh_database, stats_factory):
    rows = (
        # A: mixed ok + error. Its sums include the error row: 150 ms, 13 in, 5 out, cost 0.012
        invocation(Call(duration_ms=100, input_tokens=10, output_tokens=5, cost_usd="0.010"),
                   Call(duration_ms=50, input_tokens=3, output_tokens=0, cost_usd="0.002", status="error"))
        # B: all rows failed: a failed invocation, its known cost still counts
        + invocation(Call(duration_ms=70, input_tokens=4, output_tokens=0, cost_usd="0.003", status="error"),
                     Call(duration_ms=30, input_tokens=0, output_tokens=0, cost_usd=None, status="error"))
        # C: one ok row with an unknown price
        + invocation(Call(duration_ms=200, input_tokens=20, output_tokens=10, cost_usd=None))
    )
    await insert_calls(pg_fresh_database, rows)
    body = await stats_factory(pg_fresh_database).tenant_usage("tenant-a", {})

    assert metrics(body) == {
        "total_calls": 3, "failed_calls": 1, "total_cost_usd": pytest.approx(0.015),
        "call_duration": dist(175, 150, 200, 152.5, 197.5, 350),
        "input_tokens": dist(16.5, 13, 20, 13.35, 19.65, 33),
        "output_tokens": dist(7.5, 5, 10, 5.25, 9.75, 15),
    }
    assert metrics(body["llm_call_stats"]) == {
        "total_calls": 5, "failed_calls": 3, "total_cost_usd": pytest.approx(0.015),
        "call_duration": dist(150, 100, 200, 105, 195, 300),
        "input_tokens": dist(15, 10, 20, 10.5, 19.5, 30),
        "output_tokens": dist(7.5, 5, 10, 5.25, 9.75, 15),
    }
    [op] = body["operations"]
    assert op["operation"] == "summarize"
    assert metrics(op) == metrics(body) and op["llm_call_stats"] == body["llm_call_stats"]
    assert op["llm_call_stats"]["total_calls"] / op["total_calls"] == pytest.approx(5 / 3)  # fan-out


async def test_invocations_are_grouped_by_tenant_operation_and_call_id(pg_fresh_database, stats_factory):
    shared = uuid.uuid4()
    rows = [Call(operation="analyze", call_id=shared), Call(operation="analyze", call_id=shared),
            Call(operation="summarize_aggregate", call_id=shared),  # same request id, other operation
            Call(tenant_id="tenant-b", operation="analyze", call_id=shared)]  # same id, other tenant
    await insert_calls(pg_fresh_database, rows)
    body = await stats_factory(pg_fresh_database).usage_by_tenant({})
    assert body["total"]["total_calls"] == 3 and body["total"]["llm_call_stats"]["total_calls"] == 4
    a = body["tenants"][0]
    assert [(o["operation"], o["total_calls"], o["llm_call_stats"]["total_calls"]) for o in a["operations"]] == [
        ("analyze", 1, 2), ("summarize_aggregate", 1, 1)]


async def test_null_costs_add_nothing(pg_fresh_database, stats_factory):
    await insert_calls(pg_fresh_database, [Call(cost_usd=None), Call(cost_usd=None),
                                           Call(operation="analyze", cost_usd=None),
                                           Call(operation="analyze", cost_usd="0.250000")])
    body = await stats_factory(pg_fresh_database).tenant_usage("tenant-a", {})
    assert body["total_cost_usd"] == 0.25 and body["llm_call_stats"]["total_cost_usd"] == 0.25
    costs = {o["operation"]: o["total_cost_usd"] for o in body["operations"]}
    assert costs == {"analyze": 0.25, "summarize": 0.0}
    assert isinstance(costs["summarize"], float)


async def test_only_failed_rows_give_zero_distributions_but_count_cost(pg_fresh_database, stats_factory):
    await insert_calls(pg_fresh_database, invocation(Call(status="error", cost_usd="0.004"),
                                                     Call(status="error", cost_usd="0.001")))
    body = await stats_factory(pg_fresh_database).tenant_usage("tenant-a", {})
    for block, calls in ((body, 1), (body["llm_call_stats"], 2)):
        assert block["total_calls"] == calls and block["failed_calls"] == calls
        assert block["total_cost_usd"] == pytest.approx(0.005)
        assert block["call_duration"] == ZERO and block["input_tokens"] == ZERO and block["output_tokens"] == ZERO
    assert [o["operation"] for o in body["operations"]] == ["summarize"]  # it has rows, so it is listed


async def test_empty_window_gives_zeros_everywhere(pg_fresh_database, stats_factory):
    await insert_calls(pg_fresh_database, [Call(started_at=T0 - timedelta(days=1))])
    stats = stats_factory(pg_fresh_database)
    query = {"from": "2025-05-01T00:00:00Z"}

    own = await stats.tenant_usage("tenant-a", query)
    assert own == {**ZERO_METRICS, "tenant_id": "tenant-a", "llm_call_stats": ZERO_METRICS, "operations": [],
                   "from": "2025-05-01T00:00:00Z", "to": None}
    assert list(own) == [*ZERO_METRICS, "tenant_id", "llm_call_stats", "operations", "from", "to"]

    by_tenant = await stats.usage_by_tenant(query)
    assert by_tenant == {"from": "2025-05-01T00:00:00Z", "to": None, "tenants": [], "total": {
        **ZERO_METRICS, "tenant_id": None, "llm_call_stats": ZERO_METRICS, "operations": []}}

    by_operation = await stats.usage_by_operation(query)
    assert by_operation == {"from": "2025-05-01T00:00:00Z", "to": None, "operations": [], "total": {
        **ZERO_METRICS, "operation": None, "llm_call_stats": ZERO_METRICS, "tenants": []}}


async def test_empty_table_gives_zeros(pg_fresh_database, stats_factory):
    own = await stats_factory(pg_fresh_database).tenant_usage("tenant-a")
    assert {k: own[k] for k in ZERO_METRICS} == ZERO_METRICS and own["operations"] == [] and own["from"] is None


async def test_window_is_from_inclusive_to_exclusive_on_started_at(pg_fresh_database, stats_factory):
    micro = timedelta(microseconds=1)
    await insert_calls(pg_fresh_database, [
        Call(started_at=T0 - micro, duration_ms=1), Call(started_at=T0, duration_ms=10),
        Call(started_at=T0 + timedelta(hours=1), duration_ms=100),
        Call(started_at=T0 + timedelta(hours=2) - micro, duration_ms=1000),
        Call(started_at=T0 + timedelta(hours=2), duration_ms=10000)])
    stats = stats_factory(pg_fresh_database)

    body = await stats.tenant_usage("tenant-a", {"from": "2025-05-01T02:00:00+02:00", "to": "1746064800"})
    assert (body["from"], body["to"]) == ("2025-05-01T00:00:00Z", "2025-05-01T02:00:00Z")
    assert body["total_calls"] == 3 and body["call_duration"]["total"] == 1110

    assert (await stats.tenant_usage("tenant-a", {"to": "2025-05-01T00:00:00Z"}))["call_duration"]["total"] == 1
    assert (await stats.tenant_usage("tenant-a", {"from": "2025-05-01T02:00:00Z"}))["call_duration"]["total"] == 10000
    assert (await stats.tenant_usage("tenant-a", {}))["total_calls"] == 5


async def test_own_usage_is_scoped_to_the_callers_tenant(pg_fresh_database, stats_factory):
    await insert_calls(pg_fresh_database, [Call(tenant_id="tenant-a", duration_ms=10),
                                           Call(tenant_id="tenant-b", duration_ms=20, operation="analyze"),
                                           Call(tenant_id="tenant-b", duration_ms=30)])
    stats = stats_factory(pg_fresh_database)
    a = await stats.tenant_usage("tenant-a", {})
    assert a["tenant_id"] == "tenant-a" and a["total_calls"] == 1 and a["call_duration"]["total"] == 10
    assert [o["operation"] for o in a["operations"]] == ["summarize"]
    b = await stats.tenant_usage("tenant-b", {})
    assert b["total_calls"] == 2 and b["call_duration"]["total"] == 50
    nobody = await stats.tenant_usage("tenant-z", {})
    assert nobody["tenant_id"] == "tenant-z" and {k: nobody[k] for k in ZERO_METRICS} == ZERO_METRICS and nobody["operations"] == []


async def test_roll_ups_agree_across_the_three_endpoints(pg_fresh_database, stats_factory):
    rows = [Call(tenant_id=t, operation=o, duration_ms=d, cost_usd=c)
            for t, o, d, c in [("tenant-a", "analyze", 100, "0.1"), ("tenant-a", "summarize", 200, "0.2"),
                               ("tenant-b", "analyze", 300, None), ("tenant-b", "analyze", 400, "0.4")]]
    rows += invocation(Call(tenant_id="tenant-b", operation="summarize", status="error", cost_usd="0.05"))
    await insert_calls(pg_fresh_database, rows)
    stats = stats_factory(pg_fresh_database)
    by_tenant, by_operation = await stats.usage_by_tenant({}), await stats.usage_by_operation({})

    assert metrics(by_tenant["total"]) == metrics(by_operation["total"])
    assert by_tenant["total"]["total_calls"] == 5 and by_tenant["total"]["failed_calls"] == 1
    assert by_tenant["total"]["total_cost_usd"] == pytest.approx(0.75)
    rolled_ops = {o["operation"]: metrics(o) for o in by_tenant["total"]["operations"]}
    assert rolled_ops == {o["operation"]: metrics(o) for o in by_operation["operations"]}
    assert rolled_ops["analyze"]["call_duration"] == dist(800 / 3, 100, 400, 120, 390, 800)
    rolled_tenants = {t["tenant_id"]: metrics(t) for t in by_operation["total"]["tenants"]}
    assert rolled_tenants == {t["tenant_id"]: metrics(t) for t in by_tenant["tenants"]}
    for tenant in by_tenant["tenants"]:
        own = await stats.tenant_usage(tenant["tenant_id"], {})
        assert metrics(own) == metrics(tenant) and own["operations"] == tenant["operations"]
    nested = {(t["tenant_id"], o["operation"]): metrics(t) for o in by_operation["operations"] for t in o["tenants"]}
    assert nested == {(t["tenant_id"], o["operation"]): metrics(o) for t in by_tenant["tenants"]
                      for o in t["operations"]}


async def test_cache_hits_count_apart_from_llm_work(pg_fresh_database, stats_factory):
    """A cache-hit row (0 tokens, cost 0) is a request answered without LLM calls: it shows only as
    ``cache_hits`` and ``cost_saved_usd``; every other figure still describes LLM work."""
    hit = dict(duration_ms=3, input_tokens=0, output_tokens=0, cost_usd="0", call_kind="cache")
    rows = (invocation(Call(duration_ms=100, cost_usd="0.010"), Call(duration_ms=300, cost_usd="0.002"))
            + [Call(**hit, cost_saved_usd="0.012"), Call(**hit, cost_saved_usd="0.012"),
               Call(**hit, operation="analyze", cost_saved_usd="0.5")])
    await insert_calls(pg_fresh_database, rows)
    body = await stats_factory(pg_fresh_database).tenant_usage("tenant-a", {})
    for block in (body, body["llm_call_stats"]):
        assert block["cache_hits"] == 3 and block["cost_saved_usd"] == pytest.approx(0.524)
        assert block["total_cost_usd"] == pytest.approx(0.012) and block["failed_calls"] == 0
    assert body["total_calls"] == 1 and body["call_duration"]["min"] == 400.0
    assert body["llm_call_stats"]["total_calls"] == 2 and body["llm_call_stats"]["call_duration"]["min"] == 100.0
    analyze = next(op for op in body["operations"] if op["operation"] == "analyze")
    assert (analyze["total_calls"], analyze["cache_hits"], analyze["cost_saved_usd"]) == (0, 1, 0.5)
