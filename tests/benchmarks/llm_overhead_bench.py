"""Overhead of the LLM client per call vs a raw ``litellm.acompletion`` on the zero-latency fake server.

    .venv/bin/python tests/benchmarks/llm_overhead_bench.py [--calls 400]

The fake runs in a separate process (scripts/local_llm.py) so its work does not share our GIL. Raw and
client calls alternate in random order with a short pause between calls (LiteLLM's background logging
settles), to cancel drift and order effects. ``client_cpu_only`` is the client's own cost per call with
the provider call replaced by a prebuilt response (no HTTP, no LiteLLM). The last output line is JSON
(microseconds).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import shared_code.runtime_env  # noqa: E402,F401  (before litellm)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_fake(port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "local_llm.py"), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    end = time.monotonic() + 20
    while time.monotonic() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("fake LLM server did not start")


def _stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"mean_us": round(statistics.fmean(ordered) * 1e6, 1),
            "p50_us": round(ordered[len(ordered) // 2] * 1e6, 1),
            "p90_us": round(ordered[int(len(ordered) * 0.9)] * 1e6, 1)}


async def _run(url: str, calls: int) -> dict[str, object]:
    import litellm
    from pydantic import BaseModel

    from shared_code.llm.factory import build_llm_client
    from shared_code.llm.schema import json_schema_response_format
    from shared_code.ports import ChatMessage
    from shared_code.settings import Settings

    class Verdict(BaseModel):
        faithfulness: float
        coverage: float
        clarity: float
        explanation: str

    class NullSink:
        def record(self, call: object) -> None:
            pass

    settings = Settings(llm_model="openai/bench-model", llm_prices={
        "openai/bench-model": {"input_cost_per_token": 1e-6, "output_cost_per_token": 2e-6}})
    client = build_llm_client(settings, sinks=[NullSink()], api_key="bench", api_base=url)
    messages = [ChatMessage("system", "You are a careful analyst. " * 20),
                ChatMessage("user", "<records>" + "The water tank is empty. " * 60 + "</records>")]
    wire = [m.as_dict() for m in messages]
    fmt = json_schema_response_format(Verdict)
    common = dict(model=settings.llm_model, api_key="bench", api_base=url, timeout=settings.llm_timeout_seconds,
                  num_retries=0, max_retries=0, drop_params=True)

    async def raw_text() -> None:
        await litellm.acompletion(messages=wire, **common)

    async def raw_structured() -> None:
        response = await litellm.acompletion(messages=wire, response_format=fmt, **common)
        Verdict.model_validate_json(response.choices[0].message.content)

    async def client_text() -> None:
        await client.complete_text(messages, call_kind="summary")

    async def client_structured() -> None:
        await client.complete_structured(messages, Verdict, call_kind="judge")

    pairs = {"text": (raw_text, client_text), "structured": (raw_structured, client_structured)}
    result: dict[str, object] = {"calls": calls}
    for name, (raw, ours) in pairs.items():
        for _ in range(30):  # warm-up
            await raw()
            await ours()
        raw_t: list[float] = []
        our_t: list[float] = []
        for _ in range(calls):
            order = [(raw, raw_t), (ours, our_t)]
            random.shuffle(order)
            for fn, sink in order:
                await asyncio.sleep(0.002)
                started = time.perf_counter()
                await fn()
                sink.append(time.perf_counter() - started)
        raw_s, our_s = _stats(raw_t), _stats(our_t)
        result[name] = {"raw_litellm": raw_s, "client": our_s,
                        "overhead_p50_us": round(our_s["p50_us"] - raw_s["p50_us"], 1),
                        "overhead_mean_us": round(our_s["mean_us"] - raw_s["mean_us"], 1)}
    started = time.perf_counter()
    for _ in range(calls):
        client.count_tokens(messages)
    result["count_tokens_us"] = round((time.perf_counter() - started) / calls * 1e6, 1)
    result["client_cpu_only_us"] = await _cpu_only(client, messages, calls * 5)
    await client.aclose()
    return result


async def _cpu_only(client, messages, calls: int) -> float:
    """Per-call cost of the client itself: the provider call returns a prebuilt response at once."""
    import litellm

    response = await litellm.acompletion(messages=[m.as_dict() for m in messages], model=client.settings.llm_model,
                                         api_key="bench", api_base=client._api_base)
    real = client.backend.acompletion

    async def instant(**_: object) -> object:
        return response

    client.backend.acompletion = instant
    try:
        for _ in range(100):
            await client.complete_text(messages, call_kind="summary")
        started = time.perf_counter()
        for _ in range(calls):
            await client.complete_text(messages, call_kind="summary")
        return round((time.perf_counter() - started) / calls * 1e6, 1)
    finally:
        client.backend.acompletion = real


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=400)
    args = parser.parse_args()
    port = _free_port()
    proc = _start_fake(port)
    try:
        result = asyncio.run(_run(f"http://127.0.0.1:{port}/v1", args.calls))
    finally:
        proc.terminate()
        proc.wait(10)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
