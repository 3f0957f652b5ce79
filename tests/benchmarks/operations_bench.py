#!/usr/bin/env python3
"""End-to-end figures for the five operations, through the real HTTP path.

Runs the app in the dev host (real HTTP server, real anonymiser, real LiteLLM client, usage rows to a
fresh PostgreSQL database when one is reachable) against the local fake LLM, and prints JSON as its
last line:

- ``llm_calls``: LLM requests per operation (the fake counts them);
- ``summarize_overhead_ms``: p50/p95 of summarize wall time with a zero-latency fake LLM, next to the
  same run's ``health`` p50/p95 (the HTTP floor) as baseline;
- ``analyze_bulk_*``: wall seconds for analyze-bulk of N corpus records (default 1,000): single_pass
  with the default 100k-token budget (1,000 records exceed it: 413), hierarchical with the defaults,
  and single_pass with ``LLM_MAX_TOTAL_TOKENS=200000`` (a large-context model);
- ``concurrent_summarize``: wall seconds for 50 concurrent summarize requests with a 1 s fake LLM
  (2 sequential LLM calls each, so 2 s is the floor), with the default ``LLM_MAX_CONCURRENCY`` (64:
  every request holds a slot, docs/performance.md) and with 100 slots.

    .venv/bin/python tests/benchmarks/operations_bench.py [--corpus PATH] [--limit N]

``--corpus`` takes a JSONL file in the shape of ``tests/data/feedback_corpus.jsonl`` (its
``coding_framework.json`` beside it, else the repository's); the default is the repository's corpus.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from tests.benchmarks._corpus import framework_for, load_corpus  # noqa: E402
from tests.http.conftest import USER_KEY, app_env  # noqa: E402
from tests.support.devhost import DevHost  # noqa: E402
from tests.support.fake_llm import FakeLLMServer  # noqa: E402
from tests.support.llm_responders import EchoResponder  # noqa: E402

HEADERS = {"Authorization": f"Bearer {USER_KEY}"}


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def records_of(corpus: list[dict]) -> list[dict]:
    return [{"id": r["id"], "content": r["content"], "metadata": r["metadata"]} for r in corpus]


async def timed(client: httpx.AsyncClient, method: str, path: str, body=None) -> tuple[float, httpx.Response]:
    start = time.perf_counter()
    resp = await client.request(method, path, json=body, headers=HEADERS)
    return time.perf_counter() - start, resp


async def calls_per_operation(client, llm, corpus, framework) -> dict[str, int]:
    record = {"id": corpus[0]["id"], "content": corpus[0]["content"]}
    bodies = {
        "summarize": ("/v1/summarize", {"feedback_record": record}),
        "detect_sensitive": ("/v1/detect-sensitive", {"feedback_record": record}),
        "assign_codes": ("/v1/assign-codes", {"feedback_record": record, "coding_levels": framework}),
        "summarize_bulk": ("/v1/summarize-bulk", {"feedback_records": records_of(corpus[:50])}),
        "analyze_bulk": ("/v1/analyze-bulk", {"feedback_records": records_of(corpus[:50]), "prompt": "Main issues?"}),
    }
    out = {}
    for name, (path, body) in bodies.items():
        before = llm.request_count
        _, resp = await timed(client, "POST", path, body)
        resp.raise_for_status()
        out[name] = llm.request_count - before
    return out


async def overhead(client, corpus, n: int = 60) -> dict[str, float]:
    texts = [r for r in corpus if r["content"].strip()][:n]
    await timed(client, "POST", "/v1/summarize", {"feedback_record": {"id": "warm", "content": texts[0]["content"]}})
    summarize, health = [], []
    for r in texts:
        dt, resp = await timed(client, "POST", "/v1/summarize", {"feedback_record": {"id": r["id"], "content": r["content"]}})
        resp.raise_for_status()
        summarize.append(dt * 1000)
        dt, _ = await timed(client, "GET", "/v1/health")
        health.append(dt * 1000)
    return {"requests": len(summarize), "summarize_p50_ms": round(pct(summarize, 0.5), 2),
            "summarize_p95_ms": round(pct(summarize, 0.95), 2), "health_p50_ms": round(pct(health, 0.5), 2),
            "health_p95_ms": round(pct(health, 0.95), 2),
            "overhead_p50_ms_minus_health": round(pct(summarize, 0.5) - pct(health, 0.5), 2)}


async def analyze_bulk(client, llm, corpus, n: int, mode: str) -> dict[str, float]:
    body = {"feedback_records": records_of(corpus[:n]), "prompt": "What are the main problems?", "mode": mode}
    before = llm.request_count
    dt, resp = await timed(client, "POST", "/v1/analyze-bulk", body)
    if resp.status_code != 200:
        return {"records": n, "mode": mode, "status": resp.status_code, "error": resp.json()["error"]["code"]}
    return {"records": n, "mode": mode, "wall_s": round(dt, 3), "status": 200, "llm_calls": llm.request_count - before}


async def concurrent_summarize(client, llm, corpus, n: int = 50) -> dict[str, float]:
    llm.default_latency = 1.0
    llm.reset_peak()
    texts = [r for r in corpus if r["content"].strip()][:n]
    start = time.perf_counter()
    results = await asyncio.gather(*(timed(client, "POST", "/v1/summarize",
                                           {"feedback_record": {"id": r["id"], "content": r["content"]}}) for r in texts))
    wall = time.perf_counter() - start
    llm.default_latency = 0.0
    statuses = sorted({resp.status_code for _, resp in results})
    return {"requests": n, "wall_s": round(wall, 3), "floor_s": 2.0, "statuses": statuses,
            "peak_llm_concurrency": llm.peak_in_flight, "median_request_s": round(statistics.median(d for d, _ in results), 3)}


def database_dsn():
    try:
        from tests.support.postgres import create_test_database
        from tests.support.postgres_fixtures import migrate_database

        db = create_test_database(prefix="qfa_bench")
        migrate_database(db.dsn)
        return db
    except Exception as exc:  # noqa: BLE001 - the benchmark still runs without usage rows
        print(f"bench: no PostgreSQL ({type(exc).__name__}); usage tracking off", file=sys.stderr)
        return None


async def phase(llm, env: dict, corpus: list[dict], work) -> dict:
    """A fresh dev host with ``env``: the cold first summarize is timed, then a multilingual
    summarize-bulk loads every language's model in every worker before ``work`` is measured."""
    with DevHost(env, startup_timeout=120) as host:
        async with httpx.AsyncClient(base_url=host.url, timeout=300,
                                     limits=httpx.Limits(max_connections=100)) as client:
            dt, resp = await timed(client, "POST", "/v1/summarize", {"feedback_record": {"id": "w", "content": "warm up"}})
            resp.raise_for_status()
            result.setdefault("cold_first_summarize_s", []).append(round(dt, 3))
            for _ in range(2):
                _, resp = await timed(client, "POST", "/v1/summarize-bulk", {"feedback_records": records_of(corpus[:400])})
                resp.raise_for_status()
            return await work(client)


