"""/v1/usage* and /v1/admin/* over real HTTP through scripts/devhost.py, with a real PostgreSQL.

Keys created through the API work on the very next request and deleted ones (or those of a deleted
tenant) fail on the very next one: authentication looks every key up per request, with no cache.
"""

from __future__ import annotations

import asyncio
import json
import socket
import uuid
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import asyncpg
import httpx
import pytest

from tests.support.postgres import run_sync
from tests.support.postgres_fixtures import pg_database, pg_server  # noqa: F401

ROOT_KEY, USER_KEY, OTHER_KEY = "root-env-key", "user-env-key", "other-env-key"
ENV_KEYS = [
    {"key_id": "env-root", "name": "Bootstrap", "tenant_id": "ops", "is_superuser": True, "key": ROOT_KEY},
    {"key_id": "env-user", "name": "EspoCRM", "tenant_id": "tenant-a", "key": USER_KEY},
    {"key_id": "env-other", "name": "Other", "tenant_id": "tenant-b", "key": OTHER_KEY},
]
T0 = datetime(2024, 3, 1, tzinfo=timezone.utc)  # usage rows of this module live in March 2024
MARCH = {"from": "2024-03-01T00:00:00Z", "to": "2024-04-01T00:00:00Z"}


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env(**extra: str) -> dict[str, str]:
    return {"AUTH_API_KEYS": json.dumps(ENV_KEYS), "USAGE_TRACKING": "on", **extra}


@pytest.fixture(scope="module")
def host(devhost_factory, pg_database):  # noqa: F811
    return devhost_factory(env(DB_URL=pg_database))


@pytest.fixture(scope="module")
def client(host):
    with httpx.Client(base_url=host.url, timeout=30) as c:
        yield c


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def error_of(resp: httpx.Response, status: int, code: str, message: str | None = None) -> dict:
    assert resp.status_code == status, resp.text
    error = resp.json()["error"]
    assert error["code"] == code and error["request_id"] == resp.headers["x-request-id"]
    if message is not None:
        assert error["message"] == message
    return error


def new_tenant(client, name="Acme", allows_superusers=False) -> str:
    resp = client.post("/v1/admin/tenants", headers=bearer(ROOT_KEY),
                       json={"tenant_name": name, "allows_superusers": allows_superusers})
    assert resp.status_code == 201 and list(resp.json()) == ["tenant_id"], resp.text
    return resp.json()["tenant_id"]


def new_key(client, tenant_id: str, *, superuser=False, name="app") -> dict:
    resp = client.post("/v1/admin/keys", headers=bearer(ROOT_KEY),
                       json={"key_name": name, "tenant_id": tenant_id, "is_superuser": superuser})
    assert resp.status_code == 201, resp.text
    return resp.json()


# the admin life cycle -------------------------------------------------------------------------------
def test_key_life_cycle_takes_effect_on_the_next_request(client):
    tenant = new_tenant(client)
    assert {"tenant_id": tenant, "name": "Acme", "allows_superusers": False} in \
        client.get("/v1/admin/tenants", headers=bearer(ROOT_KEY)).json()["tenants"]
    created = new_key(client, tenant, name="espocrm")
    assert created["api_key"].startswith("qfa_") and len(created["api_key"]) == 47

    own = client.get("/v1/usage", headers=bearer(created["api_key"]))
    assert own.status_code == 200 and own.json()["tenant_id"] == tenant and own.json()["operations"] == []
    listed = client.get("/v1/admin/keys", params={"tenant_id": tenant}, headers=bearer(ROOT_KEY)).json()
    assert listed == {"auth_keys": [{"key_id": created["key_id"], "name": "espocrm", "tenant_id": tenant,
                                     "is_superuser": False}]}
    assert created["api_key"] not in client.get("/v1/admin/keys", headers=bearer(ROOT_KEY)).text

    resp = client.delete(f"/v1/admin/keys/{created['key_id']}", headers=bearer(ROOT_KEY))
    assert resp.status_code == 204 and resp.content == b""
    error_of(client.get("/v1/usage", headers=bearer(created["api_key"])), 401, "authentication_required")
    error_of(client.delete(f"/v1/admin/keys/{created['key_id']}", headers=bearer(ROOT_KEY)), 404, "not_found",
             f"Key with id '{created['key_id']}' not found")


