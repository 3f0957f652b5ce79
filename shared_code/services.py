"""What route handlers see as ``ctx.services``: the typed face of the composition root.

    result = await ctx.services.summarize.run(body)
    tenants = await ctx.services.admin.list_tenants()

:class:`shared_code.composition.Container` implements :class:`Services`; tests may pass any object of
this shape. The LLM use cases are built on each run from the process-wide LLM client and anonymiser
(the first run loads them), so a rotated Key Vault secret reaches the next request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.admin.service import AdminService
    from shared_code.auth.authenticator import Authenticator
    from shared_code.domain.models import (
        AnalyzeBulkRequest,
        AnalyzeBulkResponse,
        AssignCodesRequest,
        AssignCodesResponse,
        DetectSensitiveResponse,
        SingleRecordRequest,
        SummarizeBulkRequest,
        SummarizeBulkResponse,
        SummarizeResponse,
    )
    from shared_code.http.rate_limit import RateLimiter
    from shared_code.settings import Settings
    from shared_code.usage.budget import BudgetGuard
    from shared_code.usage.stats import UsageStatsService
    from shared_code.usage.response_cache import ResponseCache

B = TypeVar("B", contravariant=True)
R = TypeVar("R", covariant=True)


class UseCase(Protocol[B, R]):
    """One operation: ``run(body, **scope)`` answers the validated request body."""

    async def run(self, body: B, /, **scope: Any) -> R: ...


class Services(Protocol):
    @property
    def settings(self) -> "Settings": ...

    @property
    def rate_limiter(self) -> "RateLimiter": ...

    async def authenticator(self) -> "Authenticator": ...

    @property
    def analyze_bulk(self) -> "UseCase[AnalyzeBulkRequest, AnalyzeBulkResponse]": ...

    @property
    def summarize(self) -> "UseCase[SingleRecordRequest, SummarizeResponse]": ...

    @property
    def summarize_bulk(self) -> "UseCase[SummarizeBulkRequest, SummarizeBulkResponse]": ...

    @property
    def assign_codes(self) -> "UseCase[AssignCodesRequest, AssignCodesResponse]": ...

    @property
    def detect_sensitive(self) -> "UseCase[SingleRecordRequest, DetectSensitiveResponse]": ...

    @property
    def admin(self) -> "AdminService": ...

    @property
    def usage_stats(self) -> "UsageStatsService": ...

    @property
    def budgets(self) -> "BudgetGuard": ...

    async def response_cache(self) -> "ResponseCache": ...
