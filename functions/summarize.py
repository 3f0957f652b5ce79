"""POST /v1/summarize: one record as a short title and 3–5 bullets (EspoCRM reads ``summary``)."""

import azure.functions as func

from shared_code.domain.models import SingleRecordRequest, SummarizeResponse
from shared_code.http.envelope import json_response
from shared_code.http.routes import OperationDoc, RouteSpec
from shared_code.http_glue import http_function

bp = func.Blueprint()
SPEC = RouteSpec(name="summarize", template="v1/summarize", methods=("POST",), operation="summarize",
                 deadline="single", rate_limited=True, cacheable=True,
                 docs=(OperationDoc("POST", "Summarise one record", SingleRecordRequest, SummarizeResponse),))


@http_function(bp, SPEC)
async def summarize(ctx):
    body = await ctx.body_model(SingleRecordRequest)
    result = await ctx.services.summarize.run(body)
    return json_response(result.model_dump(mode="json"))
