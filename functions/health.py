"""GET /v1/health: liveness and version. No auth; touches no database, LLM or model."""

import azure.functions as func

from shared_code import __version__
from shared_code.http.envelope import json_response
from shared_code.http.api_models import HealthResponse
from shared_code.http.routes import OperationDoc, RouteSpec
from shared_code.http_glue import http_function

bp = func.Blueprint()
SPEC = RouteSpec(name="health", template="v1/health", methods=("GET",), auth="none",
                 docs=(OperationDoc("GET", "Liveness and version", response=HealthResponse),))


@http_function(bp, SPEC)
async def health(ctx):
    return json_response({"status": "ok", "version": __version__})
