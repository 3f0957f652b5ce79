"""Lenient JSON body parsing (docs/api.md § Body parsing).

EspoCRM builds JSON by string concatenation, so bodies arrive with raw control characters inside
strings and stray backslashes. We accept both, strip NUL, reject nesting deeper than 32, and render
every failure as the contract's 422 ``body`` issue.
"""

from __future__ import annotations

import json
from typing import Any

from shared_code.errors import RequestValidationError

MAX_DEPTH = 32
_VALID_ESCAPES = frozenset('"\\/bfnrt')
_HEX = frozenset("0123456789abcdefABCDEF")


def _repair(text: str) -> str:
    """Double backslashes that start no valid escape; enforce the nesting limit outside strings."""
    out: list[str] = []
    in_string = False
    depth = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if in_string:
            if ch == "\\":
                nxt = text[i + 1] if i + 1 < n else ""
                if nxt in _VALID_ESCAPES and nxt:
                    out.append(text[i : i + 2])
                    i += 2
                    continue
                if nxt == "u" and len(text) >= i + 6 and all(c in _HEX for c in text[i + 2 : i + 6]):
                    out.append(text[i : i + 6])
                    i += 6
                    continue
                out.append("\\\\")
                i += 1
                continue
            if ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise RequestValidationError.single("body", f"JSON nesting exceeds the limit of {MAX_DEPTH} levels")
        elif ch in "]}":
            depth -= 1
        out.append(ch)
        i += 1
    return "".join(out)


def _strip_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, list):
        return [_strip_nul(v) for v in value]
    if isinstance(value, dict):
        return {_strip_nul(k): _strip_nul(v) for k, v in value.items()}
    return value


def decode_body(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise RequestValidationError.single("body", "Body is not valid UTF-8") from None
    return text.replace("\x00", "")


def parse_json_object(raw: bytes) -> dict[str, Any]:
    """Parse a request body into a dict, or raise :class:`RequestValidationError` (422)."""
    text = decode_body(raw)
    if not text.strip():
        raise RequestValidationError.single("body", "Field required")
    repaired = _repair(text)
    try:
        value = json.loads(repaired, strict=False)
    except json.JSONDecodeError as exc:
        issue = f"Invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        raise RequestValidationError.single("body", issue) from None
    except RecursionError:
        raise RequestValidationError.single("body", "JSON nesting is too deep") from None
    if not isinstance(value, dict):
        raise RequestValidationError.single("body", "Input should be an object")
    return _strip_nul(value)
