#!/usr/bin/env python3
"""Create the local database named by DB_URL (default from local.settings.json) when it is missing.

Only for local development against a trust-auth PostgreSQL on 127.0.0.1; exits 0 when nothing to do.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def local_db_url() -> str | None:
    if os.environ.get("DB_URL"):
        return os.environ["DB_URL"]
    path = ROOT / "local.settings.json"
    if path.exists():
        return json.loads(path.read_text()).get("Values", {}).get("DB_URL")
    return None


async def ensure(url: str) -> None:
    import asyncpg

    parts = urllib.parse.urlsplit(url.replace("postgresql+asyncpg://", "postgresql://"))
    if parts.hostname not in ("127.0.0.1", "localhost"):
        return
    name = parts.path.lstrip("/") or "postgres"
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    conn = await asyncpg.connect(admin, timeout=5)
    try:
        if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            await conn.execute(f'CREATE DATABASE "{name}"')
            print(f"run: created local database {name}")
    finally:
        await conn.close()


def main() -> int:
    url = local_db_url()
    if not url:
        return 0
    try:
        asyncio.run(ensure(url))
    except Exception as exc:  # noqa: BLE001 - report and let the caller decide
        print(f"run: database check failed: {type(exc).__name__}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
