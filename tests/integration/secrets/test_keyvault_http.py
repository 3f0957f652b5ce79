"""The real SecretClient code path against a local fake Key Vault over verified HTTPS (no real network)."""

from __future__ import annotations

import logging

import pytest

from shared_code.secrets.keyvault import KeyVaultSecretSource, build_secret_source
from shared_code.settings import Settings


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def _settings(vault_url: str, **values) -> Settings:
    return Settings(_env_file=None, key_vault_url=vault_url, llm_api_key="env-key", llm_api_base="https://env/v1",
                    auth_api_keys="[]", **values)


@pytest.mark.asyncio
async def test_secret_client_runs_the_challenge_flow_and_reads_secrets(fake_vault, fake_credential, caplog):
    caplog.set_level(logging.DEBUG)
    fake_vault.secrets.update({"llm-api-key": "vault-llm-key-value", "auth-api-keys": '[{"key_sha256": "ab"}]'})
    source = build_secret_source(_settings(fake_vault.url), credential=fake_credential,
                                 client_options=fake_vault.client_options())
    assert isinstance(source, KeyVaultSecretSource)
    try:
        assert await source.get("llm-api-key") == "vault-llm-key-value"
        assert await source.get("auth-api-keys") == '[{"key_sha256": "ab"}]'
    finally:
        await source.close()
    # first request unauthenticated → 401 challenge; then the bearer token; the challenge is then cached
    assert fake_vault.log[0] == ("GET", "/secrets/llm-api-key/", False)
    assert fake_vault.log[1] == ("GET", "/secrets/llm-api-key/", True)
    assert fake_vault.log[2] == ("GET", "/secrets/auth-api-keys/", True)
    scopes, kwargs = fake_credential.requests[0]
    assert scopes == ("https://vault.azure.net/.default",) and kwargs.get("tenant_id") == fake_vault.tenant
    assert "vault-llm-key-value" not in caplog.text and fake_credential.token not in caplog.text


@pytest.mark.asyncio
async def test_rotation_takes_effect_after_the_ttl(fake_vault, fake_credential):
    fake_vault.secrets["llm-api-base"] = "https://v1.example/"
    clock = Clock()
    source = KeyVaultSecretSource(fake_vault.url, fallback=build_secret_source(Settings(_env_file=None)),
                                  credential=fake_credential, ttl_seconds=300, clock=clock,
                                  client_options=fake_vault.client_options())
    try:
        assert await source.get("llm-api-base") == "https://v1.example/"
        fake_vault.secrets["llm-api-base"] = "https://v2.example/"  # new secret version
        clock.now += 200
        assert await source.get("llm-api-base") == "https://v1.example/"  # served from cache, no request
        requests = len(fake_vault.log)
        clock.now += 101
        assert await source.get("llm-api-base") == "https://v2.example/"
        assert len(fake_vault.log) == requests + 1
    finally:
        await source.close()


@pytest.mark.asyncio
async def test_failed_refresh_keeps_the_last_good_value(fake_vault, fake_credential, caplog):
    fake_vault.secrets["auth-api-keys"] = "good-value"
    clock = Clock()
    source = KeyVaultSecretSource(fake_vault.url, fallback=build_secret_source(Settings(_env_file=None)),
                                  credential=fake_credential, ttl_seconds=60, clock=clock,
                                  client_options=fake_vault.client_options())
    try:
        assert await source.get("auth-api-keys") == "good-value"
        fake_vault.mode = "error"  # the vault answers 500
        clock.now += 61
        assert await source.get("auth-api-keys") == "good-value"
        await fake_vault.stop()  # the vault is gone entirely (connection refused)
        clock.now += 31
        assert await source.get("auth-api-keys") == "good-value"
        await fake_vault.restart()
        fake_vault.secrets["auth-api-keys"] = "new-value"
        clock.now += 31
        assert await source.get("auth-api-keys") == "new-value"
    finally:
        await source.close()
    failed = [r.getMessage() for r in caplog.records if "outcome=failed" in r.getMessage()]
    assert len(failed) == 2 and all(r.levelno == logging.WARNING for r in caplog.records
                                    if "outcome=failed" in r.getMessage())
    assert "name=auth-api-keys error_class=HttpResponseError serving=cached" in failed[0]
    assert "name=auth-api-keys" in failed[1] and "serving=cached" in failed[1]
    assert "good-value" not in caplog.text and "new-value" not in caplog.text


@pytest.mark.asyncio
async def test_secret_missing_from_the_vault_falls_back_to_the_environment(fake_vault, fake_credential):
    source = build_secret_source(_settings(fake_vault.url), credential=fake_credential,
                                 client_options=fake_vault.client_options())
    try:
        assert await source.get("llm-api-key") == "env-key"  # 404 SecretNotFound
        assert await source.get("llm-api-base") == "https://env/v1"
    finally:
        await source.close()
    assert [authorized for _m, _p, authorized in fake_vault.log][-2:] == [True, True]


@pytest.mark.asyncio
async def test_first_load_failing_falls_back_to_the_environment(fake_vault, fake_credential):
    await fake_vault.stop()
    source = build_secret_source(_settings(fake_vault.url), credential=fake_credential,
                                 client_options=fake_vault.client_options())
    try:
        assert await source.get("llm-api-key") == "env-key"
    finally:
        await source.close()


@pytest.mark.asyncio
async def test_tls_is_really_verified(fake_vault, fake_credential, caplog):
    """Against the system trust store the fake's self-signed certificate is rejected: the source falls
    back to the environment value and logs the failure."""
    fake_vault.secrets["llm-api-key"] = "vault-value"
    source = build_secret_source(_settings(fake_vault.url), credential=fake_credential,
                                 client_options=fake_vault.client_options(verify=True))
    try:
        assert await source.get("llm-api-key") == "env-key"
    finally:
        await source.close()
    assert "outcome=failed name=llm-api-key error_class=ServiceRequestError serving=environment" in caplog.text
    assert fake_vault.log == []  # the TLS handshake failed before any HTTP request
