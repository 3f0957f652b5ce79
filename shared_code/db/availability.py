"""Which database failures mean "the database is unavailable" (503) rather than a bug or bad data."""

from __future__ import annotations

import asyncio

# SQLSTATE classes: 08 connection exception, 28 invalid authorization, 53 insufficient resources,
# 57 operator intervention (admin shutdown, cannot connect now, query canceled), 58 system error.
_UNAVAILABLE_SQLSTATE_CLASSES = ("08", "28", "53", "57", "58")


def is_unavailable(exc: BaseException) -> bool:
    """True for connection, authentication, timeout and server-side availability failures."""
    import asyncpg

    if isinstance(exc, (OSError, asyncio.TimeoutError, ConnectionError)):
        return True
    if isinstance(exc, (asyncpg.InterfaceError, asyncpg.exceptions.ConnectionDoesNotExistError)):
        return True
    if isinstance(exc, asyncpg.PostgresError):
        sqlstate = getattr(exc, "sqlstate", None) or ""
        return sqlstate[:2] in _UNAVAILABLE_SQLSTATE_CLASSES
    return False
