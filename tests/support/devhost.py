"""Start ``scripts/devhost.py`` as a real HTTP server in a subprocess, for HTTP-level tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.support.tethered import tethered

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class DevHost:
    """``with DevHost(env) as host: host.url`` — the app on 127.0.0.1 with exactly ``env`` on top of a
    clean, offline environment (no local.settings.json is read: every setting the test needs is set)."""

    def __init__(self, env: dict[str, str] | None = None, *, startup_timeout: float = 60.0) -> None:
        self.env = dict(env or {})
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.startup_timeout = startup_timeout
        self.proc: subprocess.Popen | None = None
        self.log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"qfa-devhost-{self.port}.log"

    def __enter__(self) -> "DevHost":
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LLM_", "DB_", "AUTH_", "USAGE_", "KEY_VAULT"))}
        env.update({"LITELLM_LOCAL_MODEL_COST_MAP": "True", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
                    "HF_HUB_OFFLINE": "1", "QFA_DEVHOST_NO_LOCAL_SETTINGS": "1", "LOG_LEVEL": "INFO"})
        env.update(self.env)
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            tethered([sys.executable, str(ROOT / "scripts" / "devhost.py"), "--port", str(self.port)]),
            cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"devhost exited with {self.proc.returncode}: {self.logs()[-2000:]}")
            try:
                with urllib.request.urlopen(self.url + "/v1/health", timeout=1) as resp:
                    if resp.status == 200:
                        return self
            except OSError:
                time.sleep(0.1)
        self.__exit__(None, None, None)
        raise RuntimeError(f"devhost did not start within {self.startup_timeout}s: {self.logs()[-2000:]}")

    def logs(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        if getattr(self, "_log", None):
            self._log.close()
