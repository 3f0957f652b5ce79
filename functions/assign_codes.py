"""POST /v1/assign-codes: root-to-leaf paths of the request's coding tree that fit the record."""

import azure.functions as func

from shared_code.domain.models import AssignCodesRequest, AssignCodesResponse
from shared_code.http.envelope import json_response
from shared_code.http.routes import OperationDoc, RouteSpec
from shared_code.http_glue import http_function

bp = func.Blueprint()
SPEC = RouteSpec(name="assign_codes", template="v1/assign-codes", methods=("POST",), operation="assign_codes",
                 deadline="single", rate_limited=True, cacheable=True,
                 docs=(OperationDoc("POST", "Assign codes from a coding tree", AssignCodesRequest, AssignCodesResponse),))


@http_function(bp, SPEC)
async def assign_codes(ctx):
    body = await ctx.body_model(AssignCodesRequest)
    result = await ctx.services.assign_codes.run(body)
    return json_response(result.model_dump(mode="json"))
