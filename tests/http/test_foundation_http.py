"""The app over real HTTP through scripts/devhost.py: health, routing envelopes, request ids."""

import uuid

import httpx
import pytest


@pytest.fixture(scope="module")
def host(devhost_factory):
    return devhost_factory({"AUTH_API_KEYS": "[]"})


def test_health_has_version_and_uuid_request_id(host):
    resp = httpx.get(host.url + "/v1/health")
    assert resp.status_code == 200 and resp.json()["status"] == "ok" and resp.json()["version"]
    assert resp.headers["content-type"].startswith("application/json")
    assert uuid.UUID(resp.headers["x-request-id"]).version == 4


def test_inbound_request_id_is_echoed_canonically(host):
    rid = uuid.uuid4()
    resp = httpx.get(host.url + "/v1/health", headers={"X-Request-ID": "{" + str(rid).upper() + "}"})
    assert resp.headers["x-request-id"] == str(rid)


@pytest.mark.parametrize("path", ["/v1/nope", "/v1/analyze", "/v1/usage/all", "/", "/api/v1/health"])
def test_unknown_paths_are_404_envelopes(host, path):
    resp = httpx.get(host.url + path)
    assert resp.status_code == 404
    error = resp.json()["error"]
    assert error == {"code": "not_found", "message": "Resource not found",
                     "request_id": resp.headers["x-request-id"], "fields": None}


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_wrong_method_is_405_with_allow(host, method):
    resp = httpx.request(method, host.url + "/v1/health")
    assert resp.status_code == 405 and resp.headers["allow"] == "GET"
    assert resp.json()["error"]["code"] == "method_not_allowed"
    assert resp.json()["error"]["message"] == f"Method {method} is not allowed on this path"
    assert "x-request-id" in resp.headers


def test_trailing_slash_is_served_without_redirect(host):
    resp = httpx.get(host.url + "/v1/health/", follow_redirects=False)
    assert resp.status_code == 200 and resp.json()["status"] == "ok"


def test_no_cors_headers(host):
    resp = httpx.get(host.url + "/v1/health", headers={"Origin": "https://example.org"})
    assert not any(h.lower().startswith("access-control-") for h in resp.headers)


@pytest.fixture(scope="module")
def small_body_host(devhost_factory):
    return devhost_factory({"AUTH_API_KEYS": '[{"key_id":"k","name":"n","tenant_id":"t","key":"k-1"}]',
                            "MAX_BODY_BYTES": "100", "USAGE_TRACKING": "off"})


def test_body_limit_413_comes_before_authentication(small_body_host):
    resp = httpx.post(small_body_host.url + "/v1/summarize", content=b'{"x":"' + b"a" * 200 + b'"}')
    assert resp.status_code == 413 and resp.json()["error"]["code"] == "payload_too_large"
    assert resp.json()["error"]["message"] == "Request body of 208 bytes exceeds the limit of 100 bytes"
    assert uuid.UUID(resp.headers["x-request-id"])


def test_401_envelope_over_http_then_422_with_a_key(small_body_host):
    resp = httpx.post(small_body_host.url + "/v1/summarize", content=b"{bad")
    assert resp.status_code == 401 and resp.headers["www-authenticate"] == "Bearer"
    resp = httpx.post(small_body_host.url + "/v1/summarize", content=b"{bad", headers={"Authorization": "Bearer k-1"})
    assert resp.status_code == 422
    assert resp.json()["error"]["fields"][0]["issue"].startswith("Invalid JSON: ")


def test_openapi_and_docs_need_no_auth(host):
    spec = httpx.get(host.url + "/openapi.json").json()
    assert spec["openapi"] == "3.1.0" and "/v1/analyze-bulk" in spec["paths"] and "/v1/admin/keys" in spec["paths"]
    page = httpx.get(host.url + "/docs")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'src="http' not in page.text and 'href="http' not in page.text  # self-contained: no external assets


def test_invalid_settings_never_stop_health(devhost_factory):
    host = devhost_factory({"AUTH_API_KEYS": "[]", "MAX_BODY_BYTES": "not-a-number", "LLM_API_KEY": "sk-never-logged"})
    assert httpx.get(host.url + "/v1/health").status_code == 200
    assert httpx.get(host.url + "/v1/nope").status_code == 404
    resp = httpx.post(host.url + "/v1/summarize", json={"feedback_record": {"id": "a", "content": "x"}})
    assert resp.status_code == 500 and resp.json()["error"]["code"] == "internal_error"
    httpx.post(host.url + "/v1/summarize", json={})
    logs = host.logs()
    assert logs.count("event=settings_invalid settings=MAX_BODY_BYTES") == 1  # logged once, by name
    assert "not-a-number" not in logs and "sk-never-logged" not in logs
