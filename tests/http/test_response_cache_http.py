"""The response cache over real HTTP (issue 17 item 1): dev host + fake LLM + PostgreSQL.

A repeat is answered with no LLM call and a byte-identical body; the table holds no plaintext; entries
expire and are purged; concurrent identical requests make one set of LLM calls; errors are never cached.
"""

from __future__ import annotations

import asyncio
import json
import uuid

import asyncpg
import httpx
import pytest

from tests.http.conftest import ADMIN_KEY, app_env, auth
from tests.support.usage_rows import usage_rows

PII = ["John Smith", "+44 7700 900123", "john.smith@example.org"]
TEXT = "My name is John Smith, phone +44 7700 900123, john.smith@example.org. The water tap broke again."


@pytest.fixture(scope="module")
def cache_app(llm, pg_database, devhost_factory):
    return devhost_factory(app_env(llm.url, pg_database, RESPONSE_CACHE_SECRET="test-cache-secret-0123456789"))


def summarize_body(tag: str) -> dict:
    return {"feedback_record": {"id": f"fb-{tag}", "content": f"{TEXT} ({tag})"}}


def post(app, path, body, key=None):
    return httpx.post(app.url + path, json=body, headers=auth(key) if key else auth(), timeout=60)


async def query(dsn, sql, *args):
    conn = await asyncpg.connect(dsn)
    try:
        return await conn.fetch(sql, *args)
    finally:
        await conn.close()


async def test_a_repeat_is_served_from_the_cache_byte_identical_with_no_llm_call(cache_app, llm, responder,
                                                                                  pg_database):
    tag = uuid.uuid4().hex
    first = post(cache_app, "/v1/summarize", summarize_body(tag))
    assert first.status_code == 200 and first.headers["x-cache"] == "miss"
    assert llm.request_count == 2  # summary + judge
    # the same request after the parser's normalisation: unknown keys and key order do not matter
    noisy = {"max_codes": 3, "feedback_record": {"content": f"{TEXT} ({tag})", "id": f"fb-{tag}"}}
    second = post(cache_app, "/v1/summarize", noisy)
    assert second.status_code == 200 and second.headers["x-cache"] == "hit"
    assert llm.request_count == 2
    assert second.content == first.content
    assert "John Smith" in second.json()["summary"]  # restored personal data comes back from the cache
    missed = await usage_rows(pg_database, first.headers["x-request-id"], 2)
    hit = await usage_rows(pg_database, second.headers["x-request-id"], 1)
    assert [r["cache_hit"] for r in missed] == [False, False]
    assert len(hit) == 1 and hit[0]["cache_hit"] is True and hit[0]["call_kind"] == "cache"
    assert (hit[0]["input_tokens"], hit[0]["output_tokens"], float(hit[0]["cost_usd"])) == (0, 0, 0.0)
    assert float(hit[0]["cost_saved_usd"]) == pytest.approx(float(sum(r["cost_usd"] for r in missed)))
    usage = httpx.get(cache_app.url + "/v1/usage", headers=auth(), timeout=30).json()
    assert usage["cache_hits"] >= 1 and usage["cost_saved_usd"] > 0
    assert usage["llm_call_stats"]["cache_hits"] == usage["cache_hits"]


async def test_another_tenant_or_another_body_is_a_miss(cache_app, llm, responder):
    tag = uuid.uuid4().hex
    assert post(cache_app, "/v1/summarize", summarize_body(tag)).headers["x-cache"] == "miss"
    assert post(cache_app, "/v1/summarize", summarize_body(tag), key=ADMIN_KEY).headers["x-cache"] == "miss"
    assert post(cache_app, "/v1/detect-sensitive", summarize_body(tag)).headers["x-cache"] == "miss"
    assert post(cache_app, "/v1/summarize", summarize_body(tag + "x")).headers["x-cache"] == "miss"
    assert llm.request_count == 2 + 2 + 1 + 2


async def test_the_table_holds_no_plaintext_of_request_or_response(cache_app, llm, responder, pg_database):
    tag = uuid.uuid4().hex
    resp = post(cache_app, "/v1/summarize", summarize_body(tag))
    assert resp.status_code == 200
    answer = resp.json()
    words = [w for w in answer["summary"].replace("-", " ").split() if len(w) > 5]
    needles = PII + [tag, "water tap broke", "tenant-a", "summarize", answer["title"], *words]
    rows = await query(pg_database, "SELECT lookup_key, sealed, cost_usd::text AS cost FROM response_cache")
    stored = b"".join(bytes(r["lookup_key"]) + bytes(r["sealed"]) + (r["cost"] or "").encode() for r in rows)
    await query(pg_database, "CHECKPOINT")
    path = (await query(pg_database, "SELECT pg_relation_filepath('response_cache') AS p"))[0]["p"]
    heap = (await query(pg_database, "SELECT pg_read_binary_file($1) AS b", path))[0]["b"]
    assert rows and len(heap) > 0
    for needle in needles:
        for blob in (stored, bytes(heap)):
            assert needle.encode("utf-8") not in blob, needle
            assert needle.lower().encode("utf-8") not in blob.lower(), needle


