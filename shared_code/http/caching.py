"""The one place where the response cache answers a route (``RouteSpec.cacheable``; docs/api.md § Response cache).

The body is validated with the route's request model first (the handler reuses that result), so two
requests are identical when their *normalised* bodies are. A 200 answer for which at least one LLM call
was made is stored with the request's LLM cost; errors and fixed answers (empty content) never are. A hit
carries the stored body unchanged, except a top-level ``request_id`` (analyze-bulk), which is this
request's. Every answer of a cacheable route carries ``X-Cache: hit`` or ``miss`` while the cache is on.
"""

from __future__ import annotations

import asyncio
import json
from typing import TYPE_CHECKING, Awaitable, Callable

from shared_code.errors import QFAError
from shared_code.http.envelope import JSON_CONTENT_TYPE, ApiResponse, dump_json, error_response

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.http.pipeline import RequestContext

_REQUEST_ID_KEY = b'"request_id":"'
OFF_LOOP_BODY_BYTES = 1024 * 1024  # as for parsing: hashing a large canonical request runs in a worker thread


def with_request_id(body: bytes, request_id: str) -> bytes:
    """``body`` with its top-level ``request_id`` (if any) set to ``request_id``; otherwise unchanged."""
    if _REQUEST_ID_KEY not in body:
        return body
    value = json.loads(body)
    if not isinstance(value, dict) or "request_id" not in value:
        return body
    value["request_id"] = request_id
    return dump_json(value)


async def serve_cached(ctx: "RequestContext", handler: Callable[["RequestContext"], Awaitable[ApiResponse]]) -> ApiResponse:
    cache = await ctx.services.response_cache()
    if not cache.enabled:
        return await handler(ctx)
    doc = ctx.route.doc(ctx.request.method)
    assert doc is not None and doc.request is not None and ctx.call is not None
    try:
        body = await ctx.body_model(doc.request)
        def derive():
            return cache.keys(ctx.tenant_id, ctx.call.operation, body.model_dump(mode="json"))

        keys = await asyncio.to_thread(derive) if len(ctx.request.body) > OFF_LOOP_BODY_BYTES else derive()
        tally = ctx.call.tally

        def cacheable(response: ApiResponse):
            ok = response.status == 200 and tally.llm_calls > 0
            return (response.body, round(tally.cost_usd, 6)) if ok else None

        answer = await cache.answer(keys, lambda: handler(ctx), cacheable)
    except QFAError as exc:
        response = error_response(exc, ctx.request_id)
        response.headers["X-Cache"] = "miss"
        return response
    if answer.cached is None:
        response = answer.produced
        response.headers["X-Cache"] = "miss"
        return response
    body_bytes = with_request_id(answer.cached, ctx.request_id)
    return ApiResponse(status=200, body=body_bytes, headers={"Content-Type": JSON_CONTENT_TYPE, "X-Cache": "hit"})
