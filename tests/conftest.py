"""Root test configuration: offline environment first, then the shared fixtures.

Fixtures: ``devhost_factory`` (real HTTP server running function_app via scripts/devhost.py) and the
PostgreSQL fixtures of tests/support/postgres_fixtures.py (real server, fresh databases).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from tests.support import litellm_exit  # noqa: E402
from tests.support.devhost import DevHost  # noqa: E402
from tests.support.postgres_fixtures import (  # noqa: E402,F401 - shared fixtures
    pg_database,
    pg_empty_database,
    pg_fresh_database,
    pg_scram_server,
    pg_server,
)


_APP_ENV_PREFIXES = ("DB_", "USAGE_", "KEY_VAULT_", "AZURE_CLIENT_ID", "LLM_API_KEY", "LLM_API_BASE", "AUTH_API_KEYS")


@pytest.fixture(autouse=True)
def _no_app_settings_from_the_environment(monkeypatch):
    """Tests build Settings (or dev host environments) explicitly: a developer's own DB_*, USAGE_*,
    Key Vault or LLM credentials must never leak into them."""
    for name in list(os.environ):
        if name.upper().startswith(_APP_ENV_PREFIXES):
            monkeypatch.delenv(name, raising=False)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Release LiteLLM's HTTP handlers before interpreter exit, which they could otherwise hang
    (tests/support/litellm_exit.py)."""
    litellm_exit.release()


@pytest.fixture(scope="session")
def devhost_factory():
    """Start dev hosts with given settings; all are stopped at the end of the session."""
    started: list[DevHost] = []

    def start(env: dict[str, str]) -> DevHost:
        host = DevHost(env).__enter__()
        started.append(host)
        return host

    yield start
    for host in started:
        host.__exit__(None, None, None)
