"""PostgreSQL fixtures for this folder (see tests/support/postgres_fixtures.py)."""

import os
import sys
from pathlib import Path

import pytest

_ROOT = str(Path(__file__).resolve().parents[3])
if _ROOT not in sys.path:  # run without the root conftest: make `tests.support` importable
    sys.path.insert(0, _ROOT)

from tests.support.postgres_fixtures import (  # noqa: E402,F401
    pg_database,
    pg_empty_database,
    pg_fresh_database,
    pg_scram_server,
    pg_server,
)

_APP_ENV_PREFIXES = ("DB_", "USAGE_", "KEY_VAULT_", "AZURE_CLIENT_ID")


@pytest.fixture(autouse=True)
def _no_app_db_settings_from_the_environment(monkeypatch):
    """Tests build Settings explicitly; a developer's DB_* / USAGE_* variables must not leak in."""
    for name in list(os.environ):
        if name.upper().startswith(_APP_ENV_PREFIXES):
            monkeypatch.delenv(name, raising=False)
