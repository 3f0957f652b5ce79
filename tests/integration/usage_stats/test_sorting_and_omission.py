"""Every sort rule of docs/api.md § Usage, and omission of tenants/operations without rows in the window.

Costs per (tenant, operation), chosen so every rule meets a tie and the cost of failed rows matters:

    t-a: detect_sensitive 0.5, assign_codes 0.1                      (tenant total 0.6)
    t-b: summarize 0.5, analyze 0.5, assign_codes 0.9                (tenant total 1.9)
    t-c: summarize 2.0                                               (tenant total 2.0)
    t-d: analyze 0.5, all of it from one all-failed invocation      (tenant total 0.5)
    t-e: analyze 9.0 and unknown 9.0, both before the window         (omitted)

    per operation: summarize 2.5, analyze 1.0, assign_codes 1.0, detect_sensitive 0.5
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.integration.usage_stats.calls import T0, Call, insert_calls, invocation

WINDOW = {"from": "2025-05-01T00:00:00Z", "to": "2025-05-02T00:00:00Z"}
COSTS = [("t-a", "detect_sensitive", "0.5"), ("t-a", "assign_codes", "0.1"), ("t-b", "summarize", "0.5"),
         ("t-b", "analyze", "0.5"), ("t-b", "assign_codes", "0.9"), ("t-c", "summarize", "2.0")]


@pytest.fixture(scope="module")
def stats_dsn(pg_database):
    from tests.support.postgres import run_sync

    rows = [Call(tenant_id=t, operation=o, cost_usd=c, started_at=T0 + timedelta(hours=1)) for t, o, c in COSTS]
    rows += invocation(Call(tenant_id="t-d", operation="analyze", status="error", cost_usd="0.3"),
                       Call(tenant_id="t-d", operation="analyze", status="error", cost_usd="0.2"))
    rows += [Call(tenant_id="t-e", operation=o, cost_usd="9.0", started_at=T0 - timedelta(seconds=1))
             for o in ("analyze", "unknown")]
    run_sync(lambda: insert_calls(pg_database, rows))
    return pg_database


def names(blocks, key):
    return [b[key] for b in blocks]


async def test_own_usage_operations_by_cost_desc_then_name(stats_dsn, stats_factory):
    body = await stats_factory(stats_dsn).tenant_usage("t-b", WINDOW)
    assert names(body["operations"], "operation") == ["assign_codes", "analyze", "summarize"]
    assert names(body["operations"], "total_cost_usd") == [0.9, 0.5, 0.5]


async def test_by_tenant_sorts_tenants_by_id_and_their_operations_by_cost(stats_dsn, stats_factory):
    body = await stats_factory(stats_dsn).usage_by_tenant(WINDOW)
    assert names(body["tenants"], "tenant_id") == ["t-a", "t-b", "t-c", "t-d"]  # not by cost (t-c is dearest)
    ops = {t["tenant_id"]: names(t["operations"], "operation") for t in body["tenants"]}
    assert ops == {"t-a": ["detect_sensitive", "assign_codes"], "t-b": ["assign_codes", "analyze", "summarize"],
                   "t-c": ["summarize"], "t-d": ["analyze"]}
    total = body["total"]
    assert total["tenant_id"] is None
    assert names(total["operations"], "operation") == ["summarize", "analyze", "assign_codes", "detect_sensitive"]
    assert names(total["operations"], "total_cost_usd") == [2.5, 1.0, 1.0, 0.5]
    assert total["total_cost_usd"] == pytest.approx(5.0)


async def test_by_operation_sorts_operations_and_their_tenants_by_cost(stats_dsn, stats_factory):
    body = await stats_factory(stats_dsn).usage_by_operation(WINDOW)
    assert names(body["operations"], "operation") == ["summarize", "analyze", "assign_codes", "detect_sensitive"]
    tenants = {o["operation"]: names(o["tenants"], "tenant_id") for o in body["operations"]}
    assert tenants == {"summarize": ["t-c", "t-b"], "analyze": ["t-b", "t-d"], "assign_codes": ["t-b", "t-a"],
                       "detect_sensitive": ["t-a"]}
    total = body["total"]
    assert total["operation"] is None
    assert names(total["tenants"], "tenant_id") == ["t-c", "t-b", "t-a", "t-d"]
    assert names(total["tenants"], "total_cost_usd") == [2.0, 1.9, 0.6, 0.5]


async def test_all_failed_tenant_is_listed_with_its_cost(stats_dsn, stats_factory):
    body = await stats_factory(stats_dsn).usage_by_tenant(WINDOW)
    t_d = body["tenants"][3]
    assert (t_d["tenant_id"], t_d["total_calls"], t_d["failed_calls"]) == ("t-d", 1, 1)
    assert t_d["total_cost_usd"] == pytest.approx(0.5) and t_d["llm_call_stats"]["failed_calls"] == 2


async def test_groups_without_rows_in_the_window_are_omitted_everywhere(stats_dsn, stats_factory):
    stats = stats_factory(stats_dsn)
    by_tenant, by_operation = await stats.usage_by_tenant(WINDOW), await stats.usage_by_operation(WINDOW)
    tenant_ids = names(by_tenant["tenants"], "tenant_id") + names(by_operation["total"]["tenants"], "tenant_id")
    tenant_ids += [t["tenant_id"] for o in by_operation["operations"] for t in o["tenants"]]
    operations = names(by_operation["operations"], "operation") + names(by_tenant["total"]["operations"], "operation")
    operations += [o["operation"] for t in by_tenant["tenants"] for o in t["operations"]]
    assert "t-e" not in tenant_ids and "unknown" not in operations
    assert "detect_sensitive" not in names(by_tenant["tenants"][1]["operations"], "operation")  # t-b has none

    everything = await stats.usage_by_tenant({})  # without the window t-e and "unknown" appear
    assert names(everything["tenants"], "tenant_id")[-1] == "t-e"
    assert names(everything["total"]["operations"], "operation")[:2] == ["analyze", "unknown"]  # 10.0, 9.0
