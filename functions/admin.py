"""Superuser administration: /v1/admin/tenants[/{tenant_id}[/budget]] and /v1/admin/keys[/{key_id}] (docs/api.md § Administration).

Thin adapters: validate the JSON body, call the admin service, render its records as 200/201/204. Every
rule (existence, superuser policy, self-deletion guards, database availability) lives in the service.
"""

from dataclasses import asdict

import azure.functions as func

from shared_code.http.api_models import (Budget, BudgetSet, KeyCreate, KeyCreated, KeyList, KeysQuery, TenantCreate,
                                         TenantCreated, TenantList)
from shared_code.http.envelope import empty_response, json_response
from shared_code.http.routes import OperationDoc, RouteSpec
from shared_code.http_glue import http_function

bp = func.Blueprint()
DB = 503  # database_unavailable (also: no database configured)
TENANTS = RouteSpec(name="admin_tenants", template="v1/admin/tenants", methods=("GET", "POST"), auth="superuser", docs=(
    OperationDoc("GET", "List tenants", response=TenantList, errors=(DB,)),
    OperationDoc("POST", "Create a tenant", TenantCreate, TenantCreated, success=201, errors=(409, DB)),
))
TENANT = RouteSpec(name="admin_tenant", template="v1/admin/tenants/{tenant_id}", methods=("DELETE",),
                   auth="superuser", docs=(
                       OperationDoc("DELETE", "Delete a tenant and its keys", success=204, errors=(404, 409, DB)),))
KEYS = RouteSpec(name="admin_keys", template="v1/admin/keys", methods=("GET", "POST"), auth="superuser", docs=(
    OperationDoc("GET", "List API keys", response=KeyList, query=KeysQuery, errors=(DB,)),
    OperationDoc("POST", "Create an API key (shown once)", KeyCreate, KeyCreated, success=201,
                 errors=(403, 404, 409, DB)),
))
BUDGET = RouteSpec(name="admin_tenant_budget", template="v1/admin/tenants/{tenant_id}/budget",
                   methods=("GET", "PUT", "DELETE"), auth="superuser", docs=(
                       OperationDoc("GET", "A tenant's monthly budget and this month's spend", response=Budget,
                                    errors=(404, 422, DB)),
                       OperationDoc("PUT", "Set a tenant's monthly budget (USD)", BudgetSet, Budget, errors=(DB,)),
                       OperationDoc("DELETE", "Remove a tenant's budget", success=204, errors=(404, 422, DB)),))
KEY = RouteSpec(name="admin_key", template="v1/admin/keys/{key_id}", methods=("DELETE",), auth="superuser", docs=(
    OperationDoc("DELETE", "Revoke an API key", success=204, errors=(404, 409, DB)),))


@http_function(bp, TENANTS)
async def admin_tenants(ctx):
    admin = ctx.services.admin
    if ctx.request.method == "POST":
        tenant = await admin.create_tenant(await ctx.body_model(TenantCreate))
        return json_response({"tenant_id": tenant.tenant_id}, status=201)
    return json_response({"tenants": [asdict(t) for t in await admin.list_tenants()]})


@http_function(bp, TENANT)
async def admin_tenant(ctx):
    admin = ctx.services.admin
    await admin.delete_tenant(ctx.request.route_params["tenant_id"], ctx.identity)
    return empty_response(204)


@http_function(bp, BUDGET)
async def admin_tenant_budget(ctx):
    budgets, tenant_id = ctx.services.budgets, ctx.request.route_params["tenant_id"]
    if ctx.request.method == "PUT":
        body = await ctx.body_model(BudgetSet)
        return json_response(await budgets.set(tenant_id, body.monthly_budget_usd))
    if ctx.request.method == "DELETE":
        await budgets.clear(tenant_id)
        return empty_response(204)
    return json_response(await budgets.get(tenant_id))


@http_function(bp, KEYS)
async def admin_keys(ctx):
    admin = ctx.services.admin
    if ctx.request.method == "POST":
        return json_response(asdict(await admin.create_key(await ctx.body_model(KeyCreate))), status=201)
    keys = await admin.list_keys(ctx.request.query.get("tenant_id"))
    return json_response({"auth_keys": [asdict(k) for k in keys]})


@http_function(bp, KEY)
async def admin_key(ctx):
    admin = ctx.services.admin
    await admin.delete_key(ctx.request.route_params["key_id"], ctx.identity)
    return empty_response(204)
