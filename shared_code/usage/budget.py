"""Tenant budgets (docs/operating.md § 4): a monthly limit in USD, checked before any LLM call.

Spend is the sum of the known costs of the tenant's usage rows since the start of the calendar month
(UTC), so it holds across instances. :meth:`BudgetGuard.check` runs in the pipeline for every LLM
operation: at 100 % it raises 429 ``budget_exceeded`` (until the first day of next month, UTC); from 80 %
it logs ``event=budget_warning`` once per tenant and month in this instance. Each instance reuses a
tenant's budget and spend for ``BUDGET_SPEND_CACHE_SECONDS`` (one small indexed query per tenant per
period, not per request), so a tenant can overshoot by what it spends in that period and in the usage
buffer's flush interval. A store failure never refuses a request: it is logged, and checks are skipped
for a while (:mod:`shared_code.usage.backoff`) so an outage does not add a connection timeout to every request.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timezone
from typing import Any, Callable

from shared_code.domain.usage import format_utc
from shared_code.errors import BudgetExceededError, DatabaseUnavailableError, NotFoundError, RequestValidationError
from shared_code.logs import event
from shared_code.ports import BudgetStore, TenantBudget
from shared_code.usage.backoff import OutageBackoff

log = logging.getLogger("qfa.budget")
WARNING_SHARE = 0.8


def month_bounds(now: datetime) -> tuple[datetime, datetime]:
    """The first instant of ``now``'s calendar month (UTC) and of the next one."""
    start = now.astimezone(timezone.utc).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    following = start.replace(year=start.year + 1, month=1) if start.month == 12 else start.replace(month=start.month + 1)
    return start, following


def no_budget(tenant_id: str) -> NotFoundError:
    return NotFoundError(f"Tenant '{tenant_id}' has no budget")


def budget_view(budget: TenantBudget) -> dict[str, Any]:
    """The ``budget`` block of the usage and admin answers."""
    _start, resets = month_bounds(budget.since)
    used = None if not budget.monthly_usd else round(100 * budget.month_spend_usd / budget.monthly_usd, 2)
    return {"tenant_id": budget.tenant_id, "monthly_budget_usd": budget.monthly_usd,
            "month_spend_usd": round(budget.month_spend_usd, 6), "used_percent": used,
            "month_start": format_utc(budget.since), "resets_at": format_utc(resets)}


class BudgetGuard:
    """The budget use case over a :class:`BudgetStore` (None: no database, budgets are off)."""

    def __init__(self, store: BudgetStore | None, *, cache_seconds: float,
                 clock: Callable[[], float] = time.monotonic,
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        self._store = store
        self._cache_seconds = cache_seconds
        self._clock = clock
        self._now = now
        self._cached: dict[str, tuple[float, TenantBudget]] = {}
        self._warned: set[tuple[str, datetime]] = set()
        self._backoff = OutageBackoff(clock)

    async def check(self, tenant_id: str) -> None:
        """Raise :class:`BudgetExceededError` when the tenant's month spend reached its budget."""
        if self._store is None:
            return
        budget = await self._current(tenant_id)
        if budget is None or not budget.monthly_usd:
            return
        share = budget.month_spend_usd / budget.monthly_usd
        if share >= 1:
            _start, resets = month_bounds(budget.since)
            retry = int((resets - self._now()).total_seconds()) + 1
            raise BudgetExceededError(budget_usd=budget.monthly_usd, resets_at=format_utc(resets) or "",
                                      retry_after=retry)
        if share >= WARNING_SHARE and (tenant_id, budget.since) not in self._warned:
            self._warned.add((tenant_id, budget.since))
            event(log, "budget_warning", logging.WARNING,  # tenant_id: bound on the request's log lines
                  used_percent=round(100 * share, 1))

    async def _current(self, tenant_id: str) -> TenantBudget | None:
        since, _next = month_bounds(self._now())
        hit = self._cached.get(tenant_id)
        if hit is not None and hit[0] > self._clock() and hit[1].since == since:
            return hit[1]
        assert self._store is not None
        if self._backoff.active:
            return None
        try:
            budget = await self._store.read(tenant_id, since)
        except Exception as exc:  # noqa: BLE001 - an unreadable budget never refuses a request
            self._backoff.failed(log, "budget_check", exc)
            budget = None
        if len(self._cached) > 10_000:
            self._cached.clear()
        if budget is not None:
            self._cached[tenant_id] = (self._clock() + self._cache_seconds, budget)
        return budget

    # reading and administration (fresh reads, no cache) --------------------------------------------
    def _require_store(self) -> BudgetStore:
        if self._store is None:
            raise DatabaseUnavailableError.not_configured()
        return self._store

    def _target(self, tenant_id: str) -> BudgetStore:
        if not 1 <= len(tenant_id) <= 255:
            raise RequestValidationError.single("path.tenant_id", "String should have 1 to 255 characters")
        return self._require_store()

    async def view(self, tenant_id: str) -> dict[str, Any]:
        """The ``budget`` block (:func:`budget_view`), read fresh; ``monthly_budget_usd`` None without a budget."""
        since, _next = month_bounds(self._now())
        return budget_view(await self._target(tenant_id).read(tenant_id, since, always_spend=True))

    async def view_all(self) -> list[dict[str, Any]]:
        """The budget view of every tenant that has a budget, by ``tenant_id``."""
        since, _next = month_bounds(self._now())
        return [budget_view(b) for b in await self._require_store().read_all(since)]

    async def get(self, tenant_id: str) -> dict[str, Any]:
        """``GET /v1/admin/tenants/{id}/budget``: the view, or 404 when the tenant has no budget."""
        view = await self.view(tenant_id)
        if view["monthly_budget_usd"] is None:
            raise no_budget(tenant_id)
        return view

    async def set(self, tenant_id: str, monthly_usd: float) -> dict[str, Any]:
        await self._target(tenant_id).set(tenant_id, round(monthly_usd, 2))
        self._cached.pop(tenant_id, None)
        event(log, "admin", action="budget_set", target_tenant_id=tenant_id)
        return await self.view(tenant_id)

    async def clear(self, tenant_id: str) -> None:
        if not await self._target(tenant_id).clear(tenant_id):
            raise no_budget(tenant_id)
        self._cached.pop(tenant_id, None)
        event(log, "admin", action="budget_cleared", target_tenant_id=tenant_id)
