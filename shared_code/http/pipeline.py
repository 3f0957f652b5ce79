"""The common request pipeline (docs/api.md § Order of checks), free of any web framework.

Steps 0–5a (request id, method, body size, authentication, superuser, rate limit, tenant budget) run
here; then, for an authenticated operation route, the request scope (:class:`~shared_code.call_context.CallContext`:
request id, tenant, key, operation, deadline from arrival) is set for the request's tasks and kept on
``RequestContext.call``. The route handler then parses, validates and calls its use case (through the
response cache on ``cacheable`` routes: http/caching.py). Every outcome, errors included, becomes an
:class:`ApiResponse` carrying ``X-Request-ID``, and one ``event=request`` log line.
"""

from __future__ import annotations

import asyncio
import logging
import time
import traceback
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Protocol, TypeVar

from pydantic import BaseModel

from shared_code import logs
from shared_code.auth.authenticator import Authenticator
from shared_code.auth.identity import Identity
from shared_code.call_context import CallContext, reset_call, set_call
from shared_code.errors import (
    InternalError,
    MethodNotAllowedError,
    PayloadTooLargeError,
    QFAError,
    RateLimitedError,
    SettingsInvalidError,
)
from shared_code.http.caching import serve_cached
from shared_code.http.envelope import ApiResponse, error_response
from shared_code.http.lenient_json import clean_string, parse_json_object
from shared_code.http.rate_limit import RateLimiter, TenantRateLimiter
from shared_code.http.request_id import resolve_request_id
from shared_code.http.routes import RouteSpec
from shared_code.http.validation import validate_model
from shared_code.services import Services
from shared_code.settings import Settings

log = logging.getLogger("qfa.http")
logs.install()
M = TypeVar("M", bound=BaseModel)
OFF_LOOP_BODY_BYTES = 1024 * 1024


@dataclass(slots=True)
class ApiRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    query: dict[str, str] = field(default_factory=dict)
    route_params: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    received_at: float = field(default_factory=time.monotonic)


class BudgetCheck(Protocol):
    """What the gate needs of the tenant budgets (``shared_code.usage.budget.BudgetGuard``)."""

    async def check(self, tenant_id: str) -> None: ...


class GateServices(Protocol):
    """What the pipeline needs from the composition root."""

    @property
    def settings(self) -> Settings: ...

    @property
    def rate_limiter(self) -> RateLimiter: ...

    async def authenticator(self) -> Authenticator: ...

    @property
    def budgets(self) -> BudgetCheck: ...


@dataclass(slots=True)
class RequestContext:
    request: ApiRequest
    request_id: str
    route: RouteSpec
    services: Services
    identity: Identity | None = None
    call: CallContext | None = None  # the request scope, set for authenticated operation routes
    parsed: dict[type, Any] = field(default_factory=dict)  # body_model results: the body is validated once

    async def json_body(self) -> dict[str, Any]:
        if len(self.request.body) > OFF_LOOP_BODY_BYTES:
            return await asyncio.to_thread(parse_json_object, self.request.body)
        return parse_json_object(self.request.body)

    async def body_model(self, model: type[M]) -> M:
        if model in self.parsed:
            return self.parsed[model]
        data = await self.json_body()
        if len(self.request.body) > OFF_LOOP_BODY_BYTES:
            value = await asyncio.to_thread(validate_model, model, data)
        else:
            value = validate_model(model, data)
        self.parsed[model] = value
        return value

    @property
    def tenant_id(self) -> str:
        assert self.identity is not None
        return self.identity.tenant_id


Handler = Callable[[RequestContext], Awaitable[ApiResponse]]


def _body_size(request: ApiRequest) -> int:
    declared = request.headers.get("content-length", "").strip()
    size = len(request.body)
    if declared.isdigit():
        size = max(size, int(declared))
    return size


