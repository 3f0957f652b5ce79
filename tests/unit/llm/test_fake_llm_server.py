"""The fake LLM server itself (tests/support/fake_llm.py), over plain HTTP."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from tests.support.fake_llm import DEFAULT_TEXT, FakeLLMServer, FakeReply, schema_instance

pytestmark = pytest.mark.asyncio


def _chat(system: str = "sys", user: str = "hi", **extra) -> dict:
    return {"model": "m", "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
            **extra}


async def _post(server: FakeLLMServer, body: dict, path: str = "/v1/chat/completions") -> httpx.Response:
    async with httpx.AsyncClient(base_url=server.base_url, timeout=10) as http:
        return await http.post(path, json=body, headers={"Authorization": "Bearer k"})


async def test_schema_instance_covers_the_common_keywords():
    schema = {
        "type": "object",
        "properties": {
            "score": {"type": "number"}, "bounded": {"type": "number", "minimum": 2, "maximum": 3},
            "count": {"type": "integer"}, "flag": {"type": "boolean"},
            "kind": {"enum": ["a", "b"]}, "maybe": {"anyOf": [{"type": "null"}, {"type": "string"}]},
            "nullable": {"type": ["null", "integer"]}, "items": {"type": "array", "items": {"$ref": "#/$defs/I"},
                                                                 "minItems": 2},
            "when": {"type": "string", "format": "date-time"}, "fixed": {"const": "x"},
        },
        "$defs": {"I": {"type": "object", "properties": {"id": {"type": "string", "minLength": 12}}}},
    }
    value = schema_instance(schema)
    assert value["score"] == 0.8 and value["bounded"] == 2 and value["count"] == 1 and value["flag"] is True
    assert value["kind"] == "a" and value["maybe"] == "fake text" and value["nullable"] == 1
    assert len(value["items"]) == 2 and len(value["items"][0]["id"]) >= 12
    assert value["when"].startswith("2024-") and value["fixed"] == "x"


async def test_default_answers_text_and_schema_instances(fake_llm_server):
    text = (await _post(fake_llm_server, _chat())).json()
    assert text["choices"][0]["message"]["content"] == DEFAULT_TEXT
    assert text["usage"]["prompt_tokens"] > 0 and text["usage"]["completion_tokens"] > 0
    fmt = {"type": "json_schema", "json_schema": {"name": "A", "strict": True, "schema": {
        "type": "object", "properties": {"a": {"type": "number"}}, "required": ["a"], "additionalProperties": False}}}
    structured = (await _post(fake_llm_server, _chat(response_format=fmt))).json()
    assert json.loads(structured["choices"][0]["message"]["content"]) == {"a": 0.8}


async def test_rules_match_in_order_and_expire(fake_llm_server):
    judge = fake_llm_server.script(content={"score": 1}, system_contains="judge", times=2)
    fake_llm_server.script(status=429, retry_after=7)
    first = await _post(fake_llm_server, _chat(system="you judge"))
    limited = await _post(fake_llm_server, _chat(system="plain"))
    assert json.loads(first.json()["choices"][0]["message"]["content"]) == {"score": 1}
    assert limited.status_code == 429 and limited.headers["retry-after"] == "7"
    await _post(fake_llm_server, _chat(system="judge again"))
    after = await _post(fake_llm_server, _chat(system="judge third"))
    assert after.json()["choices"][0]["message"]["content"] == DEFAULT_TEXT
    assert judge.hits == 2 and fake_llm_server.pending_rules == 0


async def test_responder_hook_and_raw_bodies(fake_llm_server):
    fake_llm_server.responder = lambda body: {"echo": body["messages"][-1]["content"]}
    answer = (await _post(fake_llm_server, _chat(user="ping"))).json()
    assert json.loads(answer["choices"][0]["message"]["content"]) == {"echo": "ping"}
    fake_llm_server.responder = lambda body: FakeReply(status=503)
    assert (await _post(fake_llm_server, _chat())).status_code == 503
    fake_llm_server.script(raw_body="not json", status=200)
    assert (await _post(fake_llm_server, _chat())).text == "not json"


async def test_paths_headers_and_unknown_routes(fake_llm_server):
    for path in ("/v1/chat/completions", "/chat/completions", "/openai/deployments/dep/chat/completions?api-version=1"):
        assert (await _post(fake_llm_server, _chat(), path=path)).status_code == 200
    assert (await _post(fake_llm_server, _chat(), path="/v1/embeddings")).status_code == 404
    recorded = fake_llm_server.requests
    assert [r.path for r in recorded] == ["/v1/chat/completions", "/chat/completions",
                                          "/openai/deployments/dep/chat/completions"]
    assert recorded[2].query == "api-version=1" and recorded[0].headers["authorization"] == "Bearer k"
    assert recorded[0].system == "sys" and recorded[0].user == "hi"


async def test_drop_closes_without_an_answer(fake_llm_server):
    fake_llm_server.script(drop=True)
    with pytest.raises(httpx.HTTPError):
        await _post(fake_llm_server, _chat())


async def test_counts_peak_concurrency_under_latency(fake_llm_server):
    fake_llm_server.default_latency = 0.2
    async with httpx.AsyncClient(base_url=fake_llm_server.base_url, timeout=10,
                                 limits=httpx.Limits(max_connections=100)) as http:
        responses = await asyncio.gather(*(http.post("/v1/chat/completions", json=_chat()) for _ in range(50)))
    assert all(r.status_code == 200 for r in responses)
    assert fake_llm_server.peak_in_flight == 50  # all 50 were in flight at once: served concurrently
    assert fake_llm_server.in_flight == 0
