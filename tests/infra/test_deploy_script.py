"""scripts/deploy.sh: syntax, --dry-run output, validation, and that a dry run executes nothing."""

from __future__ import annotations

import os
import shlex
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.infra import bicep_model as bm

SCRIPT = bm.ROOT / "scripts" / "deploy.sh"
BASH = shutil.which("bash") or "/bin/bash"
ADMIN_OID = "11111111-2222-3333-4444-555555555555"
BASE_ARGS = [
    "--dry-run", "-g", "rg-qfa-test", "-l", "swedencentral", "-e", "test",
    "--pg-admin-object-id", ADMIN_OID, "--pg-admin-name", "QFA DB Admins",
]
# Tools deploy.sh may use locally even in a dry run (everything else is printed, not run).
LOCAL_TOOLS = ["bash", "env", "mktemp", "chmod", "rm", "cat", "dirname", "python3", "git", "od", "tr", "sleep"]
AZURE_TOOLS = ["az", "func", "psql", "curl"]


def path_without_azure_tools(tmp_path: Path) -> str:
    """A PATH holding only links to the local tools: az, func, psql and curl cannot be found."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    for tool in LOCAL_TOOLS:
        # python3 may be a pyenv shim that needs its own PATH: use the interpreter running the tests.
        found = sys.executable if tool == "python3" else shutil.which(tool)
        if found:
            (bindir / tool).symlink_to(found)
    path = str(bindir)
    for tool in AZURE_TOOLS:
        assert shutil.which(tool, path=path) is None
    return path


def run(args: list[str], path: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {"PATH": path, "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    return subprocess.run(
        [BASH, str(SCRIPT), *args], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )


def commands(output: str) -> list[str]:
    """The traced commands ("+ ..." lines), unquoted: each is valid shell text, so shlex can split it."""
    return [" ".join(shlex.split(line[2:])) for line in output.splitlines() if line.startswith("+ ")]


def test_bash_syntax():
    result = subprocess.run([BASH, "-n", str(SCRIPT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_strict_mode_and_executable():
    text = SCRIPT.read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash\n")
    assert "\nset -euo pipefail\n" in text
    assert SCRIPT.stat().st_mode & stat.S_IXUSR, "deploy.sh must be executable"


def test_dry_run_prints_every_step_without_azure_tools(tmp_path):
    key_file = tmp_path / "llm-key.txt"
    key_file.write_text("sk-very-secret-value\n")
    keys_file = tmp_path / "keys.json"
    keys_file.write_text('[{"key_id":"k1","name":"boot","tenant_id":"t1","is_superuser":true,"key_sha256":"' + "a" * 64 + '"}]')
    result = run(
        [*BASE_ARGS, "--llm-api-key-file", str(key_file), "--llm-api-base", "https://example.openai.azure.com/",
         "--auth-api-keys-file", str(keys_file), "-s", "00000000-0000-0000-0000-000000000000"],
        path_without_azure_tools(tmp_path), tmp_path,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    cmds = commands(output)
    joined = "\n".join(cmds)

    def has(*parts: str) -> str:
        hits = [c for c in cmds if all(p in c for p in parts)]
        assert hits, f"no command with {parts} in:\n{joined}"
        return hits[0]

    has("az account set --subscription 00000000-0000-0000-0000-000000000000")
    has("az group create --name rg-qfa-test --location swedencentral")
    deploy = has("az deployment group create", "--resource-group rg-qfa-test")
    assert f"--template-file {bm.ROOT}/infra/main.bicep" in deploy
    assert f"--parameters {bm.ROOT}/infra/main.bicepparam" in deploy
    for part in ("environmentName=test", f"postgresAdminObjectId={ADMIN_OID}", "postgresAdminName=QFA DB Admins",
                 "postgresAdminType=Group", "location=swedencentral"):
        assert part in deploy, f"{part} missing from: {deploy}"
    for name in ("llm-api-key", "llm-api-base", "auth-api-keys"):
        set_cmd = has("az keyvault secret set", f"--name {name}")
        assert "--file " in set_cmd and "--value" not in set_cmd, "secret values travel in files only"
    has("az account get-access-token --resource-type oss-rdbms")
    has("psql", "dbname=postgres", "pg_roles")
    has("psql", "pgaadauth_create_principal_with_oid(", "'service', false, false")
    has("psql", "GRANT CONNECT, TEMPORARY ON DATABASE", "GRANT USAGE, CREATE ON SCHEMA public")
    has("func azure functionapp publish", "--python")
    has("curl", "/v1/usage")
    has("psql", "schema_migrations")
    has("curl", "/v1/health")
    # order of the steps
    order = [joined.index(s) for s in ("az group create", "az deployment group create", "az keyvault secret set",
                                       "pgaadauth_create_principal_with_oid", "func azure functionapp publish",
                                       "schema_migrations", "/v1/health")]
    assert order == sorted(order), "steps out of order"
    # secrets never appear in the output
    assert "sk-very-secret-value" not in output
    assert "a" * 64 not in output
    assert "QFA_API_BASE_URL" in output and "QFA_API_KEY" in output


def test_dry_run_executes_no_azure_command(tmp_path):
    """Fake az/func/psql/curl first on PATH record any call: a dry run must not make one."""
    path = path_without_azure_tools(tmp_path)
    fakes = tmp_path / "fakes"
    fakes.mkdir()
    calls = tmp_path / "calls.log"
    for tool in AZURE_TOOLS:
        fake = fakes / tool
        fake.write_text(f'#!{BASH}\necho "{tool} $*" >> "{calls}"\nexit 97\n')
        fake.chmod(0o755)
    result = run(BASE_ARGS, f"{fakes}{os.pathsep}{path}", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not calls.exists(), f"dry run executed: {calls.read_text()}"
    assert commands(result.stdout + result.stderr), "a dry run still prints the commands"


def test_skip_flags_leave_out_steps(tmp_path):
    result = run([*BASE_ARGS, "--skip-infra", "--skip-publish", "--skip-db-role"], path_without_azure_tools(tmp_path), tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    joined = "\n".join(commands(output))
    assert "az deployment group create" not in joined
    assert "az group create" not in joined
    assert "func azure functionapp publish" not in joined
    assert "pgaadauth_create_principal_with_oid" not in joined
    assert "az deployment group show" in joined, "outputs are read from the last deployment"
    assert "/v1/health" in joined
    assert "firewall-rule create" not in joined, "no operator IP given"


def test_operator_ip_without_infra_step_opens_the_firewall_directly(tmp_path):
    result = run([*BASE_ARGS, "--skip-infra", "--operator-ip", "203.0.113.7"], path_without_azure_tools(tmp_path), tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    rule = [c for c in commands(output) if "az postgres flexible-server firewall-rule create" in c]
    assert rule and "--rule-name AllowOperator --start-ip-address 203.0.113.7 --end-ip-address 203.0.113.7" in rule[0]


def test_operator_ip_goes_to_the_template_with_the_infra_step(tmp_path):
    result = run([*BASE_ARGS, "--operator-ip", "203.0.113.7"], path_without_azure_tools(tmp_path), tmp_path)
    cmds = commands(result.stdout + result.stderr)
    assert result.returncode == 0
    deploy = [c for c in cmds if c.startswith("az deployment group create")]
    assert deploy and "operatorIpAddress=203.0.113.7" in deploy[0]
    assert not [c for c in cmds if "firewall-rule create" in c]


def test_unset_secrets_are_checked_not_overwritten(tmp_path):
    result = run(BASE_ARGS, path_without_azure_tools(tmp_path), tmp_path)
    joined = "\n".join(commands(result.stdout + result.stderr))
    assert result.returncode == 0
    assert "az keyvault secret set" not in joined
    assert joined.count("az keyvault secret show") == 4  # the three given secrets and response-cache-secret


@pytest.mark.parametrize(
    "args, message",
    [
        (["--dry-run", "-l", "x", "-e", "t", "--pg-admin-object-id", ADMIN_OID, "--pg-admin-name", "a"], "--resource-group"),
        (["--dry-run", "-g", "rg", "-l", "x", "--pg-admin-object-id", ADMIN_OID, "--pg-admin-name", "a"], "--environment"),
        (["--dry-run", "-g", "rg", "-l", "x", "-e", "t", "--pg-admin-name", "a"], "--pg-admin-object-id"),
        ([*BASE_ARGS, "--pg-admin-type", "Robot"], "--pg-admin-type"),
        ([*BASE_ARGS, "--operator-ip", "not-an-ip"], "--operator-ip"),
        ([*BASE_ARGS, "--llm-api-key-file", "/nonexistent/file"], "cannot read file"),
        ([*BASE_ARGS, "--bogus"], "unknown option"),
    ],
)
def test_invalid_input_is_rejected(tmp_path, args, message):
    result = run(args, path_without_azure_tools(tmp_path), tmp_path)
    assert result.returncode != 0
    assert message in result.stderr


def test_plaintext_keys_are_refused(tmp_path):
    keys_file = tmp_path / "keys.json"
    keys_file.write_text('[{"key_id":"k1","name":"boot","tenant_id":"t1","key":"qfa_plaintext"}]')
    result = run([*BASE_ARGS, "--auth-api-keys-file", str(keys_file)], path_without_azure_tools(tmp_path), tmp_path)
    assert result.returncode != 0
    assert "auth-api-keys" in result.stderr
    assert "qfa_plaintext" not in result.stdout + result.stderr


def test_help(tmp_path):
    result = run(["--help"], path_without_azure_tools(tmp_path), tmp_path)
    assert result.returncode == 0
    assert "--dry-run" in result.stdout and "--resource-group" in result.stdout
