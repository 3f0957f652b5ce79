"""Budget rules without a database: month bounds, the 100 % refusal, the 80 % warning, the spend cache."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from shared_code.errors import BudgetExceededError, NotFoundError, RequestValidationError
from shared_code.ports import TenantBudget
from shared_code.usage.budget import BudgetGuard, budget_view, month_bounds

NOW = datetime(2026, 12, 6, 7, 0, tzinfo=timezone.utc)


class Store:
    def __init__(self, budget: float | None, spend: float, fail: bool = False) -> None:
        self.budget, self.spend, self.fail, self.reads = budget, spend, fail, 0

    async def read(self, tenant_id, since, *, always_spend=False):
        self.reads += 1
        if self.fail:
            raise OSError("down")
        return TenantBudget(tenant_id, self.budget, self.spend, since)

    async def set(self, tenant_id, monthly_usd):
        self.budget = monthly_usd

    async def clear(self, tenant_id):
        found, self.budget = self.budget is not None, None
        return found


def guard(store, *, clock=lambda: 0.0, now=lambda: NOW, cache_seconds=5.0):
    return BudgetGuard(store, cache_seconds=cache_seconds, clock=clock, now=now)


def test_month_bounds_are_utc_calendar_months():
    assert month_bounds(NOW) == (datetime(2026, 12, 1, tzinfo=timezone.utc), datetime(2027, 1, 1, tzinfo=timezone.utc))
    start, end = month_bounds(datetime(2027, 3, 31, 23, 59, tzinfo=timezone.utc))
    assert (start.month, end.month, end.year) == (3, 4, 2027)


async def test_at_the_budget_requests_are_refused_until_next_month():
    with pytest.raises(BudgetExceededError) as caught:
        await guard(Store(10.0, 10.0)).check("t")
    err = caught.value
    assert (err.status, err.code) == (429, "budget_exceeded")
    assert "10.00 USD" in err.message and "2027-01-01T00:00:00Z" in err.message
    assert int(err.headers["Retry-After"]) == int((datetime(2027, 1, 1, tzinfo=timezone.utc) - NOW).total_seconds()) + 1


async def test_under_the_budget_or_without_one_requests_pass():
    await guard(Store(10.0, 9.99)).check("t")
    await guard(Store(None, 1e9)).check("t")
    await guard(None).check("t")  # no database: budgets are off


async def test_the_warning_is_logged_once_per_tenant_and_month(caplog):
    month = [NOW]
    g = guard(Store(10.0, 8.0), cache_seconds=0, now=lambda: month[0])
    for _ in range(3):
        await g.check("t")
    await g.check("u")
    month[0] = datetime(2027, 1, 2, tzinfo=timezone.utc)
    await g.check("t")
    assert caplog.text.count("event=budget_warning") == 3
    await guard(Store(10.0, 7.9)).check("t")
    assert caplog.text.count("event=budget_warning") == 3


async def test_the_spend_is_reused_for_a_few_seconds():
    clock = [0.0]
    store = Store(10.0, 1.0)
    g = guard(store, clock=lambda: clock[0])
    await g.check("t")
    await g.check("t")
    assert store.reads == 1
    store.spend = 11.0
    clock[0] = 5.1
    with pytest.raises(BudgetExceededError):
        await g.check("t")
    assert store.reads == 2


async def test_an_unreadable_budget_never_refuses_and_is_not_retried_on_every_request(caplog):
    clock = [0.0]
    store = Store(1.0, 5.0, fail=True)
    g = guard(store, clock=lambda: clock[0])
    await g.check("t")
    await g.check("u")
    assert "event=budget_check outcome=failed error_class=OSError" in caplog.text and store.reads == 1
    store.fail, clock[0] = False, 31.0
    with pytest.raises(BudgetExceededError):
        await g.check("t")


async def test_admin_set_get_clear_and_tenant_id_rules():
    store = Store(None, 2.5)
    g = guard(store)
    view = await g.set("t", 12.345)
    assert view == {"tenant_id": "t", "monthly_budget_usd": 12.35, "month_spend_usd": 2.5, "used_percent": 20.24,
                    "month_start": "2026-12-01T00:00:00Z", "resets_at": "2027-01-01T00:00:00Z"}
    assert (await g.get("t"))["monthly_budget_usd"] == 12.35
    await g.clear("t")
    with pytest.raises(NotFoundError):
        await g.clear("t")
    with pytest.raises(NotFoundError):
        await g.get("t")
    assert (await g.view("t"))["monthly_budget_usd"] is None
    with pytest.raises(RequestValidationError):
        await g.get("x" * 256)
    assert budget_view(TenantBudget("t", None, 0.0, NOW.replace(day=1)))["used_percent"] is None
