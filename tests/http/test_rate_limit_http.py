"""The per-tenant rate limit across instances (issue 17 item 4): two dev hosts sharing one PostgreSQL
admit at most the limit plus one local allowance each per window; with the database down each instance
still limits on its own and admits requests.

The requests are rate-limited operation calls with an invalid body: admitted ones answer 422 (after the
rate limit, without any LLM call), refused ones 429."""

from __future__ import annotations

import json
import time
import uuid

import httpx
import pytest

from tests.http.conftest import app_env

LIMIT, ALLOWANCE = 20, 3


def keys_for(tenant: str) -> tuple[str, str]:
    key = "rl-" + uuid.uuid4().hex
    return key, json.dumps([{"key_id": "k-" + tenant, "name": "RL", "tenant_id": tenant, "key": key}])


def fire(url: str, key: str) -> httpx.Response:
    return httpx.post(url + "/v1/detect-sensitive", json={}, headers={"Authorization": f"Bearer {key}"}, timeout=30)


def wait_for_room_in_the_window(needed: float = 20.0) -> None:
    """Start the burst early enough in a one-minute window to end inside it."""
    left = 60 - time.time() % 60
    if left < needed:
        time.sleep(left + 0.2)


def test_two_instances_sharing_a_database_never_exceed_limit_plus_allowances(llm, pg_database, devhost_factory):
    key, keys = keys_for("tenant-rl-" + uuid.uuid4().hex[:8])
    env = app_env(llm.url, pg_database, AUTH_API_KEYS=keys, RATE_LIMIT_PER_MINUTE=str(LIMIT),
                  RATE_LIMIT_BURST="1000", RATE_LIMIT_LOCAL_ALLOWANCE=str(ALLOWANCE))
    hosts = [devhost_factory(env), devhost_factory(env)]
    for host in hosts:  # open each instance's pool outside the window under test
        fire(host.url, "not-a-key")
    wait_for_room_in_the_window()
    start = time.time()
    statuses = [fire(hosts[i % 2].url, key) for i in range(4 * LIMIT)]
    assert int(start // 60) == int(time.time() // 60), "the burst crossed a window boundary"
    admitted = sum(r.status_code == 422 for r in statuses)
    assert sum(r.status_code == 429 for r in statuses) == len(statuses) - admitted
    assert LIMIT <= admitted <= LIMIT + 2 * ALLOWANCE
    refused = next(r for r in statuses if r.status_code == 429)
    assert refused.json()["error"]["code"] == "rate_limited"
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert llm.request_count == 0


def test_database_down_keeps_the_per_instance_limit_and_admits_requests(llm, devhost_factory):
    key, keys = keys_for("tenant-rl-down")
    env = app_env(llm.url, "postgresql://postgres@127.0.0.1:1/qfa", AUTH_API_KEYS=keys, USAGE_TRACKING="off",
                  RATE_LIMIT_PER_MINUTE="1", RATE_LIMIT_BURST="5")
    host = devhost_factory(env)
    statuses = [fire(host.url, key).status_code for _ in range(8)]
    assert statuses[:5] == [422] * 5  # admitted: the database being down refuses nothing
    assert statuses[5:] == [429] * 3  # the per-instance bucket (burst 5) still limits
    assert "event=rate_limit_degraded" in host.logs()
