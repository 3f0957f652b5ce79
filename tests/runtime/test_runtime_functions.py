"""Every function invoked through azure-functions-runtime (InvocationRequest with an RpcHttp trigger),
against the fake LLM over real HTTP and a real PostgreSQL: binding the ``req`` parameter, the
``func.HttpResponse`` → RpcHttp conversion of the ``$return`` binding, async invocation on the
runtime's event loop, and the app's behaviour behind them."""

from __future__ import annotations

import json

import pytest

from tests.runtime.conftest import ADMIN_KEY, bearer
from tests.support.usage_rows import usage_rows

PII_TEXT = ("My name is John Smith and my phone is +44 7700 900123; write to john.smith@example.org. "
            "We waited three hours for water and the tap broke.")
PII_VALUES = ["John Smith", "+44 7700 900123", "john.smith@example.org"]
TREE = {"root_codes": [
    {"id": "H", "name": "Health", "children": [{"id": "H.1", "name": "Medicines", "children": []}]},
    {"id": "S", "name": "Shelter"}]}


def sent_to_llm(llm) -> str:
    return "\n".join(json.dumps(r.body, ensure_ascii=False) for r in llm.requests)


def error_of(resp, status: int, code: str) -> dict:
    assert resp.status == status, resp.body
    error = resp.json()["error"]
    assert error["code"] == code and error["request_id"] == resp.header("x-request-id")
    return error


# unauthenticated functions --------------------------------------------------------------------------
def test_health(runtime):
    resp = runtime.call("GET", "/v1/health")
    assert (resp.function, resp.status, resp.header("content-type")) == ("health", 200, "application/json")
    assert resp.json()["status"] == "ok" and resp.header("x-request-id")


def test_openapi_describes_every_operation(runtime):
    resp = runtime.call("GET", "/openapi.json")
    assert (resp.function, resp.status) == ("openapi", 200)
    paths = resp.json()["paths"]
    for path in ("/v1/summarize", "/v1/summarize-bulk", "/v1/analyze-bulk", "/v1/assign-codes",
                 "/v1/detect-sensitive", "/v1/usage", "/v1/health"):
        assert path in paths


def test_docs_page(runtime):
    resp = runtime.call("GET", "/docs")
    assert (resp.function, resp.status) == ("docs", 200)
    assert resp.header("content-type").startswith("text/html") and b"<html" in resp.body


def test_docs_assets_through_the_route_parameter(runtime):
    resp = runtime.call("GET", "/docs/assets/swagger-ui.css")
    assert (resp.function, resp.status) == ("docs_asset", 200)
    assert resp.header("content-type").startswith("text/css") and b"swagger-ui" in resp.body
    missing = runtime.call("GET", "/docs/assets/secret.txt")
    assert (missing.function, missing.status) == ("docs_asset", 404)


# the five operations ----------------------------------------------------------------------------------
async def test_summarize_restores_pii_sends_none_and_records_usage(runtime, llm, responder, pg_database):
    resp = runtime.call("POST", "/v1/summarize", headers=bearer(),
                        json={"feedback_record": {"id": "fb-7", "content": PII_TEXT}})
    assert (resp.function, resp.status) == ("summarize", 200), resp.body
    body = resp.json()
    assert body["id"] == "fb-7" and body["quality_score"] == 0.85
    assert "John Smith" in body["summary"] and "<PERSON" not in body["summary"]
    assert [v for v in PII_VALUES if v in sent_to_llm(llm)] == []
    assert "<PERSON_0>" in llm.requests[0].user
    rows = await usage_rows(pg_database, resp.header("x-request-id"), 2)
    assert [(r["operation"], r["call_kind"], r["tenant_id"], r["status"]) for r in rows] == [
        ("summarize", "summary", "tenant-a", "ok"), ("summarize", "judge", "tenant-a", "ok")]


def test_summarize_bulk(runtime, llm, responder):
    resp = runtime.call("POST", "/v1/summarize-bulk", headers=bearer(), json={"feedback_records": [
        {"id": "a", "content": "Queue at the clinic took four hours"}, {"id": "b", "content": ""},
        {"id": "c", "content": "Queue again, John Smith said"}], "output_language": "nl"})
    assert (resp.function, resp.status) == ("summarize_bulk", 200), resp.body
    body = resp.json()
    assert body["ids"] == ["a", "c"] and body["pretty_output"].startswith("IDs:            a, c\nKWALITEIT:")
    assert "John Smith" not in sent_to_llm(llm)


def test_analyze_bulk(runtime, llm, responder):
    resp = runtime.call("POST", "/v1/analyze-bulk", headers=bearer(), json={
        "feedback_records": [{"id": "r-1", "content": "The water tank at the school in Kisumu is empty."},
                             {"id": "r-2", "content": "Write to ana@example.org about the food distribution."}],
        "prompt": "Which problems come up most?"})
    assert (resp.function, resp.status) == ("analyze_bulk", 200), resp.body
    assert resp.json()["analysis"]
    assert "ana@example.org" not in sent_to_llm(llm)


def test_assign_codes(runtime, llm, responder):
    responder.select_paths = [1, 2]
    resp = runtime.call("POST", "/v1/assign-codes", headers=bearer(), json={
        "feedback_record": {"id": "r", "content": "The clinic ran out of malaria tablets."},
        "coding_levels": TREE, "max_codes": 2, "confidence_threshold": 0.3})
    assert (resp.function, resp.status) == ("assign_codes", 200), resp.body
    codes = resp.json()["assigned_codes"]
    assert codes and {c["coding_level_1_id"] for c in codes} <= {"H", "S"}


