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

from tests.support.devhost import DevHost  # noqa: E402
from tests.support.postgres_fixtures import (  # noqa: E402,F401 - shared fixtures
    pg_database,
    pg_empty_database,
    pg_fresh_database,
    pg_scram_server,
    pg_server,
)


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
