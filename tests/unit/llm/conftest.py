"""Fixtures for the LLM client tests: the fake server over real HTTP, and a client factory.

Every test goes through LiteLLM's real code path (model ``openai/<name>``, api_base = fake URL).
"""

from __future__ import annotations

from typing import Any

import pytest
import pytest_asyncio

from tests.support.fake_llm import FakeLLMServer
from tests.support.fake_llm_fixture import fake_llm_server as _fake_llm_server
from tests.support.fake_llm_fixture import litellm_drained as _litellm_drained
from tests.unit.llm.helpers import ListSink, VirtualTime, make_settings

fake_llm_server = pytest.fixture(_fake_llm_server)
litellm_drained = pytest_asyncio.fixture(autouse=True)(_litellm_drained)


@pytest.fixture
def sink() -> ListSink:
    return ListSink()


@pytest.fixture
def make_client(fake_llm_server: FakeLLMServer, sink: ListSink):
    """``make_client(**settings_overrides)`` → a real client wired to the fake server and ``sink``;
    ``time=VirtualTime()`` gives it that clock and sleep."""
    from shared_code.llm.factory import build_llm_client

    def build(api_base: str | None = None, sinks: list | None = None, time: VirtualTime | None = None,
              **overrides: Any):
        sinks = [sink] if sinks is None else sinks
        if time is not None:  # the client's own clock and sleep (the factory keeps the event loop's)
            from shared_code.llm.backend import LiteLLMBackend
            from shared_code.llm.client import LiteLLMClient

            return LiteLLMClient(make_settings(**overrides), LiteLLMBackend(), sinks=sinks, api_key="test",
                                 api_base=api_base or fake_llm_server.url, clock=time.clock, sleep=time.sleep)
        return build_llm_client(make_settings(**overrides), sinks=sinks, api_key="test",
                                api_base=api_base or fake_llm_server.url)

    return build


@pytest.fixture(scope="session", autouse=True)
def warm_litellm() -> None:
    """Import LiteLLM and make one call before any timed test: its first call pays lazy imports."""
    import asyncio

    from shared_code.llm.factory import build_llm_client
    from shared_code.ports import ChatMessage

    async def one_call() -> None:
        with FakeLLMServer() as server:
            client = build_llm_client(make_settings(), api_key="test", api_base=server.url)
            await client.complete_text([ChatMessage("user", "warm up")], call_kind="analysis")
            await client.aclose()

    asyncio.run(one_call())
