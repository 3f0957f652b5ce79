"""analyze-bulk ``mode: hierarchical`` over real HTTP: dev host, real anonymiser, real LLM client,
fake LLM server (docs/pipeline.md § analyze-bulk hierarchical).

One dev host for the module, with small settings: 200-token chunks, a 4,000-token call budget (so
long partials need a tree reduce), 3 slots per request, 5 process-wide, and an 8 s deadline with a
4 s reduce reserve (maps stop at 4 s, are given up at 6 s; judges are cut at 5 s).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import Counter
from typing import Any, Callable

import httpx
import pytest

from tests.support.devhost import DevHost
from tests.support.fake_llm import FakeLLMServer, FakeReply

KEY = "test-key"
MAP_MARK, REDUCE_MARK = "one part of a larger corpus", "combine partial analyses"
PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_\d+>")
THEMES = [
    "The water tank at the school has been empty for {n} days and the queue at the tap is long.{where}",
    "Nobody told us when the next food distribution happens; the rice parcels are {n} days late.{where}",
    "My cash transfer payment is delayed again, it is {n} weeks now and the card does not work.{where}",
]


def records(n: int, *, cities: dict[int, str] | None = None) -> list[dict[str, Any]]:
    """``n`` records of three themes (by ``i % 3``); ``cities`` maps a theme to the town it names."""
    out = []
    for i in range(n):
        where = f" We live in {cities[i % 3]}." if cities and i % 3 in cities else ""
        text = THEMES[i % 3].format(n=i + 2, where=where)
        out.append({"id": f"r-{i}", "content": text,
                    "metadata": {"created": f"2025-0{1 + i % 6}-{1 + i % 27:02d} 10:00:00",
                                 "coding_level_1": ["WASH", "Food", "Cash"][i % 3]}})
    return out


def kind_of(body: dict[str, Any]) -> str:
    system = "\n".join(m["content"] for m in body["messages"] if m["role"] == "system")
    if (body.get("response_format") or {}).get("json_schema", {}).get("name") == "JudgeVerdict":
        return "judge"
    return "map" if MAP_MARK in system else "reduce" if REDUCE_MARK in system else "other"


def user_of(body: dict[str, Any]) -> str:
    return "\n".join(m["content"] for m in body["messages"] if m["role"] == "user")


class Script:
    """The fake LLM's answers by call kind: latency, map failures, map texts; echoes placeholders."""

    def __init__(self) -> None:
        self.latency = {"map": 0.0, "reduce": 0.0, "judge": 0.0, "other": 0.0}
        self.fail_map: Callable[[str], bool] = lambda user: False
        self.map_text: Callable[[str], str] | None = None

    def __call__(self, body: dict[str, Any]) -> FakeReply:
        kind, user = kind_of(body), user_of(body)
        delay = self.latency[kind]
        if kind == "judge":
            return FakeReply(content={"faithfulness": 0.9, "coverage": 0.7, "clarity": 0.5, "explanation": "ok"},
                             delay=delay)
        if kind == "map" and self.fail_map(user):
            return FakeReply(status=500, delay=delay)
        seen = " and ".join(dict.fromkeys(PLACEHOLDER.findall(user.split("<coding_trends>")[0])))
        text = self.map_text(user) if kind == "map" and self.map_text else f"{kind}: themes about {seen or 'all'}."
        return FakeReply(content=text, delay=delay)


@pytest.fixture(scope="module")
def fake():
    with FakeLLMServer() as server:
        yield server


@pytest.fixture(scope="module")
def host(fake):
    env = {
        "LLM_MODEL": "openai/fake", "LLM_API_BASE": fake.url, "LLM_API_KEY": "x", "USAGE_TRACKING": "off",
        "AUTH_API_KEYS": json.dumps([{"key_id": "k", "name": "n", "tenant_id": "t", "key": KEY}]),
        "ANALYZE_TARGET_CHUNK_TOKENS": "200", "LLM_MAX_TOTAL_TOKENS": "4000",
        "ANALYZE_MAX_CONCURRENT_CHUNKS": "3", "LLM_MAX_CONCURRENCY": "5",
        "BULK_REQUEST_DEADLINE_SECONDS": "8", "ANALYZE_REDUCE_RESERVE_SECONDS": "4",
        "LLM_MIN_ATTEMPT_SECONDS": "0.5", "LLM_MAX_ATTEMPTS": "2", "LLM_RETRY_BASE_SECONDS": "0.01",
        "LLM_RETRY_MAX_WAIT_SECONDS": "0.05", "LLM_TIMEOUT_SECONDS": "20", "RATE_LIMIT_PER_MINUTE": "0",
    }
    with DevHost(env) as dev:
        fake.responder = Script()
        # warm up (spaCy, LiteLLM, scikit-learn load on first use) outside the bulk deadline's concern
        httpx.post(dev.url + "/v1/summarize", json={"feedback_record": records(1)[0]}, headers=_auth(), timeout=120)
        analyze(dev, records(30))
        yield dev


