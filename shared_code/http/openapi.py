"""``GET /openapi.json`` (OpenAPI 3.1) generated from the registered RouteSpecs and the pydantic models
their handlers use (``/docs`` renders it with Swagger UI: :mod:`shared_code.http.docs_page`).

Every operation lists each status it can answer: the success status of its :class:`OperationDoc`, the
statuses the common pipeline raises for that kind of route (:func:`statuses`: body size, auth,
superuser, rate limit, validation, LLM failures) and those only its handler raises (``errors``). A
method a path does not serve answers 405 with ``Allow`` (not listed as an operation).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from shared_code import __version__
from shared_code.http.api_models import ErrorEnvelope
from shared_code.http.routes import OperationDoc, RouteSpec, compile_template, registered_routes

REF = "#/components/schemas/{model}"
STATUS_TEXT = {
    401: "authentication_required: no or unknown API key",
    403: "forbidden: superuser access required, or the tenant's policy forbids it",
    404: "not_found: no such tenant or key",
    409: "conflict: the request conflicts with the current state (e.g. a key deleting itself)",
    413: "payload_too_large: body over MAX_BODY_BYTES, or (operations) input over the token limit",
    422: "validation_error: the body or query does not match the schema (see `fields`)",
    429: "rate_limited: the tenant's request rate limit; wait Retry-After seconds",
    500: "internal_error: invalid deployment settings, or a bug",
    502: "llm_error / analysis_unavailable: the language model failed or gave no usable answer",
    503: ("temporarily unavailable: database_unavailable, usage_backend_unavailable, usage_tracking_disabled, "
          "anonymization_failed, or llm_rate_limited (the provider is rate-limiting; Retry-After)"),
    504: "analysis_timeout: the request did not complete within its deadline",
}
_HEADER = {"schema": {"type": "string"}}
_REQUEST_ID = {"X-Request-ID": {**_HEADER, "required": True, "description": "The request id (UUID)"}}
_ERROR_HEADERS = {
    401: {"WWW-Authenticate": {**_HEADER, "required": True}},
    429: {"Retry-After": {"schema": {"type": "integer"}, "required": True}},
    503: {"Retry-After": {"schema": {"type": "integer"}, "required": False}},
}


def statuses(spec: RouteSpec, doc: OperationDoc) -> dict[int, str]:
    """Every status ``doc``'s method of ``spec`` can answer, with its meaning."""
    codes = {413, 500, *doc.errors}
    if spec.auth != "none":
        codes |= {401, 503}  # 503: the key lookup's database is down
    if spec.auth == "superuser":
        codes.add(403)
    if spec.rate_limited:
        codes.add(429)
    if doc.request is not None:
        codes.add(422)
    if spec.operation is not None:
        codes |= {413, 422, 502, 503, 504}
    found = {doc.success: "Success"}
    found.update({code: STATUS_TEXT[code] for code in sorted(codes)})
    return found


def _schema_ref(model: type | None, content_type: str) -> dict[str, Any] | None:
    if model is None:
        return None
    if isinstance(model, type) and issubclass(model, BaseModel):
        schema: dict[str, Any] = {"$ref": REF.format(model=model.__name__)}
    else:
        schema = {"type": "string"} if model is str else {"type": "object"}
    return {content_type: {"schema": schema}}


def _response(status: int, text: str, doc: OperationDoc) -> dict[str, Any]:
    if status == doc.success:
        out: dict[str, Any] = {"description": text, "headers": dict(_REQUEST_ID)}
        content = _schema_ref(doc.response, doc.content_type)
        if content is not None:
            out["content"] = content
        return out
    return {"description": text, "headers": {**_REQUEST_ID, **_ERROR_HEADERS.get(status, {})},
            "content": _schema_ref(ErrorEnvelope, "application/json")}


def _parameters(spec: RouteSpec, doc: OperationDoc) -> list[dict[str, Any]]:
    params = [{"name": name, "in": "path", "required": True, "schema": {"type": "string", "minLength": 1}}
              for name in compile_template(spec.template).groupindex]
    if doc.query is not None:
        schema = doc.query.model_json_schema(by_alias=True)
        for name, prop in schema.get("properties", {}).items():
            value = next((b for b in prop.get("anyOf", ()) if b.get("type") != "null"), prop)  # absent, not null
            kept = {k: value[k] for k in ("type", "pattern") if k in value}
            params.append({"name": name, "in": "query", "required": name in schema.get("required", ()),
                           "description": prop.get("description", ""), "schema": kept or {"type": "string"}})
    return params


def _operation(spec: RouteSpec, doc: OperationDoc) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": f"{spec.name}_{doc.method.lower()}",
        "summary": doc.summary + (" (superuser)" if spec.auth == "superuser" else ""),
        "responses": {str(code): _response(code, text, doc) for code, text in statuses(spec, doc).items()},
    }
    params = _parameters(spec, doc)
    if params:
        op["parameters"] = params
    if doc.request is not None:
        op["requestBody"] = {"required": True, "content": _schema_ref(doc.request, "application/json")}
    op["security"] = [{"bearer": []}] if spec.auth != "none" else []
    return op


_BOOL_WORDS = ("0", "off", "f", "false", "n", "no", "1", "on", "t", "true", "y", "yes")
_BOOL_PATTERN = "^(" + "|".join("".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in word)
                                for word in _BOOL_WORDS) + ")$"
