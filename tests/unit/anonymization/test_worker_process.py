"""The one-worker process executor (shared_code/anonymization/worker_process.py): a real child interpreter."""

from __future__ import annotations

import math
import os
import signal
from concurrent.futures import BrokenExecutor

import psutil
import pytest

from shared_code.anonymization.worker_process import WorkerProcess
from tests.support import worker_calls


@pytest.fixture
def child():
    executor = WorkerProcess()
    yield executor
    executor.shutdown(wait=False, cancel_futures=True)


def test_calls_run_in_the_child_in_order_and_results_come_back(child) -> None:
    futures = [child.submit(pow, n, 2) for n in range(50)]
    assert [f.result(timeout=30) for f in futures] == [n * n for n in range(50)]
    assert child.submit(os.getpid).result(timeout=30) == child.pid != os.getpid()


def test_a_large_argument_does_not_block_submit_and_arrives_whole(child) -> None:
    text = "x" * 5_000_000  # far beyond a pipe's buffer
    futures = [child.submit(len, text) for _ in range(3)]  # submit returns before the child has read them
    assert [f.result(timeout=60) for f in futures] == [5_000_000] * 3


def test_an_exception_reaches_the_caller_and_the_worker_goes_on(child) -> None:
    with pytest.raises(ValueError):
        child.submit(math.sqrt, -1).result(timeout=30)
    failed = child.submit(worker_calls.raise_unpicklable)
    with pytest.raises(RuntimeError) as caught:
        failed.result(timeout=30)
    assert str(caught.value) == "_Unpicklable"  # its type only: a message may quote a record
    assert child.submit(pow, 3, 3).result(timeout=30) == 27


def test_what_the_child_prints_never_corrupts_the_results(child) -> None:
    assert child.submit(worker_calls.shout_and_return, "intact").result(timeout=30) == "intact"
    assert child.submit(pow, 2, 10).result(timeout=30) == 1024


def test_a_killed_child_breaks_the_executor_for_calls_in_flight_and_later(child) -> None:
    import time

    in_flight = child.submit(time.sleep, 30)
    os.kill(child.pid, signal.SIGKILL)
    with pytest.raises(BrokenExecutor):
        in_flight.result(timeout=30)
    with pytest.raises(BrokenExecutor):
        child.submit(pow, 2, 2)


def test_shutdown_lets_the_child_finish_then_it_exits_and_no_helper_process_is_left() -> None:
    executor = WorkerProcess()
    assert [p.pid for p in psutil.Process().children()].count(executor.pid) == 1
    last = executor.submit(pow, 2, 5)
    executor.shutdown(wait=True)
    assert last.result(timeout=1) == 32
    assert not psutil.pid_exists(executor.pid) or psutil.Process(executor.pid).status() == psutil.STATUS_ZOMBIE
    with pytest.raises(RuntimeError):
        executor.submit(pow, 2, 2)


def test_the_initializer_runs_first() -> None:
    executor = WorkerProcess(worker_calls.set_env, ("QFA_PROBE", "set by initializer"))
    try:
        assert executor.submit(worker_calls.get_env, "QFA_PROBE").result(timeout=30) == "set by initializer"
    finally:
        executor.shutdown(wait=True)
