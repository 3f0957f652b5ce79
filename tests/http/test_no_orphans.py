"""No process the app starts outlives it, whatever ends it: SIGKILL leaves no orphan (issue 15, item 3)."""

from __future__ import annotations

import os
import signal
import time

import httpx
import psutil
import pytest

from tests.http.conftest import app_env, auth
from tests.support.devhost import DevHost

pytestmark = pytest.mark.slow

RECORD = {"feedback_record": {"id": "r-1", "content": "Please call Peter Mwangi about the broken tap."}}


def _serve_one(host: DevHost) -> None:
    response = httpx.post(host.url + "/v1/summarize", json=RECORD, headers=auth(), timeout=180)
    assert response.status_code == 200, response.text


def _gone(processes: list[psutil.Process], timeout: float) -> list[psutil.Process]:
    _, alive = psutil.wait_procs(processes, timeout=timeout)
    return [p for p in alive if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]


def test_sigkill_of_the_app_leaves_no_pool_process(llm, responder) -> None:
    host = DevHost(app_env(llm.url, None, ANONYMIZER_EXECUTOR="process", ANONYMIZER_WORKERS="2"), startup_timeout=120)
    with host:
        _serve_one(host)
        children = psutil.Process(host.proc.pid).children(recursive=True)
        assert len(children) >= 3  # forkserver, its pool workers, the resource tracker
        os.kill(host.proc.pid, signal.SIGKILL)
        host.proc.wait(timeout=10)
        survivors = _gone(children, timeout=15)
        for process in survivors:  # never leave them behind, even when the test fails
            process.kill()
        assert survivors == []


def test_a_one_worker_pool_started_at_start_up_outlives_the_warm_up_and_dies_with_the_app(llm, responder) -> None:
    """One worker, spawned by the start-up warm-up's thread: ``PR_SET_PDEATHSIG`` fires when the *thread*
    that started a child ends, so the worker must be started from a thread that lives on (it was killed
    as soon as the warm-up ended, and the next request failed)."""
    host = DevHost(app_env(llm.url, None, ANONYMIZER_EXECUTOR="process", ANONYMIZER_WORKERS="1"), startup_timeout=120)
    with host:
        _serve_one(host)
        assert len(psutil.Process(host.proc.pid).children(recursive=True)) == 1  # no resource tracker either
        deadline = time.monotonic() + 120
        while "event=warm_up_done" not in host.logs() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "event=warm_up_done" in host.logs()
        before = psutil.Process(host.proc.pid).children(recursive=True)
        time.sleep(1.0)
        _serve_one(host)
        children = psutil.Process(host.proc.pid).children(recursive=True)
        assert {p.pid for p in children} == {p.pid for p in before} and len(children) == 1  # the worker, nothing else
        assert "event=anonymize_failed" not in host.logs()
        os.kill(host.proc.pid, signal.SIGKILL)
        host.proc.wait(timeout=10)
        survivors = _gone(children, timeout=15)
        for process in survivors:
            process.kill()
        assert survivors == []


def test_the_thread_executor_starts_no_process(llm, responder) -> None:
    with DevHost(app_env(llm.url, None, ANONYMIZER_EXECUTOR="thread"), startup_timeout=120) as host:
        _serve_one(host)
        time.sleep(0.5)
        assert psutil.Process(host.proc.pid).children(recursive=True) == []
