"""scripts/run_local.sh (the body of `make run`) with Core Tools: Azurite first, then `func start` with the
configured LLM. Core Tools and Azurite are stand-ins on PATH (Core Tools cannot be installed here);
the script, its LLM decision and its process handling are the real ones."""

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

# The stand-in for Core Tools records what it was given, once the Azurite stand-in has started (in the
# background, so it may need a moment).
FUNC = """#!/usr/bin/env bash
for i in $(seq 50); do [ -s "$MARK/azurite.args" ] && break; sleep 0.1; done
{ echo "args=$*"; echo "model=$LLM_MODEL"; echo "base=$LLM_API_BASE"
  echo "azurite_args=$(cat "$MARK/azurite.args" 2>/dev/null)"; } > "$MARK/func.out"
"""
# Like Azurite, it does not exit on SIGTERM (Azurite closes its services and stays until a second signal).
AZURITE = """#!/usr/bin/env bash
trap 'echo term >> "$MARK/azurite.terms"' TERM
echo $$ > "$MARK/azurite.pid"; echo "$*" > "$MARK/azurite.args"
while true; do sleep 0.1; done
"""


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    for name in ("run_local.sh", "llm_target.py", "ensure_local_db.py"):
        shutil.copy(ROOT / "scripts" / name, project / "scripts" / name)
    shutil.copy(ROOT / "local.settings.example.json", project / "local.settings.example.json")
    (project / ".venv").symlink_to(ROOT / ".venv")
    return project


def _stubs(tmp_path: Path) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, body in (("func", FUNC), ("azurite", AZURITE)):
        (bin_dir / name).write_text(body)
        (bin_dir / name).chmod(0o755)
    return bin_dir


def _port_in_use(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_core_tools_run_starts_azurite_then_func_with_the_configured_model(tmp_path):
    project, bin_dir, mark = _project(tmp_path), _stubs(tmp_path), tmp_path / "mark"
    mark.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LLM_", "DB_", "AzureWebJobs"))}
    env.update({"PATH": f"{bin_dir}:{env['PATH']}", "MARK": str(mark), "PORT": "7999",
                "LLM_MODEL": "azure/my-deployment", "LLM_API_KEY": "k", "LLM_API_BASE": "https://r.openai.azure.com",
                "DB_URL": "postgresql://nobody@db.invalid/qfa"})  # not local: ensure_local_db does nothing
    emulator_already_there = _port_in_use(10000)
    try:
        out = subprocess.run(["bash", str(project / "scripts" / "run_local.sh")], env=env, capture_output=True,
                             text=True, timeout=60)
    finally:
        _kill_stub(mark / "azurite.pid")  # only if the script failed to stop it
    assert out.returncode == 0, out.stderr
    assert "created local.settings.json" in out.stdout
    assert "run: LLM = azure/my-deployment at https://r.openai.azure.com" in out.stdout
    assert "NO REAL LLM" not in out.stdout
    seen = dict(line.split("=", 1) for line in (mark / "func.out").read_text().splitlines())
    assert seen["args"] == "start --port 7999"
    assert (seen["model"], seen["base"]) == ("azure/my-deployment", "https://r.openai.azure.com")
    if emulator_already_there:
        assert "already listens on 127.0.0.1:10000" in out.stdout
        return
    assert "--location .azurite" in seen["azurite_args"]
    pid = int((mark / "azurite.pid").read_text())  # Azurite was running when func started, and is stopped
    assert _gone(pid), "run_local.sh left Azurite running"
    assert (mark / "azurite.terms").read_text().strip() == "term"  # asked politely first


def _kill_stub(pid_file: Path) -> None:
    if pid_file.exists() and not _gone(int(pid_file.read_text()), timeout=0):
        os.kill(int(pid_file.read_text()), 9)


def _gone(pid: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while True:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
        except (FileNotFoundError, IndexError):
            return True
        if state == "Z":  # exited, waiting for init to reap it
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
