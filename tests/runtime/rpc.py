"""The protocol messages and the frame format shared by the stand-in host and the stand-in worker.

``protos()`` compiles ``function_rpc.proto`` (the subset of the Functions host's FunctionRpc.proto that
azure-functions-runtime uses) with grpcio-tools' bundled protoc and returns the generated module: the
object the platform's Python worker passes to the runtime as ``properties["protos"]``. Messages travel
between the two processes as length-prefixed serialised ``StreamingMessage`` frames over a loopback
socket, in place of the host's gRPC ``EventStream``.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import socket
import struct
import tempfile
from pathlib import Path
from types import ModuleType

PROTO = Path(__file__).with_name("function_rpc.proto")
_LENGTH = struct.Struct(">I")


@functools.cache
def protos() -> ModuleType:
    """The generated message module (compiled once per process)."""
    import grpc_tools
    from grpc_tools import protoc

    out = tempfile.mkdtemp(prefix="qfa-rpc-")
    includes = os.path.join(os.path.dirname(grpc_tools.__file__), "_proto")
    args = ["protoc", f"-I{PROTO.parent}", f"-I{includes}", f"--python_out={out}", str(PROTO)]
    if protoc.main(args) != 0:
        raise RuntimeError(f"protoc failed on {PROTO}")
    spec = importlib.util.spec_from_file_location("function_rpc_pb2", os.path.join(out, "function_rpc_pb2.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def send(sock: socket.socket, message) -> None:
    data = message.SerializeToString()
    sock.sendall(_LENGTH.pack(len(data)) + data)


def _read_exactly(sock: socket.socket, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = sock.recv(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def receive(sock: socket.socket):
    """The next ``StreamingMessage``, or None when the peer closed the connection."""
    header = _read_exactly(sock, _LENGTH.size)
    if header is None:
        return None
    data = _read_exactly(sock, _LENGTH.unpack(header)[0])
    if data is None:
        return None
    message = protos().StreamingMessage()
    message.ParseFromString(data)
    return message
