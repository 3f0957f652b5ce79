"""Two small building blocks of the composition root: an async value built once, and a use case built
on each run."""

from __future__ import annotations

import asyncio
from typing import Any, Awaitable, Callable


class Lazy:
    """An async singleton built once behind a lock (single flight)."""

    def __init__(self, build: Callable[[], Awaitable[Any]]) -> None:
        self._build = build
        self._value: Any = None
        self._built = False
        self._lock: asyncio.Lock | None = None

    @property
    def built(self) -> bool:
        return self._built

    async def get(self) -> Any:
        if self._built:
            return self._value
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if not self._built:
                self._value = await self._build()
                self._built = True
        return self._value


class BuiltOnRun:
    """A use case built by ``build`` on each ``run`` (cheap once the LLM client and anonymiser exist)."""

    def __init__(self, build: Callable[[], Awaitable[Any]]) -> None:
        self._build = build

    async def run(self, body: Any, /, **scope: Any) -> Any:
        return await (await self._build()).run(body, **scope)
