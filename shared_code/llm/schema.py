"""Structured output: the strict JSON schema sent to the provider, and validation of the answer.

The sent schema (docs/pipeline.md § LLM calls, docs/api.md § Conventions) is built from the pydantic response model: every
property required, ``additionalProperties: false``, optional values nullable, ``oneOf`` as ``anyOf``,
and no range / length / pattern / format / default keywords (some providers reject them). Those
constraints stay in the pydantic model and are enforced when the answer is validated.
"""

from __future__ import annotations

import copy
import json
import re
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

T = TypeVar("T", bound=BaseModel)

STRIPPED_KEYWORDS = frozenset({
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
    "minLength", "maxLength", "pattern", "format",
    "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
    "default", "examples", "discriminator",
})
_SUBSCHEMA_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "$defs", "definitions", "patternProperties")
_NAME_RE = re.compile(r"[^A-Za-z0-9_-]")

REPAIR_NOTE = (
    "Your previous reply did not match the required JSON schema. Reply again with one JSON object "
    "that matches the schema exactly, and nothing else."
)
JSON_OBJECT_NOTE = (
    "Answer with one JSON object only (no prose, no code fences). It must match this JSON schema; "
    "every property is required and null is allowed only where the schema says so:\n"
)


class StructuredOutputError(Exception):
    """The answer is not valid JSON or does not validate against the response model (no details kept)."""


def schema_name(model: type[BaseModel]) -> str:
    return _NAME_RE.sub("_", model.__name__)[:64] or "Response"


@lru_cache(maxsize=256)
def _strict_schema_json(model: type[BaseModel]) -> str:
    schema = copy.deepcopy(model.model_json_schema())
    _make_strict(schema)
    return json.dumps(schema, ensure_ascii=False, sort_keys=False)


def strict_json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The provider-facing schema for ``model`` (a fresh copy; cached per model class)."""
    return json.loads(_strict_schema_json(model))


def json_schema_response_format(model: type[BaseModel]) -> dict[str, Any]:
    return {"type": "json_schema",
            "json_schema": {"name": schema_name(model), "strict": True, "schema": strict_json_schema(model)}}


def json_object_instruction(model: type[BaseModel]) -> str:
    """The system-message text that describes the schema in ``json_object`` mode."""
    return JSON_OBJECT_NOTE + _strict_schema_json(model)


def _make_strict(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _make_strict(item)
        return
    if not isinstance(node, dict):
        return
    for key in STRIPPED_KEYWORDS & node.keys():
        del node[key]
    if "oneOf" in node:
        node["anyOf"] = node.pop("oneOf")
    if _is_object(node):
        _make_object_strict(node)
    for key in _SUBSCHEMA_LISTS:
        if key in node:
            _make_strict(node[key])
    for key in _SUBSCHEMA_MAPS:
        if isinstance(node.get(key), dict):
            for sub in node[key].values():
                _make_strict(sub)
    for key in ("items", "additionalProperties", "not"):
        if isinstance(node.get(key), dict):
            _make_strict(node[key])


def _is_object(node: dict[str, Any]) -> bool:
    kind = node.get("type")
    return kind == "object" or (isinstance(kind, list) and "object" in kind) or "properties" in node


def _make_object_strict(node: dict[str, Any]) -> None:
    if isinstance(node.get("additionalProperties"), dict) and not node.get("properties"):
        return  # a free-form map (dict[str, X]): left as it is
    props: dict[str, Any] = node.setdefault("properties", {})
    originally_required = set(node.get("required", ()))
    for name, sub in list(props.items()):
        if name not in originally_required and not _allows_null(sub):
            props[name] = {"anyOf": [sub, {"type": "null"}]}
    node["required"] = list(props)
    node["additionalProperties"] = False


def _allows_null(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(_allows_null(branch) for key in ("anyOf", "oneOf") for branch in schema.get(key, ()))


# --------------------------------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------------------------------
@lru_cache(maxsize=256)
def _original_schema(model: type[BaseModel]) -> dict[str, Any]:
    return model.model_json_schema()


def parse_structured(content: str | None, model: type[T]) -> T:
    """Parse and validate an answer. Nulls the strict schema allowed for fields that have a default
    but are not nullable in the model are dropped first, so the default applies."""
    if not content or not content.strip():
        raise StructuredOutputError("empty")
    try:
        data = json.loads(_strip_fences(content))
    except ValueError:
        raise StructuredOutputError("not json") from None
    root = _original_schema(model)
    _drop_defaulted_nulls(data, root, root, 0)
    try:
        return model.model_validate(data)
    except ValidationError:
        raise StructuredOutputError("invalid") from None


def _strip_fences(text: str) -> str:
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        if text.rstrip().endswith("```"):
            text = text.rstrip()[:-3]
    return text


def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    seen = 0
    while "$ref" in schema and seen < 32:
        node: Any = root
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node.get(part, {}) if isinstance(node, dict) else {}
        schema, seen = node, seen + 1
    return schema


def _drop_defaulted_nulls(data: Any, schema: dict[str, Any], root: dict[str, Any], depth: int) -> None:
    if depth > 32 or not isinstance(schema, dict):
        return
    schema = _resolve(schema, root)
    if isinstance(data, dict) and isinstance(schema.get("properties"), dict):
        required = set(schema.get("required", ()))
        for name, sub in schema["properties"].items():
            if name not in data:
                continue
            if data[name] is None and name not in required and not _allows_null(_resolve(sub, root)):
                del data[name]
            else:
                _drop_defaulted_nulls(data[name], sub, root, depth + 1)
    elif isinstance(data, list) and isinstance(schema.get("items"), dict):
        for item in data:
            _drop_defaulted_nulls(item, schema["items"], root, depth + 1)
    for branch in schema.get("anyOf", ()) or schema.get("oneOf", ()):
        if isinstance(branch, dict) and _resolve(branch, root).get("type") != "null":
            _drop_defaulted_nulls(data, branch, root, depth + 1)
            break