_UNIT_INTERVAL_PATTERN = r"^(0?\.[0-9]+|0(\.[0-9]*)?|1(\.0*)?)$"


def _lax(node: dict[str, Any]) -> dict[str, Any] | None:
    """What pydantic's lax mode accepts for a boolean, a small integer range or a [0, 1] number, as anyOf
    branches beside the strict type (api.md §2.3: numeric strings are accepted for numeric fields)."""
    kind, low, high = node.get("type"), node.get("minimum"), node.get("maximum")
    strict = {k: v for k, v in node.items() if k not in ("title", "description", "default")}
    if kind == "boolean":
        extra = [{"type": "integer", "enum": [0, 1]}, {"type": "string", "pattern": _BOOL_PATTERN}]
    elif kind == "integer" and low is not None and high is not None and high - low <= 100:
        extra = [{"type": "string", "enum": [str(i) for i in range(low, high + 1)]}]
        extra += [{"const": flag} for flag in (False, True) if low <= int(flag) <= high]
    elif kind == "number" and (low, high) == (0.0, 1.0):
        extra = [{"type": "string", "pattern": _UNIT_INTERVAL_PATTERN}, {"type": "boolean"}]
    else:
        return None
    return {k: v for k, v in node.items() if k in ("title", "description", "default")} | {
        "anyOf": [strict, *extra]}


def _nul_free(node: dict[str, Any]) -> dict[str, Any]:
    """A required string as the validator sees it: the parser removes NUL (docs/input-rules.md), so
    ``minLength`` counts only other characters. A ``\\S`` pattern (not blank) likewise skips NUL."""
    low = node.get("minLength", 0)
    if node.get("type") != "string" or low < 1 or node.get("pattern") not in (None, r"\S"):
        return node
    char = r"[^\s\u0000]" if node.get("pattern") else r"[^\u0000]"
    pattern = char if low == 1 else rf"^\u0000*(?:[^\u0000]\u0000*){{{low},}}$"
    if node.get("pattern") and low > 1:
        pattern = rf"(?=[\s\S]*{char}){pattern}"
    return {**node, "pattern": pattern}


def _widen(node: Any) -> Any:
    if isinstance(node, list):
        return [_widen(item) for item in node]
    if not isinstance(node, dict):
        return node
    lax = _lax(node)
    if lax is not None:
        return lax
    return {key: _widen(value) for key, value in _nul_free(node).items()}


def _request_side(schemas: dict[str, Any], roots: set[str]) -> set[str]:
    """The component names reachable from ``roots`` through ``$ref``."""
    seen, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(ref.rsplit("/", 1)[1] for ref in _refs(schemas[name]))
    return seen


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [r for value in node.values() for r in _refs(value)]
    if isinstance(node, list):
        return [r for item in node for r in _refs(item)]
    return []


def _components(routes: list[RouteSpec]) -> dict[str, Any]:
    models: dict[str, tuple[type[BaseModel], str]] = {"ErrorEnvelope": (ErrorEnvelope, "serialization")}
    for spec in routes:
        for doc in spec.docs:
            for model, mode in ((doc.request, "validation"), (doc.response, "serialization")):
                if isinstance(model, type) and issubclass(model, BaseModel):
                    models[model.__name__] = (model, mode)
    _, found = models_json_schema([models[name] for name in sorted(models)], ref_template=REF, by_alias=True)
    schemas = found.get("$defs", {})
    requests = {name for name, (_, mode) in models.items() if mode == "validation"}
    for name in _request_side(schemas, requests):
        schemas[name] = _widen(schemas[name])
    return schemas


def _limit_bulk(schemas: dict[str, Any], max_records: int) -> None:
    """The deployment's ``MAX_BULK_RECORDS`` as ``maxItems`` of every ``feedback_records`` list."""
    for schema in schemas.values():
        prop = schema.get("properties", {}).get("feedback_records")
        if isinstance(prop, dict) and prop.get("type") == "array":
            prop["maxItems"] = max_records


def openapi_document(routes: list[RouteSpec] | None = None, *, max_bulk_records: int | None = None) -> dict[str, Any]:
    """The OpenAPI 3.1 document of ``routes`` (default: every registered route); ``max_bulk_records``:
    the deployment's limit on ``feedback_records``, when its settings are valid."""
    routes = sorted(registered_routes() if routes is None else routes, key=lambda s: s.template)
    schemas = _components(routes)
    if max_bulk_records is not None:
        _limit_bulk(schemas, max_bulk_records)
    paths: dict[str, Any] = {}
    for spec in routes:
        for doc in spec.docs:
            paths.setdefault("/" + spec.template, {})[doc.method.lower()] = _operation(spec, doc)
    return {
        "openapi": "3.1.0",
        "info": {"title": "QFA: qualitative feedback analysis", "version": __version__,
                 "description": "Bearer authentication: `Authorization: Bearer <key>`. Every error uses one "
                                "envelope and every response carries `X-Request-ID`. A method a path does not "
                                "serve is 405 `method_not_allowed` with `Allow`; an unknown path is 404."},
        "paths": paths,
        "components": {"schemas": schemas,
                       "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                                         "description": "An API key: `Authorization: Bearer <key>`"}}},
    }

