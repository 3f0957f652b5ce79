#!/usr/bin/env python3
"""Serve function_app's HTTP functions locally without Azure Functions Core Tools.

    python scripts/devhost.py --port 7071 [--host 127.0.0.1]

Indexes ``function_app.app.get_functions()`` once, serves every HTTP trigger at the route Azure would
use (``extensions.http.routePrefix`` from host.json; literal routes before parameterised ones before
the ``{*path}`` catch-all; a trailing slash tolerated), builds ``azure.functions.HttpRequest`` objects,
calls the same handler objects and returns their ``HttpResponse``. Requests are served concurrently
on one event loop, as the Python worker does. Settings: the process environment, plus
``local.settings.json`` ``Values`` for keys the environment does not set.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import logging
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent


def load_local_settings(root: Path = ROOT) -> list[str]:
    """Copy ``local.settings.json`` Values into os.environ where unset; returns the names applied."""
    path = root / "local.settings.json"
    if not path.exists():
        return []
    values = json.loads(path.read_text(encoding="utf-8")).get("Values", {})
    applied = []
    for name, value in values.items():
        if name not in os.environ:
            os.environ[name] = str(value)
            applied.append(name)
    return applied


def route_prefix(root: Path = ROOT) -> str:
    host = json.loads((root / "host.json").read_text(encoding="utf-8"))
    prefix = host.get("extensions", {}).get("http", {}).get("routePrefix", "api")
    return prefix.strip("/")


_PARAM = re.compile(r"\{(\*?)([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}")


@dataclass
class Route:
    name: str
    template: str
    methods: frozenset[str] | None
    pattern: re.Pattern[str]
    function: Callable[..., Any]
    rank: int  # 0 literal, 1 parameterised, 2 catch-all

    def match(self, path: str) -> dict[str, str] | None:
        m = self.pattern.fullmatch(path)
        return m.groupdict() if m else None


def _compile(template: str) -> tuple[re.Pattern[str], int]:
    parts, pos, rank = [], 0, 0
    for m in _PARAM.finditer(template):
        parts.append(re.escape(template[pos : m.start()]))
        if m.group(1):
            parts.append(f"(?P<{m.group(2)}>.*)")
            rank = 2
        else:
            parts.append(f"(?P<{m.group(2)}>[^/]+)")
            rank = max(rank, 1)
        pos = m.end()
    parts.append(re.escape(template[pos:]))
    # DOTALL: a path may hold a decoded %0A/%0D; the catch-all must still take it (and answer the envelope)
    return re.compile("".join(parts), re.DOTALL), rank


def index_routes(app, prefix: str) -> list[Route]:
    routes = []
    for fn in app.get_functions():
        trigger = next((b for b in fn.get_bindings() if b.type == "httpTrigger"), None)
        if trigger is None:
            continue
        template = "/".join(p for p in (prefix, (trigger.route or fn.get_function_name()).strip("/")) if p)
        methods = frozenset(str(getattr(m, "value", m)).upper() for m in trigger.methods) if trigger.methods else None
        pattern, rank = _compile(template)
        routes.append(Route(fn.get_function_name(), template, methods, pattern, fn.get_user_function(), rank))
    routes.sort(key=lambda r: (r.rank, -len(r.template)))
    return routes


def resolve(routes: list[Route], method: str, path: str) -> tuple[Route, dict[str, str]] | None:
    stripped = path.strip("/")
    candidates = [stripped] if not path.endswith("/") or stripped == "" else [stripped, stripped + "/"]
    for route in routes:
        if route.methods is not None and method not in route.methods:
            continue
        for candidate in candidates:
            params = route.match(candidate)
            if params is not None:
                return route, params
    return None


def build_app(routes: list[Route]):
    import azure.functions as func
    from aiohttp import web

    async def dispatch(request: web.BaseRequest) -> web.StreamResponse:
        found = resolve(routes, request.method.upper(), request.path)
        if found is None:
            return web.Response(status=404)
        route, params = found
        body = await request.read()
        req = func.HttpRequest(
            method=request.method.upper(),
            url=str(request.url),
            headers=dict(request.headers),
            params=dict(request.query),
            route_params=params,
            body=body,
        )
        result = route.function(req)
        if inspect.isawaitable(result):
            result = await result
        headers = {k: v for k, v in result.headers.items() if k.lower() not in ("content-length",)}
        if result.mimetype and "content-type" not in {k.lower() for k in headers}:
            ctype = result.mimetype + (f"; charset={result.charset}" if result.charset else "")
            headers["Content-Type"] = ctype
        return web.Response(status=result.status_code, body=result.get_body(), headers=headers)

    # A low-level server, not an Application: aiohttp's router cannot match a path holding a decoded
    # %0A/%0D, and every path must reach the functions (the catch-all answers with the envelope).
    def request_factory(message, payload, protocol, writer, task) -> web.BaseRequest:
        loop = asyncio.get_running_loop()
        return web.BaseRequest(message, payload, protocol, writer, task, loop, client_max_size=1024**3)

    return web.Server(dispatch, request_factory=request_factory)


async def serve(host: str, port: int, *, ready: Callable[[int], None] | None = None) -> None:
    from aiohttp import web

    sys.path.insert(0, str(ROOT))
    import function_app  # noqa: E402 - after settings are in the environment

    routes = index_routes(function_app.app, route_prefix())
    runner = web.ServerRunner(build_app(routes), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    actual = site._server.sockets[0].getsockname()[1]  # noqa: SLF001 - port 0 support
    logging.getLogger("qfa.devhost").info("event=devhost_started host=%s port=%d functions=%d", host, actual, len(routes))
    print(f"devhost: serving {len(routes)} functions on http://{host}:{actual}", flush=True)
    if ready:
        ready(actual)
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()
        await _close_app_resources()


async def _close_app_resources() -> None:
    """Flush buffered usage rows and close pools, as the Functions worker does on shutdown."""
    composition = sys.modules.get("shared_code.composition")
    if composition is not None and composition._container is not None:  # noqa: SLF001
        await composition._container.close()  # noqa: SLF001


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=7071)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    if not os.environ.get("QFA_DEVHOST_NO_LOCAL_SETTINGS"):
        load_local_settings()
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO").upper(), format="%(levelname)s %(name)s %(message)s")
    import signal

    loop = asyncio.new_event_loop()
    task = loop.create_task(serve(args.host, args.port))
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, task.cancel)
    try:
        loop.run_until_complete(task)
    except asyncio.CancelledError:
        pass
    finally:
        loop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
