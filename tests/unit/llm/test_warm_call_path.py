"""LiteLLMBackend.warm_call_path (the warm-up's ``llm_call_path`` phase): what the first completion would
import is loaded beforehand, and nothing is sent. Fresh interpreters: imports are process-wide."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PROBE = """
import asyncio, json, sys
from shared_code.llm.backend import LiteLLMBackend
backend = LiteLLMBackend()
if {warm}:
    backend.warm_call_path("openai/fake-model")
before = set(sys.modules)
asyncio.run(backend.acompletion(model="openai/fake-model", api_base={url!r}, api_key="k",
                                messages=[{{"role": "user", "content": "hi"}}]))
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def _first_call_imports(url: str, warm: bool) -> list[str]:
    out = subprocess.run([sys.executable, "-c", PROBE.format(warm=warm, url=url)], cwd=ROOT, capture_output=True,
                         text=True, timeout=300, env={**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"})
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if m.startswith(("openai.resources", "litellm.proxy"))]


def test_after_the_warm_call_the_first_completion_imports_nothing_heavy_and_only_it_was_sent(fake_llm_server) -> None:
    assert _heavy(_first_call_imports(fake_llm_server.url, warm=False))  # what the warm call is for
    fake_llm_server.reset()
    assert _heavy(_first_call_imports(fake_llm_server.url, warm=True)) == []
    assert len(fake_llm_server.requests) == 1  # the real completion; the warm call left the process never
