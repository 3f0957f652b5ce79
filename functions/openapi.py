"""GET /openapi.json, GET /docs (Swagger UI) and its assets: the API description, no auth."""

import azure.functions as func

from shared_code.errors import NotFoundError
from shared_code.http.docs_page import asset, docs_page
from shared_code.http.envelope import ApiResponse, json_response
from shared_code.http.openapi import openapi_document
from shared_code.http.routes import OperationDoc, RouteSpec
from shared_code.http_glue import http_function

bp = func.Blueprint()
OPENAPI = RouteSpec(name="openapi", template="openapi.json", methods=("GET",), auth="none",
                    docs=(OperationDoc("GET", "This API description (OpenAPI 3.1)", response=dict),))
DOCS = RouteSpec(name="docs", template="docs", methods=("GET",), auth="none",
                 docs=(OperationDoc("GET", "The API description as an interactive page (Swagger UI)", response=str,
                                    content_type="text/html"),))
DOCS_ASSET = RouteSpec(name="docs_asset", template="docs/assets/{name}", methods=("GET",), auth="none",
                       docs=(OperationDoc("GET", "A static asset of the /docs page", response=str,
                                          content_type="text/plain", errors=(404,)),))


def _max_bulk_records(ctx) -> int | None:
    try:
        return ctx.services.settings.max_bulk_records
    except Exception:  # noqa: BLE001 - invalid settings: the document simply carries no deployment limit
        return None


@http_function(bp, OPENAPI)
async def openapi(ctx):
    return json_response(openapi_document(max_bulk_records=_max_bulk_records(ctx)))


@http_function(bp, DOCS)
async def docs(ctx):
    page = docs_page("QFA API").encode("utf-8")
    return ApiResponse(status=200, body=page, headers={"Content-Type": "text/html"})


@http_function(bp, DOCS_ASSET)
async def docs_asset(ctx):
    found = asset(ctx.request.route_params["name"])
    if found is None:
        raise NotFoundError()
    body, content_type = found
    return ApiResponse(status=200, body=body, headers={"Content-Type": content_type,
                                                       "Cache-Control": "public, max-age=86400"})