def test_deleting_a_tenant_revokes_its_keys_on_the_next_request(client):
    tenant = new_tenant(client, "Doomed")
    keys = [new_key(client, tenant, name=n)["api_key"] for n in ("one", "two")]
    assert all(client.get("/v1/usage", headers=bearer(k)).status_code == 200 for k in keys)
    resp = client.delete(f"/v1/admin/tenants/{tenant}", headers=bearer(ROOT_KEY))
    assert resp.status_code == 204 and resp.content == b""
    for key in keys:
        error_of(client.get("/v1/usage", headers=bearer(key)), 401, "authentication_required")
    assert tenant not in client.get("/v1/admin/tenants", headers=bearer(ROOT_KEY)).text
    error_of(client.delete(f"/v1/admin/tenants/{tenant}", headers=bearer(ROOT_KEY)), 404, "not_found",
             f"Tenant '{tenant}' not found")


def test_database_superuser_key_and_its_self_deletion_guards(client):
    tenant = new_tenant(client, "Ops team", allows_superusers=True)
    admin = new_key(client, tenant, superuser=True)
    headers = bearer(admin["api_key"])
    assert client.get("/v1/admin/keys", headers=headers).status_code == 200
    assert client.get("/v1/usage/all/by-tenant", headers=headers).status_code == 200
    error_of(client.delete(f"/v1/admin/keys/{admin['key_id']}", headers=headers), 409, "conflict",
             "A key cannot delete itself")
    error_of(client.delete(f"/v1/admin/tenants/{tenant}", headers=headers), 409, "conflict",
             "A key cannot delete its own tenant")
    assert client.get("/v1/usage", headers=headers).status_code == 200  # still alive
    assert client.delete(f"/v1/admin/keys/{admin['key_id']}", headers=bearer(ROOT_KEY)).status_code == 204
    error_of(client.get("/v1/admin/keys", headers=headers), 401, "authentication_required")


def test_superuser_key_rules_and_missing_tenant(client):
    plain = new_tenant(client, "Plain")
    resp = client.post("/v1/admin/keys", headers=bearer(ROOT_KEY),
                       json={"key_name": "root", "tenant_id": plain, "is_superuser": True})
    error_of(resp, 403, "forbidden", f"Tenant '{plain}' does not allow superuser keys")
    resp = client.post("/v1/admin/keys", headers=bearer(ROOT_KEY), json={"key_name": "x", "tenant_id": "missing"})
    error_of(resp, 404, "not_found", "Tenant 'missing' not found")
    normal = new_key(client, plain)  # a normal key of a tenant is no superuser
    error_of(client.get("/v1/admin/tenants", headers=bearer(normal["api_key"])), 403, "forbidden",
             "Superuser access required")


def test_env_keys_are_listed_first_and_cannot_be_deleted(client):
    listed = client.get("/v1/admin/keys", headers=bearer(ROOT_KEY)).json()["auth_keys"]
    assert listed[:3] == [{"key_id": k["key_id"], "name": k["name"], "tenant_id": k["tenant_id"],
                           "is_superuser": k.get("is_superuser", False)} for k in ENV_KEYS]
    assert ROOT_KEY not in json.dumps(listed)
    filtered = client.get("/v1/admin/keys?tenant_id=tenant-a", headers=bearer(ROOT_KEY)).json()["auth_keys"]
    assert [k["key_id"] for k in filtered] == ["env-user"]
    error_of(client.delete("/v1/admin/keys/env-user", headers=bearer(ROOT_KEY)), 404, "not_found",
             "Key with id 'env-user' not found")
    error_of(client.delete("/v1/admin/keys/env-root", headers=bearer(ROOT_KEY)), 409, "conflict",
             "A key cannot delete itself")
    error_of(client.delete("/v1/admin/tenants/ops", headers=bearer(ROOT_KEY)), 409, "conflict")
    assert client.get("/v1/usage", headers=bearer(USER_KEY)).status_code == 200


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/v1/admin/tenants"), ("POST", "/v1/admin/tenants"), ("DELETE", "/v1/admin/tenants/x"),
    ("GET", "/v1/admin/keys"), ("POST", "/v1/admin/keys"), ("DELETE", "/v1/admin/keys/x"),
    ("GET", "/v1/usage/all/by-tenant"), ("GET", "/v1/usage/all/by-operation"),
])
def test_superuser_routes_need_a_key_then_a_superuser(client, method, path):
    error = error_of(client.request(method, path), 401, "authentication_required")
    assert error["fields"] is None
    assert client.request(method, path).headers["www-authenticate"] == "Bearer"
    # the superuser check comes before the body, the window and the database
    resp = client.request(method, path + "?from=nonsense", headers=bearer(USER_KEY), content=b"{not json")
    error_of(resp, 403, "forbidden", "Superuser access required")


