"""GET /v1/usage (own tenant) and the superuser roll-ups /v1/usage/all/by-tenant and /by-operation.

``/v1/usage/all`` itself is not a route (the catch-all answers 404). Tracking, window and read errors
come from the usage statistics service (docs/api.md § Usage).
"""

import azure.functions as func

from shared_code.http.envelope import json_response
from shared_code.http.api_models import OwnUsage, UsageByOperation, UsageByTenant, UsageQuery
from shared_code.http.routes import OperationDoc, RouteSpec
from shared_code.http_glue import http_function

bp = func.Blueprint()
USAGE_ERRORS = (422, 503)  # the window (from, to); usage_tracking_disabled, usage_backend_unavailable
USAGE = RouteSpec(name="usage", template="v1/usage", methods=("GET",), docs=(
    OperationDoc("GET", "Usage and cost of the caller's tenant", response=OwnUsage, query=UsageQuery,
                 errors=USAGE_ERRORS),))
BY_TENANT = RouteSpec(name="usage_by_tenant", template="v1/usage/all/by-tenant", methods=("GET",), auth="superuser",
                      docs=(OperationDoc("GET", "Usage and cost per tenant", response=UsageByTenant, query=UsageQuery,
                                         errors=USAGE_ERRORS),))
BY_OPERATION = RouteSpec(name="usage_by_operation", template="v1/usage/all/by-operation", methods=("GET",),
                         auth="superuser", docs=(
                             OperationDoc("GET", "Usage and cost per operation", response=UsageByOperation,
                                          query=UsageQuery, errors=USAGE_ERRORS),))


@http_function(bp, USAGE)
async def usage(ctx):
    stats = ctx.services.usage_stats
    return json_response(await stats.tenant_usage(ctx.tenant_id, ctx.request.query))


@http_function(bp, BY_TENANT)
async def usage_by_tenant(ctx):
    stats = ctx.services.usage_stats
    return json_response(await stats.usage_by_tenant(ctx.request.query))


@http_function(bp, BY_OPERATION)
async def usage_by_operation(ctx):
    stats = ctx.services.usage_stats
    return json_response(await stats.usage_by_operation(ctx.request.query))
