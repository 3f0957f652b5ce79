#!/usr/bin/env python3
"""Response cache figures through the real HTTP path (dev host, fake LLM, PostgreSQL), printed as JSON last.

- ``summarize``: p50/p95 wall ms of a cache hit next to the same run's miss (two LLM calls to a fake LLM
  answering after ``--llm-latency`` seconds), and the health route as the HTTP floor;
- ``summarize_bulk``: the same for ``--records`` corpus records in one request;
- ``miss_overhead``: a miss with the cache on (keys, lookup, encryption, write) against the same request
  on a dev host without the cache (the baseline of the same run).

    .venv/bin/python tests/benchmarks/cache_bench.py [--requests N] [--records N] [--llm-latency S]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from tests.benchmarks._corpus import load_corpus  # noqa: E402
from tests.benchmarks.operations_bench import database_dsn, pct  # noqa: E402
from tests.http.conftest import USER_KEY, app_env  # noqa: E402
from tests.support.devhost import DevHost  # noqa: E402
from tests.support.fake_llm import FakeLLMServer  # noqa: E402
from tests.support.llm_responders import EchoResponder  # noqa: E402

HEADERS = {"Authorization": f"Bearer {USER_KEY}"}
SECRET = "bench-cache-secret-" + "x" * 32


def summary(values: list[float]) -> dict:
    return {"p50_ms": round(pct(values, 0.5) * 1000, 2), "p95_ms": round(pct(values, 0.95) * 1000, 2), "n": len(values)}


async def timed(client, method, path, body=None, expect=None) -> float:
    start = time.perf_counter()
    resp = await client.request(method, path, json=body, headers=HEADERS)
    elapsed = time.perf_counter() - start
    resp.raise_for_status()
    if expect is not None:
        assert resp.headers.get("x-cache") == expect, (path, resp.headers.get("x-cache"))
    return elapsed


async def miss_then_hit(client, path, bodies) -> dict:
    misses = [await timed(client, "POST", path, b, "miss") for b in bodies]
    hits = [await timed(client, "POST", path, b, "hit") for b in bodies]
    out = {"miss": summary(misses), "hit": summary(hits)}
    out["hit_speedup_p50"] = round(pct(misses, 0.5) / pct(hits, 0.5), 1)
    return out


def single(i: int, corpus: list[dict]) -> dict:
    record = corpus[i % len(corpus)]
    return {"feedback_record": {"id": f"{record['id']}-{uuid.uuid4().hex[:8]}", "content": record["content"]}}


def bulk(corpus: list[dict], n: int) -> dict:
    tag = uuid.uuid4().hex[:8]
    return {"feedback_records": [{"id": f"{r['id']}-{tag}", "content": r["content"]} for r in corpus[:n]]}


async def run(args) -> dict:
    corpus = [r for r in load_corpus(None, 2 * max(args.records, args.requests)) if r["content"].strip()]  # empty: not cached
    db = database_dsn()
    if db is None:
        raise SystemExit("cache_bench needs PostgreSQL (the cache lives there)")
    result: dict = {"benchmark": "response_cache", "llm_latency_s": args.llm_latency}
    try:
        with FakeLLMServer(default_latency=args.llm_latency) as llm:
            llm.responder = EchoResponder()
            env = app_env(llm.url, db.dsn, RATE_LIMIT_PER_MINUTE="0", LOG_LEVEL="WARNING", MAX_BULK_RECORDS="10000")
            misses_on: list[float] = []
            with DevHost({**env, "RESPONSE_CACHE_SECRET": SECRET}, startup_timeout=120) as host:
                async with httpx.AsyncClient(base_url=host.url, timeout=300) as client:
                    await timed(client, "POST", "/v1/summarize", single(0, corpus))  # warm up models and LiteLLM
                    result["health"] = summary([await timed(client, "GET", "/v1/health") for _ in range(args.requests)])
                    result["summarize"] = await miss_then_hit(
                        client, "/v1/summarize", [single(i, corpus) for i in range(args.requests)])
                    result["summarize_bulk"] = await miss_then_hit(
                        client, "/v1/summarize-bulk", [bulk(corpus, args.records) for _ in range(5)])
                    misses_on = [await timed(client, "POST", "/v1/summarize", single(i, corpus), "miss")
                                 for i in range(args.requests)]
            with DevHost(env, startup_timeout=120) as host:
                async with httpx.AsyncClient(base_url=host.url, timeout=300) as client:
                    await timed(client, "POST", "/v1/summarize", single(0, corpus))
                    off = [await timed(client, "POST", "/v1/summarize", single(i, corpus)) for i in range(args.requests)]
            result["miss_overhead"] = {"cache_on_miss": summary(misses_on), "cache_off_baseline": summary(off),
                                       "added_p50_ms": round((pct(misses_on, 0.5) - pct(off, 0.5)) * 1000, 2)}
    finally:
        from tests.support.postgres import drop_test_database

        drop_test_database(db)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=40, help="distinct single-record requests per figure")
    parser.add_argument("--records", type=int, default=200, help="records per summarize-bulk request")
    parser.add_argument("--llm-latency", type=float, default=0.0, help="seconds the fake LLM waits per call")
    result = asyncio.run(run(parser.parse_args()))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
