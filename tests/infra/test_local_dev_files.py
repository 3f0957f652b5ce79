"""local.settings.example.json and .funcignore follow Microsoft's Python v2 conventions.

- local.settings.example.json: ``IsEncrypted: false``; ``FUNCTIONS_WORKER_RUNTIME: python``;
  ``AzureWebJobsStorage: UseDevelopmentStorage=true`` (the Azurite emulator `make run` starts with Core
  Tools); no ``AzureWebJobsFeatureFlags`` (``EnableWorkerIndexing`` is obsolete: worker indexing is on for
  the v2 model); every value a string (Core Tools reads them as app settings); no real LLM credentials.
- .funcignore: the deployment package holds only the app (function_app.py, host.json, requirements.txt,
  functions/, shared_code/); tests, docs, local settings, virtualenvs, Azurite's files and dev tooling
  stay out. Matched with git's own gitignore rules, the syntax .funcignore uses.
"""

import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOYED_TOP_LEVEL = {"function_app.py", "host.json", "requirements.txt", "functions", "shared_code"}
NEVER_DEPLOYED = ["local.settings.json", "local.settings.example.json", ".venv/bin/python", "tests/unit/test_x.py",
                  "docs/api.md", "scripts/devhost.py", "infra/main.bicep", "Makefile", "requirements-dev.txt",
                  "README.md", ".azurite/__blobstorage__/x", "__azurite_db_blob__.json", "__blobstorage__/x",
                  "__queuestorage__/x", ".vscode/settings.json", ".git/HEAD", ".gitignore", ".ci/run",
                  "shared_code/__pycache__/x.pyc", ".pytest_cache/v", ".venv-checkov/bin/checkov", "pyproject.toml"]


def _values() -> dict:
    data = json.loads((ROOT / "local.settings.example.json").read_text(encoding="utf-8"))
    assert data["IsEncrypted"] is False
    return data["Values"]


def test_local_settings_follow_the_python_v2_conventions():
    values = _values()
    assert values["FUNCTIONS_WORKER_RUNTIME"] == "python"
    assert values["AzureWebJobsStorage"] == "UseDevelopmentStorage=true"
    assert "AzureWebJobsFeatureFlags" not in values
    assert not any("EnableWorkerIndexing" in str(v) for v in values.values())
    assert all(isinstance(v, str) for v in values.values())


def test_local_settings_configure_no_llm_so_make_run_uses_the_fake_until_the_user_does():
    values = _values()
    assert all(values.get(name, "") == "" for name in ("LLM_MODEL", "LLM_API_KEY", "LLM_API_BASE"))


@pytest.fixture(scope="module")
def ignored(tmp_path_factory):
    repo = tmp_path_factory.mktemp("funcignore")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)

    def check(*paths: str) -> set[str]:
        """The subset of ``paths`` that .funcignore excludes."""
        out = subprocess.run(["git", "-C", str(repo), "-c", f"core.excludesFile={ROOT / '.funcignore'}",
                              "check-ignore", "--no-index", "--stdin"], input="\n".join(paths) + "\n",
                             capture_output=True, text=True)
        assert out.returncode in (0, 1), out.stderr
        return set(out.stdout.splitlines())

    return check


@pytest.mark.parametrize("path", NEVER_DEPLOYED)
def test_funcignore_keeps_dev_files_out(ignored, path):
    assert ignored(path) == {path}


@pytest.mark.parametrize("path", ["function_app.py", "host.json", "requirements.txt", "functions/summarize.py",
                                  "shared_code/http/docs_page.py", "shared_code/db/migrations/0001_init.sql"])
def test_funcignore_keeps_the_app_in(ignored, path):
    assert ignored(path) == set()


def test_every_tracked_file_outside_the_app_is_ignored(ignored):
    tracked = subprocess.run(["git", "-C", str(ROOT), "ls-files"], capture_output=True, text=True, check=True)
    outside_the_app = [p for p in tracked.stdout.splitlines() if p.split("/", 1)[0] not in DEPLOYED_TOP_LEVEL]
    assert len(outside_the_app) > 20
    assert set(outside_the_app) - ignored(*outside_the_app) == set()
