"""``GET /openapi.json``: OpenAPI 3.1 from the same pydantic models (``/docs`` renders it: docs_page.py)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from shared_code import __version__
from shared_code.domain import models as m

ENVELOPE = {
    "type": "object", "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["code", "message", "request_id", "fields"],
                             "properties": {"code": {"type": "string"}, "message": {"type": "string"},
                                            "request_id": {"type": "string", "format": "uuid"},
                                            "fields": {"anyOf": [{"type": "array", "items": {
                                                "type": "object", "properties": {"field": {"type": "string"},
                                                                                 "issue": {"type": "string"}}}},
                                                {"type": "null"}]}}}},
}

# (method, path, summary, request model, response model, auth)
OPERATIONS: list[tuple[str, str, str, type[BaseModel] | None, type[BaseModel] | None, bool]] = [
    ("post", "/v1/analyze-bulk", "Analyse trends and themes across records", m.AnalyzeBulkRequest,
     m.AnalyzeBulkResponse, True),
    ("post", "/v1/summarize-bulk", "Summarise the key themes of many records", m.SummarizeBulkRequest,
     m.SummarizeBulkResponse, True),
    ("post", "/v1/summarize", "Summarise one record", m.SingleRecordRequest, m.SummarizeResponse, True),
    ("post", "/v1/assign-codes", "Assign codes from a coding tree", m.AssignCodesRequest, m.AssignCodesResponse,
     True),
    ("post", "/v1/detect-sensitive", "Detect sensitive content", m.SingleRecordRequest, m.DetectSensitiveResponse,
     True),
    ("get", "/v1/health", "Liveness and version", None, None, False),
]


# (method, path, summary, superuser) of the routes whose bodies are plain dicts
USAGE_AND_ADMIN = [
    ("get", "/v1/usage", "Usage and cost of the caller's tenant (query: from, to)", False),
    ("get", "/v1/usage/all/by-tenant", "Usage and cost per tenant", True),
    ("get", "/v1/usage/all/by-operation", "Usage and cost per operation", True),
    ("post", "/v1/admin/tenants", "Create a tenant", True),
    ("get", "/v1/admin/tenants", "List tenants", True),
    ("delete", "/v1/admin/tenants/{tenant_id}", "Delete a tenant and its keys", True),
    ("post", "/v1/admin/keys", "Create an API key (shown once)", True),
    ("get", "/v1/admin/keys", "List API keys (query: tenant_id)", True),
    ("delete", "/v1/admin/keys/{key_id}", "Revoke an API key", True),
]


def openapi_document(extra: list[tuple[str, str, str, bool]] | None = None) -> dict[str, Any]:
    models = {model for op in OPERATIONS for model in op[3:5] if model is not None}
    _, schemas = models_json_schema([(model, "validation") for model in sorted(models, key=lambda x: x.__name__)],
                                    ref_template="#/components/schemas/{model}")
    paths: dict[str, Any] = {}
    for method, path, summary, req, resp, auth in OPERATIONS:
        op: dict[str, Any] = {"summary": summary, "responses": {
            "200": {"description": "OK", "content": {"application/json": {
                "schema": {"$ref": f"#/components/schemas/{resp.__name__}"} if resp else {"type": "object"}}}},
            "default": {"description": "Error envelope",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}}},
        }}
        if req is not None:
            op["requestBody"] = {"required": True, "content": {"application/json": {
                "schema": {"$ref": f"#/components/schemas/{req.__name__}"}}}}
        if auth:
            op["security"] = [{"bearer": []}]
        paths.setdefault(path, {})[method] = op
    for method, path, summary, superuser in USAGE_AND_ADMIN + (extra or []):
        paths.setdefault(path, {})[method] = {"summary": summary + (" (superuser)" if superuser else ""),
                                               "security": [{"bearer": []}],
                                               "responses": {"200": {"description": "OK"}}}
    components = dict(schemas.get("$defs", {}))
    components["ErrorEnvelope"] = ENVELOPE
    return {
        "openapi": "3.1.0",
        "info": {"title": "QFA: qualitative feedback analysis", "version": __version__},
        "paths": paths,
        "components": {"schemas": components,
                       "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    }

