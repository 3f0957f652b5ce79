"""Stand-in for the Azure Functions host, talking to the app through ``azure_functions_runtime``.

The host is the .NET process that owns the HTTP front door and speaks the language-worker protocol; it is
not on any package registry. ``RuntimeHost`` replaces the parts of it that an HTTP-triggered Python app
meets, and nothing more:

- start the worker process (tests/runtime/worker.py, itself a stand-in for the platform's proxy worker)
  with the app settings as environment, and accept its connection;
- send ``WorkerInitRequest`` (function app directory), then ``FunctionsMetadataRequest``, then one
  ``FunctionLoadRequest`` per function the runtime's indexing returned, as the host does at start-up;
- for a call, pick the function whose ``httpTrigger`` binding (route, methods, under host.json's
  ``routePrefix``) matches, with literal routes before parameterised ones before ``{*...}`` catch-alls,
  and send an ``InvocationRequest`` whose trigger input is an ``RpcHttp`` (method, URL, headers, query,
  route parameters, raw body bytes), then turn the ``RpcHttp`` return value back into status, headers
  and body.

Left out, because no code of the app or the runtime depends on it here: the HTTP listener itself (calls
are made with method, path, headers and body bytes), function keys (every function is anonymous),
host.json limits and timeouts, scaling, and the ``RpcLog`` messages the worker would send.
"""

from __future__ import annotations

import json as jsonlib
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from tests.runtime import rpc
from tests.support.tethered import tethered

ROOT = Path(__file__).resolve().parents[2]
_PARAM = re.compile(r"\{(\*?)([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}")


@dataclass
class HttpRoute:
    function_id: str
    name: str
    trigger: str
    methods: frozenset[str] | None
    pattern: re.Pattern[str]
    rank: tuple[int, int]


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes
    function: str = ""

    def json(self):
        return jsonlib.loads(self.body)

    def header(self, name: str) -> str | None:
        return {k.lower(): v for k, v in self.headers.items()}.get(name.lower())


def compile_route(template: str) -> tuple[re.Pattern[str], tuple[int, int]]:
    """A regex for a Functions route template and its precedence (lower sorts first)."""
    parts, literals, catch_all, pos = [], 0, 0, 0
    for m in _PARAM.finditer(template):
        literal = template[pos:m.start()]
        parts.append(re.escape(literal))
        literals += len(literal.strip("/"))
        catch_all |= bool(m.group(1))
        parts.append(f"(?P<{m.group(2)}>.*)" if m.group(1) else f"(?P<{m.group(2)}>[^/]+)")
        pos = m.end()
    parts.append(re.escape(template[pos:]))
    literals += len(template[pos:].strip("/"))
    return re.compile("".join(parts) + "/?"), (catch_all, -literals)


def http_route(metadata) -> HttpRoute | None:
    prefix = jsonlib.loads((ROOT / "host.json").read_text())["extensions"]["http"].get("routePrefix", "api")
    for raw in metadata.raw_bindings:
        binding = jsonlib.loads(raw)
        if binding["type"] == "httpTrigger":
            template = "/".join(p for p in (prefix.strip("/"), binding.get("route") or metadata.name) if p)
            pattern, rank = compile_route(template)
            methods = binding.get("methods")
            return HttpRoute(metadata.function_id, metadata.name, binding["name"],
                             frozenset(m.upper() for m in methods) if methods else None, pattern, rank)
    return None