result: dict = {}


async def run(args) -> dict:
    corpus = load_corpus(args.corpus, None if args.corpus else max(args.limit, 400))
    framework = framework_for(args.corpus)
    db = database_dsn()
    result.update({"benchmark": "operations", "usage_tracking": db is not None})
    with FakeLLMServer() as llm:
        llm.responder = EchoResponder()
        env = app_env(llm.url, db.dsn if db else None, RATE_LIMIT_PER_MINUTE="0", MAX_BULK_RECORDS="10000",
                      LOG_LEVEL="WARNING")

        async def defaults(client):
            result["llm_calls"] = await calls_per_operation(client, llm, corpus, framework)
            result["summarize_overhead_ms"] = await overhead(client, corpus)
            result["analyze_bulk_single_pass_default_budget"] = await analyze_bulk(client, llm, corpus, args.limit, "single_pass")
            result["analyze_bulk_hierarchical"] = await analyze_bulk(client, llm, corpus, args.limit, "hierarchical")
            result["concurrent_summarize"] = await concurrent_summarize(client, llm, corpus)

        async def large_context(client):
            # 1,000 corpus records are ~122k tokens: a single pass needs a model with a larger window.
            result["analyze_bulk_single_pass_200k_budget"] = await analyze_bulk(client, llm, corpus, args.limit, "single_pass")

        async def wide_limiter(client):
            result["concurrent_summarize_llm_max_concurrency_100"] = await concurrent_summarize(client, llm, corpus)

        await phase(llm, env, corpus, defaults)
        await phase(llm, {**env, "LLM_MAX_TOTAL_TOKENS": "200000"}, corpus, large_context)
        await phase(llm, {**env, "LLM_MAX_CONCURRENCY": "100"}, corpus, wide_limiter)
    if db is not None:
        from tests.support.postgres import drop_test_database

        drop_test_database(db)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=None,
                        help="JSONL corpus (default: the repository's tests/data corpus, generated up to --limit)")
    parser.add_argument("--limit", type=int, default=1000, help="records for the analyze-bulk figure")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
