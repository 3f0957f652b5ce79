"""Keep a developer's app settings out of these tests (they build Settings explicitly)."""

import os

import pytest

_APP_ENV_PREFIXES = ("DB_", "USAGE_", "KEY_VAULT_", "AZURE_CLIENT_ID", "LLM_API_KEY", "LLM_API_BASE", "AUTH_API_KEYS")


@pytest.fixture(autouse=True)
def _no_app_settings_from_the_environment(monkeypatch):
    for name in list(os.environ):
        if name.upper().startswith(_APP_ENV_PREFIXES):
            monkeypatch.delenv(name, raising=False)
