"""POST /v1/detect-sensitive: whether a record is sensitive, and which of the 33 types apply."""

import azure.functions as func

from shared_code.domain.models import DetectSensitiveResponse, SingleRecordRequest
from shared_code.http.envelope import json_response
from shared_code.http.routes import OperationDoc, RouteSpec
from shared_code.http_glue import http_function

bp = func.Blueprint()
SPEC = RouteSpec(name="detect_sensitive", template="v1/detect-sensitive", methods=("POST",),
                 operation="detect_sensitive", deadline="single", rate_limited=True, cacheable=True,
                 docs=(OperationDoc("POST", "Detect sensitive content", SingleRecordRequest, DetectSensitiveResponse),))


@http_function(bp, SPEC)
async def detect_sensitive(ctx):
    body = await ctx.body_model(SingleRecordRequest)
    result = await ctx.services.detect_sensitive.run(body)
    return json_response(result.model_dump(mode="json"))
