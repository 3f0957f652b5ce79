"""``python -m shared_code.migrate``: apply pending schema migrations with the app's settings.

Exit 0 and print the versions applied (or that the schema is up to date); exit 1 with a clear message.
Never prints the DSN, passwords or tokens.
"""

from __future__ import annotations

import asyncio
import sys


async def _run(container) -> list[int]:
    from shared_code.db.migrate import run_migrations
    from shared_code.secrets.credential import close_default_credential

    try:
        return await run_migrations(connect_kwargs=container.database.connect_kwargs())
    finally:
        await container.close()
        await close_default_credential()


def _describe(exc: Exception) -> str:
    """Class and message for errors whose text is safe (ours, server messages, socket errors); class only
    otherwise (a settings or DSN parsing error could echo a configured value)."""
    import asyncpg

    from shared_code.db.migrate import MigrationError

    if isinstance(exc, (MigrationError, asyncpg.PostgresError, OSError)):
        return f"{type(exc).__name__}: {exc}"
    return f"{type(exc).__name__} (check the DB_* settings)"


def main(argv: list[str] | None = None) -> int:
    from shared_code.composition import Container

    try:
        container = Container()
        if not container.settings.database_configured:
            print("migrate: no database is configured (set DB_URL or DB_HOST)", file=sys.stderr)
            return 1
        applied = asyncio.run(_run(container))
    except Exception as exc:  # noqa: BLE001 - a CLI reports every failure as one line
        print(f"migrate: failed: {_describe(exc)}", file=sys.stderr)
        return 1
    if applied:
        print("migrate: applied " + ", ".join(f"{v:04d}" for v in applied))
    else:
        print("migrate: schema is up to date (nothing to apply)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
