"""The version is written once, in shared_code/__init__.py; pyproject.toml and /v1/health read it."""

import re
import tomllib
import warnings
from pathlib import Path

import shared_code

ROOT = Path(__file__).resolve().parents[2]


def test_pyproject_reads_the_version_from_the_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    from setuptools.config.pyprojecttoml import read_configuration

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "[tool.setuptools] is beta"
        resolved = read_configuration(ROOT / "pyproject.toml", expand=True)["project"]["version"]
    assert resolved == shared_code.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", resolved)


def test_no_other_file_writes_a_version_down():
    declarations = [p for p in [*ROOT.glob("*.py"), *ROOT.glob("*.toml"), *(ROOT / "shared_code").rglob("*.py"),
                                *(ROOT / "functions").rglob("*.py")]
                    if re.search(r"^\s*(__version__|version)\s*=\s*[\"']", p.read_text(encoding="utf-8"), re.M)]
    assert [p.relative_to(ROOT).as_posix() for p in declarations] == ["shared_code/__init__.py"]