def test_admin_body_validation_and_methods(client):
    error = error_of(client.post("/v1/admin/tenants", headers=bearer(ROOT_KEY), json={}), 422, "validation_error")
    assert error["fields"] == [{"field": "body.tenant_name", "issue": "Field required"}]
    error = error_of(client.post("/v1/admin/keys", headers=bearer(ROOT_KEY), content=b"[1]"), 422,
                     "validation_error")
    assert error["fields"] == [{"field": "body", "issue": "Input should be an object"}]
    resp = client.put("/v1/admin/tenants", headers=bearer(ROOT_KEY))
    assert resp.status_code == 405 and resp.headers["allow"] == "GET, POST"
    assert client.post("/v1/usage", headers=bearer(USER_KEY)).headers["allow"] == "GET"


# usage over HTTP ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def usage_rows(pg_database):  # noqa: F811
    async def insert():
        conn = await asyncpg.connect(pg_database)
        try:
            rows = [("tenant-a", "summarize", 100, "0.010"), ("tenant-a", "summarize", 300, "0.030"),
                    ("tenant-a", "analyze", 1000, None), ("tenant-b", "analyze", 500, "0.500")]
            await conn.executemany(
                "INSERT INTO llm_calls (tenant_id, operation, call_id, call_kind, started_at, call_duration_ms,"
                " input_tokens, output_tokens, cost_usd, status) VALUES ($1, $2, $3, 'summary', $4, $5, 10, 2, $6, 'ok')",
                [(t, o, uuid.uuid4(), T0 + timedelta(hours=i), d, None if c is None else Decimal(c))
                 for i, (t, o, d, c) in enumerate(rows)])
        finally:
            await conn.close()

    run_sync(insert)


def test_own_usage_over_http(client, usage_rows):
    resp = client.get("/v1/usage", params=MARCH, headers=bearer(USER_KEY))
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert (body["tenant_id"], body["from"], body["to"]) == ("tenant-a", "2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z")
    assert body["total_calls"] == 3 and body["total_cost_usd"] == pytest.approx(0.04)
    assert [(o["operation"], o["total_calls"]) for o in body["operations"]] == [("summarize", 2), ("analyze", 1)]
    assert body["operations"][0]["call_duration"] == {"avg": 200.0, "min": 100.0, "max": 300.0, "p5": 110.0,
                                                      "p95": 290.0, "total": 400}
    assert client.get("/v1/usage/", params=MARCH, headers=bearer(USER_KEY)).json() == body  # trailing slash
    root = client.get("/v1/usage", params=MARCH, headers=bearer(ROOT_KEY)).json()  # superusers see their own
    assert root["tenant_id"] == "ops" and root["total_calls"] == 0


def test_all_usage_over_http(client, usage_rows):
    by_tenant = client.get("/v1/usage/all/by-tenant", params=MARCH, headers=bearer(ROOT_KEY)).json()
    assert [t["tenant_id"] for t in by_tenant["tenants"]] == ["tenant-a", "tenant-b"]
    assert by_tenant["total"]["tenant_id"] is None and by_tenant["total"]["total_calls"] == 4
    by_operation = client.get("/v1/usage/all/by-operation", params=MARCH, headers=bearer(ROOT_KEY)).json()
    assert [o["operation"] for o in by_operation["operations"]] == ["analyze", "summarize"]  # 0.5 > 0.04
    assert [t["tenant_id"] for t in by_operation["operations"][0]["tenants"]] == ["tenant-b", "tenant-a"]
    assert by_operation["total"]["operation"] is None


def test_usage_all_itself_is_not_a_route(client):
    for path in ("/v1/usage/all", "/v1/usage/all/", "/v1/usage/all/by-nothing"):
        error_of(client.get(path, headers=bearer(ROOT_KEY)), 404, "not_found", "Resource not found")


@pytest.mark.parametrize(("query", "message", "fields"), [
    ("from=2024-03-01", "'from' must be timezone-aware", None),
    ("to=2024-03-01T00:00:00", "'to' must be timezone-aware", None),
    ("from=yesterday", "Request validation failed", ["query.from"]),
    ("from=2024-03-01T00:00:00+01:00", "Request validation failed", ["query.from"]),  # unencoded + → space
    ("from=1&to=x", "Request validation failed", ["query.to"]),
    ("from=2024-03-02T00:00:00Z&to=2024-03-01T00:00:00Z", "'to' must be strictly greater than 'from'", None),
    ("from=1709251200&to=2024-03-01T00:00:00Z", "'to' must be strictly greater than 'from'", None),
])
@pytest.mark.parametrize("path", ["/v1/usage", "/v1/usage/all/by-tenant", "/v1/usage/all/by-operation"])
def test_window_errors_over_http(client, path, query, message, fields):
    error = error_of(client.get(f"{path}?{query}", headers=bearer(ROOT_KEY)), 422, "validation_error", message)
    assert (error["fields"] if fields is None else [f["field"] for f in error["fields"]]) == fields


