"""The usage statistics use case in process, over a fake UsageStatsStore: order of checks, read-your-own-
writes flush, and the shape and sorting of the three bodies (the SQL is tested in tests/integration/usage_stats)."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest

from shared_code.domain.usage import Dist, GroupStats, UsageGroups, UsageWindow
from shared_code.errors import DatabaseUnavailableError, RequestValidationError, UsageTrackingDisabledError
from shared_code.usage.stats import FLUSH_BEFORE_READ_SECONDS, UsageStatsService


def stats(tenant, operation, cost, calls=1):
    return GroupStats(tenant, operation, total_calls=calls, cost_usd=Decimal(cost),
                      call_duration=Dist(avg=10.0, total=10 * calls))


def groups(*rows):
    keyed = {(g.tenant_id, g.operation): g for g in rows}
    return UsageGroups(invocations=keyed, llm_calls=keyed)


ALL = groups(stats(None, None, "6"), stats("t-b", None, "1"), stats("t-a", None, "5"),
             stats(None, "summarize", "3"), stats(None, "analyze", "3"),
             stats("t-a", "summarize", "2"), stats("t-a", "analyze", "3"), stats("t-b", "summarize", "1"))


class FakeStore:
    def __init__(self, answer: UsageGroups, log: list) -> None:
        self.answer, self.log = answer, log

    async def read(self, window, *, tenant_id=None):
        self.log.append(("read", window, tenant_id))
        return self.answer


def service(answer=ALL, *, tracking=True, store=True):
    log: list = []

    async def flush(timeout):
        log.append(("flush", timeout))

    store_ = FakeStore(answer, log) if store else None
    return UsageStatsService(store_, tracking_enabled=tracking, flush=flush), log


async def test_tracking_off_is_503_before_the_window_is_checked_unless_not_enforced():
    stats_service, log = service(tracking=False)
    with pytest.raises(UsageTrackingDisabledError):
        await stats_service.tenant_usage("t-a", {"from": "not a date"})
    with pytest.raises(RequestValidationError):  # the CLI reads while tracking is off
        await stats_service.tenant_usage("t-a", {"from": "not a date"}, enforce_tracking=False)
    assert log == []
    body = await stats_service.usage_by_tenant({}, enforce_tracking=False)
    assert body["total"]["total_calls"] == 1


async def test_without_a_store_the_read_is_503_not_configured():
    stats_service, _ = service(store=False)
    with pytest.raises(DatabaseUnavailableError, match="No database is configured"):
        await stats_service.usage_by_operation({})


async def test_own_writes_are_flushed_before_the_read_with_the_window_and_tenant():
    stats_service, log = service()
    await stats_service.tenant_usage("t-a", {"from": "2025-05-01T00:00:00Z", "to": "1746144000"})
    window = UsageWindow(datetime(2025, 5, 1, tzinfo=timezone.utc), datetime(2025, 5, 2, tzinfo=timezone.utc))
    assert log == [("flush", FLUSH_BEFORE_READ_SECONDS), ("read", window, "t-a")]


async def test_own_usage_is_the_grand_total_with_operations_by_cost_then_name():
    only_a = groups(stats(None, None, "5", calls=3), stats(None, "summarize", "2"), stats(None, "analyze", "3"),
                    stats(None, "detect", "2"))
    stats_service, _ = service(only_a)
    body = await stats_service.tenant_usage("t-a", {"to": "2025-05-01T00:00:00+02:00"})
    assert (body["tenant_id"], body["total_calls"], body["total_cost_usd"]) == ("t-a", 3, 5.0)
    assert [op["operation"] for op in body["operations"]] == ["analyze", "detect", "summarize"]
    assert (body["from"], body["to"]) == (None, "2025-04-30T22:00:00Z")
    assert body["call_duration"] == {"avg": 10.0, "min": 0.0, "max": 0.0, "p5": 0.0, "p95": 0.0, "total": 30}
    assert body["llm_call_stats"]["total_calls"] == 3 and "operations" not in body["llm_call_stats"]


async def test_by_tenant_sorts_tenants_by_id_and_their_operations_by_cost():
    body = await service()[0].usage_by_tenant({})
    assert [t["tenant_id"] for t in body["tenants"]] == ["t-a", "t-b"]
    assert [op["operation"] for op in body["tenants"][0]["operations"]] == ["analyze", "summarize"]
    assert body["total"]["tenant_id"] is None and body["total"]["total_cost_usd"] == 6.0
    assert [op["operation"] for op in body["total"]["operations"]] == ["analyze", "summarize"]  # a tie: by name


async def test_by_operation_sorts_operations_by_cost_and_their_tenants_by_cost():
    body = await service()[0].usage_by_operation({})
    assert [op["operation"] for op in body["operations"]] == ["analyze", "summarize"]
    assert [t["tenant_id"] for t in body["operations"][1]["tenants"]] == ["t-a", "t-b"]
    assert [t["tenant_id"] for t in body["total"]["tenants"]] == ["t-a", "t-b"]


async def test_missing_groups_are_zero_blocks_and_empty_lists():
    body = await service(groups(stats(None, None, "0", calls=0)))[0].usage_by_tenant({})
    assert body["tenants"] == [] and body["total"]["operations"] == []
    assert body["total"]["llm_call_stats"]["input_tokens"]["total"] == 0
