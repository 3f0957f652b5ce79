"""Every Bicep file parses, and main.bicep is wired consistently to its modules.

This stands on its own: checkov reports parse errors but still exits 0. Without a Bicep compiler
offline, the wiring checks stand in for `bicep build`: module paths exist, every parameter passed
is declared, every required parameter is passed, every `<module>.outputs.<name>` exists, every
parameter has a description and main.bicep parameters have defaults.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.infra import bicep_model as bm

EXPECTED_MODULES = {"alerts", "functionapp", "identity", "keyvault", "monitoring", "postgres", "roles", "storage"}


def test_expected_files_exist():
    assert bm.MAIN.is_file()
    assert (bm.INFRA / "main.bicepparam").is_file()
    assert {p.stem for p in bm.MODULES.glob("*.bicep")} >= EXPECTED_MODULES


@pytest.mark.parametrize("path", bm.bicep_files(), ids=lambda p: str(p.relative_to(bm.INFRA)))
def test_file_parses(path: Path):
    doc = bm.parse(path)
    assert doc.get("resources") or doc.get("modules"), f"{path.name} declares nothing"


@pytest.mark.parametrize("path", bm.bicep_files(), ids=lambda p: str(p.relative_to(bm.INFRA)))
def test_every_parameter_and_output_has_a_description(path: Path):
    doc = bm.parse(path)
    for kind in ("parameters", "outputs"):
        for name, decl in (doc.get(kind) or {}).items():
            description = bm.decorators(decl).get("description")
            assert isinstance(description, str) and description.strip(), f"{path.name}: {kind[:-1]} {name}"


def test_main_parameters_have_safe_defaults():
    params = bm.main_doc()["parameters"]
    missing = [name for name, decl in params.items() if "default" not in decl]
    assert not missing, f"main.bicep parameters without a default: {missing}"
    for name in bm.secure_params(bm.main_doc()):
        assert params[name]["default"] == "", f"secure parameter {name} must default to empty"


def test_main_is_resource_group_scoped():
    assert bm.main_doc()["globals"]["scope"]["value"] == "resourceGroup"


def test_module_wiring():
    main = bm.main_doc()
    outputs_by_symbol = {}
    for symbol, mod in bm.modules(main).items():
        path = (bm.INFRA / mod["path"]).resolve()
        assert path.is_file(), f"module {symbol}: {mod['path']} does not exist"
        doc = bm.parse(path)
        declared = doc.get("parameters") or {}
        passed = set(mod["params"])
        unknown = passed - set(declared)
        assert not unknown, f"module {symbol} passes undeclared parameters {sorted(unknown)}"
        required = {n for n, d in declared.items() if "default" not in d}
        assert required <= passed, f"module {symbol} misses required parameters {sorted(required - passed)}"
        outputs_by_symbol[symbol] = set(doc.get("outputs") or {})

    # <module>.outputs.<name> in expressions and in ${...} interpolations
    text = " ".join(bm.render(v) for v in bm.walk(main) if isinstance(v, (dict, str)))
    used = set(re.findall(r"\b([A-Za-z_]\w*)\.outputs\.([A-Za-z_]\w*)", text))
    assert used, "main.bicep reads no module outputs (parser change?)"
    for symbol, output in used:
        assert symbol in outputs_by_symbol, f"{symbol}.outputs.{output}: no such module"
        assert output in outputs_by_symbol[symbol], f"{symbol}.outputs.{output}: no such output"


def test_references_in_modules_are_declared():
    """Every `${name}` in a module names a parameter, variable, resource or output of that module."""
    for path in bm.bicep_files():
        doc = bm.parse(path)
        symbols = set()
        for kind in ("parameters", "variables", "resources", "modules", "outputs"):
            symbols |= set(doc.get(kind) or {})
        for s in bm.strings(doc):
            for expr in re.findall(r"\$\{([^}]*)\}", s):
                head = re.match(r"\s*([A-Za-z_]\w*)", expr)
                assert head, f"{path.name}: cannot read interpolation ${{{expr}}}"
                name = head.group(1)
                # functions such as uniqueString(...) are not symbols
                if expr.strip().startswith(name + "("):
                    continue
                assert name in symbols, f"{path.name}: ${{{expr}}} refers to undeclared {name}"


def test_resource_names_use_the_resource_token():
    variables = bm.main_doc()["variables"]
    token = bm.render(variables["resourceToken"]["value"])
    assert token == "toLower(uniqueString(resourceGroup().id, environmentName))"
    names = variables["names"]["value"]
    assert names, "names variable is empty"
    for key, value in names.items():
        assert "${resourceToken}" in value, f"name {key} does not use the resource token"
    # uniqueString() yields 13 characters; storage (24) and Key Vault (24) names must fit.
    prefix = variables["prefix"]["value"]
    for key, limit in (("storage", 24), ("keyVault", 24)):
        length = len(names[key].replace("${prefix}", prefix).replace("${resourceToken}", "x" * 13))
        assert length <= limit, f"{key} name would be {length} characters (limit {limit})"
    assert re.fullmatch(r"[a-z0-9]+", names["storage"].replace("${prefix}", prefix).replace("${resourceToken}", "a"))
