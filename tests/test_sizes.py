"""Size limits of the shipped code (docs/architecture.md § Layers): no module of shared_code/ over 300
lines, no function or method over 60 lines (``def`` line to last line, docstring included)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 60
MODULES = sorted((ROOT / "shared_code").rglob("*.py")) + sorted((ROOT / "functions").rglob("*.py")) + [
    ROOT / "function_app.py"]


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def long_functions(source: str, limit: int) -> list[tuple[str, int]]:
    """``(name, lines)`` of every function or method, nested ones included, longer than ``limit``."""
    return [(node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(ast.parse(source))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > limit]


def test_the_checker_measures_a_function_from_def_to_last_line() -> None:
    def method(body_lines: int) -> str:
        return "class C:\n    async def m(self):\n" + "".join(f"        x = {i}\n" for i in range(body_lines))

    assert long_functions(method(59), MAX_FUNCTION_LINES) == []
    assert long_functions(method(60), MAX_FUNCTION_LINES) == [("m", 61)]


@pytest.mark.parametrize("path", MODULES, ids=rel)
def test_module_and_function_sizes(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    lines = len(source.splitlines())
    assert lines <= MAX_MODULE_LINES, f"{rel(path)} has {lines} lines (at most {MAX_MODULE_LINES}): split it by job"
    assert long_functions(source, MAX_FUNCTION_LINES) == [], f"{rel(path)}: functions over {MAX_FUNCTION_LINES} lines"