async def _gate(ctx: RequestContext, services: GateServices) -> None:
    route, request = ctx.route, ctx.request
    if request.method.upper() not in route.methods:
        raise MethodNotAllowedError(request.method.upper(), allow=list(route.methods))
    try:
        settings = services.settings
    except SettingsInvalidError:
        if route.auth == "none":  # health, docs and the 404 envelope never depend on valid settings
            return
        raise
    size = _body_size(request)
    if size > settings.max_body_bytes:
        raise PayloadTooLargeError.body(size, settings.max_body_bytes)
    if route.auth == "none":
        return
    authenticator = await services.authenticator()
    ctx.identity = await authenticator.authenticate(request.headers)
    logs.bind(tenant_id=ctx.identity.tenant_id, key_id=ctx.identity.key_id)
    if route.auth == "superuser":
        authenticator.require_superuser(ctx.identity)
    if route.rate_limited:
        wait = await services.rate_limiter.acquire(ctx.identity.tenant_id)
        if wait is not None:
            retry = TenantRateLimiter.retry_after_seconds(wait)
            logs.event(log, "rate_limited", logging.WARNING, retry_after=retry)
            raise RateLimitedError(retry_after=retry)
    if route.operation is not None:
        await services.budgets.check(ctx.identity.tenant_id)  # 429 budget_exceeded, before any LLM call


def _call_context(ctx: RequestContext, services: GateServices) -> CallContext:
    """The request scope; the deadline counts from the request's arrival (settings are read only for
    routes that have one)."""
    seconds = None
    if ctx.route.deadline == "single":
        seconds = services.settings.request_deadline_seconds
    elif ctx.route.deadline == "bulk":
        seconds = services.settings.bulk_request_deadline_seconds
    assert ctx.identity is not None and ctx.route.operation is not None
    return CallContext(
        tenant_id=ctx.identity.tenant_id, key_id=ctx.identity.key_id, operation=ctx.route.operation,
        call_id=ctx.request_id, deadline=None if seconds is None else ctx.request.received_at + seconds,
    )


def _log_unexpected(exc: BaseException) -> None:
    # Frames as file:line(function) only: no source lines, no locals, no exception message.
    frames = " < ".join(
        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}({f.name})" for f in reversed(traceback.extract_tb(exc.__traceback__))
    )
    log.error("event=unhandled_error error_class=%s traceback=%s", type(exc).__name__, frames)


async def run(request: ApiRequest, route: RouteSpec, handler: Handler, services_factory) -> ApiResponse:
    """Serve one request through the common checks and ``handler``; never raises."""
    request_id = resolve_request_id(request.headers.get("x-request-id"))
    logs.clear()
    logs.bind(request_id=request_id)
    # Query and path values follow the body's string rules (docs/input-rules.md): no NUL (PostgreSQL
    # cannot store one), lone surrogates as U+FFFD.
    request.query = {clean_string(k): clean_string(v) for k, v in request.query.items()}
    request.route_params = {k: clean_string(v) for k, v in request.route_params.items()}
    ctx = RequestContext(request=request, request_id=request_id, route=route, services=None)
    token = None
    try:
        services = services_factory()
        ctx.services = services
        await _gate(ctx, services)
        if route.operation and ctx.identity is not None:
            ctx.call = _call_context(ctx, services)
            token = set_call(ctx.call)
        response = await (serve_cached(ctx, handler) if route.cacheable else handler(ctx))
    except QFAError as exc:
        response = error_response(exc, request_id)
    except Exception as exc:  # noqa: BLE001 - the last line of defence renders the 500 envelope
        _log_unexpected(exc)
        response = error_response(InternalError(), request_id)
    finally:
        if token is not None:
            reset_call(token)
    response.headers["X-Request-ID"] = request_id
    logs.event(
        log, "request", method=request.method.upper(), route=route.template, status=response.status,
        duration_ms=int((time.monotonic() - request.received_at) * 1000), error_code=response.error_code,
        operation=route.operation,
    )
    return response
