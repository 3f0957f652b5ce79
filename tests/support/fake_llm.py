"""A scripted fake of an OpenAI-compatible chat-completions server, over real HTTP on loopback.

Nothing here is a language model: answers are generated from the request (a valid instance of the
requested JSON schema, or a fixed sentence) or scripted by the test. Dependency-free (asyncio streams
in a background thread), so any number of concurrent requests are served without blocking the test's
own event loop.

    with FakeLLMServer() as server:                     # 127.0.0.1, ephemeral port
        server.script(status=429, retry_after=1)        # next call: 429 + Retry-After: 1
        server.script(content={"score": 0.5}, system_contains="judge")  # next judge call
        server.responder = lambda body: "pong"          # everything else
        ...  # litellm model "openai/fake-model", api_base=server.url, api_key="test"
        assert len(server.requests) == 2

Routes: POST ``/v1/chat/completions``, ``/chat/completions`` and the Azure form
``/openai/deployments/<deployment>/chat/completions`` (query string ignored); GET ``/health``.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable

DEFAULT_TEXT = "[fake-llm] Scripted answer from the local fake LLM server; no language model was called."
_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
            408: "Request Timeout", 429: "Too Many Requests", 500: "Internal Server Error",
            502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}
MALFORMED_JSON = '{"this is": "not valid json", '


# --------------------------------------------------------------------------------------------------
# JSON-schema instance generator
# --------------------------------------------------------------------------------------------------
def schema_instance(schema: dict[str, Any], root: dict[str, Any] | None = None, depth: int = 0) -> Any:
    """A valid instance of a (pydantic / OpenAI strict) JSON schema: every property present, strings,
    numbers 0.8 (inside any range), integers 1, arrays of ``max(1, minItems)`` items, first enum value,
    first non-null ``anyOf`` branch, local ``$ref`` into ``$defs`` / ``definitions``."""
    root = schema if root is None else root
    if depth > 24:
        return None
    if "$ref" in schema:
        return schema_instance(_resolve_ref(schema["$ref"], root), root, depth + 1)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            branches = [b for b in schema[key] if b.get("type") != "null"] or schema[key]
            return schema_instance(branches[0], root, depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(_resolve_ref(part["$ref"], root) if "$ref" in part else part)
        return schema_instance(merged, root, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    return _instance_of_type(kind, schema, root, depth)


def _resolve_ref(ref: str, root: dict[str, Any]) -> dict[str, Any]:
    node: Any = root
    for part in ref.lstrip("#/").split("/"):
        if part:
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _instance_of_type(kind: str, schema: dict[str, Any], root: dict[str, Any], depth: int) -> Any:
    if kind == "object":
        props = schema.get("properties", {})
        return {name: schema_instance(sub, root, depth + 1) for name, sub in props.items()}
    if kind == "array":
        count = max(1, int(schema.get("minItems", 1)))
        count = min(count, int(schema.get("maxItems", count)))
        items = schema.get("items") or {"type": "string"}
        return [schema_instance(items, root, depth + 1) for _ in range(count)]
    if kind == "number":
        return _number_in_range(schema, 0.8)
    if kind == "integer":
        return int(_number_in_range(schema, 1))
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return _string_instance(schema)


def _number_in_range(schema: dict[str, Any], preferred: float) -> float:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    value = preferred
    if low is not None and value < low:
        value = low + (1 if "exclusiveMinimum" in schema and "minimum" not in schema else 0)
    if high is not None and value > high:
        value = high - (1 if "exclusiveMaximum" in schema and "maximum" not in schema else 0)
    return value


def _string_instance(schema: dict[str, Any]) -> str:
    fmt = schema.get("format")
    special = {"date-time": "2024-01-01T00:00:00Z", "date": "2024-01-01", "email": "someone@example.com",
               "uri": "https://example.com/", "uuid": "00000000-0000-4000-8000-000000000000"}
    if fmt in special:
        return special[fmt]
    text = "fake text"
    low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
    if len(text) < low:
        text = text + "x" * (low - len(text))
    return text[: int(high)] if high is not None else text


def _schema_in_text(text: str) -> dict[str, Any] | None:
    """The first JSON object with ``properties`` embedded in ``text`` (json_object prompts)."""
    decoder = json.JSONDecoder()
    start = text.find("{")
    while start != -1:
        try:
            value, _ = decoder.raw_decode(text, start)
        except ValueError:
            value = None
        if isinstance(value, dict) and ("properties" in value or value.get("type") == "object"):
            return value
        start = text.find("{", start + 1)
    return None


# --------------------------------------------------------------------------------------------------
# requests, replies, script rules
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    query: str
    headers: dict[str, str]  # lower-case names
    body: Any  # parsed JSON, or None when the body was not JSON
    received_at: float  # time.monotonic()

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list((self.body or {}).get("messages") or []) if isinstance(self.body, dict) else []

    def text_of(self, role: str) -> str:
        return "\n".join(str(m.get("content") or "") for m in self.messages if m.get("role") == role)

    @property
    def system(self) -> str:
        return self.text_of("system")

    @property
    def user(self) -> str:
        return self.text_of("user")

    @property
    def response_format(self) -> dict[str, Any] | None:
        return self.body.get("response_format") if isinstance(self.body, dict) else None


@dataclass
class FakeReply:
    """What the server sends back. ``content`` may be a str, or a dict/list serialised as JSON."""

    content: Any = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float | None = None  # seconds before answering; None = server default latency
    drop: bool = False  # close the connection without answering
    usage: dict[str, int] | None | bool = True  # True = computed; None/False = omitted; dict = as given
    finish_reason: str = "stop"
    error_message: str = "fake error"
    error_code: str | None = None
    raw_body: bytes | str | None = None  # send exactly this body (any status)


@dataclass
class ScriptRule:
    reply: FakeReply
    times: int | None  # None = unlimited
    match: Callable[[RecordedRequest], bool] | None
    hits: int = 0

    def matches(self, request: RecordedRequest) -> bool:
        return (self.times is None or self.hits < self.times) and (self.match is None or self.match(request))

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.hits >= self.times


def _matcher(match: Callable[[RecordedRequest], bool] | None, system_contains: str | None,
             user_contains: str | None) -> Callable[[RecordedRequest], bool] | None:
    if match is None and system_contains is None and user_contains is None:
        return None

    def _match(request: RecordedRequest) -> bool:
        return ((system_contains is None or system_contains in request.system)
                and (user_contains is None or user_contains in request.user)
                and (match is None or bool(match(request))))

    return _match


# --------------------------------------------------------------------------------------------------
# the server
# --------------------------------------------------------------------------------------------------
class FakeLLMServer:
    """Fake OpenAI-compatible server on ``host:port`` (port 0 = ephemeral). Context manager; thread-safe."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, default_latency: float = 0.0,
                 responder: Callable[[Any], Any] | None = None) -> None:
        self.host, self._requested_port = host, port
        self.port: int | None = None
        self.default_latency = default_latency
        self.responder = responder  # (request_body) -> str | dict | FakeReply | None (None = default)
        self._lock = threading.Lock()
        self._rules: list[ScriptRule] = []
        self._requests: list[RecordedRequest] = []
        self._ids = itertools.count(1)
        self.in_flight = self.peak_in_flight = self.connections_opened = 0
        self.responder_errors = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._thread: threading.Thread | None = None
        self._conn_tasks: set[asyncio.Task] = set()

    # lifecycle ------------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def url(self) -> str:
        """Base URL for OpenAI-style clients (``api_base``), ending in ``/v1``."""
        return self.base_url + "/v1"

    def start(self) -> "FakeLLMServer":
        self._loop = asyncio.new_event_loop()
        started = threading.Event()
        self._thread = threading.Thread(target=self._run_loop, args=(started,), name="fake-llm", daemon=True)
        self._thread.start()
        started.wait(10)
        fut = asyncio.run_coroutine_threadsafe(self._start_server(), self._loop)
        fut.result(10)
        return self

    def stop(self) -> None:
        if self._loop is None:
            return
        asyncio.run_coroutine_threadsafe(self._stop_server(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)
        self._loop.close()
        self._loop = None

    def serve_forever(self) -> None:
        """Block until interrupted (command-line use)."""
        self.start()
        try:
            while True:
                time.sleep(3600)
        finally:
            self.stop()

    def __enter__(self) -> "FakeLLMServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run_loop(self, started: threading.Event) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.call_soon(started.set)
        self._loop.run_forever()

    async def _start_server(self) -> None:
        self._server = await asyncio.start_server(self._on_connection, self.host, self._requested_port,
                                                  backlog=1024, limit=2 ** 24)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _stop_server(self) -> None:
        self._server.close()
        for task in list(self._conn_tasks):
            task.cancel()
        await asyncio.gather(*self._conn_tasks, return_exceptions=True)

    # scripting ------------------------------------------------------------------------------------
    def script(self, content: Any = None, *, status: int = 200, times: int | None = 1,
               delay: float | None = None, headers: dict[str, str] | None = None,
               retry_after: float | str | None = None, retry_after_ms: float | None = None,
               malformed: bool = False, drop: bool = False, usage: dict[str, int] | None | bool = True,
               finish_reason: str = "stop", error_message: str = "fake error", error_code: str | None = None,
               raw_body: bytes | str | None = None, match: Callable[[RecordedRequest], bool] | None = None,
               system_contains: str | None = None, user_contains: str | None = None) -> ScriptRule:
        """Queue a reply for the next ``times`` matching requests (``times=None``: until cleared).

        Rules are tried in the order they were added; the first unexhausted matching rule answers.
        ``content=None`` keeps the generated default content (schema instance or fixed text).
        """
        hdrs = dict(headers or {})
        if retry_after is not None:
            hdrs["Retry-After"] = str(retry_after)
        if retry_after_ms is not None:
            hdrs["retry-after-ms"] = str(retry_after_ms)
        reply = FakeReply(content=MALFORMED_JSON if malformed else content, status=status, headers=hdrs,
                          delay=delay, drop=drop, usage=usage, finish_reason=finish_reason,
                          error_message=error_message, error_code=error_code, raw_body=raw_body)
        rule = ScriptRule(reply=reply, times=times, match=_matcher(match, system_contains, user_contains))
        with self._lock:
            self._rules.append(rule)
        return rule

    def clear_script(self) -> None:
        with self._lock:
            self._rules.clear()

    def reset(self) -> None:
        """Forget rules, recorded requests, counters, responder and default latency."""
        with self._lock:
            self._rules.clear()
            self._requests.clear()
            self.peak_in_flight = self.in_flight
            self.responder, self.default_latency, self.responder_errors = None, 0.0, 0

    @property
    def pending_rules(self) -> int:
        with self._lock:
            return sum(1 for r in self._rules if not r.exhausted)

    # inspection -----------------------------------------------------------------------------------
    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    @property
    def request_count(self) -> int:
        with self._lock:
            return len(self._requests)

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> bool:
        """Poll (from any thread) until at least ``count`` requests arrived."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.request_count >= count:
                return True
            time.sleep(0.005)
        return self.request_count >= count

    def reset_peak(self) -> None:
        with self._lock:
            self.peak_in_flight = self.in_flight

    # HTTP -----------------------------------------------------------------------------------------
    async def _on_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        self._conn_tasks.add(task)
        with self._lock:
            self.connections_opened += 1
        try:
            while await self._serve_one(reader, writer):
                pass
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError, ValueError):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            self._conn_tasks.discard(task)
            writer.transport.abort()

    async def _serve_one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers = {k.strip().lower(): v.strip() for k, v in (ln.split(":", 1) for ln in lines[1:] if ":" in ln)}
        raw = await self._read_body(reader, headers)
        path, _, query = target.partition("?")
        request = RecordedRequest(method, path, query, headers, _parse_json(raw), time.monotonic())
        keep_alive = headers.get("connection", "").lower() != "close"
        if method == "GET" and path.rstrip("/") in ("/health", ""):
            await self._write(writer, 200, {"status": "ok", "fake": True}, {}, keep_alive)
            return keep_alive
        if method != "POST" or not _is_chat_path(path):
            await self._write(writer, 404, _error_body("no such route", None), {}, keep_alive)
            return keep_alive
        return await self._answer_chat(request, writer, keep_alive)

    @staticmethod
    async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> bytes:
        if headers.get("transfer-encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
                chunk = await reader.readexactly(size + 2)
                if size == 0:
                    return b"".join(chunks)
                chunks.append(chunk[:-2])
        length = int(headers.get("content-length", "0") or 0)
        return await reader.readexactly(length) if length else b""

    async def _answer_chat(self, request: RecordedRequest, writer: asyncio.StreamWriter, keep_alive: bool) -> bool:
        with self._lock:
            self._requests.append(request)
            self.in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        try:
            reply = self._choose_reply(request)
            delay = self.default_latency if reply.delay is None else reply.delay
            if delay > 0:
                await asyncio.sleep(delay)
            if reply.drop:
                writer.transport.abort()
                return False
            status, body = self._render(request, reply)
            await self._write(writer, status, body, reply.headers, keep_alive)
            return keep_alive
        finally:
            with self._lock:
                self.in_flight -= 1

    def _choose_reply(self, request: RecordedRequest) -> FakeReply:
        with self._lock:
            for rule in self._rules:
                if rule.matches(request):
                    rule.hits += 1
                    return rule.reply
            responder = self.responder
        if responder is not None:
            try:
                answer = responder(request.body)
            except Exception:  # a broken responder is a test bug: answer 500 and count it
                with self._lock:
                    self.responder_errors += 1
                return FakeReply(status=500, error_message="fake responder raised")
            if isinstance(answer, FakeReply):
                return answer
            if answer is not None:
                return FakeReply(content=answer)
        return FakeReply()

    def _render(self, request: RecordedRequest, reply: FakeReply) -> tuple[int, Any]:
        if reply.raw_body is not None:
            return reply.status, reply.raw_body
        if reply.status >= 400:
            return reply.status, _error_body(reply.error_message, reply.error_code)
        content = reply.content if reply.content is not None else _default_content(request)
        if not isinstance(content, str):
            content = json.dumps(content, ensure_ascii=False)
        return reply.status, self._completion(request, content, reply)

    def _completion(self, request: RecordedRequest, content: str, reply: FakeReply) -> dict[str, Any]:
        body = request.body if isinstance(request.body, dict) else {}
        model = body.get("model") or _deployment(request.path) or "fake-model"
        result: dict[str, Any] = {
            "id": f"chatcmpl-fake-{next(self._ids)}", "object": "chat.completion", "created": int(time.time()),
            "model": model, "system_fingerprint": "fake",
            "choices": [{"index": 0, "finish_reason": reply.finish_reason, "logprobs": None,
                         "message": {"role": "assistant", "content": content}}],
        }
        if reply.usage is True:
            prompt = max(1, sum(len(str(m.get("content") or "")) for m in request.messages) // 4)
            completion = max(1, len(content) // 4)
            result["usage"] = {"prompt_tokens": prompt, "completion_tokens": completion,
                               "total_tokens": prompt + completion}
        elif isinstance(reply.usage, dict):
            result["usage"] = dict(reply.usage)
        return result

    @staticmethod
    async def _write(writer: asyncio.StreamWriter, status: int, body: Any, headers: dict[str, str],
                     keep_alive: bool) -> None:
        data = body if isinstance(body, bytes) else (body.encode() if isinstance(body, str)
                                                     else json.dumps(body).encode())
        head = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}", "Content-Type: application/json",
                f"Content-Length: {len(data)}", f"Connection: {'keep-alive' if keep_alive else 'close'}"]
        head += [f"{k}: {v}" for k, v in headers.items()]
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + data)
        await writer.drain()


def _is_chat_path(path: str) -> bool:
    path = path.rstrip("/")
    return path in ("/v1/chat/completions", "/chat/completions") or (
        path.startswith("/openai/deployments/") and path.endswith("/chat/completions"))


def _deployment(path: str) -> str | None:
    parts = path.strip("/").split("/")
    return parts[2] if len(parts) > 3 and parts[0] == "openai" and parts[1] == "deployments" else None


def _parse_json(raw: bytes) -> Any:
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return None


def _error_body(message: str, code: str | None) -> dict[str, Any]:
    return {"error": {"message": message, "type": "fake_error", "param": None, "code": code}}


def _default_content(request: RecordedRequest) -> Any:
    fmt = request.response_format or {}
    if fmt.get("type") == "json_schema":
        schema = (fmt.get("json_schema") or {}).get("schema") or {"type": "object", "properties": {}}
        return schema_instance(schema)
    if fmt.get("type") == "json_object":
        schema = _schema_in_text(request.system)
        return schema_instance(schema) if schema is not None else {"answer": "fake"}
    return DEFAULT_TEXT
