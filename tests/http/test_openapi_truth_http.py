"""``/openapi.json`` tells the truth (issue 13 item 3): generated from the registered RouteSpecs, it
documents every method of every route, and for each one the statuses a battery of hostile and failing
requests really provokes over HTTP (dev host + fake LLM + PostgreSQL)."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest

from tests.http.conftest import ADMIN_KEY, USER_KEY, app_env, auth
from tests.support.devhost import free_port

RECORD = {"id": "r", "content": "The tap broke."}
VALID = {
    "/v1/analyze-bulk": {"prompt": "Why?", "feedback_records": [RECORD]},
    "/v1/summarize-bulk": {"feedback_records": [RECORD]},
    "/v1/summarize": {"feedback_record": RECORD},
    "/v1/detect-sensitive": {"feedback_record": RECORD},
    "/v1/assign-codes": {"feedback_record": RECORD, "coding_levels": {"root_codes": [{"id": "a", "name": "A"}]}},
    "/v1/admin/tenants": {"tenant_name": "T"},
    "/v1/admin/keys": {"key_name": "k", "tenant_id": "no-such-tenant"},
    "/v1/admin/tenants/{tenant_id}/budget": {"monthly_budget_usd": 100},
}


@pytest.fixture(scope="module")
def battery_app(llm, pg_database, devhost_factory):
    # the per-instance bucket only (40 requests, then 429): the battery must reach the statuses behind it
    return devhost_factory(app_env(llm.url, pg_database, MAX_BODY_BYTES="4000", RATE_LIMIT_PER_MINUTE="1",
                                   RATE_LIMIT_BURST="40", RATE_LIMIT_SHARED="false"))


@pytest.fixture(scope="module")
def db_down_app(llm, devhost_factory):
    return devhost_factory(app_env(llm.url, f"postgresql://postgres@127.0.0.1:{free_port()}/none",
                                   DB_CONNECT_TIMEOUT_SECONDS="1"))


@pytest.fixture(scope="module")
def spec(battery_app):
    return httpx.get(battery_app.url + "/openapi.json").json()


def operations(spec):
    return [(path, method.upper()) for path, methods in spec["paths"].items() for method in methods]


def concrete(path: str) -> str:
    return path.replace("{tenant_id}", "tenant-admin").replace("{key_id}", "k-admin")


def send(app, method, path, *, key=USER_KEY, body=None, raw=None, headers=None):
    hdrs = {**(auth(key) if key else {}), **(headers or {})}
    if raw is not None:
        return httpx.request(method, app.url + path, content=raw, headers=hdrs, timeout=60)
    return httpx.request(method, app.url + path, json=body, headers=hdrs, timeout=60)


def battery(app, llm, path, method):
    """Requests that provoke each way a route can fail, and one that should succeed; yields responses."""
    url = concrete(path)
    body = VALID.get(path)
    yield send(app, method, url, key=None, body=body)  # 401 (or success for open routes)
    yield send(app, method, url, body=body)  # 403 on superuser routes
    yield send(app, method, url, key=ADMIN_KEY, raw=b"{" + b" " * 5000 + b"}")  # 413
    yield send(app, method, url, key=ADMIN_KEY, body=body)
    yield send(app, method, url + "?from=yesterday&to=0", key=ADMIN_KEY)
    if method == "POST":
        yield send(app, method, url, key=ADMIN_KEY, raw=b'{"broken":')  # 422
    if method == "DELETE":
        yield send(app, method, concrete(path).rsplit("/", 1)[0] + "/missing-" + uuid.uuid4().hex, key=ADMIN_KEY)
        yield from delete_a_new_one(app, path)
    if path in VALID and not path.startswith("/v1/admin"):
        llm.script(status=500, times=None)
        yield send(app, method, url, body=body)  # 502
        llm.reset()
        llm.script(status=429, retry_after=3600, times=None)
        yield send(app, method, url, body=body)  # 503 llm_rate_limited
        llm.reset()


def delete_a_new_one(app, path):
    """Create a tenant (and a key in it) and delete the one ``path`` names: 204."""
    tenant = send(app, "POST", "/v1/admin/tenants", key=ADMIN_KEY, body={"tenant_name": "gone"})
    if tenant.status_code != 201:
        return
    tenant_id = tenant.json()["tenant_id"]
    if "{key_id}" in path:
        key = send(app, "POST", "/v1/admin/keys", key=ADMIN_KEY, body={"key_name": "k", "tenant_id": tenant_id})
        yield send(app, "DELETE", f"/v1/admin/keys/{key.json()['key_id']}", key=ADMIN_KEY)
    else:
        yield send(app, "DELETE", f"/v1/admin/tenants/{tenant_id}", key=ADMIN_KEY)


def test_every_registered_route_and_method_is_documented(spec):
    from shared_code.http.routes import registered_routes
    from tests.support.app_index import app_functions

    # the app's routes (other tests may register routes of their own in this process)
    names = {fn.get_function_name() for fn in app_functions()}
    routes = [route for route in registered_routes() if route.name in names]
    assert len(routes) == len(names) - 1  # every function but the catch-all is a registered RouteSpec
    documented = set(operations(spec))
    for route in routes:
        for method in route.methods:
            assert ("/" + route.template, method) in documented, (route.name, method)
    assert len(documented) == sum(len(r.methods) for r in routes)


def test_observed_statuses_are_documented(battery_app, db_down_app, llm, responder, spec):
    seen: dict[tuple[str, str], set[int]] = {}
    for path, method in operations(spec):
        responses = list(battery(battery_app, llm, path, method))
        if path.startswith(("/v1/admin", "/v1/usage")):  # the routes that read the database
            responses.append(send(db_down_app, method, concrete(path), key=ADMIN_KEY, body=VALID.get(path)))
        for resp in responses:
            seen.setdefault((path, method), set()).add(resp.status_code)
            assert "x-request-id" in resp.headers
    for _ in range(45):  # past the burst: 429
        seen[("/v1/summarize", "POST")].add(send(battery_app, "POST", "/v1/summarize", body=VALID["/v1/summarize"])
                                            .status_code)
    undocumented = {op: sorted(codes - {int(c) for c in spec["paths"][op[0]][op[1].lower()]["responses"]})
                    for op, codes in seen.items()}
    print(json.dumps({f"{m} {p}": sorted(c) for (p, m), c in seen.items()}))
    assert {op: codes for op, codes in undocumented.items() if codes} == {}
    every = set().union(*seen.values())
    assert {200, 201, 204, 401, 403, 404, 409, 413, 422, 429, 502, 503} <= every  # the battery reached them


def test_parser_leniency_is_documented(spec):
    schemas = spec["components"]["schemas"]
    record = schemas["FeedbackRecord"]["properties"]
    assert {"type": "null"} in record["metadata"]["anyOf"]
    assert {"type": "null"} in schemas["Metadata"]["properties"]["created"]["anyOf"]
    assert schemas["AnalyzeBulkRequest"]["properties"]["prompt"]["pattern"] == r"[^\s\u0000]"  # not blank, NUL aside
    usage = spec["paths"]["/v1/usage"]["get"]
    assert [p["name"] for p in usage["parameters"]] == ["from", "to"]
    assert usage["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/OwnUsage")
    delete = spec["paths"]["/v1/admin/keys/{key_id}"]["delete"]
    assert delete["parameters"][0]["name"] == "key_id" and "content" not in delete["responses"]["204"]
    create = spec["paths"]["/v1/admin/tenants"]["post"]
    assert create["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("/TenantCreate")
    assert "201" in create["responses"]
    assert create["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorEnvelope")


def test_required_strings_say_that_nul_does_not_count(spec):
    """The parser removes NUL, so "\\u0000" is an empty string to the validator: a schema that accepted it
    for a field of minLength 1 would be lying (schemathesis found one in key_name)."""
    import re

    schemas = spec["components"]["schemas"]
    for model, field in (("KeyCreate", "key_name"), ("TenantCreate", "tenant_name"), ("AnalyzeBulkRequest", "prompt")):
        pattern = re.compile(schemas[model]["properties"][field]["pattern"])
        assert pattern.search("x") and pattern.search("\u0000x\u0000"), (model, field)
        assert not pattern.search("\u0000") and not pattern.search("\u0000\u0000"), (model, field)
    assert not re.search(schemas["AnalyzeBulkRequest"]["properties"]["prompt"]["pattern"], " \u0000\t")


def test_a_nul_only_required_string_is_a_422(battery_app):
    resp = httpx.post(battery_app.url + "/v1/admin/tenants", headers=auth(ADMIN_KEY),
                      content=b'{"tenant_name": "\\u0000"}')
    assert resp.status_code == 422 and resp.json()["error"]["fields"][0]["field"] == "body.tenant_name"
