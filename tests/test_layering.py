"""Dependencies point inward: functions → HTTP pipeline → use cases (usecases/, admin/, usage/) → ports and
domain. Adapters (anonymization/, llm/, db/, grouping/, secrets/) implement ports and are wired only by
the roots (composition, http_glue, the CLIs, warm_up). Every module of shared_code has a layer (docs/architecture.md).

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
ADAPTER_PACKAGES = ("shared_code.anonymization", "shared_code.llm", "shared_code.db", "shared_code.grouping",
                    "shared_code.secrets")
ROOTS = ("shared_code.composition", "shared_code.http_glue", "shared_code.cli", "shared_code.migrate",
         "shared_code.warm_up")  # entry points and wiring: the only modules that may see every layer
USE_CASES = ("shared_code.usecases", "shared_code.admin", "shared_code.usage")
HTTP = ("shared_code.http",)
INNER = ADAPTER_LIBS + ADAPTER_PACKAGES + ROOTS + ("azure", "functions")

# Where each module of shared_code sits (a path prefix; the longest match wins) and what it must not import.
LAYERS: dict[str, tuple[str, ...]] = {
    "shared_code/__init__.py": INNER + USE_CASES + HTTP + ("shared_code.ports",),
    "shared_code/errors.py": INNER + USE_CASES + HTTP + ("shared_code.ports",),
    "shared_code/logs.py": INNER + USE_CASES + HTTP + ("shared_code.ports",),
    "shared_code/settings.py": INNER + USE_CASES + HTTP + ("shared_code.ports",),
    "shared_code/runtime_env.py": INNER + USE_CASES + HTTP + ("shared_code.ports",),
    "shared_code/call_context.py": INNER + USE_CASES + HTTP + ("shared_code.ports",),
    "shared_code/lazy.py": INNER + USE_CASES + HTTP + ("shared_code.ports",),
    "shared_code/domain": INNER + USE_CASES + HTTP + ("shared_code.ports", "shared_code.auth"),
    "shared_code/ports.py": INNER + USE_CASES + HTTP,
    "shared_code/services.py": INNER + ("shared_code.usecases",),
    "shared_code/auth": INNER + USE_CASES + HTTP,
    "shared_code/usecases": INNER + HTTP + ("shared_code.admin", "shared_code.usage", "shared_code.call_context"),
    "shared_code/admin": INNER + HTTP + ("shared_code.usecases", "shared_code.usage"),
    "shared_code/usage": INNER + HTTP + ("shared_code.usecases", "shared_code.admin"),
    "shared_code/http": INNER + ("shared_code.usecases", "shared_code.usage", "shared_code.admin.service"),
    "shared_code/anonymization": ROOTS + USE_CASES + HTTP + ("functions",),
    "shared_code/llm": ROOTS + USE_CASES + HTTP + ("functions",),
    "shared_code/db": ROOTS + USE_CASES + HTTP + ("functions",),
    "shared_code/grouping": ROOTS + USE_CASES + HTTP + ("functions",),
    "shared_code/secrets": ROOTS + USE_CASES + HTTP + ("functions",),
    "shared_code/cli.py": HTTP + ("shared_code.http_glue", "azure.functions", "functions"),
    "shared_code/cli_render.py": INNER + USE_CASES + HTTP,
    "shared_code/migrate.py": HTTP + ("shared_code.http_glue", "azure.functions", "functions"),
    "shared_code/composition.py": ("functions",),
    "shared_code/http_glue.py": ("functions",),
    "shared_code/warm_up.py": ("functions",),
}


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
    roots = tuple(r for r in ROOTS if r != "shared_code.http_glue")
    bad = hits(imports_of(path), ADAPTER_LIBS + ADAPTER_PACKAGES + USE_CASES + roots)
    assert not bad, f"{rel(path)} imports business or adapter code directly: {bad}"


def layer_of(path: Path) -> str | None:
    found = [prefix for prefix in LAYERS if rel(path) == prefix or rel(path).startswith(prefix + "/")]
    return max(found, key=len) if found else None


def test_every_module_of_shared_code_has_a_layer():
    assert [rel(p) for p in modules("shared_code") if layer_of(p) is None] == []


@pytest.mark.parametrize("path", modules("shared_code"), ids=rel)
def test_each_layer_imports_only_inward(path):
    layer = layer_of(path)
    bad = hits(imports_of(path), LAYERS[layer]) if layer else []
    assert not bad, f"{rel(path)} ({layer}) imports {bad}"


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
