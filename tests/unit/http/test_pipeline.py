"""Handler-level tests of the common pipeline: order of checks, error table, auth, limits, logs."""

import json
import logging
import uuid

import pytest
from pydantic import BaseModel, Field

from shared_code import errors
from shared_code.auth.authenticator import Authenticator, CachedEnvTable
from shared_code.call_context import current_call
from shared_code.http import pipeline
from shared_code.http.envelope import json_response
from shared_code.http.pipeline import ApiRequest
from shared_code.http.rate_limit import TenantRateLimiter
from shared_code.http.routes import RouteSpec
from shared_code.settings import Settings
from shared_code.usage.budget import BudgetGuard

KEYS = [
    {"key_id": "k-user", "name": "User", "tenant_id": "t1", "key": "user-key-1"},
    {"key_id": "k-admin", "name": "Admin", "tenant_id": "t0", "is_superuser": True, "key": "admin-key-1"},
]


class Services:
    def __init__(self, **overrides):
        self.settings = Settings(auth_api_keys=json.dumps(KEYS), **overrides)
        self.rate_limiter = TenantRateLimiter(self.settings.rate_limit_per_minute, self.settings.rate_limit_burst)
        self._auth = Authenticator(CachedEnvTable(self._raw), None)
        self.budgets = BudgetGuard(None, cache_seconds=0)  # no database: budgets are off

    async def _raw(self):
        return self.settings.auth_api_keys

    async def authenticator(self):
        return self._auth


class Echo(BaseModel):
    text: str = Field(min_length=1)
    n: int = 0


TENANT = RouteSpec(name="t_echo", template="v1/echo", methods=("POST",), operation="summarize", deadline="single",
                   rate_limited=True)
SUPER = RouteSpec(name="t_admin", template="v1/admin/x", methods=("GET",), auth="superuser")


async def echo(ctx):
    body = await ctx.body_model(Echo)
    call = current_call()
    return json_response({"text": body.text, "tenant": ctx.tenant_id, "op": call.operation, "call": call.call_id})


async def run(spec=TENANT, handler=echo, *, method="POST", body=b"", headers=None, services=None):
    services = services or Services()
    req = ApiRequest(method=method, path="/" + spec.template, headers={k.lower(): v for k, v in (headers or {}).items()},
                     body=body)
    resp = await pipeline.run(req, spec, handler, lambda: services)
    payload = json.loads(resp.body) if resp.body else None
    return resp, payload


def bearer(key):
    return {"Authorization": f"Bearer {key}"}


async def test_happy_path_sets_call_context_and_request_id():
    rid = str(uuid.uuid4())
    resp, body = await run(body=b'{"text":"hi","extra":1}', headers={**bearer("user-key-1"), "X-Request-ID": rid})
    assert resp.status == 200 and resp.headers["X-Request-ID"] == rid
    assert body == {"text": "hi", "tenant": "t1", "op": "summarize", "call": rid}
    assert current_call() is None  # reset after the request


@pytest.mark.parametrize("headers", [{}, bearer("wrong"), {"Authorization": "Basic user-key-1"},
                                     {"Authorization": "Bearer "}, {"Authorization": "Bearer " + "x" * 513}])
async def test_401_with_fixed_message_and_www_authenticate(headers):
    resp, body = await run(body=b'{"text":"hi"}', headers=headers)
    assert resp.status == 401 and resp.headers["WWW-Authenticate"] == "Bearer"
    assert body["error"] == {"code": "authentication_required",
                             "message": "A valid API key is required. Provide it as: Authorization: Bearer <key>",
                             "request_id": resp.headers["X-Request-ID"], "fields": None}


async def test_scheme_is_case_insensitive_and_key_trimmed():
    resp, _ = await run(body=b'{"text":"hi"}', headers={"Authorization": "bEaReR   user-key-1  "})
    assert resp.status == 200


async def test_auth_runs_before_json_parsing():
    resp, body = await run(body=b"{broken")
    assert resp.status == 401