@pytest.fixture
def script(fake):
    fake.reset()
    fake.responder = s = Script()
    return s


def _auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {KEY}"}


def analyze(dev, recs, **extra) -> httpx.Response:
    body = {"feedback_records": recs, "prompt": "Which problems come up most?", "mode": "hierarchical", **extra}
    return httpx.post(dev.url + "/v1/analyze-bulk", json=body, headers=_auth(), timeout=60)


def calls(fake, kind: str):
    return [r for r in fake.requests if r.body and kind_of(r.body) == kind]


def ids_in(text: str) -> list[str]:
    return re.findall(r'<feedback_record id="(r-\d+)">', text)


def last_done_line(dev) -> str:
    return [line for line in dev.logs().splitlines() if "event=hierarchical_done" in line][-1]


def envelope_tokens():
    """Token counter of the app's tokenizer for ``openai/fake`` (LiteLLM's default, cl100k_base), from
    LiteLLM's bundled copy, without importing LiteLLM (slow) into the test process."""
    import importlib.util
    import os
    from pathlib import Path

    bundled = Path(importlib.util.find_spec("litellm").submodule_search_locations[0]) / "litellm_core_utils/tokenizers"
    os.environ.setdefault("TIKTOKEN_CACHE_DIR", str(bundled))
    import tiktoken

    encoding = tiktoken.get_encoding("cl100k_base")
    return lambda text: len(encoding.encode(text, disallowed_special=()))


def test_chunks_cover_every_record_once_within_the_token_budget(host, fake, script):
    count = envelope_tokens()
    resp = analyze(host, records(40), output_language="fr")
    assert resp.status_code == 200, resp.text
    maps, judges, reduces = calls(fake, "map"), calls(fake, "judge"), calls(fake, "reduce")
    seen = [i for m in maps for i in ids_in(m.user)]
    assert sorted(seen) == sorted(f"r-{i}" for i in range(40)) and len(maps) >= 6
    for m in maps:
        assert count(m.user[m.user.index("<feedback_records>"):]) <= 200
        created = re.findall(r"created=(\S+ \S+)", m.user)
        assert created == sorted(created)  # each chunk in date order
        assert m.body["max_tokens"] == 1200 and "Write the analysis" not in m.system
        assert len({r.split("-")[1] for r in ids_in(m.user)}) >= 1
    themes_per_chunk = [{int(i[2:]) % 3 for i in ids_in(m.user)} for m in maps]
    assert sum(len(t) == 1 for t in themes_per_chunk) >= len(maps) - 1  # grouped by theme
    assert len(judges) == len(maps) and len(reduces) == 1
    assert reduces[0].system.endswith("Write the analysis in fr.") and "<coding_trends>" in reduces[0].user
    body = resp.json()
    assert body["quality_score"] is None and body["confidence"] == 0.8
    assert body["uncertainty_explanation"] == (
        f"Leaf-judged confidence is a coverage-weighted mean over {len(maps)} of {len(maps)} chunk(s); "
        "the lowest single-chunk faithfulness was 0.90.")
    assert body["analysis"].startswith("Disclaimer: Generated by AI.") and "QUALIT" not in body["pretty_output"]
    assert body["feedback_record_count"] == 40 and body["coding_trends"]["cells"]
    line = last_done_line(host)
    assert f"chunks={len(maps)}" in line and "maps_ok=" in line and "judge_ms=" in line
    assert "Which problems" not in line and "water" not in line


def test_one_registry_across_chunks_two_cities_two_placeholders(host, fake, script):
    recs = records(30, cities={0: "Kisumu", 1: "Mombasa"})  # water in Kisumu, food in Mombasa
    assert recs[0]["content"].endswith("in Kisumu.") and recs[1]["content"].endswith("in Mombasa.")
    resp = analyze(host, recs)
    assert resp.status_code == 200, resp.text
    maps = calls(fake, "map")
    first = next(m for m in maps if "r-0" in ids_in(m.user))
    second = next(m for m in maps if "r-1" in ids_in(m.user))
    assert first is not second
    loc_a = set(re.findall(r"<LOCATION_\d+>", first.user))
    loc_b = set(re.findall(r"<LOCATION_\d+>", second.user))
    assert len(loc_a) == 1 and len(loc_b) == 1 and loc_a != loc_b
    assert not any(city in json.dumps(r.body) for r in fake.requests for city in ("Kisumu", "Mombasa"))
    analysis = resp.json()["analysis"]
    assert "Kisumu" in analysis and "Mombasa" in analysis and "<LOCATION_" not in analysis


