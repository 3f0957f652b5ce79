"""Entra mode against a real PostgreSQL that checks SCRAM passwords: the fake credential's tokens are the
role's password, so a wrong or stale token really fails at login (docs/database.md § Connection and Entra authentication)."""

from __future__ import annotations

import asyncio
import logging
import secrets
import uuid
from types import SimpleNamespace

import asyncpg
import pytest
import pytest_asyncio

from shared_code.db.entra import EntraTokenProvider
from shared_code.db.pool import DatabasePool
from shared_code.errors import DatabaseUnavailableError
from shared_code.settings import Settings

SCOPE = "https://ossrdbms-aad.database.windows.net/.default"


def _jwt_like() -> str:
    """A token as long as a real Entra access token (~1.5 KB), unique per call."""
    return "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9." + secrets.token_urlsafe(1100) + "." + secrets.token_urlsafe(256)


class FakeCredential:
    """``async get_token(scope) -> AccessToken(token, expires_on)``; the test decides the token and expiry."""

    def __init__(self, token: str, expires_on: float, delay: float = 0.0) -> None:
        self.token, self.expires_on, self.delay = token, expires_on, delay
        self.scopes: list[str] = []
        self.fail: Exception | None = None

    async def get_token(self, *scopes: str, **_kwargs):
        self.scopes.extend(scopes)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fail is not None:
            raise self.fail
        return SimpleNamespace(token=self.token, expires_on=int(self.expires_on))


class Clock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest_asyncio.fixture
async def entra_role(pg_scram_server):
    """A login role whose password is the first token; yields (admin connection, role, port, token)."""
    role, token = f"qfa_entra_{uuid.uuid4().hex[:8]}", _jwt_like()
    admin = await asyncpg.connect(pg_scram_server)
    await admin.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{token}'")
    port = int(pg_scram_server.rsplit(":", 1)[1].split("/")[0])
    try:
        yield admin, role, port, token
    finally:
        await admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1", role)
        await admin.execute(f"DROP ROLE IF EXISTS {role}")
        await admin.close()


def _entra_settings(role: str, port: int) -> Settings:
    return Settings(_env_file=None, db_auth_mode="entra", db_host="127.0.0.1", db_port=port, db_name="postgres",
                    db_user=role, db_ssl="disable", db_aad_scope=SCOPE, db_pool_max_size=4)


@pytest.mark.asyncio
async def test_entra_pool_logs_in_with_the_credentials_token(entra_role, caplog):
    caplog.set_level(logging.DEBUG)
    admin, role, port, token = entra_role
    clock = Clock()
    credential = FakeCredential(token, clock.now + 3600)
    db = DatabasePool(_entra_settings(role, port), credential=credential)
    try:
        async with db.acquire() as conn:
            assert await conn.fetchval("SELECT current_user") == role
            pid = await conn.fetchval("SELECT pg_backend_pid()")
            assert await admin.fetchval("SELECT client_addr::text FROM pg_stat_activity WHERE pid = $1",
                                        pid) == "127.0.0.1/32"  # TCP, where pg_hba demands scram-sha-256
    finally:
        await db.close()
    assert credential.scopes == [SCOPE]
    assert token not in caplog.text