async def test_validation_envelope_with_fields():
    resp, body = await run(body=b'{"text":"","n":"x"}', headers=bearer("user-key-1"))
    assert resp.status == 422
    assert body["error"]["code"] == "validation_error" and body["error"]["message"] == "Request validation failed"
    assert {f["field"] for f in body["error"]["fields"]} == {"body.text", "body.n"}


async def test_numbers_are_not_coerced_to_strings():
    resp, body = await run(body=b'{"text":1}', headers=bearer("user-key-1"))
    assert body["error"]["fields"] == [{"field": "body.text", "issue": "Input should be a valid string"}]


async def test_body_limit_413_before_auth_using_content_length():
    services = Services(max_body_bytes=10)
    resp, body = await run(body=b'{"text":"0123456789"}', services=services)
    assert resp.status == 413 and body["error"]["code"] == "payload_too_large"
    assert body["error"]["message"] == "Request body of 21 bytes exceeds the limit of 10 bytes"
    resp, _ = await run(body=b"{}", headers={"Content-Length": "99"}, services=services)
    assert resp.status == 413


async def test_wrong_method_405_with_allow_before_anything_else():
    resp, body = await run(method="GET", body=b"x" * 100, services=Services(max_body_bytes=10))
    assert resp.status == 405 and resp.headers["Allow"] == "POST"
    assert body["error"]["message"] == "Method GET is not allowed on this path"


async def test_superuser_route():
    resp, body = await run(SUPER, lambda ctx: _ok(), method="GET", headers=bearer("user-key-1"))
    assert resp.status == 403 and body["error"] == {"code": "forbidden", "message": "Superuser access required",
                                                     "request_id": resp.headers["X-Request-ID"], "fields": None}
    resp, _ = await run(SUPER, lambda ctx: _ok(), method="GET", headers=bearer("admin-key-1"))
    assert resp.status == 200


async def _ok():
    return json_response({"ok": True})


async def test_rate_limit_429_with_retry_after_per_tenant():
    services = Services(rate_limit_per_minute=60, rate_limit_burst=2)
    statuses = [(await run(body=b'{"text":"a"}', headers=bearer("user-key-1"), services=services))[0] for _ in range(3)]
    assert [r.status for r in statuses] == [200, 200, 429]
    assert statuses[2].headers["Retry-After"] == "1"
    assert json.loads(statuses[2].body)["error"]["message"] == "Rate limit exceeded; retry after 1 seconds"
    other, _ = await run(body=b'{"text":"a"}', headers=bearer("admin-key-1"), services=services)
    assert other.status == 200  # another tenant has its own bucket


async def test_rate_limit_zero_disables():
    services = Services(rate_limit_per_minute=0, rate_limit_burst=1)
    for _ in range(5):
        resp, _ = await run(body=b'{"text":"a"}', headers=bearer("user-key-1"), services=services)
        assert resp.status == 200


ERROR_TABLE = [
    (errors.ConflictError("A key cannot delete itself"), 409, "conflict"),
    (errors.NotFoundError("Tenant 'x' not found"), 404, "not_found"),
    (errors.AnonymizationError(), 503, "anonymization_failed"),
    (errors.DatabaseUnavailableError(), 503, "database_unavailable"),
    (errors.UsageBackendUnavailableError(), 503, "usage_backend_unavailable"),
    (errors.UsageTrackingDisabledError(), 503, "usage_tracking_disabled"),
    (errors.AnalysisUnavailableError("Mapping failed for all chunks"), 502, "analysis_unavailable"),
    (errors.AnalysisTimeoutError.deadline(120), 504, "analysis_timeout"),
    (errors.LLMTimeoutError(attempts=4), 504, "analysis_timeout"),
    (errors.LLMRateLimitError(), 502, "llm_error"),
    (errors.LLMUnavailableError(), 502, "llm_error"),
    (errors.LLMContentPolicyError(), 502, "llm_error"),
    (errors.LLMConfigurationError(), 502, "llm_error"),
    (errors.LLMBadRequestError(), 502, "llm_error"),
    (errors.LLMInvalidResponseError(), 502, "llm_error"),
    (errors.LLMContextTooLargeError(), 413, "payload_too_large"),
    (errors.PayloadTooLargeError.tokens(200_001, 100_000, suggest_hierarchical=True), 413, "payload_too_large"),
]


