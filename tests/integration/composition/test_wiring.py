"""The composition root wires real adapters: rotated secrets reach the LLM client and the key table."""

import json

import pytest

from shared_code.auth.env_keys import sha256_hex
from shared_code.composition import Container
from shared_code.ports import ChatMessage
from shared_code.settings import Settings
from tests.support.fake_llm import FakeLLMServer


class RotatingSecrets:
    """A SecretSource whose values the test changes, as a Key Vault rotation would."""

    def __init__(self, values):
        self.values = dict(values)

    async def get(self, name):
        return self.values.get(name)


@pytest.fixture
def llm():
    with FakeLLMServer() as server:
        yield server


async def test_rotated_llm_key_is_used_by_the_next_call(llm):
    secrets = RotatingSecrets({"llm-api-key": "key-one", "llm-api-base": llm.url})
    container = Container(Settings(llm_model="openai/fake-model", llm_api_key="env-key", usage_tracking="off",
                                   llm_api_base="http://127.0.0.1:9/v1"), secrets=secrets)
    try:
        messages = [ChatMessage("system", "s"), ChatMessage("user", "u")]
        await (await container.llm()).complete_text(messages, call_kind="analysis")
        secrets.values["llm-api-key"] = "key-two"
        await (await container.llm()).complete_text(messages, call_kind="analysis")
        assert [r.headers["authorization"] for r in llm.requests] == ["Bearer key-one", "Bearer key-two"]
    finally:
        await container.close()


async def test_fallback_credentials_come_from_key_vault_and_rotate(llm):
    """A failing primary, a fallback whose key and endpoint are vault secrets (the settings hold wrong ones)."""
    with FakeLLMServer() as fallback:
        llm.script(status=500, times=None)
        secrets = RotatingSecrets({"llm-api-base": llm.url, "llm-fallback-1-api-key": "vault-one",
                                   "llm-fallback-1-api-base": fallback.url})
        container = Container(Settings(llm_model="openai/fake-model", usage_tracking="off", llm_max_attempts=1,
                                       llm_fallback_models="openai/fallback-model",
                                       llm_fallback_1_api_key="env-key", llm_fallback_1_api_base="http://127.0.0.1:9/v1"),
                              secrets=secrets)
        try:
            messages = [ChatMessage("system", "s"), ChatMessage("user", "u")]
            await (await container.llm()).complete_text(messages, call_kind="analysis")
            secrets.values["llm-fallback-1-api-key"] = "vault-two"
            await (await container.llm()).complete_text(messages, call_kind="analysis")
            assert [r.headers["authorization"] for r in fallback.requests] == ["Bearer vault-one", "Bearer vault-two"]
        finally:
            await container.close()


async def test_rotated_auth_keys_rebuild_the_table(llm):
    first = [{"key_id": "a", "name": "A", "tenant_id": "t", "key": "old-key"}]
    secrets = RotatingSecrets({"auth-api-keys": json.dumps(first)})
    container = Container(Settings(usage_tracking="off", auth_api_keys="[]"), secrets=secrets)
    auth = await container.authenticator()
    assert (await auth.authenticate({"authorization": "Bearer old-key"})).key_id == "a"
    secrets.values["auth-api-keys"] = json.dumps([{"key_id": "b", "name": "B", "tenant_id": "t",
                                                   "key_sha256": sha256_hex("new-key")}])
    assert (await auth.authenticate({"authorization": "Bearer new-key"})).key_id == "b"
    with pytest.raises(Exception) as info:
        await auth.authenticate({"authorization": "Bearer old-key"})
    assert info.value.status == 401


async def test_missing_secret_falls_back_to_the_setting(llm):
    container = Container(Settings(usage_tracking="off", llm_api_key="env-key"), secrets=RotatingSecrets({}))
    assert await container.secret("llm-api-key", "env-key") == "env-key"


@pytest.mark.parametrize(("settings", "expected"), [
    ({"db_url": "postgresql://u@127.0.0.1:1/d"}, "SharedRateLimiter"),
    ({"db_url": "postgresql://u@127.0.0.1:1/d", "rate_limit_shared": False}, "TenantRateLimiter"),
    ({}, "TenantRateLimiter"),  # no database: per instance only
    ({"db_url": "postgresql://u@127.0.0.1:1/d", "rate_limit_per_minute": 0}, "TenantRateLimiter"),  # off
])
def test_the_rate_limit_holds_across_instances_only_with_a_database(settings, expected):
    container = Container(Settings(_env_file=None, usage_tracking="off", **settings))
    assert type(container.rate_limiter).__name__ == expected