async def test_expired_entries_miss_and_are_purged(cache_app, llm, responder, pg_database):
    tag = uuid.uuid4().hex
    assert post(cache_app, "/v1/summarize", summarize_body(tag)).headers["x-cache"] == "miss"
    await query(pg_database, "UPDATE response_cache SET created_at = now() - interval '2 hours', "
                             "expires_at = now() - interval '1 hour'")
    await query(pg_database, "INSERT INTO response_cache (lookup_key, sealed, expires_at) "
                             "SELECT decode(md5(g::text) || md5(g::text), 'hex'), 'x', now() - interval '1 minute' "
                             "FROM generate_series(1, 20) g")
    again = post(cache_app, "/v1/summarize", summarize_body(tag))
    assert again.status_code == 200 and again.headers["x-cache"] == "miss"
    assert llm.request_count == 4
    rows = await query(pg_database, "SELECT count(*) AS n FROM response_cache WHERE expires_at <= now()")
    assert rows[0]["n"] == 0  # the write purged every expired entry (fewer than one purge batch)
    assert post(cache_app, "/v1/summarize", summarize_body(tag)).headers["x-cache"] == "hit"


async def test_concurrent_identical_requests_make_one_set_of_llm_calls(cache_app, llm, responder):
    llm.default_latency = 0.5
    body = summarize_body(uuid.uuid4().hex)
    async with httpx.AsyncClient(timeout=60) as client:
        responses = await asyncio.gather(*(client.post(cache_app.url + "/v1/summarize", json=body, headers=auth())
                                           for _ in range(5)))
    assert [r.status_code for r in responses] == [200] * 5
    assert sorted(r.headers["x-cache"] for r in responses) == ["hit"] * 4 + ["miss"]
    assert llm.request_count == 2
    assert len({r.content for r in responses}) == 1


async def test_errors_are_never_cached(cache_app, llm, responder):
    body = summarize_body(uuid.uuid4().hex)
    llm.script(status=500, times=None)
    failed = post(cache_app, "/v1/summarize", body)
    assert failed.status_code == 502 and failed.headers["x-cache"] == "miss"
    llm.clear_script()
    calls = llm.request_count
    ok = post(cache_app, "/v1/summarize", body)
    assert ok.status_code == 200 and ok.headers["x-cache"] == "miss" and llm.request_count > calls


async def test_a_cached_analysis_carries_its_own_request_id(cache_app, llm, responder):
    body = {"prompt": "Which problems?", "feedback_records": [{"id": "a", "content": f"{TEXT} {uuid.uuid4().hex}"}]}
    first = post(cache_app, "/v1/analyze-bulk", body)
    second = post(cache_app, "/v1/analyze-bulk", body)
    assert (first.headers["x-cache"], second.headers["x-cache"]) == ("miss", "hit")
    assert second.json()["request_id"] == second.headers["x-request-id"] != first.json()["request_id"]
    assert {**second.json(), "request_id": None} == {**first.json(), "request_id": None}


def test_without_a_secret_the_cache_is_off(app, llm, responder):
    body = summarize_body(uuid.uuid4().hex)
    first, second = post(app, "/v1/summarize", body), post(app, "/v1/summarize", body)
    assert first.status_code == second.status_code == 200
    assert "x-cache" not in first.headers and "x-cache" not in second.headers
    assert llm.request_count == 4
    assert "event=response_cache outcome=disabled reason=no_secret" in app.logs()


async def test_a_large_body_is_keyed_off_the_event_loop_like_a_small_one(cache_app, llm, responder):
    """Over 1 MiB the canonical request is hashed in a worker thread; whitespace is not part of it."""
    body = {"feedback_records": [{"id": "a", "content": f"{TEXT} {uuid.uuid4().hex}"}]}
    padded = (json.dumps(body)[:-1] + " " * (1024 * 1024 + 10) + "}").encode()
    first = httpx.post(cache_app.url + "/v1/summarize-bulk", content=padded, headers=auth(), timeout=60)
    assert first.status_code == 200 and first.headers["x-cache"] == "miss"
    second = post(cache_app, "/v1/summarize-bulk", body)
    assert second.headers["x-cache"] == "hit" and second.content == first.content
