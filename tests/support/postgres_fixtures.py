"""pytest fixtures over :mod:`tests.support.postgres`. Import the ones you need into a conftest.py:

    from tests.support.postgres_fixtures import pg_server, pg_database  # noqa: F401

* ``pg_server`` (session): admin DSN of a trust-auth server (127.0.0.1:5432, ``QFA_TEST_PG_DSN``, or a
  throwaway server). Never skips: no PostgreSQL → the fixture errors with the reason.
* ``pg_scram_server`` (session): admin DSN of a throwaway server that checks SCRAM passwords for every
  role except ``postgres`` (Entra token tests).
* ``pg_database`` (**module** scope): DSN of a fresh database with all migrations applied, shared by the
  tests of one module and dropped after it. Tests in a module must not depend on each other's rows
  (use unique tenant ids, or ``pg_fresh_database``).
* ``pg_fresh_database`` (function scope): a fresh migrated database per test.
* ``pg_empty_database`` (function scope): a fresh database without migrations (migration tests).

Databases are named ``qfa_test_<pid>_<random>`` and created from template0, so concurrent runs by other
developers on the same server never collide.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import pytest

from tests.support.postgres import (
    PostgresUnavailable,
    TestDatabase,
    create_test_database,
    drop_test_database,
    get_admin_dsn,
    run_sync,
)


def _admin(auth: str) -> str:
    try:
        return get_admin_dsn(auth)
    except PostgresUnavailable as exc:
        pytest.fail(f"PostgreSQL for tests is unavailable: {exc}", pytrace=False)


def migrate_database(dsn: str) -> list[int]:
    """Apply the app's migrations to ``dsn`` with the real runner; returns the versions applied."""
    from shared_code.db.migrate import run_migrations

    return run_sync(lambda: run_migrations(connect_kwargs={"dsn": dsn}))


@contextmanager
def _database(admin_dsn: str, *, migrate: bool) -> Iterator[TestDatabase]:
    database = create_test_database(admin_dsn)
    try:
        if migrate:
            migrate_database(database.dsn)
        yield database
    finally:
        drop_test_database(database)


@pytest.fixture(scope="session")
def pg_server() -> str:
    return _admin("trust")


@pytest.fixture(scope="session")
def pg_scram_server() -> str:
    return _admin("scram")


@pytest.fixture(scope="module")
def pg_database(pg_server: str) -> Iterator[str]:
    with _database(pg_server, migrate=True) as database:
        yield database.dsn


@pytest.fixture
def pg_fresh_database(pg_server: str) -> Iterator[str]:
    with _database(pg_server, migrate=True) as database:
        yield database.dsn


@pytest.fixture
def pg_empty_database(pg_server: str) -> Iterator[str]:
    with _database(pg_server, migrate=False) as database:
        yield database.dsn
