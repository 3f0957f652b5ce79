"""The wire shapes of the routes whose handlers build plain dicts (usage, admin, health) and of the
error envelope, as pydantic models for ``/openapi.json``. The HTTP tests and the schema-driven
fuzzing run check every response against them, so the description cannot drift from the code.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

# The admin routes' request bodies are the admin service's own models, re-exported for their RouteSpecs.
from shared_code.admin.models import BudgetSet, KeyCreate, TenantCreate  # noqa: F401


class _Wire(BaseModel):
    model_config = ConfigDict(populate_by_name=True)


# errors ------------------------------------------------------------------------------------------
class FieldIssue(_Wire):
    field: str
    issue: str


class ErrorBody(_Wire):
    code: str
    message: str
    request_id: str = Field(json_schema_extra={"format": "uuid"})
    fields: list[FieldIssue] | None


class ErrorEnvelope(_Wire):
    error: ErrorBody


# health ------------------------------------------------------------------------------------------
class HealthResponse(_Wire):
    status: str
    version: str


# usage -------------------------------------------------------------------------------------------
# An ISO-8601 datetime with an offset, or Unix epoch seconds (usage/window.py parses them; a date that
# does not exist, or 'to' not after 'from', is still a 422 no pattern can express).
WINDOW_PATTERN = (r"^(-?[0-9]+(\.[0-9]+)?|[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?"
                  r"([Zz]|[+-][0-9]{2}(:?[0-9]{2})?))$")


class UsageQuery(_Wire):
    """The usage window ``[from, to)``: ISO-8601 datetimes with an offset, or Unix epoch seconds."""

    from_: str | None = Field(None, alias="from", description="Start (inclusive); unbounded when absent",
                              json_schema_extra={"pattern": WINDOW_PATTERN})
    to: str | None = Field(None, description="End (exclusive), after 'from'; unbounded when absent",
                           json_schema_extra={"pattern": WINDOW_PATTERN})


class Distribution(_Wire):
    avg: float
    min: float
    max: float
    p5: float
    p95: float
    total: float


class UsageMetrics(_Wire):
    total_calls: int
    failed_calls: int
    total_cost_usd: float
    call_duration: Distribution
    input_tokens: Distribution
    output_tokens: Distribution
    cache_hits: int = Field(description="requests answered from the response cache (not counted above)")
    cost_saved_usd: float = Field(description="what the cached answers cost when they were made")


class OperationUsage(UsageMetrics):
    operation: str
    llm_call_stats: UsageMetrics


class TenantUsage(UsageMetrics):
    tenant_id: str | None = Field(description="null in the roll-up over all tenants")
    llm_call_stats: UsageMetrics
    operations: list[OperationUsage]


class TenantInOperation(UsageMetrics):
    tenant_id: str
    llm_call_stats: UsageMetrics


class OperationBlock(UsageMetrics):
    operation: str | None = Field(description="null in the roll-up over all operations")
    llm_call_stats: UsageMetrics
    tenants: list[TenantInOperation]


class _Window(_Wire):
    from_: str | None = Field(alias="from")
    to: str | None


class Budget(_Wire):
    tenant_id: str
    monthly_budget_usd: float | None = Field(description="null: no budget")
    month_spend_usd: float = Field(description="known costs of this calendar month's usage rows (UTC)")
    used_percent: float | None
    month_start: str
    resets_at: str = Field(description="first instant of next month (UTC): a used-up budget is available again")


class OwnUsage(TenantUsage, _Window):
    budget: Budget


class UsageByTenant(_Window):
    tenants: list[TenantUsage]
    total: TenantUsage
    budgets: list[Budget] = Field(description="every tenant with a monthly budget, by tenant_id (this month's spend)")


class UsageByOperation(_Window):
    operations: list[OperationBlock]
    total: OperationBlock


# admin -------------------------------------------------------------------------------------------
class KeysQuery(_Wire):
    tenant_id: str | None = Field(None, description="Only the keys of this tenant (empty: all)")


class Tenant(_Wire):
    tenant_id: str
    name: str
    allows_superusers: bool


class TenantList(_Wire):
    tenants: list[Tenant]


class TenantCreated(_Wire):
    tenant_id: str


class KeyEntry(_Wire):
    key_id: str
    name: str
    tenant_id: str
    is_superuser: bool


class KeyList(_Wire):
    auth_keys: list[KeyEntry]


class KeyCreated(_Wire):
    key_id: str
    api_key: str = Field(description="Shown once; only its SHA-256 is stored")
