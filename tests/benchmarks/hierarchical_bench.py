#!/usr/bin/env python3
"""analyze-bulk ``mode: hierarchical`` over the real HTTP path, against a fake LLM with 2 s latency.

Starts the fake LLM server and the dev host (real HTTP server, real anonymiser, real LiteLLM client,
default settings, usage tracking off), warms the process up (spaCy, LiteLLM, scikit-learn load on
first use), then sends one hierarchical request with N corpus records and prints JSON as its last
line: wall seconds, LLM calls by kind, peak concurrent LLM calls at the fake, RSS of the app process
(and of its worker processes) before the request and at its peak, the engine's own ``hierarchical_done`` figures, and the
response's confidence and explanation. Target (docs/pipeline.md § analyze-bulk hierarchical): 3,000 records ≤ 120 s.

    .venv/bin/python tests/benchmarks/hierarchical_bench.py [--corpus PATH] [--limit 3000] [--latency 2]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psutil  # noqa: E402

from tests.benchmarks._corpus import load_corpus  # noqa: E402
from tests.support.devhost import DevHost  # noqa: E402
from tests.support.fake_llm import FakeLLMServer, FakeReply  # noqa: E402

KEY = "bench-key"
PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_\d+>")
PARTIAL = ("Most records in this part describe the same problem; {n} records mention it directly, "
           "often with dates in the same weeks. Several ask for information about next steps. ")


def kind_of(body: dict[str, Any]) -> str:
    system = "\n".join(m["content"] for m in body.get("messages", []) if m["role"] == "system")
    if (body.get("response_format") or {}).get("json_schema", {}).get("name") == "JudgeVerdict":
        return "chunk_judge"
    if "one part of a larger corpus" in system:
        return "map"
    if "combine partial analyses" in system:
        return "reduce"
    return "other"


def responder(body: dict[str, Any]) -> Any:
    """Map and reduce texts of a realistic size (~150 tokens) naming the placeholders they saw."""
    kind = kind_of(body)
    user = "\n".join(m["content"] for m in body.get("messages", []) if m["role"] == "user")
    if kind == "chunk_judge":
        return {"faithfulness": 0.9, "coverage": 0.8, "clarity": 0.7, "explanation": "Faithful to the source."}
    seen = list(dict.fromkeys(PLACEHOLDER.findall(user)))[:6]
    n = user.count("<feedback_record ") or user.count("<partial_analysis>")
    text = PARTIAL.format(n=n) * 3 + (f"Places and people mentioned: {', '.join(seen)}." if seen else "")
    return FakeReply(content=text)


class PeakRss:
    """Peak resident memory of a process and its children, sampled every 50 ms (plus VmHWM)."""

    def __init__(self, pid: int) -> None:
        self.proc = psutil.Process(pid)
        self.peak_total = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        procs = [self.proc] + self.proc.children(recursive=True)
        total = 0
        for p in procs:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_total = max(self.peak_total, self._sample())
            time.sleep(0.05)

    def __enter__(self) -> "PeakRss":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def hwm_main(self) -> int:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
        return self.proc.memory_info().rss


def records_of(corpus: list[dict]) -> list[dict]:
    return [{"id": r["id"], "content": r["content"], "metadata": r["metadata"]} for r in corpus]


def post(host: DevHost, records: list[dict], timeout: float = 300) -> tuple[float, httpx.Response]:
    body = {"feedback_records": records, "prompt": "What are the main problems and how do they change over time?",
            "mode": "hierarchical", "output_language": "en"}
    start = time.perf_counter()
    resp = httpx.post(host.url + "/v1/analyze-bulk", json=body, headers={"Authorization": f"Bearer {KEY}"},
                      timeout=timeout)
    return time.perf_counter() - start, resp


def done_fields(logs: str) -> dict[str, str]:
    lines = [line for line in logs.splitlines() if "event=hierarchical_done" in line]
    if not lines:
        return {}
    return dict(part.split("=", 1) for part in lines[-1].split() if "=" in part)


def run(corpus_path: Path | None, limit: int, latency: float) -> dict[str, Any]:
    corpus = records_of(load_corpus(corpus_path, limit))
    with FakeLLMServer(default_latency=latency, responder=responder) as llm:
        env = {"LLM_MODEL": "openai/fake", "LLM_API_BASE": llm.url, "LLM_API_KEY": "x", "USAGE_TRACKING": "off",
               "AUTH_API_KEYS": json.dumps([{"key_id": "k", "name": "bench", "tenant_id": "t", "key": KEY}]),
               "RATE_LIMIT_PER_MINUTE": "0"}
        with DevHost(env, startup_timeout=120) as host:
            warm_seconds, warm = post(host, corpus[:40])
            warm.raise_for_status()
            llm.reset()
            llm.default_latency, llm.responder = latency, responder
            with PeakRss(host.proc.pid) as rss:
                before = rss._sample()
                seconds, resp = post(host, corpus)
            body = resp.json()
            kinds = Counter(kind_of(r.body) for r in llm.requests if isinstance(r.body, dict))
            fields = done_fields(host.logs())
            return {
                "records_sent": len(corpus), "status": resp.status_code, "wall_seconds": round(seconds, 2),
                "target_seconds": 120, "fake_latency_seconds": latency, "warmup_seconds": round(warm_seconds, 2),
                "llm_calls": dict(sorted(kinds.items())), "llm_calls_total": sum(kinds.values()),
                "peak_concurrency": llm.peak_in_flight,
                "rss_before_request_mb": round(before / 2**20, 1), "peak_rss_mb": round(rss.peak_total / 2**20, 1), "peak_rss_main_hwm_mb": round(rss.hwm_main() / 2**20, 1),
                "engine": {k: fields[k] for k in fields if k.endswith("_ms") or k in (
                    "records", "groups", "chunks", "maps_ok", "maps_failed", "maps_timed_out", "maps_not_started",
                    "judged", "judges_failed", "judges_cancelled", "judges_skipped", "reduce_calls",
                    "reduce_levels", "peak_slots", "anonymization_failed")},
                "feedback_record_count": body.get("feedback_record_count"), "confidence": body.get("confidence"),
                "uncertainty_explanation": body.get("uncertainty_explanation"),
            }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None,
                        help="JSONL corpus (default: the repository's tests/data corpus, generated up to --limit)")
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--latency", type=float, default=2.0, help="fake LLM latency per call, seconds")
    args = parser.parse_args()
    print(json.dumps(run(args.corpus, args.limit, args.latency)))


if __name__ == "__main__":
    main()
