"""POST /v1/summarize-bulk: the key themes of many records as a title and bullets."""

import azure.functions as func

from shared_code.domain.models import SummarizeBulkRequest, SummarizeBulkResponse
from shared_code.http.envelope import json_response
from shared_code.http.routes import OperationDoc, RouteSpec
from shared_code.http.validation import check_bulk_size
from shared_code.http_glue import http_function

bp = func.Blueprint()
SPEC = RouteSpec(name="summarize_bulk", template="v1/summarize-bulk", methods=("POST",),
                 operation="summarize_aggregate", deadline="bulk", rate_limited=True, cacheable=True,
                 docs=(OperationDoc("POST", "Summarise the key themes of many records", SummarizeBulkRequest,
                                    SummarizeBulkResponse),))


@http_function(bp, SPEC)
async def summarize_bulk(ctx):
    body = await ctx.body_model(SummarizeBulkRequest)
    check_bulk_size(len(body.feedback_records), ctx.services.settings.max_bulk_records)
    result = await ctx.services.summarize_bulk.run(body)
    return json_response(result.model_dump(mode="json"))
