"""One Python version everywhere: the Flex Consumption runtime in Bicep, pyproject's requires-python,
the Makefile's interpreter, and the runtime-versioning pins in requirements.txt (Python 3.13+ apps pin
the Functions Python runtime through ``azure-functions-runtime``; azure-functions 2.x is the 3.13 line)."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

from tests.infra import bicep_model as bm

ROOT = Path(__file__).resolve().parents[2]


def pins() -> dict[str, str]:
    found = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        m = re.fullmatch(r"([A-Za-z0-9_.-]+)\s*(\S.*)?", line.split("#")[0].strip())
        if m:
            found[m.group(1).lower()] = (m.group(2) or "").strip()
    return found


def bicep_python_version() -> str:
    runtime = bm.only_resource(bm.module_doc("functionapp"), "Microsoft.Web/sites").properties[
        "functionAppConfig"]["runtime"]
    assert runtime["name"] == "python"
    return runtime["version"]


def test_bicep_pyproject_makefile_and_interpreter_agree():
    version = bicep_python_version()
    assert version == "3.13"
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert requires == f">={version},<3.{int(version.split('.')[1]) + 1}"
    assert f"PYTHON ?= python{version}\n" in (ROOT / "Makefile").read_text()
    assert (ROOT / ".python-version").read_text().strip() == version
    assert f"{sys.version_info.major}.{sys.version_info.minor}" == version  # the suite runs on it


def test_runtime_versioning_is_pinned():
    found = pins()
    assert re.fullmatch(r"==\d+\.\d+\.\d+", found["azure-functions-runtime"]), found.get("azure-functions-runtime")
    assert re.fullmatch(r"==2\.\d+\.\d+", found["azure-functions"]), found["azure-functions"]
