"""Secret sources: env values, Key Vault TTL cache, single flight, fallbacks (client faked; the real
SecretClient over HTTPS is in tests/integration/secrets)."""

from __future__ import annotations

import asyncio
import logging
from types import SimpleNamespace

import pytest
from azure.core.exceptions import HttpResponseError, ResourceNotFoundError

from shared_code.secrets.env import EnvSecretSource
from shared_code.secrets.keyvault import KeyVaultSecretSource, build_secret_source
from shared_code.settings import Settings

ENV = dict(llm_api_key="env-llm-key", llm_api_base="https://env.example/v1", auth_api_keys='[{"env": true}]')


class FakeClient:
    def __init__(self, values: dict[str, str]) -> None:
        self.values = dict(values)
        self.calls: list[str] = []
        self.fail: Exception | None = None
        self.delay = 0.0
        self.closed = False

    async def get_secret(self, name: str):
        self.calls.append(name)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fail is not None:
            raise self.fail
        if name not in self.values:
            raise ResourceNotFoundError("SecretNotFound")
        return SimpleNamespace(name=name, value=self.values[name])

    async def close(self) -> None:
        self.closed = True


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _source(client: FakeClient, clock: Clock, ttl: float = 300.0) -> KeyVaultSecretSource:
    env = EnvSecretSource(Settings(_env_file=None, **ENV))
    return KeyVaultSecretSource("https://vault.example.vault.azure.net/", fallback=env, ttl_seconds=ttl,
                                clock=clock, client=client, credential=object())


@pytest.mark.asyncio
async def test_env_source_returns_the_settings_values_and_rejects_unknown_names():
    source = build_secret_source(Settings(_env_file=None, **ENV))
    assert isinstance(source, EnvSecretSource)
    assert await source.get("llm-api-key") == "env-llm-key"
    assert await source.get("llm-api-base") == "https://env.example/v1"
    assert await source.get("auth-api-keys") == '[{"env": true}]'
    with pytest.raises(ValueError, match="unknown secret name"):
        await source.get("db-password")


def test_factory_picks_key_vault_when_the_url_is_set():
    source = build_secret_source(Settings(_env_file=None, key_vault_url="https://v.vault.azure.net/",
                                          key_vault_cache_ttl_seconds=42), credential=object())
    assert isinstance(source, KeyVaultSecretSource) and source._ttl == 42 and source._client is None  # lazy


@pytest.mark.asyncio
async def test_values_are_cached_for_the_ttl_then_re_read_so_rotation_takes_effect():
    client, clock = FakeClient({"llm-api-key": "v1"}), Clock()
    source = _source(client, clock, ttl=300)
    assert await source.get("llm-api-key") == "v1"
    client.values["llm-api-key"] = "v2"  # rotated in the vault
    clock.now += 299
    assert await source.get("llm-api-key") == "v1" and client.calls == ["llm-api-key"]
    clock.now += 2
    assert await source.get("llm-api-key") == "v2" and len(client.calls) == 2


@pytest.mark.asyncio
async def test_refresh_is_single_flight_per_secret():
    client, clock = FakeClient({"llm-api-key": "v1", "auth-api-keys": "[]"}), Clock()
    client.delay = 0.05
    source = _source(client, clock)
    results = await asyncio.gather(*(source.get("llm-api-key") for _ in range(20)),
                                   *(source.get("auth-api-keys") for _ in range(20)))
    assert results == ["v1"] * 20 + ["[]"] * 20
    assert sorted(client.calls) == ["auth-api-keys", "llm-api-key"]


@pytest.mark.asyncio
async def test_failed_refresh_keeps_the_last_good_value_and_warns(caplog):
    client, clock = FakeClient({"auth-api-keys": "vault-secret-value"}), Clock()
    source = _source(client, clock, ttl=300)
    assert await source.get("auth-api-keys") == "vault-secret-value"
    client.fail = HttpResponseError("vault unavailable")
    clock.now += 301
    assert await source.get("auth-api-keys") == "vault-secret-value"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "event=kv_refresh outcome=failed name=auth-api-keys error_class=HttpResponseError serving=cached" in (
        warnings[0].getMessage())
    clock.now += 10
    assert await source.get("auth-api-keys") == "vault-secret-value" and len(client.calls) == 2  # no hammering
    client.fail = None
    client.values["auth-api-keys"] = "rotated"
    clock.now += 21  # failures are retried after 30 s
    assert await source.get("auth-api-keys") == "rotated"
    assert "vault-secret-value" not in caplog.text and "rotated" not in caplog.text


@pytest.mark.asyncio
async def test_first_load_failing_falls_back_to_the_environment(caplog):
    client, clock = FakeClient({"llm-api-key": "vault-value"}), Clock()
    client.fail = OSError("no route")
    source = _source(client, clock)
    assert await source.get("llm-api-key") == "env-llm-key"
    assert "outcome=failed name=llm-api-key error_class=OSError serving=environment" in caplog.text
    client.fail = None
    clock.now += 31
    assert await source.get("llm-api-key") == "vault-value"


@pytest.mark.asyncio
async def test_secret_missing_from_the_vault_serves_the_environment_value(caplog):
    caplog.set_level(logging.INFO)
    client, clock = FakeClient({}), Clock()
    source = _source(client, clock)
    assert await source.get("llm-api-base") == "https://env.example/v1"
    assert "event=kv_refresh outcome=missing name=llm-api-base serving=environment" in caplog.text
    assert await source.get("llm-api-base") == "https://env.example/v1" and len(client.calls) == 1  # cached too


@pytest.mark.asyncio
async def test_ttl_zero_reads_every_time_and_close_closes_the_client():
    client, clock = FakeClient({"llm-api-key": "a"}), Clock()
    source = _source(client, clock, ttl=0)
    for _ in range(3):
        assert await source.get("llm-api-key") == "a"
    assert len(client.calls) == 3
    await source.close()
    assert client.closed