@pytest.mark.asyncio
async def test_rotation_only_new_connections_use_the_new_token(entra_role, caplog):
    caplog.set_level(logging.DEBUG)
    admin, role, port, old_token = entra_role
    clock = Clock()
    credential = FakeCredential(old_token, clock.now + 3600)
    provider = EntraTokenProvider(SCOPE, credential=credential, clock=clock)
    calls = []

    async def counting_password() -> str:
        calls.append(1)
        return await provider()

    db = DatabasePool(_entra_settings(role, port), token_provider=counting_password)
    try:
        async with db.acquire() as old_conn:
            old_pid = await old_conn.fetchval("SELECT pg_backend_pid()")
            async with db.acquire() as second:  # a second new connection within validity: cached token
                await second.fetchval("SELECT 1")
            assert provider.refreshes == 1 and len(calls) == 2

            new_token = _jwt_like()
            await admin.execute(f"ALTER ROLE {role} PASSWORD '{new_token}'")
            credential.token, credential.expires_on = new_token, clock.now + 2 * 3600
            clock.now += 3600 - 240  # under 5 minutes of validity left → next use refreshes

            async with db.acquire() as c1, db.acquire() as c2, db.acquire() as c3:
                pids = {await c.fetchval("SELECT pg_backend_pid()") for c in (c1, c2, c3)}
            assert provider.refreshes == 2
            assert old_pid not in pids
            assert await old_conn.fetchval("SELECT current_user") == role  # the old connection stays valid
            assert await old_conn.fetchval("SELECT pg_backend_pid()") == old_pid
    finally:
        await db.close()
    with pytest.raises(asyncpg.InvalidPasswordError):
        await asyncpg.connect(host="127.0.0.1", port=port, user=role, password=old_token, database="postgres",
                              ssl=False)
    fresh = await asyncpg.connect(host="127.0.0.1", port=port, user=role, password=new_token, database="postgres",
                                  ssl=False)
    await fresh.close()
    assert credential.scopes == [SCOPE, SCOPE]
    assert old_token not in caplog.text and new_token not in caplog.text


@pytest.mark.asyncio
async def test_a_token_the_server_rejects_is_database_unavailable(entra_role):
    _admin, role, port, _token = entra_role
    credential = FakeCredential(_jwt_like(), Clock().now + 3600)
    db = DatabasePool(_entra_settings(role, port), token_provider=EntraTokenProvider(
        SCOPE, credential=credential, clock=Clock()))
    try:
        with pytest.raises(DatabaseUnavailableError):
            async with db.acquire():
                pass
    finally:
        await db.close()


# token provider behaviour (no database) -------------------------------------------------------------
@pytest.mark.asyncio
async def test_token_is_cached_and_refreshed_single_flight():
    clock = Clock()
    credential = FakeCredential("t1", clock.now + 3600, delay=0.05)
    provider = EntraTokenProvider(SCOPE, credential=credential, clock=clock)
    assert await asyncio.gather(*(provider() for _ in range(25))) == ["t1"] * 25
    assert len(credential.scopes) == 1
    clock.now += 3600 - 301  # 301 s left: still fresh
    assert await provider() == "t1" and len(credential.scopes) == 1
    clock.now += 2  # 299 s left: refresh, once for all concurrent callers
    credential.token, credential.expires_on = "t2", clock.now + 3600
    assert await asyncio.gather(*(provider() for _ in range(25))) == ["t2"] * 25
    assert len(credential.scopes) == 2


@pytest.mark.asyncio
async def test_a_near_expiry_token_is_refetched_at_most_every_30_seconds():
    clock = Clock()
    credential = FakeCredential("short", clock.now + 120)  # the credential itself hands out a short token
    provider = EntraTokenProvider(SCOPE, credential=credential, clock=clock)
    for _ in range(10):
        assert await provider() == "short"
    assert len(credential.scopes) == 1
    clock.now += 31
    await provider()
    assert len(credential.scopes) == 2


@pytest.mark.asyncio
async def test_failed_refresh_serves_a_still_valid_token_and_raises_once_expired(caplog):
    clock = Clock()
    credential = FakeCredential("secret-token-value", clock.now + 3600)
    provider = EntraTokenProvider(SCOPE, credential=credential, clock=clock)
    assert await provider() == "secret-token-value"
    credential.fail = RuntimeError("identity endpoint down")
    clock.now += 3600 - 60
    assert await provider() == "secret-token-value"
    clock.now += 120
    with pytest.raises(RuntimeError):
        await provider()
    assert "event=db_token outcome=failed" in caplog.text
    assert "secret-token-value" not in caplog.text
