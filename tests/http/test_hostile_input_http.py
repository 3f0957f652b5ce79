"""Hostile input never causes a 5xx (issue 13 item 1): lone surrogates, huge integer literals, non-ASCII
Authorization bytes and control characters in the path. Dev host + fake LLM + PostgreSQL."""

from __future__ import annotations

import socket
import uuid

import httpx
import pytest

from tests.http.conftest import ADMIN_KEY, auth

POST_ROUTES = ["/v1/analyze-bulk", "/v1/summarize-bulk", "/v1/summarize", "/v1/assign-codes",
               "/v1/detect-sensitive", "/v1/admin/tenants", "/v1/admin/keys"]


def post_raw(app, path, raw: bytes, key=None):
    headers = {**(auth(key) if key else auth()), "Content-Type": "application/json"}
    return httpx.post(app.url + path, content=raw, headers=headers, timeout=60)


LONE = "\\ud800"


@pytest.mark.parametrize("path,body", [
    ("/v1/summarize", '{"feedback_record":{"id":"x%sy","content":"The tap broke."}}' % LONE),
    ("/v1/summarize", '{"feedback_record":{"id":"1","content":"tap","metadata":{"created":"%s"}}}' % LONE),
    ("/v1/summarize", '{"feedback_record":{"id":"1","content":"tap","metadata":{"coding_level_1":"%s"}}}' % LONE),
    ("/v1/detect-sensitive", '{"feedback_record":{"id":"%s","content":"The tap broke."}}' % LONE),
    ("/v1/summarize-bulk", '{"feedback_records":[{"id":"a%s","content":"The tap broke."}]}' % LONE),
    ("/v1/analyze-bulk", '{"prompt":"Why?","feedback_records":[{"id":"a%s","content":"Taps."}]}' % LONE),
    ("/v1/analyze-bulk", '{"prompt":"Why?","mode":"hierarchical","feedback_records":[{"id":"a%s",'
                         '"content":"Taps."}]}' % LONE),
    ("/v1/assign-codes", '{"feedback_record":{"id":"1","content":"The tap broke."},"coding_levels":{"root_codes":'
                         '[{"id":"r%s","name":"Water"},{"id":"r2","name":"Food%s"}]}}' % (LONE, LONE)),
])
def test_lone_surrogates_are_replaced_never_a_5xx(app, llm, responder, path, body):
    resp = post_raw(app, path, body.encode())
    assert resp.status_code == 200, resp.text
    assert "x-request-id" in resp.headers


def test_lone_surrogate_id_is_echoed_as_replacement_character(app, llm, responder):
    resp = post_raw(app, "/v1/summarize", ('{"feedback_record":{"id":"x%sy","content":"Tap."}}' % LONE).encode())
    assert resp.status_code == 200 and resp.json()["id"] == "x\ufffdy"


@pytest.mark.parametrize("path", POST_ROUTES)
@pytest.mark.parametrize("where", ["ignored", "field"])
def test_integer_literal_beyond_python_limit_is_4xx_envelope(app, llm, responder, path, where):
    digits = "9" * 5000
    raw = ('{"ignored_key": %s, "x": 1}' % digits if where == "ignored" else '{"max_codes": %s}' % digits)
    resp = post_raw(app, path, raw.encode(), key=ADMIN_KEY if "/admin/" in path else None)
    assert resp.status_code in (400, 422), resp.text
    error = resp.json()["error"]
    assert error["request_id"] == resp.headers["x-request-id"]
    assert error["code"] in ("validation_error", "invalid_json")
    assert not llm.requests


def raw_http(app, request: bytes) -> bytes:
    host, port = app.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(request)
        chunks = []
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def status_and_headers(raw: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


@pytest.mark.parametrize("value", [b"Bearer qfa_\xe9\xe8", b"Bearer \xff\xfe\xfd", b"\xe9 key"])
def test_non_ascii_authorization_bytes_are_401(app, llm, responder, value):
    request = (b"GET /v1/usage HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: " + value + b"\r\n\r\n")
    status, headers, body = status_and_headers(raw_http(app, request))
    assert status == 401, body
    assert uuid.UUID(headers["x-request-id"]) and b'"authentication_required"' in body


@pytest.mark.parametrize("path", ["/v1/he%0Alth", "/v1/%0D%0A", "/%0a", "/v1/admin/keys/a%0Db"])
def test_control_characters_in_path_get_the_envelope(app, path):
    resp = httpx.get(app.url + path, headers=auth())
    assert resp.status_code in (401, 403, 404, 405), resp.text
    assert resp.headers["content-type"].startswith("application/json")
    assert resp.json()["error"]["request_id"] == resp.headers["x-request-id"]


@pytest.mark.parametrize("method,path,expected", [
    ("GET", "/v1/admin/keys?tenant_id=a%00b%ED%A0%80", 200),
    ("DELETE", "/v1/admin/keys/a%00b", 404),
    ("DELETE", "/v1/admin/tenants/t%00", 404),
])
def test_nul_in_query_or_path_parameters_never_reaches_the_database(app, method, path, expected):
    resp = httpx.request(method, app.url + path, headers=auth(ADMIN_KEY), timeout=30)
    assert resp.status_code == expected, resp.text
