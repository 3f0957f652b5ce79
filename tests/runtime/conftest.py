"""Fixtures for the runtime-driven tests: one fake LLM, one migrated database and one function app
started through azure-functions-runtime (tests/runtime/host.py) per test module."""

from __future__ import annotations

import json

import pytest

from tests.http.conftest import llm, responder  # noqa: F401 - the same fake LLM fixtures as the HTTP tests
from tests.runtime.host import RuntimeHost

USER_KEY = "runtime-user-key"
ADMIN_KEY = "runtime-admin-key"
KEYS = [
    {"key_id": "k-user", "name": "Test user", "tenant_id": "tenant-a", "key": USER_KEY},
    {"key_id": "k-admin", "name": "Test admin", "tenant_id": "ops", "is_superuser": True, "key": ADMIN_KEY},
]


def app_env(llm_url: str, db_dsn: str) -> dict[str, str]:
    return {
        "LLM_MODEL": "openai/fake-model", "LLM_API_BASE": llm_url, "LLM_API_KEY": "fake",
        "LLM_RETRY_BASE_SECONDS": "0.01", "AUTH_API_KEYS": json.dumps(KEYS), "USAGE_TRACKING": "on",
        "USAGE_FLUSH_INTERVAL_SECONDS": "0.1", "DB_URL": db_dsn,
        "ANONYMIZER_EXECUTOR": "thread",  # what auto picks on a 1-vCPU instance; starts no worker process
        "LLM_PRICES": json.dumps({"openai/fake-model": {"input_cost_per_token": 1e-6, "output_cost_per_token": 2e-6}}),
    }


@pytest.fixture(scope="module")
def runtime(llm, pg_database):
    with RuntimeHost(app_env(llm.url, pg_database)) as host:
        yield host


def bearer(key: str = USER_KEY) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}
