"""Dependencies point inward: functions → shared_code use cases → domain. Adapters stay behind ports.

Every import statement (module level or inside functions) of every module is checked with ``ast``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ADAPTER_LIBS = ("litellm", "presidio_analyzer", "presidio_anonymizer", "spacy", "asyncpg", "azure.identity",
                "azure.keyvault", "tenacity", "sklearn", "lingua", "py3langid", "aiohttp", "httpx", "phonenumbers",
                "openai", "numpy", "scipy")
ADAPTER_PACKAGES = ("shared_code.anonymization", "shared_code.llm", "shared_code.db", "shared_code.usage",
                    "shared_code.grouping", "shared_code.admin",
                    "shared_code.secrets", "shared_code.composition", "shared_code.http_glue")


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def modules(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def hits(names: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if any(n == p or n.startswith(p + ".") for p in prefixes))


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_the_checker_sees_nested_imports(tmp_path):
    sample = tmp_path / "m.py"
    sample.write_text("def f():\n    import litellm\n    from shared_code.llm import client\n")
    assert hits(imports_of(sample), ADAPTER_LIBS + ADAPTER_PACKAGES) == ["litellm", "shared_code.llm",
                                                                         "shared_code.llm.client"]


@pytest.mark.parametrize("path", modules("shared_code"), ids=rel)
def test_only_the_glue_module_imports_azure_functions(path):
    if rel(path) == "shared_code/http_glue.py":
        return
    assert not hits(imports_of(path), ("azure.functions",)), f"{rel(path)} imports azure.functions"


@pytest.mark.parametrize("path", modules("functions"), ids=rel)
def test_functions_are_thin_adapters(path):
    bad = hits(imports_of(path), ADAPTER_LIBS + tuple(p for p in ADAPTER_PACKAGES if p != "shared_code.http_glue"))
    assert not bad, f"{rel(path)} imports business or adapter code directly: {bad}"


@pytest.mark.parametrize("path", modules("shared_code/domain"), ids=rel)
def test_domain_imports_no_adapter(path):
    bad = hits(imports_of(path), ADAPTER_LIBS + ADAPTER_PACKAGES + ("shared_code.usecases", "azure"))
    assert not bad, f"{rel(path)} (domain) imports {bad}"


@pytest.mark.parametrize("path", modules("shared_code/usecases"), ids=rel)
def test_use_cases_depend_on_ports_not_adapters(path):
    bad = hits(imports_of(path), ADAPTER_LIBS + ADAPTER_PACKAGES + ("azure", "shared_code.call_context"))
    assert not bad, f"{rel(path)} (use case) imports {bad}"


def test_function_app_only_registers_blueprints():
    names = imports_of(ROOT / "function_app.py")
    assert all(n == "azure.functions" or n == "functions" or n.startswith("functions.") for n in names), names


def test_importing_function_app_stays_light():
    import subprocess
    import sys

    import os

    code = ("import sys, function_app; heavy=[m for m in ('litellm','presidio_analyzer','spacy','asyncpg','sklearn')"
            " if m in sys.modules]; print(','.join(heavy))")
    env = {**os.environ, "WARM_UP_ON_START": "false"}  # the start-up warm-up loads them in the background
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "", f"importing function_app loaded {out.stdout.strip()}"
