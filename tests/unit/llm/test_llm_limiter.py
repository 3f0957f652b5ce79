"""The priority limiter alone, and the client's process-wide and per-request concurrency limits."""

from __future__ import annotations

import asyncio

import pytest

from shared_code.errors import LLMTimeoutError
from shared_code.llm.limiter import PriorityLimiter
from shared_code.ports import priority_for
from tests.unit.llm.helpers import MESSAGES, call_context

pytestmark = pytest.mark.asyncio


async def test_waiters_are_served_by_priority_then_arrival():
    limiter = PriorityLimiter(1)
    await limiter.acquire()
    order: list[str] = []

    async def waiter(name: str, priority: int) -> None:
        async with limiter.slot(priority):
            order.append(name)

    tasks = []
    for name, kind in [("judge", "judge"), ("map-1", "map"), ("reduce", "reduce"), ("chunk", "chunk_judge"),
                       ("map-2", "map"), ("verify", "verify")]:
        tasks.append(asyncio.create_task(waiter(name, priority_for(kind))))
        await asyncio.sleep(0)
    assert limiter.waiting == 6
    limiter.release()
    await asyncio.gather(*tasks)
    assert order == ["reduce", "map-1", "map-2", "chunk", "judge", "verify"]
    assert limiter.in_use == 0 and limiter.waiting == 0


async def test_cancelled_waiters_do_not_leak_slots():
    limiter = PriorityLimiter(1)
    await limiter.acquire()
    cancelled = asyncio.create_task(limiter.acquire(0))
    kept = asyncio.create_task(limiter.acquire(3))
    await asyncio.sleep(0)
    cancelled.cancel()
    await asyncio.sleep(0)
    assert limiter.waiting == 1
    limiter.release()
    await asyncio.wait_for(kept, 1)
    assert limiter.in_use == 1
    limiter.release()
    assert limiter.in_use == 0


async def test_cancel_after_hand_over_passes_the_slot_on():
    limiter = PriorityLimiter(1)
    await limiter.acquire()
    first = asyncio.create_task(limiter.acquire(0))
    second = asyncio.create_task(limiter.acquire(1))
    await asyncio.sleep(0)
    limiter.release()  # hands the slot to ``first`` ...
    first.cancel()  # ... which is cancelled before it runs
    await asyncio.wait_for(second, 1)
    assert limiter.in_use == 1 and limiter.waiting == 0


async def test_client_never_exceeds_max_concurrency(make_client, fake_llm_server):
    client = make_client(llm_max_concurrency=3)
    fake_llm_server.default_latency = 0.15
    await asyncio.gather(*(client.complete_text(MESSAGES, call_kind="map") for _ in range(12)))
    assert fake_llm_server.peak_in_flight == 3
    assert fake_llm_server.request_count == 12


async def test_client_serves_queued_calls_by_priority(make_client, fake_llm_server):
    client = make_client(llm_max_concurrency=1)
    fake_llm_server.script(delay=0.6, user_contains="blocker")
    from shared_code.ports import ChatMessage

    def messages(tag: str) -> list[ChatMessage]:
        return [ChatMessage("system", "s"), ChatMessage("user", tag)]

    blocker = asyncio.create_task(client.complete_text(messages("blocker"), call_kind="analysis"))
    while fake_llm_server.request_count < 1:
        await asyncio.sleep(0.005)
    queued = []
    for kind in ("judge", "code_judge", "map", "chunk_judge", "reduce"):
        queued.append(asyncio.create_task(client.complete_text(messages(kind), call_kind=kind)))
        await asyncio.sleep(0.01)
    await asyncio.gather(blocker, *queued)
    arrival = [r.user for r in fake_llm_server.requests]
    assert arrival == ["blocker", "reduce", "map", "chunk_judge", "judge", "code_judge"]


async def test_waiting_for_a_slot_counts_against_the_deadline(make_client, fake_llm_server, sink):
    client = make_client(llm_max_concurrency=1, llm_min_attempt_seconds=0.2)
    fake_llm_server.script(delay=3)
    holder = asyncio.create_task(client.complete_text(MESSAGES, call_kind="reduce"))
    while fake_llm_server.request_count < 1:
        await asyncio.sleep(0.005)
    with call_context(1.5), pytest.raises(LLMTimeoutError) as caught:
        await client.complete_text(MESSAGES, call_kind="judge")
    assert caught.value.attempts == 0
    assert fake_llm_server.request_count == 1 and sink.records == []  # pre-flight: no row
    holder.cancel()
    with pytest.raises(asyncio.CancelledError):
        await holder
    assert client.limiter.in_use == 0 and client.limiter.waiting == 0