@pytest.mark.parametrize("exc,status,code", ERROR_TABLE, ids=[type(e[0]).__name__ for e in ERROR_TABLE])
async def test_error_table(exc, status, code):
    async def boom(ctx):
        raise exc

    resp, body = await run(handler=boom, body=b"{}", headers=bearer("user-key-1"))
    assert resp.status == status and body["error"]["code"] == code and body["error"]["message"] == exc.message
    assert body["error"]["fields"] is None


async def test_unexpected_exception_is_500_without_its_message(caplog):
    async def boom(ctx):
        raise KeyError("Grace Otieno +44 7700 900123")

    with caplog.at_level(logging.INFO, logger="qfa"):
        resp, body = await run(handler=boom, body=b"{}", headers=bearer("user-key-1"))
    assert resp.status == 500 and body["error"]["code"] == "internal_error"
    assert body["error"]["message"] == "An unexpected error occurred"
    assert "Grace" not in caplog.text and "KeyError" in caplog.text


async def test_request_log_line_has_ids_but_no_body_or_key(caplog):
    with caplog.at_level(logging.INFO, logger="qfa"):
        resp, _ = await run(body=b'{"text":"Secret Person Name"}', headers=bearer("user-key-1"))
    lines = [r.getMessage() for r in caplog.records if "event=request" in r.getMessage()]
    assert len(lines) == 1
    line = lines[0]
    assert f"request_id={resp.headers['X-Request-ID']}" in line and "tenant_id=t1" in line and "status=200" in line
    assert "Secret" not in caplog.text and "user-key-1" not in caplog.text


async def test_the_request_scope_carries_the_route_deadline_from_arrival():
    seen = {}

    async def handler(ctx):
        seen["ctx"], seen["call"] = ctx.call, current_call()
        return json_response({})

    services = Services()
    req = ApiRequest(method="POST", path="/v1/echo", headers={k.lower(): v for k, v in bearer("user-key-1").items()})
    await pipeline.run(req, TENANT, handler, lambda: services)
    assert seen["call"] is seen["ctx"]  # one scope object: the handler's and the adapters' are the same
    assert seen["call"].deadline == req.received_at + services.settings.request_deadline_seconds


class SpentStore:
    """A tenant whose budget is used up (the budget rules themselves: tests/unit/usage/test_budget.py)."""

    def __init__(self):
        self.reads = []

    async def read(self, tenant_id, since, *, always_spend=False):
        from shared_code.ports import TenantBudget

        self.reads.append(tenant_id)
        return TenantBudget(tenant_id, 1.0, 1.0, since)


async def test_a_used_up_budget_refuses_operation_routes_after_the_rate_limit_and_before_the_handler():
    services, store, called = Services(), SpentStore(), []
    services.budgets = BudgetGuard(store, cache_seconds=0)

    async def handler(ctx):
        called.append(1)
        return json_response({})

    resp, body = await run(handler=handler, body=b'{"text":"a"}', headers=bearer("user-key-1"), services=services)
    assert resp.status == 429 and body["error"]["code"] == "budget_exceeded" and "Retry-After" in resp.headers
    assert called == [] and store.reads == ["t1"]
    unauthenticated, _ = await run(handler=handler, body=b'{"text":"a"}', services=services)
    assert unauthenticated.status == 401 and store.reads == ["t1"]
    admin, _ = await run(SUPER, handler=handler, method="GET", headers=bearer("admin-key-1"), services=services)
    assert admin.status == 200 and called == [1] and store.reads == ["t1"]  # not an operation: no budget check