def test_detect_sensitive(runtime, llm, responder):
    resp = runtime.call("POST", "/v1/detect-sensitive", headers=bearer(), json={"feedback_record": {
        "id": "fb-3", "content": "Mr John Smith, the distributor, wanted money before giving us kits."}})
    assert (resp.function, resp.status) == ("detect_sensitive", 200), resp.body
    body = resp.json()
    assert body["is_sensitive"] is True and body["sensitivity_types"] == ["CORRUPTION", "GIFTS_BRIBES_AND_KICKBACKS"]
    assert "John Smith" in body["explanation"] and "John Smith" not in sent_to_llm(llm)


# request conversion: bodies, headers and queries as the host delivers them ---------------------------
def test_bodies_that_are_not_json_or_not_utf8_get_the_envelope(runtime, llm, responder):
    headers = {**bearer(), "Content-Type": "application/json"}
    # the raw bytes arrive unchanged: truncated JSON, and bytes that are not UTF-8 at all
    for raw, issue in ((b'{"feedback_record": ', "Invalid JSON: "), (b"\xff\xfe{}", "Body is not valid UTF-8")):
        error = error_of(runtime.call("POST", "/v1/summarize", headers=headers, body=raw), 422, "validation_error")
        assert error["fields"][0]["field"] == "body" and error["fields"][0]["issue"].startswith(issue)
    error_of(runtime.call("POST", "/v1/summarize", json={"feedback_record": {"id": "x", "content": "a"}}),
             401, "authentication_required")
    assert llm.request_count == 0


def test_query_parameters_reach_the_usage_window(runtime):
    resp = runtime.call("GET", "/v1/usage", headers=bearer(),
                        query={"from": "2024-03-01T00:00:00Z", "to": "2024-04-01T00:00:00Z"})
    assert (resp.function, resp.status) == ("usage", 200), resp.body
    assert (resp.json()["from"], resp.json()["to"]) == ("2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z")
    error = error_of(runtime.call("GET", "/v1/usage", headers=bearer(), query={"from": "yesterday"}),
                     422, "validation_error")
    assert [f["field"] for f in error["fields"]] == ["query.from"]


def test_superuser_usage_roll_ups(runtime):
    window = {"from": "2024-03-01T00:00:00Z", "to": "2024-04-01T00:00:00Z"}
    by_tenant = runtime.call("GET", "/v1/usage/all/by-tenant", headers=bearer(ADMIN_KEY), query=window)
    by_operation = runtime.call("GET", "/v1/usage/all/by-operation", headers=bearer(ADMIN_KEY), query=window)
    assert (by_tenant.function, by_tenant.status) == ("usage_by_tenant", 200), by_tenant.body
    assert (by_operation.function, by_operation.status) == ("usage_by_operation", 200), by_operation.body
    assert by_tenant.json()["total"]["tenant_id"] is None and by_operation.json()["total"]["operation"] is None
    error_of(runtime.call("GET", "/v1/usage/all/by-tenant", headers=bearer()), 403, "forbidden")


# admin: route parameters travel in RpcHttp.params ----------------------------------------------------
def test_admin_tenant_and_key_life_cycle(runtime):
    admin = bearer(ADMIN_KEY)
    created = runtime.call("POST", "/v1/admin/tenants", headers=admin, json={"tenant_name": "Runtime"})
    assert (created.function, created.status) == ("admin_tenants", 201), created.body
    tenant = created.json()["tenant_id"]
    key = runtime.call("POST", "/v1/admin/keys", headers=admin, json={"key_name": "espocrm", "tenant_id": tenant})
    assert (key.function, key.status) == ("admin_keys", 201), key.body
    new_key, key_id = key.json()["api_key"], key.json()["key_id"]
    assert runtime.call("GET", "/v1/usage", headers=bearer(new_key)).json()["tenant_id"] == tenant
    listed = runtime.call("GET", "/v1/admin/keys", headers=admin, query={"tenant_id": tenant}).json()
    assert [k["key_id"] for k in listed["auth_keys"]] == [key_id]
    deleted = runtime.call("DELETE", f"/v1/admin/keys/{key_id}", headers=admin)
    assert (deleted.function, deleted.status, deleted.body) == ("admin_key", 204, b"")
    error_of(runtime.call("GET", "/v1/usage", headers=bearer(new_key)), 401, "authentication_required")
    gone = runtime.call("DELETE", f"/v1/admin/tenants/{tenant}", headers=admin)
    assert (gone.function, gone.status) == ("admin_tenant", 204)
    assert error_of(runtime.call("DELETE", f"/v1/admin/tenants/{tenant}", headers=admin), 404, "not_found")[
        "message"] == f"Tenant '{tenant}' not found"


# the catch-all ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/v1/nothing", "/v1/usage/all", "/", "/v1/summarize/extra"])
def test_unknown_paths_are_404_from_the_catch_all(runtime, path):
    resp = runtime.call("GET", path, headers=bearer())
    assert resp.function == "not_found"
    assert error_of(resp, 404, "not_found")["message"] == "Resource not found"


@pytest.mark.parametrize(("method", "path", "allow"), [
    ("DELETE", "/v1/health", "GET"), ("GET", "/v1/summarize", "POST"), ("PUT", "/v1/admin/keys/k-1", "DELETE")])
def test_wrong_methods_are_405_with_allow(runtime, method, path, allow):
    resp = runtime.call(method, path, headers=bearer())
    error_of(resp, 405, "method_not_allowed")
    assert resp.header("allow") == allow
