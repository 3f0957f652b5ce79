#!/usr/bin/env python3
"""Decide which LLM ``make run`` talks to: the model the user configured, or the scripted local fake.

    python scripts/llm_target.py    # in the project folder: prints `export` lines for scripts/run_local.sh

A real model is configured when ``LLM_MODEL`` is set (environment first, then ``local.settings.json``
``Values``) to anything but the fake's own model name. Then its ``LLM_API_BASE`` comes from where the
model came from or the environment; a base that points at the fake's port is dropped, so a settings
file copied from an older example can never send a real model's calls to the fake. Without a real
model the fake is used: ``openai/local-fake`` at ``http://127.0.0.1:18080/v1``.
"""

from __future__ import annotations

import json
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

FAKE_PORT = 18080
FAKE_MODEL = "openai/local-fake"
FAKE_API_BASE = f"http://127.0.0.1:{FAKE_PORT}/v1"
FAKE_API_KEY = "local"
_FAKE_HOSTS = (f"//127.0.0.1:{FAKE_PORT}", f"//localhost:{FAKE_PORT}")


@dataclass(frozen=True)
class LLMTarget:
    """What the app will call. ``exports`` are the variables run_local.sh sets for the app."""

    fake: bool
    model: str
    api_base: str  # "" means the provider's default endpoint
    exports: dict[str, str]

    def banner(self) -> str:
        if self.fake:
            return FAKE_BANNER
        where = self.api_base or "the provider's default endpoint"
        return f"run: LLM = {self.model} at {where} (a real model; every call is billed by its provider)"


FAKE_BANNER = """\
###########################################################################################
#  NO REAL LLM IS CONFIGURED. Starting the SCRIPTED local fake LLM on 127.0.0.1:18080.     #
#  Its answers are canned placeholders, not analysis. To use a real model:                 #
#    make run LLM_MODEL=azure/<deployment> LLM_API_KEY=... LLM_API_BASE=https://...        #
#  (or openai/<model>, anthropic/<model>, any LiteLLM model string; see README.md).        #
###########################################################################################"""


def points_at_fake(api_base: str) -> bool:
    return any(host in api_base for host in _FAKE_HOSTS)


def choose(env: Mapping[str, str], local_values: Mapping[str, object]) -> LLMTarget:
    """The target for this environment and these ``local.settings.json`` Values (env wins)."""

    def value(name: str) -> str:
        if env.get(name, "").strip():
            return env[name].strip()
        return str(local_values.get(name) or "").strip()

    model = value("LLM_MODEL")
    if model and model != FAKE_MODEL:
        api_base = value("LLM_API_BASE")
        if points_at_fake(api_base):
            api_base = ""
        return LLMTarget(False, model, api_base, {"LLM_MODEL": model, "LLM_API_BASE": api_base})
    exports = {"LLM_MODEL": FAKE_MODEL, "LLM_API_BASE": FAKE_API_BASE, "LLM_API_KEY": FAKE_API_KEY}
    return LLMTarget(True, FAKE_MODEL, FAKE_API_BASE, exports)


def local_settings_values(root: Path) -> dict[str, object]:
    path = root / "local.settings.json"
    if not path.exists():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8")).get("Values", {}))


def shell_lines(target: LLMTarget) -> str:
    """``export`` lines (values shell-quoted) plus ``QFA_LLM_FAKE`` and the banner for run_local.sh."""
    lines = [f"export {name}={shlex.quote(val)}" for name, val in target.exports.items()]
    lines.append(f"export QFA_LLM_FAKE={1 if target.fake else 0}")
    lines.append(f"echo {shlex.quote(target.banner())}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import os

    if argv and argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    print(shell_lines(choose(os.environ, local_settings_values(Path.cwd()))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
