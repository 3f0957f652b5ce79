"""Settings → asyncpg connection arguments (docs/database.md § Connection and Entra authentication). Pure: nothing here connects.

Password mode: ``DB_URL`` (``postgresql+asyncpg://`` accepted) wins over ``DB_HOST``/``DB_PORT``/
``DB_NAME``/``DB_USER``/``DB_PASSWORD``; ``DB_PASSWORD`` is used with ``DB_URL`` only when the URL has no
password. TLS per ``DB_SSL``; when ``DB_SSL`` is unset an ``sslmode`` in the URL is respected.

Entra mode: user ``DB_USER``, password = an async callable returning the current access token (asyncpg
calls it for every new connection), TLS ``verify-full`` against the system trust store unless
``DB_SSL`` says otherwise (loopback tests only).
"""

from __future__ import annotations

import ssl
from typing import Any, Awaitable, Callable
from urllib.parse import parse_qs, urlsplit

from shared_code.settings import Settings

PasswordProvider = Callable[[], Awaitable[str]]

_URL_PREFIXES = ("postgresql+asyncpg://", "postgres+asyncpg://")


class DatabaseConfigError(ValueError):
    """The database settings are incomplete or contradictory (message names settings, never values)."""


def normalize_db_url(url: str) -> str:
    """``postgresql+asyncpg://…`` (SQLAlchemy style) → ``postgresql://…``; other URLs unchanged."""
    text = url.strip()
    for prefix in _URL_PREFIXES:
        if text.lower().startswith(prefix):
            return "postgresql://" + text[len(prefix):]
    return text


def verify_full_context() -> ssl.SSLContext:
    """TLS with certificate and host-name verification against the system trust store."""
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    return context


def ssl_argument(mode: str) -> ssl.SSLContext | str | bool:
    """The asyncpg ``ssl=`` value for a ``DB_SSL`` mode."""
    if mode == "disable":
        return False
    if mode == "verify-full":
        return verify_full_context()
    if mode in ("prefer", "require"):
        return mode
    raise DatabaseConfigError("DB_SSL must be one of disable, prefer, require, verify-full")


def _url_query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def _url_has_password(url: str) -> bool:
    return bool(urlsplit(url).password)


def build_connect_kwargs(settings: Settings, *, password_provider: PasswordProvider | None = None) -> dict[str, Any]:
    """Keyword arguments for ``asyncpg.connect`` / ``asyncpg.create_pool`` (pool sizes excluded)."""
    if not settings.database_configured:
        raise DatabaseConfigError("No database is configured (set DB_URL or DB_HOST)")
    kwargs: dict[str, Any] = {
        "timeout": settings.db_connect_timeout_seconds,
        "command_timeout": settings.db_command_timeout_seconds,
    }
    url = normalize_db_url(settings.db_url) if settings.db_url else None
    if url:
        kwargs["dsn"] = url
    else:
        kwargs.update(host=settings.db_host, port=settings.db_port)
        if settings.db_name:
            kwargs["database"] = settings.db_name
        if settings.db_user:
            kwargs["user"] = settings.db_user

    if settings.db_auth_mode == "entra":
        if not settings.db_user:
            raise DatabaseConfigError("DB_USER (the Postgres role of the identity) is required in entra mode")
        if password_provider is None:
            raise DatabaseConfigError("entra mode needs a token provider")
        kwargs["user"] = settings.db_user
        kwargs["password"] = password_provider
    elif settings.db_password and not (url and _url_has_password(url)):
        kwargs["password"] = settings.db_password

    url_sets_ssl = bool(url) and any(k in _url_query(url) for k in ("sslmode", "ssl"))
    if settings.db_ssl or settings.db_auth_mode == "entra" or not url_sets_ssl:
        kwargs["ssl"] = ssl_argument(settings.effective_db_ssl)
    return kwargs
