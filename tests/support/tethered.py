"""Server processes a test starts die with the test run, however the run ends.

A fixture's teardown stops its server when pytest ends normally or on Ctrl-C. When pytest is killed
(SIGTERM from a CI timeout, SIGKILL, the OOM killer), no teardown runs, and a dev host or worker would stay
up as an orphan, holding its port and memory. :func:`tethered` prefixes a command with a tiny launcher that
asks the kernel (Linux ``PR_SET_PDEATHSIG``) to send SIGTERM to the server when the test process exits, then
``exec``s the command: the signal setting survives ``exec``, so the server itself receives it and shuts down
as it does on any SIGTERM. A launcher, not ``preexec_fn``: ``preexec_fn`` is unsafe when the test process
has threads (the fake LLM's server has). Elsewhere than Linux the command runs unchanged.

The signal fires when the *thread* that started the child ends, so start servers from the thread that
lives as long as the server is needed (a fixture's, as every caller here does).
"""

from __future__ import annotations

import os
import sys

_LAUNCHER = """
import ctypes, os, signal, sys
parent = int(sys.argv[1])
if ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM), 0, 0, 0) != 0:  # 1 = PR_SET_PDEATHSIG
    sys.exit(f"prctl(PR_SET_PDEATHSIG) failed: errno {ctypes.get_errno()}")
if os.getppid() != parent:  # the test process died before the signal was set
    sys.exit(1)
os.execvp(sys.argv[2], sys.argv[2:])
"""


def tethered(argv: list[str]) -> list[str]:
    """``argv`` run so that its process gets SIGTERM when the calling process exits (Linux)."""
    if not sys.platform.startswith("linux"):
        return list(argv)
    return [sys.executable, "-c", _LAUNCHER, str(os.getpid()), *argv]
