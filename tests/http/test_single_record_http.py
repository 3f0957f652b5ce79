"""summarize, detect-sensitive and assign-codes over real HTTP: dev host + fake LLM + PostgreSQL."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.http.conftest import auth
from tests.support.usage_rows import usage_rows

PII_TEXT = ("My name is John Smith and my phone is +44 7700 900123; write to john.smith@example.org. "
            "We waited three hours for water and the tap broke.")
PII_VALUES = ["John Smith", "+44 7700 900123", "john.smith@example.org"]


def post(app, path, body, key=None, **kw):
    return httpx.post(app.url + path, json=body, headers=auth() if key is None else auth(key), timeout=60, **kw)


def sent_text(llm) -> str:
    return "\n".join(json.dumps(r.body, ensure_ascii=False) for r in llm.requests)


# summarize ----------------------------------------------------------------------------------------
async def test_summarize_restores_everything_and_never_sends_pii(app, llm, responder, pg_database):
    resp = post(app, "/v1/summarize", {"feedback_record": {"id": "fb-7", "content": PII_TEXT},
                                       "coding_levels": {"root_codes": []}, "max_codes": 3})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert set(body) == {"id", "title", "summary", "quality_score", "uncertainty_explanation", "pretty_output"}
    assert body["id"] == "fb-7"
    assert body["quality_score"] == 0.85  # 0.6*0.9 + 0.3*0.8 + 0.1*0.7
    assert "John Smith" in body["summary"] and "<PERSON" not in body["summary"]
    assert body["summary"].splitlines()[1] == "- Second point"  # bullet marks stripped, re-rendered
    assert "John Smith" in body["uncertainty_explanation"]
    assert body["pretty_output"].startswith("Feedback-ID:    fb-7\nQUALITY:        ●●●●○ 85%\nTITLE:          ")
    assert body["pretty_output"].endswith("\n" + "-" * 60)
    assert [r.response_format["json_schema"]["name"] for r in llm.requests] == ["SummaryOutput", "JudgeVerdict"]
    leaked = [v for v in PII_VALUES if v in sent_text(llm)]
    assert leaked == []
    assert "<PERSON_0>" in llm.requests[0].user and "<PHONE_NUMBER_0>" in llm.requests[0].user
    rows = await usage_rows(pg_database, resp.headers["x-request-id"], 2)
    assert [(r["operation"], r["call_kind"], r["tenant_id"], r["key_id"], r["status"]) for r in rows] == [
        ("summarize", "summary", "tenant-a", "k-user", "ok"), ("summarize", "judge", "tenant-a", "k-user", "ok")]
    assert all(r["input_tokens"] > 0 and r["cost_usd"] is not None and r["cost_usd"] > 0 for r in rows)


@pytest.mark.parametrize("content", ["", "   \n\t ", "\u200b"])
def test_summarize_empty_content_makes_no_call(app, llm, responder, content):
    resp = post(app, "/v1/summarize", {"feedback_record": {"id": "", "content": content}})
    assert resp.status_code == 200
    assert resp.json() == {"id": "", "title": "", "summary": "", "quality_score": None,
                           "uncertainty_explanation": "No feedback content was provided.",
                           "pretty_output": "Feedback-ID:    \nTITLE:          \nSUMMARY:\n\n" + "-" * 60}
    assert llm.request_count == 0


def test_summarize_judge_failure_keeps_the_summary(app, llm, responder):
    llm.script(status=400, times=1, match=lambda r: (r.response_format or {}).get("json_schema", {}).get("name") == "JudgeVerdict")
    resp = post(app, "/v1/summarize", {"feedback_record": {"id": "x", "content": "The clinic queue took four hours."}})
    assert resp.status_code == 200
    body = resp.json()
    assert body["quality_score"] is None and body["summary"].startswith("- ")
    assert body["uncertainty_explanation"] == "Judge unavailable; the quality score could not be computed for this summary."
    assert "QUALITY" not in body["pretty_output"]


def test_summarize_provider_down_is_502_llm_error(app, llm, responder):
    llm.script(status=500, times=None)
    resp = post(app, "/v1/summarize", {"feedback_record": {"id": "x", "content": "Water point broken."}})
    assert resp.status_code == 502
    err = resp.json()["error"]
    assert err["code"] == "llm_error" and "fake error" not in err["message"] and "127.0.0.1" not in err["message"]
    assert llm.request_count == 4  # LLM_MAX_ATTEMPTS


def test_provider_rate_limit_beyond_the_deadline_is_503_with_retry_after(app, llm, responder):
    llm.script(status=429, retry_after=3600, times=None)
    resp = post(app, "/v1/summarize", {"feedback_record": {"id": "x", "content": "Water point broken."}})
    assert resp.status_code == 503 and resp.headers["retry-after"] == "3600"
    err = resp.json()["error"]
    assert err["code"] == "llm_rate_limited" and "rate-limiting" in err["message"]
    assert llm.request_count == 1


@pytest.mark.parametrize("body,field,issue", [
    ({"feedback_record": {"id": "x"}}, "body.feedback_record.content", "Field required"),
    ({"feedback_record": {"id": 1, "content": "a"}}, "body.feedback_record.id", "Input should be a valid string"),
    ({"feedback_record": {"id": "x", "content": None}}, "body.feedback_record.content", "Input should be a valid string"),
    ({"feedback_record": {"id": "x", "content": "a", "metadata": {"colour": "red"}}},
     "body.feedback_record.metadata.colour", "Extra inputs are not permitted"),
    ({"feedback_record": {"id": "x", "content": "a" * 100_001}}, "body.feedback_record.content",
     "String should have at most 100000 characters"),
])
def test_summarize_validation(app, llm, responder, body, field, issue):
    resp = post(app, "/v1/summarize", body)
    assert resp.status_code == 422
    assert {"field": field, "issue": issue} in resp.json()["error"]["fields"]
    assert llm.request_count == 0


def test_metadata_null_is_absent(app, llm, responder):
    resp = post(app, "/v1/summarize", {"feedback_record": {"id": "x", "content": "ok", "metadata": None}})
    assert resp.status_code == 200


# detect-sensitive -----------------------------------------------------------------------------------
def test_detect_sensitive_dedupes_types_and_restores(app, llm, responder):
    resp = post(app, "/v1/detect-sensitive", {"feedback_record": {
        "id": "fb-3", "content": "Mr John Smith, the distributor, wanted money before giving us kits.",
        "metadata": {"created": "2025-06-02 14:05:11", "coding_level_1": ""}}})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["sensitivity_types"] == ["CORRUPTION", "GIFTS_BRIBES_AND_KICKBACKS"] and body["is_sensitive"] is True
    assert "John Smith" in body["explanation"]
    assert llm.request_count == 1
    user = llm.requests[0].user
    assert '<feedback_record id="fb-3">' in user and "created=2025-06-02 14:05:11" in user
    assert "coding_level_1" not in user  # defaults are not listed
    schema = llm.requests[0].response_format["json_schema"]
    assert schema["strict"] is True and schema["name"] == "ClassifyOutput"


def test_detect_sensitive_nothing_detected(app, llm, responder):
    responder.sensitivity_types = []
    llm.script(content={"sensitivity_types": [], "explanation": "  "})
    resp = post(app, "/v1/detect-sensitive", {"feedback_record": {"id": "a", "content": "Thanks for the tents."}})
    assert resp.json() == {"id": "a", "is_sensitive": False, "explanation": "No sensitive content detected.",
                           "sensitivity_types": []}


def test_detect_sensitive_value_outside_enum_is_502_after_one_repair(app, llm, responder):
    llm.script(content={"sensitivity_types": ["MADE_UP"], "explanation": "x"}, times=2)
    resp = post(app, "/v1/detect-sensitive", {"feedback_record": {"id": "a", "content": "Something odd."}})
    assert resp.status_code == 502 and resp.json()["error"]["code"] == "llm_error"
    assert llm.request_count == 2


def test_detect_sensitive_empty(app, llm, responder):
    resp = post(app, "/v1/detect-sensitive", {"feedback_record": {"id": "a", "content": " "}})
    assert resp.json() == {"id": "a", "is_sensitive": False, "explanation": "No feedback content was provided.",
                           "sensitivity_types": []}
    assert llm.request_count == 0


# assign-codes --------------------------------------------------------------------------------------
TREE = {"root_codes": [
    {"id": "H", "name": "Health", "children": [
        {"id": "H.1", "name": "Medicines", "children": [{"id": "H.1.a", "name": "Stock-out", "children": []}]}]},
    {"id": "S", "name": "Shelter"}]}


def test_assign_codes_compact_path_two_calls_ids_from_request(app, llm, responder):
    responder.select_paths = [1, 2, 99, 1]
    resp = post(app, "/v1/assign-codes", {"feedback_record": {"id": "r", "content": "The clinic ran out of malaria tablets."},
                                          "coding_levels": TREE, "max_codes": 2, "confidence_threshold": 0.3})
    assert resp.status_code == 200, resp.text
    codes = resp.json()["assigned_codes"]
    assert [c["coding_level_1_id"] for c in codes] == ["S", "H"]  # aggregates 0.95 and 0.85
    first = codes[1]
    assert (first["coding_level_2_id"], first["coding_level_3_id"], first["coding_level_3_name"]) == ("H.1", "H.1.a", "Stock-out")
    assert (first["confidence_level_1"], first["confidence_level_2"], first["confidence_level_3"]) == (0.95, 0.9, 0.85)
    assert first["confidence_aggregate"] == 0.85
    assert first["explanation"].startswith("Level 1 (0.95): level 1 fits") and " Level 3 (0.85): " in first["explanation"]
    shelter = codes[0]
    assert shelter["coding_level_2_id"] is None and shelter["confidence_level_2"] is None
    assert shelter["confidence_aggregate"] == 0.95
    assert [r.response_format["json_schema"]["name"] for r in llm.requests] == ["SelectOutput", "VerifyOutput"]
    select_user = llm.requests[0].user
    assert "P1: Health > Medicines > Stock-out" in select_user and "H.1.a" not in select_user  # no ids sent


def test_assign_codes_threshold_and_max_codes(app, llm, responder):
    responder.select_paths = [1, 2]
    body = {"feedback_record": {"id": "r", "content": "clinic"}, "coding_levels": TREE, "max_codes": 1}
    codes = post(app, "/v1/assign-codes", body).json()["assigned_codes"]
    assert len(codes) == 1 and codes[0]["coding_level_1_id"] == "S"
    body.update(max_codes=2, confidence_threshold=0.9)  # H's level 3 (0.85) is below: only S is left
    assert [c["coding_level_1_id"] for c in post(app, "/v1/assign-codes", body).json()["assigned_codes"]] == ["S"]
    body["confidence_threshold"] = 0.96
    assert post(app, "/v1/assign-codes", body).json() == {"assigned_codes": []}


def test_assign_codes_verify_failure_keeps_select_confidences(app, llm, responder):
    llm.script(status=400, match=lambda r: "VerifyOutput" in json.dumps(r.response_format or {}))
    codes = post(app, "/v1/assign-codes", {"feedback_record": {"id": "r", "content": "clinic"},
                                           "coding_levels": TREE}).json()["assigned_codes"]
    assert codes[0]["confidence_level_1"] == 0.9 and codes[0]["confidence_aggregate"] == 0.7
    assert codes[0]["explanation"].startswith("Level 1 (0.90): fits")


def test_assign_codes_on_the_corpus_framework_uses_at_most_two_calls(app, llm, responder):
    from tests.benchmarks._corpus import framework_for

    framework = framework_for(None)
    responder.select_paths = [5]
    resp = post(app, "/v1/assign-codes", {"feedback_record": {"id": "r", "content": "When is the next payment?"},
                                          "coding_levels": framework})
    assert resp.status_code == 200 and len(resp.json()["assigned_codes"]) == 1
    assert llm.request_count == 2


@pytest.mark.parametrize("body,field", [
    ({"feedback_record": {"id": "r", "content": ""}}, "body.coding_levels"),
    ({"feedback_record": {"id": "r", "content": "x"}, "coding_levels": {"root_codes": []}}, "body.coding_levels.root_codes"),
    ({"feedback_record": {"id": "r", "content": "x"}, "coding_levels": {"root_codes": [{"id": "a"}]}},
     "body.coding_levels.root_codes.0.name"),
    ({"feedback_record": {"id": "r", "content": "x"}, "coding_levels": TREE, "max_codes": 51}, "body.max_codes"),
    ({"feedback_record": {"id": "r", "content": "x"}, "coding_levels": TREE, "confidence_threshold": 1.5},
     "body.confidence_threshold"),
])
def test_assign_codes_validation(app, llm, responder, body, field):
    resp = post(app, "/v1/assign-codes", body)
    assert resp.status_code == 422
    assert field in [f["field"] for f in resp.json()["error"]["fields"]]


def test_assign_codes_tree_deeper_than_ten_is_422(app, llm, responder):
    node = {"id": "leaf", "name": "leaf", "children": []}
    for i in range(10):
        node = {"id": f"n{i}", "name": f"n{i}", "children": [node]}
    resp = post(app, "/v1/assign-codes", {"feedback_record": {"id": "r", "content": "x"},
                                          "coding_levels": {"root_codes": [node]}})
    assert resp.status_code == 422 and llm.request_count == 0


def test_assign_codes_empty_content(app, llm, responder):
    resp = post(app, "/v1/assign-codes", {"feedback_record": {"id": "r", "content": "  "}, "coding_levels": TREE})
    assert resp.json() == {"assigned_codes": []} and llm.request_count == 0


def test_unauthenticated_operation_is_401_before_validation(app, llm, responder):
    resp = httpx.post(app.url + "/v1/summarize", content=b"{not json")
    assert resp.status_code == 401 and resp.headers["www-authenticate"] == "Bearer"
