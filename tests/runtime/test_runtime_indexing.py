"""Start-up through azure-functions-runtime: worker init, the runtime's own indexing of function_app.py
(FunctionsMetadataRequest) and one FunctionLoadRequest per function, as the Functions host drives them."""

from __future__ import annotations

import json
import re
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROUTES = {
    "health": "v1/health", "openapi": "openapi.json", "docs": "docs", "docs_asset": "docs/assets/{name}",
    "summarize": "v1/summarize", "summarize_bulk": "v1/summarize-bulk", "analyze_bulk": "v1/analyze-bulk",
    "assign_codes": "v1/assign-codes", "detect_sensitive": "v1/detect-sensitive",
    "usage": "v1/usage", "usage_by_tenant": "v1/usage/all/by-tenant", "usage_by_operation": "v1/usage/all/by-operation",
    "admin_tenants": "v1/admin/tenants", "admin_tenant": "v1/admin/tenants/{tenant_id}",
    "admin_tenant_budget": "v1/admin/tenants/{tenant_id}/budget",
    "admin_keys": "v1/admin/keys", "admin_key": "v1/admin/keys/{key_id}",
    "not_found": "{*path}",
}


def pinned(package: str) -> str:
    text = (ROOT / "requirements.txt").read_text()
    return re.search(rf"^{re.escape(package)}==(\S+)", text, re.MULTILINE).group(1)


def test_worker_init_is_the_pinned_runtime_on_python_313(runtime):
    p = runtime.protos
    assert runtime.init.result.status == p.StatusResult.Success
    meta = runtime.init.worker_metadata
    assert (meta.runtime_name, meta.runtime_version) == ("python", "3.13")
    assert meta.worker_version == version("azure-functions-runtime") == pinned("azure-functions-runtime")
    assert version("azure-functions") == pinned("azure-functions")
    # the capabilities the host relies on for HTTP: raw body bytes, body-only RpcHttp, no trigger metadata
    caps = runtime.init.capabilities
    assert caps["RawHttpBodyBytes"] == caps["RpcHttpBodyOnly"] == caps["RpcHttpTriggerMetadataRemoved"] == "true"
    assert "HttpUri" not in caps  # no HTTP streaming extension: requests travel inside InvocationRequest


def test_runtime_indexes_every_function_with_an_anonymous_http_trigger(runtime):
    response = runtime.metadata
    assert response.use_default_metadata_indexing is False
    found = {m.name: m for m in response.function_metadata_results}
    assert set(found) == set(ROUTES)
    for name, meta in found.items():
        assert (meta.script_file, meta.directory) == ("function_app.py", str(ROOT))
        assert meta.language == "python" and meta.properties["worker_indexed"] == "True"
        bindings = [json.loads(raw) for raw in meta.raw_bindings]
        trigger, out = bindings
        assert trigger == {"direction": "IN", "type": "httpTrigger", "name": "req", "authLevel": "ANONYMOUS",
                           "route": ROUTES[name]}, name  # no "methods": the app answers 405 itself
        assert out == {"direction": "OUT", "type": "http", "name": "$return"}
        assert meta.bindings["req"].direction == runtime.protos.BindingInfo.Direction.Value("in")
        assert meta.bindings["$return"].direction == runtime.protos.BindingInfo.out
    assert len({m.function_id for m in found.values()}) == len(ROUTES)


def test_every_function_loads(runtime):
    ids = {m.function_id for m in runtime.metadata.function_metadata_results}
    assert set(runtime.loads) == ids
    assert all(r.result.status == runtime.protos.StatusResult.Success for r in runtime.loads.values())


def test_the_host_routes_literals_before_parameters_before_the_catch_all(runtime):
    order = [r.name for r in runtime.routes]
    assert order[-1] == "not_found"
    assert order.index("admin_tenants") < order.index("admin_tenant") < order.index("not_found")
