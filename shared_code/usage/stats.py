"""The usage endpoints' orchestration (docs/api.md § Usage): checks, window, one read, the response dicts.

Order: tracking enabled (else 503 ``usage_tracking_disabled``) → window (422) → flush of this
instance's usage buffer (read your own writes) → read (503
``usage_backend_unavailable``). Authentication and the superuser check happened in the pipeline.

Every block carries the per-invocation metrics at its top level and the per-LLM-call metrics under
``llm_call_stats``. Lists are sorted as the contract says: operations inside a tenant block and tenants
inside an operation block by ``total_cost_usd`` descending then id ascending; the top-level ``tenants``
of by-tenant by ``tenant_id``; the top-level ``operations`` of by-operation by cost then name. Groups
without rows are omitted at every level (the SQL roll-up never produces them); ``total`` is always there.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Iterable, Mapping

from shared_code.domain.usage import METRICS, GroupStats, UsageGroups, UsageWindow
from shared_code.errors import DatabaseUnavailableError, UsageBackendUnavailableError, UsageTrackingDisabledError
from shared_code.ports import UsageStatsStore
from shared_code.usage.window import window_from_query

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.usage.budget import BudgetGuard

Key = tuple[str | None, str | None]
TOTAL: Key = (None, None)


def metrics_block(stats: GroupStats | None) -> dict[str, Any]:
    """A ``UsageMetrics`` object; a missing group is all zeros."""
    stats = stats or GroupStats(None, None)
    block: dict[str, Any] = {
        "total_calls": stats.total_calls,
        "failed_calls": stats.failed_calls,
        "total_cost_usd": float(stats.cost_usd),
    }
    for metric in METRICS:
        block[metric] = getattr(stats, metric).as_dict()
    block["cache_hits"] = stats.cache_hits
    block["cost_saved_usd"] = float(stats.cost_saved_usd)
    return block


class UsageReport:
    """Builds the response blocks from both views of one window (pure, no I/O)."""

    def __init__(self, groups: UsageGroups) -> None:
        self._inv = groups.invocations
        self._calls = groups.llm_calls

    def _cost(self, key: Key) -> Decimal:
        stats = self._inv.get(key)
        return stats.cost_usd if stats is not None else Decimal(0)

    def _by_cost(self, keys: Iterable[Key], name: int) -> list[Key]:
        """``keys`` by cost descending, then by their element ``name`` (0 tenant, 1 operation) ascending."""
        return sorted(keys, key=lambda k: (-self._cost(k), k[name]))

    def keys(self, *, tenant: bool, operation: bool, of_tenant: str | None = None,
             of_operation: str | None = None) -> list[Key]:
        """The keys of one roll-up level (``tenant`` / ``operation``: is that element kept, not rolled
        up), optionally restricted to one tenant or one operation."""
        found = []
        for key in self._inv:
            if (key[0] is not None) != tenant or (key[1] is not None) != operation:
                continue
            if (of_tenant is not None and key[0] != of_tenant) or (of_operation is not None and key[1] != of_operation):
                continue
            found.append(key)
        return found

    def block(self, key: Key, **labels: Any) -> dict[str, Any]:
        """``{<UsageMetrics>, <labels…>, "llm_call_stats": <UsageMetrics>}`` for one group."""
        block = metrics_block(self._inv.get(key))
        block.update(labels)
        block["llm_call_stats"] = metrics_block(self._calls.get(key))
        return block

    def operation_list(self, keys: Iterable[Key]) -> list[dict[str, Any]]:
        return [self.block(k, operation=k[1]) for k in self._by_cost(keys, 1)]

    def tenant_list(self, keys: Iterable[Key]) -> list[dict[str, Any]]:
        return [self.block(k, tenant_id=k[0]) for k in self._by_cost(keys, 0)]

    def tenant_block(self, tenant_id: str | None) -> dict[str, Any]:
        """A tenant (or, with None, the roll-up over all tenants) with its operations."""
        if tenant_id is None:
            key, ops = TOTAL, self.keys(tenant=False, operation=True)
        else:
            key, ops = (tenant_id, None), self.keys(tenant=True, operation=True, of_tenant=tenant_id)
        block = self.block(key, tenant_id=tenant_id)
        block["operations"] = self.operation_list(ops)
        return block

    def operation_block(self, operation: str | None) -> dict[str, Any]:
        """An operation (or, with None, the roll-up over all operations) with its tenants."""
        if operation is None:
            key, tenants = TOTAL, self.keys(tenant=True, operation=False)
        else:
            key, tenants = (None, operation), self.keys(tenant=True, operation=True, of_operation=operation)
        block = self.block(key, operation=operation)
        block["tenants"] = self.tenant_list(tenants)
        return block

    def by_tenant(self) -> dict[str, Any]:
        tenants = sorted(k[0] for k in self.keys(tenant=True, operation=False))
        return {"tenants": [self.tenant_block(t) for t in tenants], "total": self.tenant_block(None)}

    def by_operation(self) -> dict[str, Any]:
        keys = self._by_cost(self.keys(tenant=False, operation=True), 1)
        return {"operations": [self.operation_block(k[1]) for k in keys], "total": self.operation_block(None)}


def own_usage_body(groups: UsageGroups, tenant_id: str, window: UsageWindow) -> dict[str, Any]:
    """``GET /v1/usage``: ``groups`` holds only ``tenant_id``'s rows, so the grand total is the tenant."""
    report = UsageReport(groups)
    block = report.block(TOTAL, tenant_id=tenant_id)
    block["operations"] = report.operation_list(report.keys(tenant=False, operation=True))
    block.update(window.echo())
    return block