@dataclass
class RuntimeHost:
    env: dict[str, str] = field(default_factory=dict)
    startup_timeout: float = 120.0

    def __enter__(self) -> "RuntimeHost":
        self.protos = rpc.protos()
        listener = socket.create_server(("127.0.0.1", 0))
        listener.settimeout(0.2)
        self.log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"qfa-runtime-{listener.getsockname()[1]}.log"
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            tethered([sys.executable, "-m", "tests.runtime.worker", "--port", str(listener.getsockname()[1]),
                      "--app-dir", str(ROOT)]), cwd=ROOT, env=self._worker_env(), stdout=self._log, stderr=subprocess.STDOUT)
        try:
            with listener:
                self.sock = self._accept(listener)
            self.sock.settimeout(self.startup_timeout)
            self._start()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _accept(self, listener: socket.socket) -> socket.socket:
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the worker exited with {self.proc.returncode}:\n{self.logs()[-3000:]}")
            try:
                return listener.accept()[0]
            except TimeoutError:
                continue
        raise RuntimeError(f"the worker did not connect within {self.startup_timeout}s")

    def _worker_env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LLM_", "DB_", "AUTH_", "USAGE_", "KEY_VAULT"))}
        env.update({"LITELLM_LOCAL_MODEL_COST_MAP": "True", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
                    "HF_HUB_OFFLINE": "1", "FUNCTIONS_WORKER_RUNTIME": "python"})
        env.update(self.env)
        return env

    def _start(self) -> None:
        p = self.protos
        self.init = self.exchange(worker_init_request=p.WorkerInitRequest(
            host_version="4.0.0-standin", function_app_directory=str(ROOT), worker_directory=str(ROOT))
        ).worker_init_response
        self._check(self.init.result, "WorkerInitRequest")
        self.metadata = self.exchange(functions_metadata_request=p.FunctionsMetadataRequest(
            function_app_directory=str(ROOT))).function_metadata_response
        self._check(self.metadata.result, "FunctionsMetadataRequest")
        self.loads = {}
        for meta in self.metadata.function_metadata_results:
            response = self.exchange(function_load_request=p.FunctionLoadRequest(
                function_id=meta.function_id, metadata=meta)).function_load_response
            self._check(response.result, f"FunctionLoadRequest {meta.name}")
            self.loads[meta.function_id] = response
        routes = [r for r in map(http_route, self.metadata.function_metadata_results) if r]
        self.routes = sorted(routes, key=lambda r: r.rank)

    def _check(self, result, what: str) -> None:
        if result.status != self.protos.StatusResult.Success:
            raise RuntimeError(f"{what} failed: {result.exception.message}\n{self.logs()[-3000:]}")

    def exchange(self, **content):
        """Send one ``StreamingMessage`` and return the worker's answer to it."""
        return self.exchange_many([content])[0]

    def exchange_many(self, contents: list[dict]) -> list:
        """Send every message first, then collect the answers (in any order): concurrent requests."""
        ids = [uuid.uuid4().hex for _ in contents]
        for request_id, content in zip(ids, contents):
            rpc.send(self.sock, self.protos.StreamingMessage(request_id=request_id, **content))
        answers: dict[str, object] = {}
        while len(answers) < len(ids):
            message = rpc.receive(self.sock)
            if message is None:
                raise RuntimeError(f"the worker closed the stream:\n{self.logs()[-3000:]}")
            if message.request_id in ids:
                answers[message.request_id] = message
        return [answers[i] for i in ids]

    def call(self, method: str, path: str, **request) -> Response:
        """One HTTP request through route matching, ``InvocationRequest`` and the ``RpcHttp`` reply.

        ``request``: ``headers``, ``body`` (bytes), ``json`` (instead of body), ``query``."""
        return self.call_many([(method, path, request)])[0]

    def call_many(self, calls: list[tuple[str, str, dict]]) -> list[Response]:
        """Several calls in flight at once, as the host sends them under concurrent HTTP requests."""
        invocations = [self._invocation(method, path, **request) for method, path, request in calls]
        messages = self.exchange_many([{"invocation_request": inv} for _, inv in invocations])
        return [self._response(route, m.invocation_response) for (route, _), m in zip(invocations, messages)]

    def _invocation(self, method: str, path: str, *, headers: dict[str, str] | None = None, body: bytes = b"",
                    json=None, query: dict[str, str] | None = None):
        if json is not None:
            body = jsonlib.dumps(json).encode()
            headers = {"Content-Type": "application/json", **(headers or {})}
        route, params = self._match(method.upper(), path.lstrip("/"))
        p = self.protos
        url = "http://127.0.0.1:7071/" + path.lstrip("/") + ("?" + urlencode(query) if query else "")
        http = p.RpcHttp(method=method.upper(), url=url, headers=headers or {}, query=query or {}, params=params,
                         body=p.TypedData(bytes=body), rawBody=p.TypedData(bytes=body))
        return route, p.InvocationRequest(
            invocation_id=str(uuid.uuid4()), function_id=route.function_id,
            input_data=[p.ParameterBinding(name=route.trigger, data=p.TypedData(http=http))])

    def _response(self, route: HttpRoute, response) -> Response:
        self._check(response.result, f"invocation of {route.name}")
        out = response.return_value.http
        kind = out.body.WhichOneof("data")
        raw = getattr(out.body, kind) if kind else b""
        return Response(int(out.status_code), dict(out.headers), raw.encode() if isinstance(raw, str) else raw,
                        route.name)

    def _match(self, method: str, path: str) -> tuple[HttpRoute, dict[str, str]]:
        for route in self.routes:
            m = route.pattern.fullmatch(path)
            if m and (route.methods is None or method in route.methods):
                return route, {k: v for k, v in m.groupdict().items() if v is not None}
        raise LookupError(f"the host has no function for {method} /{path}")

    def logs(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    def __exit__(self, *exc) -> None:
        if getattr(self, "sock", None):
            self.sock.close()
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()
