"""One anonymiser worker in its own interpreter, spoken to over a pipe: the one-worker ``process`` executor.

:class:`WorkerProcess` is a :class:`concurrent.futures.Executor` that runs every submitted call, in order,
in one child interpreter that runs :func:`main`. Calls and results cross the child's
stdin and stdout as length-prefixed pickles (the child points its own stdout at stderr first, so nothing a
library prints can corrupt the stream; its logs reach the host's log through stderr as before).

Why not ``ProcessPoolExecutor`` with ``spawn``: that starts a second helper process, multiprocessing's
resource tracker (~12 MB RSS for the life of the app, needed only for the pool's semaphores), and the
spawned child re-imports the parent's ``__main__`` (the Functions worker's own script) before it can work.
This child imports only what the submitted calls need.

Failure and shutdown, as a process pool behaves: when the child ends (killed, crashed), every call in
flight and every later ``submit`` fails with :class:`~concurrent.futures.BrokenExecutor`, and the owner
starts a new executor. ``shutdown`` closes the child's stdin (it exits after its current call) or, with
``cancel_futures``, kills it. The child dies with the app however the app ends (``worker.die_with_parent``,
armed before anything else runs in it); it must therefore be started from a thread that lives as long
as the app (see ``batch.start_process_pool``).

``submit`` never blocks on the pipe (a writer thread sends the calls), so the event loop that submits
stays free while the child is busy with a large chunk.
"""

from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
from collections import deque
from concurrent.futures import BrokenExecutor, Executor, Future
from typing import IO, Any, Callable, Optional

_HEADER = 8
_STOP = object()
_CHILD = f"from {__name__} import main; main()"
"""The child's program (``-m`` would run this module a second time, as ``__main__``, beside the package's import)."""


def _read_exact(stream: IO[bytes], size: int) -> Optional[bytes]:
    """``size`` bytes, or None at end of stream (also when it ends mid-message)."""
    chunks, remaining = [], size
    while remaining:
        chunk = stream.read(remaining)
        if not chunk:
            return None
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _frame(obj: object) -> bytes:
    payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    return len(payload).to_bytes(_HEADER, "big") + payload


class WorkerProcess(Executor):
    """One child interpreter running submitted calls in order; ``initializer(*initargs)`` runs first."""

    def __init__(self, initializer: Optional[Callable[..., Any]] = None, initargs: tuple = ()) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(path for path in sys.path if path)}
        self._proc = subprocess.Popen([sys.executable, "-c", _CHILD], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, env=env, close_fds=True)
        self._lock = threading.Lock()
        self._pending: deque[Future] = deque()
        self._outbox: queue.SimpleQueue = queue.SimpleQueue()
        self._broken = self._shut = False
        self._writer = threading.Thread(target=self._write, name="qfa-worker-writer", daemon=True)
        self._reader = threading.Thread(target=self._read, name="qfa-worker-reader", daemon=True)
        self._writer.start()
        self._reader.start()
        if initializer is not None:
            self.submit(initializer, *initargs)

    @property
    def pid(self) -> int:
        return self._proc.pid

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        frame = _frame((fn, args, kwargs))
        future: Future = Future()
        with self._lock:
            if self._broken:
                raise BrokenExecutor("the anonymiser's worker process has ended")
            if self._shut:
                raise RuntimeError("cannot schedule new futures after shutdown")
            self._pending.append(future)
            self._outbox.put(frame)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._shut = True
        if cancel_futures:
            self._proc.kill()
        self._outbox.put(_STOP)
        if wait:
            self._proc.wait()
            self._reader.join()

    def _write(self) -> None:
        stdin = self._proc.stdin
        try:
            while (frame := self._outbox.get()) is not _STOP:
                stdin.write(frame)
                stdin.flush()
        except (OSError, ValueError):  # the child has gone: the reader sees the end of its stdout
            pass
        finally:
            try:
                stdin.close()
            except OSError:
                pass

    def _read(self) -> None:
        stdout = self._proc.stdout
        try:
            while (header := _read_exact(stdout, _HEADER)) is not None:
                payload = _read_exact(stdout, int.from_bytes(header, "big"))
                if payload is None:
                    break
                ok, value = pickle.loads(payload)
                with self._lock:
                    future = self._pending.popleft()
                if future.set_running_or_notify_cancel():
                    future.set_result(value) if ok else future.set_exception(value)
        except Exception:  # noqa: BLE001 - an unreadable stream is a broken worker
            pass
        finally:
            self._proc.wait()
            self._break()

    def _break(self) -> None:
        with self._lock:
            self._broken = True
            pending, self._pending = list(self._pending), deque()
        self._outbox.put(_STOP)
        for future in pending:
            if future.set_running_or_notify_cancel():
                future.set_exception(BrokenExecutor("the anonymiser's worker process has ended"))


def _serve(calls: IO[bytes], results: IO[bytes]) -> None:
    """The child's loop: run each call, send back ``(True, result)`` or ``(False, exception)``. An exception
    that cannot be pickled is sent as a RuntimeError naming its type only (messages may quote a text)."""
    while (header := _read_exact(calls, _HEADER)) is not None:
        payload = _read_exact(calls, int.from_bytes(header, "big"))
        if payload is None:
            return
        try:
            fn, args, kwargs = pickle.loads(payload)
            reply = _frame((True, fn(*args, **kwargs)))
        except BaseException as exc:  # noqa: BLE001 - reported to the caller, as a pool would
            try:
                reply = _frame((False, exc))
            except Exception:  # noqa: BLE001
                reply = _frame((False, RuntimeError(type(exc).__name__)))
        results.write(reply)
        results.flush()


def main() -> None:
    from shared_code.anonymization.worker import die_with_parent

    die_with_parent()
    results = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed from here on goes to stderr, never into the results stream
    _serve(sys.stdin.buffer, results)
