"""Provider failover over HTTP (issue 17 item 2): the dev host with a failing primary fake LLM and a
fallback fake LLM; the usage rows in PostgreSQL name the model that answered; a cooled-down primary
sees no requests and is tried again after the cooldown."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from tests.http.conftest import app_env, auth
from tests.support.fake_llm import FakeLLMServer
from tests.support.llm_responders import EchoResponder
from tests.support.usage_rows import usage_rows

COOLDOWN = 5.0  # long enough for a summarize round trip on a loaded machine
BODY = {"feedback_record": {"id": "r", "content": "The tap broke and we waited for hours."}}


@pytest.fixture(scope="module")
def fallback_llm():
    with FakeLLMServer(responder=EchoResponder()) as server:
        yield server


@pytest.fixture(scope="module")
def failover_app(llm, fallback_llm, pg_database, devhost_factory):
    return devhost_factory(app_env(
        llm.url, pg_database, LLM_FALLBACK_MODELS="openai/fallback-model", LLM_FALLBACK_1_API_KEY="fallback-key",
        LLM_FALLBACK_1_API_BASE=fallback_llm.url, LLM_FALLBACK_ALLOWED_FAILS="0",
        LLM_FALLBACK_COOLDOWN_SECONDS=str(COOLDOWN), RATE_LIMIT_PER_MINUTE="0"))


def summarize(app) -> httpx.Response:
    resp = httpx.post(app.url + "/v1/summarize", json=BODY, headers=auth(), timeout=60)
    assert resp.status_code == 200, resp.text
    return resp


def models_of(dsn: str, resp: httpx.Response) -> list[str]:
    rows = asyncio.run(usage_rows(dsn, resp.headers["X-Request-ID"], expected=2))
    assert [r["status"] for r in rows] == ["ok", "ok"]
    return [r["model"] for r in rows]


def test_failing_primary_fallback_answers_then_primary_is_skipped_until_the_cooldown_ends(
        failover_app, llm, responder, fallback_llm, pg_database):
    llm.script(status=500, times=None)
    first = summarize(failover_app)  # summary then judge: the summary's failure cools the primary down
    assert models_of(pg_database, first) == ["openai/fallback-model"] * 2
    assert llm.request_count == 1
    second = summarize(failover_app)
    assert models_of(pg_database, second) == ["openai/fallback-model"] * 2
    assert llm.request_count == 1  # cooled down: not even tried
    llm.clear_script()  # the primary recovers
    time.sleep(COOLDOWN + 0.3)
    third = summarize(failover_app)
    assert models_of(pg_database, third) == ["openai/fake-model"] * 2
    assert llm.request_count == 3 and fallback_llm.request_count == 4
    assert first.json()["summary"] and third.json()["summary"]
