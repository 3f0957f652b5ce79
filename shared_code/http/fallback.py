"""What the catch-all function does with a path no literal route took (docs/api.md § Order of checks step 1).

A registered route that matches after normalisation (a trailing slash, or a method the Functions
host did not route) is served by its own handler, so 405 and trailing-slash behaviour is exact;
anything else is the 404 envelope.
"""

from __future__ import annotations

import urllib.parse

from shared_code.errors import NotFoundError
from shared_code.http import pipeline
from shared_code.http.envelope import ApiResponse
from shared_code.http.pipeline import ApiRequest, RequestContext
from shared_code.http.routes import RouteSpec, find_route, handler_for

ALL_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
NOT_FOUND = RouteSpec(name="not_found", template="{*path}", methods=ALL_METHODS, auth="none")


async def _not_found(ctx: RequestContext) -> ApiResponse:
    raise NotFoundError()


async def dispatch_unmatched(request: ApiRequest, services_factory) -> ApiResponse:
    found = find_route(request.path)
    if found is None:
        return await pipeline.run(request, NOT_FOUND, _not_found, services_factory)
    spec, params = found
    request.route_params = {name: urllib.parse.unquote(value) for name, value in params.items()}
    return await pipeline.run(request, spec, handler_for(spec.name), services_factory)
