"""A server a test starts dies with the test process, even when that process is SIGKILLed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import psutil
import pytest

from tests.support.tethered import tethered

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")

SERVER = [sys.executable, "-c", "import time; print('up', flush=True); time.sleep(120)"]


def _orphan_after_killing_its_parent(tether: bool) -> psutil.Process:
    """Start a parent process that starts ``SERVER`` (tethered or not), SIGKILL the parent, and return the
    server's process."""
    parent_code = textwrap.dedent(f"""
        import subprocess, sys, time
        from tests.support.tethered import tethered
        argv = {SERVER!r}
        proc = subprocess.Popen(tethered(argv) if {tether!r} else argv, stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline() == "up\\n"
        print(proc.pid, flush=True)
        time.sleep(120)
    """)
    parent = subprocess.Popen([sys.executable, "-c", parent_code], stdout=subprocess.PIPE, text=True,
                              cwd=os.getcwd(), env={**os.environ, "PYTHONPATH": os.getcwd()})
    server = psutil.Process(int(parent.stdout.readline()))
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait(timeout=10)
    return server


def test_a_tethered_server_gets_sigterm_when_the_test_process_is_killed() -> None:
    server = _orphan_after_killing_its_parent(tether=True)
    try:
        server.wait(timeout=10)  # raises psutil.TimeoutExpired while it runs (its exit code is not ours to read)
        assert not server.is_running()
    finally:
        if server.is_running():
            server.kill()


def test_an_untethered_server_outlives_its_killed_parent() -> None:
    """The contrast that shows the first test can fail: without the launcher the server stays up."""
    server = _orphan_after_killing_its_parent(tether=False)
    try:
        with pytest.raises(psutil.TimeoutExpired):
            server.wait(timeout=2)
    finally:
        server.kill()


def test_the_launcher_runs_the_command_itself_with_its_arguments() -> None:
    result = subprocess.run(tethered([sys.executable, "-c", "import sys; print(sys.argv[1:])", "a b", "c"]),
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['a b', 'c']"
