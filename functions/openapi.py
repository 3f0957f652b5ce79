"""GET /openapi.json and GET /docs: the API description, no auth."""

import azure.functions as func

from shared_code.http.envelope import ApiResponse, json_response
from shared_code.http.openapi import docs_page, openapi_document
from shared_code.http.routes import OperationDoc, RouteSpec
from shared_code.http_glue import http_function

bp = func.Blueprint()
OPENAPI = RouteSpec(name="openapi", template="openapi.json", methods=("GET",), auth="none",
                    docs=(OperationDoc("GET", "This API description (OpenAPI 3.1)", response=dict),))
DOCS = RouteSpec(name="docs", template="docs", methods=("GET",), auth="none",
                 docs=(OperationDoc("GET", "The API description as a web page", response=str, content_type="text/html"),))


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
    page = docs_page(openapi_document()).encode("utf-8")
    return ApiResponse(status=200, body=page, headers={"Content-Type": "text/html"})
