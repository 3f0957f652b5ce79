"""Structured calls: the strict schema on the wire, validation, the repair attempt, json_object mode."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel, Field

from shared_code.errors import LLMInvalidResponseError
from shared_code.llm.schema import REPAIR_NOTE, STRIPPED_KEYWORDS, strict_json_schema
from tests.unit.llm.helpers import MESSAGES

pytestmark = pytest.mark.asyncio


class Reason(BaseModel):
    code: str = Field(max_length=20)
    weight: float = Field(ge=0, le=1)


class Coded(BaseModel):
    code: str = Field(pattern=r"^[A-Z]{2}$")


class JudgeVerdict(BaseModel):
    faithfulness: float = Field(ge=0, le=1)
    coverage: float = Field(ge=0, le=1)
    clarity: float = Field(ge=0, le=1)
    explanation: str = Field(min_length=1, max_length=2000)
    reasons: list[Reason] = Field(default_factory=list, max_length=5)
    note: str | None = None
    level: int = Field(3, ge=1, le=5)


GOOD = {"faithfulness": 0.9, "coverage": 0.5, "clarity": 1.0, "explanation": "Mostly supported.",
        "reasons": [{"code": "AB", "weight": 0.3}], "note": None, "level": None}


def _walk(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


async def test_sent_schema_is_strict(make_client, fake_llm_server):
    client = make_client()
    verdict = await client.complete_structured(MESSAGES, JudgeVerdict, call_kind="judge")
    assert isinstance(verdict, JudgeVerdict)
    fmt = fake_llm_server.requests[0].response_format
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["name"] == "JudgeVerdict" and fmt["json_schema"]["strict"] is True
    schema = fmt["json_schema"]["schema"]
    for node in _walk(schema):
        assert not STRIPPED_KEYWORDS & node.keys(), node
        if "properties" in node:
            assert node["additionalProperties"] is False
            assert node["required"] == list(node["properties"])
    props = schema["properties"]
    assert {"type": "null"} in props["note"]["anyOf"] and {"type": "null"} in props["level"]["anyOf"]
    assert {"type": "null"} in props["reasons"]["anyOf"]
    assert schema["$defs"]["Reason"]["additionalProperties"] is False


async def test_strict_schema_is_cached_but_returned_as_a_copy():
    first = strict_json_schema(JudgeVerdict)
    first["properties"].clear()
    assert strict_json_schema(JudgeVerdict)["properties"]


async def test_valid_answer_is_parsed_and_defaults_fill_allowed_nulls(make_client, fake_llm_server, sink):
    client = make_client()
    fake_llm_server.script(content=GOOD)
    verdict = await client.complete_structured(MESSAGES, JudgeVerdict, call_kind="judge")
    assert verdict.level == 3 and verdict.note is None and verdict.reasons[0].code == "AB"
    assert fake_llm_server.request_count == 1 and sink.one.attempts == 1


async def test_malformed_then_repair_success(make_client, fake_llm_server, sink):
    client = make_client()
    fake_llm_server.script(malformed=True)
    fake_llm_server.script(content=GOOD)
    verdict = await client.complete_structured(MESSAGES, JudgeVerdict, call_kind="judge")
    assert verdict.faithfulness == 0.9
    first, repair = fake_llm_server.requests
    assert repair.messages[: len(first.messages)] == first.messages
    assert repair.messages[-1] == {"role": "system", "content": REPAIR_NOTE}
    assert repair.response_format == first.response_format
    record = sink.one
    assert (record.status, record.attempts) == ("ok", 2)


async def test_range_and_pattern_are_enforced_locally_with_one_repair(make_client, fake_llm_server, sink):
    client = make_client()
    fake_llm_server.script(content={**GOOD, "faithfulness": 1.7})
    fake_llm_server.script(content={**GOOD, "reasons": [{"code": "x" * 30, "weight": 0.1}]})
    with pytest.raises(LLMInvalidResponseError):
        await client.complete_structured(MESSAGES, JudgeVerdict, call_kind="judge")
    assert fake_llm_server.request_count == 2
    fake_llm_server.script(content={"code": "lowercase"})
    fake_llm_server.script(content={"code": "AB"})
    assert (await client.complete_structured(MESSAGES, Coded, call_kind="judge")).code == "AB"
    sent = fake_llm_server.requests[-1].response_format["json_schema"]["schema"]
    assert "pattern" not in sent["properties"]["code"]
    assert [r.error_class for r in sink.records] == ["LLMInvalidResponseError", None]


async def test_malformed_twice_sums_tokens_of_both_attempts(make_client, fake_llm_server, sink):
    client = make_client()
    fake_llm_server.script(malformed=True, usage={"prompt_tokens": 100, "completion_tokens": 7})
    fake_llm_server.script(malformed=True, usage={"prompt_tokens": 120, "completion_tokens": 9})
    with pytest.raises(LLMInvalidResponseError) as caught:
        await client.complete_structured(MESSAGES, JudgeVerdict, call_kind="judge")
    err = caught.value
    assert (err.status, err.code, err.attempts) == (502, "llm_error", 2)
    assert (err.input_tokens, err.output_tokens) == (220, 16)
    record = sink.one
    assert (record.status, record.attempts, record.input_tokens, record.output_tokens) == ("error", 2, 220, 16)
    assert fake_llm_server.request_count == 2


async def test_repair_run_is_retried_on_transient_errors(make_client, fake_llm_server, sink):
    client = make_client()
    fake_llm_server.script(malformed=True)
    fake_llm_server.script(status=503)
    fake_llm_server.script(content=GOOD)
    await client.complete_structured(MESSAGES, JudgeVerdict, call_kind="judge")
    assert fake_llm_server.request_count == 3 and sink.one.attempts == 3


async def test_missing_usage_is_an_invalid_response(make_client, fake_llm_server, sink):
    client = make_client()
    fake_llm_server.script(content=GOOD, usage=None)
    with pytest.raises(LLMInvalidResponseError):
        await client.complete_structured(MESSAGES, JudgeVerdict, call_kind="judge")
    assert fake_llm_server.request_count == 1 and sink.one.error_class == "LLMInvalidResponseError"


async def test_json_object_fallback_describes_the_schema_in_the_system_message(make_client, fake_llm_server):
    client = make_client(llm_structured_output="json_object")
    verdict = await client.complete_structured(MESSAGES, JudgeVerdict, call_kind="judge")
    assert isinstance(verdict, JudgeVerdict)  # the fake answers from the schema it finds in the prompt
    request = fake_llm_server.requests[0]
    assert request.response_format == {"type": "json_object"}
    system = request.messages[0]
    assert system["role"] == "system" and system["content"].startswith(MESSAGES[0].content)
    assert json.dumps(strict_json_schema(JudgeVerdict), ensure_ascii=False) in system["content"]
    assert len(request.messages) == len(MESSAGES)


async def test_model_override_for_judges(make_client, fake_llm_server, sink):
    client = make_client(llm_judge_model="openai/judge-model")
    await client.complete_structured(MESSAGES, JudgeVerdict, call_kind="judge", model=client.settings.judge_model)
    assert fake_llm_server.requests[0].body["model"] == "judge-model"
    assert sink.one.model == "openai/judge-model"


async def test_code_fenced_json_is_accepted(make_client, fake_llm_server):
    client = make_client()
    fake_llm_server.script(content="```json\n" + json.dumps(GOOD) + "\n```")
    verdict = await client.complete_structured(MESSAGES, JudgeVerdict, call_kind="judge")
    assert verdict.clarity == 1.0 and fake_llm_server.request_count == 1
