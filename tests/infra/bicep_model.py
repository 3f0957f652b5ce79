"""Helpers for reading the Bicep templates in ``infra/`` as parsed by pycep-parser.

pycep turns a ``.bicep`` file into JSON: ``parameters``, ``variables``, ``resources``, ``modules`` and
``outputs``. Expressions stay structured (``{"function": ...}``, ``{"operator": ...}``); string
literals and symbol references are both plain strings. :func:`render` turns an expression back into
compact Bicep-like text (``identity.outputs.id``, ``guid(storage.id, principalId, roleId)``) so tests
can compare expressions readably.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from pycep import BicepParser

ROOT = Path(__file__).resolve().parents[2]
INFRA = ROOT / "infra"
MAIN = INFRA / "main.bicep"
MODULES = INFRA / "modules"


def bicep_files() -> list[Path]:
    return sorted(INFRA.rglob("*.bicep"))


@lru_cache(maxsize=None)
def _parser() -> BicepParser:
    return BicepParser()


@lru_cache(maxsize=None)
def parse(path: Path) -> dict[str, Any]:
    """Parse one file (raises on a syntax error)."""
    return _parser().parse(text=Path(path).read_text(encoding="utf-8"))


def module_doc(name: str) -> dict[str, Any]:
    return parse(MODULES / f"{name}.bicep")


def main_doc() -> dict[str, Any]:
    return parse(MAIN)


# --- expressions ------------------------------------------------------------------------------

_OPERATOR_SYMBOLS = {
    "equals": "==",
    "not_equals": "!=",
    "greater_than": ">",
    "greater_than_or_equals": ">=",
    "less_than": "<",
    "less_than_or_equals": "<=",
    "and": "&&",
    "or": "||",
    "coalesce": "??",
    "add": "+",
    "minus": "-",
    "multiply": "*",
    "divide": "/",
    "modulo": "%",
}

_FUNCTION_NAMES = {  # pycep's snake_case names back to Bicep's camelCase
    "unique_string": "uniqueString",
    "resource_group": "resourceGroup",
    "subscription_resource_id": "subscriptionResourceId",
    "to_lower": "toLower",
}


def render(node: Any) -> str:
    """Compact text of an expression: references and literals as-is, calls and accessors rebuilt."""
    if node is None:
        return "null"
    if isinstance(node, bool):
        return "true" if node else "false"
    if isinstance(node, (int, float, str)):
        return str(node)
    if isinstance(node, list):
        return "[" + ", ".join(render(n) for n in node) + "]"
    if isinstance(node, dict):
        if set(node) == {"function"}:
            fn = node["function"]
            name = _FUNCTION_NAMES.get(fn["type"], fn["type"])
            args = [render(v) for v in (fn.get("parameters") or {}).values() if v is not None]
            return f"{name}({', '.join(args)})"
        if set(node) == {"operator"}:
            op = node["operator"]
            kind, ops = op["type"], op.get("operands") or {}
            if kind == "property_accessor":
                return f"{render(ops['operand_1'])}.{render(ops['operand_2'])}"
            if kind == "index_accessor":
                return f"{render(ops.get('operand_1'))}[{render(ops.get('operand_2'))}]"
            if kind == "not":
                return "!" + render(next(iter(ops.values())))
            if kind == "conditional":
                return f"({render(ops['condition'])} ? {render(ops['true_value'])} : {render(ops['false_value'])})"
            if kind in _OPERATOR_SYMBOLS:
                return f"({render(ops['operand_1'])} {_OPERATOR_SYMBOLS[kind]} {render(ops['operand_2'])})"
            return f"{kind}({', '.join(render(v) for v in ops.values())})"
        return "{" + ", ".join(f"{k}: {render(v)}" for k, v in node.items()) + "}"
    return repr(node)


def walk(node: Any) -> Iterator[Any]:
    """Every nested value of a parsed document (depth first), the node itself included."""
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def strings(node: Any) -> Iterator[str]:
    for value in walk(node):
        if isinstance(value, str):
            yield value


_INTERPOLATION = re.compile(r"\$\{([^}]*)\}")


def references(node: Any) -> set[str]:
    """Identifiers an expression mentions: rendered text of every value plus interpolations."""
    text = " ".join([render(node), *(m for s in strings(node) for m in _INTERPOLATION.findall(s))])
    return set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))


# --- declarations --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Resource:
    symbol: str
    type: str
    api_version: str
    existing: bool
    config: dict[str, Any]
    condition: Any  # None for unconditional resources

    @property
    def properties(self) -> dict[str, Any]:
        props = self.config.get("properties")
        return props if isinstance(props, dict) else {}


def _unwrap(config: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    """pycep nests a conditional declaration as {"condition": ..., "config": {...}}."""
    if set(config) == {"condition", "config"}:
        return config["config"], config["condition"]
    return config, None


def resources(doc: dict[str, Any], type_: str | None = None) -> dict[str, Resource]:
    out = {}
    for symbol, decl in (doc.get("resources") or {}).items():
        config, condition = _unwrap(decl["config"])
        res = Resource(symbol, decl["type"], decl["api_version"], bool(decl.get("existing")), config, condition)
        if type_ is None or res.type.lower() == type_.lower():
            out[symbol] = res
    return out


def only_resource(doc: dict[str, Any], type_: str) -> Resource:
    found = [r for r in resources(doc, type_).values() if not r.existing]
    assert len(found) == 1, f"expected exactly one {type_}, found {[r.symbol for r in found]}"
    return found[0]


def modules(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """symbol -> {"path": ..., "params": {...}, "config": {...}, "condition": ...}"""
    out = {}
    for symbol, decl in (doc.get("modules") or {}).items():
        config, condition = _unwrap(decl["config"])
        out[symbol] = {
            "path": decl["detail"]["path"],
            "params": config.get("params") or {},
            "config": config,
            "condition": condition,
        }
    return out


def decorators(decl: dict[str, Any]) -> dict[str, Any]:
    return {d["type"]: d.get("argument") for d in decl.get("decorators") or []}


def secure_params(doc: dict[str, Any]) -> set[str]:
    return {name for name, decl in (doc.get("parameters") or {}).items() if "secure" in decorators(decl)}


def module_symbol_for(path_stem: str) -> str:
    """The symbol main.bicep uses for modules/<path_stem>.bicep."""
    matches = [s for s, m in modules(main_doc()).items() if Path(m["path"]).stem == path_stem]
    assert len(matches) == 1, f"main.bicep must use modules/{path_stem}.bicep exactly once, found {matches}"
    return matches[0]


def effective_default(module: str, param: str) -> Any:
    """Value a module parameter gets in a deployment with main.bicep's defaults.

    Follows main.bicep: a literal passed to the module wins; a reference to a main parameter
    resolves to that parameter's default; a parameter main does not pass keeps the module default.
    Anything else (outputs, variables) is returned as rendered text.
    """
    main = main_doc()
    passed = modules(main)[module_symbol_for(module)]["params"]
    if param not in passed:
        return module_doc(module)["parameters"][param].get("default")
    value = passed[param]
    main_params = main.get("parameters") or {}
    main_vars = main.get("variables") or {}
    if isinstance(value, str) and value in main_params:
        return main_params[value].get("default")
    if isinstance(value, str) and value in main_vars:
        return main_vars[value]["value"]
    if isinstance(value, (int, bool)) or (isinstance(value, str) and "${" not in value):
        return value
    return render(value)


def api_version_at_least(res: Resource, minimum: str) -> bool:
    version = res.api_version.split("-preview")[0]
    return version >= minimum
