"""POST /v1/analyze-bulk: trends and themes across many records, answered in the asked language."""

import azure.functions as func

from shared_code.domain.models import AnalyzeBulkRequest, AnalyzeBulkResponse
from shared_code.http.envelope import json_response
from shared_code.http.routes import OperationDoc, RouteSpec
from shared_code.http.validation import check_bulk_size
from shared_code.http_glue import http_function

bp = func.Blueprint()
SPEC = RouteSpec(name="analyze_bulk", template="v1/analyze-bulk", methods=("POST",), operation="analyze",
                 deadline="bulk", rate_limited=True, cacheable=True,
                 docs=(OperationDoc("POST", "Analyse trends and themes across records", AnalyzeBulkRequest,
                                    AnalyzeBulkResponse),))


@http_function(bp, SPEC)
async def analyze_bulk(ctx):
    body = await ctx.body_model(AnalyzeBulkRequest)
    check_bulk_size(len(body.feedback_records), ctx.services.settings.max_bulk_records)
    result = await ctx.services.analyze_bulk.run(body, request_id=ctx.request_id)
    return json_response(result.model_dump(mode="json"))
