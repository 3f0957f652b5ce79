"""Pytest fixture for the fake LLM server. This module does not register anything by itself.

Register it in a ``conftest.py`` (any scope you like)::

    import pytest
    from tests.support.fake_llm_fixture import fake_llm_server as _fake_llm_server

    fake_llm_server = pytest.fixture(_fake_llm_server)                    # per test
    # or: fake_llm_server = pytest.fixture(scope="session")(_fake_llm_server)  # then call .reset()

Then ``def test_x(fake_llm_server): fake_llm_server.script(status=429, retry_after=1) ...``.
"""

from __future__ import annotations

from typing import AsyncIterator, Iterator

from tests.support.fake_llm import FakeLLMServer


def fake_llm_server() -> Iterator[FakeLLMServer]:
    """A started :class:`FakeLLMServer` on 127.0.0.1 (ephemeral port), stopped afterwards."""
    with FakeLLMServer() as server:
        yield server


async def litellm_drained() -> AsyncIterator[None]:
    """Async fixture body: after the test, drain LiteLLM's loop-bound background work (logging worker,
    cached HTTP clients) while the test's event loop still runs. Without it, LiteLLM coroutines of
    closed loops are finalised later by the garbage collector, which on CPython 3.11.7 can surface as
    ``SystemError: AST constructor recursion depth mismatch`` in an unrelated module import.

    Register with ``litellm_drained = pytest_asyncio.fixture(autouse=True)(litellm_drained)``.
    """
    yield
    from shared_code.llm.backend import drain_litellm

    await drain_litellm()
