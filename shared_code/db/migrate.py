"""Schema migrations runner (docs/database.md § Migrations).

Plain SQL files ``migrations/NNNN_<name>.sql`` applied in numeric order, each in one transaction with its
``schema_migrations`` row. One dedicated connection (same auth as the pool) holds
``pg_advisory_lock(hashtextextended('qfa:schema-migrations', 0))`` for the whole run, with a 120 s
statement timeout, so concurrent runners queue and the later ones find nothing to do. The checksum of
every applied file is verified first: a changed file aborts the run naming its version. Applied versions
without a file (a rolled-back release) are tolerated with a WARNING.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from shared_code.logs import event, format_fields

log = logging.getLogger("qfa.db")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
LOCK_TEXT = "qfa:schema-migrations"
STATEMENT_TIMEOUT_MS = 120_000
_CLIENT_TIMEOUT_SECONDS = STATEMENT_TIMEOUT_MS / 1000 + 10  # the server-side timeout fires first
_FILE_RE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
_FORBIDDEN_RE = re.compile(r"\bCONCURRENTLY\b", re.IGNORECASE)

_CREATE_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer     PRIMARY KEY,
    name       text        NOT NULL,
    checksum   char(64)    NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
)"""


class MigrationError(Exception):
    """A migration run failed; the message is safe to print (no secrets, no SQL values)."""


class ChecksumMismatchError(MigrationError):
    def __init__(self, version: int) -> None:
        super().__init__(f"migration {version:04d} was changed after it was applied (checksum mismatch)")
        self.version = version


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str
    checksum: str  # lowercase hex SHA-256 of the file bytes


def load_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """The migration files of ``directory`` in version order (validated names, unique versions)."""
    found: dict[int, Migration] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _FILE_RE.match(path.name)
        if not match:
            raise MigrationError(f"migration file name {path.name!r} is not NNNN_<name>.sql")
        data = path.read_bytes()
        sql = data.decode("utf-8")
        version = int(match.group(1))
        if version in found:
            raise MigrationError(f"duplicate migration version {version:04d}")
        if _FORBIDDEN_RE.search(sql):
            raise MigrationError(f"migration {version:04d} uses CONCURRENTLY, which cannot run in a transaction")
        found[version] = Migration(version, match.group(2), sql, hashlib.sha256(data).hexdigest())
    return [found[v] for v in sorted(found)]


def _verify(applied: dict[int, str], migrations: Sequence[Migration]) -> list[Migration]:
    """Check the checksums of applied files; return the pending migrations."""
    by_version = {m.version: m for m in migrations}
    for version, checksum in sorted(applied.items()):
        migration = by_version.get(version)
        if migration is None:
            event(log, "migration", logging.WARNING, outcome="unknown_applied_version", version=version)
        elif migration.checksum != checksum.strip():
            raise ChecksumMismatchError(version)
    return [m for m in migrations if m.version not in applied]


async def apply_migrations(conn: Any, migrations: Sequence[Migration] | None = None) -> list[int]:
    """Apply pending migrations on an open asyncpg connection; returns the versions applied."""
    migrations = load_migrations() if migrations is None else list(migrations)
    await conn.execute(f"SET statement_timeout = {STATEMENT_TIMEOUT_MS}")
    await conn.execute("SELECT pg_advisory_lock(hashtextextended($1, 0))", LOCK_TEXT)
    try:
        await conn.execute(_CREATE_TABLE)
        rows = await conn.fetch("SELECT version, checksum FROM schema_migrations")
        pending = _verify({r["version"]: r["checksum"] for r in rows}, migrations)
        applied: list[int] = []
        for migration in pending:
            async with conn.transaction():
                await conn.execute(migration.sql)
                await conn.execute(
                    "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
                    migration.version, migration.name, migration.checksum,
                )
            applied.append(migration.version)
            log.info("event=migration %s", format_fields(outcome="applied", version=migration.version, name=migration.name))
        event(log, "migration", outcome="done", applied=len(applied), known=len(migrations))
        return applied
    finally:
        if not conn.is_closed():
            await conn.execute("SELECT pg_advisory_unlock(hashtextextended($1, 0))", LOCK_TEXT)
            await conn.execute("RESET statement_timeout")


async def run_migrations(
    *,
    connect_kwargs: dict[str, Any],
    migrations: Sequence[Migration] | None = None,
) -> list[int]:
    """Open a dedicated connection with ``connect_kwargs`` (``DatabasePool.connect_kwargs()``: the pool's
    auth), apply pending migrations, close it. Returns the versions applied."""
    import asyncpg

    kwargs = dict(connect_kwargs)
    kwargs["command_timeout"] = _CLIENT_TIMEOUT_SECONDS
    conn = await asyncpg.connect(**kwargs)
    try:
        return await apply_migrations(conn, migrations)
    finally:
        await conn.close()
