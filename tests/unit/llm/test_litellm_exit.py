"""A process that imported LiteLLM exits even when a daemon thread holds the import lock at exit, once
:func:`tests.support.litellm_exit.release` ran (the root conftest runs it when pytest ends)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

PROGRAM = textwrap.dedent("""
    import _imp, sys, threading, time
    import litellm
    from tests.support.litellm_exit import release
    if sys.argv[1] == "release":
        release()
    def hold_the_import_lock():  # as a daemon thread caught inside an import when the interpreter exits
        _imp.acquire_lock()
        time.sleep(120)
    threading.Thread(target=hold_the_import_lock, daemon=True).start()
    time.sleep(0.3)
""")


def _run(mode: str, timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", PROGRAM, mode], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": os.getcwd(), "LITELLM_LOCAL_MODEL_COST_MAP": "True"})


def test_after_release_the_process_exits() -> None:
    result = _run("release", timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]


def test_without_release_the_handlers_finaliser_hangs_the_exit() -> None:
    """The contrast that shows the first test can fail."""
    with pytest.raises(subprocess.TimeoutExpired):
        _run("keep", timeout=8)
