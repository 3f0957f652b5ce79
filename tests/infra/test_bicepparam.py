"""infra/main.bicepparam (pycep cannot parse .bicepparam files, so it is read line by line).

It must point at main.bicep, assign only parameters main.bicep declares, respect their @allowed
lists and bounds, and hold no secret values.
"""

from __future__ import annotations

import re

from tests.infra import bicep_model as bm

PARAM_FILE = bm.INFRA / "main.bicepparam"
ASSIGNMENT = re.compile(r"^param\s+(?P<name>[A-Za-z_]\w*)\s*=\s*(?P<value>.+?)\s*$")


def statements() -> list[str]:
    """Statements without comments; an object or array value spanning lines is joined into one."""
    lines: list[str] = []
    depth = 0
    for raw in PARAM_FILE.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"^\s*//.*$|\s+//[^']*$", "", raw).strip()
        if not line:
            continue
        if depth > 0:
            lines[-1] += " " + line
        else:
            lines.append(line)
        depth += line.count("{") + line.count("[") - line.count("}") - line.count("]")
    assert depth == 0, "unbalanced brackets in main.bicepparam"
    return lines


class Composite(str):
    """An object or array value, kept as text (its type is checked, not its content)."""


def literal(text: str):
    if re.fullmatch(r"'(?:[^'\\]|\\.)*'", text):
        return text[1:-1].replace("\\'", "'")
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if text in ("true", "false"):
        return text == "true"
    if text[:1] in "{[" and text[-1:] in "}]":
        return Composite(text)
    raise AssertionError(f"main.bicepparam: only literal values are expected, got {text!r}")


def assignments() -> dict:
    out = {}
    for line in statements():
        match = ASSIGNMENT.match(line)
        if match:
            assert match["name"] not in out, f"{match['name']} assigned twice"
            out[match["name"]] = literal(match["value"])
    return out


def test_uses_main_bicep():
    lines = statements()
    assert lines and lines[0] == "using 'main.bicep'", "the first statement must be: using 'main.bicep'"
    for line in lines[1:]:
        assert ASSIGNMENT.match(line), f"unexpected statement in main.bicepparam: {line!r}"


def test_only_declared_parameters_with_valid_values():
    declared = bm.main_doc()["parameters"]
    values = assignments()
    assert values, "main.bicepparam assigns nothing"
    for name, value in values.items():
        assert name in declared, f"main.bicepparam sets {name}, which main.bicep does not declare"
        decl = declared[name]
        if decl["type"] in ("object", "array"):
            assert isinstance(value, Composite) and value[0] == ("{" if decl["type"] == "object" else "["), (
                f"{name}: {decl['type']} expected, got {value!r}")
            continue
        assert not isinstance(value, Composite), f"{name}: {decl['type']} expected, got {value!r}"
        expected_type = {"string": str, "int": int, "bool": bool}.get(decl["type"])
        if expected_type:
            assert isinstance(value, expected_type), f"{name}: {decl['type']} expected, got {value!r}"
        rules = bm.decorators(decl)
        if "allowed" in rules:
            assert value in rules["allowed"], f"{name}={value!r} is not one of {rules['allowed']}"
        if "min_value" in rules:
            assert value >= rules["min_value"], f"{name}={value} is below {rules['min_value']}"
        if "max_value" in rules:
            assert value <= rules["max_value"], f"{name}={value} is above {rules['max_value']}"


def test_no_secret_values():
    secure = bm.secure_params(bm.main_doc())
    assert secure, "main.bicep should declare the secret parameters as @secure()"
    set_secrets = {name for name, value in assignments().items() if name in secure and value != ""}
    assert not set_secrets, f"secret values in main.bicepparam: {sorted(set_secrets)}"
    text = PARAM_FILE.read_text(encoding="utf-8")
    assert not re.search(r"qfa_[A-Za-z0-9_-]{20,}|[0-9a-f]{64}", text), "something that looks like a key"


def test_documented_defaults_match_the_spec():
    values = assignments()
    assert values.get("instanceMemoryMB", 2048) == 2048
    assert values.get("postgresVersion", "16") == "16"
    assert values.get("postgresAdminType", "Group") in ("Group", "User", "ServicePrincipal")
    assert values.get("alwaysReadyInstanceCount", 0) == 0
