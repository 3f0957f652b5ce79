"""Concurrent first imports: the warm-up thread and the first request import the same packages at the same
time (warm_up.py: ``import_litellm`` while a request builds its LLM client).

Python's import locks are per module. A package whose ``__init__`` imports its own submodules makes a cycle
(the child needs the parent, the parent's ``__init__`` needs the child): two threads that enter it from
different ends can deadlock, and the import system breaks the deadlock by handing one of them a partially
initialised module. One thread then fails with ``ImportError: cannot import name …``, the parent is taken
out of ``sys.modules``, and the other thread fails with ``KeyError``. In the app that was a 500 on the
first request after a cold start. Hence the rules checked here: no package ``__init__`` in ``shared_code``
imports its own submodules, and each package's modules import without error from concurrent threads.

Third-party libraries have such cycles of their own (spaCy's ``spacy.strings``, Presidio's packages), which
we cannot change: their heavy stacks are loaded by one thread at a time (``worker.get_engine``'s lock, the
LLM stack's lock in ``shared_code.llm.loading``; tests/unit/test_warm_up_race.py). Here they are imported
first, in one thread, so that only our own modules race.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = sorted(p.parent for p in (ROOT / "shared_code").glob("*/__init__.py"))

# Each module of one package, imported by its own thread, all released at once by a barrier.
PROBE = """
import importlib, sys, threading
import shared_code.runtime_env
first, names = sys.argv[1].split(","), sys.argv[2:]
for library in filter(None, first):
    importlib.import_module(library)
barrier = threading.Barrier(len(names))
errors = []
def load(name):
    barrier.wait()
    try:
        importlib.import_module(name)
    except BaseException as exc:
        errors.append(f"{name}: {type(exc).__name__}: {exc}")
threads = [threading.Thread(target=load, args=(n,)) for n in names]
[t.start() for t in threads]
[t.join() for t in threads]
print("\\n".join(errors))
sys.exit(1 if errors else 0)
"""


def _own_imports(init: Path, package: str) -> list[str]:
    tree = ast.parse(init.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and (node.level or node.module.startswith(package + ".")
                                                                 or node.module == package):
            found.append(node.module or ".")
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith(package + ".")]
    return found


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_package_init_imports_none_of_its_own_submodules(package: Path):
    name = f"shared_code.{package.name}"
    assert _own_imports(package / "__init__.py", name) == [], (
        f"{name}/__init__.py imports its own submodules: a cycle that concurrent imports can break (module docstring)")


THIRD_PARTY = {"anonymization": "numpy,spacy,presidio_analyzer,presidio_anonymizer", "llm": "", "grouping": ""}


@pytest.mark.parametrize("package", [p for p in PACKAGES if p.name in THIRD_PARTY], ids=lambda p: p.name)
def test_modules_of_a_package_import_concurrently(package: Path):
    name = f"shared_code.{package.name}"
    modules = [name] + [f"{name}.{f.stem}" for f in sorted(package.glob("*.py")) if f.stem != "__init__"]
    for _ in range(3):  # the interleaving varies from run to run
        done = subprocess.run([sys.executable, "-c", PROBE, THIRD_PARTY[package.name], *modules], cwd=ROOT, capture_output=True, text=True,
                              timeout=300, env={"PATH": "/usr/bin:/bin", "LITELLM_LOCAL_MODEL_COST_MAP": "True",
                                                "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", "HF_HUB_OFFLINE": "1"})
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
