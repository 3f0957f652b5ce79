"""Settings → asyncpg arguments (pure; no database needed)."""

from __future__ import annotations

import ssl

import pytest

from shared_code.db.connection_config import (
    DatabaseConfigError,
    build_connect_kwargs,
    normalize_db_url,
    ssl_argument,
)
from shared_code.settings import Settings


async def _token() -> str:
    return "token"


def _settings(**values) -> Settings:
    return Settings(_env_file=None, **values)


def test_entra_mode_defaults_to_verify_full_against_the_system_trust_store():
    kwargs = build_connect_kwargs(
        _settings(db_auth_mode="entra", db_host="db.example", db_name="qfa", db_user="app-identity"),
        password_provider=_token,
    )
    context = kwargs["ssl"]
    assert isinstance(context, ssl.SSLContext)
    assert context.check_hostname is True
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert kwargs["user"] == "app-identity"
    assert kwargs["password"] is _token  # a callable: asyncpg calls it for every new connection
    assert (kwargs["host"], kwargs["port"], kwargs["database"]) == ("db.example", 5432, "qfa")


def test_entra_mode_with_url_still_uses_db_user_token_and_verify_full():
    kwargs = build_connect_kwargs(
        _settings(db_auth_mode="entra", db_url="postgresql://ignored@db.example/qfa?sslmode=disable",
                  db_user="app-identity"),
        password_provider=_token,
    )
    assert kwargs["user"] == "app-identity" and kwargs["password"] is _token
    assert isinstance(kwargs["ssl"], ssl.SSLContext)


def test_entra_ssl_is_injectable_for_loopback_tests():
    kwargs = build_connect_kwargs(
        _settings(db_auth_mode="entra", db_host="127.0.0.1", db_user="r", db_ssl="disable"), password_provider=_token)
    assert kwargs["ssl"] is False


def test_entra_mode_requires_db_user_and_a_token_provider():
    with pytest.raises(DatabaseConfigError, match="DB_USER"):
        build_connect_kwargs(_settings(db_auth_mode="entra", db_host="h"), password_provider=_token)
    with pytest.raises(DatabaseConfigError, match="token provider"):
        build_connect_kwargs(_settings(db_auth_mode="entra", db_host="h", db_user="u"))


def test_password_mode_url_normalisation_and_ssl_rules():
    assert normalize_db_url("postgresql+asyncpg://u:p@h:1/d") == "postgresql://u:p@h:1/d"
    assert normalize_db_url("postgresql://u@h/d") == "postgresql://u@h/d"
    kwargs = build_connect_kwargs(_settings(db_url="postgresql+asyncpg://u@h/d", db_command_timeout_seconds=7))
    assert kwargs["dsn"] == "postgresql://u@h/d" and kwargs["ssl"] == "prefer" and kwargs["command_timeout"] == 7
    in_url = build_connect_kwargs(_settings(db_url="postgresql://u@h/d?sslmode=require"))
    assert "ssl" not in in_url  # the URL's sslmode is respected when DB_SSL is unset
    explicit = build_connect_kwargs(_settings(db_url="postgresql://u@h/d?sslmode=require", db_ssl="disable"))
    assert explicit["ssl"] is False


def test_password_mode_parts_and_password_precedence():
    parts = build_connect_kwargs(_settings(db_host="h", db_port=6543, db_name="d", db_user="u", db_password="pw"))
    assert (parts["host"], parts["port"], parts["database"], parts["user"], parts["password"]) == (
        "h", 6543, "d", "u", "pw")
    assert build_connect_kwargs(_settings(db_url="postgresql://u@h/d", db_password="pw"))["password"] == "pw"
    assert "password" not in build_connect_kwargs(_settings(db_url="postgresql://u:own@h/d", db_password="pw"))
    with pytest.raises(DatabaseConfigError):
        build_connect_kwargs(_settings())


def test_ssl_argument_modes():
    assert ssl_argument("disable") is False
    assert ssl_argument("prefer") == "prefer" and ssl_argument("require") == "require"
    assert isinstance(ssl_argument("verify-full"), ssl.SSLContext)
    with pytest.raises(DatabaseConfigError):
        ssl_argument("allow")
