"""Secrets from the settings (environment) when no Key Vault is configured, and as Key Vault's fallback."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.settings import Settings

# Key Vault secret name → settings attribute
SECRET_SETTINGS = {
    "llm-api-key": "llm_api_key",
    "llm-api-base": "llm_api_base",
    "auth-api-keys": "auth_api_keys",
    # provider failover: llm-fallback-<N>-api-key / -api-base for LLM_FALLBACK_MODELS entry N (1-3)
    **{f"llm-fallback-{n}-api-{part}": f"llm_fallback_{n}_api_{part}" for n in (1, 2, 3) for part in ("key", "base")},
    "response-cache-secret": "response_cache_secret",
}


def check_secret_name(name: str) -> str:
    if name not in SECRET_SETTINGS:
        raise ValueError(f"unknown secret name {name!r}; expected one of {sorted(SECRET_SETTINGS)}")
    return name


class EnvSecretSource:
    """``SecretSource`` over the settings values (``LLM_API_KEY``, ``LLM_API_BASE``, ``AUTH_API_KEYS``)."""

    def __init__(self, settings: "Settings") -> None:
        self._settings = settings

    def value(self, name: str) -> str | None:
        return getattr(self._settings, SECRET_SETTINGS[check_secret_name(name)])

    async def get(self, name: str) -> str | None:
        return self.value(name)

    async def close(self) -> None:
        return None