def test_encoded_offsets_and_epochs_are_echoed_in_utc(client):
    resp = client.get("/v1/usage?from=2024-03-01T01%3A00%3A00%2B01%3A00&to=1709251200.5&other=ignored",
                      headers=bearer(USER_KEY))
    assert resp.status_code == 200, resp.text
    assert (resp.json()["from"], resp.json()["to"]) == ("2024-03-01T00:00:00Z", "2024-03-01T00:00:00.500000Z")


# switched off, unconfigured and unreachable databases -------------------------------------------------
@pytest.fixture(scope="module")
def off_host(devhost_factory, pg_database):  # noqa: F811
    return devhost_factory(env(DB_URL=pg_database, USAGE_TRACKING="off"))


@pytest.fixture(scope="module")
def no_db_host(devhost_factory):
    return devhost_factory(env())


@pytest.fixture(scope="module")
def down_host(devhost_factory):
    return devhost_factory(env(DB_URL=f"postgresql://postgres@127.0.0.1:{closed_port()}/qfa",
                               DB_CONNECT_TIMEOUT_SECONDS="2"))


@pytest.mark.parametrize("path", ["/v1/usage", "/v1/usage/all/by-tenant", "/v1/usage/all/by-operation"])
def test_tracking_off_or_no_database_is_503_before_the_window(off_host, no_db_host, path):
    for host in (off_host, no_db_host):
        resp = httpx.get(f"{host.url}{path}?from=2024-03-01", headers=bearer(ROOT_KEY))
        error_of(resp, 503, "usage_tracking_disabled", "Usage tracking is disabled on this deployment")
    assert httpx.get(off_host.url + "/v1/admin/tenants", headers=bearer(ROOT_KEY)).status_code == 200


@pytest.mark.parametrize(("method", "path"), [("GET", "/v1/admin/tenants"), ("GET", "/v1/admin/keys"),
                                              ("DELETE", "/v1/admin/keys/k"), ("DELETE", "/v1/admin/tenants/t")])
def test_admin_without_a_database_is_503_not_configured(no_db_host, method, path):
    resp = httpx.request(method, no_db_host.url + path, headers=bearer(ROOT_KEY))
    error_of(resp, 503, "database_unavailable", "No database is configured")


@pytest.mark.parametrize("path", ["/v1/usage", "/v1/usage/all/by-tenant", "/v1/usage/all/by-operation"])
def test_unreachable_database_makes_usage_503_with_retry_after(down_host, path):
    resp = httpx.get(down_host.url + path, headers=bearer(ROOT_KEY), timeout=30)
    error_of(resp, 503, "usage_backend_unavailable", "Usage backend is temporarily unavailable")
    assert resp.headers["retry-after"] == "5"
    error_of(httpx.get(down_host.url + path + "?from=x", headers=bearer(ROOT_KEY)), 422, "validation_error")


def test_unreachable_database_makes_admin_and_db_key_auth_503(down_host):
    for method, path, body in [("GET", "/v1/admin/tenants", None), ("POST", "/v1/admin/tenants", {"tenant_name": "A"}),
                               ("POST", "/v1/admin/keys", {"key_name": "k", "tenant_id": "t"}),
                               ("DELETE", "/v1/admin/keys/k", None)]:
        resp = httpx.request(method, down_host.url + path, headers=bearer(ROOT_KEY), json=body, timeout=30)
        error_of(resp, 503, "database_unavailable", "The database is temporarily unavailable")
    # a key not in AUTH_API_KEYS needs the database lookup: 503, never a false 401
    resp = httpx.get(down_host.url + "/v1/usage", headers=bearer("qfa_unknown"), timeout=30)
    error_of(resp, 503, "database_unavailable")


def test_concurrent_requests_see_a_new_key_immediately(client):
    tenant = new_tenant(client, "Busy")
    key = new_key(client, tenant)["api_key"]

    async def burst():
        async with httpx.AsyncClient(base_url=str(client.base_url), timeout=30) as c:
            return await asyncio.gather(*(c.get("/v1/usage", headers=bearer(key)) for _ in range(10)))

    assert [r.status_code for r in asyncio.run(burst())] == [200] * 10
