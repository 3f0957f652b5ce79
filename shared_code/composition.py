"""The composition root: the one place where adapters are chosen, built and wired.

Everything here is process-wide and lazy: nothing heavy (Presidio, spaCy, LiteLLM, asyncpg) is
imported until first use, and never at import of ``function_app``. Per-request data never lives here.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from pydantic import ValidationError

from shared_code import logs, warm_up
from shared_code.lazy import BuiltOnRun, Lazy
from shared_code.auth.authenticator import Authenticator, CachedEnvTable
from shared_code.errors import DatabaseUnavailableError, SettingsInvalidError
from shared_code.http.rate_limit import RateLimiter, TenantRateLimiter
from shared_code.ports import SecretSource
from shared_code.settings import Settings, get_settings


_settings_error_logged = False


def _load_settings() -> Settings:
    """The process settings; invalid ones are logged once by setting name (never the value) and
    raised as SettingsInvalidError on every use, so health keeps answering."""
    global _settings_error_logged
    try:
        return get_settings()
    except ValidationError as exc:
        if not _settings_error_logged:
            _settings_error_logged = True
            names = sorted({str(err["loc"][0]).upper() for err in exc.errors() if err.get("loc")})
            logging.getLogger("qfa.settings").error("event=settings_invalid settings=%s", ",".join(names) or "-")
        raise SettingsInvalidError() from None


class Container:
    """Builds and owns every process-wide adapter and hands each one only what it needs; implements
    :class:`shared_code.services.Services` for the route handlers."""

    def __init__(self, settings: Settings | None = None, *, secrets: SecretSource | None = None) -> None:
        self._settings = settings
        self._levels_set = False
        self._rate_limiter: RateLimiter | None = None
        self._authenticator = Lazy(self._build_authenticator)
        self._secrets = Lazy(self._build_secrets)
        self._secret_source = secrets
        self._llm = Lazy(self._build_llm)
        self._anonymizer = Lazy(self._build_anonymizer)
        self._database: Any = None
        self._recorder: Any = None
        self._response_cache: Any = None
        self._budgets: Any = None
        self.analyze_bulk = BuiltOnRun(self._analyze_bulk)
        self.summarize = BuiltOnRun(self._summarize)
        self.summarize_bulk = BuiltOnRun(self._summarize_bulk)
        self.assign_codes = BuiltOnRun(self._assign_codes)
        self.detect_sensitive = BuiltOnRun(self._detect_sensitive)

    # settings and cheap pieces ------------------------------------------------------------
    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = _load_settings()
        if not self._levels_set:
            self._levels_set = True
            logs.configure_levels(self._settings.log_level, self._settings.log_level_3rdparty)
        return self._settings

    @property
    def rate_limiter(self) -> RateLimiter:
        """The per-instance bucket; with a database (and ``RATE_LIMIT_SHARED``) the limit across instances on top."""
        if self._rate_limiter is None:
            s = self.settings
            local = TenantRateLimiter(s.rate_limit_per_minute, s.rate_limit_burst)
            self._rate_limiter = local
            if s.rate_limit_shared and s.database_configured and local.enabled:
                from shared_code.db.rate_limit_repository import RateLimitRepository
                from shared_code.http.shared_rate_limit import SharedRateLimiter

                self._rate_limiter = SharedRateLimiter(local, RateLimitRepository(self.database),
                                                       s.rate_limit_per_minute, s.rate_limit_local_allowance)
        return self._rate_limiter

    # secrets and authentication -----------------------------------------------------------
    async def _build_secrets(self):
        if self._secret_source is not None:
            return self._secret_source
        from shared_code.secrets.keyvault import build_secret_source

        return build_secret_source(self.settings)

    async def secret(self, name: str, fallback: str | None) -> str | None:
        value = await (await self._secrets.get()).get(name)
        return fallback if value is None else value

    async def authenticator(self) -> Authenticator:
        return await self._authenticator.get()

    async def _build_authenticator(self) -> Authenticator:
        settings = self.settings

        async def raw_keys() -> str | None:
            return await self.secret("auth-api-keys", settings.auth_api_keys)

        db_lookup = None
        if settings.database_configured:
            from shared_code.auth.db_lookup import DbKeyLookup
            from shared_code.db.keys_repository import KeysRepository

            db_lookup = DbKeyLookup(KeysRepository(self.database))
        return Authenticator(CachedEnvTable(raw_keys), db_lookup)

    # database and usage --------------------------------------------------------------------
    @property
    def database(self):
        """The process's :class:`DatabasePool` (no connection until first use).

        Raises :class:`DatabaseUnavailableError` ("No database is configured") without DB settings."""
        if not self.settings.database_configured:
            raise DatabaseUnavailableError.not_configured()
        if self._database is None:
            from shared_code.db.pool import DatabasePool

            self._database = DatabasePool(self.settings)
        return self._database

    def _database_if_configured(self):
        return self.database if self.settings.database_configured else None

    @property
    def usage_recorder(self):
        if self._recorder is None:
            from shared_code.usage.recorder import build_usage_recorder

            writer = None
            if self.settings.usage_enabled:
                from shared_code.db.usage_writer import PostgresUsageWriter

                writer = PostgresUsageWriter(self.database)
            self._recorder = build_usage_recorder(self.settings, writer=writer)
        return self._recorder

    # LLM and anonymiser ---------------------------------------------------------------------
    async def llm(self):
        """The process-wide LLM client, with the current (possibly rotated) Key Vault credentials."""
        client = await self._llm.get()
        client.set_credentials(**await self._llm_credentials())
        return client

    async def _llm_credentials(self) -> dict[str, Any]:
        """The LLM's key and endpoint, and each fallback's, from Key Vault or the settings."""
        s = self.settings
        fallbacks = [(await self.secret(f"llm-fallback-{n}-api-key", s.fallback_credentials(n)[0]),
                      await self.secret(f"llm-fallback-{n}-api-base", s.fallback_credentials(n)[1]))
                     for n in range(1, len(s.llm_fallback_models) + 1)]
        return {"api_key": await self.secret("llm-api-key", s.llm_api_key),
                "api_base": await self.secret("llm-api-base", s.llm_api_base), "fallbacks": fallbacks}

    async def _build_llm(self):
        from shared_code.llm import loading

        settings = self.settings
        credentials = await self._llm_credentials()
        # Importing LiteLLM takes seconds: do it in a thread so the loop keeps serving and the
        # anonymiser's engine can load at the same time (cold start); under the lock the warm-up holds
        # while it imports the same stack.
        sinks = [self.usage_recorder, warm_up.FirstCallSink()]
        client = await asyncio.to_thread(loading.build_llm_client, settings, sinks=sinks, **credentials)
        # LiteLLM sets its own logger levels when imported: apply LOG_LEVEL_3RDPARTY again.
        logs.configure_levels(settings.log_level, settings.log_level_3rdparty)
        return client

    async def anonymizer(self):
        return await self._anonymizer.get()

    async def _build_anonymizer(self):
        from shared_code.anonymization.factory import build_anonymizer

        anonymizer = build_anonymizer(self.settings)
        await anonymizer.start()  # the engine loads now, alongside the LLM client (see _parts)
        return anonymizer

    # use cases (shared_code.services.Services) ------------------------------------------------
    async def _parts(self):
        warm_up.demand.set()  # the start-up warm-up lets this request go first (shared_code/warm_up.py)
        llm, anonymizer = await asyncio.gather(self.llm(), self.anonymizer())  # cold start: build both at once
        return llm, anonymizer, self.settings

    async def _analyze_bulk(self):
        from shared_code.grouping.factory import build_grouper  # scikit-learn itself loads on the first grouping
        from shared_code.usecases.analyze import AnalyzeBulk
        from shared_code.usecases.hierarchical import build_hierarchical

        llm, anonymizer, settings = await self._parts()
        hierarchical = build_hierarchical(llm, anonymizer, settings, grouper=build_grouper(settings))
        return AnalyzeBulk(llm, anonymizer, settings, hierarchical=hierarchical)

    async def _summarize(self):
        from shared_code.usecases.summarize import Summarize

        return Summarize(*await self._parts())

    async def _summarize_bulk(self):
        from shared_code.usecases.summarize import SummarizeBulk

        return SummarizeBulk(*await self._parts())

    async def _assign_codes(self):
        from shared_code.usecases.assign_codes import AssignCodes

        return AssignCodes(*await self._parts())

    async def _detect_sensitive(self):
        from shared_code.usecases.detect_sensitive import DetectSensitive

        return DetectSensitive(*await self._parts())

    # usage statistics and administration ------------------------------------------------------
    @property
    def usage_stats(self):
        from shared_code.db.usage_stats_repository import UsageStatsRepository
        from shared_code.usage.stats import UsageStatsService

        flush = self._recorder.flush if self._recorder is not None else None  # none built: nothing buffered
        database = self._database_if_configured()
        store = UsageStatsRepository(database) if database is not None else None
        return UsageStatsService(store, tracking_enabled=self.settings.usage_enabled, flush=flush,
                                 budgets=self.budgets if database is not None else None)

    @property
    def admin(self):
        from shared_code.admin.service import AdminService
        from shared_code.db.admin_repository import AdminRepository

        database = self._database_if_configured()
        return AdminService(AdminRepository(database) if database is not None else None, self._env_identities)

    # response cache and budgets (the stores need a database; without one both are off) ---------------
    async def response_cache(self):
        """The response cache, with the current (possibly rotated) ``response-cache-secret``."""
        if self._response_cache is None:
            from shared_code.db.response_cache_repository import ResponseCacheRepository
            from shared_code.usage.response_cache import ResponseCache, answer_config

            database, settings = self._database_if_configured(), self.settings
            self._response_cache = ResponseCache(
                ResponseCacheRepository(database) if database is not None else None, config=answer_config(settings),
                ttl_seconds=settings.response_cache_ttl_seconds, on_hit=self.usage_recorder.record_cache_hit)
        secret = await self.secret("response-cache-secret", self.settings.response_cache_secret)
        self._response_cache.set_secret(secret)
        return self._response_cache

    @property
    def budgets(self):
        if self._budgets is None:
            from shared_code.db.budget_repository import BudgetRepository
            from shared_code.usage.budget import BudgetGuard

            database = self._database_if_configured()
            self._budgets = BudgetGuard(BudgetRepository(database) if database is not None else None,
                                        cache_seconds=self.settings.budget_spend_cache_seconds)
        return self._budgets

    async def _env_identities(self):
        return await (await self.authenticator()).env_identities()

    async def close(self) -> None:
        """Flush usage rows and release process resources (dev host shutdown, tests)."""
        if self._llm.built:
            await (await self._llm.get()).aclose()
        if self._anonymizer.built:
            await (await self._anonymizer.get()).aclose()
        if self._recorder is not None:
            await self._recorder.close()
        if self._database is not None:
            await self._database.close()
            self._database = None


_container: Container | None = None


def get_container() -> Container:
    """The process's container (the Functions worker and the dev host share one per process)."""
    global _container
    if _container is None:
        _container = Container()
    return _container
