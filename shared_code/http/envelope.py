"""Response bodies: JSON with non-ASCII kept, and the error envelope (docs/api.md § Errors)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from shared_code.errors import QFAError

JSON_CONTENT_TYPE = "application/json"


@dataclass(slots=True)
class ApiResponse:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    error_code: str | None = None


def dump_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_response(value: Any, status: int = 200, headers: dict[str, str] | None = None) -> ApiResponse:
    hdrs = {"Content-Type": JSON_CONTENT_TYPE}
    hdrs.update(headers or {})
    return ApiResponse(status=status, body=dump_json(value), headers=hdrs)


def empty_response(status: int = 204) -> ApiResponse:
    return ApiResponse(status=status)


def error_body(error: QFAError, request_id: str) -> dict[str, Any]:
    return {
        "error": {
            "code": error.code,
            "message": error.message,
            "request_id": request_id,
            "fields": error.fields,
        }
    }


def error_response(error: QFAError, request_id: str) -> ApiResponse:
    resp = json_response(error_body(error, request_id), status=error.status, headers=error.headers)
    resp.error_code = error.code
    return resp
