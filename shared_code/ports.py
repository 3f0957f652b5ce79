"""Ports: the small interfaces the use cases depend on. Adapters implement them and are wired in
:mod:`shared_code.composition`, the one composition root.

No adapter library is imported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, Sequence, TypeVar

from pydantic import BaseModel

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.domain.models import FeedbackRecord
    from shared_code.auth.identity import Identity
    from shared_code.domain.anonymized import Detection
    from shared_code.domain.usage import UsageGroups, UsageRow, UsageWindow

T = TypeVar("T", bound=BaseModel)

# The call kinds (docs/pipeline.md § Usage tracking) and their order of service when LLM slots are
# short, lower first: required calls that finish a request, then the map phase, then chunk judges,
# then the other optional calls. Both the process-wide limiter and a request's slot gate use it.
CALL_KIND_PRIORITY: dict[str, int] = {
    "reduce": 0, "analysis": 0, "summary": 0, "select": 0, "pick": 0, "classify": 0,
    "map": 1,
    "chunk_judge": 2,
    "judge": 3, "verify": 3, "code_judge": 3,
}
OPTIONAL_PRIORITY = 2  # kinds from this priority on are optional: the request never fails without them
UNKNOWN_KIND_PRIORITY = 3


def priority_for(call_kind: str) -> int:
    return CALL_KIND_PRIORITY.get(call_kind, UNKNOWN_KIND_PRIORITY)


@dataclass(frozen=True, slots=True)
class ChatMessage:
    role: str  # "system" | "user"
    content: str

    def as_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True, slots=True)
class LLMCallRecord:
    """What one logical LLM call cost and how it ended; emitted by the LLM adapter to its sinks."""

    call_kind: str
    model: str
    started_at: datetime
    duration_ms: int
    attempts: int
    input_tokens: int
    output_tokens: int
    cost_usd: float | None
    status: str  # "ok" | "error"
    error_class: str | None = None
    provider_status: int | None = None


class LLMCallSink(Protocol):
    """Receives one record per logical LLM call (the usage recorder). Must never raise or block."""

    def record(self, call: LLMCallRecord) -> None: ...


class LLMClient(Protocol):
    """LLM calls. Errors are :class:`shared_code.errors.LLMError`. The client owns the request's deadline
    (from the request scope) and the token budget: every call checks it first (413 before any provider
    call)."""

    def deadline(self) -> float:
        """The monotonic time by which every call of the current request must end (the request
        scope's deadline): use cases plan their phases around it."""
        ...

    async def check_budget(
        self, messages: Sequence[ChatMessage], *, limit: int | None = None, suggest_hierarchical: bool = False
    ) -> None:
        """Raise :class:`shared_code.errors.PayloadTooLargeError` (413) when ``messages`` exceed ``limit``
        tokens (default ``LLM_MAX_TOTAL_TOKENS``): the check every call makes, callable up front."""
        ...

    async def complete_text(
        self,
        messages: Sequence[ChatMessage],
        *,
        call_kind: str,
        max_output_tokens: int | None = None,
    ) -> str: ...

    async def complete_structured(
        self,
        messages: Sequence[ChatMessage],
        response_model: type[T],
        *,
        call_kind: str,
        model: str | None = None,
    ) -> T: ...

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int: ...


class Anonymizer(Protocol):
    async def detect_batch(
        self, texts: Sequence[str], *, use_ner: bool | Sequence[bool] = True
    ) -> list["Detection"]:
        """The personal data in each text: ``result[i]`` holds the spans of ``texts[i]`` (``(start, end,
        entity_type)``, ordered, non-overlapping; empty for a blank text), or None when that single text
        failed (fail closed). ``use_ner`` is one flag for all texts or one per text (False: pattern
        recognisers only, for ids and metadata). Rendering and placeholders are the domain's
        (:func:`shared_code.domain.anonymized.render_batch`). Raises AnonymizationError when the engine
        fails."""
        ...


class SecretSource(Protocol):
    """Secrets that may come from Key Vault (``llm-api-key``, ``llm-api-base``, ``auth-api-keys``,
    ``llm-fallback-<N>-api-key`` / ``-api-base``);
    None when unset (the composition root then falls back to the setting)."""

    async def get(self, name: str) -> str | None: ...


class RateLimitStore(Protocol):
    """The per-tenant request counters shared by every instance (:mod:`shared_code.db.rate_limit_repository`)."""

    async def take(self, tenant_id: str, window_start: datetime, want: int, limit: int) -> int:
        """Add up to ``want`` requests to the window's count without passing ``limit``; return how many."""
        ...

    async def purge(self, before: datetime) -> None:
        """Delete the counters of windows that started before ``before``."""
        ...


class Grouper(Protocol):
    """Groups texts by theme for the hierarchical analysis: every index in exactly one group. Blocking
    (CPU work): the caller runs it in a worker thread. The adapter is :mod:`shared_code.grouping`."""

    def __call__(self, texts: Sequence[str], weights: Sequence[int]) -> list[list[int]]: ...


@dataclass(slots=True)
class AnalysisOutcome:
    """What an analyze-bulk strategy hands back before rendering."""

    text: str  # restored, PERSON placeholders kept
    quality_score: float | None
    uncertainty_explanation: str
    confidence: float | None = None


class HierarchicalAnalysis(Protocol):
    """analyze-bulk ``mode: hierarchical`` (:mod:`shared_code.usecases.hierarchical`): the synthesis
    without the disclaimer, ``quality_score`` None, ``confidence`` and the coverage explanation."""

    async def __call__(self, records: list["FeedbackRecord"], prompt: str, language: str | None,
                       trends: dict | None) -> AnalysisOutcome: ...


@dataclass(frozen=True, slots=True)
class StoredKey:
    """A database API key as stored, with its tenant's superuser policy (never the digest)."""

    key_id: str
    name: str
    tenant_id: str
    is_superuser: bool  # as stored; effective only when tenant_allows_superusers
    tenant_allows_superusers: bool


class KeyLookupStore(Protocol):
    """Database API keys by SHA-256 (authentication; :class:`shared_code.db.keys_repository.KeysRepository`)."""

    async def find_key_by_sha256(self, digest: str) -> "StoredKey | None": ...


# usage ---------------------------------------------------------------------------------------------
class UsageWriter(Protocol):
    """Where the usage buffer's batches go (:class:`shared_code.db.usage_writer.PostgresUsageWriter`)."""

    async def write(self, rows: Sequence["UsageRow"]) -> int:
        """Persist ``rows``; return how many were rejected as invalid. Raise when nothing could be written."""
        ...


class UsageStatsStore(Protocol):
    """Usage roll-ups of one window (:class:`shared_code.db.usage_stats_repository.UsageStatsRepository`).
    Raises :class:`shared_code.errors.UsageBackendUnavailableError` when the store cannot answer."""

    async def read(self, window: "UsageWindow", *, tenant_id: str | None = None) -> "UsageGroups": ...


# response cache and budgets -------------------------------------------------------------------------
class ResponseCacheStore(Protocol):
    """Opaque cache entries (:class:`shared_code.db.response_cache_repository.ResponseCacheRepository`):
    a 32-byte lookup key → sealed bytes and the cost they save. Raise on any storage failure."""

    async def get(self, lookup_key: bytes, max_age_seconds: int) -> "tuple[bytes, float | None] | None": ...

    async def put(self, lookup_key: bytes, sealed: bytes, cost_usd: float | None, ttl_seconds: int) -> None:
        """Store (or replace) an entry and purge a bounded number of expired ones."""
        ...


@dataclass(frozen=True, slots=True)
class TenantBudget:
    tenant_id: str
    monthly_usd: float | None  # None: no budget
    month_spend_usd: float  # known costs of the tenant's usage rows since ``since``
    since: datetime  # the start of this calendar month (UTC)


class BudgetStore(Protocol):
    """Budgets and month spend (:class:`shared_code.db.budget_repository.BudgetRepository`)."""

    async def read(self, tenant_id: str, since: datetime, *, always_spend: bool = False) -> TenantBudget:
        """The budget and month spend (spend 0 without a budget unless ``always_spend``)."""
        ...

    async def read_all(self, since: datetime) -> list[TenantBudget]:
        """Every tenant that has a budget, by ``tenant_id``, with its spend since ``since``."""
        ...

    async def set(self, tenant_id: str, monthly_usd: float) -> None: ...

    async def clear(self, tenant_id: str) -> bool:
        """True when a budget was removed."""
        ...


# administration ------------------------------------------------------------------------------------
class TenantMissing(Exception):
    """The referenced tenant does not exist."""


class DuplicateKey(Exception):
    """A tenant or key with that id (or a key with that digest) already exists."""


@dataclass(frozen=True, slots=True)
class TenantRecord:
    tenant_id: str
    name: str
    allows_superusers: bool


@dataclass(frozen=True, slots=True)
class KeyRecord:
    """An API key as listed (never its secret or digest)."""

    key_id: str
    name: str
    tenant_id: str
    is_superuser: bool  # effective: stored flag AND the tenant allows superusers (what auth resolves)


class AdminStore(Protocol):
    """Tenants and database keys (:class:`shared_code.db.admin_repository.AdminRepository`). Lists sort
    by id in byte order; inserts raise :class:`TenantMissing` / :class:`DuplicateKey`; availability
    failures raise :class:`shared_code.errors.DatabaseUnavailableError`."""

    async def insert_tenant(self, tenant: TenantRecord) -> None: ...

    async def list_tenants(self) -> list[TenantRecord]: ...

    async def tenant_policy(self, tenant_id: str) -> bool | None:
        """Whether the tenant allows superuser keys; None when it does not exist."""
        ...

    async def delete_tenant(self, tenant_id: str) -> bool:
        """False when there was no such tenant; its keys go with it."""
        ...

    async def insert_key(self, key: KeyRecord, digest: str) -> None: ...

    async def list_keys(self, tenant_id: str | None = None) -> list[KeyRecord]: ...

    async def delete_key(self, key_id: str) -> bool:
        """False when there was no such key."""
        ...


class EnvIdentities(Protocol):
    """The keys configured in ``AUTH_API_KEYS`` (Key Vault or settings), in configured order."""

    async def __call__(self) -> Sequence["Identity"]: ...
