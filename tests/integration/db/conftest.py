"""PostgreSQL fixtures for this folder (see tests/support/postgres_fixtures.py)."""

import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[3])
if _ROOT not in sys.path:  # `pytest` without a root config: make `tests.support` importable
    sys.path.insert(0, _ROOT)

from tests.support.postgres_fixtures import (  # noqa: E402,F401
    pg_database,
    pg_empty_database,
    pg_fresh_database,
    pg_scram_server,
    pg_server,
)
