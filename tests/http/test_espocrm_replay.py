"""Replay the exact bodies EspoCRM's two flowcharts send (docs/espocrm.md), built by string concatenation
as the Formula scripts do, and check every field EspoCRM reads back."""

from __future__ import annotations

import httpx

from tests.http.conftest import USER_KEY

HEADERS = {"Authorization": f"Bearer {USER_KEY}", "Content-Type": "application/json",
           "ngrok-skip-browser-warning": "69420"}

# Flow A "mother payload": record object concatenated by hand, the tree with json\encode.
FLOW_A = (
    '{"feedback_record":{"content":"Distribution point closed early, we walked 5 km for nothing\tC:\\docs \\o/",'
    '"id":"KF-2291","metadata":{"created":"2025-06-02 14:05:11","coding_level_1":"","coding_level_2":"",'
    '"coding_level_3":"","feedback_record_id":"old"}},'
    '"coding_levels":{"root_codes":[{"id":"6650a1c2e4b0","name":"Distribution","children":['
    '{"id":"6650a1c2e4b1","name":"Timing","children":[{"id":"6650a1c2e4b2","name":"Closed early","children":[]}]}]}]},'
    '"max_codes":1,"confidence_threshold":0.1}'
).encode()

FLOW_B = (
    '{"feedback_records":[{"content":"Queue too long at the distribution","id":"KF-2291","metadata":{"created":'
    '"2025-06-02 14:05:11","coding_level_1":"Distribution","coding_level_2":"Timing","coding_level_3":""}},'
    '{"content":"","id":"","metadata":{"created":"2025-06-03 09:12:44","coding_level_1":"","coding_level_2":"",'
    '"coding_level_3":""}}],'
    '"prompt":"What are people most unhappy about\nthis month?",'
    '"output_language":"French","selected_method":"analyze","endpoint":"/v1/analyze-bulk"}'
).encode()


def send(app, path: str, raw: bytes) -> httpx.Response:
    return httpx.post(app.url + path, content=raw, headers=HEADERS, timeout=60)


def test_flow_a_summarize(app, llm, responder):
    resp = send(app, "/v1/summarize", FLOW_A)
    assert resp.status_code == 200, resp.text
    assert isinstance(resp.json()["summary"], str) and resp.json()["summary"].startswith("- ")
    assert "C:\\docs \\o/" in llm.requests[0].user  # stray backslashes taken literally


def test_flow_a_assign_codes_returns_ids_it_received(app, llm, responder):
    resp = send(app, "/v1/assign-codes/", FLOW_A)  # trailing slash too
    assert resp.status_code == 200, resp.text
    first = resp.json()["assigned_codes"][0]
    assert (first["coding_level_1_id"], first["coding_level_2_id"], first["coding_level_3_id"]) == (
        "6650a1c2e4b0", "6650a1c2e4b1", "6650a1c2e4b2")


def test_flow_a_detect_sensitive(app, llm, responder):
    resp = send(app, "/v1/detect-sensitive", FLOW_A)
    body = resp.json()
    assert resp.status_code == 200 and isinstance(body["is_sensitive"], bool) and isinstance(body["explanation"], str)


def test_flow_b_analyze_and_summarize_bulk_pretty_output(app, llm, responder):
    for path, title in (("/v1/analyze-bulk", "TITRE:          Analyse"), ("/v1/summarize-bulk", "TITRE:          ")):
        resp = send(app, path, FLOW_B)
        assert resp.status_code == 200, resp.text
        pretty = resp.json()["pretty_output"]
        assert isinstance(pretty, str) and title in pretty and pretty.endswith("-" * 60)
    assert "What are people most unhappy about\nthis month?" in llm.requests[0].user


def test_flow_b_with_no_records_is_a_clear_422(app, llm, responder):
    resp = send(app, "/v1/analyze-bulk", b'{"feedback_records":[],"prompt":"x","output_language":"fr"}')
    assert resp.status_code == 422 and resp.json()["error"]["fields"][0]["field"] == "body.feedback_records"


def test_unescaped_quote_in_description_is_a_422_not_a_500(app, llm, responder):
    raw = b'{"feedback_record":{"content":"he said "no" to us","id":"1"}}'
    resp = send(app, "/v1/summarize", raw)
    assert resp.status_code == 422 and resp.json()["error"]["fields"][0]["issue"].startswith("Invalid JSON:")
