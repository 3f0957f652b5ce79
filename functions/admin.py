"""Superuser administration: /v1/admin/tenants[/{tenant_id}] and /v1/admin/keys[/{key_id}] (docs/api.md § Administration).

Thin adapters: parse the JSON body, call the admin service, render 200/201/204. Every rule (existence,
superuser policy, self-deletion guards, database availability) lives in the service.
"""

import azure.functions as func

from shared_code.http.envelope import empty_response, json_response
from shared_code.http.routes import RouteSpec
from shared_code.http_glue import http_function

bp = func.Blueprint()
TENANTS = RouteSpec(name="admin_tenants", template="v1/admin/tenants", methods=("GET", "POST"), auth="superuser")
TENANT = RouteSpec(name="admin_tenant", template="v1/admin/tenants/{tenant_id}", methods=("DELETE",),
                   auth="superuser")
KEYS = RouteSpec(name="admin_keys", template="v1/admin/keys", methods=("GET", "POST"), auth="superuser")
KEY = RouteSpec(name="admin_key", template="v1/admin/keys/{key_id}", methods=("DELETE",), auth="superuser")


@http_function(bp, TENANTS)
async def admin_tenants(ctx):
    admin = await ctx.services.admin()
    if ctx.request.method == "POST":
        return json_response(await admin.create_tenant(await ctx.json_body()), status=201)
    return json_response(await admin.list_tenants())


@http_function(bp, TENANT)
async def admin_tenant(ctx):
    admin = await ctx.services.admin()
    await admin.delete_tenant(ctx.request.route_params["tenant_id"], ctx.identity)
    return empty_response(204)


@http_function(bp, KEYS)
async def admin_keys(ctx):
    admin = await ctx.services.admin()
    if ctx.request.method == "POST":
        return json_response(await admin.create_key(await ctx.json_body()), status=201)
    return json_response(await admin.list_keys(ctx.request.query))


@http_function(bp, KEY)
async def admin_key(ctx):
    admin = await ctx.services.admin()
    await admin.delete_key(ctx.request.route_params["key_id"], ctx.identity)
    return empty_response(204)
