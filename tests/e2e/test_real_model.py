"""Every operation against a real small model: SmolLM2-135M-Instruct served on 127.0.0.1 by llama.cpp's
own OpenAI-compatible server (xllamacpp, one thread), the way an organisation self-hosts a model.

The model's answers are weak; this asserts the plumbing: LiteLLM's real code path to a real
grammar-constrained server, 200s, results that validate against the response models, and one usage
row per LLM call in a real PostgreSQL.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import asyncpg
import httpx
import pytest

from shared_code.domain import models as m
from tests.http.conftest import KEYS, USER_KEY
from tests.support.devhost import DevHost

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

RECORDS = [
    {"id": "r-1", "content": "The water tap at the school has been broken for a week and children are thirsty.",
     "metadata": {"created": "2025-05-05 08:10:00", "coding_level_1": "WASH"}},
    {"id": "r-2", "content": "We waited four hours at the clinic and the nurse had no malaria tablets.",
     "metadata": {"created": "2025-05-13 09:00:00", "coding_level_1": "Health"}},
]
CODES = {"root_codes": [{"id": "H", "name": "Health", "children": [{"id": "H.1", "name": "Medicines", "children": []}]},
                        {"id": "W", "name": "Water and sanitation", "children": []}]}
OPERATIONS = [
    ("/v1/summarize", {"feedback_record": RECORDS[1]}, m.SummarizeResponse),
    ("/v1/summarize-bulk", {"feedback_records": RECORDS}, m.SummarizeBulkResponse),
    ("/v1/analyze-bulk", {"feedback_records": RECORDS, "prompt": "Which problems come up most?"},
     m.AnalyzeBulkResponse),
    ("/v1/assign-codes", {"feedback_record": RECORDS[1], "coding_levels": CODES, "max_codes": 1},
     m.AssignCodesResponse),
    ("/v1/detect-sensitive", {"feedback_record": RECORDS[0]}, m.DetectSensitiveResponse),
]
OPERATION_NAMES = {"summarize", "summarize_aggregate", "analyze", "assign_codes", "detect_sensitive"}


@pytest.fixture(scope="module")
def llama(tmp_path_factory):
    log = open(tmp_path_factory.mktemp("llama") / "server.log", "wb")
    proc = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "llama_server.py"), "--port", "0", "--threads", "1"],
                            stdout=subprocess.PIPE, stderr=log, text=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith("listening on "), f"llama server did not start: {line!r}"
        yield line.split()[-1]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


@pytest.fixture(scope="module")
def app(llama, pg_database):
    env = {"LLM_MODEL": "openai/smollm2-135m-instruct", "LLM_API_BASE": llama, "LLM_API_KEY": "none",
           "LLM_SCHEMA_SIZE_BOUNDS": "true", "LLM_TEMPERATURE": "0", "LLM_SEED": "7", "LLM_MAX_CONCURRENCY": "1",
           "LLM_MAX_OUTPUT_TOKENS": "1000", "LLM_TIMEOUT_SECONDS": "300", "REQUEST_DEADLINE_SECONDS": "900",
           "BULK_REQUEST_DEADLINE_SECONDS": "900", "AUTH_API_KEYS": json.dumps(KEYS), "DB_URL": pg_database,
           "USAGE_FLUSH_INTERVAL_SECONDS": "0.1", "ANONYMIZER_EXECUTOR": "thread", "ANONYMIZER_WORKERS": "1"}
    with DevHost(env) as host:
        yield host


def _usage_rows(dsn: str) -> list[asyncpg.Record]:
    async def fetch():
        conn = await asyncpg.connect(dsn)
        try:
            return await conn.fetch("SELECT operation, call_kind, status, error_class, input_tokens, output_tokens, model,"
                                    " tenant_id, call_duration_ms, attempts FROM llm_calls ORDER BY id")
        finally:
            await conn.close()

    return asyncio.run(fetch())


def test_every_operation_against_a_real_model(app, pg_database):
    auth = {"Authorization": f"Bearer {USER_KEY}"}
    with httpx.Client(base_url=app.url, headers=auth, timeout=900) as client:
        for path, body, response_model in OPERATIONS:
            resp = client.post(path, json=body)
            assert resp.status_code == 200, (path, resp.text[:500])
            response_model.model_validate(resp.json())
    rows = []
    for _ in range(50):  # the usage buffer flushes every 0.1 s
        rows = _usage_rows(pg_database)
        if {r["operation"] for r in rows} >= OPERATION_NAMES:
            break
        asyncio.run(asyncio.sleep(0.2))
    assert {r["operation"] for r in rows} == OPERATION_NAMES, [tuple(r) for r in rows]
    assert all(r["tenant_id"] == "tenant-a" and r["model"] == "openai/smollm2-135m-instruct" for r in rows)
    ok = [r for r in rows if r["status"] == "ok"]
    assert ok and all(r["input_tokens"] > 0 and r["output_tokens"] > 0 for r in ok)
    print(json.dumps({"llm_calls": len(rows), "ok": len(ok), "calls": [
        f"{r['operation']}/{r['call_kind']}/{r['error_class'] or r['status']} {r['call_duration_ms']} ms "
        f"{r['input_tokens']}+{r['output_tokens']} tokens x{r['attempts']}" for r in rows]}, indent=1))