def test_tree_reduce_when_partials_exceed_the_call_budget(host, fake, script):
    script.map_text = lambda user: "A long partial analysis sentence about the records. " * 45  # ~450 tokens
    script.latency["reduce"] = 0.3
    resp = analyze(host, records(36))
    assert resp.status_code == 200, resp.text
    reduces = calls(fake, "reduce")
    final = [r for r in reduces if "<coding_trends>" in r.user]
    inter = [r for r in reduces if "<coding_trends>" not in r.user]
    assert len(final) == 1 and len(inter) >= 2 and reduces[-1] is final[0]
    assert all(r.body.get("max_tokens") and r.body["max_tokens"] <= 1200 for r in inter)
    assert "max_tokens" not in final[0].body
    first_level = sorted(r.received_at for r in inter)
    assert first_level[1] - first_level[0] < 0.2  # siblings reduced concurrently
    partials = sum(r.user.count("<partial_analysis>") for r in inter)
    assert partials >= len(calls(fake, "map"))
    assert f"reduce_calls={len(reduces)}" in last_done_line(host)


def test_partial_map_failures_are_tolerated_and_reported(host, fake, script):
    script.fail_map = lambda user: 'id="r-0"' in user
    resp = analyze(host, records(30))
    assert resp.status_code == 200, resp.text
    maps = calls(fake, "map")
    failed = [m for m in maps if 'id="r-0"' in m.user]
    assert len(failed) == 2  # LLM_MAX_ATTEMPTS
    chunks = len(maps) - 1
    size = len(ids_in(failed[0].user))
    text = resp.json()["uncertainty_explanation"]
    assert text == (
        f"Leaf-judged confidence is a coverage-weighted mean over {chunks - 1} of {chunks} chunk(s) (1 chunk(s) "
        "excluded: judge failed, timed out or skipped); the lowest single-chunk faithfulness was 0.90. "
        f"1 of {chunks} chunk(s) ({size} record(s)) could not be analysed.")


def test_every_map_failing_is_502(host, fake, script):
    script.fail_map = lambda user: True
    resp = analyze(host, records(12))
    assert resp.status_code == 502
    assert resp.json()["error"]["code"] == "analysis_unavailable"
    assert resp.json()["error"]["message"] == "Mapping failed for all chunks"
    assert not calls(fake, "reduce") and not calls(fake, "judge")
    assert "status=error error_class=AnalysisUnavailableError" in last_done_line(host)


def test_request_and_process_slot_limits(host, fake, script):
    script.latency.update(map=0.15, judge=0.15, reduce=0.05)
    resp = analyze(host, records(30))
    assert resp.status_code == 200 and fake.peak_in_flight == 3  # ANALYZE_MAX_CONCURRENT_CHUNKS
    fake.reset_peak()
    results: list[int] = []
    workers = [threading.Thread(target=lambda: results.append(analyze(host, records(30)).status_code))
               for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert results == [200, 200] and 3 < fake.peak_in_flight <= 5  # LLM_MAX_CONCURRENCY across requests


def test_deadline_stops_maps_cancels_judges_and_answers_in_time(host, fake, script):
    script.latency.update(map=1.0, judge=6.0, reduce=0.05)
    start = time.monotonic()
    resp = analyze(host, records(60))
    elapsed = time.monotonic() - start
    assert resp.status_code == 200, resp.text
    assert elapsed < 8  # BULK_REQUEST_DEADLINE_SECONDS
    maps = calls(fake, "map")
    text = resp.json()["uncertainty_explanation"]
    match = re.fullmatch(r"Confidence unavailable: none of the (\d+) chunk\(s\) could be leaf-judged \(all judge "
                         r"calls failed, timed out or were skipped\)\. (\d+) of \1 chunk\(s\) \((\d+) record\(s\)\) "
                         r"could not be analysed\.", text)
    assert match, text
    total, unanalysed = int(match.group(1)), int(match.group(2))
    assert unanalysed == total - len(maps) > 0
    assert int(match.group(3)) == 60 - sum(len(ids_in(m.user)) for m in maps)
    line = last_done_line(host)
    kinds = Counter(kind_of(r.body) for r in fake.requests)
    assert kinds["reduce"] == 1 and kinds["judge"] >= 1
    assert "judges_cancelled=" in line and "judged=0" in line and f"maps_not_started={unanalysed}" in line
