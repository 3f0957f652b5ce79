"""The response cache's pure parts: canonical requests, keys, sealing, single flight, failure handling."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest
from cryptography.exceptions import InvalidTag

from shared_code.http.caching import with_request_id
from shared_code.usage.response_cache import CacheKeys, ResponseCache, canonical_request

CONFIG = {"llm_model": "m", "prompts": "p"}


class MemoryStore:
    def __init__(self, fail: bool = False) -> None:
        self.entries: dict[bytes, tuple[bytes, float | None]] = {}
        self.fail = fail
        self.gets = 0

    async def get(self, lookup_key, max_age_seconds):
        self.gets += 1
        if self.fail:
            raise OSError("down")
        return self.entries.get(lookup_key)

    async def put(self, lookup_key, sealed, cost_usd, ttl_seconds):
        if self.fail:
            raise OSError("down")
        self.entries[lookup_key] = (sealed, cost_usd)


def cache(store, secret="s3cret", ttl=900):
    hits: list[tuple[float | None, int]] = []
    c = ResponseCache(store, ttl_seconds=ttl, config=CONFIG, on_hit=lambda cost, ms: hits.append((cost, ms)),
                      secret=secret)
    return c, hits


def test_canonical_requests_ignore_key_order_but_not_tenant_operation_or_config():
    base = canonical_request("t", "summarize", {"a": 1, "b": [1, 2]}, CONFIG)
    assert base == canonical_request("t", "summarize", {"b": [1, 2], "a": 1}, {"prompts": "p", "llm_model": "m"})
    for other in (canonical_request("u", "summarize", {"a": 1, "b": [1, 2]}, CONFIG),
                  canonical_request("t", "detect_sensitive", {"a": 1, "b": [1, 2]}, CONFIG),
                  canonical_request("t", "summarize", {"a": 1, "b": [1, 2]}, {**CONFIG, "prompts": "q"})):
        assert other != base


def test_keys_depend_on_the_secret_and_the_request_and_sealing_needs_both():
    request = canonical_request("t", "summarize", {"text": "John Smith"}, CONFIG)
    keys = CacheKeys.derive(b"one", request)
    assert len(keys.lookup) == 32 and keys.lookup != keys.seal
    assert CacheKeys.derive(b"two", request).lookup != keys.lookup
    sealed = keys.seal_body(b'{"summary":"John Smith"}')
    assert b"John" not in sealed and keys.seal_body(b"x")[:12] != keys.seal_body(b"x")[:12]  # fresh nonces
    assert keys.open_body(sealed) == b'{"summary":"John Smith"}'
    with pytest.raises(InvalidTag):
        CacheKeys.derive(b"two", request).open_body(sealed)  # another secret
    with pytest.raises(InvalidTag):
        CacheKeys.derive(b"one", canonical_request("t", "summarize", {"text": "x"}, CONFIG)).open_body(sealed)


async def test_a_miss_stores_then_a_repeat_hits_with_the_saved_cost():
    store = MemoryStore()
    c, hits = cache(store)
    keys = c.keys("t", "summarize", {"a": 1})
    produced = await c.answer(keys, lambda: asyncio.sleep(0, "fresh"), lambda r: (b"body", 0.25))
    assert produced.produced == "fresh" and produced.cached is None and len(store.entries) == 1
    again = await c.answer(keys, pytest.fail, lambda r: None)
    assert again.cached == b"body" and hits[0][0] == 0.25


async def test_an_uncacheable_result_is_not_stored():
    store = MemoryStore()
    c, _hits = cache(store)
    await c.answer(c.keys("t", "o", {}), lambda: asyncio.sleep(0, "error"), lambda r: None)
    assert store.entries == {}


async def test_concurrent_identical_requests_share_one_production():
    store, calls = MemoryStore(), []
    c, hits = cache(store)
    keys = c.keys("t", "o", {"x": 1})

    async def produce():
        calls.append(1)
        await asyncio.sleep(0.05)
        return "r"

    answers = await asyncio.gather(*(c.answer(keys, produce, lambda r: (b"b", 1.0)) for _ in range(5)))
    assert len(calls) == 1 and store.gets == 1
    assert sorted(a.cached is not None for a in answers) == [False] + [True] * 4 and len(hits) == 4


async def test_waiters_run_themselves_when_the_first_request_fails():
    c, _hits = cache(MemoryStore())
    keys = c.keys("t", "o", {})
    started = asyncio.Event()

    async def failing():
        started.set()
        await asyncio.sleep(0.02)
        raise RuntimeError("boom")

    first = asyncio.ensure_future(c.answer(keys, failing, lambda r: None))
    await started.wait()
    second = await c.answer(keys, lambda: asyncio.sleep(0, "own"), lambda r: None)
    assert second.produced == "own"
    with pytest.raises(RuntimeError):
        await first


async def test_a_failing_store_is_a_miss_never_an_error_and_bypassed_for_a_while(caplog, monkeypatch):
    store = MemoryStore(fail=True)
    c, _hits = cache(store)
    answer = await c.answer(c.keys("t", "o", {}), lambda: asyncio.sleep(0, "r"), lambda r: (b"b", None))
    assert answer.produced == "r"
    assert "event=response_cache action=lookup outcome=failed error_class=OSError" in caplog.text
    assert "action=store outcome=failed" in caplog.text
    assert not c.enabled  # an outage costs one timeout, not one per request
    later = time.monotonic() + 31
    monkeypatch.setattr(time, "monotonic", lambda: later)
    assert c.enabled


@pytest.mark.parametrize("store, secret, ttl, reason", [
    (None, "s", 900, "no_database"), (MemoryStore(), None, 900, "no_secret"), (MemoryStore(), "s", 0, "ttl_zero")])
def test_disabled_cache_says_why(caplog, store, secret, ttl, reason):
    c, _hits = cache(store, secret=secret, ttl=ttl)
    assert not c.enabled
    assert f"event=response_cache outcome=disabled reason={reason}" in caplog.text
    assert "s3cret" not in caplog.text


def test_rotating_in_a_secret_enables_the_cache_and_logs_it_once(caplog):
    caplog.set_level(logging.INFO, "qfa.cache")
    c, _hits = cache(MemoryStore(), secret=None)
    c.set_secret("new")
    c.set_secret("new")
    assert c.enabled and caplog.text.count("outcome=enabled") == 1 and "=new" not in caplog.text


def test_a_hit_carries_this_requests_id():
    body = b'{"analysis":"x \\"request_id\\":\\"no\\"","request_id":"old","n":1.5}'
    assert with_request_id(body, "new") == b'{"analysis":"x \\"request_id\\":\\"no\\"","request_id":"new","n":1.5}'
    assert with_request_id(b'{"id":"a"}', "new") == b'{"id":"a"}'
