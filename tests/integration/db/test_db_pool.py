"""The process pool against a real PostgreSQL: lazy single creation, 503 mapping, migrate-on-start."""

from __future__ import annotations

import asyncio
import logging
import socket
import uuid

import asyncpg
import pytest

from shared_code.db.pool import DatabasePool
from shared_code.db.startup_migrations import StartupMigrations
from shared_code.errors import DatabaseUnavailableError
from shared_code.settings import Settings
from tests.support.postgres import create_test_database, drop_test_database


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _settings(**values) -> Settings:
    return Settings(_env_file=None, **values)


@pytest.mark.asyncio
async def test_pool_is_created_once_lazily_and_serves_queries(pg_database, monkeypatch):
    created = []
    real_create_pool = asyncpg.create_pool

    async def counting_create_pool(**kwargs):
        created.append(kwargs)
        return await real_create_pool(**kwargs)

    monkeypatch.setattr(asyncpg, "create_pool", counting_create_pool)
    url = pg_database.replace("postgresql://", "postgresql+asyncpg://", 1)
    db = DatabasePool(_settings(db_url=url, db_pool_max_size=3, db_command_timeout_seconds=4))
    assert created == []  # nothing happens before first use

    async def one() -> int:
        async with db.acquire() as conn:
            return await conn.fetchval("SELECT 1")

    try:
        assert await asyncio.gather(*(one() for _ in range(20))) == [1] * 20
        assert len(created) == 1
        pool = await db.get_pool()
        assert pool is await db.get_pool()
        assert pool.get_max_size() == 3 and pool.get_min_size() == 0
        assert created[0]["max_inactive_connection_lifetime"] == 300.0
        assert created[0]["command_timeout"] == 4
    finally:
        await db.close()


@pytest.mark.asyncio
async def test_unreachable_database_is_database_unavailable(caplog):
    caplog.set_level(logging.DEBUG)
    db = DatabasePool(_settings(db_url=f"postgresql://u:pw-not-logged@127.0.0.1:{_closed_port()}/x",
                                db_connect_timeout_seconds=2))
    try:
        with pytest.raises(DatabaseUnavailableError):
            async with db.acquire() as conn:
                await conn.fetchval("SELECT 1")
    finally:
        await db.close()
    assert "pw-not-logged" not in caplog.text
    assert "event=pool outcome=unavailable" in caplog.text


@pytest.mark.asyncio
async def test_failed_pool_creation_is_503_and_retried_on_next_use(pg_database):
    port = _closed_port()
    db = DatabasePool(_settings(db_host="127.0.0.1", db_port=port, db_pool_min_size=1, db_connect_timeout_seconds=2))
    with pytest.raises(DatabaseUnavailableError):
        await db.get_pool()
    with pytest.raises(DatabaseUnavailableError):
        await db.get_pool()  # not cached as broken: creation is attempted again
    await db.close()


@pytest.mark.asyncio
async def test_query_errors_propagate_but_lost_connections_are_503(pg_database):
    db = DatabasePool(_settings(db_url=pg_database))
    try:
        with pytest.raises(asyncpg.PostgresSyntaxError):
            async with db.acquire() as conn:
                await conn.execute("SELEC 1")
        with pytest.raises(DatabaseUnavailableError):
            async with db.acquire() as conn:
                await conn.execute("SELECT pg_terminate_backend(pg_backend_pid())")
        async with db.acquire() as conn:  # the pool heals
            assert await conn.fetchval("SELECT 2") == 2
    finally:
        await db.close()


@pytest.mark.asyncio
async def test_password_mode_from_parts_checks_the_password(pg_scram_server):
    role, password = f"qfa_pw_{uuid.uuid4().hex[:8]}", "pw-" + uuid.uuid4().hex
    admin = await asyncpg.connect(pg_scram_server)
    try:
        await admin.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
    finally:
        await admin.close()
    port = int(pg_scram_server.rsplit(":", 1)[1].split("/")[0])
    parts = dict(db_host="127.0.0.1", db_port=port, db_name="postgres", db_user=role, db_ssl="disable")
    good = DatabasePool(_settings(**parts, db_password=password))
    bad = DatabasePool(_settings(**parts, db_password="wrong"))
    try:
        async with good.acquire() as conn:
            assert await conn.fetchval("SELECT current_user") == role
        with pytest.raises(DatabaseUnavailableError):
            async with bad.acquire():
                pass
    finally:
        await good.close()
        await bad.close()


@pytest.mark.asyncio
async def test_migrate_on_start_runs_once_before_the_first_query(pg_server):
    database = create_test_database(pg_server)
    db = DatabasePool(_settings(db_url=database.dsn, db_migrate_on_start=True))
    try:
        for _ in range(3):
            async with db.acquire() as conn:
                assert await conn.fetchval("SELECT count(*) FROM llm_calls") == 0
        assert db.startup_migrations is not None and db.startup_migrations.attempts == 1
        assert DatabasePool(_settings(db_url=database.dsn)).startup_migrations is None  # off by default
    finally:
        await db.close()
        drop_test_database(database)


@pytest.mark.asyncio
async def test_startup_migration_failure_is_retried_at_most_once_a_minute(caplog):
    now = [1000.0]
    calls = []

    async def run() -> list[int]:
        calls.append(now[0])
        if len(calls) == 1:
            raise OSError("down")
        return [1]

    gate = StartupMigrations(run, clock=lambda: now[0])
    with pytest.raises(DatabaseUnavailableError):
        await gate.ensure()
    now[0] += 30
    with pytest.raises(DatabaseUnavailableError):
        await gate.ensure()  # within the minute: not retried
    assert len(calls) == 1
    now[0] += 31
    await gate.ensure()
    await gate.ensure()
    assert len(calls) == 2 and gate.done
    assert "event=migration outcome=failed" in caplog.text
