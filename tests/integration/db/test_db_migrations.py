"""Migrations runner and schema against a real PostgreSQL (docs/database.md § Schema, § Migrations)."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
from pathlib import Path

import asyncpg
import pytest

from shared_code.db.migrate import (
    LOCK_TEXT,
    MIGRATIONS_DIR,
    ChecksumMismatchError,
    MigrationError,
    load_migrations,
    run_migrations,
)

ROOT = Path(__file__).resolve().parents[3]
# pg_locks is cluster-wide: count only this database's advisory locks (other runs use other databases)
ADVISORY_HERE = ("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                 " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")


def _copy_with_extras(tmp_path: Path, extras: dict[str, str]) -> Path:
    """The real migrations plus test files; the extras are deliberately NOT idempotent."""
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, folder)
    for name, sql in extras.items():
        (folder / name).write_text(sql, encoding="utf-8")
    return folder


EXTRAS = {
    "0002_marker.sql": "CREATE TABLE migration_marker (version integer NOT NULL, backend integer NOT NULL);\n"
                       "INSERT INTO migration_marker VALUES (2, pg_backend_pid());\nSELECT pg_sleep(0.2);\n",
    "0003_marker_again.sql": "INSERT INTO migration_marker VALUES (3, pg_backend_pid());\n",
}


@pytest.mark.asyncio
async def test_fresh_database_gets_every_migration_once_and_rerun_is_a_no_op(pg_empty_database):
    assert await run_migrations(connect_kwargs={"dsn": pg_empty_database}) == [1]
    assert await run_migrations(connect_kwargs={"dsn": pg_empty_database}) == []
    conn = await asyncpg.connect(pg_empty_database)
    try:
        rows = await conn.fetch("SELECT version, name, checksum FROM schema_migrations")
        tables = {r["table_name"] for r in await conn.fetch(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")}
        held = await conn.fetchval(ADVISORY_HERE)
    finally:
        await conn.close()
    assert [(r["version"], r["name"], r["checksum"]) for r in rows] == [(1, "initial", load_migrations()[0].checksum)]
    assert {"schema_migrations", "tenants", "api_keys", "llm_calls"} <= tables
    assert held == 0  # the advisory lock was released


@pytest.mark.asyncio
async def test_concurrent_runners_all_succeed_and_apply_each_version_exactly_once(pg_empty_database, tmp_path):
    migrations = load_migrations(_copy_with_extras(tmp_path, EXTRAS))
    results = await asyncio.gather(
        *(run_migrations(connect_kwargs={"dsn": pg_empty_database}, migrations=migrations) for _ in range(8))
    )
    applied = sorted(v for result in results for v in result)
    assert applied == [1, 2, 3]
    assert sum(1 for r in results if r) == 1  # one runner did the work; the others queued and found nothing
    conn = await asyncpg.connect(pg_empty_database)
    try:
        versions = [r["version"] for r in await conn.fetch("SELECT version FROM schema_migrations ORDER BY 1")]
        markers = [r["version"] for r in await conn.fetch("SELECT version FROM migration_marker ORDER BY 1")]
        backends = await conn.fetchval("SELECT count(DISTINCT backend) FROM migration_marker")
    finally:
        await conn.close()
    assert versions == [1, 2, 3]
    assert markers == [2, 3]
    assert backends == 1  # one dedicated connection applied both files


@pytest.mark.asyncio
async def test_lock_is_a_fixed_advisory_lock_held_while_running(pg_empty_database, tmp_path):
    slow = {"0002_slow.sql": "SELECT pg_sleep(0.6);\n"}
    migrations = load_migrations(_copy_with_extras(tmp_path, slow))
    runner = asyncio.create_task(run_migrations(connect_kwargs={"dsn": pg_empty_database}, migrations=migrations))
    await asyncio.sleep(0.3)
    conn = await asyncpg.connect(pg_empty_database)
    try:
        key = await conn.fetchval("SELECT hashtextextended($1, 0)", LOCK_TEXT)
        held = await conn.fetchval(
            ADVISORY_HERE + " AND granted AND ((classid::bigint << 32) | objid::bigint) = $1", key)
        assert held == 1
        assert await runner == [1, 2]
        assert await conn.fetchval(ADVISORY_HERE) == 0
    finally:
        await conn.close()


@pytest.mark.asyncio
async def test_changed_applied_file_aborts_naming_its_version(pg_empty_database, tmp_path):
    folder = _copy_with_extras(tmp_path, EXTRAS)
    await run_migrations(connect_kwargs={"dsn": pg_empty_database}, migrations=load_migrations(folder))
    (folder / "0002_marker.sql").write_text(EXTRAS["0002_marker.sql"] + "-- edited\n", encoding="utf-8")
    (folder / "0004_new.sql").write_text("CREATE TABLE should_not_exist (x int);\n", encoding="utf-8")
    with pytest.raises(ChecksumMismatchError, match="0002") as info:
        await run_migrations(connect_kwargs={"dsn": pg_empty_database}, migrations=load_migrations(folder))
    assert info.value.version == 2
    conn = await asyncpg.connect(pg_empty_database)
    try:
        assert await conn.fetchval("SELECT to_regclass('should_not_exist')") is None
        assert await conn.fetchval(ADVISORY_HERE) == 0
    finally:
        await conn.close()


@pytest.mark.asyncio
async def test_failing_file_rolls_back_alone_and_keeps_earlier_versions(pg_empty_database, tmp_path):
    folder = _copy_with_extras(tmp_path, {
        "0002_ok.sql": "CREATE TABLE two (x int);\n",
        "0003_broken.sql": "CREATE TABLE three (x int);\nSELECT no_such_function();\n",
    })
    with pytest.raises(asyncpg.UndefinedFunctionError):
        await run_migrations(connect_kwargs={"dsn": pg_empty_database}, migrations=load_migrations(folder))
    conn = await asyncpg.connect(pg_empty_database)
    try:
        versions = [r["version"] for r in await conn.fetch("SELECT version FROM schema_migrations ORDER BY 1")]
        assert versions == [1, 2]
        assert await conn.fetchval("SELECT to_regclass('three')") is None  # same transaction as the failure
    finally:
        await conn.close()


def test_loader_rejects_concurrently_bad_names_and_duplicates(tmp_path):
    (tmp_path / "0001_a.sql").write_text("CREATE INDEX CONCURRENTLY i ON t (x);\n")
    with pytest.raises(MigrationError, match="CONCURRENTLY"):
        load_migrations(tmp_path)
    (tmp_path / "0001_a.sql").write_text("SELECT 1;\n")
    (tmp_path / "1_bad.sql").write_text("SELECT 1;\n")
    with pytest.raises(MigrationError, match="NNNN"):
        load_migrations(tmp_path)
    (tmp_path / "1_bad.sql").unlink()
    (tmp_path / "0001_b.sql").write_text("SELECT 2;\n")
    with pytest.raises(MigrationError, match="duplicate"):
        load_migrations(tmp_path)


def _cli(env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(("DB_", "KEY_VAULT"))}
    env.update(env_extra)
    return subprocess.run([sys.executable, "-m", "shared_code.migrate"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_cli_applies_then_reports_up_to_date(pg_empty_database):
    url = pg_empty_database.replace("postgresql://", "postgresql+asyncpg://", 1)
    first = _cli({"DB_URL": url})
    assert first.returncode == 0, first.stderr
    assert "applied 0001" in first.stdout
    second = _cli({"DB_URL": url})
    assert second.returncode == 0, second.stderr
    assert "up to date" in second.stdout


def test_cli_fails_clearly_without_leaking_the_password():
    with_password = "postgresql://someone:sekret-pw-123@127.0.0.1:1/nope"
    failed = _cli({"DB_URL": with_password, "DB_CONNECT_TIMEOUT_SECONDS": "2"})
    assert failed.returncode == 1
    assert "migrate: failed" in failed.stderr
    assert "sekret-pw-123" not in failed.stderr + failed.stdout
    unconfigured = _cli({})
    assert unconfigured.returncode == 1
    assert "no database is configured" in unconfigured.stderr
