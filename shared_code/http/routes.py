"""Route declarations shared by the function modules, the catch-all and the dev host.

A :class:`RouteSpec` is static configuration (never per-request data): path template, methods, the
usage ``operation``, who may call it, which deadline applies, whether the response cache may answer it, and per method an :class:`OperationDoc`
from which ``/openapi.json`` is generated.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Literal

Auth = Literal["none", "tenant", "superuser"]
Deadline = Literal["single", "bulk"]


@dataclass(frozen=True, slots=True)
class OperationDoc:
    """What ``/openapi.json`` says about one method of a route: the models the handler really uses, the
    success status, and the error statuses only the handler raises (the pipeline's own are derived from
    the :class:`RouteSpec`; see :func:`shared_code.http.openapi.statuses`)."""

    method: str
    summary: str
    request: type | None = None  # pydantic model of the JSON body
    response: type | None = None  # pydantic model of the success body (None: no body)
    query: type | None = None  # pydantic model of the query parameters
    success: int = 200
    errors: tuple[int, ...] = ()
    content_type: str = "application/json"


@dataclass(frozen=True, slots=True)
class RouteSpec:
    name: str
    template: str  # without leading slash, e.g. "v1/admin/keys/{key_id}"
    methods: tuple[str, ...]
    auth: Auth = "tenant"
    operation: str | None = None
    deadline: Deadline | None = None
    rate_limited: bool = False
    cacheable: bool = False  # 200 answers may come from the response cache (http/caching.py)
    docs: tuple[OperationDoc, ...] = ()  # one per method, for /openapi.json

    def doc(self, method: str) -> OperationDoc | None:
        return next((d for d in self.docs if d.method == method.upper()), None)

    @property
    def pattern(self) -> re.Pattern[str]:
        return compile_template(self.template)

    def match(self, path: str) -> dict[str, str] | None:
        m = self.pattern.fullmatch(normalise_path(path))
        return m.groupdict() if m else None


_PARAM = re.compile(r"\{(\*?)([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}")


@lru_cache(maxsize=None)
def compile_template(template: str) -> re.Pattern[str]:
    parts, pos = [], 0
    for m in _PARAM.finditer(template):
        parts.append(re.escape(template[pos : m.start()]))
        parts.append(f"(?P<{m.group(2)}>.*)" if m.group(1) else f"(?P<{m.group(2)}>[^/]+)")
        pos = m.end()
    parts.append(re.escape(template[pos:]))
    return re.compile("".join(parts), re.DOTALL)  # a decoded %0A in a path is matched like any character


def normalise_path(path: str) -> str:
    """Strip the leading slash and one trailing slash (a trailing slash is served like none)."""
    path = path.split("?", 1)[0].lstrip("/")
    if path.endswith("/"):
        path = path[:-1]
    return path


_REGISTRY: dict[str, RouteSpec] = {}
_HANDLERS: dict[str, object] = {}


def register(spec: RouteSpec, handler: object) -> RouteSpec:
    existing = _REGISTRY.get(spec.name)
    if existing is not None and existing != spec:
        raise ValueError(f"route name {spec.name!r} registered twice with different specs")
    _REGISTRY[spec.name] = spec
    _HANDLERS[spec.name] = handler
    return spec


def handler_for(name: str):
    return _HANDLERS[name]


def registered_routes() -> list[RouteSpec]:
    return list(_REGISTRY.values())


def find_route(path: str) -> tuple[RouteSpec, dict[str, str]] | None:
    """The registered route serving ``path``: literal templates win over parameterised ones."""
    candidates = sorted(_REGISTRY.values(), key=lambda s: ("{" in s.template, s.template))
    for spec in candidates:
        params = spec.match(path)
        if params is not None:
            return spec, params
    return None
