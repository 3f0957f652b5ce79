"""Stand-in for the platform's Python language worker process, driving ``azure_functions_runtime``.

    python -m tests.runtime.worker --port PORT --app-dir DIR

On Azure (Python 3.13+) the host starts a small "proxy worker" from azure-functions-python-worker; it
opens the host's gRPC ``EventStream``, imports ``azure_functions_runtime`` (the version pinned in
requirements.txt) and hands every request to it. That proxy worker ships only inside the platform's
images, on no package registry, so this module replaces exactly that part and nothing else:

- it connects to the stand-in host (tests/runtime/host.py) over a loopback socket instead of gRPC, and
  reads and writes ``StreamingMessage`` frames (tests/runtime/rpc.py) instead of a gRPC stream;
- like the proxy's dispatcher it puts the app directory on ``sys.path``, starts the runtime's thread
  pool before ``WorkerInitRequest``, wraps each message as ``WorkerRequest(name, request, properties)``
  (``properties={"protos", "host"}`` on init), runs every request as its own task on one event loop and
  answers with the runtime's response in a ``StreamingMessage`` carrying the same ``request_id``;
- it does not forward log records to the host as ``RpcLog`` messages: logs go to stderr.

Indexing, binding, HTTP conversion and invocation are the runtime's and azure-functions' own code.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import socket
import sys
import threading
import traceback
from typing import Any

RESPONSE_FIELD = {
    "worker_init_request": "worker_init_response",
    "functions_metadata_request": "function_metadata_response",
    "function_load_request": "function_load_response",
    "invocation_request": "invocation_response",
}


@dataclasses.dataclass
class WorkerRequest:
    """The envelope the proxy worker passes to the runtime's handlers."""

    name: str
    request: Any
    properties: dict[str, Any] | None = None


async def handle(runtime, rpc, message, host: str):
    """One host message through the matching ``azure_functions_runtime`` handler."""
    kind = message.WhichOneof("content")
    if kind not in RESPONSE_FIELD:
        raise ValueError(f"unexpected message from the host: {kind}")
    properties = None
    if kind == "worker_init_request":
        runtime.start_threadpool_executor()
        properties = {"protos": rpc.protos(), "host": host}
    response = await getattr(runtime, kind)(WorkerRequest(kind, message, properties))
    return rpc.protos().StreamingMessage(request_id=message.request_id, **{RESPONSE_FIELD[kind]: response})


def serve(sock: socket.socket) -> None:
    import azure_functions_runtime as runtime

    from tests.runtime import rpc

    loop = asyncio.new_event_loop()

    async def dispatch(message) -> None:
        try:
            rpc.send(sock, await handle(runtime, rpc, message, "127.0.0.1"))
        except Exception:
            traceback.print_exc()

    def read() -> None:
        while (message := rpc.receive(sock)) is not None:
            loop.call_soon_threadsafe(loop.create_task, dispatch(message))
        loop.call_soon_threadsafe(loop.stop)

    threading.Thread(target=read, name="host-stream", daemon=True).start()
    try:
        loop.run_forever()
    finally:
        runtime.stop_threadpool_executor()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True, help="the stand-in host's port on 127.0.0.1")
    parser.add_argument("--app-dir", required=True, help="the function app directory (holds function_app.py)")
    args = parser.parse_args(argv)
    app_dir = os.path.abspath(args.app_dir)
    sys.path.insert(0, app_dir)
    os.chdir(app_dir)
    with socket.create_connection(("127.0.0.1", args.port)) as sock:
        serve(sock)


if __name__ == "__main__":
    main()
