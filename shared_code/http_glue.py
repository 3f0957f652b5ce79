"""The one module of shared_code that imports ``azure.functions``.

``http_function(bp, spec)`` registers an async handler ``(RequestContext) -> ApiResponse`` on a
Blueprint as an anonymous HTTP function (all methods: the pipeline answers 405 itself, with
``Allow``), adapting ``func.HttpRequest``/``func.HttpResponse`` to the framework-free pipeline. The
returned object is the Functions builder, callable directly in tests with a ``func.HttpRequest``.
"""

from __future__ import annotations

import urllib.parse
from typing import Callable

import azure.functions as func

from shared_code.http import pipeline
from shared_code.http.envelope import ApiResponse
from shared_code.http.fallback import NOT_FOUND, dispatch_unmatched
from shared_code.http.pipeline import ApiRequest, Handler
from shared_code.http.routes import RouteSpec, register



def services():
    from shared_code.composition import get_container

    return get_container()


def to_api_request(req: func.HttpRequest) -> ApiRequest:
    return ApiRequest(
        method=(req.method or "GET").upper(),
        path=urllib.parse.urlsplit(req.url).path,
        headers={k.lower(): v for k, v in req.headers.items()},
        query=dict(req.params or {}),
        route_params=dict(req.route_params or {}),
        body=req.get_body() or b"",
    )


def to_http_response(resp: ApiResponse) -> func.HttpResponse:
    headers = dict(resp.headers)
    mimetype = headers.pop("Content-Type", None)
    return func.HttpResponse(
        body=resp.body, status_code=resp.status, headers=headers, mimetype=mimetype, charset="utf-8"
    )


def _register(bp: func.Blueprint, name: str, template: str, function) -> object:
    function.__name__ = function.__qualname__ = name
    builder = bp.route(route=template, auth_level=func.AuthLevel.ANONYMOUS)(function)
    return bp.function_name(name=name)(builder)


def http_function(bp: func.Blueprint, spec: RouteSpec) -> Callable[[Handler], object]:
    """Decorator: serve ``spec`` on ``bp`` with ``handler``."""

    def decorate(handler: Handler):
        register(spec, handler)

        async def function(req: func.HttpRequest) -> func.HttpResponse:
            return to_http_response(await pipeline.run(to_api_request(req), spec, handler, services))

        function.__doc__ = handler.__doc__
        return _register(bp, spec.name, spec.template, function)

    return decorate


def catch_all_function(bp: func.Blueprint):
    """Register the ``{*path}`` catch-all (function name ``not_found``) that renders 404/405."""

    async def function(req: func.HttpRequest) -> func.HttpResponse:
        return to_http_response(await dispatch_unmatched(to_api_request(req), services))

    function.__doc__ = "Unknown paths and methods: the 404/405 envelopes."
    return _register(bp, NOT_FOUND.name, NOT_FOUND.template, function)


def start_warm_up() -> None:
    """Start loading the anonymiser's models and LiteLLM in a background thread (:mod:`shared_code.warm_up`);
    returns at once."""
    from shared_code import warm_up

    warm_up.start()