FLUSH_BEFORE_READ_SECONDS = 1.0


class UsageStatsService:
    """The usage statistics use case over a :class:`UsageStatsStore` (None: no database is configured).

    ``tracking_enabled``: ``USAGE_TRACKING=on`` with a database. ``budgets``: adds the tenant's budget
    view to ``GET /v1/usage`` and every budget to ``/v1/usage/all/by-tenant`` (this month's spend). ``flush``: writes this instance's
    buffered usage rows (the recorder's), awaited before every read so a caller sees its own calls; at
    most ``FLUSH_BEFORE_READ_SECONDS``, then the read goes ahead."""

    def __init__(self, store: UsageStatsStore | None, *, tracking_enabled: bool,
                 flush: Callable[[float], Awaitable[object]] | None = None,
                 budgets: "BudgetGuard | None" = None) -> None:
        self._store = store
        self._budgets = budgets
        self._tracking_enabled = tracking_enabled
        self._flush = flush

    async def _read(self, window: UsageWindow, tenant_id: str | None = None) -> UsageGroups:
        if self._store is None:
            raise DatabaseUnavailableError.not_configured()
        if self._flush is not None:
            await self._flush(FLUSH_BEFORE_READ_SECONDS)
        return await self._store.read(window, tenant_id=tenant_id)

    def window(self, query: Mapping[str, str] | None, *, enforce_tracking: bool = True) -> UsageWindow:
        """Tracking check, then the window (raises 503 / 422)."""
        if enforce_tracking and not self._tracking_enabled:
            raise UsageTrackingDisabledError()
        return window_from_query(dict(query or {}))

    async def tenant_usage(self, tenant_id: str, query: Mapping[str, str] | None = None, *,
                           enforce_tracking: bool = True) -> dict[str, Any]:
        """``GET /v1/usage``: the caller's own tenant, whoever the caller is."""
        window = self.window(query, enforce_tracking=enforce_tracking)
        groups = await self._read(window, tenant_id)
        body = own_usage_body(groups, tenant_id, window)
        if self._budgets is not None:
            body["budget"] = await self._budget_read(self._budgets.view(tenant_id))
        return body

    @staticmethod
    async def _budget_read(read: Awaitable[Any]) -> Any:
        try:
            return await read
        except Exception as exc:  # noqa: BLE001 - any read failure is the usage backend's 503
            raise UsageBackendUnavailableError() from exc

    async def usage_by_tenant(self, query: Mapping[str, str] | None = None, *,
                              enforce_tracking: bool = True) -> dict[str, Any]:
        """``GET /v1/usage/all/by-tenant``."""
        window = self.window(query, enforce_tracking=enforce_tracking)
        report = UsageReport(await self._read(window))
        body = {**window.echo(), **report.by_tenant()}
        if self._budgets is not None:
            body["budgets"] = await self._budget_read(self._budgets.view_all())
        return body

    async def usage_by_operation(self, query: Mapping[str, str] | None = None, *,
                                 enforce_tracking: bool = True) -> dict[str, Any]:
        """``GET /v1/usage/all/by-operation``."""
        window = self.window(query, enforce_tracking=enforce_tracking)
        report = UsageReport(await self._read(window))
        return {**window.echo(), **report.by_operation()}
