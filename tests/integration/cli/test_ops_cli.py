"""``python -m shared_code.cli`` as a subprocess with DB_URL set, against a real PostgreSQL."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import uuid
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import asyncpg
import httpx
import pytest

from shared_code.auth.env_keys import sha256_hex
from tests.support.postgres import run_sync

ROOT = Path(__file__).resolve().parents[3]
ENV_KEYS = [{"key_id": "env-root", "name": "Bootstrap", "tenant_id": "ops", "is_superuser": True, "key": "root-key"},
            {"key_id": "env-user", "name": "EspoCRM", "tenant_id": "tenant-a", "key": "user-key"}]


def cli(*args: str, dsn: str | None, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DB_", "AUTH_", "USAGE_", "KEY_VAULT", "LLM_"))}
    if dsn:
        clean["DB_URL"] = dsn
    clean.update(env)
    return subprocess.run([sys.executable, "-m", "shared_code.cli", *args], cwd=ROOT, env=clean,
                          capture_output=True, text=True, timeout=120)


def ok(*args: str, dsn: str, **env: str) -> str:
    result = cli(*args, dsn=dsn, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def failed(*args: str, dsn: str | None, **env: str) -> str:
    result = cli(*args, dsn=dsn, **env)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stdout == ""
    return result.stderr.strip()


def query(dsn: str, sql: str, *args):
    async def go():
        conn = await asyncpg.connect(dsn)
        try:
            return await conn.fetch(sql, *args)
        finally:
            await conn.close()

    return run_sync(go)


def test_migrate_applies_then_reports_up_to_date(pg_empty_database):
    assert ok("migrate", dsn=pg_empty_database).strip() == "applied 0001, 0002, 0003, 0004"
    assert ok("migrate", dsn=pg_empty_database).strip() == "schema is up to date"
    assert json.loads(ok("--json", "migrate", dsn=pg_empty_database)) == {"applied": []}
    assert query(pg_empty_database, "SELECT version FROM schema_migrations")[0]["version"] == 1


def test_no_database_and_unreachable_database_fail_cleanly():
    assert failed("tenant", "list", dsn=None).endswith("No database is configured (set DB_URL or DB_HOST)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dsn = f"postgresql://postgres:s3cret@127.0.0.1:{port}/qfa"
    for args in (("tenant", "list"), ("key", "list"), ("usage",)):
        message = failed(*args, dsn=dsn, DB_CONNECT_TIMEOUT_SECONDS="2")
        assert "temporarily unavailable" in message and "s3cret" not in message
    assert "s3cret" not in failed("migrate", dsn=dsn, DB_CONNECT_TIMEOUT_SECONDS="2")


def test_bad_arguments_exit_2():
    assert cli("key", "create", "--name", "x", dsn=None).returncode == 2
    assert cli("usage", "--by", "model", dsn=None).returncode == 2


def test_tenants_and_keys_end_to_end(pg_fresh_database, devhost_factory):
    dsn = pg_fresh_database
    tenant = re.fullmatch(r"tenant_id: (\S+)\n", ok("tenant", "create", "Acme", dsn=dsn)).group(1)
    assert uuid.UUID(tenant).version == 4
    ops = json.loads(ok("--json", "tenant", "create", "Ops", "--allow-superusers", dsn=dsn))["tenant_id"]
    listing = ok("tenant", "list", dsn=dsn)
    assert listing.splitlines()[0].split() == ["TENANT", "ID", "NAME", "SUPERUSERS"]
    assert re.search(rf"^{tenant}\s+Acme\s+no$", listing, re.M) and re.search(rf"^{ops}\s+Ops\s+yes$", listing, re.M)

    out = ok("key", "create", "--tenant", tenant, "--name", "espocrm", dsn=dsn)
    key_id = re.search(r"^key_id:\s+(\S+)$", out, re.M).group(1)
    api_key = re.search(r"^api_key:\s+(qfa_[A-Za-z0-9_-]{43})$", out, re.M).group(1)
    assert "shown only once" in out
    [row] = query(dsn, "SELECT key_id, key_sha256, is_superuser FROM api_keys")
    assert (row["key_id"], row["key_sha256"], row["is_superuser"]) == (key_id, sha256_hex(api_key), False)

    assert failed("key", "create", "--tenant", "nope", "--name", "x", dsn=dsn).endswith("Tenant 'nope' not found")
    assert failed("key", "create", "--tenant", tenant, "--name", "x", "--superuser", dsn=dsn).endswith(
        f"Tenant '{tenant}' does not allow superuser keys")
    root = json.loads(ok("--json", "key", "create", "--tenant", ops, "--name", "root", "--superuser", dsn=dsn))

    keys = ok("key", "list", dsn=dsn, AUTH_API_KEYS=json.dumps(ENV_KEYS)).splitlines()
    assert [line.split()[0] for line in keys[2:]] == ["env-root", "env-user"] + [
        k for _, k in sorted([(tenant, key_id), (ops, root["key_id"])])]
    assert keys[2].split()[-1] == "AUTH_API_KEYS" and keys[-1].split()[-1] == "database"
    assert api_key not in "\n".join(keys) and sha256_hex(api_key) not in "\n".join(keys)
    only = json.loads(ok("--json", "key", "list", "--tenant", tenant, dsn=dsn, AUTH_API_KEYS=json.dumps(ENV_KEYS)))
    assert only == {"auth_keys": [{"key_id": key_id, "name": "espocrm", "tenant_id": tenant, "is_superuser": False}]}

    # the app sees CLI changes on its very next request
    host = devhost_factory({"DB_URL": dsn, "AUTH_API_KEYS": json.dumps(ENV_KEYS), "USAGE_TRACKING": "on"})
    headers = {"Authorization": f"Bearer {api_key}"}
    assert httpx.get(host.url + "/v1/usage", headers=headers).json()["tenant_id"] == tenant
    assert ok("key", "revoke", key_id, dsn=dsn).strip() == f"revoked key {key_id}"
    assert httpx.get(host.url + "/v1/usage", headers=headers).status_code == 401
    assert failed("key", "revoke", key_id, dsn=dsn).endswith(f"Key with id '{key_id}' not found")

    root_headers = {"Authorization": f"Bearer {root['api_key']}"}
    assert httpx.get(host.url + "/v1/admin/tenants", headers=root_headers).status_code == 200
    assert ok("tenant", "delete", ops, dsn=dsn).strip() == f"deleted tenant {ops} and its keys"
    assert httpx.get(host.url + "/v1/admin/tenants", headers=root_headers).status_code == 401
    assert failed("tenant", "delete", ops, dsn=dsn).endswith(f"Tenant '{ops}' not found")


@pytest.fixture(scope="module")
def usage_dsn(pg_database):
    t0 = datetime(2025, 5, 1, tzinfo=timezone.utc)
    rows = [("tenant-a", "summarize", 100, "0.010", "ok"), ("tenant-a", "summarize", 300, "0.030", "ok"),
            ("tenant-a", "analyze", 1000, None, "ok"), ("tenant-b", "analyze", 500, "0.500", "error")]

    async def insert():
        conn = await asyncpg.connect(pg_database)
        try:
            await conn.executemany(
                "INSERT INTO llm_calls (tenant_id, operation, call_id, call_kind, started_at, call_duration_ms,"
                " input_tokens, output_tokens, cost_usd, status, error_class)"
                " VALUES ($1, $2, $3, 'summary', $4, $5, 10, 2, $6, $7, $8)",
                [(t, o, uuid.uuid4(), t0, d, None if c is None else Decimal(c), s, "X" if s == "error" else None)
                 for t, o, d, c, s in rows])
        finally:
            await conn.close()

    run_sync(insert)
    return pg_database


def table_rows(text: str) -> list[tuple[str, list[str]]]:
    """(label, other cells) of each row of the table in ``text`` (its first column may hold spaces)."""
    lines = text.splitlines()
    dashes = next(i for i, line in enumerate(lines) if line.startswith("---"))
    width = len(lines[dashes].split()[0])
    return [(line[:width].rstrip(), line[width:].split()) for line in lines[dashes + 1:]]


def cells(text: str, label: str) -> list[str]:
    [found] = [row for name, row in table_rows(text) if name == label]
    return found


def test_usage_tables(usage_dsn):
    out = ok("usage", "--from", "2025-05-01T00:00:00Z", "--to", "2025-05-02T00:00:00+00:00", dsn=usage_dsn)
    lines = out.splitlines()
    assert lines[0] == ("Usage from 2025-05-01T00:00:00Z to 2025-05-02T00:00:00Z (UTC; from inclusive, "
                        "to exclusive)")
    assert lines[2].split()[:4] == ["TENANT", "/", "OPERATION", "INVOCATIONS"]
    labels = [label for label, _ in table_rows(out)]
    assert labels == ["tenant-a", "  summarize", "  analyze", "tenant-b", "  analyze", "TOTAL", "  analyze",
                      "  summarize"]
    #                     inv failed calls failed cost       avg     p95    in  out
    assert cells(out, "TOTAL") == ["4", "1", "4", "1", "0.540000", "466.7", "930.0", "30", "6"]
    assert cells(out, "tenant-b") == ["1", "1", "1", "1", "0.500000", "0.0", "0.0", "0", "0"]

    by_operation = ok("usage", "--by", "operation", dsn=usage_dsn)
    assert [line.split()[0] for line in by_operation.splitlines()[4:]] == ["analyze", "summarize", "TOTAL"]
    assert cells(by_operation, "summarize")[:5] == ["2", "0", "2", "0", "0.040000"]
    by_tenant = ok("usage", "--by", "tenant", dsn=usage_dsn)
    assert [line.split()[0] for line in by_tenant.splitlines()[4:]] == ["tenant-a", "tenant-b", "TOTAL"]
    own = ok("usage", "--tenant", "tenant-a", dsn=usage_dsn)
    assert own.splitlines()[1] == "Tenant tenant-a"
    assert [line.split()[0] for line in own.splitlines()[5:]] == ["summarize", "analyze", "TOTAL"]


def test_usage_json_window_errors_and_tracking_off(usage_dsn):
    body = json.loads(ok("--json", "usage", "--by", "tenant", "--to", "1746057600", dsn=usage_dsn))
    assert body["to"] == "2025-05-01T00:00:00Z" and body["tenants"] == [] and body["total"]["total_calls"] == 0
    body = json.loads(ok("--json", "usage", dsn=usage_dsn, USAGE_TRACKING="off"))  # reads what is there
    assert body["total"]["total_calls"] == 4
    assert failed("usage", "--from", "2025-05-01", dsn=usage_dsn).endswith("'from' must be timezone-aware")
    assert "--to: Input should be a valid datetime" in failed("usage", "--to", "soon", dsn=usage_dsn)
    assert failed("usage", "--from", "1746057600", "--to", "1746057600", dsn=usage_dsn).endswith(
        "'to' must be strictly greater than 'from'")


def test_budget_set_get_clear(usage_dsn):
    """The budget commands go through the same use case as /v1/admin/tenants/{id}/budget."""
    now = datetime.now(timezone.utc)
    query(usage_dsn, "INSERT INTO llm_calls (tenant_id, operation, call_id, call_kind, started_at, call_duration_ms,"
                     " cost_usd, status) VALUES ('tenant-budget', 'summarize', $1, 'summary', $2, 1, 0.75, 'ok')",
          uuid.uuid4(), now)
    assert cells(ok("budget", "get", "tenant-budget", dsn=usage_dsn), "tenant-budget")[:3] == ["none", "0.750000", "-"]
    assert cells(ok("budget", "set", "tenant-budget", "3", dsn=usage_dsn), "tenant-budget")[:3] == ["3.00", "0.750000", "25.0"]
    body = json.loads(ok("--json", "budget", "get", "tenant-budget", dsn=usage_dsn))
    assert body["monthly_budget_usd"] == 3.0 and body["resets_at"].endswith("-01T00:00:00Z")
    assert "monthly_budget_usd" in failed("budget", "set", "tenant-budget", "-1", dsn=usage_dsn)
    assert ok("budget", "clear", "tenant-budget", dsn=usage_dsn).strip() == "cleared the budget of tenant tenant-budget"
    assert failed("budget", "clear", "tenant-budget", dsn=usage_dsn).endswith("Tenant 'tenant-budget' has no budget")
