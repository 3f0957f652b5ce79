"""Fixtures for this folder; the PostgreSQL fixtures come from tests/conftest.py."""


import pytest


@pytest.fixture
async def stats_factory():
    """``stats_factory(dsn, **settings)`` → a UsageStatsService on its own pool (closed after the test)."""
    from shared_code.db.pool import DatabasePool
    from shared_code.db.usage_stats_repository import UsageStatsRepository
    from shared_code.settings import Settings
    from shared_code.usage.stats import UsageStatsService

    pools = []

    def make(dsn: str | None, **settings) -> UsageStatsService:
        config = Settings(_env_file=None, db_url=dsn, **settings)
        pool = DatabasePool(config)
        pools.append(pool)
        return UsageStatsService(UsageStatsRepository(pool), tracking_enabled=config.usage_enabled)

    yield make
    for pool in pools:
        await pool.close()
